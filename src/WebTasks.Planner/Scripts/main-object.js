async function main({ page, params, log }) {
  await open(page, params, log);
  const found = await page.evaluate(inPage, { op: 'object', plan });
  if (found.missing.length > 0) throw new Error('The page no longer shows ' + found.missing.join(', ') + ' where the plan reads them.');
  return found.row;
}
