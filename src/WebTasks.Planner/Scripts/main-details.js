async function main({ page, params, log }) {
  await open(page, params, log);
  const listed = await collect(page, log);
  if (listed.length > plan.details.maxPages) log('Reading the first ' + plan.details.maxPages + ' of ' + listed.length + ' detail pages (the limit).');
  const rows = [];
  const skipped = [];
  for (let at = 0; at < Math.min(listed.length, plan.details.maxPages); at += plan.details.batch) {
    const batch = listed.slice(at, Math.min(at + plan.details.batch, plan.details.maxPages));
    const read = await page.evaluate(inPage, { op: 'details', plan, urls: batch.map(row => row.link) });
    batch.forEach((row, i) => {
      if (read[i] && read[i].missing.length === 0) rows.push(Object.assign({}, row.values, read[i].row));
      else skipped.push(read[i] ? read[i].missing : ['page not read']);
    });
  }
  if (skipped.length > 0) log('Skipped ' + skippedNote(skipped) + ' on its own page.');
  return shape(rows);
}
