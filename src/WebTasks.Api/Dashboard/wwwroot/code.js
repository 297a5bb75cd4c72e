// A small JavaScript highlighter and a line diff, enough for the saved scripts.
const KEYWORDS = new Set(('async await break case catch class const continue default delete do else export extends false finally for ' +
  'function if import in instanceof let new null of return switch this throw true try typeof undefined var void while yield').split(' '));

const TOKEN = /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_$][\w$]*)/g;

function escape(text) {
  return text.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

/** The code as HTML with spans for comments, strings, numbers, keywords and called functions. */
export function highlight(code) {
  let html = '';
  let last = 0;
  for (const match of code.matchAll(TOKEN)) {
    html += escape(code.slice(last, match.index));
    const [text, comment, string, number, word] = match;
    const after = code.slice(match.index + text.length).match(/^\s*\(/);
    const kind = comment ? 'com' : string ? 'str' : number ? 'num' : KEYWORDS.has(word) ? 'kw' : after ? 'fn' : null;
    html += kind ? `<span class="tok-${kind}">${escape(text)}</span>` : escape(text);
    last = match.index + text.length;
  }
  return html + escape(code.slice(last));
}

/** Highlighted code split into numbered lines (spans that cross a line are closed and reopened). */
export function numberedLines(code, errorLine) {
  const open = [];
  return highlight(code).split('\n').map((line, index) => {
    const html = open.join('') + line;
    for (const tag of line.matchAll(/<span class="[^"]+">|<\/span>/g)) {
      if (tag[0] === '</span>') open.pop(); else open.push(tag[0]);
    }
    const cls = index + 1 === errorLine ? 'ln error-line' : 'ln';
    return `<span class="${cls}">${html}${'</span>'.repeat(open.length)}</span>`;
  }).join('');
}

/** The lines of `before` and `after` as kept, removed or added: longest common subsequence, top to bottom. */
export function lineDiff(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) { lines.push({ kind: 'same', text: a[i] }); i++; j++; }
    else if (i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1])) { lines.push({ kind: 'del', text: a[i] }); i++; }
    else { lines.push({ kind: 'add', text: b[j] }); j++; }
  }
  return lines;
}

export { escape };
