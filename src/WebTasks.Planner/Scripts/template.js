// Written by the WebTasks planner (no model) for the task:
__TASK__
//
// Planned on __URL__:
__SUMMARY__
//
// Everything the script knows about the site is in `plan`: edit a selector there when the markup changes.
// Each field is read with `read` ('text', 'attr:<name>', 'labelled' by its label, or 'heading' of its section)
// from the element `sel` inside a record ('' is the record itself), then typed as `type`.

const plan = __PLAN__;

async function main({ page, params, log }) {
  await page.goto(params.startUrl || plan.startUrl);
  await page.waitForSelector(plan.records, { state: 'attached', timeout: plan.waitMs * 5 });
  const kind = plan.pagination.kind;
  if (kind === 'loadMore' || kind === 'scroll') {
    await reveal(page, kind, log);
    return shape(await page.evaluate(inPage, { op: 'extract', plan }), log);
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
    if (found.skipped > 0) log('Page ' + number + ': skipped ' + found.skipped + ' record(s) missing a required field.');
    if (kind === 'none') break;
    if (number >= plan.maxPages) {
      log('Stopped at the page limit (' + plan.maxPages + ').');
      break;
    }
    const next = await page.evaluate(inPage, { op: 'next', plan, number: number + 1 });
    if (!next || visited.has(next)) break;
    visited.add(next);
    await page.goto(next);
    await page.waitForSelector(plan.records, { state: 'attached', timeout: plan.waitMs * 5 });
  }
  return shape({ rows, skipped: 0 }, log);
}

// "Load more" buttons and infinite scroll: act until the number of records stops growing.
async function reveal(page, kind, log) {
  let count = await page.evaluate(inPage, { op: 'count', plan });
  for (let round = 1; round < plan.maxPages; round++) {
    const acted = await page.evaluate(inPage, { op: kind, plan });
    if (!acted) return;
    let now = count;
    for (let waited = 0; waited < plan.waitMs && now <= count; waited += 100) {
      await page.waitForTimeout(100);
      now = await page.evaluate(inPage, { op: 'count', plan });
    }
    if (now <= count) return;
    count = now;
  }
  log('Stopped at the page limit (' + plan.maxPages + ').');
}

function shape(found, log) {
  if (found.skipped > 0) log('Skipped ' + found.skipped + ' record(s) missing a required field.');
  if (!plan.wrap) return found.rows;
  const result = {};
  result[plan.wrap] = found.rows;
  return result;
}

// Runs inside the page (only its own source crosses over), with the same reading and typing rules the planner used.
function inPage({ op, plan, number }) {
__EXTRACTION__

  if (op === 'count') return document.querySelectorAll(plan.records).length;
  if (op === 'next') {
    const link = plan.pagination.kind === 'numbered' ? findNumbered(number) : findNext();
    return link ? link.href : null;
  }
  if (op === 'loadMore') {
    const button = findLoadMore();
    if (button) button.click();
    return !!button;
  }
  if (op === 'scroll') {
    window.scrollTo(0, document.documentElement.scrollHeight);
    return true;
  }

  const rows = [];
  let skipped = 0;
  for (const record of document.querySelectorAll(plan.records)) {
    const row = {};
    let complete = true;
    for (const name of Object.keys(plan.fields)) {
      const field = plan.fields[name];
      const value = toValue(readSource(record, field), field.type, field.read.startsWith('attr:'));
      if (value !== null) row[name] = value;
      else if (plan.required.includes(name)) complete = false;
    }
    if (complete) rows.push(row);
    else skipped++;
  }
  return { rows, skipped };
}
