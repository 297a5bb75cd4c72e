
// The records of every page: following the pagination, or revealing more ("load more", scrolling) first.
async function collect(page, log) {
  const kind = plan.pagination.kind;
  if (kind === 'loadMore' || kind === 'scroll') {
    await reveal(page, kind, log);
    const found = await page.evaluate(inPage, { op: 'extract', plan });
    if (found.skipped.length > 0) log('Skipped ' + skippedNote(found.skipped) + '.');
    return found.rows;
  }

  const rows = [];
  const visited = new Set([page.url()]);
  let previous = '';
  for (let number = 1; ; number++) {
    const found = await page.evaluate(inPage, { op: 'extract', plan });
    const signature = JSON.stringify(found.rows.slice(0, 3)) + '#' + found.rows.length;
    if (signature === previous) {
      log('Page ' + number + ' repeats the one before it; stopping.');
      break;
    }
    previous = signature;
    rows.push(...found.rows);
    if (found.skipped.length > 0) log('Page ' + number + ': skipped ' + skippedNote(found.skipped) + '.');
    if (kind === 'none') break;
    if (number >= plan.maxPages) {
      log('Stopped at the page limit (' + plan.maxPages + ').');
      break;
    }
    const next = await page.evaluate(inPage, { op: 'next', plan, number: number + 1 });
    if (!next || visited.has(next)) break;
    visited.add(next);
    await page.goto(next);
    await page.waitForSelector(plan.wait, { state: 'attached', timeout: plan.waitMs * 5 });
  }
  return rows;
}

// "Load more" buttons and infinite scroll: act until the number of records stops growing. A scroll that brings
// nothing is tried once more before the end is taken as reached (a busy page may answer late).
async function reveal(page, kind, log) {
  let count = await page.evaluate(inPage, { op: 'count', plan });
  for (let round = 1; round < plan.maxPages; round++) {
    if (!await page.evaluate(inPage, { op: kind, plan })) return;
    let now = await grown(page, count);
    if (now <= count && kind === 'scroll') {
      await page.evaluate(inPage, { op: kind, plan });
      now = await grown(page, count);
    }
    if (now <= count) return;
    count = now;
  }
  log('Stopped at the page limit (' + plan.maxPages + ').');
}

// The number of records once it grows past count, or count after waiting plan.waitMs for it.
async function grown(page, count) {
  let now = count;
  for (let waited = 0; waited < plan.waitMs && now <= count; waited += 100) {
    await page.waitForTimeout(100);
    now = await page.evaluate(inPage, { op: 'count', plan });
  }
  return now;
}

// "3 record(s) missing a required field (posted: 2, price: 1)": how many were left out, and for lack of what.
function skippedNote(skipped) {
  const counts = new Map();
  for (const name of skipped.flat()) counts.set(name, (counts.get(name) || 0) + 1);
  return skipped.length + ' record(s) missing a required field (' + [...counts].map(([name, n]) => name + ': ' + n).join(', ') + ')';
}
