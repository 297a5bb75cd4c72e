async function main({ page, params, files, log }) {
  await open(page, params, log);
  const links = await page.evaluate(inPage, { op: 'files', plan });
  if (links.length > plan.files.max) log('Downloading the first ' + plan.files.max + ' of ' + links.length + ' files (the limit).');
  const downloaded = [];
  for (const url of links.slice(0, plan.files.max)) {
    try {
      downloaded.push(await files.download(() => page.evaluate(inPage, { op: 'download', plan, url })));
    } catch (e) {
      log('Could not download ' + url + ': ' + e.message);
    }
  }
  if (downloaded.length === 0) throw new Error('No ' + plan.files.extensions.join(' or ') + ' file could be downloaded from the page.');
  return shape(downloaded);
}
