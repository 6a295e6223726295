// The service worker: the only part that holds the token and talks to the server.
//
// Extension pages (popup, side panel, options) may ask it to analyse any tab;
// a content script may only ask about its own tab, and only about the claims
// of the analysis shown in that tab. Messages from anywhere else are ignored.
import { ext } from "./lib/ext.js";
import { ClaimlightClient, ServerError } from "./lib/client.js";
import { loadSettings, sitePattern } from "./lib/settings.js";
import { searchUrl } from "./lib/search.js";

const CONTENT_FILES = ["vendor/approx-string-match.js", "content/anchor.js", "content/highlight.js", "content/popover.js", "content/content.js"];
const AUTO_SCRIPT_ID = "claimlight-auto";
const BADGE_COLOURS = { busy: "#5f6368", done: "#b71c1c", none: "#2e7d32", error: "#e37400" };
const UPGRADE_POLLS = 12;
const UPGRADE_POLL_MS = 2500;

function tabKey(tabId) {
  return `tab:${tabId}`;
}

async function tabState(tabId) {
  const key = tabKey(tabId);
  return (await ext.storage.session.get(key))[key] || null;
}

async function setTabState(tabId, state) {
  await ext.storage.session.set({ [tabKey(tabId)]: { ...state, tabId, updated: Date.now() } });
}

async function setBadge(tabId, text, colour, title) {
  await Promise.all([
    ext.action.setBadgeText({ tabId, text }),
    ext.action.setBadgeBackgroundColor({ tabId, color: colour }),
    ext.action.setTitle({ tabId, title: title ? `Claimlight: ${title}` : "Claimlight" }),
  ]);
}

async function client() {
  const settings = await loadSettings();
  if (!settings.token) {
    throw new ServerError("not_paired", "Claimlight is not paired with its server yet: open the options and paste the token from `claimlight token`.");
  }
  return new ClaimlightClient(settings);
}

const READABLE_PROTOCOLS = ["http:", "https:", "file:"];

async function ensureContentScripts(tabId) {
  const refused = new ServerError("page_not_allowed", "Claimlight cannot read this page: it reads web pages, not browser or extension pages.");
  let probe;
  try {
    [{ result: probe }] = await ext.scripting.executeScript({
      target: { tabId }, func: () => ({ loaded: globalThis.ClaimlightContent !== undefined, protocol: location.protocol }),
    });
  } catch {
    throw refused;
  }
  if (!READABLE_PROTOCOLS.includes(probe.protocol)) throw refused;
  if (!probe.loaded) await ext.scripting.executeScript({ target: { tabId }, files: CONTENT_FILES });
}

function errorOf(error) {
  return error instanceof ServerError ? error.toJSON() : { code: "extension_error", message: String(error?.message || error) };
}

/** Capture the tab, analyse it on the server, and show the claims in it. The toolbar, shortcut and auto paths all land here. */
async function analyseTab(tabId) {
  await setBadge(tabId, "…", BADGE_COLOURS.busy, "analysing…");
  await setTabState(tabId, { status: "analysing" });
  try {
    const api = await client();
    const started = performance.now();
    await ensureContentScripts(tabId);
    const page = await ext.tabs.sendMessage(tabId, { type: "capture" });
    const captured = performance.now();
    const analysis = await api.analyse(page);
    const answered = performance.now();
    const shown = await ext.tabs.sendMessage(tabId, { type: "show-analysis", analysis: { id: analysis.id, claims: analysis.claims } });
    if (shown?.error) throw new ServerError(shown.error.code, shown.error.message);
    const timings = {
      capture_ms: Math.round(captured - started), server_ms: Math.round(answered - captured),
      show_ms: Math.round(performance.now() - answered), html_chars: page.html.length, content: shown.timing,
    };
    const high = analysis.counts?.high ?? analysis.claims.filter((c) => c.level === "high").length;
    const state = {
      status: "done", analysisId: analysis.id, url: analysis.url, title: analysis.title, counts: analysis.counts,
      total: shown.total, anchored: shown.anchored, missing: shown.missing, claimIds: analysis.claims.map((c) => c.id),
    };
    await setTabState(tabId, state);
    await setBadge(tabId, String(high), high ? BADGE_COLOURS.done : BADGE_COLOURS.none,
      `${analysis.claims.length} claims, ${high} high; ${shown.anchored} highlighted`);
    followUpgrades(tabId, analysis);
    return { ok: true, ...state, anchor_ms: shown.anchor_ms, timings };
  } catch (error) {
    const described = errorOf(error);
    await setTabState(tabId, { status: "error", error: described });
    await setBadge(tabId, "!", BADGE_COLOURS.error, described.message);
    return { ok: false, status: "error", error: described };
  }
}

