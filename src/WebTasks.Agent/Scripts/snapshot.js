(maxChars) => {
  // A compact view of the page for the model: where it is, what can be clicked or filled (with selectors that
  // work in page.click/fill), the forms, tables, repeated structures and pagination, then the visible text.
  const clean = t => (t || '').replace(/\s+/g, ' ').trim();
  const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const esc = CSS.escape;
  const quote = t => '"' + t.replace(/"/g, '\\"') + '"';
  const unique = s => { try { return document.querySelectorAll(s).length === 1; } catch (e) { return false; } };

  function selectorOf(el) {
    if (el.id && unique('#' + esc(el.id))) return '#' + esc(el.id);
    const tag = el.tagName.toLowerCase();
    for (const attr of ['data-testid', 'name', 'aria-label', 'placeholder', 'href']) {
      const value = el.getAttribute(attr);
      if (value && value.length < 80 && unique(tag + '[' + attr + '=' + quote(value) + ']')) return tag + '[' + attr + '=' + quote(value) + ']';
    }
    const text = clean(el.textContent);
    if (/^(A|BUTTON)$/.test(el.tagName) && text && text.length < 40 && [...document.querySelectorAll(tag)].filter(e => clean(e.textContent) === text).length === 1) {
      return tag + ':has-text(' + quote(text) + ')';
    }
    const steps = [];
    for (let n = el; n && n !== document.body && n.parentElement; n = n.parentElement) {
      if (n.id && unique('#' + esc(n.id))) { steps.unshift('#' + esc(n.id)); break; }
      const same = [...n.parentElement.children].filter(s => s.tagName === n.tagName);
      steps.unshift(n.tagName.toLowerCase() + (same.length > 1 ? ':nth-of-type(' + (same.indexOf(n) + 1) + ')' : ''));
    }
    return steps.join(' > ');
  }

  function labelOf(field) {
    if (field.id) {
      const label = document.querySelector('label[for=' + quote(field.id) + ']');
      if (label) return clean(label.textContent);
    }
    const wrapping = field.closest('label');
    return wrapping ? clean(wrapping.textContent) : clean(field.getAttribute('aria-label') || field.getAttribute('placeholder') || '');
  }

  const lines = ['URL: ' + location.href, 'Title: ' + document.title];
  const headings = [...document.querySelectorAll('h1, h2, h3')].filter(visible).slice(0, 20).map(h => h.tagName + ' ' + clean(h.textContent).slice(0, 100));
  if (headings.length) lines.push('', 'Headings:', ...headings.map(h => '  ' + h));

  const forms = [...document.querySelectorAll('form')].slice(0, 5);
  for (const form of forms) {
    lines.push('', 'Form ' + selectorOf(form) + ' (' + (form.getAttribute('method') || 'get').toUpperCase() + ' ' + (form.getAttribute('action') || location.pathname) + '):');
    for (const field of form.querySelectorAll('input, select, textarea, button')) {
      if (field.type === 'hidden') continue;
      const kind = field.tagName === 'SELECT' ? 'select [' + [...field.options].slice(0, 8).map(o => clean(o.textContent)).join(' | ') + ']' : (field.type || field.tagName.toLowerCase());
      lines.push('  ' + kind + ' ' + selectorOf(field) + (labelOf(field) ? ' — ' + labelOf(field).slice(0, 60) : '') + (field.required ? ' (required)' : ''));
    }
  }

  for (const table of [...document.querySelectorAll('table')].slice(0, 5)) {
    const header = [...table.querySelectorAll('thead th, tr:first-child th')].map(th => clean(th.textContent));
    const rows = table.querySelectorAll('tbody tr, tr').length;
    const first = table.querySelector('tbody tr:has(td), tr:has(td)');
    lines.push('', 'Table ' + selectorOf(table) + ': ' + rows + ' rows; columns: ' + (header.join(' | ') || '(none)') +
      (first ? '; first row: ' + [...first.children].map(c => clean(c.textContent).slice(0, 40)).join(' | ') : ''));
  }

  // Repeated structures: siblings sharing a tag and class, three or more.
  const groups = new Map();
  for (const el of document.body.querySelectorAll('[class]')) {
    if (!el.parentElement || !visible(el)) continue;
    const key = el.parentElement.tagName.toLowerCase() + (el.parentElement.className ? '.' + [...el.parentElement.classList].map(esc).join('.') : '') + ' > ' + el.tagName.toLowerCase() + '.' + [...el.classList].map(esc).join('.');
    groups.set(key, (groups.get(key) || []).concat(el));
  }
  const repeated = [...groups].filter(([, els]) => els.length >= 3).sort((a, b) => b[1].length - a[1].length).slice(0, 8);
  if (repeated.length) {
    lines.push('', 'Repeated structures (selector × count: first item):');
    for (const [key, els] of repeated) lines.push('  ' + key + ' × ' + els.length + ': ' + clean(els[0].textContent).slice(0, 120));
  }

  const paging = [...document.querySelectorAll('a[rel~="next"], a[aria-label*="next" i], a, button')]
    .filter(el => visible(el) && (el.matches('a[rel~="next"], [aria-label*="next" i]') || /^(next|more|load more|show more|›|»|→|\d{1,3})$/i.test(clean(el.textContent))))
    .slice(0, 12);
  if (paging.length) lines.push('', 'Pagination: ' + paging.map(el => selectorOf(el) + ' "' + clean(el.textContent).slice(0, 20) + '"').join(', '));

  const actions = [...document.querySelectorAll('a[href], button, [role="button"], input[type="submit"]')].filter(visible).slice(0, 50);
  if (actions.length) {
    lines.push('', 'Links and buttons:');
    for (const el of actions) lines.push('  ' + selectorOf(el) + ' "' + clean(el.textContent || el.value).slice(0, 50) + '"' + (el.getAttribute('href') ? ' → ' + el.getAttribute('href').slice(0, 80) : ''));
  }

  let text = lines.join('\n');
  const body = clean(document.body.innerText);
  const room = maxChars - text.length - 40;
  if (room > 200) text += '\n\nVisible text:\n' + (body.length > room ? body.slice(0, room) + ' …(cut)' : body);
  return text.length > maxChars ? text.slice(0, maxChars) + ' …(cut)' : text;
}
