(input) => {
  // The planner's look at a page: every repeated sibling structure (a candidate for "the records"), and for each the
  // places a field could be read from, with hints about what each holds and how well it fills each wanted type.
  // @extraction

  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'HEAD', 'META', 'LINK', 'BR', 'HR', 'OPTION', 'IFRAME', 'COL', 'COLGROUP']);
  const STATE_CLASS = /^(active|selected|current|open|closed|hidden|visible|show|odd|even|first|last|disabled|featured|new|sale|is-.+|has-.+|js-.+)$/i;
  const ATTRIBUTES = ['href', 'src', 'alt', 'title', 'datetime', 'content', 'aria-label', 'value'];
  // Attributes whose name says what the value is (a link, an image, a time); the others say nothing by their name.
  const NAMING_ATTRIBUTES = new Set(['href', 'src', 'datetime']);
  const ROLES = { A: 'link', IMG: 'image', TIME: 'date', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', STRONG: 'emphasis', B: 'emphasis', ADDRESS: 'address', CAPTION: 'heading' };
  const esc = CSS.escape;

  function stableClasses(el) {
    return [...el.classList].filter(c => !STATE_CLASS.test(c) && !/^(css|sc|jsx|svelte|emotion)-/.test(c) && !/\d{4,}/.test(c) && !(/\d/.test(c) && /[A-Z]/.test(c) && /[a-z]/.test(c)));
  }

  function signature(el) {
    return el.tagName.toLowerCase() + (el.id && !/\d{3,}/.test(el.id) ? '#' + esc(el.id) : '') + stableClasses(el).map(c => '.' + esc(c)).join('');
  }

  // 1. Sibling groups: children of one parent with the same tag and the classes most of them share.
  const groups = [];
  const groupOf = new Map();
  const elements = document.body ? [...document.body.querySelectorAll('*')].slice(0, 40000) : [];
  for (const parent of [document.body, ...elements]) {
    if (!parent || parent.children.length < 2 || SKIP.has(parent.tagName)) continue;
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
      }
      if (members.length < 2) continue;
      const group = { parent, item, members, shared: shared.length };
      groups.push(group);
      for (const member of members) groupOf.set(member, group);
    }
  }

  // 2. Candidates: groups whose parents and grandparents look alike are one structure (the people of every
  // department's list); an id tells structures apart (two tables, #new-arrivals and #clearance, stay two).
  const merged = new Map();
  for (const group of groups) {
    const grand = group.parent.parentElement;
    const key = (grand ? signature(grand) : '') + ' > ' + signature(group.parent) + ' > ' + group.item;
    (merged.get(key) || merged.set(key, []).get(key)).push(group);
  }

  function sameSet(selector, members) {
    let found;
    try { found = document.querySelectorAll(selector); } catch (e) { return false; }
    if (found.length !== members.length) return false;
    const wanted = new Set(members);
    return [...found].every(el => wanted.has(el));
  }

  function uniquePath(el) {
    const steps = [];
    for (let node = el; node && node !== document.documentElement; node = node.parentElement) {
      if (node.id && document.querySelectorAll('#' + esc(node.id)).length === 1) {
        steps.unshift('#' + esc(node.id));
        return steps.join(' > ');
      }
      const same = node.parentElement ? [...node.parentElement.children].filter(s => s.tagName === node.tagName) : [node];
      steps.unshift(node.tagName.toLowerCase() + (same.length > 1 ? ':nth-of-type(' + (same.indexOf(node) + 1) + ')' : ''));
    }
    return steps.join(' > ');
  }

  function recordSelector(parts) {
    const members = parts.flatMap(g => g.members);
    const item = parts[0].item;
    const parent = signature(parts[0].parent);
    const options = [parent + ' > ' + item];
    const grand = parts[0].parent.parentElement;
    if (grand && grand !== document.documentElement && parts.every(g => g.parent.parentElement && signature(g.parent.parentElement) === signature(grand))) {
      options.push(signature(grand) + ' > ' + parent + ' > ' + item);
    }
    if (parts.length === 1) options.push(uniquePath(parts[0].parent) + ' > ' + item);
    return options.find(selector => sameSet(selector, members)) || null;
  }

  // 3. Sources: where, relative to a record, a value can be read, with hints naming what it holds.
  function relativeStep(node) {
    const classes = stableClasses(node);
    const siblings = [...node.parentElement.children];
    const tag = node.tagName.toLowerCase();
    const classed = tag + classes.map(c => '.' + esc(c)).join('');
    const alike = siblings.filter(s => s.tagName === node.tagName && classes.every(c => s.classList.contains(c)));
    if (alike.length === 1) return classed;
    const sameTag = siblings.filter(s => s.tagName === node.tagName);
    return classed + ':nth-of-type(' + (sameTag.indexOf(node) + 1) + ')';
  }

  function relativePath(record, node) {
    const steps = [];
    for (let n = node; n && n !== record; n = n.parentElement) steps.unshift(relativeStep(n));
    return steps.length ? ':scope > ' + steps.join(' > ') : '';
  }

  function columnHeader(record, node) {
    const cell = node.closest('td, th');
    if (!cell || !record.contains(cell) || record.tagName !== 'TR') return null;
    const table = record.closest('table');
    const headerRow = table && (table.querySelector(':scope > thead > tr') || [...table.querySelectorAll('tr')].find(r => r.querySelector(':scope > th') && !r.querySelector(':scope > td')));
    if (!headerRow) return null;
    let column = 0;
    for (const c of record.children) {
      if (c === cell) break;
      column += c.colSpan || 1;
    }
    let at = 0;
    for (const h of headerRow.children) {
      if (column < at + (h.colSpan || 1)) return clean(h.textContent);
      at += h.colSpan || 1;
    }
    return null;
  }

  function nestedRecord(node) {
    const group = groupOf.get(node);
    // Lists of alike things inside a record (its people, its items) are records of their own, not its fields.
    const alike = group && (group.shared > 0 || group.members.length >= 3 || /^(LI|TR|ARTICLE|SECTION)$/.test(node.tagName));
    return !!alike && node.children.length >= 2 && !/^(TD|TH|DD|DT)$/.test(node.tagName);
  }

  function surveySources(candidate, sample) {
    const sources = new Map();
    function add(key, make, index, raw) {
      if (raw === null || raw === undefined || clean(String(raw)) === '') return;
      let source = sources.get(key);
      if (!source) sources.set(key, source = Object.assign(make(), { values: new Array(sample.length).fill(null) }));
      if (source.values[index] === null) source.values[index] = String(raw).slice(0, 300);
    }
    sample.forEach((record, index) => {
      const walker = [record];
      let seen = 0;
      while (walker.length && seen < 250) {
        const node = walker.shift();
        seen++;
        const sel = relativePath(record, node);
        // The record's own classes name the record, not a field.
        const hints = node === record ? [] : [...node.classList, node.id, node.getAttribute('name'), node.getAttribute('data-field'), node.getAttribute('data-label')].filter(Boolean);
        const itemprop = node.getAttribute('itemprop');
        if (itemprop && node !== record) {
          // A property of a nested item (the location's name) is named with that item's property.
          const scope = node.parentElement.closest('[itemscope]');
          hints.push(scope && scope !== record && record.contains(scope) && scope.getAttribute('itemprop') ? scope.getAttribute('itemprop') + ' ' + itemprop : itemprop);
        }
        const header = columnHeader(record, node);
        if (header) hints.push(header);
        const role = ROLES[node.tagName];
        if (role) hints.push('role:' + role);
        if (node === record) hints.push('role:record');
        const text = clean(node.textContent);
        // Text is read where it is written: a wrapper of several parts (a whole card) is not a field.
        const ownText = [...node.childNodes].some(c => c.nodeType === 3 && c.textContent.trim());
        if (text && text.length <= 300 && (ownText || node.children.length <= 1)) add(sel + '|text', () => ({ sel, read: 'text', hints }), index, text);
        const attributes = ATTRIBUTES.concat([...node.attributes].map(a => a.name).filter(n => n.startsWith('data-')));
        for (const name of attributes) {
          const value = node.getAttribute(name);
          if (value === null || value.length > 500) continue;
          const named = hints.concat(name.startsWith('data-') ? [name.slice(5)] : NAMING_ATTRIBUTES.has(name) ? ['attr:' + name] : []);
          add(sel + '|attr:' + name, () => ({ sel, read: 'attr:' + name, hints: named }), index, value);
        }
        const pair = labelPair(node);
        if (pair && pair.value) add('labelled|' + pair.label, () => ({ sel: '', read: 'labelled', label: pair.label, hints: [pair.label] }), index, pair.value);
        for (const child of node.children) {
          if (!SKIP.has(child.tagName) && !nestedRecord(child)) walker.push(child);
        }
      }
      if (candidate.parts > 1) add('heading', () => ({ sel: '', read: 'heading', hints: ['role:section'] }), index, headingOf(record));
    });
    const result = [];
    for (const source of sources.values()) {
      const fill = {};
      let any = false;
      const distinct = new Set(source.values.filter(v => v !== null)).size;
      const constant = distinct === 1 && sample.length >= 4;
      for (const type of input.types) {
        const fromAttribute = source.read.startsWith('attr:');
        let n = 0;
        for (const raw of source.values) if (toValue(raw, type, fromAttribute) !== null) n++;
        fill[type] = n / sample.length * (constant && (type === 'string' || type === 'url') ? 0.6 : 1);
        any = any || n > 0;
      }
      if (source.read === 'heading' && distinct < 2) continue;
      if (any) result.push({ sel: source.sel, read: source.read, label: source.label || null, hints: [...new Set(source.hints)], fill, sample: source.values.filter(v => v !== null).slice(0, 2).map(v => v.slice(0, 60)) });
    }
    return result;
  }

  function contextWords(parts) {
    const words = [];
    for (const part of parts) {
      for (let node = part.parent; node && node !== document.body; node = node.parentElement) {
        words.push(node.id, node.getAttribute('aria-label'), ...stableClasses(node));
        const caption = node.querySelector(':scope > caption, :scope > legend');
        if (caption) words.push(clean(caption.textContent));
      }
      words.push(headingOf(part.members[0]));
    }
    return [...new Set(words.filter(Boolean).map(w => String(w).slice(0, 80)))];
  }

  // 4. The candidates, largest first, each with its sources; and which contain which (a card inside a list item).
  const candidates = [];
  const owners = new Map();
  const ordered = [...merged.values()].sort((a, b) => b.reduce((n, g) => n + g.members.length, 0) - a.reduce((n, g) => n + g.members.length, 0));
  for (const parts of ordered.slice(0, input.maxCandidates)) {
    const selector = recordSelector(parts);
    if (!selector) continue;
    const members = parts.flatMap(g => g.members);
    const step = Math.max(1, Math.floor(members.length / input.maxSamples));
    const sample = members.filter((_, i) => i % step === 0).slice(0, input.maxSamples);
    const index = candidates.length;
    const candidate = { selector, count: members.length, parts: parts.length, context: contextWords(parts), related: [] };
    candidate.sources = surveySources(candidate, sample);
    candidates.push(candidate);
    for (const member of members) owners.set(member, index);
  }
  candidates.forEach((candidate, index) => {
    const first = document.querySelector(candidate.selector);
    for (let node = first && first.parentElement; node; node = node.parentElement) {
      const owner = owners.get(node);
      if (owner !== undefined && owner !== index) {
        candidate.related.push(owner);
        candidates[owner].related.push(index);
      }
    }
  });

  const next = findNext();
  return {
    url: location.href,
    title: document.title,
    candidates,
    paging: { next: next ? next.how : null, numbered: !!findNumbered(2), loadMore: !!findLoadMore() },
  };
}
