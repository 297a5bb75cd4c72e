async function main({ page, params, log }) {
  await open(page, params, log);
  return shape(await collect(page, log));
}
