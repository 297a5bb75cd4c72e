import { api, ApiError, session } from './api.js';
import { escape, lineDiff, numberedLines } from './code.js';

const main = document.getElementById('main');
const announcer = document.getElementById('announcer');
const REFRESH_MS = 2000;

// Each view gets a fresh token; loops and timers of a view stop once the person has moved on.
let viewToken = 0;
const isCurrent = token => token === viewToken;

// Markup built with html`` escapes every value except markup built the same way (or marked with raw()).
class Markup {
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}
const raw = text => new Markup(text);
const html = (strings, ...values) => raw(strings.reduce((out, s, i) => out + s + (i < values.length ? value(values[i]) : ''), ''));
function value(v) {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Markup) return v.text;
  if (Array.isArray(v)) return v.map(value).join('');
  return escape(String(v));
}

function announce(text) { announcer.textContent = text; }
function when(date) { return date ? new Date(date).toLocaleString() : '—'; }
function duration(ms) { return ms == null ? '—' : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`; }
function badge(text) { return text ? raw(`<span class="badge ${escape(text)}">${escape(text)}</span>`) : '—'; }
function hashQuery() { return new URLSearchParams(location.hash.split('?')[1] || ''); }

function render(markup, title) {
  main.innerHTML = markup;
  document.title = `${title} · WebTasks`;
}

function showError(error, where = main) {
  const box = document.createElement('div');
  box.className = 'alert';
  box.setAttribute('role', 'alert');
  box.textContent = error instanceof ApiError ? `${error.message}${error.details.length ? ' — ' + error.details.join('; ') : ''}` : String(error.message || error);
  where.prepend(box);
}

// ---- Sign in ----

function signInView() {
  render(html`
    <h1>Sign in</h1>
    <p class="hint">The key is kept for this browser tab only (session storage) and sent with every call to the API.</p>
    <form id="sign-in" novalidate>
      <label for="workspace">Workspace id</label>
      <input id="workspace" type="text" name="workspace" autocomplete="username" required>
      <label for="api-key">API key</label>
      <input id="api-key" type="password" name="apiKey" autocomplete="current-password" required>
      <p><button type="submit">Sign in</button></p>
    </form>`, 'Sign in');
  const form = document.getElementById('sign-in');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const credentials = { workspace: form.workspace.value.trim(), apiKey: form.apiKey.value };
    form.querySelector('.alert')?.remove();
    try {
      await api('web-tasks?limit=1', { credentials });
      session.set(credentials.workspace, credentials.apiKey);
      location.hash = '#/runs';
      route();
    } catch (error) {
      showError(error.status === 401 ? new Error('This workspace id and API key were refused. Check both and try again.') : error, form);
    }
  });
  document.getElementById('workspace').focus();
}

// ---- Runs ----

async function runsView(token) {
  const query = hashQuery();
  const filters = { status: query.get('status') || '', outcome: query.get('outcome') || '', reuseKey: query.get('reuseKey') || '' };
  const option = (current, v, label) => raw(`<option value="${v}"${current === v ? ' selected' : ''}>${label}</option>`);
  render(html`
    <h1>Runs</h1>
    <form class="filters" id="filters">
      <div><label for="f-status">Status</label>
        <select id="f-status" name="status">${option(filters.status, '', 'Any')}${option(filters.status, 'pending', 'pending')}${option(filters.status, 'started', 'started')}${option(filters.status, 'completed', 'completed')}</select></div>
      <div><label for="f-outcome">Outcome</label>
        <select id="f-outcome" name="outcome">${option(filters.outcome, '', 'Any')}${option(filters.outcome, 'success', 'success')}${option(filters.outcome, 'failed', 'failed')}</select></div>
      <div><label for="f-key">Reuse key</label><input id="f-key" type="text" name="reuseKey" value="${filters.reuseKey}"></div>
      <div><button type="submit">Filter</button></div>
    </form>
    <div id="runs"></div>`, 'Runs');
  document.getElementById('filters').addEventListener('submit', event => {
    event.preventDefault();
    const form = new FormData(event.target);
    const next = new URLSearchParams([...form].filter(([, v]) => v));
    location.hash = `#/runs?${next}`;
  });

  // Tokens of the pages before this one, so "Newer" goes back.
  const tokens = [null];
  let page = 0;
  const load = async () => {
    if (!isCurrent(token)) return;
    const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    params.set('limit', '25');
    if (tokens[page]) params.set('continuationToken', tokens[page]);
    const target = document.getElementById('runs');
    try {
      const list = await api(`web-tasks?${params}`);
      if (!isCurrent(token)) return;
      tokens[page + 1] = list.continuationToken;
      target.innerHTML = runsTable(list.webTasks, 'Runs, newest first');
      target.insertAdjacentHTML('beforeend', html`<div class="pager">
        <button type="button" class="secondary" id="newer" ${page === 0 ? 'disabled' : ''}>Newer</button>
        <button type="button" class="secondary" id="older" ${list.continuationToken ? '' : 'disabled'}>Older</button></div>`);
      document.getElementById('newer').onclick = () => { page--; load(); };
      document.getElementById('older').onclick = () => { page++; load(); };
      if (list.webTasks.some(r => r.status !== 'completed')) setTimeout(load, REFRESH_MS);
    } catch (error) {
      target.innerHTML = '';
      showError(error, target);
    }
  };
  await load();
}

