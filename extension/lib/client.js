// The Claimlight server's HTTP API, with failures turned into messages a reader can act on.

const REQUEST_TIMEOUT_MS = 120000;

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
    this.serverUrl = serverUrl.replace(/\/+$/, "");
    this.token = token;
  }

  async request(method, path, body, { asText = false } = {}) {
    const headers = { Accept: "application/json" };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(this.serverUrl + path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        cache: "no-store", credentials: "omit", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      if (error.name === "TimeoutError") throw new ServerError("timeout", `The server at ${this.serverUrl} did not answer in time.`);
      throw new ServerError("server_down", `Cannot reach a server at ${this.serverUrl}. Is \`claimlight serve\` running, on this address and port?`);
    }
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
    return this.request("POST", `/api/v1/claims/${encodeURIComponent(claimId)}/questions`, {});
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
