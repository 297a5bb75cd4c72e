  // ---- How a field is read from a record and typed (shared by the planner's survey and this script) ----

  function clean(text) {
    return (text || '').replace(/\s+/g, ' ').trim();
  }

  function labelKey(text) {
    return clean(text).replace(/[:：]\s*$/, '').toLowerCase();
  }

  // A label and its value inside a record: <dt>Phone</dt><dd>…</dd>, <th>Phone</th><td>…</td>,
  // <b>Phone:</b> …, or "Phone: …" as the whole text of an element.
  function labelPair(el) {
    const text = clean(el.textContent);
    if (!text || text.length > 60) return null;
    if ((el.tagName === 'DT' || el.tagName === 'TH') && el.nextElementSibling) {
      return { label: labelKey(text), value: clean(el.nextElementSibling.textContent) };
    }
    if (el.children.length > 0) return null;
    if (/[:：]$/.test(text) && text.length <= 40) {
      const after = el.nextSibling;
      if (after && after.nodeType === 3 && clean(after.textContent)) return { label: labelKey(text), value: clean(after.textContent) };
      if (el.nextElementSibling) return { label: labelKey(text), value: clean(el.nextElementSibling.textContent) };
      return null;
    }
    const inline = /^([A-Za-z][\w .\/&-]{0,29})[:：]\s+(\S.*)$/.exec(text);
    return inline ? { label: labelKey(inline[1]), value: clean(inline[2]) } : null;
  }

  // The nearest heading before the record, looking outwards: the section a nested record belongs to.
  function headingOf(record) {
    for (let node = record; node && node !== document.body; node = node.parentElement) {
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (/^H[1-6]$/.test(sibling.tagName)) return clean(sibling.textContent);
      }
    }
    return null;
  }

  // The raw value of one source in one record: text, an attribute, a labelled value or the section heading.
  function readSource(record, source) {
    if (source.read === 'heading') return headingOf(record);
    if (source.read === 'labelled') {
      for (const el of record.querySelectorAll('*')) {
        const pair = labelPair(el);
        if (pair && pair.label === source.label) return pair.value;
      }
      return null;
    }
    const el = source.sel ? record.querySelector(source.sel) : record;
    if (!el) return null;
    if (source.read === 'text') return clean(el.textContent);
    return el.getAttribute(source.read.slice('attr:'.length));
  }

  const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

  function isoDate(year, month, day) {
    const y = Number(year), m = Number(month), d = Number(day);
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000)) return null;
    return String(y) + '-' + String(m).padStart(2, '0') + '-' + String(d).padStart(2, '0');
  }

  // Dates only where the reading is certain: ISO, year-first, or with the month's name. 03/04/2026 is not.
  function parseDate(text) {
    let m = /(?<!\d)(\d{4})[-\/.](\d{1,2})[-\/.](\d{1,2})(?!\d)/.exec(text);
    if (m) return isoDate(m[1], m[2], m[3]);
    m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
    if (m && MONTHS[m[1].slice(0, 3).toLowerCase()]) return isoDate(m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], m[2]);
    m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
    if (m && MONTHS[m[2].slice(0, 3).toLowerCase()]) return isoDate(m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], m[1]);
    return null;
  }

  // Numbers as people write them: $1,299.00, 1.299,00 €, 4.5 out of 5, ★★★★☆, −3.
  function parseNumber(text) {
    const t = text.replace(/\u2212/g, '-');
    if (!/\d/.test(t)) {
      const stars = (t.match(/[★⭐]/g) || []).length;
      return stars > 0 && /^[★⭐☆\s]+$/.test(t) ? stars : null;
    }
    const m = /-?\d[\d.,'\u00a0\u202f ]*/.exec(t);
    let n = m[0].replace(/['\u00a0\u202f ]/g, '').replace(/[.,]$/, '');
    const lastDot = n.lastIndexOf('.'), lastComma = n.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      const decimal = lastDot > lastComma ? '.' : ',';
      n = n.split(decimal === '.' ? ',' : '.').join('').replace(',', '.');
    } else if (lastComma >= 0) {
      n = /^-?\d{1,3}(,\d{3})+$/.test(n) ? n.replace(/,/g, '') : n.replace(',', '.');
    } else if ((n.match(/\./g) || []).length > 1) {
      n = n.replace(/\./g, '');
    }
    const value = Number(n);
    return Number.isFinite(value) ? value : null;
  }

  // The typed value of a raw reading, or null when it is not a value of that type.
  function toValue(raw, type, fromAttribute) {
    if (raw === null || raw === undefined) return null;
    const text = clean(String(raw));
    if (!text) return null;
    switch (type) {
      case 'string':
        return text;
      case 'number':
        return parseNumber(text);
      case 'integer': {
        const n = parseNumber(text);
        return n !== null && Number.isInteger(n) ? n : null;
      }
      case 'boolean':
        if (/^(true|yes|y|✓|✔|available|in stock|on)$/i.test(text)) return true;
        if (/^(false|no|n|✗|✘|unavailable|out of stock|sold out|off)$/i.test(text)) return false;
        return null;
      case 'url': {
        if (/\s/.test(text) || /^(javascript|mailto|tel|data):/i.test(text) || text.startsWith('#')) return null;
        if (!fromAttribute && !/^(https?:\/\/|\/)/i.test(text)) return null;
        try { return new URL(text, document.baseURI).href; } catch (e) { return null; }
      }
      case 'email': {
        const address = text.replace(/^mailto:/i, '').split('?')[0];
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? address : null;
      }
      case 'date':
        return parseDate(text);
      case 'date-time': {
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return null;
        const when = new Date(text);
        return isNaN(when.getTime()) ? null : when.toISOString();
      }
      default:
        return null;
    }
  }

  // ---- Pagination: found afresh on every page, so it follows the site rather than a fixed URL pattern ----

  const NEXT_TEXT = /^(next|next page|older|older posts|more results|suivant|weiter|siguiente)?\s*[›»→>]*$/i;

  function visible(el) {
    return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  }

  function hrefOf(el) {
    const href = el.getAttribute('href');
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return null;
    return new URL(href, document.baseURI).href;
  }

  // The next page's URL: rel=next, then an aria-label, then the link's own text ("Next", "›", "»").
  function findNext() {
    const rel = document.querySelector('a[rel~="next"][href], link[rel~="next"][href]');
    if (rel && hrefOf(rel)) return { href: hrefOf(rel), how: 'rel' };
    for (const a of document.querySelectorAll('a[href][aria-label]')) {
      if (/\bnext\b/i.test(a.getAttribute('aria-label')) && hrefOf(a) && visible(a)) return { href: hrefOf(a), how: 'aria-label' };
    }
    for (const a of document.querySelectorAll('a[href]')) {
      const text = clean(a.textContent);
      if (text && NEXT_TEXT.test(text) && hrefOf(a) && visible(a)) return { href: hrefOf(a), how: 'text' };
    }
    return null;
  }

  // A link whose text is the page number wanted, in a box (nav, list, …) that holds at least two page numbers.
  function findNumbered(number) {
    const boxes = new Set();
    for (const a of document.querySelectorAll('a[href]')) {
      if (/^\d{1,4}$/.test(clean(a.textContent))) boxes.add(a.parentElement.closest('nav, ul, ol, table, div, p, footer') || document.body);
    }
    for (const box of boxes) {
      const numbers = [...box.querySelectorAll('*')].filter(el => el.children.length === 0 && /^\d{1,4}$/.test(clean(el.textContent)));
      const hit = numbers.length >= 2 && numbers.find(el => el.closest('a[href]') && Number(clean(el.textContent)) === number);
      if (hit && visible(hit)) return { href: hrefOf(hit.closest('a[href]')), how: 'numbered' };
    }
    return null;
  }

  const LOAD_MORE_TEXT = /^(load|show|see|view) more\b|^more (results|items)$/i;

  function findLoadMore() {
    for (const el of document.querySelectorAll('button, a, [role="button"]')) {
      if (LOAD_MORE_TEXT.test(clean(el.textContent)) && visible(el) && !el.disabled) return el;
    }
    return null;
  }
