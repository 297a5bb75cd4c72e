
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
      if (step.action === 'select') await page.selectOption(step.sel, await optionFor(page, step.sel, String(value), step.by));
      // The radio button whose value is the option's, written as a CSS string (as FormMatcher.ButtonOf writes it).
      else if (step.action === 'choose') await page.check(step.sel + '[value=' + JSON.stringify(await optionFor(page, step.sel, String(value), step.by)) + ']');
      else if (step.action === 'check') await (value ? page.check(step.sel) : page.uncheck(step.sel));
      else await page.fill(step.sel, step.by ? typedDate(String(value), step.by) : String(value));
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

// The value of the option a run's value picks: by its text ('label') or value ('value') the same but for case and
// spaces, or ('words') the one option whose text holds it as whole words ("Köln" in "Köln – Lichtspiel am Ring"). The
// options of radio buttons are the buttons, their text their labels'.
async function optionFor(page, sel, value, by) {
  const found = await page.evaluate(({ sel, value, by }) => {
    const controls = [...document.querySelectorAll(sel)];
    const options = controls[0].tagName === 'SELECT' ? [...controls[0].options]
      : controls.map(r => ({ text: [...(r.labels || [])].map(l => l.textContent).join(' '), value: r.value }));
    const same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
    if (by === 'label' || by === 'value') {
      const option = options.find(o => same(by === 'label' ? o.text : o.value, value));
      return option ? option.value : null;
    }
    const escaped = value.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const words = new RegExp('(^|[^\\p{L}\\p{N}])' + escaped + '($|[^\\p{L}\\p{N}])', 'iu');
    const named = options.filter(o => words.test(o.text));
    if (named.length === 1) return named[0].value;
    // Of several, the one that has it as a part set apart ("meat" in "Bierggo (renkött, meat)"), as FormMatcher.OptionNaming.
    const apart = named.filter(o => o.text.split(/[(),;\/·|–—]/).some(part => same(part, value)));
    return apart.length === 1 ? apart[0].value : null;
  }, { sel, value, by });
  if (found === null) throw new Error((by === 'label' || by === 'value' ? 'No option of ' + sel + ' is "' : 'No single option of ' + sel + ' holds "') + value + '".');
  return found;
}

// A date parameter typed as the box's placeholder asks ("2026-03-14" as "d.m.y" → "14.03.2026"); anything else as it is.
function typedDate(value, format) {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!iso) return value;
  const part = { y: iso[1], m: iso[2], d: iso[3] };
  return format.split(format[1]).map(p => part[p]).join(format[1]);
}
