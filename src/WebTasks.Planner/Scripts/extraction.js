  // ---- How a field is read from a record and typed (shared by the planner's survey and this script) ----

  function clean(text) {
    return (text || '').replace(/\s+/g, ' ').trim();
  }

  function labelKey(text) {
    return clean(text).replace(/[:：]\s*$/, '').toLowerCase();
  }

  // A text that is an icon alone ("🌼", "📍"): no letter or figure, four characters at most.
  const ICON_ONLY = /^[^\p{L}\p{N}]{1,4}$/u;

  // A text as a pattern that finds it as written (its dots and brackets as themselves).
  function literal(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // Selectors may cross into open shadow roots: ' >>> ' steps from an element into its shadow root.
  function deepAll(selector, root) {
    let scopes = [root || document];
    const parts = selector.split(' >>> ');
    for (let i = 0; i < parts.length; i++) {
      const found = [];
      for (const scope of scopes) found.push(...scope.querySelectorAll(parts[i]));
      scopes = i < parts.length - 1 ? found.map(el => el.shadowRoot).filter(Boolean) : found;
    }
    return scopes;
  }

  // The element a field selector names inside a record ('' is the record itself).
  function deepFind(record, selector) {
    const parts = selector.split(' >>> ');
    let el = parts[0] ? record.querySelector(parts[0]) : record;
    for (const part of parts.slice(1)) {
      el = el && el.shadowRoot ? el.shadowRoot.querySelector(part) : null;
    }
    return el;
  }

  // Every element under a root, those in open shadow roots too (a label read inside a web component's card).
  function deepElements(root) {
    const all = root.shadowRoot ? deepElements(root.shadowRoot) : [];
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) all.push(...deepElements(el.shadowRoot));
    }
    return all;
  }

  // A label and its value: label is the key it is matched by, shown the label as the page writes it.
  function pair(shown, value) {
    return { label: labelKey(shown), shown: shown.replace(/[:：]\s*$/, ''), value };
  }

  // A label and its value inside a record: <dt>Phone</dt><dd>…</dd>, <th>Phone</th><td>…</td>,
  // <b>Phone:</b> …, or "Phone: …" as the whole text of an element.
  function labelPair(el, record) {
    // A long line is still one label and its value ("📦 Dukan re menaḱ bora (bags in stock): 0 bora — caba (sold
    // out)"), but not one that runs on into another sentence. A header cell or a term is a label by its element, glossed
    // at length as it may be ("🛏 Шев, 1 одоми, нунгъэ-ире (ночь, 1 человек, с завтраком, one night, one person, with
    // breakfast)").
    const text = clean(el.textContent);
    const longest = el.tagName === 'DT' || el.tagName === 'TH' ? 120 : 80;
    if (!text || text.length > longest || (text.length > 60 && /[.!?]\s+\p{Lu}/u.test(text))) return null;
    if ((el.tagName === 'DT' || el.tagName === 'TH') && el.nextElementSibling) {
      return pair(text, clean(el.nextElementSibling.textContent));
    }
    if (labelCell(el, text, record)) return pair(text, clean(el.nextElementSibling.textContent));
    // An icon set in an element of its own before the words is part of them ("<span><i>🌼</i>Esansi ya ylang
    // «extra», litre 1</span><strong>145,00 €</strong>").
    const icon = el.firstElementChild;
    const iconLed = el.children.length === 1 && el.firstChild === icon && icon.children.length === 0 && ICON_ONLY.test(clean(icon.textContent));
    if (el.children.length > 0 && !iconLed) {
      // "Priis: <strong>ämsunst</strong> — …": a label written as the element's own text before its inline children.
      const first = el.firstChild;
      if (!first || first.nodeType !== 3 || el.querySelector(BLOCKS)) return null;
      if (/[:：]/.test(first.textContent)) return inlinePair(text);
      // "<li>खाना सहित (एक जना, एक रात) — <b>रु. १,८००</b></li>": words set off by a dash before the figure after them.
      const before = clean(first.textContent);
      const lead = /^(\p{L}[^:：]{1,59}?)\s+[—–]$/u.exec(before);
      const rest = lead && clean(text.slice(before.length));
      if (lead) return rest && /\p{N}/u.test(rest) && rest.length <= 40 ? pair(lead[1], rest) : null;
      // "<div>Neqa kinertaq, 1 lb<b>$25.00</b></div>": words, then the line's one figure set apart in type and nothing
      // after it, as a price list's lines write them.
      const figure = el.firstElementChild;
      return el !== record && /^(LI|DIV|P)$/.test(el.tagName) && el.children.length === 1 && INLINE.test(figure.tagName) && figure.children.length === 0
        && el.lastChild === figure && (before.match(/\p{L}/gu) || []).length >= 2 && before.length <= 80
        && /\p{N}/u.test(figure.textContent) && clean(figure.textContent).length <= 40 ? pair(before, clean(figure.textContent)) : null;
    }
    // "<li><span class="k">Lunghessa</span> 6,20 m</li>": a word or two alone before the rest of its line label it.
    const after = el.nextSibling;
    const before = el.previousSibling;
    if (!/[:：\d]/.test(text) && text.length <= 30 && el.parentElement && el.parentElement.firstElementChild === el && !el.nextElementSibling
      && !(before && before.nodeType === 3 && before.textContent.trim())
      && after && after.nodeType === 3 && /[\p{L}\p{N}]/u.test(after.textContent) && INLINE.test(el.tagName)) {
      return pair(text, clean(after.textContent));
    }
    // "<li><span>Tambó alegre</span><b>$ 450.000</b></li>": words in one element beside a figure in the next, the two
    // alone in a list item (or a line of its own: "<div class="pr"><span>Susu miyo'u</span> <b>$ 280.000</b></div>"), label it as a small table's first cell labels its row. The figure may be a <data> element;
    // the words may be a long line ("Leto en dormitorio, con media-pension (sena e dejuna), per note"), as a price
    // list's are, for nothing but the figure shares the item. Words led by an icon of their own are a fact sheet's
    // label, whatever its value ("<span><i>👣</i>Matembezi (visites)</span><strong>Ewa</strong>").
    const value = el.nextElementSibling;
    const item = el.parentElement;
    if (value && item && /^(LI|DIV|P)$/.test(item.tagName) && item !== record && item.children.length === 2 && item.firstElementChild === el && INLINE.test(el.tagName)
      && (INLINE.test(value.tagName) || value.tagName === 'DATA') && value.children.length === 0 && ![...item.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())
      && (text.match(/\p{L}/gu) || []).length >= 2 && text.length <= 80 && (iconLed || /\p{N}/u.test(value.textContent)) && clean(value.textContent).length <= 40) {
      return pair(text, clean(value.textContent));
    }
    if (/[:：]$/.test(text) && text.length <= 40) {
      const after = el.nextSibling;
      if (after && after.nodeType === 3 && clean(after.textContent)) return pair(text, clean(after.textContent));
      if (el.nextElementSibling) return pair(text, clean(el.nextElementSibling.textContent));
      return null;
    }
    return inlinePair(text);
  }

  // The first of two cells in a small table of two columns inside a record, words beside a figure ("25 kg bag | US$ 24",
  // "Cup | L$ 75"): the row's label, where rows come in another order in each record, or where a record lists one row
  // only ("Monthly | C$ 3,200"). A row that is a record is named by no cell of its own. A row of words beside words
  // in a table with figures in two rows or more ("Вступне | безплатно, дар вітаный": free) is labelled as they are.
  // The words may be as long as a line's label (80), glossed at length ("🛏 Nòn sàn chung, 1 cần, 1 đêm (shared floor,
  // per person, one night)").
  function labelCell(el, text, record) {
    const row = el.parentElement;
    if (!record || row === record) return false;
    const table = el.closest('table');
    const value = el.nextElementSibling;
    return el.tagName === 'TD' && row && row.tagName === 'TR' && row.cells.length === 2 && row.cells[0] === el && !!table && !!value
      && table.rows.length <= 8 && [...table.rows].every(r => r.cells.length === 2)
      && (text.match(/\p{L}/gu) || []).length >= 2 && text.length <= 80 && clean(value.textContent).length <= 40
      && (/\p{N}/u.test(value.textContent) || [...table.rows].filter(r => /\p{N}/u.test(r.cells[1].textContent)).length >= 2);
  }

  const BLOCKS = 'address,article,dd,div,dl,dt,li,ol,p,section,table,td,th,tr,ul';
  // Elements a label or its value is written in inside a line.
  const INLINE = /^(SPAN|B|STRONG|EM|I|LABEL|SMALL)$/;

  // "Label: value" written as one text.
  function inlinePair(text) {
    // A full-width colon needs no space after it ("產地：南投鹿谷"); an icon before the label is decoration ("⏱ Duré: 50 minit");
    // a label may say in words in brackets what it means ("Enkoitoi o ilayiok (walking safari): Ee", "UPI
    // (PhonePe/GPay) taka: Hoỹ"); one that counts ("Monthly package (8 lessons): 2600") names another thing.
    const inline = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?(\p{L}[\p{L}\p{M}\p{N} .\/&'-]{0,29}(?:\([^()\p{N}]{1,30}\)(?: [\p{L}\p{M}'’]+){0,2})?)(?:[:：]\s+|：)(\S.*)$/u.exec(text);
    return inline ? pair(inline[1], clean(inline[2])) : null;
  }

  // The label-value pairs an element holds: itself as one, one per line its <br>s break ("Telefon: …<br>E-Mail: …"),
  // or one per part of a list of numbers set apart by dots or bars ("KRS 0000184529 · NIP 113-23-48-061").
  function labelPairs(el, record) {
    // An element that shows only icons ("🅿️ ✓") says what they mean in its title or aria-label ("Parking: get").
    const told = !/[\p{L}\p{N}]/u.test(el.textContent) && inlinePair(clean(el.getAttribute('title') || el.getAttribute('aria-label') || ''));
    if (told) return [told];
    if (el.querySelector(':scope > br')) return linesOf(el).map(inlinePair).filter(Boolean);
    if (!el.querySelector(BLOCKS)) {
      // "Region: Highlands · Age: 12 years" is two labelled values, not one running to the end, and in
      // "Immatricolato: 2019 · 18.400 km" the label names the first part only.
      // A value that runs on into another label ("ebitanda: 20Amasannyalaze: ⚡", elements written without a space
      // between) is read from the elements themselves.
      const parts = partsOf(clean(el.textContent)).map(inlinePair).filter(pair => pair && !/\p{L}{2,}[:：]\s/u.test(pair.value));
      if (parts.length) return parts;
    }
    const one = labelPair(el, record);
    if (one) return [one];
    return el.children.length === 0 ? numberedParts(clean(el.textContent)) : [];
  }

  function numberedParts(text) {
    const parts = partsOf(text);
    const pairs = parts.map(part => /(?:^|[\s,;])(\p{Lu}[\p{L}.-]{1,15}(?:\s\p{L}[\p{L}.-]{1,15}){0,2})\s*[:：]?\s+(\+?\d[\d\s./-]*\d)$/u.exec(part))
      .filter(Boolean).map(m => pair(m[1], m[2]));
    return pairs.length >= 2 ? pairs : [];
  }

  // The parts of a line set apart by middle dots or bars ("Annapolis, MD · Listing #BYB-20417 · Listed March 3, 2027").
  function partsOf(text) {
    const parts = text.split(/\s[·•|]\s/).map(clean).filter(Boolean);
    return parts.length >= 2 ? parts : [];
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

  const FILLED_ICON = /(^|[-_])(on|full|filled|fill|active|checked|lit|solid)($|[-_])/i;
  const HALF_ICON = /(^|[-_])half($|[-_])/i;
  const EMPTY_ICON = /(^|[-_])(off|empty|blank|outline|none)($|[-_])/i;

  // A rating drawn as a row of alike empty icons, the filled ones marked by a class (<i class="on">, "star-half"),
  // written as the glyphs it shows: "★★★½☆". Null for anything else.
  function iconRating(el) {
    const icons = [...el.children];
    if (icons.length < 3 || icons.length > 10 || clean(el.textContent) || icons.some(i => i.tagName !== icons[0].tagName || i.children.length > 0)) return null;
    const kinds = icons.map(i => [...i.classList].some(c => HALF_ICON.test(c)) ? '½' : [...i.classList].some(c => FILLED_ICON.test(c)) ? '★' : [...i.classList].some(c => EMPTY_ICON.test(c)) ? '☆' : null);
    if (kinds.every(k => k === null)) return null;
    return kinds.map(k => k || '☆').join('');
  }

  // A cell that spans rows is copied into each row it spans (top to bottom, so a row's cells are all in place when
  // the next is done), and every row of the table reads alike.
  function expandRowspans() {
    for (const cell of deepAll('td[rowspan], th[rowspan]')) {
      const span = Number(cell.getAttribute('rowspan'));
      if (!(span > 1) || !cell.parentElement) continue;
      const column = columnOf(cell);
      cell.setAttribute('rowspan', '1');
      let row = cell.parentElement.nextElementSibling;
      for (let k = 1; k < span && row; k++, row = row.nextElementSibling) {
        // Into the same column, not the same place among the row's cells ("Wind" spanning two header rows goes after
        // the two cells under "Temperature").
        const after = [...row.children].find(c => columnOf(c) >= column) || null;
        row.insertBefore(cell.cloneNode(true), after);
      }
    }
  }

  // The column a cell starts in, counting the columns its row's earlier cells span.
  function columnOf(cell) {
    let column = 0;
    for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) column += c.colSpan || 1;
    return column;
  }

  // The lines of an element its <br>s break ("Nordlicht Software GmbH<br>Schönhauser Allee 167c<br>10435 Berlin"),
  // and those its children shown as blocks or notes set apart from its own text ("Fakola<small>sɛrikili
  // Kolondiéba</small>"), each with the child it is (null for a line of the element's own).
  function linesWithNotes(el) {
    const lines = [{ text: '', child: null }];
    for (const node of el.childNodes) {
      if (node.nodeName === 'BR') lines.push({ text: '', child: null });
      else if (shownAsBlock(node) || isNote(node)) lines.push({ text: node.textContent, child: node }, { text: '', child: null });
      else lines[lines.length - 1].text += node.textContent;
    }
    return lines.map(line => ({ text: clean(line.text), child: line.child })).filter(line => line.text);
  }

  function linesOf(el) {
    return linesWithNotes(el).map(line => line.text);
  }

  function hasOwnText(node) {
    return [...node.childNodes].some(c => c.nodeType === 3 && /[\p{L}\p{N}]/u.test(c.textContent));
  }

  // An element on lines of its own. A flex or grid container lays its children out side by side (it makes them
  // blocks), but for a flex column.
  function shownAsBlock(node) {
    if (node.nodeType !== 1) return false;
    const around = node.parentElement ? getComputedStyle(node.parentElement) : null;
    if (around && /flex|grid/.test(around.display)) return around.display.includes('flex') && around.flexDirection.startsWith('column');
    return /^(block|flex|grid|list-item|table)/.test(getComputedStyle(node).display);
  }

  // A note on the value its element writes just before it: smaller type in another colour ("Ga-Molepo <span
  // class="mu">(Polokwane)</span>", "46<small>2024: 38</small>"). A struck old price is no note, nor what follows
  // another element (a line under a heading, a town under a name), nor a link or a button.
  function isNote(node) {
    const parent = node.nodeType === 1 && node.parentElement;
    if (!parent || node.closest('s, del, strike') || /^(A|BUTTON)$/.test(node.tagName)) return false;
    let before = node.previousSibling;
    while (before && (before.nodeName === 'BR' || (before.nodeType === 3 && !before.textContent.trim()))) before = before.previousSibling;
    if (!before || before.nodeType !== 3 || !/[\p{L}\p{N}]/u.test(before.textContent)) return false;
    const own = getComputedStyle(node), around = getComputedStyle(parent);
    // An aside a dash sets off in another colour ("Anyidi <span>— Bor County</span>") is one in type of any size.
    const setOff = parseFloat(own.fontSize) < parseFloat(around.fontSize) || /^[—–]\s/.test(clean(node.textContent));
    return setOff && own.color !== around.color && !own.textDecorationLine.includes('line-through');
  }

  // A text the schema gives a pattern for, found in what is written around it ("…Umsatzsteuergesetz: DE 312 456
  // 789" for ^DE[0-9]{9}$), spaces inside it left out, then the marks between its digits ("113-23-48-061" for
  // ^[0-9]{10}$); the text itself when it matches. When nothing in it does: what the description says to give where
  // the page writes none (otherwise, "00:00 when open around the clock"), else the text as it is.
  // A phone number's digits laid out as the pattern groups them: "+79787124590" for "^\+7 [0-9]{3} [0-9]{3} [0-9]{2}
  // [0-9]{2}$" is "+7 978 712 45 90". Null for a pattern of other parts.
  function regrouped(dialled, pattern) {
    const parts = /\\\+|\\d\{(\d+)\}|\[0-9\]\{(\d+)\}|\\d|\[0-9\]|\\?([ ().\/-])|(\d)/y;
    const body = pattern.replace(/^\^/, '').replace(/\$$/, '');
    let out = '', at = 0;
    parts.lastIndex = 0;
    while (parts.lastIndex < body.length) {
      const part = parts.exec(body);
      if (!part) return null;
      if (part[3]) { out += part[3]; continue; }
      const want = part[0] === '\\+' ? '+' : part[4] || null;
      const count = want ? 1 : Number(part[1] || part[2] || 1);
      const taken = dialled.slice(at, at + count);
      if (taken.length < count || (want ? taken !== want : !/^\d+$/.test(taken))) return null;
      out += taken;
      at += count;
    }
    return at === dialled.length ? out : null;
  }

  function patterned(value, pattern, otherwise) {
    if (!pattern || typeof value !== 'string') return value;
    let whole, inner;
    try { whole = new RegExp(pattern, 'u'); inner = new RegExp('(?<![\\p{L}\\p{N}])(?:' + pattern.replace(/^\^/, '').replace(/\$$/, '') + ')(?![\\p{L}\\p{N}])', 'u'); } catch (e) { return value; }
    if (whole.test(value)) return value;
    // A clock time written shorter than the pattern asks: "9:05" as 09:05, a chip time "33:02" as 00:33:02.
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
    const fitted = clock && clockAs(clock, whole);
    if (fitted) return fitted;
    // A clock time inside the text ("เริ่ม 09.00 น.", "10:00 – 18:00 h"), written as the pattern asks.
    const time = CLOCK.exec(value);
    const timed = time && clockAs(meridiem(time, value), whole);
    if (timed) return timed;
    const spaced = value.replace(/(?<=[\p{L}\p{N}])\s+(?=\p{N})/gu, '');
    // A phone number's spaces, brackets and dashes are only how it is written: "+7 (8672) 54-32-10".
    const dialled = PHONE.test(value) ? [value.replace(/[\s().\/-]/g, '')] : [];
    for (const text of [value, spaced, spaced.replace(/(?<=\p{N})[-./](?=\p{N})/gu, ''), ...dialled]) {
      const found = inner.exec(text);
      if (found && whole.test(found[0])) return found[0];
    }
    const grouped = dialled.length ? regrouped(dialled[0], pattern) : null;
    if (grouped && whole.test(grouped)) return grouped;
    // A national number ("026 21 45 78") where the pattern asks for the international one ("+213…"): the country's
    // code for its trunk 0 (Italy's and San Marino's numbers keep the 0).
    const country = /^\^?\\\+(\d{1,3})/.exec(pattern);
    const national = country && /(?<![\d+])0\d(?:[\s().\/-]{0,3}\d){5,12}(?!\d)/.exec(value);
    if (national) {
      const digits = national[0].replace(/\D/g, '');
      const international = '+' + country[1] + (country[1] === '39' || country[1] === '378' ? digits : digits.slice(1));
      if (whole.test(international)) return international;
      const spacedOut = regrouped(international, pattern);
      if (spacedOut && whole.test(spacedOut)) return spacedOut;
    }
    return typeof otherwise === 'string' ? otherwise : value;
  }

  // An element's text without the parts other fields read (a badge inside a heading).
  function textWithout(el, selectors) {
    const copy = el.cloneNode(true);
    for (const sel of selectors) for (const inner of copy.querySelectorAll(sel)) inner.replaceWith(' ');
    return copy.textContent;
  }

  // A clock time on a 12-hour clock, as 24 hours: "6.30pm", "6:30 p.m.", Welsh "6.30yh" (yr hwyr) and "10.00yb" (y
  // bore). Letters written onto the time that say neither make it unreadable (null): "6.30xy" may be either.
  const PM = /^\s?(?:p\.?\s?m\b\.?|y\.?h\b\.?)/i;
  const AM = /^\s?(?:a\.?\s?m\b\.?|y\.?b\b\.?)/i;
  function meridiem(match, text) {
    const after = text.slice(match.index + match[0].length);
    const hours = Number(match[1]);
    if (PM.test(after) && hours <= 12) return [match[0], String(hours === 12 ? 12 : hours + 12), ...match.slice(2)];
    if (AM.test(after) && hours <= 12) return [match[0], String(hours === 12 ? 0 : hours), ...match.slice(2)];
    return /^\p{L}/u.test(after) && !/^h\b/i.test(after) ? null : match;
  }

  // A clock time's parts (hours, minutes, maybe seconds) zero-padded as the pattern takes them, or null.
  function clockAs(match, whole) {
    if (!match) return null;
    const parts = match.slice(1, 4).filter(Boolean).map(p => p.padStart(2, '0'));
    return [parts, ['00', ...parts]].map(p => p.join(':')).find(t => t.split(':').length <= 3 && whole.test(t)) || null;
  }

  // The value beside a label in one record ("Purk: 500 g"), or beside the label as some records write it otherwise
  // ("Alpchäs am Stück, 1 kg"), or null.
  function labelledValue(record, label, alts) {
    const labels = [label, ...(alts || [])];
    for (const el of deepElements(record)) {
      const pair = labelPairs(el, record).find(p => labels.includes(p.label));
      if (pair) return pair.value;
    }
    return null;
  }
  // Whether a control can be used: a greyed-out button ("📦 Pošalji po pošti", disabled) says no where the same
  // button says yes on another record.
  function disabled(el) {
    return el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true';
  }
  // What one element holds as the source reads it: its text, one of its lines or parts, an attribute, or whether it
  // can be used ('state': on or off).
  function elementValue(el, source) {
    if (!el) return null;
    return source.read === 'state' ? (disabled(el) ? 'off' : 'on')
      : source.read === 'text' ? clean(source.without ? textWithout(el, source.without) : el.textContent)
      : source.read.startsWith('line:') ? linesOf(el)[Number(source.read.slice('line:'.length)) - 1] || null
      : source.read.startsWith('part:') ? partsOf(clean(el.textContent))[Number(source.read.slice('part:'.length)) - 1] || null
      : el.getAttribute(source.read.slice('attr:'.length));
  }
  // The raw value of one source in one record: text, an attribute, icons, a labelled value or the section heading.
  function readSource(record, source) {
    if (source.read === 'heading') return headingOf(record);
    if (source.read === 'icons') {
      const icons = deepFind(record, source.sel);
      return icons ? iconRating(icons) : null;
    }
    const raw = source.read === 'labelled' ? labelledValue(record, source.label, source.alts) : elementValue(deepFind(record, source.sel), source);
    // A value read by its label is cut as one read from its element is: the planner read it so. A record may start
    // with another of the marks the description leaves out (drops).
    const drop = raw && [source.drop, ...(source.drops || [])].find(d => d && raw.startsWith(d));
    const kept = drop ? raw.slice(drop.length) : raw;
    const value = source.cut && kept ? cutEnd(kept, source.cut) : kept;
    return value && source.span ? SPANS[source.span](value) : value;
  }

  // A value without the end the planner saw every record share (", Benue" of "Wukari Road, Zaki Biam, Benue"); where a
  // record ends otherwise, without what follows the last of the end's mark and first word (", paroisse" of "Mamou,
  // paroisse Évangéline", the planner having seen ", paroisse Saint-Martin" on the first page).
  function cutEnd(value, cut) {
    if (value.endsWith(cut)) return value.slice(0, value.length - cut.length);
    const lead = /^\s*[,·|\/–—:;(-]\s*\p{L}[\p{L}\p{M}'’.-]*\s/u.exec(cut);
    const at = lead ? value.lastIndexOf(lead[0]) : -1;
    return at > 0 ? value.slice(0, at) : value;
  }

  // The last of a place's parts ("Bourton-on-the-Water, Gloucestershire" → "Gloucestershire").
  function lastPart(text) {
    const parts = text.split(/\s*,\s+/);
    const last = parts[parts.length - 1];
    return parts.length >= 2 && /^\p{L}[\p{L}\s.'-]*$/u.test(last) ? last : null;
  }

  // The town of a line that starts with its postcode ("03-841 Warszawa", "10435 Berlin", "SW1A 1AA London"), or of an
  // address that ends with one ("Hauptstraße 5, 10435 Berlin"); a town's name is not written in lower case ("2014 шо"
  // is a year in Chechen).
  const POSTAL_TOWN = /^(?:[A-Z]{1,2}-?)?(?:\d{2}-\d{3}|\d{3}\s?\d{2}|\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\s+((?!\p{Ll})\p{L}[\p{L}\s.'-]*)$/u;
  function townOf(text) {
    const m = POSTAL_TOWN.exec(text) || POSTAL_TOWN.exec(text.split(/\s*,\s+/).pop());
    return m ? m[1].trim() : null;
  }

  // A currency's sign (any Unicode currency symbol: $ € ₴ ₺ …), its code, or how a country writes it short (kr., zł, грн).
  // Sierra Leone's leone is written "Le" before an amount that ends its text or clause ("Le 12 mars" is a French date);
  // a kwacha, kina or kyat "K" before the amount ("K180"); São Tomé's dobra "Db" ("1.350,00 Db").
  const MONEY_MARK = /\p{Sc}|(?<!\p{L})(EUR|USD|GBP|CHF|JPY|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|RSD|UAH|RUB|TRY|ILS|INR|CNY|RMB|KRW|BRL|MXN|ARS|CLP|COP|ZAR|AUD|CAD|NZD|SGD|HKD|TWD|THB|VND|IDR|MYR|PHP|AED|SAR|EGP|K[Ss]hs?|KES|U[Ss]hs?|UGX|T[Ss]hs?|TZS|RWF|NGN|GHS|ETB|XOF|XAF|F\s?CFA|MAD|DH|Dhs?|PKR|LKR|NPR|BDT|MNT|KZT|UZS|AMD|GEL|AZN|MMK|KHR|LAK|රු|ரூ|रु|so[‘'’ʻ]m|сўм|сум|kr|zł|Kč|Ft|lei|лв|грн|руб|дин|ден|kn|Rs|RM|Rp|TL|Fr|元|円|원|ر\.س|د\.إ|ج\.م|ج\.س|د\.ك|ر\.ق|ر\.ع|ر\.ي|د\.ب|د\.أ|د\.ا|د\.ع|د\.ج|د\.م|د\.ت|د\.ل|ل\.ل|ل\.س|تومان|ریال|ريال|درهم|دينار|บาท|сом|сомонӣ|тенге|теңге|теҥге|төгрөг|түхэриг|целковой|целковый|манат|manat|лари|драм|лек|lekë|Ar|MGA|KGS|TJS|TMT|birr|ብር|MWK|ZMW|AOA|MZN|BWP|NAD|LSL|SZL|SOS|GMD|GNF|CDF|BIF|FBu|DJF|ERN|SDG|SSP|LYD|TND|DZD|MRU|MUR|SCR|MVR|BTN|PGK|FJD|TOP|WST|VUV|XPF|IQD|JOD|KWD|BHD|OMR|QAR|YER|AFN|IRR|STN|Db|GTQ|HNL|NIO|CRC|DOP|HTG|goud|gourdes?|JMD|TTD|PEN|S\/|BOB|Bs|PYG|UYU|VES|SLE|SLL|MK|Nu(?=\.\s?\d)|Le(?=\s?\d[\d.,]*(?![\d.,])\s*(?:$|[^\s\p{L}\d]))|K(?=\s?\d))\.?(?!\p{L})/u;
  // A number the text marks as money, by a sign or code just before or after it ("hali K180", "2.500 MT").
  const MONEY_BEFORE = new RegExp('(?:' + MONEY_MARK.source + ')\\s?(?=\\d[\\d.,\'\\u00a0\\u202f\\u2009 ]*$)', 'u');
  const MONEY_AFTER = new RegExp('^\\s?(?:' + MONEY_MARK.source + ')', 'u');

  // The end of a range of dates ("2026.03.06(금) ~ 2026.05.31(일)" → "2026.05.31(일)"); a single date is its own end.
  const RANGE = /\s*(?:~|–|—|\s-\s|\b(?:to|until|till|bis|au|al|até|do|až|ad|-)\b)\s*/iu;
  const NUMBER_RANGE = /\s*(?:~|–|—|\s-\s|\s(?:to|until|bis|au|al|até|do|až)\s)\s*/iu;
  function rangeEnd(text) {
    const parts = text.split(RANGE).filter(p => /\p{Nd}/u.test(p));
    const last = parts[parts.length - 1];
    if (parts.length >= 2 && (parseDate(last) || CLOCK.test(last))) return last;
    // Two dates in one line, each after its word ("ilyafunyo 01/10/2026, ikaṣa 30/09/2027"): the second ends what the
    // first starts (issued and expires, arrives and leaves).
    const listed = text.split(/[,;]\s+/);
    if (listed.length === 2 && parseDate(listed[0]) && parseDate(listed[1])) return listed[1];
    // Of two numbers set apart by a dash, a tilde or "to" (not a hyphen: "30-701", "113-23-48-061" are codes), with
    // the currency the range is written in: "₹ 18,000 – 25,000 / month" ends "₹ 25,000 / month".
    const numbers = text.split(NUMBER_RANGE).filter(p => /\p{Nd}/u.test(p));
    if (numbers.length !== 2 || numbers[1] !== last || !/^\P{Nd}{0,4}\p{Nd}/u.test(last.trim())) return text;
    // A figure in a unit before a dash is no start of a range of figures in another ("100 g — 95,00 Db").
    const unitAfter = part => (/\p{Nd}[\p{Nd}.,\s]*([^\p{Nd}\s,;.][^\p{Nd}\s,;]*)?/u.exec(part.trim().split(/\s(?=\S*\p{Nd})/u).pop()) || [])[1] || '';
    const startUnit = unitAfter(numbers[0]);
    if (startUnit && !MONEY_MARK.test(startUnit) && startUnit !== unitAfter(last)) return text;
    const mark = /^\P{Nd}*/u.exec(numbers[0].trim())[0];
    return MONEY_MARK.test(mark) && !MONEY_MARK.test(last) ? mark + last.trim() : last;
  }

  // A clock time as people write it: 18:00, 09.00, 9h30 (hours, then minutes, maybe seconds).
  const CLOCK = /(?<![\d.,:])([01]?\d|2[0-3])(?:[:.]|\s?h\s?)([0-5]\d)(?::([0-5]\d))?(?![\d.,:])/;

  // The part of a text a source reads (its span), by name.
  // The place before its region ("Keswick" of "Keswick, Cumbria", "Kibugu" of "Kibugu — Embu North", "Havixbeck" of
  // "Havixbeck (Kr. Coesfeld)", "ዴቻ" of "ዴቻ / ሻፓ"); a place written without its region ("Бишкек" among "Ирдык
  // (Ысык-Көл областьди)") whole.
  const PLACE_BREAK = /,|\s[—–\/]\s|\s\(/;
  const firstPart = text => clean(text.split(PLACE_BREAK)[0]) || null;

  // A record's number before its text ("१. खप्तड द्वार होमस्टे"), where the description leaves it out.
  const unnumbered = text => text.replace(/^[#№]?\p{Nd}{1,3}[.)]\s+(?=\S)/u, '');
  // A value without the icon before it ("«Хучни» хали-устаханаь" of "🧶 «Хучни» хали-устаханаь"), where the description leaves it out.
  const iconless = text => text.replace(/^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+\s*/u, '');
  // A name without the Chinese one written after it ("Tapangʉ 達邦"), and the slash or dash that sets it apart ("Bsngan / 佳民").
  const hanless = text => text.replace(/(?<=[^\s\p{Script=Han}])\s*(?:[\/|·•,–—-]\s*)?\p{Script=Han}[\p{Script=Han}\s]*$/u, '');
  const SPANS = { end: rangeEnd, town: townOf, last: lastPart, first: firstPart, unnumbered, iconless, hanless };

  // Month names people write, in the languages the planner reads (English, German, French, Spanish, Italian, Dutch,
  // Portuguese, the Scandinavian languages, Finnish, Polish, Czech, Hungarian, Romanian and Turkish; abbreviations
  // are their first letters), and in those the browser has no names for (Welsh, Irish, Basque, Galician, Icelandic,
  // Albanian, Macedonian, Belarusian, Georgian, Armenian).
  const MONTHS = [
    ['january', 'jan', 'januar', 'janv', 'janvier', 'ene', 'enero', 'gen', 'gennaio', 'januari', 'janeiro', 'jän', 'jänner', 'január', 'stycznia', 'styczeń', 'styczen', 'ledna', 'leden', 'tammikuuta', 'tammikuu', 'tammik', 'ocak', 'ianuarie', 'ionawr', 'eanáir', 'urtarrila', 'xaneiro', 'janúar', 'janar', 'јануари', 'студзень', 'студзеня', 'იანვარი', 'հունվար', 'հունվարի'],
    ['february', 'feb', 'febr', 'februar', 'févr', 'fév', 'février', 'febrero', 'febbraio', 'februari', 'fevereiro', 'február', 'lutego', 'luty', 'února', 'únor', 'helmikuuta', 'helmikuu', 'helmik', 'şubat', 'subat', 'februarie', 'chwefror', 'feabhra', 'otsaila', 'febreiro', 'febrúar', 'shkurt', 'февруари', 'люты', 'лютага', 'თებერვალი', 'փետրվար', 'փետրվարի'],
    ['march', 'mar', 'mär', 'märz', 'mars', 'marzo', 'maart', 'março', 'mrt', 'március', 'márc', 'marca', 'marzec', 'března', 'březen', 'maaliskuuta', 'maaliskuu', 'maalisk', 'mart', 'martie', 'mawrth', 'márta', 'martxoa', 'март', 'сакавік', 'сакавіка', 'მარტი', 'մարտ', 'մարտի'],
    ['april', 'apr', 'avr', 'avril', 'abr', 'abril', 'aprile', 'április', 'ápr', 'kwietnia', 'kwiecień', 'dubna', 'duben', 'huhtikuuta', 'huhtikuu', 'huhtik', 'nisan', 'aprilie', 'ebrill', 'aibreán', 'apirila', 'apríl', 'prill', 'април', 'красавік', 'красавіка', 'აპრილი', 'ապրիլ', 'ապրիլի'],
    ['may', 'mai', 'mayo', 'mag', 'maggio', 'mei', 'maio', 'május', 'máj', 'maj', 'maja', 'května', 'květen', 'toukokuuta', 'toukokuu', 'toukok', 'mayıs', 'mayis', 'bealtaine', 'maiatza', 'maí', 'мај', 'травень', 'траўня', 'მაისი', 'մայիս', 'մայիսի'],
    ['june', 'jun', 'juin', 'juni', 'junio', 'giu', 'giugno', 'junho', 'június', 'jún', 'czerwca', 'czerwiec', 'června', 'červen', 'kesäkuuta', 'kesäkuu', 'kesäk', 'haziran', 'iunie', 'mehefin', 'meitheamh', 'ekaina', 'xuño', 'júní', 'qershor', 'јуни', 'чэрвень', 'чэрвеня', 'ივნისი', 'հունիս', 'հունիսի'],
    ['july', 'jul', 'juil', 'juillet', 'juli', 'julio', 'lug', 'luglio', 'julho', 'július', 'júl', 'lipca', 'lipiec', 'července', 'červenec', 'heinäkuuta', 'heinäkuu', 'heinäk', 'temmuz', 'iulie', 'gorffennaf', 'iúil', 'uztaila', 'xullo', 'júlí', 'korrik', 'јули', 'ліпень', 'ліпеня', 'ივლისი', 'հուլիս', 'հուլիսի'],
    ['august', 'aug', 'août', 'ago', 'agosto', 'augustus', 'augusztus', 'augusti', 'sierpnia', 'sierpień', 'srpna', 'srpen', 'elokuuta', 'elokuu', 'elok', 'ağustos', 'agustos', 'awst', 'lúnasa', 'abuztua', 'ágúst', 'gusht', 'август', 'жнівень', 'жніўня', 'აგვისტო', 'օգոստոս', 'օգոստոսի'],
    ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'settembre', 'setembro', 'szeptember', 'szept', 'września', 'wrzesień', 'září', 'syyskuuta', 'syyskuu', 'syysk', 'eylül', 'eylul', 'septembrie', 'medi', 'iraila', 'shtator', 'септември', 'верасень', 'верасня', 'სექტემბერი', 'սեպտեմբեր', 'սեպտեմբերի'],
    ['october', 'oct', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre', 'outubro', 'out', 'október', 'października', 'październik', 'října', 'říjen', 'lokakuuta', 'lokakuu', 'lokak', 'ekim', 'octombrie', 'hydref', 'urria', 'tetor', 'октомври', 'кастрычнік', 'кастрычніка', 'ოქტომბერი', 'հոկտեմբեր', 'հոկտեմբերի'],
    ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'listopadu', 'marraskuuta', 'marraskuu', 'marrask', 'kasım', 'kasim', 'noiembrie', 'tachwedd', 'samhain', 'azaroa', 'nóvember', 'nëntor', 'ноември', 'лістапад', 'лістапада', 'ნოემბერი', 'նոյեմբեր', 'նոյեմբերի'],
    ['december', 'dec', 'dez', 'dezember', 'déc', 'décembre', 'dic', 'diciembre', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'prosince', 'prosinec', 'joulukuuta', 'joulukuu', 'jouluk', 'aralık', 'aralik', 'decembrie', 'desember', 'rhagfyr', 'nollaig', 'abendua', 'decembro', 'dhjetor', 'декември', 'снежань', 'снежня', 'დეკემბერი', 'դեկտեմբեր', 'դեկտեմբերի'],
  ];

  // Month names, January first, in languages the browser has no names for, read only on a page in that language
  // (one language's name for a month can be another's for another): Hawaiian, Luganda, Xhosa, Zulu, Chichewa,
  // Kinyarwanda, Somali, Hausa, Igbo, Yoruba, Malagasy, Samoan, Tongan, Kabyle, Bambara, Lingala, Wolof, Ewe, Breton,
  // Tatar, Uyghur, Dhivehi, Sindhi, Tigrinya, Odia, Assamese and Punjabi (which this browser names "M08").
  const LANGUAGE_MONTHS = Object.fromEntries(Object.entries({
    haw: 'ianuali pepeluali malaki ʻapelila mei iune iulai ʻaukake kepakemapa ʻokakopa nowemapa kekemapa',
    lg: 'janwali febwali marisi apuli maayi juuni julaayi agusito sebuttemba okitobba novemba desemba',
    xh: 'janyuwari februwari matshi epreli meyi juni julayi agasti septemba okthobha novemba disemba',
    zu: 'januwari februwari mashi ephreli meyi juni julayi agasti septhemba okthoba novemba disemba',
    ny: 'januwale febuluwale malichi epulo meyi juni julai ogasiti seputembala okutobala novembala disembala',
    rw: 'mutarama gashyantare werurwe mata gicurasi kamena nyakanga kanama nzeri ukwakira ugushyingo ukuboza',
    so: 'janaayo febraayo maarso abriil maajo juun luuliyo ogosto sebtembar oktoobar nofembar desembar',
    ha: 'janairu faburairu maris afirilu mayu yuni yuli agusta satumba oktoba nuwamba disamba',
    ig: 'jenụwarị febrụwarị maachị epreel mee juun julaị ọgọọst septemba ọktoba novemba disemba',
    yo: 'ṣẹ́rẹ́ èrèlè ẹrẹ̀nà ìgbé ẹ̀bibi òkúdu agẹmọ ògún owewe ọ̀wàrà bélú ọ̀pẹ̀',
    mg: 'janoary febroary martsa aprily mey jona jolay aogositra septambra oktobra novambra desambra',
    sm: 'ianuari fepuari mati aperila me iuni iulai aokuso setema oketopa novema tesema',
    to: 'sānuali fēpueli maʻasi ʻepeleli mē sune siulai ʻaokosi sepitema ʻokatopa nōvema tīsema',
    kab: 'yennayer fuṛar meɣres yebrir mayyu yunyu yulyu ɣuct ctembeṛ tubeṛ nunembeṛ duǧembeṛ',
    bm: 'zanwuyekalo feburuyekalo marisikalo awirilikalo mɛkalo zuwɛnkalo zuluyekalo utikalo sɛtanburukalo ɔkutɔburukalo nowanburukalo desanburukalo',
    ln: 'yanwáli febwáli marsi apríli máyi yúni yúli agɔ́sito sɛtɛ́mbɛ ɔktɔ́bɛ nɔvɛ́mbɛ dɛsɛ́mbɛ',
    wo: 'samwiyee fewriyee mars awril me suwe sullet ut sàttumbar oktoobar nowàmbar desàmbar',
    ee: 'dzove dzodze tedoxe afɔfĩe dama masa siamlɔm deasiamime anyɔnyɔ kele adeɛmekpɔxe dzome',
    br: "genver c'hwevrer meurzh ebrel mae mezheven gouere eost gwengolo here du kerzu",
    tt: 'гыйнвар февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
    ug: 'يانۋار فېۋرال مارت ئاپرېل ماي ئىيۇن ئىيۇل ئاۋغۇست سېنتەبىر ئۆكتەبىر نويابىر دېكابىر',
    dv: 'ޖަނަވަރީ ފެބްރުއަރީ މާރިޗު އޭޕްރީލު މެއި ޖޫން ޖުލައި އޯގަސްޓު ސެޕްޓެމްބަރު އޮކްޓޯބަރު ނޮވެމްބަރު ޑިސެމްބަރު',
    sd: 'جنوري فيبروري مارچ اپريل مئي جون جولاءِ آگسٽ سيپٽمبر آڪٽوبر نومبر ڊسمبر',
    ti: 'ጥሪ ለካቲት መጋቢት ሚያዝያ ግንቦት ሰነ ሓምለ ነሓሰ መስከረም ጥቅምቲ ሕዳር ታሕሳስ',
    or: 'ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଅପ୍ରେଲ ମଇ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର',
    as: 'জানুৱাৰী ফেব্ৰুৱাৰী মাৰ্চ এপ্ৰিল মে’ জুন জুলাই আগষ্ট ছেপ্তেম্বৰ অক্টোবৰ নৱেম্বৰ ডিচেম্বৰ',
    pa: 'ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ',
  }).map(([lang, names]) => [lang, new Map(names.normalize('NFC').split(' ').map((name, i) => [name, i + 1]))]));
  // The month names of a language of the table above (LANGUAGE_WORDS), gathered when they are first looked up: a look
  // at a page reads one language's, not some three hundred.
  function languageMonths(lang) {
    if (!Object.prototype.hasOwnProperty.call(LANGUAGE_MONTHS, lang)) {
      const words = Object.prototype.hasOwnProperty.call(LANGUAGE_WORDS, lang) ? LANGUAGE_WORDS[lang] : null;
      LANGUAGE_MONTHS[lang] = words && words.months
        ? new Map([words.months, words.inDates || ''].flatMap(names => names.split(' ').flatMap((spellings, i) => spellings.split('/').map(name => [fold(name), i + 1]))).filter(([name]) => name && name !== '-'))
        : null;
    }
    return LANGUAGE_MONTHS[lang] || undefined;
  }

  // A word of a page's language as its table (LANGUAGE_WORDS) writes it: Ossetian "æ" as "ӕ".
  function fold(word) {
    return word.normalize('NFC').toLowerCase().replace(/æ/g, 'ӕ');
  }

  // The words of the page's language a table lists under `kind` (yes, no, free, without), folded.
  function languageWords(kind) {
    return ((LANGUAGE_WORDS[pageLanguage()] || {})[kind] || '').split('|').filter(Boolean).map(fold);
  }

  // 1–12 for a month's name or its abbreviation ("Sept.", "März", "janv."), else 0. A shortening not listed counts
  // only with its dot ("Lis." may be listopad; "list" is a word).
  function monthNumber(word) {
    const w = word.normalize('NFC').toLowerCase().replace(/\.$/, '');
    const dotted = word.endsWith('.');
    const own = languageMonths(pageLanguage());
    const index = MONTHS.findIndex(names => names.includes(w) || (dotted && w.length >= 3 && names.some(name => name.startsWith(w))));
    return (own && (own.get(w) || own.get(w.replace(/[‘'’`]/g, 'ʻ')) || own.get(fold(w)))) || intlNames('month', false).get(w) || index + 1 || intlNames('month', true).get(w)
      || (pageLanguage() && !own && intlNames('month', false).size === 0 ? kinMonth(w) : 0);
  }

  // On a page in a language neither the tables here nor the browser name months in (a page that names no language
  // reads none of theirs), a month's name read as a neighbour's: the same word, or one that begins as (up to five
  // letters, accents aside) only that month's names do in every language known — Niuean "Oketopa" as Samoan, Hiri
  // Motu "Mareti" as Indonesian "Maret". A beginning two months share ("mar…": March, Finnish "marraskuu") is none.
  // A name of two letters counts whole only (Tigrinya "ሰነ", June; Samoan "Me", May): it stands between a day and a year.
  // Accents go from letters of alphabets only: an abugida's vowel sign is a letter's own sound (Marathi "मे", May).
  const plainLetters = word => word.normalize('NFD').replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1').toLowerCase();
  let kinMonthCache = null;
  function kinMonth(word) {
    if (!kinMonthCache) {
      // Whole names ("=mati") and their beginnings of three to five letters, each with its month, or 0 where two differ.
      kinMonthCache = new Map();
      const note = (key, month) => kinMonthCache.set(key, kinMonthCache.has(key) && kinMonthCache.get(key) !== month ? 0 : month);
      Object.keys(LANGUAGE_WORDS).forEach(languageMonths);
      const names = [...Object.values(LANGUAGE_MONTHS).filter(Boolean).flatMap(m => [...m]), ...intlNames('month', true), ...MONTHS.flatMap((n, i) => n.map(name => [name, i + 1]))];
      for (const [name, month] of names) {
        const plain = plainLetters(name);
        if (name.includes('-') || plain.length < 2) continue;
        note('=' + plain, month);
        for (let k = 3; k <= Math.min(5, plain.length); k++) note(plain.slice(0, k), month);
      }
    }
    const plain = plainLetters(word);
    if (plain.length < 2 || !/^\p{L}[\p{L}\p{M}]*$/u.test(plain)) return 0;
    // A month of another calendar ("የካቲት", the Ethiopian sixth) is no neighbour's Gregorian month, however alike the
    // names (Tigrinya "ለካቲት", February; "መጋቢት", March).
    const asCalendar = calendarWord(word);
    if (calendarsHere().some(entry => calendarMonths(entry).has(asCalendar))) return 0;
    if (kinMonthCache.has('=' + plain)) return kinMonthCache.get('=' + plain);
    const spelled = spelledMonth(plain);
    if (spelled !== null) return spelled;
    for (let k = Math.min(5, plain.length); k >= 3; k--) {
      if (kinMonthCache.has(plain.slice(0, k))) return kinMonthCache.get(plain.slice(0, k));
    }
    return 0;
  }

  // A month's name as a language spells a neighbour's by its sounds ("Sulai" as Malay "Julai", "Epril" as "April",
  // "Nopemper" as "November"): a letter off in four, two at most, from one month's names, or from three times as many
  // of one month's names as of any other's ("juno": juni, junio, june, jun, … for one "uno"); 0 where the nearest names
  // are of two months alike or a letter further than that, null where none is even that near.
  const spelledCache = new Map();
  function spelledMonth(plain) {
    const allowed = Math.min(2, Math.floor(plain.length / 4));
    if (allowed === 0) return null;
    if (spelledCache.has(plain)) return spelledCache.get(plain);
    let best = allowed + 1, names = new Map();
    for (const [key, m] of kinMonthCache) {
      if (!key.startsWith('=') || Math.abs(key.length - 1 - plain.length) > allowed) continue;
      const d = editDistance(plain, key.slice(1), best + 1);
      if (d < best) { best = d; names = new Map(); }
      if (d === best) names.set(m, (names.get(m) || 0) + 1);
    }
    // Names a letter further make it no month, nor one to guess by its first letters.
    const [first, second] = [...names].sort((a, b) => b[1] - a[1]);
    const month = !first ? null : best > allowed ? 0 : !second || first[1] >= 3 * second[1] ? first[0] : 0;
    spelledCache.set(plain, month);
    return month;
  }
  // Letters to change, add or drop to make one word the other, or `limit` once it is that many or more.
  function editDistance(a, b, limit) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (Math.min(...current) >= limit) return limit;
      previous = current;
    }
    return Math.min(previous[b.length], limit);
  }

  // Month and weekday names in every language the browser knows (months also in the genitive written after a day:
  // "12 січня"): the page's own language's first, so a name two languages give different months ("listopad") reads as
  // the page means. The last are languages whose scripts many others write in (Bengali for Rangpuri and Sylheti, Urdu
  // for Saraiki, Kannada for Tulu, Amharic for Tigre): a page in one of those reads their months as a neighbour's.
  const INTL_LOCALES = ['bg', 'be', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'es', 'et', 'eu', 'fi', 'fr', 'ga', 'gl', 'hr', 'hu', 'id', 'is',
    'it', 'lb', 'lt', 'lv', 'mk', 'ms', 'mt', 'nb', 'nl', 'nn', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sr-Latn', 'sv', 'sw', 'tr',
    'uk', 'vi', 'af', 'az', 'ka', 'hy', 'kk', 'uz', 'he', 'ar', 'fa', 'hi', 'th', 'fil', 'tl', 'en',
    'bn', 'mr', 'gu', 'ta', 'te', 'kn', 'ml', 'ur', 'am'];
  const INTL_NAMES = {
    // A month's names: 1–12. Two letters are a name in another script only (Hindi "मई"; no Latin shortening).
    month: { options: [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }], count: 12,
      date: i => new Date(Date.UTC(2021, i, 15, 12)), part: 'month', shape: /^(?:\p{L}[\p{L}\p{M}]{2,}|(?!\p{Script=Latin})\p{L}[\p{L}\p{M}])$/u },
    // A weekday's names: 1 (Monday) – 7; 15 March 2021 was a Monday. Some are two words ("thứ hai"), some two letters ("週一").
    weekday: { options: [{ weekday: 'long' }, { weekday: 'short' }], count: 7,
      date: i => new Date(Date.UTC(2021, 2, 15 + i, 12)), part: 'weekday', shape: /^[\p{L}\p{M}][\p{L}\p{M} ]+$/u },
  };
  // The page's language without its region ("de" of "de-CH"), lower case; '' when it names none.
  function pageLanguage() {
    const lang = (document.documentElement.lang || '').split(/[-_]/)[0].toLowerCase();
    // A code the table writes as another's ("tw: 'ak'": Twi is Akan) reads as that one.
    return typeof LANGUAGE_WORDS[lang] === 'string' ? LANGUAGE_WORDS[lang] : lang;
  }

  const intlNameCache = {};
  function intlNames(kind, all) {
    const lang = pageLanguage();
    const key = kind + (all ? '*' : lang);
    // Every language's names are gathered only when the page's own and the lists here do not know a word.
    return intlNameCache[key] || (intlNameCache[key] = all ? namesOf(INTL_NAMES[kind], INTL_LOCALES, false) : namesOf(INTL_NAMES[kind], lang ? [lang] : [], true));
  }

  function namesOf(kind, locales, exact) {
    const names = new Map();
    for (const locale of locales) {
      // Building a format costs a millisecond or more: none for a language the browser has no names for.
      if (exact && !supported(locale)) continue;
      for (const options of kind.options) {
        let format;
        // Gregorian names: a Persian or Thai page writes the Gregorian months with their own words.
        try { format = new Intl.DateTimeFormat(locale, { ...options, calendar: 'gregory', timeZone: 'UTC' }); } catch (e) { continue; }
        // A language the browser has no names for falls back to English: not the page's own.
        if (exact && format.resolvedOptions().locale.split('-')[0] !== locale) continue;
        for (let i = 0; i < kind.count; i++) {
          for (const part of format.formatToParts(kind.date(i))) {
            const name = part.type === kind.part ? part.value.normalize('NFC').toLowerCase().replace(/\.$/, '') : '';
            if (kind.shape.test(name) && !names.has(name)) names.set(name, i + 1);
          }
        }
      }
    }
    return names;
  }

  const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  // Weekdays in languages the browser has no names for (Welsh, Irish, Basque, Galician, Icelandic, Albanian,
  // Macedonian, Georgian, Armenian), Monday first.
  const WEEKDAY_WORDS = new Map([
    ['dydd llun', 'dydd mawrth', 'dydd mercher', 'dydd iau', 'dydd gwener', 'dydd sadwrn', 'dydd sul'],
    ['dé luain', 'dé máirt', 'dé céadaoin', 'déardaoin', 'dé haoine', 'dé sathairn', 'dé domhnaigh'],
    ['astelehena', 'asteartea', 'asteazkena', 'osteguna', 'ostirala', 'larunbata', 'igandea'],
    ['luns', 'martes', 'mércores', 'xoves', 'venres', 'sábado', 'domingo'],
    ['mánudagur', 'þriðjudagur', 'miðvikudagur', 'fimmtudagur', 'föstudagur', 'laugardagur', 'sunnudagur'],
    ['e hënë', 'e martë', 'e mërkurë', 'e enjte', 'e premte', 'e shtunë', 'e diel'],
    ['понеделник', 'вторник', 'среда', 'четврток', 'петок', 'сабота', 'недела'],
    ['ორშაბათი', 'სამშაბათი', 'ოთხშაბათი', 'ხუთშაბათი', 'პარასკევი', 'შაბათი', 'კვირა'],
    ['երկուշաբթի', 'երեքշաբթի', 'չորեքշաբթի', 'հինգշաբթի', 'ուրբաթ', 'շաբաթ', 'կիրակի'],
  ].flatMap(days => days.map((name, i) => [name, i + 1])));

  // A weekday's names in the page's language as its table (LANGUAGE_WORDS) writes them, Monday first, as plain words.
  const dayNameCache = {};
  function languageDays() {
    const key = 'own' + pageLanguage();
    return dayNameCache[key] || (dayNameCache[key] = new Map(((LANGUAGE_WORDS[pageLanguage()] || {}).days || '').split(' ')
      .flatMap((spellings, i) => spellings.split('/').filter(name => name && name !== '-').map(name => [plainWords(name.replace(/-/g, ' ')).trim(), i + 1]))));
  }

  // 1 (Monday) – 7 for a weekday's name in the page's language or any the browser knows ("Jumatatu", "Lunes",
  // "星期一"), written alone or first ("Lunes, 12:00"); else 0.
  function weekdayNumber(text) {
    const plain = plainWords(text).trim();
    for (const names of [languageDays(), intlNames('weekday', false), WEEKDAY_WORDS, intlNames('weekday', true)]) {
      const exact = names.get(plain) || names.get(clean(text).toLowerCase().replace(/\.$/, ''));
      if (exact) return exact;
      const first = [...names].find(([name]) => name.length >= 4 && (plain + ' ').startsWith(plainWords(name).trim() + ' '));
      if (first) return first[1];
    }
    return 0;
  }

  // The weekdays a label names, 1 (Monday) – 7: one ("Domingu no feriadu"), a range ("Segunda–Sábadu", "Mon to Fri")
  // or several ("Sat & Sun"); none when it names none. A short name only in the page's own language ("do" is
  // Thursday in Dutch and "to" in Polish).
  function daysNamed(label) {
    const key = 'any' + pageLanguage();
    const dayNames = dayNameCache[key] || (dayNameCache[key] = new Map([...languageDays(), ...intlNames('weekday', false), ...WEEKDAY_WORDS,
      ...[...intlNames('weekday', true)].filter(([name]) => name.length >= 4)].map(([name, day]) => [plainWords(name).trim(), day]).reverse()));
    const days = new Set();
    for (const piece of String(label || '').split(/[,;/&+]|\s(?:and|et|und|y|e|i)\s/)) {
      const words = plainWords(piece).trim().split(' ');
      const found = [];
      for (let i = 0; i < words.length; i++) {
        const length = [3, 2, 1].find(n => dayNames.has(words.slice(i, i + n).join(' ')));
        if (length) found.push(dayNames.get(words.slice(i, i + length).join(' ')));
        i += (length || 1) - 1;
      }
      if (found.length === 2 && found[0] !== found[1]) {
        for (let day = found[0]; ; day = day % 7 + 1) { days.add(day); if (day === found[1]) break; }
      } else found.forEach(day => days.add(day));
    }
    return [...days].sort();
  }

  function isoDate(year, month, day) {
    const y = Number(year), m = Number(month), d = Number(day);
    // A day the month does not have (31 April) is no date.
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000) || new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return null;
    return String(y) + '-' + String(m).padStart(2, '0') + '-' + String(d).padStart(2, '0');
  }

  // A word of two letters or more and the vowel signs and marks written with them ("फेब्रुवारी", "กุมภาพันธ์", Hindi "मई").
  const MONTH_WORD = '(\\p{L}[\\p{L}\\p{M}]{1,13}\\.?)';

  // Where 03/04/2026 is the 3rd of April: the page's own dates say so where some of them can be read one way only
  // ("6/22/2027" beside "7/5/2027": month first), else the page's language, for US English (month first) and for other
  // languages with a region (day first); plain "en" says nothing.
  // d/m/y or m/d/y: one in a value, every one in a page's text.
  const SLASH_DATE = /(?<![\d\/-])(\d{1,2})[\/-](\d{1,2})[\/-](\d{4})(?![\d\/-])/;
  const SLASH_DATES = new RegExp(SLASH_DATE.source, 'g');
  let pageDayFirst;
  function dayFirst() {
    if (pageDayFirst === undefined) {
      let days = false, months = false;
      // Text by text: two cells' dates run together in the body's text ("6/22/20277/5/2027").
      // The records' own pages fetched for this look count as the page's (their texts are spaced text node by text node).
      const walker = document.body ? document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT) : null;
      const texts = [];
      for (let node = walker && walker.nextNode(); node; node = walker.nextNode()) texts.push(node.data);
      for (const text of texts.concat(fetchedTexts)) {
        for (const m of text.matchAll(SLASH_DATES)) {
          if (Number(m[1]) > 12 && Number(m[2]) <= 12) days = true;
          if (Number(m[2]) > 12 && Number(m[1]) <= 12) months = true;
        }
      }
      pageDayFirst = days === months ? null : days;
    }
    if (pageDayFirst !== null) return pageDayFirst;
    const lang = (document.documentElement.lang || '').toLowerCase();
    if (/^en([-_]us)?$/.test(lang)) return lang === 'en' ? null : false;
    return /^[a-z]{2,3}[-_][a-z]{2}$/.test(lang) || (lang.length >= 2 && !lang.startsWith('en')) ? true : null;
  }

  // Dates only where the reading is certain: ISO, year-first, day.month.year with dots, with the month's name (in
  // languages above), year-month-day in Chinese, Japanese or Korean, or d/m/y and m/d/y when a part over 12 or the
  // page's language settles the order. 03/04/2026 on a page of no language is not.
  // A month's name of several words ("Baba Marta", "Jerrey Geuree") or written with marks that are no letters (Mohawk
  // "Onerahtohkó:wa", Mi'kmaq "Kisikewiku's") read as one: the English name stands in for it.
  const joinedMonthCache = {};
  function joinedMonths(text) {
    const lang = pageLanguage();
    const names = joinedMonthCache[lang] || (joinedMonthCache[lang] = [...(languageMonths(lang) || new Map())]
      .filter(([name]) => /[^\p{L}\p{M}]/u.test(name))
      // Longest first: one month's name may begin another's ("mweri wa ikumi" before "mweri wa ikumi na umwe").
      .sort(([a], [b]) => b.length - a.length)
      .map(([name, month]) => [new RegExp('(?<!\\p{L})' + name.split('-').map(word => literal(word).replace(/['’ʼ]/g, "['’ʼ]")).join('\\s+') + '(?!\\p{L})', 'giu'), MONTHS[month - 1][0]]));
    return names.reduce((joined, [pattern, english]) => joined.replace(pattern, english), text);
  }

  // Thai dates: a month written short ("ก.ค.", July) or in full, and a year of the Buddhist era ("2570", 543 years
  // ahead of the common era), as Thai and Isan pages write them.
  const THAI_MONTHS = ['ม.ค./มกราคม', 'ก.พ./กุมภาพันธ์', 'มี.ค./มีนาคม', 'เม.ย./เมษายน', 'พ.ค./พฤษภาคม', 'มิ.ย./มิถุนายน', 'ก.ค./กรกฎาคม', 'ส.ค./สิงหาคม',
    'ก.ย./กันยายน', 'ต.ค./ตุลาคม', 'พ.ย./พฤศจิกายน', 'ธ.ค./ธันวาคม']
    .map((names, i) => [new RegExp('(?<![\\u0E00-\\u0E7F])(?:' + names.split('/').map(n => n.replace(/\./g, '\\.\\s?')).join('|') + ')(?![\\u0E00-\\u0E7F])', 'u'), MONTHS[i][0]]);
  function thaiDate(text) {
    if (!/[\u0E00-\u0E7F]/u.test(text)) return text;
    const named = THAI_MONTHS.reduce((t, [pattern, english]) => t.replace(pattern, ' ' + english + ' '), text);
    return named.replace(/(?<!\d)(2[45]\d\d)(?!\d)/g, year => String(Number(year) - 543));
  }

  // Whether the browser has names for a language: asked before building a format for it.
  function supported(locale) {
    try { return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0; } catch (e) { return false; }
  }

  // What a text reads as, once per text and page language: a look at a page tries each value as many things.
  const readCache = new Map();
  function once(kind, text, read) {
    const key = kind + '\n' + (document.documentElement.lang || '') + '\n' + text;
    if (!readCache.has(key)) readCache.set(key, read());
    return readCache.get(key);
  }

  function parseDate(raw) {
    return once('date', raw, () => dateOf(raw));
  }

  function dateOf(raw) {
    // A spacing acute between letters is the prime a keyboard lacks (Skolt Sami "ǩie´ssmään" for "ǩieʹssmään").
    const text = thaiDate(joinedMonths(raw.replace(/(?<=\p{L})´(?=\p{L})/gu, 'ʹ')));
    let m = /(?<!\d)(\d{4})[-\/.](\d{1,2})[-\/.](\d{1,2})(?!\d)/.exec(text);
    if (m) return isoDate(m[1], m[2], m[3]);
    // Day, month and year each with its dot, maybe a space after ("14.08.2027", "14. 8. 2027.").
    m = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/.exec(text);
    if (m) return isoDate(m[3], m[2], m[1]);
    m = SLASH_DATE.exec(text);
    if (m) {
      const [first, second] = [Number(m[1]), Number(m[2])];
      const dmy = first > 12 ? true : second > 12 ? false : dayFirst();
      return dmy === null ? null : dmy ? isoDate(m[3], second, first) : isoDate(m[3], first, second);
    }
    // Chinese, Japanese and Korean: 2026年11月28日, 2026년 11월 28일.
    m = /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/.exec(text);
    if (m) return isoDate(m[1], m[2], m[3]);
    // A year, a month and a day each followed by the language's word for it ("2026 nienz 4 nyied 5 hauh").
    const ymd = (LANGUAGE_WORDS[pageLanguage()] || {}).ymd;
    m = ymd ? new RegExp('(?<!\\d)(\\d{4})\\s*' + ymd.split(' ').join('\\s*(\\d{1,2})\\s*'), 'iu').exec(text) : null;
    if (m) return isoDate(m[1], m[2], m[3]);
    // The same with the month's name between the year's word and the day ("2027ꈎ ꏃꆪ 24ꑍ": Nuosu, year ꈎ, July, day ꑍ).
    m = ymd ? new RegExp('(?<!\\d)(\\d{4})\\s*' + ymd.split(' ')[0] + '\\s*' + MONTH_WORD + '\\s*(\\d{1,2})\\s*' + ymd.split(' ')[2], 'iu').exec(text) : null;
    if (m && monthNumber(m[2])) return isoDate(m[1], monthNumber(m[2]), m[3]);
    // A day, a month and a year each after the language's word for it, a short word maybe after each ("hnub tim 4"),
    // the month's word before or after its number ("hnub 4 hli 7 xyoo 2027", "hnub 4 lub 7 hli xyoo 2027": Hmong).
    const dayFirstWords = (LANGUAGE_WORDS[pageLanguage()] || {}).dmy;
    if (dayFirstWords) {
      const [day, month, year] = dayFirstWords.split(' ');
      m = new RegExp('(?<!\\p{L})' + day + '(?:\\s+\\p{L}{1,4})?\\s+(\\d{1,2})\\s+(?:(?:\\p{L}{1,4}\\s+)?' + month + '\\s+(\\d{1,2})|(?:\\p{L}{1,4}\\s+)?(\\d{1,2})\\s+' + month + ')(?:\\s+\\p{L}{1,4})?\\s+' + year + '\\s+(\\d{4})(?!\\d)', 'iu').exec(text);
      if (m) return isoDate(m[4], m[2] || m[3], m[1]);
    }
    // Taiwan's years of the Republic (民國): 115年4月12日 is 12 April 2026.
    m = /(?<!\d)(?:民國\s*(\d{2,3})|(1\d\d))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
    if (m) return isoDate(Number(m[1] || m[2]) + 1911, m[3], m[4]);
    // Year first with the month's name: "2026. november 28." (Hungarian), each number maybe with its word shortened
    // after it ("2027 m. birželio 5 d.", Lithuanian: metai, diena).
    m = new RegExp('(?<!\\d)(\\d{4})\\.?\\s+(?:\\p{L}{1,2}\\.\\s+)?' + MONTH_WORD + '\\s+(\\d{1,2})\\.?(?:\\s+\\p{L}{1,2}\\.)?(?!\\d)', 'u').exec(text);
    if (m && monthNumber(m[2])) return isoDate(m[1], monthNumber(m[2]), m[3]);
    // The month's name first; the day may carry its ordinal's dot and the day's word shortened ("čõhččmään 11. p. 2027").
    m = new RegExp('(?:^|[^\\p{L}])' + MONTH_WORD + '\\s+(\\d{1,2})(?:st|nd|rd|th|\\.(?:\\s*\\p{L}{1,2}\\.)?)?,?\\s+(\\d{4})(?!\\d)', 'u').exec(text);
    if (m && monthNumber(m[1])) return isoDate(m[3], monthNumber(m[1]), m[2]);
    // The day first, maybe with a short word or two before the month (Spanish "de", Tzotzil "yu'un", Tzeltal "ta uʼ").
    m = new RegExp('(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:(?:\\p{L}{1,3}(?:[\'’]\\p{L}{1,3})?\\s+){1,2}?|d[\'’]\\s?|[\'’]e\\s+)?' + MONTH_WORD + ',?\\s+(?:d[ei]\\s+)?(\\d{4})(?!\\d)', 'u').exec(text);
    if (m && monthNumber(m[2])) return isoDate(m[3], monthNumber(m[2]), m[1]);
    // Day, month's name and year joined by hyphens or slashes ("14-ago-2027", "14-Aug-2027").
    m = new RegExp('(?<![\\d\\p{L}])(\\d{1,2})([-/])' + MONTH_WORD + '\\2(\\d{4})(?!\\d)', 'u').exec(text);
    if (m && monthNumber(m[3])) return isoDate(m[4], monthNumber(m[3]), m[1]);
    // A year, then two numbers each after a word that says what it is, and nothing else ("2027 ཟླ་ 6 ཚེས་ 14", Tibetan
    // "month 6 day 14"): year first is year, month, day in every language that writes it so. Words in Latin letters
    // only as the page's language's table lists them (above): "2026 season 4 round 5" is none; Chinese, Japanese and
    // Korean dates only with the words above.
    m = /^(\d{4})\s*[\p{L}\p{M}\u0F0B.'’]{1,10}\s*(\d{1,2})\s*[\p{L}\p{M}\u0F0B.'’]{1,10}\s*(\d{1,2})\s*[\p{L}\p{M}\u0F0B.]{0,10}$/u.exec(text.trim());
    if (m && !/[\p{Script=Latin}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(m[0])) return isoDate(m[1], m[2], m[3]);
    return calendarDate(text);
  }

  // Dates of another calendar written with its months' names ("۱۵ فروردین ۱۴۰۶" in the Iranian solar calendar is 4
  // April 2027; "15 رمضان 1448" in the Hijri; "መጋቢት 2, 2019" in the Ethiopian), as the Gregorian date the browser
  // converts them to. The names are the browser's own, in the languages that write each calendar; a year far from
  // today's in that calendar is none of its dates. Eritrea's languages (Tigrinya, Tigre, Blin) write the Gregorian
  // months with the Ethiopian months' names ("ግንቦት", May).
  const CALENDARS = [
    { calendar: 'persian', locales: ['fa', 'fa-AF', 'ps', 'ckb-IR', 'en'], years: [1300, 1499] },
    { calendar: 'islamic-umalqura', locales: ['ar', 'fa', 'ur', 'en', 'ms', 'id', 'tr'], years: [1350, 1499] },
    { calendar: 'ethiopic', locales: ['am'], years: [1950, 2030], notIn: ['ti', 'tig', 'byn'] },
  ];
  const calendarsHere = () => CALENDARS.filter(entry => !(entry.notIn || []).includes(pageLanguage()));
  const DAY = 86400000;
  // Letters Amharic writes alike ("ኅዳር", "ህዳር"; "ታኅሣሥ", "ታህሳስ"; "ሐምሌ", "ሃምሌ") are one.
  const ETHIOPIC_ALIKE = { 'ኅ': 'ህ', 'ኀ': 'ሀ', 'ሐ': 'ሀ', 'ሃ': 'ሀ', 'ሓ': 'ሀ', 'ኃ': 'ሀ', 'ሠ': 'ሰ', 'ሣ': 'ሳ', 'ሥ': 'ስ' };
  const calendarWord = word => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/[ኅኀሐሃሓኃሠሣሥ]/g, c => ETHIOPIC_ALIKE[c])
    .replace(/[‘'’ʻ`.]/g, '').toLowerCase().trim();
  function calendarMonths(entry) {
    if (!entry.months) {
      entry.months = new Map();
      for (const locale of entry.locales) {
        let formats;
        try { formats = ['long', 'short'].map(month => new Intl.DateTimeFormat(locale + '-u-ca-' + entry.calendar, { month, timeZone: 'UTC' })); } catch (e) { continue; }
        const numeric = new Intl.DateTimeFormat('en-u-ca-' + entry.calendar, { month: 'numeric', timeZone: 'UTC' });
        // A year of days, ten apart, meets every month of either calendar.
        for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2028, 1, 1); t += 10 * DAY) {
          const month = Number(numeric.format(t));
          for (const format of formats) {
            const name = calendarWord(format.format(t));
            if (name.length >= 2 && !/\d/.test(name) && !entry.months.has(name)) entry.months.set(name, month);
          }
        }
      }
    }
    return entry.months;
  }
  // The day first, or the month's name first ("የካቲት 2, 2019").
  function calendarDate(text) {
    const first = /(?<!\d)(\d{1,2})\s+([^\d\s][^\d]{0,24}?)\s+(\d{4})(?!\d)/u.exec(text);
    const later = !first && /(?:^|\s)([^\d\s,][^\d,]{0,24}?)\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u.exec(text);
    if (!first && !later) return null;
    const [day, word, year] = first ? [Number(first[1]), calendarWord(first[2]), Number(first[3])] : [Number(later[2]), calendarWord(later[1]), Number(later[3])];
    for (const entry of calendarsHere()) {
      const month = year >= entry.years[0] && year <= entry.years[1] && calendarMonths(entry).get(word);
      if (month) return fromCalendar(entry.calendar, year, month, day);
    }
    return null;
  }
  // The Gregorian day of a calendar's year, month and day: days only ever follow each other, so a search by halves
  // over the next two centuries finds it; a day the month does not have is none.
  function fromCalendar(calendar, year, month, day) {
    const format = new Intl.DateTimeFormat('en-u-ca-' + calendar, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    const key = t => {
      const parts = Object.fromEntries(format.formatToParts(t).map(p => [p.type, p.value]));
      return Number(parts.year) * 10000 + Number(parts.month) * 100 + Number(parts.day);
    };
    const wanted = year * 10000 + month * 100 + day;
    let low = Date.UTC(1900, 0, 1) / DAY, high = Date.UTC(2100, 0, 1) / DAY;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (key(middle * DAY) < wanted) low = middle + 1; else high = middle;
    }
    if (key(low * DAY) !== wanted) return null;
    return new Date(low * DAY).toISOString().slice(0, 10);
  }

  // Units of measure a field may name (lengthMetres, "weight in kilograms"), how pages write them after a number, and
  // for metric ones their measure and size (a value in another unit of the same measure is converted).
  const UNITS = [
    // An area first: "floor area in square metres" names square metres, not metres.
    [/^(m2|sqm|square)$/, 'm²|m2|м²|кв\\.\\s?м|sq\\.?\\s?m', 'area', 1],
    [/^(metres?|meters?|m)$/, 'm|metres?|meters?|м', 'length', 1], [/^(kilometres?|kilometers?|km)$/, 'km|км', 'length', 1000],
    [/^(centimetres?|centimeters?|cm)$/, 'cm|см', 'length', 0.01], [/^(millimetres?|millimeters?|mm)$/, 'mm|мм', 'length', 0.001],
    [/^(kilograms?|kilos?|kg)$/, 'kg|kilos?|кг|किलो|किग्रा', 'mass', 1], [/^(grams?|g)$/, 'g|gr|г|ग्रॅम|ग्राम|ग्रा', 'mass', 0.001],
    [/^(litres?|liters?|l)$/, 'l|litres?|liters?|л|लीटर|लिटर'], [/^(feet|foot|ft)$/, "ft|feet|foot|'"], [/^(inch|inches)$/, 'in|inch(?:es)?|"'],
    [/^(miles?|mi)$/, 'mi|miles?'], [/^(lbs?)$/, 'lbs?'], [/^(celsius)$/, '°\\s?C'], [/^(fahrenheit)$/, '°\\s?F'],
  ];
  // A number written with one of the units pattern spells ("350 м"); the number is group 1.
  const written = (pattern, flags = 'u') => new RegExp('(-?\\d[\\d.,\\u00a0\\u202f ]*?)\\s?(?:' + pattern + ')(?![\\p{L}])', flags);
  const ANY_UNIT = written(UNITS.map(u => u[1]).join('|'));

  // The unit a field names by its words ("lakeDistanceM", "weight in kilograms"), or undefined.
  // "areaM2" is written in the words "area", "m", "2".
  // A unit after a figure ("price of one 25 kg bag") measures the thing the field is about, not the field.
  const unitOf = words => {
    const named = (words || []).map((w, i, all) => w === 'm' && all[i + 1] === '2' ? 'm2' : /^\d+$/.test(all[i - 1] || '') ? '' : w);
    return UNITS.find(([name]) => named.some(w => name.test(w)));
  };

  // A number in the unit the field names ("37 ft 9 in (11.50 m)" is 11.5 for metres); none when the text gives only
  // other units; any number when the field names no unit or the text none.
  function inUnit(text, words, fromAttribute, money) {
    const rate = perQuantity(text, words, fromAttribute);
    if (rate !== undefined) return rate;
    // The unit a price names is what it is the price of ("price of one square metre": "1 m² 1 400 DH"), not its own.
    const unit = money ? undefined : unitOf(words);
    if (!unit) return parseNumber(text, fromAttribute);
    // Two different numbers in the field's unit ("Circuit d'estiu 12,4 km, Circuit d'ivèrn 8,9 km") are two values,
    // not one.
    const all = [...text.matchAll(written(unit[1], 'gu'))];
    if (new Set(all.map(found => parseNumber(found[1], fromAttribute))).size > 1) return null;
    if (all.length) return parseNumber(all[0][1], fromAttribute);
    // The same measure in another metric unit: "1,2 км" is 1200 for metres.
    for (const other of UNITS.filter(u => u[2] && u[2] === unit[2] && u !== unit)) {
      const n = written(other[1]).exec(text);
      const value = n ? parseNumber(n[1], fromAttribute) : null;
      if (value !== null) return Math.round(value * other[3] / unit[3] * 1e6) / 1e6;
    }
    return ANY_UNIT.test(text) ? null : parseNumber(text, fromAttribute);
  }

  // A price per a metric unit ("pricePerKg") where the page prices a quantity after a slash: "P60.00 / 500 g" is 120
  // per kilogram, "P18.50 / kg" 18.5; undefined where the field is no such rate or the text names no quantity.
  function perQuantity(text, words, fromAttribute) {
    const at = (words || []).indexOf('per');
    // "per 100 km" (words "per", "100", "km" or "per", "100km"): the amount for 100 of the unit.
    const next = at >= 0 ? words.slice(at + 1, at + 3).flatMap(w => /^\d+\D+$/.test(w) ? [w.match(/^\d+/)[0], w.replace(/^\d+/, '')] : [w]) : [];
    const per = /^\d+$/.test(next[0] || '') ? Number(next[0]) : 1;
    const unit = at >= 0 ? unitOf(next.slice(per === 1 ? 0 : 1, per === 1 ? 1 : 2)) : undefined;
    const slash = unit && unit[2] ? /\s?\/\s?/.exec(text) : null;
    if (!slash) return undefined;
    const after = text.slice(slash.index + slash[0].length);
    for (const other of UNITS.filter(u => u[2] === unit[2])) {
      const m = new RegExp('^(\\d[\\d.,]*)?\\s?(?:' + other[1] + ')(?![\\p{L}])', 'u').exec(after);
      if (!m) continue;
      const price = parseNumber(text.slice(0, slash.index), fromAttribute);
      const quantity = m[1] ? parseNumber(m[1], fromAttribute) : 1;
      return price === null || !quantity ? null : Math.round(price / (quantity * other[3] / unit[3]) * per * 1e6) / 1e6;
    }
    return undefined;
  }

  // A phone number: a country code or an area code in brackets or with its leading 0, then groups of digits.
  const PHONE = /^(tel:|\+|\(\+?\d|0\d)[\d\s()\/.-]{6,}$/i;

  // A length of time in the unit the field counts ("1 h 10 min" and "1h10" are 70 for minutes; "90 min" is 1.5 for hours);
  // null when the field counts no unit of time or the text is no duration.
  const HOUR_WORDS = /^(hours?|hrs?|stunden?|std|heures?|horas?|ora|ore|uur)$/;
  const MINUTE_WORDS = /^(minutes?|mins?|minuten|minutos?|minuti|minut)$/;
  const timeUnit = words => (words || []).some(w => MINUTE_WORDS.test(w)) ? 1 : (words || []).some(w => HOUR_WORDS.test(w)) ? 60 : 0;
  function duration(text, words) {
    const unit = timeUnit(words);
    if (!unit) return null;
    const m = /(\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?|std|stunden?|heures?|horas?|ore|uur|t|tim|timer|timmar|klst|tuntia?|godz|hod|óra|val|sa|saat|ч|час(?:а|ов)?|год|годин[аи]?|часа|ώρες|시간|時間|小时|小時|तास|घंटे|घंटा|घण्टा|ঘণ্টা)(?![\p{L}\p{M}])\.?(?:\s*(\d+)\s*(?:m|min|mins|minutes?|minuten?|minutos?|minuti|minit|minuuttia?|perc|dk|dakika|мин|минут[аи]?|хв|хвилин[аи]?|λεπτά|분|分|मिनिटे|मिनिट|मिनट|মিনিট)(?![\p{L}\p{M}])|(?<=h)([0-5]\d)(?![\d\p{L}]))?|(\d+)\s*(?:min|mins|minutes?|minuten?|minutos?|minuti|minit|minuuttia?|perc|dk|dakika|мин|минут[аи]?|хв|хвилин[аи]?|λεπτά|분|分|मिनिटे|मिनिट|मिनट|মিনিট|')(?![\p{L}\p{M}])/iu.exec(text);
    if (!m) return null;
    const minutes = (m[1] ? Number(m[1].replace(',', '.')) * 60 : 0) + Number(m[2] || m[3] || m[4] || 0);
    return Math.round(minutes / unit * 100) / 100;
  }

  // A length of time in the calendar unit a field counts ("age in whole months", "experienceYears", "daysToHarvest"):
  // "4 taon at 7 buwan" is 55 months, "2 Wochen" 14 days. Only units that convert exactly are converted (years and
  // months, weeks and days); undefined where the field counts no such unit, is a rate of one ("salary per month"), or
  // some figure in the text has no unit word after it ("6–12 years", "born 2021, 3 years", "₵800 a month"), null where
  // a unit will not convert.
  const CALENDAR = [
    ['years', 'year', /^(years?|yrs?|jahre?n?|ans?|années?|años?|anni|anno|anos?|jaar|jaren|år|åren|aastat?|vuotta|vuosi|lat|lata|rok|roky|roků|let|год|года|лет|godina|godine|godinu|év|éves|éve|yıl|ani|χρόνια|έτη|سنة|سنوات|عام|أعوام|سال|साल|वर्ष|বছর|tahun|taon|miaka|mwaka|imyaka|umwaka|emyaka|ọdún|shekara|shekaru|iminyaka|dilemo|ngwaga|mengwaga|lilemo|zaka|chaka|年|岁|歳|살|년|năm|ปี)$/u],
    ['months', 'month', /^(months?|mos?|mths?|monate?n?|mois|mes|meses|mese|mesi|mês|maand(?:en)?|månad(?:er)?|måned(?:er)?|kuukautta|kuukausi|kuud|miesiąc|miesiące|miesięcy|měsíc|měsíce|měsíců|mesiac|mesiace|mesiacov|месяц|месяца|месяцев|мес|mjesec|mjeseca|mjeseci|mesec|meseci|hónap|hónapos|ay|luni|lună|μήνες|μήνα|شهر|أشهر|شهور|ماه|महीना|महीने|माह|মাস|bulan|buwan|mwezi|miezi|ukwezi|amezi|ọnwa|watanni|inyanga|izinyanga|kgwedi|dikgwedi|khoeli|月|个月|個月|ヶ月|か月|개월|tháng|เดือน)$/u],
    ['weeks', 'week', /^(weeks?|wks?|wochen?|semaines?|semanas?|settimane|settimana|weken|vecka|veckor|uge|uger|uke|uker|viikkoa?|nädalat?|tydzień|tygodnie|tygodni|týden|týdny|týdnů|týždeň|týždne|týždňov|недел[яиьюе]|седмица|седмици|tjedan|tjedna|tjedana|hét|hetes|hafta|săptămâni|săptămână|εβδομάδες|εβδομάδα|أسبوع|أسابيع|هفته|सप्ताह|हफ्ते|हफ़्ते|সপ্তাহ|minggu|linggo|wiki|majuma|juma|icyumweru|ibyumweru|週|週間|周|주|주일|tuần|สัปดาห์)$/u],
    ['days', 'day', /^(days?|tage?n?|jours?|días?|dias?|giorni|giorno|dag|dagen|dagar|dage|päivää|päivä|päeva|dni|dzień|dnů|dní|dny|den|день|дня|дней|дана|dana|dan|nap|napos|gün|zile|zi|ημέρες|ημέρα|μέρες|يوم|أيام|ايام|روز|दिन|দিন|hari|araw|siku|umunsi|iminsi|ụbọchị|kwana|kwanaki|usuku|izinsuku|日|日間|天|일|ngày|วัน)$/u],
  ];
  // How many of one unit make another, where that is exact.
  const CALENDAR_RATIO = { 'years>months': 12, 'months>years': 1 / 12, 'weeks>days': 7, 'days>weeks': 1 / 7 };
  function calendarSpan(text, words) {
    const counted = CALENDAR.find(([plural, one]) => (words || []).some(w => w === plural || w === one));
    if (!counted || (words || []).includes('per')) return undefined;
    const figures = [...text.matchAll(/(\d+(?:[.,]\d+)?)(?![\d.,])\s*([\p{L}\p{M}]*)/gu)];
    const parts = figures.map(([, figure, word]) => [Number(figure.replace(',', '.')), CALENDAR.find(unit => unit[2].test(word.toLowerCase()))]);
    if (!parts.length || parts.some(([, unit]) => !unit)) return undefined;
    let total = 0;
    for (const [amount, [plural]] of parts) {
      const ratio = plural === counted[0] ? 1 : CALENDAR_RATIO[plural + '>' + counted[0]];
      if (ratio === undefined) return null;
      total += amount * ratio;
    }
    return Math.round(total * 100) / 100;
  }

  // The length of time a text gives in the unit the field counts: a number, null where it gives one that will not
  // convert, undefined where it gives none.
  function timeSpan(text, words) {
    const clock = duration(text, words);
    return clock !== null ? clock : calendarSpan(text, words);
  }

  // A price of nothing, as a page says it.
  const FREE = /^(free|gratis|kostenlos|umsonst|gratuit|gratuite|gratuito|gratuita|gratis!?)$/i;
  function isFree(text) {
    const t = clean(text);
    // "Free, booking needed", "ämsunst — ham mut ham man uunmeld": free said first, then more about it.
    const first = /^([\p{L}\p{M}'’ ]{2,}?)(?:,|\s\(|\s[—–-]\s)/u.exec(t);
    return [t, first && first[1]].some(said => said && (FREE.test(said) || languageWords('free').includes(fold(said))));
  }

  // Languages that write 1.234,56 (Swiss German and Italian write 1'234.56): in their text a lone "," is the decimal
  // mark and a lone "." before three digits groups thousands. A code is matched whole ("af", not Gulf Arabic's "afb").
  // Whether the page's language writes 1,5 for one and a half: as the page's own numbers say where they say it plainly
  // ("$1,650 MXN" on a page in Spanish from Mexico), else as the browser's number formats say (de-CH: no, es-MX: no),
  // else (a language the browser has no formats for: it knows few beyond its own UI languages) as this list does.
  const COMMA_DECIMAL = /^(de|nl|fr|it|es|pt|da|sv|nb|nn|no|fi|is|pl|cs|sk|hu|ro|ru|uk|be|tr|el|id|ca|gl|eu|hr|sl|sr|bs|mk|sq|bg|lt|lv|et|az|kk|ka|hy|vi|af|lij|vec|sc|scn|fur|oc|an|ast|co|wa|li|fy|lb)(?![a-z]|[-_](ch|li)\b)/i;
  let decimalComma = null;
  // The text of the records' own pages fetched and read here: their numbers say the decimal mark too.
  const fetchedTexts = [];
  function commaDecimal() {
    if (decimalComma === null) {
      const lang = (document.documentElement.lang || '').toLowerCase();
      decimalComma = pageWritesCommaDecimals();
      // Intl is asked only where the page's numbers do not say: its first question costs a fresh page some 30 ms.
      if (decimalComma === null && lang) {
        try {
          const format = new Intl.NumberFormat(lang);
          if (format.resolvedOptions().locale.split('-')[0] === pageLanguage()) {
            decimalComma = format.formatToParts(1.5).some(p => p.type === 'decimal' && p.value === ',');
          }
        } catch {
          // A lang attribute Intl does not take is a language it has no formats for.
        }
      }
      if (decimalComma === null) decimalComma = COMMA_DECIMAL.test(lang);
    }
    return decimalComma;
  }

  // What the page's own numbers (and its records' pages') say of its decimal mark: true when it groups thousands with "." ("Rp28.000",
  // "1.234.567") or writes decimals after "," ("12,50"), false when the other way round, null when it does both about
  // as often or neither. Dates and clock times ("07.00–17.00") are left out: they are no numbers.
  function pageWritesCommaDecimals() {
    // The Arabic decimal sign ("٢٢٫٥") is a decimal mark written as one.
    const shown = [document.body ? document.body.innerText || '' : '', ...shadowTexts(document), ...fetchedTexts].join(' ').slice(0, 100000);
    const arabicDecimals = (shown.match(/\p{Nd}\u066B\p{Nd}/gu) || []).length;
    const text = westernDigits(shown.replace(/\u066B/g, ' '))
      .replace(/\d{1,4}[.\/-]\d{1,2}[.\/-]\d{1,4}/g, ' ')
      .replace(/\d{1,2}[.:h]\d{2}\s*[-–—~]\s*\d{1,2}[.:h]\d{2}/g, ' ')
      .replace(/(?<![\d.,])0\d[.:]\d{2}(?![\d.,])/g, ' ');
    const count = pattern => (text.match(pattern) || []).length;
    const comma = count(/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])/g) + count(/(?<![\d.,])\d+,\d{1,2}(?![\d.,])/g);
    const dot = count(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])/g) + count(/(?<![\d.,])\d+\.\d{1,2}(?![\d.,])/g) + arabicDecimals;
    // A few the other way ("Cap Camarat 6.5" among "6,20 m" and "9.800 €") are names, not the page's way.
    return comma > 0 && comma >= 3 * dot ? true : dot > 0 && dot >= 3 * comma ? false : null;
  }

  // The text shown inside open shadow roots (a web component's table), which the body's innerText leaves out.
  function shadowTexts(root) {
    return [...root.querySelectorAll('*')].filter(el => el.shadowRoot).flatMap(el =>
      [...el.shadowRoot.children].filter(c => !/^(STYLE|SCRIPT|TEMPLATE)$/.test(c.tagName)).map(c => c.innerText || '').concat(shadowTexts(el.shadowRoot)));
  }

  // Numbers as people write them: $1,299.00, 1.299,00 €, 1 234,50 €, 4.5 out of 5, ★★★★☆, −3; on a page in a
  // comma-decimal language (and not in an attribute, which machines write) € 3.200 is 3200 and 11,182 is 11.182.
  function parseNumber(text, fromAttribute) {
    // A copyright's years ("· © 2027" in a footer) are no number a record holds.
    const t = text.replace(/\u2212/g, '-').replace(/(?:©|\(c\))\s*\d{4}(?:\s*[–-]\s*\d{4})?/gi, '');
    if (!/\d/.test(t)) {
      if (isFree(t)) return 0;
      const stars = (t.match(/[★⭐]/g) || []).length + (t.includes('½') ? 0.5 : 0);
      return stars > 0 && /^[★⭐☆½\s]+$/.test(t) ? stars : null;
    }
    const m = /-?\d[\d.,'\u00a0\u202f\u2009 ]*/.exec(t);
    // Counted in ten thousands and thousands as Korean, Chinese and Japanese write them ("1만원", "3万5千円"): each figure
    // times the word after it, added up.
    const myriads = /^(?:\d[\d,]*(?:\.\d+)?\s?[억億亿만萬万천千]\s?)+(?:\d[\d,]*(?!\s?[억億亿만萬万천千]))?/u.exec(t.slice(m.index));
    if (myriads) {
      return [...myriads[0].matchAll(/(\d[\d,]*(?:\.\d+)?)\s?([억億亿만萬万천千])?/gu)]
        .reduce((sum, [, figure, word]) => sum + Number(figure.replace(/,/g, '')) * (MYRIADS[word] || 1), 0);
    }
    let n = m[0].replace(/['\u00a0\u202f\u2009 ]/g, '').replace(/[.,]$/, '');
    const localDecimals = !fromAttribute && commaDecimal();
    const lastDot = n.lastIndexOf('.'), lastComma = n.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      const decimal = lastDot > lastComma ? '.' : ',';
      n = n.split(decimal === '.' ? ',' : '.').join('').replace(',', '.');
    } else if (lastComma >= 0) {
      const grouped = (n.match(/,/g) || []).length > 1 || (!localDecimals && /^-?\d{1,3}(,\d{3})+$/.test(n));
      n = grouped ? n.replace(/,/g, '') : n.replace(',', '.');
    } else if ((n.match(/\./g) || []).length > 1 || (localDecimals && /^-?\d{1,3}\.\d{3}$/.test(n))) {
      n = n.replace(/\./g, '');
    }
    const value = Number(n);
    if (!Number.isFinite(value)) return null;
    // Money written short: "£2.41m" is 2,410,000 ("5m" alone may be metres or minutes).
    const scale = MAGNITUDE.exec(t.slice(m.index + m[0].length));
    return scale && /[$€£¥₹]|\b(EUR|USD|GBP|CHF)\b/.test(t) ? Math.round(value * MAGNITUDES[scale[1].toLowerCase()] * 100) / 100 : value;
  }

  const MYRIADS = { 억: 1e8, 億: 1e8, 亿: 1e8, 만: 1e4, 萬: 1e4, 万: 1e4, 천: 1e3, 千: 1e3 };
  const MAGNITUDES = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };
  const MAGNITUDE_WORD = '(' + Object.keys(MAGNITUDES).join('|') + ')\\b';
  const MAGNITUDE = new RegExp('^\\s?' + MAGNITUDE_WORD, 'i');

  // Words that say yes or no to a field, by what the field is about: its own words (a "Remote" badge for remote),
  // availability ("Sold out" says no to inStock and yes to soldOut), opening, or a plain yes/no mark.
  const YES_NO = [
    [/^(yes|y|ja|jo|joo|jah|já|jā|oui|s[ií]|sim|tak|ano|áno|kyllä|evet|igen|da|taip|po|bai|ya|có|true|on|да|так|ναι|כן|نعم|हाँ|हां|ใช่|✓|✔|☑|✅|はい|有り|あり|예|네|是|有|var|bor|бар|jes|inggih|nggih|әйе|āe|ae|erê|belê|ioe|ee|gea|òc|oc|wi|יאָ|יא|iva|eny|hongu|ewe|yebo|arí|heẽ|ооба|эйе|ҫапла|enya|muhun|seadh|ie|oes|eja|waaw|eeyyee|yego|yee|inde|ʻio|'io|io|ʻae|juo|aap|бәли|bəli|hā|иә|ҳа|бале|بله|ہاں|oo|haa|ndiyo|bẹ́ẹ̀ni|bẹẹni|beeni|አዎ|այո|კი|ཡིན|ඔව්|ஆம்|ಹೌದು|అవును|അതെ|हो|হ্যাঁ|ਹਾਂ|હા|ହଁ|ဟုတ်|បាទ|ចាស|ແມ່ນ|тийм|хӏаъ|އާނ|އާން|እወ|ھەئە|بەڵێ|hawa|jisa|quema|wen|hunggan|oyi|iè)$/iu, true, null],
    [/^(no|n|nein|non|não|nao|nie|ne|nē|ei|nei|hayır|hayir|nem|nej|nee|nu|ez|tidak|không|false|off|не|нет|ні|όχι|לא|لا|नहीं|ไม่|✗|✘|✕|❌|☐|いいえ|無し|なし|아니요|아니오|否|无|無|yok|yox|yoxdur|yo[‘'’ʻ`]?q|жоқ|жок|ora|mboten|boten|юк|kāo|kao|nexêr|leai|mba|נײן|ניין|le|tsia|kwete|tjhe|hayi|cha|manam|nahániri|ҫук|юҡ|henteu|teu|nono|déedéet|lakki|oya|nedda|ayi|nogat|ʻikai|'ikai|sega|ʻaʻole|naamik|xeyr|خیر|نہیں|نه|hapana|rárá|rara|የለም|አይ|ոչ|არა|མིན|නැත|இல்லை|ಇಲ್ಲ|కాదు|లేదు|ഇല്ല|होइन|नाही|না|ਨਹੀਂ|ના|ନା|မဟုတ်|ទេ|ບໍ່|үгүй|хӏан-хӏа|ނޫން|ኣይፋል|ياق|نەخێر|ýok|nann|janiwa|ahmo|saan|nén|nò|ʻaita)$/iu, false, null],
    [/(?<!\p{L})(sold out|out of stock|unavailable|not available|nicht verfügbar|nicht lieferbar|ausverkauft|vergriffen|épuisé|rupture|agotado|sin stock|esaurito|non disponibile|uitverkocht|niet beschikbaar|esgotado|indisponível|slutsåld|slutsålt|udsolgt|utsolgt|uppselt|loppuunmyyty|ei varastossa|otsas|läbi müüdud|nėra sandėlyje|išparduota|izpārdots|nav noliktavā|niedostępny|wyprzedany|brak w magazynie|vyprodáno|vypredané|nedostupné|elfogyott|stoc epuizat|indisponibil|rasprodano|razprodano|nema na stanju|изчерпан[оa]?|няма наличност|нет в наличии|распродано|немає в наявності|розпродано|εξαντλήθηκε|μη διαθέσιμο|tükendi|stokta yok|hết hàng|stok habis|在庫切れ|売り切れ|品切れ|缺货|缺貨|售罄|품절|غير متوفر|غير موجود|نفدت الكمية|ناموجود|अनुपलब्ध|स्टॉक में नहीं|স্টক নেই|สินค้าหมด|habis|ubos na|imeisha|on loan|checked out|elĉerpita|elvendita|ne disponebla|telas|entek|kehabisan|сатылып беткән|kua pau|nemaye|ua uma|agwụla|útferkocht|net beskikber|אויסגעקויפט|אויסגעליען|נישט פאראן|exaurì|vendì|esgotat|pas disponible|pa disponib|tsy misy|lany|indak ado|ndak ado)(?!\p{L})/iu, true, 'unavailable'],
    [/(?<!\p{L})(in stock|available|en stock|auf lager|lieferbar|verfügbar|disponible|disponibile|op voorraad|beschikbaar|em estoque|disponível|i lager|på lager|á lager|varastossa|laos|sandėlyje|noliktavā|pieejams|dostępny|w magazynie|skladem|na sklade|dostupné|raktáron|în stoc|na zalihi|na stanju|na zalogi|в наличност|наличен|в наличии|на складе|в наявності|на складі|διαθέσιμο|stokta|còn hàng|tersedia|在庫あり|有货|有貨|現貨|재고 있음|متوفر|موجود|במלאי|उपलब्ध|स्टॉक में|স্টকে আছে|มีสินค้า|ada stok|may stock|inapatikana|მარაგშია|ready to ship|disponebla|havebla|cumawis|sumadhiya|сатуда|wātea|heye|berdest|avanoa|dị njikere|beskikber|op foarried|פאראן|disponibel|disponib|misy|ado)(?!\p{L})/iu, true, 'available'],
    [/(?<!\p{L})(closed|geschlossen|fermé|cerrado|chiuso|gesloten|fechado|stängt|lukket|suljettu|suletud|uždaryta|slēgts|lokað|zamknięte|zavřeno|zatvorené|zárva|închis|zatvoreno|zaprto|затворено|закрыто|зачинено|κλειστό|kapalı|休業|休息|휴무|fermita|tutup|ябык|kati|girtî|tapuni|tapunia|sarado|dem alış künü|बंद|mechiri emechi|ticht|sluten|פֿאַרמאַכט|serrà|tampat|barrat|fèmen|gesloete)(?!\p{L})/iu, true, 'closed'],
    [/(?<!\p{L})(open|opened|geöffnet|ouvert|abierto|aperto|aberto|öppet|åpent|auki|avatud|atidaryta|atvērts|opið|otwarte|otevřeno|otvorené|nyitva|deschis|otvoreno|odprto|отворено|открыто|відчинено|ανοιχτό|açık|営業中|营业中|영업 중|malfermita|bukak|buka|ачык|tuwhera|vekirî|tatala|mepere emepe|खुला|खुलल|iepen|אָפֿן|avert|dobèrt|louvri)(?!\p{L})/iu, true, 'open'],
  ];
  // Enum values for being in stock or not, as a schema spells them (in_stock, "Out of stock", soldOut), compared by key.
  const STOCK_OPTIONS = { available: ['instock', 'available', 'onstock', 'instore'], unavailable: ['outofstock', 'soldout', 'unavailable', 'notavailable', 'notinstock'] };
  const OPPOSITE = { available: 'unavailable', unavailable: 'available', open: 'closed', closed: 'open' };
  const CONCEPT_WORDS = { available: ['available', 'availability', 'stock', 'instock'], unavailable: ['unavailable', 'sold', 'soldout', 'outofstock', 'booked'], open: ['open', 'opened'], closed: ['closed', 'shut'] };

  // What a yes/no field is about, by the words of its name: being available ("inStock"), not ("soldOut",
  // "fullyBooked"), open or closed; undefined for anything else.
  function conceptOf(words) {
    const fieldWords = (words || []).map(w => w.toLowerCase());
    const concept = Object.keys(CONCEPT_WORDS).find(c => CONCEPT_WORDS[c].some(w => fieldWords.includes(w)) || (c === 'unavailable' && fieldWords.includes('sold') && fieldWords.includes('out')));
    return concept === 'available' && fieldWords.some(w => ['un', 'not', 'no', 'non'].includes(w)) ? 'unavailable' : concept;
  }

  // Yes and no in a language whose word for one is another's for the other ("jo" is no in Albanian, yes in
  // Luxembourgish) or a common word elsewhere ("ala", "ita", "ha"), by the page's language.
  const LANGUAGE_YES_NO = {
    sq: { po: true, jo: false }, kab: { ih: true, ala: false }, la: { ita: true, sic: true, minime: false }, sd: { 'ها': true },
    ps: { 'هو': true }, so: { maya: false }, ha: { i: true, "a'a": false, 'a’a': false }, uz: { ha: true }, tg: { 'ҳа': true },
  };

  // true, false or null for a text, given the words of the field's name (["in", "stock"], ["sold", "out"], ["remote"]).
  function toBoolean(text, words, meanings) {
    return words === undefined && meanings === undefined ? once('yes/no', text, () => yesNoOf(text)) : yesNoOf(text, words, meanings);
  }

  function yesNoOf(text, words, meanings) {
    const t = clean(text);
    if (!t) return null;
    const described = describedYesNo(t, meanings);
    if (described !== null) return described;
    const local = LANGUAGE_YES_NO[pageLanguage()];
    if (local && t.toLowerCase() in local) return local[t.toLowerCase()];
    if (languageWords('yes').includes(fold(t))) return true;
    if (languageWords('no').includes(fold(t))) return false;
    const keyed = /^(yes|no)$/i.exec(spelling(t) || '');
    if (keyed) return keyed[1].toLowerCase() === 'yes';
    // A word the page glosses in brackets with a yes or a no ("Ŋŋ (oui)", "Heni (non)", "aayo (sim)").
    const gloss = fold((/^[^()]{1,20}\(\s*([^()]{2,12}?)\s*\)$/u.exec(t) || ['', ''])[1]);
    if (gloss && (languageWords('yes').includes(gloss) || YES_NO[0][0].test(gloss))) return true;
    if (gloss && (languageWords('no').includes(gloss) || YES_NO[1][0].test(gloss))) return false;
    // A line that names what it answers, then the answer ("📱 UPI (PhonePe/GPay) taka: Ka").
    const pair = inlinePair(t);
    const answer = pair && pair.value !== t ? toBoolean(pair.value, words, meanings) : null;
    if (answer !== null) return answer;
    // "jao, 40 plaatse", "sci — Yanmar 18 CV", "أيوه، على زووم", "no can, cash only": yes or no said first (in a word
    // or two), then more about it.
    const first = /^([\p{L}\p{M}'’]{2,}(?: [\p{L}\p{M}'’]{2,})?)(?:[,،]|\s[—–-])\s/u.exec(t);
    if (first && first[1].length < t.length) {
      const said = fold(first[1]);
      if (local && said in local) return local[said];
      if (languageWords('yes').includes(said) || YES_NO[0][0].test(said)) return true;
      if (languageWords('no').includes(said) || YES_NO[1][0].test(said)) return false;
      const keyedFirst = /^(yes|no)$/i.exec(spelling(first[1]) || '');
      if (keyedFirst) return keyedFirst[1].toLowerCase() === 'yes';
    }
    // A check or a cross before or after one word ("✔ Ẽhẽ", "✘ Sio", "إي ✔") says yes or no in any language.
    const marked = /^(?:([✓✔☑✅])|[✗✘☒❌])\uFE0F?\s*[\p{L}\p{M}'’]+$/u.exec(t) || /^[\p{L}\p{M}'’]+\s*(?:([✓✔☑✅])|[✗✘☒❌])\uFE0F?$/u.exec(t);
    if (marked) return !!marked[1];
    const fieldWords = (words || []).map(w => w.toLowerCase());
    const fieldConcept = conceptOf(words);
    for (const [pattern, value, about] of YES_NO) {
      if (!pattern.test(t)) continue;
      if (about === null) return value;
      if (about === fieldConcept) return true;
      if (OPPOSITE[about] === fieldConcept) return false;
      if (!fieldConcept && !words) return about === 'available' || about === 'open';
    }
    // Opening hours ("12:00 – 17:00") say the place is open then. For a field about one day (openSunday) they say so
    // alone (their label names the day) or naming that day: other words ("Saturday to Thursday, 8:30 – 17:00") may
    // name other days.
    const hours = /\d{1,2}[:.h]\d{2}\s*[-–—]\s*\d{1,2}[:.h]\d{2}/g;
    if ((fieldConcept === 'open' || fieldConcept === 'closed') && hours.test(t)) {
      const day = WEEKDAYS.findIndex(d => fieldWords.includes(d)) + 1;
      const words = plainWords(t.replace(hours, ' ')).split(' ').filter(w => w.length > 1 && !/^(h|hrs?|uhr|heures?|horas?|ore|uur)$/.test(w));
      return !day || words.length === 0 || words.some(w => weekdayNumber(w) === day) ? fieldConcept === 'open' : null;
    }
    // The field's own words in the text, each maybe negated: "Reserve not met" says no to reserveMet. In the label
    // of "Ipa-deliver: anggapo" they say what is asked, not the answer.
    const labelled = inlinePair(t);
    const lower = (labelled ? labelled.value : t).toLowerCase();
    const own = fieldWords.filter(w => w.length > 2 && !['is', 'has', 'the'].includes(w));
    const found = own.map(w => wordAt(lower, w)).filter(at => at >= 0);
    if (found.length === 0) return null;
    return !found.some(at => /(^|\s)(un|non-?|not\s|no\s|nicht\s|kein\w*\s|ohne\s|sans\s|pas de\s|sin\s|sem\s|senza\s|zonder\s|geen\s|utan\s|uden\s|uten\s|ei\s|bez\s|brak\s|without\s)$/.test(lower.slice(0, at)));
  }

  // Where a word starts a word of the text ("deliver" in "delivers") or follows a prefix that denies it ("Unfurnished"),
  // not inside another ("day" in "Monday"); a word of a script written without spaces anywhere.
  function wordAt(text, word) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (at === 0 || !/^[a-z]+$/.test(word) || !/[\p{L}\p{M}]/u.test(text[at - 1]) || /(^|[^\p{L}\p{M}])(un|non)$/u.test(text.slice(0, at))) return at;
    }
    return -1;
  }

  // The page's words the field's description says mean yes and no ("Aiwa = yes, La = no"), alone or said first ("La,
  // yom Ahad ma fi safar"; after a label, "📅 Ahad: La", toBoolean reads the value so); null where none is.
  function describedYesNo(text, meanings) {
    const yesNo = (meanings || []).filter(([, meaning]) => meaning === 'yes' || meaning === 'no');
    // A glyph the description gives alone ("⚡ = yes, 🕯️ = no") is the whole text, or the text's start.
    const glyph = g => g.replace(/[\uFE0F\s]/gu, '');
    const shown = glyph(text);
    const drawn = yesNo.find(([word]) => !/[\p{L}\p{N}]/u.test(word) && glyph(word) && (shown === glyph(word) || text.trim().startsWith(word.trim() + ' ')));
    if (drawn) return drawn[1] === 'yes';
    const said = yesNo.map(([word, meaning]) => [plainWords(word), meaning === 'yes']).filter(([word]) => word.trim()).sort(([a], [b]) => b.length - a.length);
    if (said.length === 0) return null;
    // Plain words are set off by a space on each side: " la yom ahad " starts with the word " la ".
    const plain = plainWords(unadorned(text));
    const found = said.find(([word]) => plain.startsWith(word));
    return found ? found[1] : null;
  }

  // Words that say "no" or "without" before or after what they deny, in many languages ("Tiada Wi-Fi", "Tanpa
  // sarapan", "Bez parkiranja", "Wi-Fi yok", "ʻOku ʻikai …"); short ones that are other words elsewhere by the page's
  // language only ("tak" is no in Malay and yes in Polish, "te" no in Lingala, "pa" not in Haitian Creole and Albanian).
  const NEGATIONS = new Set(['no', 'not', 'non', 'none', 'without', 'kein', 'keine', 'keinen', 'ohne', 'nicht', 'sans', 'aucun', 'aucune',
    'sin', 'não', 'senza', 'geen', 'zonder', 'niet', 'utan', 'uden', 'uten', 'ingen', 'ikke', 'inte', 'ilman', 'bez', 'brak', 'nie',
    'není', 'brez', 'nema', 'без', 'нет', 'няма', 'нема', 'немає', 'не', 'nincs', 'nélkül', 'fără', 'yok', 'değil', 'yox', 'yoxdur', 'yoq',
    'жоқ', 'жок', 'юҡ', 'юк', 'йоқ', 'tiada', 'tidak', 'tanpa', 'bukan', 'walang', 'hakuna', 'không', 'χωρίς', 'όχι', 'δεν', 'níl',
    'nėra', 'mingħajr', 'ʻikai', 'ikai', 'taʻe', 'ብዘይ', 'የለን', 'የለም', 'ያለ', 'ኣይኮነን', 'بدون', 'بلا', 'غير', 'ללא', 'בלי', 'אין',
    'ندارد', 'नहीं', 'बिना', 'नाही', 'विना', 'なし', '無し', '无', '没有', '沒有', '없음', 'ไม่มี', 'akukho', 'ngaphandle', 'nnyaa',
    'ndaipóri', 'nahániri', 'déedéet', 'hapana', 'kwete', 'hayi'].map(w => plainWords(w).trim()));
  const LANGUAGE_NEGATIONS = { ms: ['tak'], id: ['tak'], ht: ['san', 'pa', 'pat'], mfe: ['pa'], rcf: ['pa'], gcf: ['pa'], crs: ['pa'], sq: ['pa'], ln: ['te'], mt: ['le'], oc: ['pas', 'sens'],
    fr: ['pas'], eu: ['ez', 'gabe'], ro: ['nu'], cy: ['dim', 'heb'], lv: ['nav'], tl: ['wala', 'hindi'], fil: ['wala', 'hindi'], ha: ['ba', 'babu'],
    lt: ['be'], sl: ['ni', 'nima'], pt: ['sem'], et: ['pole', 'ilma'], ga: ['gan'], ca: ['sense'], sw: ['bila'], wo: ['amul'], tn: ['ntle'] };

  function negates(word) {
    return NEGATIONS.has(word) || (LANGUAGE_NEGATIONS[pageLanguage()] || []).includes(word) || languageWords('without').some(w => plainWords(w).trim() === word);
  }

  // Two texts in no yes/no words the planner reads, told apart by what one says and the other does not: of two texts
  // about the same thing, the one that denies it says no ("Tiada Wi-Fi", "Wi-Fi percuma"); the one with a word pages
  // write for the field's own words (yesWords) says yes ("प्रवेश विनामूल्य", "प्रवेश शुल्क लागू" for freeEntry). Nulls
  // when neither tells.
  function saidApart(texts, yesWords) {
    const plain = texts.map(t => plainWords(clean(t)));
    const words = plain.map(p => p.trim().split(' ').filter(Boolean));
    const denied = words.map(ws => ws.some(negates));
    const shared = words[0].filter(w => !negates(w) && words[1].includes(w));
    if (denied[0] !== denied[1] && shared.length > 0) return denied.map(d => !d);
    const yes = (yesWords || []).map(w => plainWords(w)).filter(w => w.trim());
    const says = plain.map(p => yes.some(w => p.includes(w)));
    return says[0] !== says[1] ? says : texts.map(() => null);
  }

  // Digits of other scripts as 0–9 (Arabic "١٬٢٩٩٫٥", Persian "۱۸٬۴۸۰", Devanagari, Bengali, Thai, full-width), with
  // the Arabic thousands and decimal marks as "," and ".": a number, a date or a time reads the same in any script.
  const DIGIT_ZEROS = [0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10];
  function westernDigits(text) {
    return text.replace(/[\u066B\u066C\u066A]/g, m => ({ '\u066B': '.', '\u066C': ',', '\u066A': '%' })[m])
      .replace(/\p{Nd}/gu, d => {
        const code = d.codePointAt(0);
        const zero = DIGIT_ZEROS.find(z => code >= z && code <= z + 9);
        return zero === undefined ? d : String(code - zero);
      });
  }

  // An icon before the words ("📍 Kilimani", "🚗 Parking", "📞 +244 222 555 630") is decoration, not part of the value;
  // so is a dash or a dot that sets it off from the text before it ("<a>Ineh Foundry</a> <span>— Igun Street</span>"),
  // before an icon too ("· 🏘 Хаилино").
  function unadorned(text) {
    return text.replace(/^(?:[—–·•|]\s+(?=[\p{L}\p{N}\p{Extended_Pictographic}]))?(?:[\p{Extended_Pictographic}\uFE0F\u200D\s]+(?=[\p{L}\p{N}+(]))?/u, '');
  }

  // The typed value of a raw reading, or null when it is not a value of that type (money: the field is an amount of
  // money, read where the text marks it so).
  // Quotation marks around the whole value («Мамлы», “Dune”), where the task asks for it without them.
  const QUOTES = { '«': '»', '»': '«', '“': '”', '„': '“', '"': '"', '‘': '’', '‚': '‘', '「': '」', '『': '』', '‹': '›' };
  function unquoted(text) {
    const close = QUOTES[text[0]];
    const inner = text.slice(1, -1);
    // Only one pair around the whole ("“Dune” and “Emma”" is two quoted titles, not one).
    return text.length > 2 && close && text.endsWith(close) && !inner.includes(text[0]) && !inner.includes(close) ? inner.trim() : text;
  }

  // Of a text holding several numbers ("Kabokosi 10 (a box of 10) … hali K180"), the first amount it marks as money, as
  // a price is read where it holds only amounts ("KSh 58,000 / mwezi KSh 65,000"); undefined where it holds one number,
  // is a range or marks none.
  function markedAmount(text, fromAttribute) {
    const numbers = [...text.matchAll(/\d(?:[\d.,'\u00a0\u202f\u2009]|\s(?=\d{3}(?!\d)))*/g)].map(m => [m.index, m[0].replace(/[.,]$/, '')]);
    if (new Set(numbers.map(([, n]) => n)).size < 2 || !MONEY_MARK.test(text)) return undefined;
    // An amount in brackets is a note on the other ("25,00 € (48,90 лв.)"), not another price.
    const bracketed = at => (text.slice(0, at).match(/[([]/g) || []).length > (text.slice(0, at).match(/[)\]]/g) || []).length;
    const marked = numbers.find(([at, n]) => !bracketed(at)
      && (MONEY_BEFORE.test(text.slice(Math.max(0, at - 8), at + n.length)) || MONEY_AFTER.test(text.slice(at + n.length, at + n.length + 8))));
    // A range ("€ 3.200 – € 4.150") is read as its start or its end, as the plan says.
    return marked && rangeEnd(text) === text ? parseNumber(marked[1], fromAttribute) : undefined;
  }

  function toValue(raw, type, fromAttribute, base, words, otherwise, money, meanings) {
    if (raw === null || raw === undefined) return null;
    const text = clean(type === 'string' ? String(raw) : westernDigits(String(raw)));
    if (!text) return null;
    // A number the schema says to give when the page writes none ("0 when the bus is full" for "Full").
    if ((type === 'number' || type === 'integer') && typeof otherwise === 'number' && !/\d/.test(text) && !/[★⭐]/.test(text) && !isFree(text)) return otherwise;
    // Two labelled numbers ("Seated: 120 Standing: 250") are two values: neither is the text's number.
    if ((type === 'number' || type === 'integer') && /(\p{L}{2,}[:：]\s*\d[\s\S]*){2}/u.test(text)) return null;
    // A date, a clock time (or hours, "10:00–23:00") or a phone number is no number, though it starts with one
    // ("12 січня 2027", "20:30").
    if ((type === 'number' || type === 'integer') && (parseDate(text) !== null || PHONE.test(text) || /^\D{0,12}([01]?\d|2[0-3]):[0-5]\d(\s*[-–—~]\s*([01]?\d|2[0-4]):[0-5]\d)?(\s*\D{0,6})?$/.test(text))) return null;
    // So is a time written with an h ("06 h 30"), unless the field counts hours or minutes ("1 h 30" as 90 minutes).
    if ((type === 'number' || type === 'integer') && /^\D{0,12}([01]?\d|2[0-3])\s?h\s?[0-5]\d\D{0,6}$/.test(text) && duration(text, words) === null) return null;
    switch (type) {
      case 'string':
        return unadorned(text);
      case 'number':
      case 'integer': {
        // Read, in turn, as the amount the text marks as money, as a length of time, or as a number in the field's unit.
        // A number written with the Arabic decimal sign ("٣٫٥٠٠", three and a half rials) says its decimal mark itself.
        const plain = fromAttribute || /\u066B/.test(String(raw));
        const amount = money ? markedAmount(text, plain) : undefined;
        const found = amount !== undefined ? amount : timeSpan(text, words);
        const n = found !== undefined ? found : inUnit(text, words, plain, money);
        if (type === 'number') return n;
        return n !== null && Number.isInteger(n) ? n : null;
      }
      case 'boolean':
        return toBoolean(text, words, meanings);
      case 'url': {
        if (/\s/.test(text) || /^(javascript|mailto|tel|data):/i.test(text) || text.startsWith('#')) return null;
        if (!fromAttribute && !/^(https?:\/\/|\/)/i.test(text)) return null;
        // An attribute holds a link when it reads as one, not a date or a word made relative to the page.
        if (fromAttribute && !/^(https?:)?\/\/|^[./?]|\/|\.(html?|php|aspx?|jsp)([?#]|$)/i.test(text)) return null;
        try { return new URL(text, base || document.baseURI).href; } catch (e) { return null; }
      }
      case 'email': {
        const address = text.replace(/^mailto:/i, '').split('?')[0];
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? address : null;
      }
      case 'date':
        return describedDate(text, meanings);
      case 'date-time': {
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return null;
        const when = new Date(text);
        return isNaN(when.getTime()) ? null : when.toISOString();
      }
      default:
        return null;
    }
  }

  // A date whose month's name the description says ("avgust = August", "Īlul = September"): read in that month where
  // the page's language reads another or none; as the page writes it where it reads the same (a Thai date's year is
  // of the Buddhist era only in Thai).
  function describedDate(text, meanings) {
    const date = parseDate(text);
    const plain = text.normalize('NFC');
    for (const [word, month] of meanings || []) {
      const named = new RegExp('(?<![\\p{L}\\p{M}])' + literal(word.normalize('NFC')) + '(?![\\p{L}\\p{M}])', 'iu');
      if (named.test(plain)) return date && Number(date.slice(5, 7)) === Number(month) ? date : parseDate(plain.replace(named, MONTHS[Number(month) - 1][0]));
    }
    return date;
  }

  // A field's value in a record as the plan reads it: a boolean may be read from which text appears (is) or from
  // whether the element is there at all (present); everything else is typed from the raw reading (and taken to the
  // schema's own spelling of an enum value).
  function fieldValue(record, field, base) {
    if (field.type === 'boolean' && field.present !== undefined) return deepFind(record, field.sel) ? field.present : !field.present;
    const raw = readSource(record, field);
    if (field.type === 'boolean' && field.is && raw !== null && clean(raw) in field.is) return field.is[clean(raw)];
    const typed = toValue(raw, field.type, field.read.startsWith('attr:'), base, field.words, field.otherwise, field.money, field.meanings);
    return enumValue(patterned(field.unquote && typeof typed === 'string' ? unquoted(typed) : typed, field.pattern, field.otherwise), field);
  }

  const CURRENCY_SIGNS = { '€': 'EUR', '$': 'USD', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'Fr.': 'CHF' };

  const LEGEND = /(?<![\p{L}\p{N}])([\p{Lu}\p{N}]{1,5}\+?)\s*=\s*(\p{L}[\p{L} '-]{1,40}?)(?=\s*[,;.)\n]|\s*$)/gu;
  // A key to the page's own words for yes and no, in English or in another language: "Eego = yes · Ngaaha = no",
  // "Ɛɛn = oui, Cɛcɛ = non".
  const YES_NO_LEGEND = /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{M}'’]{0,15})\s*=\s*(\p{L}[\p{L}\p{M}]{1,10})(?![\p{L}\p{M}])/gu;

  // Abbreviations the page spells out (<abbr title="Very Good Plus">VG+</abbr>, often in a legend).
  let spelledOut = null;
  function spelling(text) {
    if (!spelledOut) {
      spelledOut = new Map();
      for (const abbr of deepAll('abbr[title]')) {
        const short = clean(abbr.textContent), long = clean(abbr.getAttribute('title'));
        if (short && long && short !== long && !spelledOut.has(short)) spelledOut.set(short, long);
      }
      // A legend in the page's words: "HW = high water, LW = low water".
      for (const m of (document.body ? document.body.textContent : '').slice(0, 200000).matchAll(LEGEND)) {
        if (!spelledOut.has(m[1])) spelledOut.set(m[1], clean(m[2]));
      }
      readYesNoKeys(document.body || document.documentElement, spelledOut);
    }
    // The page's own spellings first, then the keys of the records' own pages, as they were fetched.
    return spelledOut.get(text) ?? fetchedKeys.get(text);
  }

  // The keys to yes and no on a page, read text by text (a table cell's "Eego" runs into the key after it in the
  // page's whole text); the first key for a word stands.
  const fetchedKeys = new Map();
  function readYesNoKeys(root, into) {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(), seen = 0; node && seen < 200000; seen += node.textContent.length, node = walker.nextNode()) {
      // The word may be set apart in bold before its meaning ("<b>Iyo</b> = oui").
      const set = /^\s*=/.test(node.textContent) && node.previousSibling && node.previousSibling.nodeType === 1 ? node.previousSibling.textContent : '';
      for (const m of (set + node.textContent).matchAll(YES_NO_LEGEND)) {
        const said = fold(m[2]);
        const meaning = said === 'on' || said === 'off' ? null : YES_NO[0][0].test(said) ? 'yes' : YES_NO[1][0].test(said) ? 'no' : null;
        if (meaning && !into.has(m[1])) into.set(m[1], meaning);
      }
    }
  }

  // The enum value a text means: itself, the same but for case and punctuation ("In stock" for in_stock), what the
  // page says an abbreviation stands for, the value's word in the page's language, a day of the week, or the code of
  // the one currency sign it shows ("€18.00" for EUR); null when none. Anything goes without an enum.
  function enumValue(value, field) {
    const options = field.enum;
    if (!options || value === null || value === undefined) return value;
    const text = String(value);
    if (options.includes(text)) return text;
    // What the schema's description says a page word means ("nafta = diesel"), the longest word first.
    const said = (field.meanings || []).find(([word]) => plainWords(text).includes(plainWords(word)));
    if (said) return said[1];
    const key = v => String(v).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const same = options.filter(o => key(o) === key(text) && key(o));
    if (same.length === 1) return same[0];
    const long = spelling(text);
    const spelled = long ? options.filter(o => key(o) === key(long) && key(o)) : [];
    if (spelled.length === 1) return spelled[0];
    // Spelled out in more words than the option ("high water" for high).
    const within = long ? options.filter(o => key(o) && plainWords(long).includes(plainWords(String(o)))) : [];
    if (within.length === 1) return within[0];
    // The value's word in another language ("rouge", "красный" for red), when the text has words of one value only.
    const meant = new Set((field.translations || []).filter(([word]) => plainWords(text).includes(plainWords(word))).map(([, option]) => option));
    if (meant.size === 1) return [...meant][0];
    // Whether it is in stock, in any language ("Нет в наличии" for out_of_stock), for options that say so in English.
    const stock = YES_NO.find(([pattern, , about]) => (about === 'available' || about === 'unavailable') && pattern.test(text));
    const stocked = stock ? options.filter(o => STOCK_OPTIONS[stock[2]].includes(key(o))) : [];
    if (stocked.length === 1) return stocked[0];
    // A day of the week in any language, for options that are the English days ("monday" or "Mon").
    const day = weekdayNumber(text);
    const days = day ? options.filter(o => key(o).length >= 3 && WEEKDAYS[day - 1].startsWith(key(o))) : [];
    if (days.length === 1) return days[0];
    const signs = Object.keys(CURRENCY_SIGNS).filter(sign => text.includes(sign));
    return signs.length === 1 && options.includes(CURRENCY_SIGNS[signs[0]]) ? CURRENCY_SIGNS[signs[0]] : null;
  }

  // ---- Pagination: found afresh on every page, so it follows the site rather than a fixed URL pattern ----

  // "Next" in the languages the planner reads.
  const NEXT_TEXT = /^(next|next page|older|older posts|more results|suivant|suivante|page suivante|weiter|nächste|nächste seite|siguiente|volgende|volgende pagina|successiva|successivo|avanti|próxima|seguinte|nästa|neste|næste|seuraava|następna|další)?\s*[›»→>]*$/i;

  function visible(el) {
    return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  }

  function hrefOf(el) {
    const href = el.getAttribute('href');
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return null;
    return new URL(href, document.baseURI).href;
  }

  // The next page's URL: rel=next, then an aria-label, then the link's own text ("Next", "›", "»"), then words in any
  // language pointing forward in a pager ("Kagədə ganəmbe ›" beside "Kagədə 1/2").
  function findNext() {
    const rel = document.querySelector('a[rel~="next"][href], link[rel~="next"][href]');
    if (rel && hrefOf(rel)) return { href: hrefOf(rel), how: 'rel' };
    for (const a of document.querySelectorAll('a[href][aria-label]')) {
      if (/\bnext\b/i.test(a.getAttribute('aria-label')) && hrefOf(a) && visible(a)) return { href: hrefOf(a), how: 'aria-label' };
    }
    const links = [...document.querySelectorAll('a[href]')];
    for (const a of links) {
      const text = clean(a.textContent);
      if (text && NEXT_TEXT.test(text) && hrefOf(a) && visible(a)) return { href: hrefOf(a), how: 'text' };
    }
    const pointing = links.filter(a => FORWARD_TEXT.test(clean(a.textContent)) && hrefOf(a) && visible(a));
    const pager = pointing.length === 1 && pagerOf(pointing[0]);
    return pager ? { href: hrefOf(pointing[0]), how: 'pager' } : null;
  }

  // Words ending in an arrow that points forward, maybe with the page's number ("Kalimi 2 (suivante, next) →"): read
  // as "next" only in a pager, the one such link on the page.
  const FORWARD_TEXT = /^[^›»→<>‹«←]{2,30}\s?[›»→]$/u;

  // A link's box is a pager where, beside its links, it says little and that with a page number ("Kagədə 1/2",
  // "Page 1 of 3"), and the link goes to another page of the site.
  function pagerOf(link) {
    const box = link.parentElement;
    const href = hrefOf(link);
    if (!box || !href || new URL(href).origin !== location.origin || href.split('#')[0] === location.href.split('#')[0]) return false;
    const said = clean(spacedText(box, [...box.querySelectorAll('a')]));
    return said.length <= 40 && /(?<!\d)\d{1,3}(?!\d)/.test(said);
  }

  // A link whose text is the page number wanted, in a box (nav, list, …) that holds at least two page numbers.
  // Page numbers in any script ("١ ٢ ٣").
  function findNumbered(number) {
    const pageNumber = el => {
      const shown = westernDigits(clean(el.textContent));
      return /^\d{1,4}$/.test(shown) ? Number(shown) : null;
    };
    const boxes = new Set();
    for (const a of document.querySelectorAll('a[href]')) {
      if (pageNumber(a) !== null) boxes.add(a.parentElement.closest('nav, ul, ol, table, div, p, footer') || document.body);
    }
    for (const box of boxes) {
      const numbers = [...box.querySelectorAll('*')].filter(el => el.children.length === 0 && pageNumber(el) !== null);
      const hit = numbers.length >= 2 && numbers.find(el => el.closest('a[href]') && pageNumber(el) === number);
      if (hit && visible(hit)) return { href: hrefOf(hit.closest('a[href]')), how: 'numbered' };
    }
    return null;
  }

  // "Load more" in the languages the planner reads; a button known by its place is found by the plan's selector.
  const LOAD_MORE_TEXT = /^(load|show|see|view) more\b|^more (results|items)$|^(mehr|weitere)\b.*(laden|anzeigen|zeigen)$|^(cargar|ver|mostrar) más\b|^(afficher|voir|charger) plus\b|^(meer|toon meer)\b|^(mostra|carica) (altri|di più)\b|^(carregar|ver|mostrar) mais\b|^(visa|ladda) fler\b|^(pokaż|załaduj) więcej\b|^(näytä|lataa) lisää\b|^(načíst|zobrazit) další\b|^daha fazla\b|더 ?보기|もっと見る|さらに表示|加载更多|查看更多/i;

  function findLoadMore() {
    for (const el of document.querySelectorAll('button, a, [role="button"]')) {
      if (LOAD_MORE_TEXT.test(clean(el.textContent)) && visible(el) && !el.disabled) return el;
    }
    return null;
  }

  function enabledButton(selector) {
    const el = document.querySelector(selector);
    return el && visible(el) && !el.disabled && el.getAttribute('aria-disabled') !== 'true' ? el : null;
  }

  // ---- Other pages and files: detail pages fetched a few at a time, links to files of the wanted kinds ----

  // Each URL's page as a parsed document (null when it cannot be fetched), at most `concurrency` requests at once.
  async function fetchDocuments(urls, concurrency) {
    const documents = new Array(urls.length).fill(null);
    let next = 0;
    async function worker() {
      while (next < urls.length) {
        const index = next++;
        try {
          const response = await fetch(urls[index], { credentials: 'same-origin' });
          if (response.ok) documents[index] = new DOMParser().parseFromString(await response.text(), 'text/html');
          if (documents[index] && documents[index].body) {
            fetchedTexts.push(spacedText(documents[index].body));
            decimalComma = null;
            pageDayFirst = undefined;
            readYesNoKeys(documents[index].body, fetchedKeys);
          }
        } catch (e) {
          documents[index] = null;
        }
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    return documents;
  }

  // Links on the page to files with one of the extensions (pdf, csv, …), in page order: by the path, a file name in
  // the query (download?file=a.pdf), the download attribute's name or the link's type; each with its words.
  function fileLinkCandidates(extensions) {
    const found = [];
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, summary, caption, legend, button[aria-controls], button[aria-expanded]')];
    for (const a of deepAll('a[href]')) {
      const href = hrefOf(a);
      if (!href) continue;
      const url = new URL(href);
      const names = [url.pathname, (a.getAttribute('download') || '')].map(n => n.toLowerCase());
      const query = [...url.searchParams.values()].map(v => v.toLowerCase());
      const type = (a.getAttribute('type') || '').toLowerCase().split(';')[0].trim();
      if (extensions.some(ext => names.some(n => n.endsWith('.' + ext)) || query.some(v => v.endsWith('.' + ext)) || type.endsWith('/' + ext))) {
        found.push({ href, ...linkContext(a, url, headings) });
      }
    }
    return found;
  }

  // A text as words are compared: lower case, accents and marks dropped ("Pöytäkirja" → "poytakirja"), one space
  // around each word.
  // Kept per text (on the function: word lists above use it as they are built): a page's texts are compared with
  // many word lists, over and over.
  function plainWords(text) {
    const cache = plainWords.cache || (plainWords.cache = new Map());
    const key = String(text || '');
    let plain = cache.get(key);
    if (plain === undefined) {
      plain = ' ' + key.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i').replace(/[^\p{L}\p{N}]+/gu, ' ').trim() + ' ';
      if (cache.size < 100000) cache.set(key, plain);
    }
    return plain;
  }

  // What says what a file is: the link's own words (its text, file name, title, column header), its row's, the
  // item's it belongs to, and the heading it comes under.
  function linkContext(a, url, headings) {
    const cell = a.closest('td, th');
    const table = cell && cell.closest('table');
    const headerRow = table && table.querySelector('thead tr');
    const header = headerRow && headerRow.cells[cell.cellIndex] ? headerRow.cells[cell.cellIndex].textContent : '';
    let file = url.pathname.split('/').pop();
    try { file = decodeURIComponent(file); } catch (e) { /* keep it as written */ }
    const own = fileWords([a.textContent, file, a.getAttribute('title'), a.getAttribute('aria-label'), a.getAttribute('download'), header].join(' '));
    // The table row it is in (its list of files is part of that row), else its list item, article or paragraph.
    const row = a.closest('tr') || a.closest('li, article, dd, p');
    // The item it belongs to: the outermost of several alike things around it (a tender's card, not its file list).
    let item = null;
    for (let node = a.parentElement; node && node !== document.body; node = node.parentElement) {
      const alike = node.parentElement && [...node.parentElement.children].some(s => s !== node && s.tagName === node.tagName && s.className === node.className);
      if (alike) item = node;
    }
    const rowWords = row ? fileWords(spacedText(row)) : own;
    // The item's own words, not those of the other files' rows in it: a table of files is no item that each is dated by.
    const otherRows = item ? [...item.querySelectorAll('tr, li, article, dd, p')].filter(r => !r.contains(a) && r.querySelector('a[href]')) : [];
    // The heading it comes under: the last heading, summary or disclosure button before it.
    const heading = headings.filter(h => h.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
    return { own, row: rowWords, item: item ? fileWords(spacedText(item, otherRows)) : rowWords, section: heading ? fileWords(heading.textContent) : ' ' };
  }

  // A word as it sounds, as FileFilter.Sound has it: "vaccination" finds "vaksin", "clinic" "klinik", "terrace" "terasse".
  function sound(word) {
    return word.length < 5 || !/^\p{L}+$/u.test(word) ? word
      : word.replace(/ph/g, 'f').replace(/th/g, 't').replace(/ch/g, 'k').replace(/ck/g, 'k').replace(/c(?=[eiy])/g, 's')
        .replace(/c/g, 'k').replace(/x/g, 'ks').replace(/y/g, 'i').replace(/z/g, 's').replace(/(\p{L})\1/gu, '$1');
  }

  function sounds(words) {
    return words.split(' ').map(sound).join(' ');
  }

  // The words around a file link, with each abbreviation also as one word ("B.Sc." → "b sc bsc"), as FileFilter.Words
  // reads a task.
  function fileWords(text) {
    return plainWords(String(text || '').replace(/(?<![\p{L}\p{N}.])\p{L}{1,3}(?:\.\p{L}{1,4})+\.?/gu, m => m + ' ' + m.replace(/\./g, '')));
  }

  // An element's text with its parts kept apart (a row's cells "635" and "Matemática A", not "635Matemática A").
  function spacedText(el, without = []) {
    const parts = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!without.some(other => other.contains(node))) parts.push(node.textContent);
    }
    return parts.join(' ');
  }

  // Each file's URL once, kept when an occurrence of it carries the wanted words (all of them, or any, as the plan
  // says; "any" place around the link) and none carries a word the task said to skip (where the planner found it to
  // tell the files apart). The planner counts the files by the same rule (FileFilter.Kept).
  function fileLinks(extensions, choice) {
    // A task of several parts ("the PDF reports … and the Excel budgets …"): a file any part picks among its kinds.
    if (choice && choice.parts && choice.parts.length) {
      const picked = new Set(choice.parts.flatMap(part => fileLinks(part.extensions, part)));
      return [...new Set(fileLinkCandidates(extensions).map(c => c.href))].filter(href => picked.has(href));
    }
    const terms = (choice && choice.terms) || [];
    // A year is read where the file is dated: the nearest place that names a year (FileFilter's "dated").
    const all = ['own', 'row', 'item', 'section'];
    const places = (level, context) => level === 'any' ? all
      : level === 'dated' ? all.filter(place => / [12][0-9]{3} /.test(context[place])).slice(0, 1)
      : [level];
    // A long word is matched by its start, as FileFilter.Stem does: "criteria" finds "critérios"; one of two letters whole.
    const stem = word => word.length >= 8 ? word.slice(0, 6) : word.length >= 6 ? word.slice(0, 5) : word;
    const has = (context, term) => places(term.level, context).some(place => sounds(context[place]).includes(term.word.length <= 2 ? ' ' + term.word + ' ' : ' ' + stem(sound(term.word))));
    const wanted = terms.filter(t => t.keep), skipped = terms.filter(t => !t.keep);
    const byUrl = new Map();
    for (const context of fileLinkCandidates(extensions)) {
      const href = context.href;
      const seen = byUrl.get(href) || { wanted: wanted.length === 0, skipped: false };
      seen.wanted = seen.wanted || (choice.match === 'any' ? wanted.some(t => has(context, t)) : wanted.every(t => has(context, t)));
      seen.skipped = seen.skipped || skipped.some(t => has(context, t));
      byUrl.set(href, seen);
    }
    return [...byUrl].filter(([, seen]) => seen.wanted && !seen.skipped).map(([href]) => href);
  }
