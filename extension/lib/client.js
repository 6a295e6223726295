// The Claimlight server's HTTP API, with failures turned into messages a reader can act on.
import { ext } from "./ext.js";
import { serverEvents } from "./server-events.js";

const REQUEST_TIMEOUT_MS = 120_000;
// The server answers with its template questions when the model has not written them within
// QUESTIONS_TIMEOUT_S = 120 s (backend/claimlight/llm/service.py). Waiting longer than that lets
// those templates arrive instead of "did not answer in time"; a unit test keeps the two apart.
export const QUESTIONS_TIMEOUT_MS = 150_000;

export class ServerError extends Error {
  constructor(code, message, status = 0) {
    super(message);
    this.code = code;
    this.status = status;
  }

  toJSON() {
    return { code: this.code, message: this.message, status: this.status };
  }
}

// The server listens on loopback only; the token must never be sent anywhere else. The extension's
// CSP (connect-src in manifest.json) says the same. [::1] is left out because a CSP source cannot
// name an IPv6 address; a server on ::1 is reached as localhost.
export const LOOPBACK_HOSTS = ["127.0.0.1", "localhost"];

/** "127.0.0.1:8765/api/" -> "http://127.0.0.1:8765" (http by default); anything but a loopback http(s) address is refused. */
export function serverOrigin(address) {
  const value = String(address ?? "").trim();
  let url;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    throw new ServerError("bad_address", `${JSON.stringify(value)} is not a server address; use http://127.0.0.1 with the port \`claimlight serve\` printed.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ServerError("bad_address", "The server address must start with http://");
  }
  if (!LOOPBACK_HOSTS.includes(url.hostname)) {
    throw new ServerError("not_loopback", `Claimlight talks only to a server on this machine (127.0.0.1 or localhost), not ${url.hostname}.`);
  }
  return url.origin;
}

/**
 * Whether the browser withholds access to the server's address: Firefox grants host permissions
 * only as the reader allows, and any browser lets the reader revoke them. Without it a request
 * fails like a server that is down, unless the server answers CORS for the extension.
 */
async function accessWithheld(serverUrl) {
  if (!ext?.permissions) return false; // outside the extension (the unit tests) there is no grant to check
  const { protocol, hostname } = new URL(serverUrl);
  return !(await ext.permissions.contains({ origins: [`${protocol}//${hostname}/*`] }));
}

function explain(serverUrl, status, body) {
  const code = body?.error?.code;
  const message = body?.error?.message;
  if (status === 401) {
    return new ServerError("wrong_token", "The server refused the token. Run `claimlight token` and paste what it prints into Claimlight's options.", status);
  }
  if (code === "host_not_allowed") {
    return new ServerError("wrong_address", `The server at ${serverUrl} refused this address. Use http://127.0.0.1 with the port \`claimlight serve\` printed.`, status);
  }
  return new ServerError(code || `http_${status}`, message || `The server answered ${status}.`, status);
}

export class ClaimlightClient {
  constructor({ serverUrl, token }) {
    this.serverUrl = serverOrigin(serverUrl);
    this.token = token;
  }

  async send(method, path, { body, accept = "application/json", signal }) {
    const headers = { Accept: accept };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    try {
      return await fetch(this.serverUrl + path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store", credentials: "omit", signal,
      });
    } catch (error) {
      if (error.name === "AbortError") throw error;
      if (error.name === "TimeoutError") throw new ServerError("timeout", `The server at ${this.serverUrl} did not answer in time.`);
      if (await accessWithheld(this.serverUrl)) {
        throw new ServerError("no_host_permission", `The browser has not given Claimlight access to ${new URL(this.serverUrl).hostname}, so it cannot talk to the server at ${this.serverUrl}. Allow it in Claimlight's permissions (Firefox: about:addons, Claimlight, Permissions), then try again.`);
      }
      throw new ServerError("server_down", `Cannot reach a server at ${this.serverUrl}. Is \`claimlight serve\` running, on this address and port?`);
    }
  }

  async request(method, path, body, { asText = false, timeoutMs = REQUEST_TIMEOUT_MS } = {}) {
    const response = await this.send(method, path, { body, signal: AbortSignal.timeout(timeoutMs) });
    const isJson = (response.headers.get("content-type") || "").includes("application/json");
    if (asText) {
      if (!response.ok) throw explain(this.serverUrl, response.status, isJson ? await response.json() : null);
      return response.text();
    }
    let parsed = null;
    if (isJson) {
      try {
        parsed = await response.json();
      } catch {
        parsed = null;
      }
    }
    if (parsed === null) {
      throw new ServerError("not_claimlight", `Something answers at ${this.serverUrl}, but it is not a Claimlight server (wrong port?).`, response.status);
    }
    if (!response.ok) throw explain(this.serverUrl, response.status, parsed);
    return parsed;
  }

  /** Health (public), then one authenticated call, so each kind of mistake gets its own message. */
  async testConnection() {
    const health = await this.request("GET", "/api/v1/health");
    if (health?.status !== "ok" || typeof health.version !== "string") {
      throw new ServerError("not_claimlight", `Something answers at ${this.serverUrl}, but it is not a Claimlight server (wrong port?).`);
    }
    if (!this.token) throw new ServerError("wrong_token", "Paste the token that `claimlight token` prints.");
    try {
      await this.request("GET", "/api/v1/history?limit=1");
    } catch (error) {
      if (error.code === "wrong_token" || error.code === "wrong_address" || error.code === "server_down") throw error;
    }
    return health;
  }

  analyse(page) {
    return this.request("POST", "/api/v1/analyses", page);
  }

  analysis(analysisId) {
    return this.request("GET", `/api/v1/analyses/${encodeURIComponent(analysisId)}`);
  }

  questions(claimId) {
    return this.request("POST", `/api/v1/claims/${encodeURIComponent(claimId)}/questions`, {}, { timeoutMs: QUESTIONS_TIMEOUT_MS });
  }

  /**
   * The model's upgrades of an analysis as the server streams them: yields arrays of
   * {type: "claim"|"done", data} as they arrive. No time limit (scoring can take minutes);
   * stop it with `signal`.
   */
  async* events(analysisId, { signal } = {}) {
    const response = await this.send("GET", `/api/v1/analyses/${encodeURIComponent(analysisId)}/events`, { accept: "text/event-stream", signal });
    if (!response.ok) {
      const isJson = (response.headers.get("content-type") || "").includes("application/json");
      throw explain(this.serverUrl, response.status, isJson ? await response.json().catch(() => null) : null);
    }
    yield* serverEvents(response.body);
  }

  feedback(claimId, verdict) {
    return this.request("POST", `/api/v1/claims/${encodeURIComponent(claimId)}/feedback`, { verdict });
  }

  related(claimId) {
    return this.request("GET", `/api/v1/claims/${encodeURIComponent(claimId)}/related`);
  }

  history({ q = "", limit = 50, before = null } = {}) {
    const params = new URLSearchParams({ limit: String(limit) });
    if (q) params.set("q", q);
    if (before) params.set("before", before);
    return this.request("GET", `/api/v1/history?${params}`);
  }

  deletePage(pageId) {
    return this.request("DELETE", `/api/v1/history/${encodeURIComponent(pageId)}`);
  }

  deleteAll() {
    return this.request("DELETE", "/api/v1/history?confirm=true");
  }

  exportHistory(format) {
    return this.request("GET", `/api/v1/history/export?format=${encodeURIComponent(format)}`, undefined, { asText: true });
  }
}
