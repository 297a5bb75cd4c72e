
// Runs inside the page (only its own source crosses over), with the same reading and typing rules the planner used.
async function inPage({ op, plan, number, urls, url }) {
__EXTRACTION__

  // The fields of a record (on the list or on a detail page) as a row, and the required ones it lacks.
  function readRecord(record, names, base) {
    const row = {};
    const missing = [];
    for (const name of names) {
      const value = fieldValue(record, plan.fields[name], base);
      if (value !== null) row[name] = value;
      else if (plan.required.includes(name)) missing.push(name);
    }
    return { row, missing };
  }

  const names = Object.keys(plan.fields || {});
  const listNames = names.filter(name => plan.fields[name].on !== 'detail');
  expandRowspans();
  switch (op) {
    case 'count':
      return deepAll(plan.records).length;
    case 'next': {
      const link = plan.pagination.kind === 'numbered' ? findNumbered(number) : findNext();
      return link ? link.href : null;
    }
    case 'loadMore': {
      const button = plan.pagination.button ? enabledButton(plan.pagination.button) : findLoadMore();
      if (button) button.click();
      return !!button;
    }
    case 'scroll':
      // Up a screen, a frame, then to the end: a marker at the end that loads more when it comes into view (and
      // stayed in view after the last load) comes into view again.
      window.scrollTo(0, Math.max(0, document.documentElement.scrollHeight - 2 * window.innerHeight));
      await new Promise(resolve => { requestAnimationFrame(() => requestAnimationFrame(resolve)); setTimeout(resolve, 100); });
      window.scrollTo(0, document.documentElement.scrollHeight);
      return true;
    case 'object':
      return readRecord(document.body, names, document.baseURI);
    case 'details': {
      const documents = await fetchDocuments(urls, plan.details.concurrency);
      return documents.map((page, i) => page && page.body ? readRecord(page.body, names.filter(name => plan.fields[name].on === 'detail'), urls[i]) : null);
    }
    case 'files':
      return fileLinks(plan.files.extensions, plan.files);
    case 'download': {
      // A link with the download attribute saves the file instead of showing it (PDFs would open in a viewer).
      const link = document.createElement('a');
      link.href = url;
      link.download = '';
      document.body.appendChild(link);
      link.click();
      link.remove();
      return true;
    }
    default: {
      const rows = [];
      // The records left out, by what each lacks: a user reading the log sees which field the page writes otherwise.
      const skipped = [];
      for (const record of deepAll(plan.records)) {
        const read = readRecord(record, listNames, document.baseURI);
        const link = plan.link ? toValue(readSource(record, plan.link), 'url', true) : null;
        if (read.missing.length > 0 || (plan.link && !link)) skipped.push([...read.missing, ...(plan.link && !link ? ['its link'] : [])]);
        else rows.push(plan.link ? { link, values: read.row } : read.row);
      }
      return { rows, skipped };
    }
  }
}
