// The events script for v2 of the site (cards): what a repair arrives at.
async function main({ page, params }) {
  await page.goto(params.startUrl);
  return await page.$$eval('section.event-card', cards => cards.map(c => ({
    title: c.querySelector('h3').textContent,
    date: c.querySelector('time').getAttribute('datetime'),
  })));
}
