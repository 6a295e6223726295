// The service worker: the only part that holds the token and talks to the server.
//
// Extension pages (popup, side panel, options) may ask it to analyse any tab;
// a content script may only ask about its own tab, and only about the claims
// of the analysis shown in that tab. Messages from anywhere else are ignored.
//
// A tab's state (storage.session, "tab:<id>") belongs to one document at one address:
// reloading, navigating, or a single-page app moving to another address (history.pushState)
// clears it and the highlights, so the popup never reports highlights that are gone and
// analyses the new page when opened. Readers reach most sites through activeTab (the toolbar
// button or a shortcut), which does not let us see the tab's address as it changes, so the
// check asks the page's content script where it is (and which document it is) instead.
import { ext } from "./lib/ext.js";
import { ClaimlightClient, ServerError } from "./lib/client.js";
import { loadSettings, sitePattern } from "./lib/settings.js";
import { loadPairing, moveTokenOutOfLocalStorage } from "./lib/pairing.js";
import { searchUrl } from "./lib/search.js";
import { keepWorkerAlive } from "./lib/keep-alive.js";
import { SharedRequests } from "./lib/shared-requests.js";
import { followModel } from "./lib/model-progress.js";
import { changesSinceLastRead } from "./lib/page-changes.js";
import { countLevels, isProvisional, judgedByModel } from "./lib/levels.js";
import { describeModelProgress } from "./lib/ui.js";
import "./lib/common.js";
import { CONTENT_FILES } from "./lib/content-files.js";
import { tabStateKey } from "./lib/tab-state.js";

const AUTO_SCRIPT_ID = "claimlight-auto";
const BADGE_COLOURS = { busy: "#5f6368", done: globalThis.ClaimlightCommon.LEVEL_LOOKS.high.light.edge, none: "#2e7d32", error: "#e37400", notRead: "#5f6368" };
// Pages the server declines to read, by its error code: not a failure (nothing to fix), so a grey
// dash and the reason instead of the error mark.
const NOT_READ = {
  unsupported_language: "Claimlight reads English pages only, and this page does not look English.",
  no_article_text: "Claimlight found no article text to read on this page.",
};
const DEFAULT_TITLE = ext.runtime.getManifest().action?.default_title || "Claimlight";
// Analyses of one visit kept to tell a page loading more of itself from a page that changed.
const VISIT_ANALYSES_KEPT = 20;

// In memory, per tab: a counter bumped by every new analysis and every forgetting, so work
// started for a page the tab has left stops; the model stream being followed; and the claims
// of the analysis shown, as upgraded so far (the side panel's list, the counts).
const tabRuns = new Map();
const followers = new Map();
const tabClaims = new Map();
const questionRequests = new SharedRequests();

async function tabState(tabId) {
  const key = tabStateKey(tabId);
  return (await ext.storage.session.get(key))[key] || null;
}

async function setTabState(tabId, state) {
  await ext.storage.session.set({ [tabStateKey(tabId)]: { ...state, tabId, updated: Date.now() } });
}

function nextRun(tabId) {
  const run = (tabRuns.get(tabId) || 0) + 1;
  tabRuns.set(tabId, run);
  return run;
}

/** The toolbar badge and its tooltip (`title`, or the default one when empty). */
async function setBadge(tabId, text, colour, title) {
  await Promise.all([
    ext.action.setBadgeText({ tabId, text }),
    ext.action.setBadgeBackgroundColor({ tabId, color: colour }),
    ext.action.setTitle({ tabId, title: title || DEFAULT_TITLE }),
  ]);
}

/** The badge of a finished analysis: the number of high claims; its title says whether the levels are still provisional. */
function showDone(tabId, state) {
  const high = state.counts?.high ?? 0;
  const progress = describeModelProgress(state);
  const title = `Claimlight: ${state.total} claims, ${high} high; ${state.anchored} highlighted${progress ? `. ${progress}` : ""}`;
  return setBadge(tabId, String(high), high ? BADGE_COLOURS.done : BADGE_COLOURS.none, title);
}

// Before the first call to the server: a token an earlier version left in storage.local moves to the trusted store.
const tokenMoved = moveTokenOutOfLocalStorage();

async function client() {
  await tokenMoved;
  const pairing = await loadPairing();
  if (!pairing.token) {
    throw new ServerError("not_paired", "Claimlight is not paired with its server yet: open the options and paste the token from `claimlight token`.");
  }
  return new ClaimlightClient(pairing);
}