function runsTable(runs, caption) {
  if (runs.length === 0) return '<p>No runs match.</p>';
  return html`<table id="runs-table"><caption class="visually-hidden">${caption}</caption>
    <thead><tr><th scope="col">Run</th><th scope="col">Status</th><th scope="col">Outcome</th><th scope="col">Error code</th><th scope="col">Reuse key</th>
      <th scope="col">Model</th><th scope="col" class="num">Duration</th><th scope="col" class="num">AI USD</th><th scope="col" class="num">Compute h</th><th scope="col">Started</th></tr></thead>
    <tbody>${runs.map(r => html`<tr data-run="${r.webTaskId}">
      <td><a href="#/runs/${r.webTaskId}">${r.webTaskId}</a></td><td>${badge(r.status)}</td><td>${badge(r.outcome)}</td><td>${r.errorCode || '—'}</td>
      <td><a href="#/keys/${encodeURIComponent(r.reuseKey)}">${r.reuseKey}</a></td><td>${r.model}</td><td class="num">${duration(r.timings.durationMs)}</td>
      <td class="num">${r.cost.aiUsd.toFixed(4)}</td><td class="num">${r.cost.compute.amount.toFixed(6)}</td><td>${when(r.timings.startedAt || r.timings.createdAt)}</td></tr>`)}</tbody></table>`;
}

// ---- One run ----

async function runView(token, id) {
  render(html`<h1>Run <code>${id}</code></h1><div id="run"><p>Loading…</p></div>`, id);
  const target = document.getElementById('run');
  try {
    const [request, result] = await Promise.all([api(`web-tasks/${id}/request`), api(`web-tasks/${id}/result`)]);
    if (!isCurrent(token)) return;
    showRun(target, request, result);
    let latest = result;
    while (latest.status !== 'completed' && isCurrent(token)) {
      latest = await api(`web-tasks/${id}/result?wait=10`);
      if (isCurrent(token)) showRun(target, request, latest);
    }
    if (isCurrent(token) && latest !== result) announce(`Run ${latest.outcome}.`);
  } catch (error) {
    target.innerHTML = '';
    showError(error, target);
  }
}

