async (input) => {
  // The planner's look at a page. op 'records': every repeated sibling structure (a candidate for "the records") with
  // the places a field could be read from; 'page': the same for the whole page as one object; 'documents': for the
  // detail pages at input.links, each one record; 'forms': the forms and their controls; 'files': links to files;
  // 'intl': every language's month and weekday names as this browser writes them, which the planner passes back to
  // each later look as input.intl (gathering them costs a page a fifth of a second).
  // For each place, how well its values fit each wanted field (type and schema constraints), how they vary, and
  // the hints (headers, labels, names) that say what it holds.
  // @extraction

  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'HEAD', 'META', 'LINK', 'BR', 'HR', 'OPTION', 'IFRAME', 'COL', 'COLGROUP']);
  // Classes that say an element's state, which differs from record to record ("ok" on a yes, "no" on a no), not what it is.
  const STATE_CLASS = /^(active|selected|current|open|closed|hidden|visible|show|odd|even|first|last|disabled|featured|new|sale|ok|no|yes|on|off|is-.+|has-.+|js-.+)$/i;
  // Utility-CSS classes (text-sm, mt-4, lg:grid-cols-4) style an element; they say nothing about what it holds.
  const UTILITY_CLASS = /^([a-z]+:)*-?(text|font|bg|p[xytrbl]?|m[xytrbl]?|w|h|min|max|flex|grid|gap|items|justify|content|self|place|rounded|shadow|border|divide|ring|leading|tracking|space|overflow|object|aspect|absolute|relative|fixed|sticky|inset|top|left|right|bottom|block|inline|hidden|sr|z|col|row|order|opacity|group|peer|truncate|uppercase|lowercase|capitalize|italic|underline|line|whitespace|break|antialiased|isolate|float|clear|visible|invisible|transition|duration|ease|transform|scale|rotate|translate|cursor|select|fill|stroke|align|list|decoration|outline|basis|grow|shrink|container)(-|$)/;
  const ATTRIBUTES = ['href', 'src', 'alt', 'title', 'datetime', 'content', 'aria-label', 'value'];
  // Attributes whose name says what the value is (a link, an image, a time); the others say nothing by their name.
  const NAMING_ATTRIBUTES = new Set(['href', 'src', 'datetime']);
  const ROLES = { A: 'link', IMG: 'image', TIME: 'date', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', STRONG: 'emphasis', B: 'emphasis', ADDRESS: 'address', CAPTION: 'heading' };
  const BOILERPLATE = 'header, nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
  // Words that lead a value without being part of it: "by Ann Lee", "at Acme".
  const LEADING_WORD = /^(by|at|from|von|bei|par|chez|di|door|por)\s+(?=\S)/i;
  // A score out of five or ten, or in stars, as an aria-label or title says it: "Rated 4.6 out of 5", "4,5 von 5",
  // "التقييم 4.7 من 5" (its digits read as 0–9 first),
  // "8/10", "4.5 stars" (and not a date: 14/10/2026).
  const RATING_OUT_OF = /(?<![\d\/.,])\d+(?:[.,]\d+)?\s*(?:(?:\/|out of|von|sur|su|van|de|di|av|z|из|з|od|από|מתוך|من|از|में से|ใน|trên|dari)\s*(?:5|10)(?![\d.,\/])|(?:stars?|sterne?|étoiles?|estrellas?|stelle|sterren)\b)/i;
  // Readings written for people (not for machines or links).
  const HUMAN_READS = new Set(['text', 'attr:aria-label', 'attr:title', 'attr:alt']);
  const humanRead = read => HUMAN_READS.has(read) || read.startsWith('line:') || read.startsWith('part:');
  // A number sign before a number: "#142", "No. 7", "Nr. 12", "№ 3".
  const NUMBER_SIGN = /^(#|№|n[°ºo]\.?|nr\.?|num\.?)\s*\d+$/i;
  const esc = CSS.escape;
  const fields = input.fields || [];

  // A class that spells the element's own text, its letters alone ('<span class="je">Je'</span>', "in-stock" for
  // "In stock"), changes with the value: no step of a path.
  const lettersOf = text => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  function stableClasses(el) {
    const own = el.childElementCount === 0 && el.textContent.length <= 24 ? lettersOf(el.textContent) : '';
    return [...el.classList].filter(c => !STATE_CLASS.test(c) && !/^(css|sc|jsx|svelte|emotion)-/.test(c) && !/\d{4,}/.test(c) && !(/\d/.test(c) && /[A-Z]/.test(c) && /[a-z]/.test(c))
      && !(own && lettersOf(c) === own));
  }

  function signature(node) {
    if (node instanceof ShadowRoot) return signature(node.host) + ' >>>';
    return node.tagName.toLowerCase() + (node.id && !/\d{3,}/.test(node.id) ? '#' + esc(node.id) : '') + stableClasses(node).map(c => '.' + esc(c)).join('');
  }

  // Elements under root in document order, open shadow roots included (their content first, as it renders).
  function walk(root, limit, enter) {
    const out = [];
    const stack = [root];
    while (stack.length && out.length < limit) {
      const node = stack.pop();
      if (node !== root && enter && !enter(node)) continue;
      out.push(node);
      const kids = node.tagName === 'svg' ? [] : [...(node.shadowRoot ? node.shadowRoot.children : []), ...node.children];
      for (let i = kids.length - 1; i >= 0; i--) if (!SKIP.has(kids[i].tagName) || carriesItem(kids[i]) || namedIcon(kids[i])) stack.push(kids[i]);
    }
    return out;
  }

  // An <svg aria-label="Tiada Wi-Fi"> says in words what it shows: it is read as one element, its drawing is not walked.
  function namedIcon(el) {
    return el.tagName === 'svg' && !!(el.getAttribute('aria-label') || el.getAttribute('title'));
  }

  // A street and its house number, the street named as such ("ul. Mariacko 1", "Hauptstraße 5", "12 Rue de la Paix").
  const STREET = /^(?:(?:ul|al|pl|plac|os|str|rue|via|viale|calle|av|avenida|avenue|rua|carrer)\.?\s+\p{L}[\p{L}\p{M}‘'’ʻ. -]{1,40}\s\d{1,4}\p{L}?|\p{L}[\p{L}\p{M}‘'’ʻ.-]*(?:straße|strasse|gasse|weg|street|road|vej|gatan|gata|katu|utca|iela|gatvė)\s\d{1,4}\p{L}?|\d{1,4}\p{L}?,?\s(?:rue|via|calle|avenue|av\.|street|road)\s[\p{L}\p{M}‘'’ʻ. -]{2,40})$/iu;

  // An element that holds several parts (a table several rows, through its one <tbody>) wraps them: its text runs
  // them together.
  function wrapsParts(node) {
    // So does one that holds only a list of several items (a cell of prices, one per item).
    const only = node.children.length === 1 && !hasOwnText(node) ? node.children[0] : null;
    return node.children.length > 1 || (node.tagName === 'TABLE' && node.rows.length > 1)
      || (!!only && ['UL', 'OL', 'DL'].includes(only.tagName) && only.children.length > 1);
  }

  // <meta itemprop="sku" content="…"> in the body holds a value of the item it is in.
  function carriesItem(el) {
    return el.tagName === 'META' && el.hasAttribute('itemprop');
  }

  // 1. Sibling groups: children of one parent (or shadow root) with the same tag and the classes most of them share.
  function siblingGroups(elements) {
    const groups = [];
    const groupOf = new Map();
    const containers = [...elements, ...elements.filter(e => e.shadowRoot).map(e => e.shadowRoot)];
    for (const parent of containers) {
      if (parent.children.length < 2 || (parent.tagName && SKIP.has(parent.tagName))) continue;
      const byTag = new Map();
      for (const child of parent.children) {
        if (SKIP.has(child.tagName)) continue;
        (byTag.get(child.tagName) || byTag.set(child.tagName, []).get(child.tagName)).push(child);
      }
      for (const [tag, children] of byTag) {
        if (children.length < 2) continue;
        const counts = new Map();
        for (const child of children) for (const c of stableClasses(child)) counts.set(c, (counts.get(c) || 0) + 1);
        const shared = [...counts].filter(([, n]) => n >= 0.6 * children.length).map(([c]) => c).sort();
        let item = tag.toLowerCase() + shared.map(c => '.' + esc(c)).join('');
        let members = children.filter(child => shared.every(c => child.classList.contains(c)));
        if (tag === 'TR') {
          item += ':has(> td)';
          members = members.filter(row => row.querySelector(':scope > td'));
          // A row of one cell across the table ("Шар Планина и Кораб") heads the rows below it: no record.
          if (members.some(row => row.children.length === 1) && members.some(row => row.children.length >= 2)) {
            item += ':has(> :nth-child(2))';
            members = members.filter(row => row.children.length >= 2);
          }
        }
        // A table's rows, or a grid's rows of three cells or more built of <div>s (display: table-row), may be headed
        // by a row of their own.
        const head = (tag === 'TR' || members.every(m => m.children.length >= 3)) && cellHeaderRow(members);
        if (head) {
          cellHeaders.add(head.row);
          item += ':not(' + head.not + ')';
          members = members.filter(row => row !== head.row);
        }
        if (members.length < 2) continue;
        // Utility classes ("flex", "mt-3") say how a thing looks, not what it is: sharing them makes no kinship.
        const group = { parent, item, members, shared: shared.filter(c => !UTILITY_CLASS.test(c)).length };
        groups.push(group);
        for (const member of members) groupOf.set(member, group);
      }
    }
    return { groups, groupOf };
  }

  // Header rows written with <td> or a grid's <div>s (a bold first row of words over columns of numbers): they name
  // columns, and are no records. Found by siblingGroups, read by headerRows and gridHeader.
  const cellHeaders = new Set();

  // The first of a table's rows when it is a header made of <td>s (or of a grid's rows, of <div>s): it looks unlike
  // the rows below (a class of its own, or bold where they are not), its cells are distinct words (a quantity may
  // follow one: "Gunia (kg 100)"), and a column it heads holds digits in the rows below where it holds none. With the
  // selector step that leaves it out of the records.
  function cellHeaderRow(rows) {
    const [row, ...rest] = rows;
    if (rest.length < 2 || row.querySelector(':scope > th') || rest.some(r => r.children.length !== row.children.length)) return null;
    const texts = [...row.children].map(c => clean(c.textContent));
    if (texts.some(t => !/^\p{L}/u.test(t)) || new Set(texts).size !== texts.length) return null;
    const numeric = texts.some((text, i) => !/\p{N}/u.test(text) && rest.filter(r => /\p{N}/u.test(r.children[i].textContent)).length >= 0.8 * rest.length);
    if (!numeric) return null;
    const bold = r => [...r.children].every(c => Number(getComputedStyle(c).fontWeight) >= 600);
    const own = stableClasses(row).find(c => !rest.some(r => r.classList.contains(c)));
    if (own) return { row, not: '.' + esc(own) };
    const first = row.parentElement && row === row.parentElement.firstElementChild;
    return first && bold(row) && !rest.some(bold) ? { row, not: ':first-child' } : null;
  }

  // Alike items that each hold several values (a related product: name and price), not rows of one value each
  // (an icon and a phone number), nor a page's unlike parts that happen to share a tag (its bar, main and sidebar).
  function recordLike(group) {
    return group.members.length >= 3 && group.members.every(m => [...m.children].filter(c => clean(c.textContent)).length >= 2)
      && (group.shared > 0 || /^(LI|TR|ARTICLE|SECTION)$/.test(group.members[0].tagName) || sameShape(group.members));
  }

  // How an element is built: its children's tags, in order.
  const shapeOf = el => [...el.children].map(c => c.tagName).join();

  // Members built alike: the same tags for children, in the same order.
  function sameShape(members) {
    return members.every(m => m.children.length >= 2 && shapeOf(m) === shapeOf(members[0]));
  }

  function sameSet(selector, members) {
    let found;
    try { found = deepAll(selector); } catch (e) { return false; }
    if (found.length !== members.length) return false;
    const wanted = new Set(members);
    return found.every(el => wanted.has(el));
  }

  // The selector steps from the top of node's document or shadow root down to node.
  function stepsFromRoot(node) {
    const steps = [];
    for (let n = node; n && n.nodeType === 1 && n !== document.documentElement; n = n.parentNode) steps.unshift(relativeStep(n));
    return steps;
  }

  // A selector (through shadow roots) whose first match is node: the shortest tail of its path that finds it.
  function shortSelector(node, root) {
    const scope = node.getRootNode();
    const prefix = scope instanceof ShadowRoot ? shortSelector(scope.host, root) + ' >>> ' : '';
    const within = scope instanceof ShadowRoot ? scope : (root || document);
    const steps = stepsFromRoot(node).filter(s => s !== 'html' && s !== 'body');
    for (let k = 1; k <= steps.length; k++) {
      const selector = steps.slice(-k).join(' > ');
      try {
        if (within.querySelector(selector) === node) return prefix + selector;
      } catch (e) {
        return prefix + steps.join(' > ');
      }
    }
    return prefix + steps.join(' > ');
  }

  function uniquePath(el) {
    const steps = [];
    for (let node = el; node && node.nodeType === 1 && node !== document.documentElement; node = node.parentNode) {
      if (node.id && node.getRootNode().querySelectorAll('#' + esc(node.id)).length === 1) {
        steps.unshift('#' + esc(node.id));
        return steps.join(' > ');
      }
      const same = node.parentNode ? [...node.parentNode.children].filter(s => s.tagName === node.tagName) : [node];
      steps.unshift(node.tagName.toLowerCase() + (same.length > 1 ? ':nth-of-type(' + (same.indexOf(node) + 1) + ')' : ''));
    }
    return steps.join(' > ');
  }

  function recordSelector(parts) {
    const members = parts.flatMap(g => g.members);
    const item = parts[0].item;
    const container = parts[0].parent;
    if (container instanceof ShadowRoot) {
      const option = shortSelector(container.host) + ' >>> ' + item;
      return sameSet(option, members) ? option : null;
    }
    const prefixes = shadowPrefixes(parts);
    const parent = signature(container);
    const options = [parent + ' > ' + item];
    const grand = container.parentElement;
    if (grand && grand !== document.documentElement && parts.every(g => g.parent.parentElement && signature(g.parent.parentElement) === signature(grand))) {
      options.push(signature(grand) + ' > ' + parent + ' > ' + item);
    }
    if (parts.length === 1) options.push(uniquePath(container) + ' > ' + item);
    const found = prefixes.flatMap(prefix => options.map(o => prefix + o)).find(selector => sameSet(selector, members));
    return found || null;
  }

  // How a record selector reaches the shadow roots its parts are in: the one host, or every host of that kind
  // (a list split over several <menu-section> elements); '' outside shadow roots.
  function shadowPrefixes(parts) {
    const hosts = [...new Set(parts.map(g => g.parent.getRootNode()).filter(r => r instanceof ShadowRoot).map(r => r.host))];
    if (hosts.length === 0) return [''];
    const prefixes = hosts.length === 1 ? [shortSelector(hosts[0])] : [];
    const kind = signature(hosts[0]);
    if (hosts.every(h => signature(h) === kind)) {
      prefixes.push(kind);
      const outer = hosts[0].parentElement;
      if (outer && hosts.every(h => h.parentElement && signature(h.parentElement) === signature(outer))) prefixes.push(signature(outer) + ' > ' + kind);
    }
    return prefixes.map(p => p + ' >>> ');
  }

  // 2. Sources: where, relative to a record, a value can be read, with hints naming what it holds.
  // A step is a tag, its stable classes, and its position among alike siblings when it is not alone.
  function stepOf(node) {
    const classes = stableClasses(node);
    const siblings = node.parentNode ? [...node.parentNode.children] : [node];
    const alike = siblings.filter(s => s.tagName === node.tagName && classes.every(c => s.classList.contains(c)));
    const sameTag = siblings.filter(s => s.tagName === node.tagName);
    const position = sameTag.indexOf(node) + 1;
    return { tag: node.tagName.toLowerCase(), classes, nth: alike.length === 1 ? 0 : position, position };
  }

  function renderStep(step, withClasses) {
    return step.tag + (withClasses ? step.classes.map(c => '.' + esc(c)).join('') : '') + (step.nth ? ':nth-of-type(' + step.nth + ')' : '');
  }

  function relativeStep(node) {
    return renderStep(stepOf(node), true);
  }

  // The path from record to node, in segments split where it enters a shadow root.
  function pathSegments(record, node) {
    const segments = [];
    let steps = [];
    for (let n = node; n && n !== record;) {
      steps.unshift(stepOf(n));
      const parent = n.parentNode;
      if (parent instanceof ShadowRoot) {
        segments.unshift(steps);
        steps = [];
        n = parent.host;
      } else {
        n = parent;
      }
    }
    segments.unshift(steps);
    return segments;
  }

  // A path as a selector relative to the record ('' is the record itself; ' >>> ' enters a shadow root).
  function renderPath(segments, withClasses) {
    if (segments.length === 1 && segments[0].length === 0) return '';
    return segments.map((steps, i) => (i === 0 ? (steps.length ? ':scope > ' : '') : '') + steps.map(step => renderStep(step, withClasses)).join(' > ')).join(' >>> ');
  }

  // The classes every variant shares, step by step, and the position only where all agree on it (first choice:
  // their position among alike siblings; else, or when positioned, their position among all of that tag).
  function commonSegments(variants, positioned) {
    const samePosition = (s, i, step) => variants.every(v => v[s][i].position === step.position);
    return variants[0].map((steps, s) => steps.map((step, i) => ({
      tag: step.tag,
      classes: step.classes.filter(c => variants.every(v => v[s][i].classes.includes(c))),
      nth: positioned && samePosition(s, i, step) ? step.position
        : variants.every(v => v[s][i].nth === step.nth) ? step.nth : samePosition(s, i, step) ? step.position : 0,
    })));
  }

  // A label some records write with a word more ("Alpchäs, 1 kg", "Alpchäs am Stück, 1 kg"), never beside the other:
  // one label, its value read by whichever a record writes. Words alike but for an article count as one ("الحبّة",
  // "حبّة"; "للمركب", "المركب").
  function mergeLabelVariants(sources, records) {
    const labelled = [...sources.values()].filter(s => s.read === 'labelled');
    const count = s => s.values.filter(v => v !== null).length;
    const words = s => new Set((s.label.match(/[\p{L}\p{M}\p{N}½¼¾]+/gu) || []).map(w => w.length > 4 ? w.replace(/^(?:ال|لل)/, '') : w));
    const within = (a, b) => [...a].every(w => b.has(w));
    labelled.sort((a, b) => count(b) - count(a));
    const taken = new Set();
    for (const main of labelled) {
      if (taken.has(main) || count(main) * 2 < records.length) continue;
      const group = [main];
      for (const other of labelled) {
        if (other === main || taken.has(other) || !(within(words(main), words(other)) || within(words(other), words(main)))) continue;
        if (records.every((_, i) => other.values[i] === null || group.every(s => s.values[i] === null))) group.push(other);
      }
      if (group.length < 2) continue;
      for (const other of group.slice(1)) {
        taken.add(other);
        sources.delete(other.key);
      }
      const owner = i => group.find(s => s.values[i] !== null);
      main.alts = group.slice(1).map(s => s.label);
      main.values = records.map((_, i) => owner(i) ? owner(i).values[i] : null);
      main.notes = records.map((_, i) => owner(i) ? owner(i).notes[i] : null);
    }
  }

  // A word a legend defines ("<b>Ав</b> = да · <b>Адар</b> = нет") is the legend's, not a value.
  function legendTerm(node) {
    const next = node.nextSibling;
    return !!next && next.nodeType === Node.TEXT_NODE && /^\s*[=＝]/.test(next.textContent);
  }

  // An element's text read again as its only child's ("<td><b>Nǃai ǂOma</b></td>"), the child missing in some
  // records: one place, not two. Where the records without the child lack what every other record writes (the total
  // row's "∑ Kota" beside dashes), they are of another kind and the child is the place; where they lack nothing else
  // (a name not linked), the element is.
  function dropShadows(sources, records) {
    const texts = [...sources.values()].filter(s => s.read === 'text');
    const written = (s, i) => s.values[i] !== null && !NOTHING.test(s.values[i]);
    for (const inner of texts) {
      if (!sources.has(inner.key)) continue;
      const outer = texts.find(o => o !== inner && sources.has(o.key) && records.every((_, i) => inner.values[i] === null
        || (o.nodes[i] && o.nodes[i] !== inner.nodes[i] && o.nodes[i].contains(inner.nodes[i]) && o.values[i] === inner.values[i])));
      const odd = outer ? records.map((_, i) => i).filter(i => inner.values[i] === null && outer.values[i] !== null) : [];
      if (odd.length === 0 || records.length - odd.length < 2) continue;
      const otherKind = texts.some(s => s !== inner && s !== outer
        && records.every((_, i) => odd.includes(i) ? !written(s, i) : inner.values[i] === null || written(s, i)));
      const [kept, shadow] = otherKind ? [inner, outer] : [outer, inner];
      kept.hints = [...new Set([...kept.hints, ...shadow.hints])];
      sources.delete(shadow.key);
    }
  }

  // Variants of one place: the same element in each record under classes that differ by record (a green "In
  // stock" and a red "Sold out"; s3 and s4 for three and four stars), never two in one record, become one source
  // read by the classes they share, when that selector finds the same elements. Places of the same shape that do
  // appear together (the end date beside the reserve note, both <p>) stay apart.
  function mergeVariants(sources, records) {
    const byShape = new Map();
    for (const source of sources.values()) {
      if (!source.segments) continue;
      const key = source.read + '|' + renderPath(source.segments, false).replace(/:nth-of-type\(\d+\)/g, '');
      (byShape.get(key) || byShape.set(key, []).get(key)).push(source);
    }
    const exclusive = (a, b) => records.every((_, i) => a.values[i] === null || b.values[i] === null);
    const clusters = [];
    for (const shape of byShape.values()) {
      const own = [];
      for (const source of shape) {
        const cluster = own.find(c => c.every(member => exclusive(member, source)));
        if (cluster) cluster.push(source);
        else own.push([source]);
      }
      clusters.push(...own);
    }
    for (const group of clusters) {
      if (group.length < 2) continue;
      if (group.some(s => s.segments.length !== group[0].segments.length || s.segments.some((steps, k) => steps.length !== group[0].segments[k].length))) continue;
      // The shared classes may also fit an alike element before it ("text-sm" on the note above): then its position says which.
      const holds = sel => records.every((record, i) => {
        const owner = group.find(s => s.nodes[i]);
        return !owner || deepFind(record, sel) === owner.nodes[i];
      });
      const segments = [false, true].map(positioned => commonSegments(group.map(s => s.segments), positioned)).find(option => holds(renderPath(option, true)));
      if (!segments) continue;
      const sel = renderPath(segments, true);
      const merged = Object.assign({}, group[0], {
        sel,
        segments,
        hints: [...new Set(group.flatMap(s => s.hints))],
        order: Math.min(...group.map(s => s.order)),
        values: records.map((_, i) => { const owner = group.find(s => s.values[i] !== null); return owner ? owner.values[i] : null; }),
        nodes: records.map((_, i) => { const owner = group.find(s => s.nodes[i]); return owner ? owner.nodes[i] : null; }),
      });
      for (const source of group) sources.delete(source.key);
      sources.set(merged.key, merged);
    }
  }

  function columnHeader(record, node) {
    if (record.tagName !== 'TR') return gridHeader(record, node);
    const cell = node.closest('td, th');
    if (!cell || !record.contains(cell)) return null;
    const table = record.closest('table');
    const heads = table && headerRows(table, record);
    if (!heads || !heads.length) return null;
    // Each header row's cell over the column, top to bottom ("Joto (°C)" over "Mchana" and "Usiku"); cells that span
    // rows are in every row they span by now (expandRowspans).
    const column = columnOf(cell);
    const names = [];
    for (const row of heads) {
      const h = [...row.children].find(c => { const at = columnOf(c); return column >= at && column < at + (c.colSpan || 1); });
      const name = h ? headerText(h) : '';
      if (name && !names.includes(name)) names.push(name);
    }
    return names.join(' ') || null;
  }

  // In a grid of <div> rows headed by a row of its own (cellHeaderRow), a cell is named by the header cell at its place.
  function gridHeader(record, node) {
    const head = record.parentElement && [...record.parentElement.children].find(r => cellHeaders.has(r));
    const cells = [...record.children];
    const at = cells.findIndex(c => c.contains(node));
    return head && at >= 0 && head.children.length === cells.length ? headerText(head.children[at]) || null : null;
  }

  // A header cell's words, its lines apart ("Surcos<small>sembrados 2027</small>" with the note on a line of its own is
  // "Surcos sembrados 2027", not "Surcossembrados 2027"); once per cell, as every record's cells ask.
  const headerTexts = new Map();
  function headerText(cell) {
    if (!headerTexts.has(cell)) headerTexts.set(cell, linesOf(cell).join(' '));
    return headerTexts.get(cell);
  }

  // The head's rows, or the nearest rows of headers above the record (a "Weight" row over "Tablet only" and "With
  // keyboard").
  function headerRows(table, record) {
    const head = table.querySelector(':scope > thead');
    if (head) return [...head.querySelectorAll(':scope > tr')];
    const isHeader = r => cellHeaders.has(r) || (r.querySelector(':scope > th') && !r.querySelector(':scope > td'));
    const rows = [...table.querySelectorAll('tr')];
    const above = rows.slice(0, Math.max(0, rows.indexOf(record))).reverse();
    const nearest = above.findIndex(isHeader);
    if (nearest < 0) return [];
    const block = [];
    for (const r of above.slice(nearest)) {
      if (!isHeader(r)) break;
      block.unshift(r);
    }
    return block;
  }

  // On a page read as one object, a table's first row is its latest or main entry: its cells are named by their
  // column. A row its first cell names in words ("Kyumba kya wandu waili (double)", "Bonny") is a thing of its own:
  // its cells are named by it and their column (a row headed by a figure, a year, is one entry of a history).
  function pageCellHeader(node, rowName) {
    const cell = node.closest('td');
    const table = cell && cell.closest('table');
    if (!table) return null;
    const row = cell.parentElement;
    const first = [...table.querySelectorAll('tr')].find(r => r.querySelector(':scope > td') && !cellHeaders.has(r) && r.closest('table') === table);
    const column = rowName || first === row ? columnHeader(row, cell) : null;
    return rowName ? [rowName, column].filter(Boolean).join(' ') : column;
  }

  // The words that head a row of a table of several columns of values, for a node past the row's first cell ("Bonny"
  // before its one-way and return fares); in a table of a label and its value, the first cell is the value's label.
  // A quantity in a cell of its own ("1 L" beside "250 ml" under the same product) is part of the row's name.
  function rowNameOf(node) {
    const cell = node.closest('td');
    const head = cell && cell.closest('table') && cell.parentElement.children.length >= 3 && cell.parentElement.firstElementChild !== cell && clean(cell.parentElement.firstElementChild.textContent);
    if (!head || !/^\p{L}[^\p{N}]{0,59}$/u.test(head)) return null;
    const quantities = [...cell.parentElement.children].slice(1).filter(c => c !== cell).map(c => clean(c.textContent)).filter(t => QUANTITY_CELL.test(t));
    return [head, ...quantities].join(' ');
  }

  // A short label just before a value: <span>Telephone</span><a>…</a> alone in their parent, or "Email: " as text;
  // a value wrapped on its own (<strong><span title="2026-11-18">1 week ago</span></strong>), or but for a note in
  // brackets (<td><b>L$ 9,500</b> <small>(≈ US$ 50)</small></td>) or one a dash sets off (<p><b>Granite IPA</b> — 6.1%
  // ABV</p>), has its wrapper's label.
  // In a list, a heading before a value is the record's name ("<h2>Rumah Gare</h2><span>Lubok Antu</span>"), no label.
  function nearLabel(node, headings) {
    for (let n = node, depth = 0; n && depth < 3; n = n.parentElement, depth++) {
      const label = labelBefore(n, headings) || labelAfter(n);
      if (label) return label;
      // Read the parent's text only where it may be so (this runs for every node the survey reads).
      const parent = n.parentElement;
      if (!parent || parent.firstElementChild !== n || parent.children.length > 3) return null;
      const rest = clean(parent.textContent).replace(clean(n.textContent), '');
      if (!(rest === '' ? parent.children.length === 1 : /^(?:\([^()]*\)|[—–·|]\s+[^—–·|]{1,30})$/.test(rest.trim()))) return null;
    }
    return null;
  }

  // The label a text starts with, written in the element itself ("<span>Deposit (emyezi 2): UGX 700,000</span>").
  function ownLabel(node) {
    const m = /^(\p{L}[^:：]{0,39})[:：]\s*\S/u.exec(hasOwnText(node) ? clean(node.textContent) : '');
    return m && m[1].split(' ').length <= 6 ? m[1].trim() : null;
  }

  // The term a definition is given for (<dt>Studienbeitrag EU/EWR</dt><dd>€ 363,36</dd>): what the page calls it,
  // to name it by in a message (the value labelled so is a source of its own).
  function termOf(node) {
    const term = node.tagName === 'DD' && node.previousElementSibling;
    return term && term.tagName === 'DT' ? clean(term.textContent) || null : null;
  }

  function labelBefore(node, headings) {
    // The label is the last sentence of the text before ("An ŋ̀ kɛ̀ mùsu 46 ma. Jɛ̃ɛ̃ jàa fɛ̀ (chorkor ovens): <b>14</b>"),
    // and a gloss in brackets does not make it long ("Caole 25 kg bora (rice, 25 kg bag): <strong>…"). Words alone
    // before the value in their element need no colon (<div>🛏️ Ot acel (single room) / wor<b>UGX 28,000</b></div>).
    const before = node.previousSibling;
    let said = before && before.nodeType === 3 ? before.textContent.split(/[.!?。]\s+(?=\S)/).pop() : '';
    // Its words may be set apart before their gloss ("<b>Cow milk</b> (mavaghi gha ng'ombe), lita 1: <b>KSh 65</b>").
    const lead = GLOSS_FIRST.test(said) && before.previousSibling;
    if (lead && lead.nodeType === 1 && lead.children.length === 0 && wordLabel(clean(lead.textContent), false)) said = clean(lead.textContent) + ' ' + said;
    const bare = unglossed(said);
    const alone = !!bare && before === node.parentNode.firstChild && node === node.parentNode.lastChild && node.parentNode.children.length === 1 && !/\d/.test(figureless(bare));
    // A longer one before its colon is a label where it glosses its words in brackets for the reader ("Pion a'de piöre
    // (water last tested) i Ministry of Water Resources: <b>9 Juni 2027</b>").
    const glossed = /[:：]\s*$/.test(said) && WORD_GLOSS.test(said) && bare.length <= 60;
    if ((alone || /[:：]\s*$/.test(said)) && bare && (bare.length <= (alone ? 40 : 30) || glossed)) return shownLabel(said);
    // So is the last sentence before it where it ends in a gloss, maybe with a short word after ("Ɨ̀tsɨ̀ mbo a ghà (next
    // pressing day) <b>26.06.2027</b>", "Lita mɔ̀ɔ mbo (one litre of red palm oil) ghɨ̀ <b>…</b>").
    if (GLOSS_LAST.test(said) && bare && bare.length <= 60) return shownLabel(said);
    const label = node.previousElementSibling;
    if (!label || !node.parentNode || !(node.parentNode.children.length === 2 || notedBelow(node)) || label.children.length > 0 || (!headings && /^H[1-6]$/.test(label.tagName))) return null;
    const text = clean(label.textContent);
    return wordLabel(text, /^T[DH]$/.test(label.tagName)) ? shownLabel(text) : null;
  }

  // A figure between its caption and a note, and nothing else: a note in words (<small>Permis B sare</small><span>3 200
  // 000 GNF</span><small>tout compris</small>) or one that names its own figure ("Kpukpuru 1 L: ₦2,300"); not links
  // side by side (a menu's).
  function notedBelow(node) {
    const note = node.nextElementSibling;
    return node.parentNode.children.length === 3 && !!note && !node.previousElementSibling.previousElementSibling && /\d/.test(node.textContent)
      && note.children.length === 0 && (!/\d/.test(note.textContent) || !!ownLabel(note)) && ![...node.parentNode.children].some(c => /^(A|BUTTON)$/.test(c.tagName));
  }

  // Whether a text reads as a label, short and in words (a dash is no word): four words and 30 characters at most,
  // without figures; a table's cell beside its value, six words and 40 characters that start with a word ("Edat
  // minimala amb un adult", "Call-out fee (surrounding towns)", "Kaertje kinders (4–11)").
  // A gloss in brackets is not counted ("Jerikan 25 L (aran eyop)"), nor a figure that is a quantity ("25 L").
  function wordLabel(text, cell) {
    const bare = unglossed(text);
    const worded = cell ? /^\p{L}/u.test(bare) : !/\d/.test(figureless(bare));
    return !!bare && bare.length <= (cell ? 40 : 30) && worded && bare.split(' ').filter(w => /[\p{L}\p{N}]/u.test(w)).length <= (cell ? 6 : 4);
  }

  // The label of a line of two parts, a word and a figure (labelLines), its gloss in brackets of up to 40 letters, or
  // 80 where every line's label starts with an icon.
  const lineLabel = gloss => new RegExp('^(?:\\p{N}{1,3}\\s)?[\'ʻ’]?\\p{L}[^:：\\p{N}]{0,39}(?:\\s\\p{N}{1,4}(?:\\s\\p{L}{1,8})?)?(?:\\s?\\(.{1,' + gloss + '}\\))?$', 'u');
  const LINE_LABEL = lineLabel(40);
  const FACT_LABEL = lineLabel(80);

  // A quantity: a figure and its unit of up to three letters ("25 L", "720ml", "1,5 kg"), in a text, or a cell's whole
  // text (maybe with the unit's full stop: "4 ม.").
  const QUANTITY = '\\d+(?:[.,]\\d+)?\\s?\\p{L}{1,3}';
  const QUANTITY_IN_TEXT = new RegExp(QUANTITY + '(?![\\p{L}\\d])', 'gu');
  const QUANTITY_CELL = new RegExp('^' + QUANTITY + '\\.?$', 'u');
  // The first sides of a size, before its last side and unit ("30 × " of "30 × 30 cm", "2 x " of "2 x 3 m").
  const SIZE_SIDES = /(?<![\p{L}\d])(?:\d+(?:[.,]\d+)?\s?[×x]\s?)+(?=\d+(?:[.,]\d+)?\s?\p{L}{1,3}(?![\p{L}\d]))/gu;

  // A label's words without the figures that belong in a label: a quantity ("25 L", "pakiti 2 kg"), a size ("30 × 30
  // cm"), a code ("DH04") and the count of what it names ("Nazi 100").
  function figureless(text) {
    return westernDigits(text).replace(SIZE_SIDES, '').replace(QUANTITY_IN_TEXT, '').replace(/(?<![\p{L}\d])\p{L}+\d+(?![\p{L}\d])/gu, '').replace(/(?<=\p{L}\s)\d{1,4}$/u, '');
  }

  // A gloss in brackets in words, no figures ("(water last tested)"): the page explains a word for the reader.
  const WORD_GLOSS = /\(([^()\d]{3,40})\)/u;
  const GLOSS_FIRST = new RegExp('^\\s*' + WORD_GLOSS.source, 'u');
  const GLOSS_LAST = new RegExp(WORD_GLOSS.source + '\\s*(?:[\\p{L}\\p{M}]{1,6}\\s*)?$', 'u');

  // A label without its glosses in brackets.
  function unglossed(text) {
    return clean(text.replace(/\([^()]*\)/g, ' '));
  }

  // A key figure captioned below it (<div><b>94 m²</b><span>Área útil</span></div>): a short figure, then words, and
  // nothing else; not a table's cells (a row's number, then a name), nor a button after a price.
  // A short figure's gloss in brackets just after it, in words ("<b>tanka 4</b> (water tankers)"): it says what the
  // figure counts.
  function glossAfter(node) {
    const after = node.nextSibling;
    // The gloss first: this runs for every node the survey reads, and a container's text is long to read.
    const m = after && after.nodeType === 3 ? GLOSS_FIRST.exec(after.textContent) : null;
    return m && /\d/.test(node.textContent) && clean(node.textContent).length <= 20 ? clean(m[1]) : null;
  }

  function labelAfter(node) {
    const label = node.nextElementSibling;
    if (!label || node.previousElementSibling || /^T[DH]$/.test(node.tagName) || /^(A|BUTTON)$/.test(label.tagName) || node.parentNode.children.length !== 2 || label.children.length > 0
      || [...node.parentNode.childNodes].some(c => c.nodeType === 3 && clean(c.textContent))) return null;
    const value = clean(node.textContent), text = clean(label.textContent);
    return /\d/.test(value) && value.length <= 12 && wordLabel(text, false) ? shownLabel(text) : null;
  }

  // A label with the word that denies it left out, where it has one ("Übanachtung Nichtmitglieda" → "übanachtung
  // mitglieda", "Prix non-membre" → "prix membre"), written on its own or at the start of a word; else null.
  function unnegated(label) {
    const words = label ? plainWords(label).trim().split(' ') : [];
    // Glued to a word only where it is long enough not to be a word's start by chance ("Nichtmitglied", not "Notizen").
    const denials = [...NEGATIONS, ...(LANGUAGE_NEGATIONS[pageLanguage()] || [])].filter(w => w.length >= 4);
    for (let i = 0; i < words.length; i++) {
      const rest = negates(words[i]) ? '' : (denials.find(w => words[i].startsWith(w) && words[i].length - w.length >= 4) || null);
      if (rest === null) continue;
      const plain = [...words.slice(0, i), ...(rest ? [words[i].slice(rest.length)] : []), ...words.slice(i + 1)].join(' ');
      return plain || null;
    }
    return null;
  }

  // A label as the page writes it, without its colon (messages name it so; hints match it in any case).
  function shownLabel(text) {
    return clean(text).replace(/[:：]\s*$/, '');
  }

  function satisfies(value, field) {
    if (value === null) return false;
    if (field.enum && !field.enum.some(e => String(e) === String(value))) return false;
    if (typeof value === 'number' && ((field.minimum !== undefined && field.minimum !== null && value < field.minimum) || (field.maximum !== undefined && field.maximum !== null && value > field.maximum))) return false;
    if (typeof value === 'string' && field.pattern) {
      try { if (!new RegExp(field.pattern, 'u').test(value)) return false; } catch (e) { return true; }
    }
    return true;
  }

  function hash(text) {
    let h = 5381;
    for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
    return (h >>> 0).toString(36);
  }

  function localLink(value, base) {
    if (/^(#|mailto:|tel:|javascript:)/i.test(value)) return false;
    try {
      const url = new URL(value, base);
      return url.origin === location.origin && /^https?:$/.test(url.protocol) && url.href.split('#')[0] !== String(base).split('#')[0];
    } catch (e) {
      return false;
    }
  }

  function traitsOf(values, bases) {
    const present = values.filter(v => v !== null).map(westernDigits);
    const share = test => present.length ? present.filter(test).length / present.length : 0;
    return {
      // A currency's code or sign alone ("USD") names a currency; an amount has digits.
      currency: share(v => MONEY_MARK.test(v) && /\d/.test(v)),
      percent: share(v => /%/.test(v)),
      stars: share(v => /[★⭐☆]/.test(v) || RATING_OUT_OF.test(v)),
      // An icon before it is decoration ("📞 +244 222 555 630").
      phone: share(v => /^(tel:)?(\+|00)?[\d\s().\/-]{7,}$/i.test(unadorned(v)) && (v.match(/\d/g) || []).length >= 7 && !parseDate(v)),
      // One number with a fractional part ("1.1305", "€4,50"): a measure, not an identifier.
      fraction: share(v => /^\D{0,4}\d+[.,]\d+\D{0,4}$/.test(v)),
      // One upper-case token ("USD", "BYB-20417"): a code.
      code: share(v => /^(?=.*\p{Lu})[\p{Lu}\d][\p{Lu}\d._\/-]{1,15}$/u.test(v)),
      // Figures with no word of four letters beside them (a word's vowel signs are its letters: "महिंद्रा 575").
      numeric: share(v => /\d/.test(v) && !/\p{L}[\p{L}\p{M}]{3,}/u.test(v.replace(/\b(EUR|USD|GBP|CHF|pcm|pw|kg|km|mi|min|hrs?|ft|m²|km²|miles?|mins?)\b/gi, ''))),
      date: share(v => parseDate(v) !== null),
      year: share(v => { const m = /(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,])/.exec(v); return !!m && (v.match(/\d+/g) || []).length === 1; }),
      perUnit: share(v => /\/\s?(\d+([.,]\d+)?\s?)?(kg|g|l|ml|cl|m|m²|m2|lb|oz|st|stk|pc|unit|item|ea)\b|\bper\s+(kg|g|l|litre|liter|lb|unit|piece|item|100)\b|\bpro\s+(kg|liter|l|stück)\b/i.test(v)),
      labelled: share(v => /^[^:：\d]{1,30}(?:[:：]\s+|：)\S/.test(v)),
      email: share(v => /^(mailto:)?[^\s@]+@[^\s@]+\.[^\s@]+$/i.test(v)),
      // An address is short and not prose ("Free parking. Bus 93 stops at Mill Lane." only mentions one).
      // A pin before it is decoration ("📍 Ouando, Porto-Novo").
      town: share(v => /^\p{Lu}[\p{L}.' -]{1,40}(?:,\s?|\s[—–]\s)(\p{Lu}{2,3}|\p{Lu}[\p{L}.' -]{1,30})$/u.test(unadorned(v))),
      address: share(v => v.split(' ').length <= 12 && !/\p{Ll}{3,}[.!?]\s+\p{Lu}/u.test(v) && /\d/.test(v) && /\p{L}{3,}/u.test(v) && (/,\s/.test(v) || /\b(street|st|road|rd|lane|ln|avenue|ave|way|drive|place|square|straße|strasse|str|weg|platz|gasse|rue|avenue|boulevard|bd|calle|avenida|via|viale|corso|piazza|kade|straat|plein|gracht|ul|ulica|al|aleja|rua|av|nám|náměstí|třída|utca|cad|caddesi|sok|sokak|mah|gatan|vägen|katu|tie)\b/i.test(v))),
      street: share(v => /^\p{L}[\p{L}\p{M}‘'’ʻ. -]{2,40},\s*\d{1,4}\p{L}?$/u.test(v) || STREET.test(v)),
      numbers: share(v => (v.match(/\d(?:[\d.,\u00a0\u202f]|\s(?=\d{3}\b))*/g) || []).length >= 2),
      // An amount written short ("£2.41m", "€3k"): not exact.
      rounded: share(v => ROUNDED.test(v)),
      // A measure with its unit ("350 м", "12 kg").
      measured: share(v => ANY_UNIT.test(v)),
      // A company's name ends with its legal form ("Nordlicht Software GmbH", "Acme Ltd", "Rosa S.L.").
      company: share(v => v.split(' ').length <= 8 && /\s(GmbH|AG|KG|UG|OHG|e\.\s?V\.|Ltd\.?|Limited|LLC|LLP|PLC|plc|Inc\.?|Corp\.?|Co\.|S\.?A\.?|S\.?L\.?|S\.?A\.?S\.?|SARL|S\.?r\.?l\.?|S\.?p\.?A\.?|B\.?V\.?|N\.?V\.?|AB|ASA|A\/S|ApS|Oy|Oyj|sp\. z o\.o\.|s\.r\.o\.|a\.s\.|A\.Ş\.|Ltda\.?|Pty)(\s*&\s*Co\.?(\s*KG)?)?$/.test(v)),
      free: share(isFree),
      yesNo: share(v => toBoolean(v) !== null),
      coded: share(v => /^(\p{L}+[-_]?|\p{Lu}{2,3}\s)\d+$/u.test(v) && !MONEY_MARK.test(v)),
      counter: counts(values) ? 1 : 0,
      local: present.length ? values.filter((v, i) => v !== null && localLink(v, bases[i])).length / present.length : 0,
      words: present.length ? present.reduce((n, v) => n + v.split(' ').length, 0) / present.length : 0,
    };
  }

  // Records that count themselves ("1.", "2.", "3." or "#01", "#02" in their order, from any start: a later page
  // goes on from the last) hold a row's number, not a measure of each.
  function counts(values) {
    const numbers = values.map(v => v === null ? null : /^[#№]?\s?(\d{1,4})\.?$/.exec(westernDigits(v).trim()));
    return numbers.length >= 3 && numbers.every(m => m) && numbers.every((m, i) => Number(m[1]) === Number(numbers[0][1]) + i);
  }

  const ROUNDED = new RegExp('\\d\\s?' + MAGNITUDE_WORD, 'i');
  const FILLED = /^[●◉■◆▲★✓✔☑✅]/u, HOLLOW = /^[○◯□◇△☆✗✘✕☐❌]/u, NOTHING = /^[-–—−]+$/u;

  // The weekdays a label names, as a hint ("days:1,2,3,4,5,6" for "Segunda–Sábadu").
  function dayHints(label) {
    const days = label ? daysNamed(label) : [];
    return days.length ? ['days:' + days.join(',')] : [];
  }

  // The currency code an amount's field names ("doubleRoomTzs"): an amount written in another ("USD 45", outside
  // brackets) is another price.
  const CURRENCY_CODE = new RegExp('^(?:' + MONEY_MARK.source + ')$', 'u');
  function currencyCode(words) {
    return (words || []).map(w => String(w).toUpperCase()).find(w => /^[A-Z]{3}$/.test(w) && CURRENCY_CODE.test(w)) || null;
  }
  function otherCurrency(raw, code) {
    return (raw.replace(/\([^()]*\)/g, ' ').match(/(?<!\p{L})[A-Z]{3}(?!\p{L})/gu) || []).some(c => c !== code && CURRENCY_CODE.test(c));
  }

  // How well one source's values fit each wanted field, and how a boolean is read from it.
  function fitFields(source, records, bases) {
    const n = records.length;
    const fit = {}, keys = {}, is = {}, presentAs = {}, units = {};
    const fromAttribute = source.read.startsWith('attr:');
    const present = source.values.filter(v => v !== null);
    const distinct = [...new Set(present)];
    // The number the description gives where the page writes none stands in for some records, not for a place that
    // never holds a number (a "Book now" button).
    const holdsNumbers = present.some(v => /\d/.test(v));
    // A text or title the same on every record that names what the records answer, not the answer: a control's text
    // where the control is greyed out on some records ("📦 Pošalji po pošti"), a term or header cell ("<dt>ส่งพัสดุ</dt>"),
    // a title over texts that differ ("ส่งพัสดุไปต่างจังหวัด" over "📮 ได้" and "📮 ไม่ได้"). No yes/no is read from it.
    const nodes = source.nodes.filter(Boolean);
    const namesOnly = distinct.length === 1 && present.length === n && nodes.length > 0
      && ((source.read === 'text' && (nodes.every(el => /^(DT|TH)$/.test(el.tagName))
          || new Set(records.map(r => deepFind(r, source.sel)).map(el => !!el && disabled(el))).size === 2))
        || ((source.read === 'attr:title' || source.read === 'attr:aria-label') && new Set(nodes.map(el => clean(el.textContent))).size > 1));
    for (const field of fields) {
      // The text the description gives where the page writes none that fits the pattern stands in for some records,
      // not for a place that mostly holds other things.
      const patternHolds = typeof field.otherwise === 'string'
        && present.filter(v => satisfiesOrNull(toValue(v, 'string', fromAttribute), field) !== null).length * 2 >= present.length;
      const otherwise = (typeof field.otherwise === 'number' && holdsNumbers) || patternHolds ? field.otherwise : undefined;
      const code = field.money && currencyCode(field.words);
      let typed = source.read === 'state' || (field.type === 'boolean' && namesOnly) ? source.values.map(() => null)
        : source.values.map((raw, i) => code && raw !== null && otherCurrency(raw, code) ? null
          : satisfiesOrNull(toValue(raw, field.type, fromAttribute, bases[i], field.words, otherwise, field.money, field.meanings), field, otherwise));
      // A control usable on some records and greyed out on others says yes where it can be used (no for a field
      // about what is not there).
      if (field.type === 'boolean' && source.read === 'state' && present.length === n && distinct.length === 2) {
        const yes = conceptOf(field.words) !== 'unavailable';
        is[field.name] = { on: yes, off: !yes };
        typed = source.values.map(v => v === 'on' ? yes : !yes);
      }
      if (field.type === 'boolean' && HUMAN_READS.has(source.read)) {
        if (present.length === n && distinct.length === 2) {
          // Texts alike but for a word ("Yetkazib berish bor", "Yetkazib berish yo‘q") are read by that word, as are
          // two a word they share reads alike ("natural dye", "chemical dye" for naturalDyes) where it tells them apart.
          const whole = distinct.map(t => toBoolean(t, field.words, field.meanings));
          const apart = whole[0] === whole[1] ? differingWords(distinct).map(t => toBoolean(t, field.words, field.meanings)) : null;
          const parts = apart && (whole[0] === null || apart.some(v => v !== null)) ? apart : whole;
          const read = parts.every(v => v === null) && !negatedName(field) ? saidApart(distinct, field.yes) : parts;
          // Two texts in no words the planner reads, told apart by a filled and a hollow mark ("● Laos", "○ Otsas") or
          // by a dash where the other records show something ("⇄", "—": as a table marks what is not there), else by
          // their colour.
          const tells = pair => pair[0] !== null && pair[1] === !pair[0];
          const dashed = distinct.map(t => NOTHING.test(t));
          const filled = dashed[0] !== dashed[1] ? dashed.map(d => !d) : distinct.map(t => FILLED.test(t) ? true : HOLLOW.test(t) ? false : null);
          const marks = !read.every(v => v === null) ? null : tells(filled) ? filled : disabledMarks(distinct, field, records, source) || colourMarks(distinct, field, records, source);
          const [a, b] = marks && tells(marks) ? marks : read;
          if (a !== null || b !== null) {
            const first = a !== null ? a : !b;
            const second = b !== null ? b : !a;
            if (first !== second) {
              is[field.name] = { [distinct[0]]: first, [distinct[1]]: second };
              typed = source.values.map(v => v === distinct[0] ? first : second);
            }
          }
        } else if (present.length > 0 && present.length < n && distinct.length === 1 && n >= 2
          && records.every((record, i) => source.values[i] !== null || (!deepFind(record, source.sel) && !writesElsewhere(record, distinct[0], source.read)))) {
          const meaning = toBoolean(distinct[0], field.words) ?? (onlyThing(distinct[0], field.things) || iconSays(distinct[0], field) ? true : null);
          if (meaning !== null) {
            presentAs[field.name] = meaning;
            typed = source.values.map(v => v === null ? !meaning : meaning);
          }
        }
      }
      // The unit the field names, written after the number ("350 м" for lakeDistanceM); not one of a rate ("miles
      // per gallon").
      // A field that counts hours or minutes has its unit in values that read as a length of time ("até 14 horas").
      const counted = field.type === 'number' || field.type === 'integer';
      const unit = counted && !(field.words || []).includes('per') && unitOf(field.words);
      if ((unit || (counted && timeUnit(field.words))) && present.length) {
        const pattern = unit && written(unit[1]);
        units[field.name] = present.filter(v => pattern ? pattern.test(v) : duration(v, field.words) !== null).length / present.length;
      }
      const good = typed.filter(v => v !== null).length;
      fit[field.name] = good / n;
      if (good) keys[field.name] = hash(JSON.stringify(typed));
    }
    return { fit, keys, is, presentAs, units };
  }

  // Words in a yes/no field's name that leave its colour unread ("soldOut", "delayed", "extraCharge").
  const NEGATIVE_WORDS = ['not', 'no', 'non', 'without', 'sold', 'out', 'closed', 'cancelled', 'canceled', 'full', 'booked', 'delayed',
    'late', 'missing', 'expired', 'excluded', 'extra', 'blocked', 'banned', 'disabled', 'off', 'unavailable', 'surcharge', 'fee'];

  function negatedName(field) {
    return (field.words || []).some(w => NEGATIVE_WORDS.includes(w.toLowerCase()));
  }

  // What each of two texts says by its colour, the way a shop marks stock in any language: green says available
  // ("● Akwai a kanti"), red or amber says not ("● Ya ƙare"); for "fullyBooked", the reverse. Green says yes, too,
  // to a field about anything its name does not negate ("breakfastIncluded"). Nulls for a negated field of no known
  // concept, or a text in neither colour.
  function colourMarks(texts, field, records, source) {
    const concept = conceptOf(field.words);
    const greenSays = concept === 'available' || concept === 'open' ? true : concept === 'unavailable' || concept === 'closed' ? false : concept || negatedName(field) ? null : true;
    if (greenSays === null) return texts.map(() => null);
    const says = texts.map(t => colourSays(records.filter((_, i) => source.values[i] === t), source.sel));
    // Green against grey (a dimmed dot, greyed-out text): the grey one is the other.
    const green = says.includes(true) && says.includes('grey') ? says.map(s => s === true) : says.map(s => s === 'grey' ? null : s);
    return green.map(g => g === null ? null : g === greenSays);
  }

  // A button disabled in the records of one text and not in the other's ("Add to cart" beside a greyed-out "Sold
  // out", in any language): the disabled one says no to being available. Null for other fields or where it does not tell.
  function disabledMarks(texts, field, records, source) {
    const concept = conceptOf(field.words);
    if (concept !== 'available' && concept !== 'unavailable') return null;
    const off = texts.map(t => {
      const states = records.filter((_, i) => source.values[i] === t).map(r => deepFind(r, source.sel))
        .map(el => !!el && disabled(el));
      return states.every(s => s === states[0]) ? states[0] : null;
    });
    return off[0] !== null && off[1] !== null && off[0] !== off[1] ? off.map(d => d === (concept === 'unavailable')) : null;
  }

  // true when every one of the records shows the source's text in green, false when in red, 'grey' when in an
  // unsaturated grey, else null.
  function colourSays(records, sel) {
    const says = records.map(record => {
      const el = deepFind(record, sel);
      return el ? markSays(el) : null;
    });
    return says.length > 0 && says.every(v => v === says[0]) ? says[0] : null;
  }

  // What marks an element green or red: its text's colour, else a status dot drawn beside it (an empty element with a
  // background colour, or its ::before).
  function markSays(el) {
    const dots = [el.previousElementSibling, el.nextElementSibling].filter(d => d && !clean(d.textContent));
    // An element with no text of its own may be the dot itself.
    const own = clean(el.textContent) ? [] : [getComputedStyle(el).backgroundColor];
    const colours = [getComputedStyle(el).color, getComputedStyle(el, '::before').backgroundColor, ...dots.map(d => getComputedStyle(d).backgroundColor), ...own];
    return colours.map(greenOrRed).find(v => v !== null) ?? (greyish(colours[0]) ? 'grey' : null);
  }

  // A light or middle grey (#777, #bbb), not the near-black of body text.
  function greyish(colour) {
    const rgb = rgbOf(colour);
    return !!rgb && Math.min(...rgb) >= 100 && Math.max(...rgb) - Math.min(...rgb) < 30;
  }

  function greenOrRed(colour) {
    const rgb = rgbOf(colour);
    if (!rgb) return null;
    const [r, g, b] = rgb;
    const max = Math.max(r, g, b), min = Math.min(r, g, b);
    if (max < 60 || max - min < 0.35 * max) return null;
    const hue = max === r ? (60 * (g - b) / (max - min) + 360) % 360 : max === g ? 60 * (b - r) / (max - min) + 120 : 60 * (r - g) / (max - min) + 240;
    return hue >= 80 && hue <= 165 ? true : hue <= 45 || hue >= 340 ? false : null;
  }

  // A computed colour's red, green and blue; null for one that is fully transparent or not rgb().
  function rgbOf(colour) {
    const m = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?/.exec(colour);
    return !m || m[4] === '0' ? null : m.slice(1, 4).map(Number);
  }

  // What two texts say apart from the words they share, icons left out: ["bor", "yo‘q"] for "🛵 Yetkazib berish
  // bor" and "Yetkazib berish yo‘q".
  function differingWords([a, b]) {
    const words = t => clean(t.replace(/[^\p{L}\p{M}\p{N}\s'‘’ʻ`]/gu, ' ')).split(' ').filter(Boolean);
    const [x, y] = [words(a), words(b)];
    let start = 0;
    while (start < x.length && start < y.length && x[start] === y[start]) start++;
    let end = 0;
    while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
    return [x.slice(start, x.length - end).join(' '), y.slice(start, y.length - end).join(' ')];
  }

  // Icons that say what the text after them is about, as a label would: "🛵 …" is about delivery, "🏠 …" about home.
  const ICON_WORDS = [[/^(🏠|🏡)/u, 'home'], [/^(🛵|🚚|🚛)/u, 'delivery'], [/^(🐾|🐕|🐶|🐈|🐱)/u, 'pets'], [/^🅿/u, 'parking'],
    [/^🏊/u, 'pool'], [/^(🍳|🥐)/u, 'breakfast'], [/^(📶|🛜)/u, 'wifi'], [/^(♿|🦽)/u, 'accessible'], [/^(☎|📞|☏|📱)/u, 'phone'], [/^📍/u, 'location']];
  function iconWord(text) {
    const found = ICON_WORDS.find(([icon]) => icon.test(text));
    return found ? found[1] : null;
  }

  // Whether a record without a place writes that place's text elsewhere ("📦 Uyathumela ngeposo? Iye" second where
  // other records write it third): the text moved, it is not missing, and its absence there says nothing.
  // A value read from an attribute is written elsewhere where another element carries it ("sendim go Keans" as the
  // title of the "Yes" and of the "Nomo" alike).
  function writesElsewhere(record, text, read) {
    const attribute = read && read.startsWith('attr:') && read.slice('attr:'.length);
    return clean(record.textContent).includes(text)
      || (!!attribute && /^[\w-]+$/.test(attribute) && [...record.querySelectorAll('[' + attribute + ']')].some(el => clean(el.getAttribute(attribute)) === text));
  }

  function afterBreak(node) {
    const before = node.previousSibling;
    let after = node.nextSibling;
    while (after && after.nodeType === 3 && !after.textContent.trim()) after = after.nextSibling;
    return !after && !!before && before.nodeType === 3 && /\p{L}[^\p{L}\p{N}]*[,–—·•|]\s*$/u.test(before.textContent) && /\p{L}/u.test(node.textContent);
  }

  function rangeBound(node) {
    // One date or time (not a range itself) in a short line that is a range.
    // (Every date and clock time has digits: most elements are ruled out before any date is parsed.)
    const own = clean(node.textContent);
    const whole = own && own.length <= 40 && /\d/.test(own) && node.parentElement && (parseDate(own) || CLOCK.test(own)) && rangeEnd(own) === own && clean(node.parentElement.textContent);
    if (!whole || whole.length > 100) return null;
    const end = rangeEnd(whole);
    if (end === whole) return null;
    return end.trim() === own ? 'range:end' : whole.indexOf(own) < whole.length - end.length ? 'range:start' : null;
  }

  // The icon a text starts with, after a separator that sets it off from what comes before ("· 🏘 Хаилино").
  function startIcon(text) {
    const icon = /^(?:[·•|–—]\s*)?(\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]*)/u.exec(text);
    return icon ? icon[1].replace(/\uFE0F/g, '') : null;
  }

  function leadIcon(node) {
    const before = node.previousSibling;
    const icon = before && before.nodeType === 3 && /^\s*([\p{Extended_Pictographic}\uFE0F\u200D]+)\s*$/u.exec(before.textContent);
    return icon ? icon[1].replace(/\uFE0F/g, '') : null;
  }

  // A tag led by the icon of what a yes/no field is about ("🏠 ઘરેથી કામ" for workFromHome), on some records only.
  function iconSays(text, field) {
    const word = iconWord(text);
    return !!word && [...(field.words || []), ...(field.things || [])].some(w => String(w).toLowerCase() === word);
  }

  // A tag that says only the thing a yes/no field is about ("🚗 Maegesho" for parking): no room for a "no".
  function onlyThing(text, things) {
    const letters = clean(text.replace(/[^\p{L}\p{M}\s]/gu, ' ')).toLowerCase();
    return !!letters && (things || []).some(thing => sounds(thing.toLowerCase()) === sounds(letters));
  }

  function satisfiesOrNull(value, field, otherwise) {
    const typed = field.type === 'string' ? enumValue(patterned(value, field.pattern, otherwise), field) : value;
    return satisfies(typed, field) ? typed : null;
  }

  function surveySources(records, options) {
    const { groupOf, bases, limit, page, parts } = options;
    // A page about one thing (a record's own page too): a heading before a value labels it (in a list it is the
    // record's name), and a table's cells are named by their rows and columns.
    const onePage = page || !!options.ownPages;
    const sources = new Map();
    const h1 = page ? records[0].querySelector('h1') : null;
    const named = new Map(), captions = new Map();
    function add(key, make, index, raw, order, node, note = 0) {
      if (raw === null || raw === undefined || clean(String(raw)) === '') return;
      let source = sources.get(key);
      if (!source) {
        source = Object.assign(make(), { key, values: new Array(records.length).fill(null), nodes: new Array(records.length).fill(null), notes: new Array(records.length).fill(null), order });
        source.hints = [...(source.hints || [])]; // its own list: hints learnt from its values are not its neighbours'
        sources.set(key, source);
      }
      if (source.values[index] === null) {
        source.values[index] = cut(clean(String(raw)), 300);
        source.nodes[index] = node || null;
        source.notes[index] = note;
      }
    }
    function nestedRecord(node) {
      if (page) return false;
      const group = groupOf.get(node);
      // Lists of alike things inside a record (its people, its items) are records of their own, not its fields;
      // a record's own parts (three plain divs holding different things) are not alike.
      // A line of the list that holds more than its siblings ("One doubles <strong>$6.00</strong> <s>…</s>" over "Two
      // fuh $11.00") is one of them, read as they are.
      const alike = group && group.members.every(m => m.children.length >= 2) && (group.shared > 0 || /^(LI|TR|ARTICLE|SECTION)$/.test(node.tagName)
        || (group.members.length >= 3 && sameShape(group.members)));
      return !!alike && !/^(TD|TH|DD|DT)$/.test(node.tagName) && !labelLines(group.members) && !partsOfKinds(group.members) && !factSheet(group);
    }
    // A few alike rows that start with different kinds of value (a date in one, a price in the next), or each built
    // otherwise (two figures; a label and a word; a date over a note), are the record's layout, not a list of things in it.
    function partsOfKinds(members) {
      const kinds = members.map(el => kindOf(el.firstElementChild ? el.firstElementChild.textContent : el.textContent));
      const shapes = members.map(shapeOf);
      return members.length <= 4 && (new Set(kinds).size === members.length || new Set(shapes).size === members.length);
    }
    // Lines that each label a value of the record ("<p><b>Date:</b> <span>4 March</span></p>", then "Place:", "Fee:")
    // are its own fields, not a list in it.
    // Rows a header cell or a term names ("<tr><th>Cask strength</th><td>57.4%</td></tr>", "<div><dt>Entry</dt><dd>Shore</dd></div>") are so too.
    function labelLines(members) {
      // An icon before a label is decoration ("<dt>🍯 Honey (1 jin)</dt>"); labels that each start with one are a fact
      // sheet's, whose values need not be figures ("<small>🚙 Pick-up</small><b>Ho</b>").
      const shown = members.map(m => m.firstElementChild && m.firstElementChild.nextSibling ? clean(m.firstElementChild.textContent) : '');
      const iconed = shown.every(label => startIcon(label));
      const labels = shown.map(iconless);
      // A header cell starts with a word, and may say more in figures ("Kaertje kinders (4–11)"); one that starts with
      // a figure (a year) heads a row of a table of records.
      const headed = members.every(m => m.firstElementChild && /^(TH|DT)$/.test(m.firstElementChild.tagName)) && labels.every(label => /^\p{L}[^:：]{0,39}$/u.test(label));
      // So does a line of two parts, a word and a figure ("<li><span>Dokhona (1 piece)</span><strong>₹ 3,200</strong></li>"),
      // the word maybe followed by the count it prices ("Ũkĩ kilo 1 (1 kg honey)"), or with the quantity it prices
      // ("720ml 瓶 (bottle)", "一升瓶 1.8L", "تمر خلاص — كرتون ٥ كيلو").
      // The words may count what they price first ("1 йӹд — 1 эдемлӓн": one night, one person), or start with a glottal
      // stop ("'Epa (floor mat), 1"). A fact sheet's labels may gloss their words at length ("🚚 Новокузнецкке ысчат
      // (отправляет в Новокузнецк, sends to Novokuznetsk)").
      // A colon after the words says no less ("🔥 Raja mircha tenem, 1 kg (dried king chilli):").
      const paired = members.every(m => m.children.length === 2 && (iconed || /\p{N}/u.test(m.lastElementChild.textContent)))
        && labels.every(label => (iconed ? FACT_LABEL : LINE_LABEL).test(clean(figureless(label)).replace(/^[—–-]\s*/, '').replace(/\s*[:：]$/, '')));
      // So do the rows of a small table of two columns, words beside a figure ("Room (2 manu), 1 rati | ₹ 2,500"), as
      // labelCell reads them; a row whose words are too long for a label (over 80) keeps the table the record's, the
      // other rows still read by their labels.
      const tabled = members.length <= 8 && members.every(m => m.tagName === 'TR' && m.cells.length === 2 && /\p{N}/u.test(m.cells[1].textContent))
        && labels.every(label => (label.match(/\p{L}/gu) || []).length >= 2 && label.length <= 80);
      return (headed || paired || tabled || labels.every(label => /^[^\d:：]{1,40}[:：]$/u.test(label))) && new Set(labels).size === labels.length;
    }
    // Each element's label beside it, as the walk finds it (read again below for unsteady places).
    const labelOf = new Map();
    records.forEach((record, index) => {
      const styles = styleClasses(record);
      walk(record, limit, node => !nestedRecord(node)).forEach((node, order) => {
        const segments = pathSegments(record, node);
        const sel = renderPath(segments, true);
        // The record's own classes name the record, not a field.
        const hints = node === record ? [] : [...node.classList].filter(c => !UTILITY_CLASS.test(c) && !styles.has(c)).concat([node.id, node.getAttribute('name'), node.getAttribute('data-field'), node.getAttribute('data-label')].filter(Boolean));
        const itemprop = node.getAttribute('itemprop');
        if (itemprop && node !== record) {
          // A property of a nested item (the location's name) is named with that item's property.
          const scope = node.parentElement && node.parentElement.closest('[itemscope]');
          hints.push(scope && scope !== record && record.contains(scope) && scope.getAttribute('itemprop') ? scope.getAttribute('itemprop') + ' ' + itemprop : itemprop);
        }
        const row = onePage && rowNameOf(node);
        const header = columnHeader(record, node) || (onePage ? pageCellHeader(node, row) : null);
        if (header) hints.push(header, ...glossesOf(header));
        if (row) hints.push('row:' + row);
        const near = node !== record && nearLabel(node, onePage);
        if (node !== record) labelOf.set(node, near);
        if (near) hints.push(labelKey(near), ...glossesOf(near));
        const gloss = node !== record && glossAfter(node);
        if (gloss) hints.push(gloss);
        // A title or aria-label in words only names what the element shows (<li title="Bedrooms">🛏️ 2</li>).
        const titled = node !== record && clean(node.getAttribute('title') || node.getAttribute('aria-label') || '');
        if (titled && !/\p{N}/u.test(titled) && titled !== clean(node.textContent)) hints.push(titled);
        // The icon a text starts with says what it holds, as does an icon alone before it ("<span>📞</span><b>+255 …</b>").
        const icon = node !== record && (iconWord(clean(node.textContent)) || (near && iconWord(near)));
        if (icon) hints.push(icon);
        // A date or time beside another in a range its parent writes ("<time>2027.10.25</time> ~ <time>2028.01.31</time>")
        // is the range's start or its end, as the part of a range read whole is.
        const bound = node !== record && rangeBound(node);
        if (bound) hints.push(bound);
        // An element that ends its parent's text after a comma, a dash or a middle dot ("Dolonier, <small>Nett</small>",
        // "Тура · <span>Катэӈэ бира</span>") is the place's region, as the last part of a text read whole is.
        if (node !== record && afterBreak(node)) hints.push('span:last');
        // The icon alone just before it, as a description may point to it ("town after 📍": "📍 <span>Malagana</span>"),
        // or the one its text starts with ("🎣 Samən san chaku-ɬatwa: 5/1/2027").
        const lead = node !== record && (leadIcon(node) || startIcon(clean(node.textContent)));
        if (lead) hints.push('icon:' + lead);
        // An icon alone is named by the page's legend of its icons (glossesOf).
        const iconOnly = node !== record && node.children.length === 0 && clean(node.textContent);
        if (iconOnly && ICON_ONLY.test(iconOnly)) hints.push(...glossesOf(iconOnly));
        const role = ROLES[node.tagName];
        if (role) hints.push('role:' + role);
        if (node === h1) hints.push('role:h1');
        if (node === record && !page) hints.push('role:record');
        // Where it is (on a page read as one object), and the header or label that names it as the page writes it.
        const namedAs = near || header || termOf(node) || (node !== record && ownLabel(node));
        hints.push(...dayHints(namedAs));
        const edge = page && edgeOf(node);
        const place = {
          ...(page ? { boilerplate: !!edge && !(h1 && edge.contains(h1)) && !factsBeside(node, edge, groupOf), repeated: repeatedAround(node, groupOf) || aboutOther(node, h1, named) } : {}),
          // The alike item it sits in names it too: two workshops' lists of the same prices are told apart by their names.
          ...(namedAs ? { named: namedAs } : {}),
          ...(page ? { caption: captionOf(node, groupOf, captions, namedAs) } : {}),
          ...(near && !page ? { near } : {}),
        };
        const text = clean(node.textContent);
        // Whether the element is a note or holds one, found once for all it is read as.
        const mark = noteOf(node);
        const addPart = (read, span, hint, value) => {
          // A part has the role of what it is (a region, a town), not its element's: the last word of a heading is no heading.
          if (value) add(sel + '|' + read + '|' + span, () => ({ sel, segments, read, span, hints: [...hints.filter(h => !h.startsWith('role:')), hint], ...place }), index, value, order, node, mark);
        };
        // Text is read where it is written: a wrapper of several parts (a whole card) is not a field.
        // Punctuation between parts ("<span>Acme</span> – <span>Utrecht</span>") is not text of its own.
        const ownText = hasOwnText(node);
        // Stars drawn as glyphs whose label states the rating more exactly ("Note : 4,3 sur 5") are read by the label.
        const glyphsLabelled = /^[★☆✩✭⭐½\s]+$/.test(text) && /\d/.test(node.getAttribute('aria-label') || node.getAttribute('title') || '');
        // Text of its own beside a child shown as a block is read by lines: read whole, the lines run together
        // ("petek, 5. marca 2027ob 19.30").
        const blockChild = ownText && [...node.children].some(shownAsBlock);
        const runsLines = blockChild && node !== record;
        if (text && text.length <= 300 && (ownText || !wrapsParts(node)) && !(node === record && page) && !glyphsLabelled && !runsLines && !legendTerm(node)) {
          add(sel + '|text', () => ({ sel, segments, read: 'text', hints, ...place }), index, text, order, node, mark);
          // Parts of a text read as places of their own: a place's last part, the town after a postcode, and the
          // end of a range of dates, times or numbers (kept only where some record has a range).
          addPart('text', 'last', 'role:region', text.split(' ').length <= 8 && lastPart(text));
          addPart('text', 'town', 'role:town', townOf(text));
          const end = rangeEnd(text);
          addPart('text', 'end', 'range:end', (parseDate(text) || end !== text) && end);
          // Parts set apart by middle dots or bars are read one by one, as lines are; what names the whole line (its
          // class, its label) does not name each part, but the icon a part starts with does ("📍 Kenema · …").
          // The last part is marked so ("Gallusova dvorana, Cankarjev dom · Ljubljana": a town after its venue).
          const parts = partsOf(text);
          parts.slice(0, 8).forEach((part, i) => add(sel + '|part:' + (i + 1), () => ({ sel, segments, read: 'part:' + (i + 1), ...place, hints: [iconWord(part), startIcon(part) && 'icon:' + startIcon(part), i > 0 && i === parts.length - 1 && 'span:last'].filter(Boolean), named: undefined }), index, part, order, node, mark));
        }
        // Lines are read one by one (a company's name, street and town in one paragraph; a value above its note): those
        // its <br>s break, or its own text beside a child shown as a block or a note.
        if (node.querySelector(':scope > br') || blockChild || (ownText && [...node.children].some(isNote))) {
          linesWithNotes(node).slice(0, 8).forEach(({ text: line, child }, i) => {
            // A child on a line of its own is read as itself (named by its own label, marked a note where it is one).
            if (child) return;
            // The icon a line starts with says what it holds ("📞 +244 222 555 630"), as an element's does.
            const icon = iconWord(line);
            add(sel + '|line:' + (i + 1), () => ({ sel, segments, read: 'line:' + (i + 1), hints: icon ? [...hints, icon] : hints, ...place }), index, line, order, node, 0);
            addPart('line:' + (i + 1), 'town', 'role:town', townOf(line));
          });
        }
        const attributes = ATTRIBUTES.concat([...node.attributes].map(a => a.name).filter(n => n.startsWith('data-')));
        for (const name of attributes) {
          const value = node.getAttribute(name);
          // A script's data ('{"izina":…}') is no value a person reads: a word in it says nothing of the record.
          if (value === null || value.length > 500 || /^\s*[{[]/.test(value)) continue;
          const named = hints.concat(name.startsWith('data-') ? [name.slice(5)] : NAMING_ATTRIBUTES.has(name) ? ['attr:' + name] : []);
          // An attribute holds no note beside its value, though its element may show one.
          add(sel + '|attr:' + name, () => ({ sel, segments, read: 'attr:' + name, hints: named, ...place }), index, value, order, node, mark === NOTE ? NOTE : 0);
        }
        // A control's state: whether it can be used (read 'state'; typed as a yes/no only, where it varies).
        if (node.matches('button, input, select, textarea, [aria-disabled]')) {
          add(sel + '|state', () => ({ sel, segments, read: 'state', hints, ...place }), index, elementValue(node, { read: 'state' }), order, node, 0);
        }
        // Icons are the rating only where no label states it more exactly ("Rated 4.6 out of 5" over five icons).
        const icons = /\p{Nd}/u.test(node.getAttribute('aria-label') || node.getAttribute('title') || '') ? null : iconRating(node);
        if (icons !== null) add(sel + '|icons', () => ({ sel, segments, read: 'icons', hints, ...place }), index, icons, order, node, mark);
        // The element's own names (class "city" on "Standort: Dresden") name the labelled value too, where it holds one.
        const pairs = labelPairs(node, record).filter(p => p.value);
        const pairNames = pairs.length === 1 ? hints.filter(h => !h.startsWith('role:') && !h.startsWith('days:')) : [];
        for (const pair of pairs) add('labelled|' + pair.label, () => ({ sel: '', read: 'labelled', label: pair.label, shown: clean(pair.shown), hints: [pair.label, ...dayHints(pair.label), ...pairNames], ...place }), index, pair.value, order);
      });
      if (parts > 1) add('heading', () => ({ sel: '', read: 'heading', hints: ['role:section'] }), index, headingOf(record), -1);
    });
    // A place named by the first record's label that another record writes elsewhere, labelling this place otherwise
    // (the second line of a price list: the tasting tour on one estate, the children's tour on the next), is unsteady:
    // its name is no one field's. Labels that differ by record only (a date, a name) leave it steady.
    const labelAt = node => labelOf.has(node) ? labelOf.get(node) : labelOf.set(node, nearLabel(node, onePage)).get(node);
    // The labels each record writes at its places, to ask whether the first record's label stands elsewhere in it.
    const labelsIn = records.map((_, i) => new Set([...sources.values()].map(s => s.nodes[i]).filter(Boolean).map(labelAt)));
    // So is a row of a small table of words beside figures whose words differ by record ("Boil fish an' fungi" on one
    // menu, "Conch in butter sauce" on the next), or a line of a list of them ("<li><span>Pannekoek naturel</span>
    // <i>€ 8,25</i>"): each record lists its own things there.
    // (A row that is itself a record is named by no cell of its own.)
    // (A note in brackets with figures, "어린이 (7살~13살)", is still words.)
    const wordsBeside = words => /^\p{L}\D{1,39}$/u.test(clean(words.textContent).replace(/\s*\([^()]*\)/g, ''));
    const rowLabelled = (n, record) => {
      const cell = n.closest('td');
      const row = cell && cell.parentElement;
      const line = n.closest('li');
      return (!!row && row !== record && record.contains(row) && row.cells.length === 2 && row.cells[1] === cell && wordsBeside(row.cells[0]))
        || (!!line && line !== record && record.contains(line) && line.children.length === 2 && line.lastElementChild.contains(n) && wordsBeside(line.firstElementChild));
    };
    mergeLabelVariants(sources, records);
    // Judged once a place's variants are one (the first row of a table of one row on one record, of two on the next):
    // each alone may be steady where together they read the full day's rent on one and the half day's on the next.
    mergeVariants(sources, records);
    dropShadows(sources, records);
    const all = [...sources.values()];
    for (const source of all) {
      source.unsteady = !!source.near && source.nodes.some((n, i) => n && (labelAt(n) || source.near) !== source.near
        && (rowLabelled(n, records[i]) || labelsIn[i].has(source.near)));
    }
    // A "label" each record writes otherwise (its name over its town: "Kinyara View Guesthouse" over "Masindi",
    // "Nyakahuma Lodge" over "Kigorobya") is the record's own text beside the place, not what names it.
    for (const source of all) {
      const labels = source.near && !page ? source.nodes.filter(Boolean).map(labelAt).filter(Boolean) : [];
      if (labels.length >= 3 && new Set(labels).size === labels.length && source.named === source.near) {
        const naming = new Set([labelKey(source.near), ...glossesOf(source.near), ...dayHints(source.near)]);
        source.hints = source.hints.filter(h => !naming.has(h));
        delete source.named;
      }
      delete source.near;
    }
    for (const [key, end] of [...sources].filter(([k]) => k.endsWith('|text|end'))) {
      const start = sources.get(key.slice(0, -'|end'.length));
      if (!start || end.values.every((v, i) => v === start.values[i])) sources.delete(key);
      else start.hints = [...start.hints, 'range:start'];
    }
    // A labelled range ("Hours: 08:00 – 20:00") is read whole as its start, as the text it is in is.
    for (const [key, source] of sources) {
      if (key.startsWith('labelled|') && source.values.some(v => v !== null && rangeEnd(v) !== v)) source.hints = [...source.hints, 'range:start'];
    }
    const result = [];
    const valuesOf = [];
    for (const source of sources.values()) {
      const lead = source.read === 'text' ? source.values.filter(v => v !== null).map(v => LEADING_WORD.exec(v)) : [];
      const drop = lead.length && lead[0] && lead.every(m => m && m[0] === lead[0][0]) ? lead[0][0] : source.read === 'text' ? markedLead(source) : null;
      if (drop) {
        source.drop = drop;
        source.values = source.values.map(v => v === null ? null : v.slice(source.drop.length));
      }
      const present = source.values.filter(v => v !== null);
      const distinct = new Set(present).size;
      if (source.read === 'heading' && distinct < 2) continue;
      const fitted = fitFields(source, records, bases);
      // Words every value carries besides its number ("212 reviews", "3.2 miles", a title's "4.5 stars") say what
      // the number counts.
      if (humanRead(source.read) && present.length) {
        const wordsOf = v => new Set((v.toLowerCase().match(/\p{L}[\p{L}\p{M}]+/gu) || []).map(w => w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
        const shared = [...wordsOf(present[0])].filter(w => present.every(v => wordsOf(v).has(w)) && present.every(v => /\p{N}/u.test(v)));
        for (const word of shared.slice(0, 3)) source.hints.push('value:' + word);
        // "#142", "No. 7", "Nr. 12": the sign says the value is a number in a series.
        if (present.every(v => NUMBER_SIGN.test(v))) source.hints.push('value:number');
      }
      if (!Object.values(fitted.fit).some(f => f > 0)) continue;
      result.push({
        sel: source.sel, read: source.read, span: source.span || null, label: source.label || null, alts: source.alts || null, shown: source.shown || null, named: source.named || null, caption: source.caption || null, unnegated: unnegated(source.label || source.named), drop: source.drop || null, unsteady: !!source.unsteady, hints: [...new Set(source.hints)],
        order: source.order, present: present.length / records.length, distinct, boilerplate: !!source.boilerplate, repeated: !!source.repeated,
        traits: traitsOf(source.values, bases), seen: records.length, struck: struckShare(source.nodes), pricedLines: source.read === 'text' ? pricedLineShare(source.nodes) : 0, note: share(source.notes, NOTE), withNote: share(source.notes, WITH_NOTE), ...fitted, sample: [...new Set(present)].slice(0, 2).map(v => cut(v, 60)),
      });
      valuesOf.push(source.values);
    }
    result.forEach((source, i) => {
      source.composite = compositeShare(valuesOf, i);
      source.leads = leadShare(valuesOf, i);
      // A labelled value shares an end as an element's text does ("Ijiir: Zaki Biam, Benue"); its start is the value's
      // own ("Diwrnod: Dydd Llun" is a day's whole name).
      if (humanRead(source.read)) Object.assign(source, constantEnds(valuesOf[i].filter(v => v !== null)));
      else if (source.read === 'labelled') source.suffix = constantEnds(valuesOf[i].filter(v => v !== null)).suffix || null;
    });
    return result;
  }

  // A short lower-case word every value starts with, the rest being an element of its own in each ("na
  // <span>Abubakar Imam</span>", Hausa for "by"): the page sets the value apart from the word that leads it.
  // Words a language writes before a person's or an animal's name ("Si Bantay", "ni Tagpi" in Tagalog): not part of it.
  const NAME_ARTICLES = { fil: ['si', 'ni'], ceb: ['si'], hil: ['si'], war: ['si'], bik: ['si'], pag: ['si'], ilo: ['ni'] };

  function markedLead(source) {
    const present = source.values.map((v, i) => [v, source.nodes[i]]).filter(([v, node]) => v !== null && node);
    const article = present.length >= 2 ? /^(\p{L}{1,3})\s+(?=\p{Lu})/u.exec(present[0][0]) : null;
    if (article && (NAME_ARTICLES[pageLanguage()] || []).includes(article[1].toLowerCase()) && present.every(([v]) => v.startsWith(article[0]))) return article[0];
    const m = present.length >= 2 ? /^\p{Ll}{1,4}\s+(?=\S)/u.exec(present[0][0]) : null;
    if (!m || !present.every(([v]) => v.startsWith(m[0]))) return null;
    const rests = present.map(([v, node]) => [v.slice(m[0].length), node]);
    // The rest an element of its own, or three or more different rests all going on in capitals (a name after
    // "deur", "av", "fra"): the short lower-case word before it is not part of the value.
    return rests.every(([rest, node]) => [...node.children].some(child => clean(child.textContent) === rest))
      || (new Set(rests.map(([rest]) => rest)).size >= 3 && rests.every(([rest]) => /^\p{Lu}/u.test(rest)))
      ? m[0] : null;
  }

  // The start and end every value shares ("東京都" of 東京都新宿区, ", Madrid" of "Retiro, Madrid"), cut at a word
  // boundary: kept as read unless the field's description asks for less (the planner decides).
  function constantEnds(values) {
    if (values.length < 3 || new Set(values).size < 2) return {};
    const cjk = c => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(c || '');
    const boundary = c => /[\s,·|/–—:;(-]/.test(c || '');
    const common = (a, b) => { let k = 0; while (k < a.length && k < b.length && a[k] === b[k]) k++; return k; };
    let start = values.reduce((k, v) => Math.min(k, common(values[0], v)), values[0].length);
    while (start > 0 && !(boundary(values[0][start - 1]) || (cjk(values[0][start - 1]) && cjk(values[0][start])))) start--;
    const reversed = values.map(v => [...v].reverse().join(''));
    let end = reversed.reduce((k, v) => Math.min(k, common(reversed[0], v)), reversed[0].length);
    while (end > 0 && !(boundary(reversed[0][end - 1]) || (cjk(reversed[0][end - 1]) && cjk(reversed[0][end])))) end--;
    const rest = v => v.slice(start, v.length - end);
    if (!values.every(v => v.length > start + end && /[\p{L}\p{N}]/u.test(rest(v)))) return {};
    return { prefix: start ? values[0].slice(0, start) : null, suffix: end ? values[0].slice(values[0].length - end) : null };
  }

  // Classes a record gives elements in three places or more (under three parents): they say how those look (class
  // "mu", muted, on a price and on the notes under a village, a count and a date), not what each is.
  function styleClasses(record) {
    const parents = new Map();
    for (const el of record.querySelectorAll('[class]')) {
      for (const c of el.classList) parents.set(c, (parents.get(c) || new Set()).add(el.parentNode));
    }
    return new Set([...parents].filter(([, under]) => under.size >= 3).map(([c]) => c));
  }

  // Whether an element is a note on a value or in one (NOTE), or holds a value with its note (WITH_NOTE): the page's
  // notes are found once.
  const NOTE = 2, WITH_NOTE = 1;
  let notesOnPage = null;
  function noteOf(node) {
    if (!notesOnPage) {
      notesOnPage = { notes: new Set([...document.body.querySelectorAll('*')].filter(isNote)), holding: new Set() };
      for (const note of notesOnPage.notes) for (let n = note.parentElement; n; n = n.parentElement) notesOnPage.holding.add(n);
    }
    for (let n = node; n; n = n.parentElement) if (notesOnPage.notes.has(n)) return NOTE;
    return notesOnPage.holding.has(node) ? WITH_NOTE : 0;
  }

  // The share of a source's values whose mark (NOTE, WITH_NOTE) is the one given.
  function share(marks, mark) {
    const present = marks.filter(m => m !== null);
    return present.length ? present.filter(m => m === mark).length / present.length : 0;
  }

  // The share of values struck through (an old price beside the current one).
  function struckShare(nodes) {
    const present = nodes.filter(Boolean);
    const struck = present.filter(n => n.closest('s, del, strike') || getComputedStyle(n).textDecorationLine.includes('line-through'));
    return present.length ? struck.length / present.length : 0;
  }

  // The share of records in which an element's lines each say a price ("Kano, halve dag € 22,50<br>Kano, hiele dag
  // € 35,00"): read whole, it is a list of prices, no one of them.
  function pricedLineShare(nodes) {
    const present = nodes.filter(Boolean);
    const priced = present.filter(n => MONEY_MARK.test(n.textContent) && linesOf(n).filter(line => MONEY_MARK.test(line) && /\d/.test(line)).length >= 2);
    return present.length ? priced.length / present.length : 0;
  }

  // The share of records in which a source's value is made of two or more others' in the same record ("Wild Is the
  // Wind – Nina Simone" beside the title and the artist): a composite, not a field of its own.
  function compositeShare(valuesOf, i) {
    const mine = valuesOf[i];
    let made = 0;
    mine.forEach((value, k) => {
      if (!value) return;
      const parts = [...new Set(valuesOf.map((other, j) => j !== i ? other[k] : null)
        .filter(part => part && part.length >= 2 && part !== value && value.includes(part)))];
      if (parts.filter(p => !parts.some(q => q !== p && q.includes(p))).length >= 2) made++;
    });
    return mine.length ? made / mine.length : 0;
  }

  // The share of records in which a source's value begins another's there, which goes on after a mark ("Nett Lake"
  // of "Nett Lake — Bois Forte"): the value without what follows it.
  function leadShare(valuesOf, i) {
    const mine = valuesOf[i];
    const leads = mine.filter((value, k) => value && valuesOf.some((other, j) => j !== i && other[k] && other[k].startsWith(value)
      && /^\s*[—–,(·|\/-]/u.test(other[k].slice(value.length)))).length;
    const present = mine.filter(Boolean).length;
    return present ? leads / present : 0;
  }

  // What the page says its own words mean, in a note for the reader: '"Magunia / wiki" = sacks they can supply each
  // week', '"Gunia" ni la kilo 100'. A header or label that is such a word, or holds one ("Bɔɔgo ko"), is named by
  // what it means too (by the whole header's meaning where the page gives one); so is an icon its legend explains
  // ("⛵ = Ekalawa yotheene (barco inteiro / whole-boat charter) · 👥 = …").
  const GLOSSED = /["“]([^"”]{1,40})["”]\s*(?:[=:–—-]\s*)?([^"“.;·\n]{3,80})/gu;
  const LEGEND_ICON = /(\p{Extended_Pictographic}\uFE0F?)\s*=\s*([^=·•|\n]{3,80}?)(?=\s*(?:[·•|\n]|$))/gu;
  function glossesOf(name) {
    if (glossary === undefined) {
      glossary = new Map();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!/["“=]/.test(n.textContent) || n.parentElement.closest('script, style, template')) continue;
        for (const m of n.textContent.matchAll(GLOSSED)) glossary.set(clean(m[1]).toLowerCase(), clean(m[2]));
        for (const m of n.textContent.matchAll(LEGEND_ICON)) glossary.set(m[1].replace('\uFE0F', ''), clean(m[2]));
      }
    }
    if (!glossary.size) return [];
    const key = clean(name).toLowerCase().replace('\uFE0F', '');
    if (glossary.has(key)) return [glossary.get(key)];
    const words = new Set(key.split(/[^\p{L}\p{M}\p{N}]+/u));
    return [...glossary].filter(([term]) => !/[^\p{L}\p{M}]/u.test(term) && words.has(term)).map(([, gloss]) => gloss);
  }
  let glossary;

  // The header, navigation, footer or sidebar a node is in; where a page has no <footer>, the block at its end that
  // carries its copyright line ("© 2027 … · Tel.: …").
  function edgeOf(node) {
    const marked = node.closest(BOILERPLATE);
    if (marked) return marked;
    if (copyrightBlock === undefined) {
      const texts = [...document.body.querySelectorAll('*')].filter(el => !/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(el.tagName)
        && [...el.childNodes].some(c => c.nodeType === 3 && c.textContent.trim()));
      copyrightBlock = null;
      for (let n = texts[texts.length - 1]; n && n !== document.body && clean(n.textContent).length <= 400; n = n.parentElement) {
        if (/©|\(c\)\s*\d{4}|copyright/i.test(n.textContent)) { copyrightBlock = n; break; }
      }
    }
    return copyrightBlock && copyrightBlock.contains(node) ? copyrightBlock : null;
  }
  let copyrightBlock;

  // Inside one of several alike records (a related product, a team member) rather than the page's own content. Rows
  // of a label and its value (<th>Phone</th><td>…</td>) describe the page's own thing.
  function repeatedAround(node, groupOf) {
    const labelRow = m => m.tagName === 'TR' && m.children.length === 2 && m.children[0].tagName === 'TH';
    for (let n = node; n && n !== document.body; n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement) {
      const group = groupOf.get(n);
      if (group && recordLike(group) && !group.members.every(labelRow) && !factSheet(group)) return true;
    }
    return false;
  }

  // A sidebar's fact sheet (hives, last harvest, deliveries) is about the page's own thing, as the main column is.
  function factsBeside(node, edge, groupOf) {
    if (!edge.matches('aside, [role="complementary"]')) return false;
    for (let n = node; n && n !== edge; n = n.parentElement) {
      const group = groupOf.get(n);
      if (group && factSheet(group)) return true;
    }
    return false;
  }

  // Rows of a label and a value of different kinds (a phone, an email, a count, a date, a yes) are facts about the
  // page's one thing; rows of names and prices are a list of other things. Asked for every node under the group, so
  // kept on it once found.
  // So are lines each led by an icon of what it is about ("🚿 … hot water: Ee", "📞 +255 …", "✉️ …@…"), and opening
  // hours, each line labelled by its days ("Sásdé (samedi) 7h30 – 13h00").
  function factSheet(group) {
    if (group.facts === undefined) {
      const labels = group.members.map(m => m.children.length === 2 ? clean(m.children[0].textContent) : '');
      const iconed = group.members.every(m => m.firstElementChild && ICON_ONLY.test(clean(m.firstElementChild.textContent)));
      const hours = labels.every(label => label && daysNamed(label).length > 0);
      group.facts = hours || (iconed
        ? new Set(group.members.map(m => /@/.test(m.textContent) ? 'email' : /(?:\+|\b0)\d[\d\s]{7,}/.test(m.textContent) ? 'phone' : kindOf(m.textContent))).size >= 3
        : labels.every(label => /^\p{L}[^:：]{0,59}$/u.test(label)) && new Set(labels).size === labels.length
          && new Set(group.members.map(m => kindOf(m.children[1].textContent))).size >= 3);
    }
    return group.facts;
  }

  // The first n characters of a text, not cutting in half a character written as two UTF-16 units (an emoji): half of
  // one is no text the planner can read back.
  function cut(text, n) {
    return text.slice(0, text.length > n && /[\uD800-\uDBFF]/.test(text[n - 1]) ? n - 1 : n);
  }

  // What kind of value a text is: a date, money, another number or words.
  function kindOf(raw) {
    const text = clean(westernDigits(raw));
    return parseDate(text) ? 'date' : MONEY_MARK.test(text) && /\d/.test(text) ? 'money' : /\d/.test(text) ? 'number' : 'text';
  }

  // The caption of the nearest alike item a value sits in (a plan card's "Plano anual", a binding's "Kopertinë e
  // butë" before its price): what tells two alike places apart, to name them by in a message. Every node under an
  // item asks, so `captions` keeps each item's first text.
  // An item whose caption is the value itself, its label (a table row's first cell) or no short words is named by the
  // item around it: the rows of two workshops' price tables by the workshops.
  function captionOf(node, groupOf, captions, own) {
    for (let n = node.parentElement; n && n !== document.body; n = n.parentElement) {
      if (!groupOf.has(n)) continue;
      if (!captions.has(n)) {
        const first = [...n.childNodes].find(c => c.textContent.trim());
        const text = first ? clean(first.textContent) : '';
        captions.set(n, { first, text: text.length <= 40 && !/\d/.test(text) ? text : null });
      }
      const { first, text } = captions.get(n);
      if (!text || (own && text.toLowerCase() === clean(own).toLowerCase()) || first.contains(node)) continue;
      return text;
    }
    return null;
  }

  // Whether a node is in a block about another thing of the page's kind, by a name that starts as the page's heading
  // does and goes on otherwise ("Botika Bayanihan – La Paz" under the page's "Botika Bayanihan – Jaro"): a branch
  // nearby, a related product. `named` keeps each block's answer.
  function aboutOther(node, h1, named) {
    const own = h1 ? plainWords(h1.textContent).trim() : '';
    const lead = own.split(' ').slice(0, 2).join(' ') + ' ';
    if (own.split(' ').length < 3) return false;
    for (let n = node; n && n !== document.body && !n.contains(h1); n = n.parentElement) {
      if (!named.has(n)) {
        const title = n.querySelector('h2, h3, h4, h5, h6, b, strong');
        const name = title ? plainWords(title.textContent).trim() : '';
        named.set(n, name.startsWith(lead) && !name.startsWith(own) && !own.startsWith(name));
      }
      if (named.get(n)) return true;
    }
    return false;
  }

  function contextWords(parts) {
    const words = [];
    for (const part of parts) {
      for (let node = part.parent instanceof ShadowRoot ? part.parent.host : part.parent; node && node !== document.body; node = node.parentElement) {
        words.push(node.id, node.getAttribute('aria-label'), ...stableClasses(node));
        const caption = node.querySelector(':scope > caption, :scope > legend');
        if (caption) words.push(clean(caption.textContent));
      }
      words.push(headingOf(part.members[0]));
    }
    return [...new Set(words.filter(Boolean).map(w => cut(String(w), 80)))];
  }

  function sampleOf(members) {
    const step = Math.max(1, Math.floor(members.length / input.maxSamples));
    return members.filter((_, i) => i % step === 0).slice(0, input.maxSamples);
  }

  // 3. The candidates, largest first, each with its sources; and which contain which (a card inside a list item).
  function candidates() {
    const elements = document.body ? walk(document.body, 40000) : [];
    const { groups, groupOf } = siblingGroups(elements);
    const merged = new Map();
    for (const group of groups) {
      const grand = group.parent instanceof ShadowRoot ? group.parent.host : group.parent.parentNode;
      const key = (grand && grand.nodeType === 1 ? signature(grand) : '') + ' > ' + signature(group.parent) + ' > ' + group.item;
      (merged.get(key) || merged.set(key, []).get(key)).push(group);
    }
    const found = [];
    const owners = new Map();
    const ordered = [...merged.values()].sort((a, b) => b.reduce((n, g) => n + g.members.length, 0) - a.reduce((n, g) => n + g.members.length, 0));
    for (const parts of ordered.slice(0, input.maxCandidates)) {
      const selector = recordSelector(parts);
      if (!selector) continue;
      const members = parts.flatMap(g => g.members);
      const sample = sampleOf(members);
      const index = found.length;
      const candidate = { selector, count: members.length, parts: parts.length, sampled: sample.length, context: contextWords(parts), related: [] };
      candidate.sources = surveySources(sample, { groupOf, bases: sample.map(() => document.baseURI), limit: 250, parts: parts.length });
      found.push(candidate);
      for (const member of members) owners.set(member, index);
    }
    found.forEach((candidate, index) => {
      const first = deepAll(candidate.selector)[0];
      for (let node = first && first.parentElement; node; node = node.parentElement) {
        const owner = owners.get(node);
        if (owner !== undefined && owner !== index) {
          candidate.related.push(owner);
          found[owner].related.push(index);
        }
      }
    });
    return found;
  }

  // The whole page as one record: each source with a short selector of its own.
  function pageSources() {
    const elements = walk(document.body, 40000);
    const { groupOf } = siblingGroups(elements);
    const sources = surveySources([document.body], { groupOf, bases: [document.baseURI], limit: 4000, page: true, parts: 1 });
    for (const source of sources) {
      if (source.read === 'labelled') continue;
      const node = deepFind(document.body, source.sel);
      if (node) source.sel = shortSelector(node);
    }
    return sources;
  }

  // Detail pages as records: sources relative to each page's body, read the same way on every page.
  async function documentSources() {
    const documents = await fetchDocuments(input.links, 4);
    const bodies = documents.map(d => d && d.body).filter(Boolean);
    if (bodies.length === 0) return { sources: [], pages: 0 };
    const bases = input.links.filter((_, i) => documents[i] && documents[i].body);
    const sources = surveySources(bodies, { groupOf: new Map(), bases, limit: 3000, page: false, ownPages: true, parts: 1 });
    for (const source of sources) {
      if (source.read === 'labelled' || !source.sel) continue;
      const node = deepFind(bodies[0], source.sel);
      const short = node && shortSelector(node, bodies[0].ownerDocument);
      if (short && bodies.every(body => deepFind(body, source.sel) === deepFind(body, short))) source.sel = short;
    }
    // What a record's own page says of other records (a box of similar houses: a block with a link to another
    // record's page) is not about its own.
    const records = new Set((input.records || []).map(href => new URL(href, location.href).href));
    for (const source of sources) {
      if (!source.sel) continue;
      source.repeated = source.repeated || bodies.some((body, i) => {
        const node = deepFind(body, source.sel);
        const block = node && (node.closest('p, li, tr, dd, article') || node);
        return !!block && [...block.querySelectorAll('a[href]')].concat(block.matches('a[href]') ? [block] : [])
          .some(a => { const href = new URL(a.getAttribute('href'), bases[i]).href; return href !== bases[i] && records.has(href); });
      });
    }
    return { sources, pages: bodies.length };
  }

  function labelOf(control) {
    const labels = [];
    if (control.id) {
      const forId = document.querySelector('label[for="' + esc(control.id) + '"]');
      if (forId) labels.push(clean(forId.textContent));
    }
    const wrapping = control.closest('label');
    if (wrapping) labels.push(clean(wrapping.textContent));
    for (const id of (control.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)) {
      const by = document.getElementById(id);
      if (by) labels.push(clean(by.textContent));
    }
    return labels.join(' ');
  }

  // A selector that finds this control and nothing else (a submit input beside inputs in labels needs its type).
  function controlSelector(control, form, formIndex) {
    const name = control.getAttribute('name');
    const type = control.getAttribute('type');
    const inForm = 'form:nth-of-type(' + (formIndex + 1) + ') ' + relativeStep(control);
    const options = [
      control.id && '#' + esc(control.id),
      name && '[name="' + esc(name) + '"]',
      inForm,
      type && inForm + '[type="' + esc(type) + '"]',
    ].filter(Boolean);
    const only = selector => { const found = document.querySelectorAll(selector); return found.length === 1 && found[0] === control; };
    return options.find(only) || uniquePath(control);
  }

  // The forms a search could be made with: their visible controls, what names them, and how each is submitted.
  function forms() {
    return [...document.querySelectorAll('form')].map((form, formIndex) => {
      const controls = [];
      const choices = new Map();
      for (const control of form.querySelectorAll('input, select, textarea')) {
        const type = (control.getAttribute('type') || (control.tagName === 'SELECT' ? 'select' : 'text')).toLowerCase();
        if (['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password'].includes(type) || !visible(control)) continue;
        // Radio buttons of one name are one choice, as a list is: its options are the buttons, named by their labels.
        const name = control.getAttribute('name');
        if (type === 'radio' && name) {
          if (!choices.has(name)) {
            const byName = 'input[type="radio"][name="' + esc(name) + '"]';
            const set = control.closest('fieldset');
            const legend = set && set.querySelector(':scope > legend');
            const choice = { sel: [...document.querySelectorAll(byName)].every(r => r.form === form) ? byName : 'form:nth-of-type(' + (formIndex + 1) + ') ' + byName,
              kind: 'radio', type, name, id: '', label: legend ? clean(legend.textContent) : '', placeholder: '', aria: set ? set.getAttribute('aria-label') || '' : '', options: [] };
            choices.set(name, choice);
            controls.push(choice);
          }
          choices.get(name).options.push({ text: labelOf(control), value: control.value });
          continue;
        }
        controls.push({
          sel: controlSelector(control, form, formIndex),
          kind: control.tagName === 'SELECT' ? 'select' : ['checkbox', 'radio'].includes(type) ? type : 'text',
          type,
          name: control.getAttribute('name') || '',
          id: control.id || '',
          label: labelOf(control),
          placeholder: control.getAttribute('placeholder') || '',
          aria: control.getAttribute('aria-label') || control.getAttribute('title') || '',
          options: control.tagName === 'SELECT' ? [...control.options].map(o => ({ text: clean(o.textContent), value: o.value })) : [],
        });
      }
      const submit = form.querySelector('button[type="submit"], input[type="submit"], button:not([type])');
      return { index: formIndex, controls, submit: submit ? controlSelector(submit, form, formIndex) : null, submitText: submit ? clean(submit.textContent || submit.value) : null };
    }).filter(f => f.controls.length > 0);
  }

  if (input.intl) {
    for (const kind of Object.keys(INTL_NAMES)) intlNameCache[kind + '*'] = new Map(input.intl[kind]);
  }
  expandRowspans();
  switch (input.op) {
    case 'intl':
      return Object.fromEntries(Object.keys(INTL_NAMES).map(kind => [kind, [...intlNames(kind, true)]]));
    case 'page':
      return { url: location.href, title: document.title, sources: pageSources() };
    case 'documents':
      return await documentSources();
    case 'forms':
      return { forms: forms() };
    case 'files':
      return { links: fileLinkCandidates(input.extensions) };
    default: {
      const next = findNext();
      return {
        url: location.href,
        title: document.title,
        candidates: candidates(),
        paging: { next: next ? next.how : null, numbered: !!findNumbered(2), loadMore: !!findLoadMore() },
      };
    }
  }
}
