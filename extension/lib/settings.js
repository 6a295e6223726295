// What the reader sets in the options page and popup, kept in storage.local (the token is not: see pairing.js).
import { ext } from "./ext.js";
import { DEFAULT_SEARCH_ENGINE } from "./search.js";
import { serverOrigin } from "./client.js";

export const DEFAULT_SERVER = "http://127.0.0.1:8765";

export const DEFAULTS = {
  serverUrl: DEFAULT_SERVER,
  autoSites: [],
  showHighlights: true,
  searchEngine: DEFAULT_SEARCH_ENGINE,
  searchTemplate: "",
};

// Which claims to show is chosen per site in the popup (the names of FILTERS in content/highlight.js):
// a busy site can show fewer without hiding claims everywhere.
export const CLAIM_FILTERS = ["all", "high-medium", "high", "figures"];

/** The storage.local key holding the claim filter chosen for the web site at `url` (its host name); null for other pages. */
export function siteFilterKey(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const isWebSite = (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname;
  return isWebSite ? `claimFilter:${parsed.hostname.toLowerCase()}` : null;
}

export async function loadSettings() {
  return { ...DEFAULTS, ...(await ext.storage.local.get(Object.keys(DEFAULTS))) };
}

export function saveSettings(changes) {
  return ext.storage.local.set(changes);
}

/** "bbc.co.uk" -> "*://*.bbc.co.uk/*"; full match patterns pass through. */
export function sitePattern(entry) {
  const value = entry.trim();
  if (!value) return null;
  if (value.includes("://")) return value;
  const host = value.replace(/^\*\./, "").replace(/\/.*$/, "").toLowerCase();
  return /^[a-z0-9.-]+$/.test(host) ? `*://*.${host}/*` : null;
}

/** Normalise a typed server address (empty: the default); only loopback addresses pass (see serverOrigin). */
export function normaliseServerUrl(input) {
  return serverOrigin((input || "").trim() || DEFAULT_SERVER);
}
