// Extracts every product of the Northwind Goods shop, following rel=next pagination.
async function main({ page, params, log }) {
  const products = [];
  let url = params.startUrl;
  while (url) {
    await page.goto(url);
    const rows = await page.$$eval('.product-card', cards => cards.map(card => ({
      name: card.querySelector('.product-name').textContent.trim(),
      price: parseFloat(card.querySelector('.price').textContent.replace('$', '')),
      rating: parseFloat(card.querySelector('.rating').textContent),
    })));
    products.push(...rows);
    log('page', page.url(), rows.length, 'products');
    const next = await page.locator('a[rel=next]').count();
    url = next ? new URL(await page.getAttribute('a[rel=next]', 'href'), page.url()).href : null;
  }
  return { products };
}