function showRun(target, request, result) {
  const running = result.status !== 'completed';
  const reuse = result.reuse;
  target.innerHTML = html`
    <div class="actions">
      <span id="run-status">${badge(result.status)} ${badge(result.outcome)}</span>
      ${running ? raw('<button type="button" class="danger" id="cancel">Cancel run</button>') : ''}
      ${running ? '' : raw('<button type="button" class="secondary" id="open-trace">Open trace</button>')}
    </div>
    ${result.error ? html`<div class="alert" role="status" id="run-error"><strong>${result.error.code}</strong>: ${result.error.message}</div>` : ''}
    <h2>Request</h2>
    <dl class="facts">
      <dt>Task</dt><dd id="run-task">${request.task}</dd>
      <dt>Start URL</dt><dd>${request.startUrl || '—'}</dd>
      <dt>Reuse key</dt><dd><a href="#/keys/${encodeURIComponent(request.reuseKey)}">${request.reuseKey}</a></dd>
      <dt>Model</dt><dd>${request.model}</dd>
      <dt>Parameters</dt><dd><pre id="run-parameters">${JSON.stringify(request.parameters, null, 2)}</pre></dd>
      ${request.outputSchema ? html`<dt>Output schema</dt><dd><details><summary>Show</summary><pre>${JSON.stringify(request.outputSchema, null, 2)}</pre></details></dd>` : ''}
      ${request.proxy ? html`<dt>Proxy</dt><dd>${request.proxy}</dd>` : ''}
      ${result.sink ? html`<dt>Sink</dt><dd><pre>${JSON.stringify(result.sink, null, 2)}</pre></dd>` : ''}
    </dl>
    <h2>Run</h2>
    <dl class="facts">
      <dt>Created</dt><dd>${when(result.timings.createdAt)}</dd>
      <dt>Started</dt><dd>${when(result.timings.startedAt)}</dd>
      <dt>Completed</dt><dd>${when(result.timings.completedAt)}</dd>
      <dt>Duration</dt><dd id="run-duration">${duration(result.timings.durationMs)}</dd>
      ${result.cost ? html`<dt>Cost</dt><dd>${result.cost.aiUsd.toFixed(6)} USD AI, ${result.cost.compute.amount.toFixed(8)} compute hours</dd>` : ''}
      ${reuse ? html`<dt>Reuse</dt><dd>used: ${String(reuse.used)}, created: ${String(reuse.created)}, updated: ${String(reuse.updated)}; revision ${reuse.revision_id || '—'}</dd>` : ''}
    </dl>
    <div id="trace-status"></div>
    ${result.result ? html`<h2>Result</h2><div id="result"></div>` : ''}`;
  if (result.result) showResult(document.getElementById('result'), result.webTaskId, result.result);
  document.getElementById('cancel')?.addEventListener('click', async event => {
    event.target.disabled = true;
    try {
      showRun(target, request, await api(`web-tasks/${result.webTaskId}/cancel`, { method: 'POST' }));
      announce('Run cancelled.');
    } catch (error) {
      showError(error, target);
    }
  });
  document.getElementById('open-trace')?.addEventListener('click', () => openTrace(result.webTaskId));
}

/**
 * The trace is fetched with the API key and handed to Playwright's trace viewer the way it is embedded: it says
 * `ready` to its opener and loads a trace posted to it as a Blob.
 */
async function openTrace(id) {
  const status = document.getElementById('trace-status');
  status.textContent = '';
  const viewer = window.open('/trace-viewer/index.html', '_blank');
  const ready = new Promise(resolve => window.addEventListener('message', function onReady(event) {
    if (event.source === viewer && event.data?.method === 'ready') {
      window.removeEventListener('message', onReady);
      resolve();
    }
  }));
  try {
    const trace = await (await api(`web-tasks/${id}/trace`, { raw: true })).blob();
    await ready;
    viewer.postMessage({ method: 'load', params: { trace } }, location.origin);
  } catch (error) {
    viewer.close();
    showError(error, status);
  }
}

/** The records of a result: the data itself when it is an array, else the first array of objects it holds. */
function recordsOf(data) {
  const isRecords = v => Array.isArray(v) && v.length > 0 && v.every(r => r && typeof r === 'object' && !Array.isArray(r));
  if (isRecords(data)) return data;
  if (data && typeof data === 'object') return Object.values(data).find(isRecords) || null;
  return null;
}

function attachmentsOf(node, found = []) {
  if (Array.isArray(node)) node.forEach(n => attachmentsOf(n, found));
  else if (node && typeof node === 'object') {
    if (node.type === 'attachment') found.push(node);
    else Object.values(node).forEach(n => attachmentsOf(n, found));
  }
  return found;
}

function showResult(target, id, result) {
  if (result.file) {
    target.innerHTML = html`<p id="result-file">A file of ${result.file.sizeBytes} bytes${result.file.preview?.rowCount != null ? `, ${result.file.preview.rowCount} records` : ''}:
      ${result.file.url ? html`<a href="${result.file.url}">download the result</a>` : 'no link could be made'} (the link expires ${when(result.file.expiresAt)}).</p>
      ${result.file.preview?.sample ? html`<h3>Sample</h3><pre>${JSON.stringify(result.file.preview.sample, null, 2)}</pre>` : ''}`;
    return;
  }
  const data = result.data;
  const records = recordsOf(data);
  const attachments = attachmentsOf(data);
  target.innerHTML = html`<div class="actions">
      <a class="button secondary" id="download-json" download="${id}.json" href="${blobUrl(JSON.stringify(data, null, 2), 'application/json')}">Download JSON</a>
      ${records ? html`<a class="button secondary" id="download-csv" download="${id}.csv" href="${blobUrl(toCsv(records), 'text/csv')}">Download CSV</a>` : ''}
    </div>
    ${attachments.length ? html`<h3>Attachments</h3><ul>${attachments.map(a => html`<li>${a.url ? html`<a href="${a.url}">${a.fileName || a.name || a.url}</a>` : (a.fileName || 'attachment')} </li>`)}</ul>` : ''}
    <div id="records"></div>
    ${records ? '' : html`<pre id="result-json">${JSON.stringify(data, null, 2)}</pre>`}`;
  if (records) sortableTable(document.getElementById('records'), records);
}

