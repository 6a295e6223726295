// The options page (options.html + options.js) in jsdom, against a fake chrome.* whose storage
// answers when the test says so, and a real IndexedDB implementation for the token.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import "fake-indexeddb/auto";
import { fakeChrome } from "./fake-chrome.js";

const OPTIONS_HTML = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "options", "options.html"), "utf8");
const STORED_FIELDS = ["server-url", "token", "test-save", "auto-sites", "save-sites", "search-template", "save-search"];

const chrome = fakeChrome();
globalThis.chrome = chrome;
const { savePairing } = await import("../lib/pairing.js");
await savePairing({ serverUrl: "http://127.0.0.1:8765", token: "stored-token" });
await chrome.storage.local.set({ autoSites: ["bbc.co.uk"], searchEngine: "custom", searchTemplate: "https://search.example/?q=%s" });

/** storage.local answers only once the returned function is called: the moment between the page loading and its settings arriving. */
function holdStorage() {
  const get = chrome.storage.local.get;
  let answer;
  const answered = new Promise((resolve) => { answer = resolve; });
  chrome.storage.local.get = async (keys) => {
    await answered;
    return get(keys);
  };
  return () => {
    chrome.storage.local.get = get;
    answer();
  };
}

let pagesOpened = 0;

/** options.html with options.js run in it (a fresh module instance per page, as each page load is). */
async function openOptions() {
  const { window } = new JSDOM(OPTIONS_HTML, { url: "chrome-extension://fake-extension-id/options/options.html" });
  globalThis.document = window.document;
  pagesOpened += 1;
  await import(`../options/options.js?page=${pagesOpened}`);
  return window.document;
}

/** Resolves once the page says it has filled in the stored values (main[aria-busy="false"]). */
function loaded(document) {
  const main = document.querySelector("main");
  return new Promise((resolve) => {
    if (main.getAttribute("aria-busy") === "false") {
      resolve();
      return;
    }
    const observer = new document.defaultView.MutationObserver(() => {
      if (main.getAttribute("aria-busy") !== "false") return;
      observer.disconnect();
      resolve();
    });
    observer.observe(main, { attributes: true, attributeFilter: ["aria-busy"] });
  });
}

const field = (document, id) => document.getElementById(id);

test("nothing can be typed until every stored value is in, so what is typed is never overwritten", async () => {
  const answerStorage = holdStorage();
  const document = await openOptions();
  const done = loaded(document);
  assert.equal(document.querySelector("main").getAttribute("aria-busy"), "true");
  for (const id of STORED_FIELDS) assert.equal(field(document, id).disabled, true, `#${id} is open before its value arrived`);

  answerStorage();
  await done;
  assert.equal(field(document, "server-url").value, "http://127.0.0.1:8765");
  assert.equal(field(document, "token").value, "stored-token");
  assert.equal(field(document, "auto-sites").value, "bbc.co.uk");
  assert.equal(field(document, "search-template").value, "https://search.example/?q=%s");
  assert.equal(document.querySelector('#search-engines input[value="custom"]').checked, true);
  for (const id of STORED_FIELDS) assert.equal(field(document, id).disabled, false, `#${id} stayed closed`);
  assert.equal(field(document, "server-status").textContent, "");
});

test("a token store that cannot be opened still opens the form, and says to pair again", async () => {
  const { indexedDB } = globalThis;
  globalThis.indexedDB = {
    open() {
      const request = { error: new Error("the database is damaged") };
      queueMicrotask(() => request.onerror());
      return request;
    },
  };
  try {
    const document = await openOptions();
    await loaded(document);
    assert.equal(field(document, "server-url").value, "http://127.0.0.1:8765");
    assert.equal(field(document, "token").value, "");
    assert.match(field(document, "server-status").textContent, /Could not read the saved token \(the database is damaged\); paste it again/);
    for (const id of STORED_FIELDS) assert.equal(field(document, id).disabled, false, `#${id} stayed closed`);
  } finally {
    globalThis.indexedDB = indexedDB;
  }
});
