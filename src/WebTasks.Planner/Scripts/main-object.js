async function main({ page, params, log }) {
  await open(page, params, log);
  const found = await page.evaluate(inPage, { op: 'object', plan });
  const missing = plan.required.filter(name => !(name in found.row));
  if (missing.length > 0) throw new Error('The page no longer shows ' + missing.join(', ') + ' where the plan reads them.');
  return found.row;
}
