
// Opens the start page; with a search form in the plan, fills it from the run's parameters and submits it.
async function open(page, params, log) {
  await page.goto(params.startUrl || plan.startUrl);
  if (plan.search) {
    for (const step of plan.search.fill) {
      const value = params[step.param];
      if (value === undefined || value === null) {
        log('No parameter "' + step.param + '": leaving ' + step.sel + ' as it is.');
        continue;
      }
      if (step.action === 'select') await page.selectOption(step.sel, step.by === 'value' ? String(value) : { label: String(value) });
      else if (step.action === 'check') await (value ? page.check(step.sel) : page.uncheck(step.sel));
      else await page.fill(step.sel, String(value));
    }
    if (plan.search.submit) await page.click(plan.search.submit);
    else await page.press(plan.search.fill[plan.search.fill.length - 1].sel, 'Enter');
  }
  await page.waitForSelector(plan.wait, { state: 'attached', timeout: plan.waitMs * 5 });
}

function shape(rows) {
  if (!plan.wrap) return rows;
  const result = {};
  result[plan.wrap] = rows;
  return result;
}