const READABLE_PROTOCOLS = ["http:", "https:", "file:"];

async function ensureContentScripts(tabId) {
  // The browser refuses alike for a web page without a host permission or activeTab grant and for its own pages.
  const refused = new ServerError("page_not_allowed", "Claimlight cannot read this page: the browser has not given it access. On a web page, press Claimlight's toolbar button there (or allow the site in Claimlight's permissions); browser and extension pages cannot be read.");
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

/** Where the tab's top document is: {href, instance} from its content script, or null when there is none (a new document). */
function whereIs(tabId) {
  return ext.tabs.sendMessage(tabId, { type: "where" }, { frameId: 0 }).then((here) => here || null, () => null);
}

/** The same page: the same address but for the fragment (#section links do not leave the page). */
function samePage(a, b) {
  return typeof a === "string" && typeof b === "string" && a.split("#")[0] === b.split("#")[0];
}

function byPosition(a, b) {
  return (a.selector?.start ?? 0) - (b.selector?.start ?? 0);
}

/** Capture the tab, analyse it on the server, and show the claims in it. The toolbar, shortcut and auto paths all land here. */
async function analyseTab(tabId) {
  const run = nextRun(tabId);
  const current = () => tabRuns.get(tabId) === run;
  const superseded = { ok: false, status: "superseded" };
  stopFollowing(tabId);
  const previous = await tabState(tabId);
  await setBadge(tabId, "…", BADGE_COLOURS.busy, "Claimlight: analysing…");
  let visit = {};
  try {
    const api = await client();
    const started = performance.now();
    await ensureContentScripts(tabId);
    const here = await whereIs(tabId);
    if (!here) throw new ServerError("page_not_allowed", "Claimlight cannot read this page right now; reload it and try again.");
    // Analyses of this same visit (same document, same address) are the page loading more of itself, not changing.
    const sameVisit = previous?.instance === here.instance && samePage(previous.pageUrl, here.href);
    const visitAnalysisIds = sameVisit ? previous.visitAnalysisIds || [] : [];
    visit = { instance: here.instance, pageUrl: here.href, visitAnalysisIds };
    if (!current()) return superseded;
    await setTabState(tabId, { status: "analysing", ...visit });
    const page = await ext.tabs.sendMessage(tabId, { type: "capture" });
    const captured = performance.now();
    const requestedAt = Date.now();
    const analysis = await api.analyse(page);
    if (!current()) return superseded;
    const answered = performance.now();
    const changes = changesSinceLastRead(analysis, { visitAnalysisIds, requestedAt });
    // Until the model's stream says done the levels are provisional; an analysis it already finished stays final.
    const modelPending = !(previous?.analysisId === analysis.id && previous.modelPending === false);
    const shown = await ext.tabs.sendMessage(tabId, {
      type: "show-analysis",
      analysis: { id: analysis.id, claims: analysis.claims, modelPending, figureChanges: changes?.figuresChanged || [] },
    });
    if (shown?.error) throw new ServerError(shown.error.code, shown.error.message);
    if (!current()) return superseded;
    const timings = {
      capture_ms: Math.round(captured - started), server_ms: Math.round(answered - captured),
      show_ms: Math.round(performance.now() - answered), html_chars: page.html.length, content: shown.timing,
    };
    tabClaims.set(tabId, { analysisId: analysis.id, claims: new Map(analysis.claims.map((c) => [c.id, c])) });
    const state = {
      status: "done", analysisId: analysis.id, url: analysis.url, title: analysis.title, counts: countLevels(analysis.claims),
      total: shown.total, anchored: shown.anchored, missing: shown.missing, claimIds: analysis.claims.map((c) => c.id),
      ...visit, visitAnalysisIds: [...visitAnalysisIds, analysis.id].slice(-VISIT_ANALYSES_KEPT), changes,
      modelPending, modelChecked: analysis.claims.filter(judgedByModel).length,
    };
    await setTabState(tabId, state);
    await showDone(tabId, state);
    followModelFor(tabId, analysis.id);
    return { ok: true, ...state, anchor_ms: shown.anchor_ms, timings };
  } catch (error) {
    if (!current()) return superseded;
    const described = errorOf(error);
    if (Object.hasOwn(NOT_READ, described.code)) {
      // Kept with the page it concerns (`visit`), so leaving the page clears it like a finished analysis.
      const notRead = { status: "not-read", reason: { code: described.code, message: NOT_READ[described.code] }, ...visit };
      await setTabState(tabId, notRead);
      await setBadge(tabId, "–", BADGE_COLOURS.notRead, notRead.reason.message);
      return { ok: false, ...notRead };
    }
    await setTabState(tabId, { status: "error", error: described });
    await setBadge(tabId, "!", BADGE_COLOURS.error, `Claimlight: ${described.message}`);
    return { ok: false, status: "error", error: described };
  }
}

function stopFollowing(tabId) {
  followers.get(tabId)?.abort();
  followers.delete(tabId);
}

/** The claims of the analysis shown in the tab, as upgraded so far: from memory, or from the server after the worker restarted. */
async function claimsOf(tabId, analysisId) {
  const known = tabClaims.get(tabId);
  if (known?.analysisId === analysisId) return known.claims;
  const analysis = await (await client()).analysis(analysisId);
  const claims = new Map(analysis.claims.map((c) => [c.id, c]));
  tabClaims.set(tabId, { analysisId, claims });
  return claims;
}

/** Claims the model upgraded: into the page, the counts and the badge (only while the tab still shows that analysis). */
async function applyUpgrades(tabId, analysisId, upgraded) {
  const state = await tabState(tabId);
  if (state?.analysisId !== analysisId) return;
  const claims = await claimsOf(tabId, analysisId);
  // A claim the tab does not know yet is one the model added (a sentence the rules passed over).
  const changed = upgraded.filter((c) => !claims.has(c.id) || JSON.stringify(claims.get(c.id)) !== JSON.stringify(c));
  if (!changed.length) return;
  for (const claim of changed) claims.set(claim.id, claim);
  await ext.tabs.sendMessage(tabId, { type: "update-claims", claims: changed }).catch(() => {});
  const all = [...claims.values()];
  // A claim the model added is the tab's too: its questions and verdicts are asked for through this tab.
  const next = { ...state, counts: countLevels(all), modelChecked: all.filter(judgedByModel).length,
                 claimIds: [...claims.keys()], total: all.length };
  await setTabState(tabId, next);
  await showDone(tabId, next);
}

/**
 * Follow the model's upgrades of the tab's analysis until the model is done with it (no time
 * limit: scoring and a first start's calibration can take minutes), then mark the levels final.
 */
async function followModelFor(tabId, analysisId) {
  stopFollowing(tabId);
  const controller = new AbortController();
  followers.set(tabId, controller);
  let failed = "";
  try {
    const api = await client();
    const ended = await keepWorkerAlive(followModel(api, analysisId, {
      signal: controller.signal, onClaims: (claims) => applyUpgrades(tabId, analysisId, claims),
    }));
    // Once more from the stored analysis: it holds any upgrade the stream did not bring (the server stopped waiting, a reconnect).
    if (!ended.gone) await applyUpgrades(tabId, analysisId, (await api.analysis(analysisId)).claims);
    if (ended.failedChunks) failed = "The local model could not check some claims; their levels come from the rules.";
  } catch (error) {
    if (controller.signal.aborted) return;
    failed = `Claimlight lost track of the local model (${errorOf(error).message}); the levels shown may change on the next analysis.`;
  } finally {
    if (followers.get(tabId) === controller) followers.delete(tabId);
  }
  const state = await tabState(tabId);
  if (state?.analysisId !== analysisId || controller.signal.aborted) return;
  const done = { ...state, modelPending: false, modelFailed: failed || undefined };
  await setTabState(tabId, done);
  await showDone(tabId, done);
  await ext.tabs.sendMessage(tabId, { type: "model-progress", pending: false }).catch(() => {});
}

/** After a worker restart, pick up the model streams of the tabs whose levels are still provisional. */
async function resumeFollowing() {
  const states = Object.values(await ext.storage.session.get(null));
  for (const state of states) {
    if (state?.status === "done" && state.modelPending && !followers.has(state.tabId)) followModelFor(state.tabId, state.analysisId);
  }
}

/** Forget what the tab showed: its state, badge, model stream, and (when the same document moved to another address) its highlights. */
async function forgetTab(tabId, { clearPage }) {
  nextRun(tabId);
  stopFollowing(tabId);
  tabClaims.delete(tabId);
  await ext.storage.session.remove(tabStateKey(tabId));
  await setBadge(tabId, "", BADGE_COLOURS.none, "").catch(() => {});
  if (clearPage) await ext.tabs.sendMessage(tabId, { type: "forget" }, { frameId: 0 }).catch(() => {});
}

/**
 * The tab's state if it still describes the page in the tab, else null (after clearing it).
 * Asked on every tab update and before answering the popup or side panel.
 */
async function checkTabState(tabId, change = {}) {
  const run = tabRuns.get(tabId);
  const state = await tabState(tabId);
  if (!state) return null;
  if (!state.instance) {
    // A failure with no page to check against: it concerned the page the tab is now leaving.
    if (change.status !== "loading" || state.status !== "error") return state;
    await forgetTab(tabId, { clearPage: false });
    return null;
  }
  const here = await whereIs(tabId);
  if (here?.instance === state.instance && samePage(here.href, state.pageUrl)) return state;
  if (tabRuns.get(tabId) !== run) return tabState(tabId); // a new analysis started meanwhile: it describes the page now
  await forgetTab(tabId, { clearPage: here?.instance === state.instance });
  return null;
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

/** The side panel's list of this tab's claims, in page order, with their current levels. */
async function claimsListOf(tabId) {
  const state = await checkTabState(tabId);
  if (state?.status !== "done") return { state, claims: [] };
  const claims = await claimsOf(tabId, state.analysisId);
  const missing = new Set(state.missing || []);
  const figureChanges = new Map((state.changes?.figuresChanged || []).map((c) => [c.claimId, c]));
  return {
    state,
    claims: [...claims.values()].sort(byPosition).map((claim) => ({
      id: claim.id, text: claim.text, level: claim.level, provisional: isProvisional(claim, state.modelPending),
      anchored: !missing.has(claim.id), figureChange: figureChanges.get(claim.id) || null,
    })),
  };
}

async function focusClaim(tabId, claimId) {
  await checkClaimOfTab(tabId, claimId);
  return ext.tabs.sendMessage(tabId, { type: "focus-claim", claimId }, { frameId: 0 });
}

const FROM_CONTENT = {
  "auto-analyse": (message, sender) => analyseTab(sender.tab.id),
  "page-changed": async (message, sender) => {
    const state = await tabState(sender.tab.id);
    return state?.status === "done" ? analyseTab(sender.tab.id) : null;
  },
  // The same claim asked again while its questions are being written shares the first request.
  questions: (message, sender) => claimCall(sender.tab.id, message.claimId,
    (api) => questionRequests.run(message.claimId, () => keepWorkerAlive(api.questions(message.claimId)))),
  feedback: (message, sender) => claimCall(sender.tab.id, message.claimId, (api) => api.feedback(message.claimId, message.verdict)),
  related: (message, sender) => claimCall(sender.tab.id, message.claimId, (api) => api.related(message.claimId)),
  "search-claim": (message, sender) => searchForClaim(sender.tab, message.claimId, message.query),
};

const FROM_EXTENSION_PAGES = {
  "analyse-tab": (message) => analyseTab(message.tabId),
  "tab-state": (message) => checkTabState(message.tabId),
  "tab-claims": (message) => claimsListOf(message.tabId),
  "focus-claim": (message) => focusClaim(message.tabId, message.claimId),
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

/** Move the keyboard focus to the next (1) or previous (-1) claim in the page; nothing when the page shows none. */
function stepClaim(tabId, direction) {
  return ext.tabs.sendMessage(tabId, { type: "step-claim", direction }, { frameId: 0 }).catch(() => null);
}

const COMMANDS = {
  "analyse-page": (tabId) => analyseTab(tabId),
  "next-claim": (tabId) => stepClaim(tabId, 1),
  "previous-claim": (tabId) => stepClaim(tabId, -1),
};

/** A keyboard shortcut (chrome://extensions/shortcuts); the browser grants activeTab on the tab with it. */
async function runCommand(command, tab) {
  if (!Object.hasOwn(COMMANDS, command)) return null;
  const target = tab ?? (await ext.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  return target?.id === undefined ? null : COMMANDS[command](target.id);
}

ext.commands.onCommand.addListener((command, tab) => { runCommand(command, tab); });
// For the browser tests: key events sent through the DevTools protocol reach the page, never the
// browser's shortcut table, so they run the shortcuts' handler here (only this worker can).
globalThis.claimlightRunCommand = runCommand;

ext.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status || change.url) checkTabState(tabId, change);
});

ext.tabs.onRemoved.addListener((tabId) => {
  stopFollowing(tabId);
  tabClaims.delete(tabId);
  tabRuns.delete(tabId);
  ext.storage.session.remove(tabStateKey(tabId));
});

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
resumeFollowing();