function blobUrl(text, type) { return URL.createObjectURL(new Blob([text], { type })); }

function cell(v) { return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v); }

function toCsv(records) {
  const columns = [...new Set(records.flatMap(Object.keys))];
  const quote = v => /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return [columns.map(quote).join(','), ...records.map(r => columns.map(c => quote(cell(r[c]))).join(','))].join('\r\n') + '\r\n';
}

function sortableTable(target, records) {
  const columns = [...new Set(records.flatMap(Object.keys))];
  let sortBy = null;
  let ascending = true;
  const draw = () => {
    const rows = sortBy === null ? records : [...records].sort((a, b) => {
      const x = a[sortBy];
      const y = b[sortBy];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : cell(x).localeCompare(cell(y), undefined, { numeric: true });
      return ascending ? order : -order;
    });
    target.innerHTML = html`<table id="result-table"><caption>${records.length} records</caption><thead><tr>${columns.map(c => html`<th scope="col"
        aria-sort="${sortBy === c ? (ascending ? 'ascending' : 'descending') : 'none'}"><button type="button" data-column="${c}">${c}${sortBy === c ? (ascending ? ' ▲' : ' ▼') : ''}</button></th>`)}</tr></thead>
      <tbody>${rows.map(r => html`<tr>${columns.map(c => html`<td class="${typeof r[c] === 'number' ? 'num' : ''}">${cell(r[c])}</td>`)}</tr>`)}</tbody></table>`;
    target.querySelectorAll('th button').forEach(button => button.addEventListener('click', () => {
      const column = button.dataset.column;
      ascending = sortBy === column ? !ascending : true;
      sortBy = column;
      draw();
      target.querySelector(`th button[data-column="${CSS.escape(column)}"]`).focus();
    }));
  };
  draw();
}

// ---- Start a task ----

