// What the reader sets in the options page and popup, kept in storage.local.
import { ext } from "./ext.js";

export const DEFAULT_SERVER = "http://127.0.0.1:8765";

export const DEFAULTS = {
  serverUrl: DEFAULT_SERVER,
  token: "",
  autoSites: [],
  showHighlights: true,
  levelFilter: "all",
};

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

/** Normalise a typed server address: scheme default http, no trailing slash. */
export function normaliseServerUrl(input) {
  let value = (input || "").trim() || DEFAULT_SERVER;
  if (!/^[a-z]+:\/\//i.test(value)) value = `http://${value}`;
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("The server address must start with http://");
  return `${url.protocol}//${url.host}`;
}
