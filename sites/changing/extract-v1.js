// The events script written for v1 of the site (a table); v2 (cards) breaks it.
async function main({ page, params }) {
  await page.goto(params.startUrl);
  return await page.$$eval('table.events tr.event', rows => rows.map(r => ({
    title: r.querySelector('.title').textContent,
    date: r.querySelector('.date').textContent,
  })));
}