function startView() {
  render(html`
    <h1>Start a task</h1>
    <form id="start" novalidate>
      <label for="s-task">Task</label>
      <textarea id="s-task" name="task" rows="3" required aria-describedby="s-task-error"></textarea>
      <div class="field-error" id="s-task-error"></div>
      <label for="s-url">Start URL</label>
      <input id="s-url" type="url" name="startUrl" aria-describedby="s-url-error">
      <div class="field-error" id="s-url-error"></div>
      <label for="s-params">Parameters (a JSON object)</label>
      <textarea id="s-params" name="parameters" rows="3" aria-describedby="s-params-error">{}</textarea>
      <div class="field-error" id="s-params-error" aria-live="polite"></div>
      <label for="s-schema">Output schema (JSON Schema, optional)</label>
      <textarea id="s-schema" name="outputSchema" rows="8" aria-describedby="s-schema-hint s-schema-error"></textarea>
      <p class="hint" id="s-schema-hint">Checked as you type, by the API's own validator.</p>
      <div class="field-error" id="s-schema-error" aria-live="polite"></div>
      <label for="s-key">Reuse key (optional)</label>
      <input id="s-key" type="text" name="reuseKey" aria-describedby="s-key-error">
      <div class="field-error" id="s-key-error"></div>
      <label for="s-model">Model</label>
      <select id="s-model" name="model" aria-describedby="s-model-error"><option value="">The service's default</option><option>haiku</option><option>sonnet</option><option>opus</option><option>none</option></select>
      <div class="field-error" id="s-model-error"></div>
      <p><button type="submit">Start</button></p>
    </form>`, 'Start a task');
  const form = document.getElementById('start');
  const setError = (field, messages) => {
    const box = document.getElementById(`${field.id}-error`);
    box.innerHTML = messages.length ? html`<ul>${messages.map(m => html`<li>${m}</li>`)}</ul>` : '';
    field.setAttribute('aria-invalid', messages.length ? 'true' : 'false');
    return messages.length === 0;
  };
  const jsonObject = (field, label) => {
    if (!field.value.trim()) return { ok: true, value: undefined };
    try {
      const parsed = JSON.parse(field.value);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: setError(field, [`${label} must be a JSON object.`]) };
      return { ok: true, value: parsed };
    } catch (error) {
      return { ok: setError(field, [`Not valid JSON: ${error.message}`]) };
    }
  };
  let schemaCheck = 0;
  const checkSchema = async () => {
    const mine = ++schemaCheck;
    const parsed = jsonObject(form.outputSchema, 'The output schema');
    if (!parsed.ok) return false;
    if (parsed.value === undefined) return setError(form.outputSchema, []);
    try {
      const verdict = await api('output-schemas/validate', { method: 'POST', body: parsed.value });
      return mine === schemaCheck ? setError(form.outputSchema, verdict.errors) : verdict.valid;
    } catch (error) {
      return setError(form.outputSchema, [error.message]);
    }
  };
  let timer;
  form.outputSchema.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(checkSchema, 300); });
  form.parameters.addEventListener('input', () => { if (jsonObject(form.parameters, 'Parameters').ok) setError(form.parameters, []); });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    form.querySelector(':scope > .alert')?.remove();
    const taskOk = setError(form.task, form.task.value.trim() ? [] : ['Describe the task.']);
    const params = jsonObject(form.parameters, 'Parameters');
    const schemaOk = await checkSchema();
    if (!taskOk || !params.ok || !schemaOk) {
      form.querySelector('[aria-invalid="true"]')?.focus();
      return;
    }
    const body = { task: form.task.value.trim() };
    if (form.startUrl.value.trim()) body.startUrl = form.startUrl.value.trim();
    if (params.value) body.parameters = params.value;
    if (form.outputSchema.value.trim()) body.outputSchema = JSON.parse(form.outputSchema.value);
    if (form.reuseKey.value.trim()) body.reuseKey = form.reuseKey.value.trim();
    if (form.model.value) body.model = form.model.value;
    try {
      const started = await api('web-tasks/start', { method: 'POST', body });
      location.hash = `#/runs/${started.webTaskId}`;
    } catch (error) {
      showFieldErrors(error);
    }
  });

  // The API names the field each problem is about ('task' …): the problem goes under that field.
  const showFieldErrors = error => {
    const byField = new Map();
    for (const detail of error.details || []) {
      const field = form.elements[(detail.match(/^'(\w+)'/) || [])[1]];
      if (field?.id) byField.set(field, [...(byField.get(field) || []), detail]);
    }
    byField.forEach((messages, field) => setError(field, messages));
    if (byField.size === 0) showError(error, form);
    else [...byField.keys()][0].focus();
  };
  form.task.focus();
}

// ---- Reuse keys ----

async function keysView(token) {
  render(html`<h1>Reuse keys</h1><div id="keys"><p>Loading…</p></div>`, 'Reuse keys');
  const target = document.getElementById('keys');
  try {
    const { keys } = await api('reuse-keys');
    const lastRuns = await Promise.all(keys.map(k => api(`web-tasks?limit=1&reuseKey=${encodeURIComponent(k.key)}`).then(l => l.webTasks[0])));
    if (!isCurrent(token)) return;
    target.innerHTML = keys.length === 0 ? '<p>No saved scripts yet: a successful run saves one under its reuse key.</p>' : html`<table id="keys-table">
      <caption class="visually-hidden">Reuse keys</caption>
      <thead><tr><th scope="col">Key</th><th scope="col">Current revision</th><th scope="col">Author</th><th scope="col" class="num">Revisions</th><th scope="col">Saved</th><th scope="col">Last run</th></tr></thead>
      <tbody>${keys.map((k, i) => html`<tr><td><a href="#/keys/${encodeURIComponent(k.key)}">${k.key}</a></td><td><code>${k.revisionId}</code></td><td>${k.author}</td>
        <td class="num">${k.revisionCount}</td><td>${when(k.revisionTimestamp)}</td>
        <td>${lastRuns[i] ? html`<a href="#/runs/${lastRuns[i].webTaskId}">${when(lastRuns[i].timings.createdAt)}</a> ${badge(lastRuns[i].outcome || lastRuns[i].status)}` : '—'}</td></tr>`)}</tbody></table>`;
  } catch (error) {
    target.innerHTML = '';
    showError(error, target);
  }
}

