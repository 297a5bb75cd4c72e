// Every call goes through the public API with the key the person signed in with; the browser session keeps it.
const WORKSPACE = 'webtasks.workspace';
const API_KEY = 'webtasks.apiKey';

export const session = {
  get() {
    const workspace = sessionStorage.getItem(WORKSPACE);
    const apiKey = sessionStorage.getItem(API_KEY);
    return workspace && apiKey ? { workspace, apiKey } : null;
  },
  set(workspace, apiKey) {
    sessionStorage.setItem(WORKSPACE, workspace);
    sessionStorage.setItem(API_KEY, apiKey);
  },
  clear() {
    sessionStorage.removeItem(WORKSPACE);
    sessionStorage.removeItem(API_KEY);
  },
};

/** An answer in the API's error shape: { code, message, details, ... } with its HTTP status. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `The API answered ${status}.`);
    this.status = status;
    this.code = body?.code;
    this.details = body?.details || [];
  }
}

/** Calls the workspace's API at `path`; answers the JSON body, or the Response itself with `raw`. */
export async function api(path, { method = 'GET', body, raw = false, credentials = session.get() } = {}) {
  const headers = { 'x-api-key': credentials.apiKey };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api/v1/workspace/${encodeURIComponent(credentials.workspace)}/${path}`, {
    method, headers, body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
  });
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => null));
  }
  return raw ? response : response.json();
}