// The model upgrades claims in the background; re-read the analysis a few times and pass changes to the page.
async function followUpgrades(tabId, analysis) {
  const seen = new Map(analysis.claims.map((c) => [c.id, JSON.stringify(c)]));
  for (let poll = 0; poll < UPGRADE_POLLS; poll++) {
    await new Promise((resolve) => setTimeout(resolve, UPGRADE_POLL_MS));
    const state = await tabState(tabId);
    if (state?.analysisId !== analysis.id) return;
    let current;
    try {
      current = await (await client()).analysis(analysis.id);
    } catch {
      return;
    }
    const changed = current.claims.filter((c) => seen.has(c.id) && seen.get(c.id) !== JSON.stringify(c));
    if (!changed.length) continue;
    for (const claim of changed) seen.set(claim.id, JSON.stringify(claim));
    try {
      await ext.tabs.sendMessage(tabId, { type: "update-claims", claims: changed });
    } catch {
      return;
    }
    const high = current.claims.filter((c) => c.level === "high").length;
    await setTabState(tabId, { ...state, counts: current.counts });
    await setBadge(tabId, String(high), high ? BADGE_COLOURS.done : BADGE_COLOURS.none, `${current.claims.length} claims, ${high} high`);
  }
}

async function checkClaimOfTab(tabId, claimId) {
  const state = await tabState(tabId);
  if (!state?.claimIds?.includes(claimId)) {
    throw new ServerError("not_this_page", "That claim does not belong to the page in this tab.");
  }
}

async function claimCall(tabId, claimId, call) {
  await checkClaimOfTab(tabId, claimId);
  return call(await client());
}

/** The reader pressed "Search for this": open their search engine, next to the article, on the claim's key words. */
async function searchForClaim(tab, claimId, query) {
  await checkClaimOfTab(tab.id, claimId);
  let search;
  try {
    search = searchUrl(await loadSettings(), query);
  } catch (error) {
    throw new ServerError("bad_search", error.message);
  }
  await ext.tabs.create({ url: search.url, openerTabId: tab.id, index: tab.index + 1 });
  return { engine: search.name };
}

const FROM_CONTENT = {
  "auto-analyse": (message, sender) => analyseTab(sender.tab.id),
  "page-changed": async (message, sender) => {
    const state = await tabState(sender.tab.id);
    return state?.status === "done" ? analyseTab(sender.tab.id) : null;
  },
  questions: (message, sender) => claimCall(sender.tab.id, message.claimId, (api) => api.questions(message.claimId)),
  feedback: (message, sender) => claimCall(sender.tab.id, message.claimId, (api) => api.feedback(message.claimId, message.verdict)),
  related: (message, sender) => claimCall(sender.tab.id, message.claimId, (api) => api.related(message.claimId)),
  "search-claim": (message, sender) => searchForClaim(sender.tab, message.claimId, message.query),
};

const FROM_EXTENSION_PAGES = {
  "analyse-tab": (message) => analyseTab(message.tabId),
  "tab-state": (message) => tabState(message.tabId),
};

function isExtensionPage(sender) {
  return typeof sender.url === "string" && sender.url.startsWith(ext.runtime.getURL(""));
}

function isTopFrameContentScript(sender) {
  return Number.isInteger(sender.tab?.id) && sender.frameId === 0;
}

ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== ext.runtime.id || typeof message?.type !== "string") return false;
  let handler = null;
  if (isExtensionPage(sender)) handler = FROM_EXTENSION_PAGES[message.type];
  else if (isTopFrameContentScript(sender)) handler = FROM_CONTENT[message.type];
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler(message, sender))
    .then((answer) => sendResponse(answer ?? null), (error) => sendResponse({ error: errorOf(error) }));
  return true;
});

ext.commands.onCommand.addListener(async (command, tab) => {
  if (command !== "analyse-page") return;
  const target = tab ?? (await ext.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id !== undefined) analyseTab(target.id);
});

ext.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading" && change.url) {
    ext.storage.session.remove(tabKey(tabId));
    ext.action.setBadgeText({ tabId, text: "" });
  }
});

ext.tabs.onRemoved.addListener((tabId) => ext.storage.session.remove(tabKey(tabId)));

/** Keep the auto-analysis content script registered for exactly the chosen sites we hold permission for. */
async function syncAutoSites() {
  const { autoSites } = await loadSettings();
  const patterns = autoSites.map(sitePattern).filter(Boolean);
  const granted = [];
  for (const pattern of patterns) {
    if (await ext.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await ext.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (existing.length) await ext.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (granted.length) {
    await ext.scripting.registerContentScripts([{
      id: AUTO_SCRIPT_ID, matches: granted, js: [...CONTENT_FILES, "content/auto.js"], runAt: "document_idle", persistAcrossSessions: true,
    }]);
  }
}

ext.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && "autoSites" in changes) syncAutoSites();
});
ext.permissions.onAdded.addListener(syncAutoSites);
ext.permissions.onRemoved.addListener(syncAutoSites);
ext.runtime.onInstalled.addListener(syncAutoSites);

if (ext.sidePanel?.setPanelBehavior) ext.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