async function keyView(token, key) {
  render(html`<h1>Reuse key <code>${key}</code></h1><div id="key"><p>Loading…</p></div>`, key);
  const target = document.getElementById('key');
  try {
    const path = `reuse-keys/${encodeURIComponent(key)}`;
    const [current, history, runs] = await Promise.all([api(path), api(`${path}/revisions`), api(`web-tasks?limit=50&reuseKey=${encodeURIComponent(key)}`)]);
    if (!isCurrent(token)) return;
    showKey(target, key, current, history.revisions, runs.webTasks);
  } catch (error) {
    target.innerHTML = '';
    showError(error, target);
  }
}

function showKey(target, key, current, revisions, runs) {
  const path = `reuse-keys/${encodeURIComponent(key)}`;
  target.innerHTML = html`
    <dl class="facts"><dt>Current revision</dt><dd><code id="current-revision">${current.revisionId}</code></dd>
      <dt>Author</dt><dd>${current.author}</dd><dt>Saved</dt><dd>${when(current.revisionTimestamp)}</dd>
      <dt>Written by run</dt><dd>${current.sourceWebTaskId ? html`<a href="#/runs/${current.sourceWebTaskId}">${current.sourceWebTaskId}</a>` : '—'}</dd></dl>
    <h2>Script</h2>
    <div class="actions"><button type="button" class="secondary" id="edit">Edit</button></div>
    <div id="script"><pre class="code" id="code" aria-label="Current script">${raw(numberedLines(current.code))}</pre></div>
    <h2>Cost and duration per run</h2>
    ${runs.length ? raw(charts(runs)) : raw('<p>No runs yet.</p>')}
    <h2>Revisions</h2>
    <form id="diff-form">
    <table id="revisions"><caption class="visually-hidden">Revisions, newest first</caption>
      <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Revision</th><th scope="col">Saved</th><th scope="col">Author</th><th scope="col">Source</th><th scope="col"></th></tr></thead>
      <tbody>${revisions.map((r, i) => html`<tr data-revision="${r.revisionId}">
        <td><input type="radio" name="from" value="${r.revisionId}" aria-label="Diff from ${r.revisionId}" ${i === 1 || (revisions.length === 1 && i === 0) ? 'checked' : ''}></td>
        <td><input type="radio" name="to" value="${r.revisionId}" aria-label="Diff to ${r.revisionId}" ${i === 0 ? 'checked' : ''}></td>
        <td><code>${r.revisionId}</code>${r.current ? raw(' <span class="badge success">current</span>') : ''}</td><td>${when(r.revisionTimestamp)}</td><td>${r.author}</td>
        <td>${r.restoredFrom ? html`rollback to <code>${r.restoredFrom}</code>` : r.sourceWebTaskId ? html`<a href="#/runs/${r.sourceWebTaskId}">${r.sourceWebTaskId}</a>` : '—'}</td>
        <td>${r.current ? '' : html`<button type="button" class="secondary" data-rollback="${r.revisionId}">Roll back to this</button>`}</td></tr>`)}</tbody></table>
    <button type="submit">Show diff</button>
    </form>
    <div id="diff"></div>`;

  document.getElementById('diff-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = new FormData(event.target);
    const out = document.getElementById('diff');
    try {
      const [from, to] = await Promise.all([form.get('from'), form.get('to')].map(id => api(`${path}/revisions/${id}`)));
      const lines = lineDiff(from.code, to.code);
      const changed = lines.filter(l => l.kind !== 'same').length;
      out.innerHTML = html`<h3>${from.revisionId} → ${to.revisionId}: ${changed} changed lines</h3>
        <pre class="diff" id="diff-lines">${lines.map(l => html`<div class="${l.kind}"><span class="mark" aria-label="${l.kind === 'add' ? 'added' : l.kind === 'del' ? 'removed' : 'same'}">${l.kind === 'add' ? '+' : l.kind === 'del' ? '−' : ' '}</span>${l.text}</div>`)}</pre>`;
    } catch (error) {
      showError(error, out);
    }
  });

  target.querySelectorAll('[data-rollback]').forEach(button => button.addEventListener('click', async () => {
    try {
      await api(`${path}/rollback`, { method: 'POST', body: { revisionId: button.dataset.rollback } });
      announce(`Rolled back to ${button.dataset.rollback}.`);
      route();
    } catch (error) {
      showError(error, target);
    }
  }));

  document.getElementById('edit').addEventListener('click', () => editScript(key, current.code));
}

