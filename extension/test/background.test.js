// The service worker (background.js) against a fake chrome.* (fake-chrome.js), a fake server
// (fetch) and a real IndexedDB implementation (fake-indexeddb) for the token's trusted store.
import { test } from "node:test";
import assert from "node:assert/strict";
import "fake-indexeddb/auto";
import { fakeChrome, sendToWorker } from "./fake-chrome.js";

const chrome = fakeChrome();
globalThis.chrome = chrome;
// An earlier version's pairing, token in storage.local: the worker moves it when it starts.
chrome.storage.local.items.set("serverUrl", "http://127.0.0.1:8765");
chrome.storage.local.items.set("token", "token-from-before");

const requests = [];
const server = { analyses: new Map(), refuse: null, events: () => [{ type: "done", data: {} }] };

function json(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

function eventStream(events) {
  const text = events.map(({ type, data }) => `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`).join("");
  return new Response(text, { status: 200, headers: { "content-type": "text/event-stream" } });
}

// The Claimlight server, as far as these tests need it: analyses, their event streams, and refusals.
globalThis.fetch = async (url, init = {}) => {
  const { origin, pathname } = new URL(url);
  requests.push({ origin, method: init.method, path: pathname, authorization: init.headers?.Authorization });
  if (server.refuse) return json(server.refuse.status, { error: { code: server.refuse.code, message: server.refuse.message } });
  const events = pathname.match(/^\/api\/v1\/analyses\/([^/]+)\/events$/);
  if (events) return eventStream(server.events(events[1]));
  const one = pathname.match(/^\/api\/v1\/analyses\/([^/]+)$/);
  if (one) return json(200, server.analyses.get(one[1]));
  if (init.method === "POST" && pathname === "/api/v1/analyses") {
    const page = JSON.parse(init.body);
    return json(200, server.analyses.get(page.url));
  }
  return json(404, { error: { code: "not_found", message: "No such route." } });
};

const { CONTENT_FILES } = await import("../lib/content-files.js");
const { loadToken, savePairing } = await import("../lib/pairing.js");
await import("../background.js");

function claim(id, level, start, judgedBy = "rules") {
  return { id, level, text: `claim ${id}`, selector: { start }, judged_by: judgedBy, figures: [], kinds: ["numerical"] };
}

/** A tab showing `url`, with a content script that answers as content.js does and records what it was sent. */
function openTab(tabId, url) {
  const received = [];
  const waiting = [];
  const instance = `doc-${tabId}`;
  let shownClaims = [];
  /** Resolves with the first message of `type` the page gets (or has got). */
  const message = (type) => new Promise((resolve) => {
    const got = received.find((m) => m.type === type);
    if (got) resolve(got);
    else waiting.push({ type, resolve });
  });
  chrome.tabs.contentScripts.set(tabId, (message) => {
    received.push(message);
    for (const waiter of waiting.filter((w) => w.type === message.type)) waiter.resolve(message);
    if (message.type === "where") return { href: url, instance };
    if (message.type === "capture") return { url, title: "A page", html: "<p>text</p>" };
    if (message.type === "show-analysis") {
      shownClaims = message.analysis.claims;
      return { total: shownClaims.length, anchored: shownClaims.length, missing: [], timing: {}, anchor_ms: 1 };
    }
    return { ok: true };
  });
  return { received, message, url };
}

const EXTENSION_PAGE = { url: chrome.runtime.getURL("popup/popup.html") };

/** The worker's answer to analysing the tab while the server answers every request with `refusal` ({status, code, message}). */
async function analyseWhileServerRefuses(refusal, tabId) {
  server.refuse = refusal;
  try {
    return await sendToWorker(chrome, { type: "analyse-tab", tabId }, EXTENSION_PAGE);
  } finally {
    server.refuse = null;
  }
}
const contentScriptOf = (tabId, frameId = 0) => ({ tab: { id: tabId, index: 0 }, frameId, url: "https://news.example/a" });

function tabState(tabId) {
  return chrome.storage.session.items.get(`tab:${tabId}`);
}

test("a token an earlier version kept in storage.local moves to the trusted store, and out of storage.local", { timeout: 5000 }, async () => {
  const tabId = 1;
  const page = openTab(tabId, "https://news.example/moved");
  server.analyses.set(page.url, { id: "a_moved", url: page.url, title: "A page", claims: [] });
  const answer = await sendToWorker(chrome, { type: "analyse-tab", tabId }, EXTENSION_PAGE);
  assert.equal(answer.ok, true, JSON.stringify(answer));
  assert.equal(chrome.storage.local.items.has("token"), false);
  assert.equal(await loadToken(), "token-from-before");
  assert.equal(requests.at(-1).authorization, "Bearer token-from-before");
});

test("analysing a tab: the token goes only to the loopback server, the claims to the page, the high count to the badge", { timeout: 5000 }, async () => {
  const storageWrites = [];
  chrome.storage.onChanged.addListener((changes, area) => storageWrites.push({ area, keys: Object.keys(changes), changes }));
  await savePairing({ serverUrl: "http://localhost:8765", token: "paired-token" });
  const tabId = 2;
  const page = openTab(tabId, "https://news.example/analysed");
  const claims = [claim("c_low", "low", 40), claim("c_high", "high", 10), claim("c_medium", "medium", 20)];
  server.analyses.set(page.url, { id: "a_1", url: page.url, title: "A page", claims });
  server.analyses.set("a_1", { id: "a_1", url: page.url, claims });
  requests.length = 0;

  const answer = await sendToWorker(chrome, { type: "analyse-tab", tabId }, EXTENSION_PAGE);
  assert.equal(answer.ok, true, JSON.stringify(answer));
  assert.deepEqual(chrome.injected.find((i) => i.tabId === tabId).files, CONTENT_FILES);
  assert.deepEqual(requests[0], { origin: "http://localhost:8765", method: "POST", path: "/api/v1/analyses", authorization: "Bearer paired-token" });
  assert.ok(requests.every((r) => r.origin === "http://localhost:8765"), JSON.stringify(requests));
  const shown = page.received.find((m) => m.type === "show-analysis");
  assert.deepEqual(shown.analysis.claims.map((c) => c.id), ["c_low", "c_high", "c_medium"]);
  assert.equal(chrome.badges.get(tabId).text, "1");
  assert.match(chrome.badges.get(tabId).title, /^Claimlight: 3 claims, 1 high; 3 highlighted/);
  assert.deepEqual(tabState(tabId).counts, { high: 1, medium: 1, low: 1 });
  // Saving the pairing wrote the address to storage.local, which every content script sees, and nothing else.
  const written = storageWrites.filter((w) => w.area === "local");
  assert.deepEqual(written.map((w) => w.keys), [["serverUrl"]]);
  assert.equal(JSON.stringify(storageWrites).includes("paired-token"), false, "the token was broadcast through storage.onChanged");
});

test("the model's upgrades reach the page, the counts and the badge; the levels are final once it is done", { timeout: 5000 }, async () => {
  const tabId = 3;
  const page = openTab(tabId, "https://news.example/upgraded");
  const rules = [claim("c_a", "medium", 10), claim("c_b", "low", 30)];
  const upgraded = { ...rules[1], level: "high", judged_by: "model:smollm2" };
  server.analyses.set(page.url, { id: "a_up", url: page.url, claims: rules });
  server.analyses.set("a_up", { id: "a_up", url: page.url, claims: [rules[0], upgraded] });
  server.events = () => [{ type: "claim", data: upgraded }, { type: "done", data: { failed_chunks: 0 } }];

  const answer = await sendToWorker(chrome, { type: "analyse-tab", tabId }, EXTENSION_PAGE);
  assert.equal(answer.modelPending, true);
  assert.deepEqual(await page.message("model-progress"), { type: "model-progress", pending: false });
  const final = tabState(tabId);
  assert.equal(final.modelPending, false);
  assert.deepEqual(final.counts, { high: 1, medium: 1, low: 0 });
  assert.equal(final.modelChecked, 1);
  assert.equal(chrome.badges.get(tabId).text, "1");
  assert.deepEqual(page.received.find((m) => m.type === "update-claims").claims, [upgraded]);
  server.events = () => [{ type: "done", data: {} }];
});

test("a claim the model adds belongs to the tab: its questions can be asked for from the page", { timeout: 5000 }, async () => {
  const tabId = 6;
  const page = openTab(tabId, "https://news.example/added");
  const rules = [claim("c_r", "medium", 10)];
  const added = { ...claim("c_added", "high", 60), judged_by: "model:smollm2" };
  server.analyses.set(page.url, { id: "a_add", url: page.url, claims: rules });
  server.analyses.set("a_add", { id: "a_add", url: page.url, claims: [rules[0], added] });
  server.events = () => [{ type: "claim", data: added }, { type: "done", data: { failed_chunks: 0 } }];

  await sendToWorker(chrome, { type: "analyse-tab", tabId }, EXTENSION_PAGE);
  await page.message("model-progress");
  assert.deepEqual(tabState(tabId).claimIds, ["c_r", "c_added"]);
  assert.equal(tabState(tabId).total, 2);
  server.events = () => [{ type: "done", data: {} }];
});

test("a page the server will not read because it is not English gets a grey dash and the reason, not the error mark", { timeout: 5000 }, async () => {
  const tabId = 4;
  openTab(tabId, "https://journal.example/fr");
  const refusal = { status: 422, code: "unsupported_language", message: "Claimlight reads English-language articles only, and this page does not look English." };
  const answer = await analyseWhileServerRefuses(refusal, tabId);
  assert.equal(answer.status, "not-read");
  assert.equal(answer.reason.code, "unsupported_language");
  const badge = chrome.badges.get(tabId);
  assert.equal(badge.text, "–");
  assert.equal(badge.colour, "#5f6368");
  assert.match(badge.title, /reads English pages only/);
  assert.equal(tabState(tabId).status, "not-read");
  assert.equal(tabState(tabId).instance, "doc-4", "kept with its page, so leaving the page clears it");
});

test("a failure shows the error mark and a message the reader can act on", { timeout: 5000 }, async () => {
  const tabId = 5;
  openTab(tabId, "https://news.example/refused");
  const answer = await analyseWhileServerRefuses({ status: 401, code: "unauthorised", message: "Missing or wrong token." }, tabId);
  assert.equal(answer.error.code, "wrong_token");
  assert.equal(chrome.badges.get(tabId).text, "!");
  assert.equal(chrome.badges.get(tabId).colour, "#e37400");
  assert.match(tabState(tabId).error.message, /claimlight token/);
});

test("a server address that is not loopback is refused before any request carries the token", { timeout: 5000 }, async () => {
  const tabId = 6;
  openTab(tabId, "https://news.example/elsewhere");
  await chrome.storage.local.set({ serverUrl: "http://claimlight.attacker.example:8765" });
  requests.length = 0;
  try {
    const answer = await sendToWorker(chrome, { type: "analyse-tab", tabId }, EXTENSION_PAGE);
    assert.equal(answer.error.code, "not_loopback");
  } finally {
    await chrome.storage.local.set({ serverUrl: "http://localhost:8765" });
  }
  assert.deepEqual(requests, []);
  assert.equal(chrome.badges.get(tabId).text, "!");
});

test("content scripts may ask only about their own tab's claims; other frames, extensions and pages get no answer", { timeout: 5000 }, async () => {
  const tabId = 7;
  const page = openTab(tabId, "https://news.example/asked");
  const claims = [claim("c_own", "high", 5)];
  server.analyses.set(page.url, { id: "a_asked", url: page.url, claims });
  await sendToWorker(chrome, { type: "analyse-tab", tabId }, EXTENSION_PAGE);

  const other = await sendToWorker(chrome, { type: "related", claimId: "c_high" }, contentScriptOf(tabId));
  assert.equal(other.error.code, "not_this_page");
  assert.equal(await sendToWorker(chrome, { type: "related", claimId: "c_own" }, contentScriptOf(tabId, 3)), undefined, "a sub-frame");
  assert.equal(await sendToWorker(chrome, { type: "analyse-tab", tabId }, contentScriptOf(tabId)), undefined, "a content script asking for an extension page's message");
  assert.equal(await sendToWorker(chrome, { type: "tab-state", tabId }, { ...EXTENSION_PAGE, id: "another-extension" }), undefined);
  assert.equal(await sendToWorker(chrome, { type: "tab-state", tabId }, { url: "https://news.example/a" }), undefined);
  assert.equal((await sendToWorker(chrome, { type: "tab-state", tabId }, EXTENSION_PAGE)).analysisId, "a_asked");
});

test("a search for a claim of the page opens the reader's engine beside it; a claim of another page opens nothing", { timeout: 5000 }, async () => {
  const tabId = 8;
  const page = openTab(tabId, "https://news.example/searched");
  server.analyses.set(page.url, { id: "a_search", url: page.url, claims: [claim("c_search", "high", 5)] });
  await sendToWorker(chrome, { type: "analyse-tab", tabId }, EXTENSION_PAGE);
  const answer = await sendToWorker(chrome, { type: "search-claim", claimId: "c_search", query: "16,000 mercenaries" }, contentScriptOf(tabId));
  assert.deepEqual(answer, { engine: "DuckDuckGo" });
  assert.deepEqual(chrome.opened.at(-1), { url: "https://duckduckgo.com/?q=16%2C000%20mercenaries", openerTabId: tabId, index: 1 });
  const refused = await sendToWorker(chrome, { type: "search-claim", claimId: "c_elsewhere", query: "x" }, contentScriptOf(tabId));
  assert.equal(refused.error.code, "not_this_page");
  assert.equal(chrome.opened.length, 1);
});

test("a tab that moved to another page loses its state, badge and highlights; a closed tab its state", { timeout: 5000 }, async () => {
  const tabId = 9;
  const page = openTab(tabId, "https://news.example/left");
  server.analyses.set(page.url, { id: "a_left", url: page.url, claims: [claim("c_left", "high", 5)] });
  await sendToWorker(chrome, { type: "analyse-tab", tabId }, EXTENSION_PAGE);
  assert.equal(chrome.badges.get(tabId).text, "1");

  // The same document, now at another address (a single-page app's pushState).
  const moved = chrome.tabs.contentScripts.get(tabId);
  chrome.tabs.contentScripts.set(tabId, (message, options) => (message.type === "where" ? { href: "https://news.example/next", instance: "doc-9" } : moved(message, options)));
  assert.equal(await sendToWorker(chrome, { type: "tab-state", tabId }, EXTENSION_PAGE), null);
  assert.equal(tabState(tabId), undefined);
  assert.equal(chrome.badges.get(tabId).text, "");
  assert.equal(page.received.at(-1).type, "forget");

  const closing = 10;
  const closed = openTab(closing, "https://news.example/closed");
  server.analyses.set(closed.url, { id: "a_closed", url: closed.url, claims: [] });
  await sendToWorker(chrome, { type: "analyse-tab", tabId: closing }, EXTENSION_PAGE);
  assert.ok(tabState(closing));
  chrome.tabs.onRemoved.emit(closing);
  assert.equal(tabState(closing), undefined);
});