function editScript(key, code) {
  const box = document.getElementById('script');
  box.innerHTML = html`<form id="edit-form">
      <label for="editor">Script</label>
      <textarea id="editor" class="editor" spellcheck="false" aria-describedby="editor-error">${code}</textarea>
      <div class="field-error" id="editor-error" role="alert"></div>
      <div class="actions"><button type="submit">Save as a new revision</button><button type="button" class="secondary" id="cancel-edit">Cancel</button></div>
    </form>`;
  const editor = document.getElementById('editor');
  editor.focus();
  document.getElementById('cancel-edit').onclick = () => route();
  document.getElementById('edit-form').addEventListener('submit', async event => {
    event.preventDefault();
    const error = document.getElementById('editor-error');
    try {
      await api(`reuse-keys/${encodeURIComponent(key)}/code`, { method: 'PUT', body: { code: editor.value } });
      announce('Saved as a new revision.');
      route();
    } catch (failure) {
      const line = Number((failure.message.match(/\(line (\d+)\)/) || [])[1]) || null;
      error.innerHTML = html`${line ? html`<strong>Line ${line}</strong>: ` : ''}${failure.message}
        ${line ? html`<pre class="code">${raw(numberedLines(editor.value.split('\n').slice(Math.max(0, line - 3), line + 2).join('\n'), Math.min(line, 3)))}</pre>` : ''}`;
      editor.setAttribute('aria-invalid', 'true');
      if (line) selectLine(editor, line);
    }
  });
}

function selectLine(textarea, line) {
  const lines = textarea.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  textarea.focus();
  textarea.setSelectionRange(start, start + (lines[line - 1] || '').length);
}

/** Two small bar charts, oldest run on the left: AI cost and duration. */
function charts(runs) {
  const ordered = [...runs].reverse();
  const chart = (label, values, format) => {
    const width = 320;
    const height = 100;
    const max = Math.max(...values, 0);
    const step = width / values.length;
    const bars = values.map((v, i) => {
      const h = Math.max(1, (v / (max || 1)) * (height - 14));
      return `<rect x="${(i * step + 1).toFixed(1)}" y="${(height - h).toFixed(1)}" width="${Math.max(1, step - 2).toFixed(1)}" height="${h.toFixed(1)}"><title>${escape(ordered[i].webTaskId)}: ${escape(format(v))}</title></rect>`;
    }).join('');
    return `<figure><svg role="img" aria-label="${escape(label)}: most ${escape(format(max))}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
      <text x="0" y="10">max ${escape(format(max))}</text>${bars}</svg><figcaption>${escape(label)} (${values.length} runs, oldest first)</figcaption></figure>`;
  };
  return `<div class="charts" id="charts">${chart('AI cost, USD', ordered.map(r => r.cost.aiUsd), v => v.toFixed(4))}${chart('Duration', ordered.map(r => r.timings.durationMs || 0), duration)}</div>`;
}

// ---- Routing ----

function route() {
  const token = ++viewToken;
  const credentials = session.get();
  document.getElementById('nav').hidden = !credentials;
  document.getElementById('who').hidden = !credentials;
  if (!credentials) {
    signInView();
    return;
  }
  document.getElementById('workspace-name').textContent = credentials.workspace;
  const [path] = location.hash.slice(1).split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  document.querySelectorAll('#nav a').forEach(a => a.toggleAttribute('aria-current', a.getAttribute('href') === `#/${parts[0] || 'runs'}`));
  document.querySelectorAll('#nav a[aria-current]').forEach(a => a.setAttribute('aria-current', 'page'));
  const view = parts[0] === 'runs' && parts[1] ? () => runView(token, parts[1])
    : parts[0] === 'start' ? () => startView()
    : parts[0] === 'keys' && parts[1] ? () => keyView(token, parts[1])
    : parts[0] === 'keys' ? () => keysView(token)
    : () => runsView(token);
  view();
  main.focus({ preventScroll: true });
}

document.getElementById('sign-out').addEventListener('click', () => {
  session.clear();
  location.hash = '';
  route();
});
window.addEventListener('hashchange', route);
route();
