import { test } from "node:test";
import assert from "node:assert/strict";
import { pageWithScripts, articleText, claimFor, highlightedText, recordShadowRoots, popoverButton } from "./helpers.js";
import { siteFilterKey } from "../lib/settings.js";

// A stand-in for the WebExtension API, only to run the content script outside a browser.
function fakeExtensionApi(window, sent, stored, storageListeners) {
  const listeners = [];
  window.chrome = {
    runtime: {
      id: "claimlight-test",
      sendMessage: (message) => { sent.push(message); return Promise.resolve({}); },
      onMessage: { addListener: (listener) => listeners.push(listener) },
    },
    storage: {
      local: { get: (keys) => Promise.resolve(Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]]))) },
      onChanged: { addListener: (listener) => storageListeners.push(listener) },
    },
  };
  return (message, sender = { id: "claimlight-test" }) => new Promise((resolve) => {
    const willAnswer = listeners[0](message, sender, resolve);
    if (!willAnswer) resolve(undefined);
  });
}

async function until(condition, what, deadlineMs = 5000) {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function load(html, { stored = {}, url } = {}) {
  const sent = [];
  const storageListeners = [];
  let deliver;
  const dom = pageWithScripts(html, { url, extraScripts: ["content/content.js"], beforeScripts: (window) => { deliver = fakeExtensionApi(window, sent, stored, storageListeners); } });
  const changeStorage = (changes) => storageListeners.forEach((listener) => listener(changes, "local"));
  return { window: dom.window, sent, deliver, changeStorage };
}

test("capture sends the rendered page without script bodies, styles or our own marks", async () => {
  const { window, deliver } = load(`<html><head><title>T</title><style>p{color:red}</style></head><body>
    <p>Officials said 2,000 people marched.</p><script>var secret = "do not send";</script></body></html>`);
  const text = articleText(window.document);
  await deliver({ type: "show-analysis", analysis: { id: "a_1", claims: [claimFor(text, "Officials said 2,000 people marched.")] } });
  assert.equal(window.document.querySelectorAll("claimlight-mark").length, 1);
  const page = await deliver({ type: "capture" });
  assert.equal(page.title, "T");
  assert.equal(page.url, "https://news.example/article");
  assert.ok(page.html.includes("Officials said 2,000 people marched."));
  for (const absent of ["do not send", "color:red", "claimlight-mark"]) assert.ok(!page.html.includes(absent), absent);
});

test("claims whose text the page re-renders are highlighted again", async () => {
  const { window, deliver } = load(`<body><article><p>Officials said 2,000 people marched.</p><p>Police counted 500.</p></article></body>`);
  const text = articleText(window.document);
  const claims = [claimFor(text, "Officials said 2,000 people marched.", { id: "c_a" }), claimFor(text, "Police counted 500.", { id: "c_b" })];
  const shown = await deliver({ type: "show-analysis", analysis: { id: "a_1", claims } });
  assert.equal(shown.anchored, 2);
  const article = window.document.querySelector("article");
  article.innerHTML = "<div><p>Officials said <em>2,000</em> people marched.</p><p>Police counted 500.</p></div>";
  assert.equal(window.document.querySelectorAll("claimlight-mark").length, 0);
  await until(() => highlightedText(window.document).size === 2, "the marks to come back");
  assert.equal(highlightedText(window.document).get("c_a"), "Officials said 2,000 people marched.");
});

test("a claim missing at first is highlighted when its paragraph arrives, and new text asks for a fresh analysis", async () => {
  const { window, deliver, sent } = load(`<body><article><p>First paragraph with 3 things.</p><div id="more"></div></article></body>`);
  const later = "An unnamed council official said the work could take up to seven years.";
  const claim = claimFor(`First paragraph with 3 things.\n\n${later}`, later, { id: "c_late" });
  const shown = await deliver({ type: "show-analysis", analysis: { id: "a_1", claims: [claim] } });
  assert.deepEqual([...shown.missing], ["c_late"]);
  const more = window.document.getElementById("more");
  for (const sentence of [later, "Engineers said construction costs have doubled since 2019, according to the plans.", "Whitfield added that the first barrier would be finished by next spring, or perhaps the one after."]) {
    const p = window.document.createElement("p");
    p.textContent = sentence;
    more.append(p);
  }
  await until(() => highlightedText(window.document).get("c_late") === later, "the late claim to be highlighted");
  await until(() => sent.some((m) => m.type === "page-changed"), "a page-changed message");
});

test("the content script answers only its own service worker, not other tabs or extensions", async () => {
  const { deliver } = load(`<body><p>Officials said 2,000 people marched.</p></body>`);
  assert.equal(await deliver({ type: "capture" }, { id: "claimlight-test", tab: { id: 3 } }), undefined);
  assert.equal(await deliver({ type: "capture" }, { id: "another-extension" }), undefined);
  assert.ok((await deliver({ type: "capture" })).html.includes("2,000 people"));
});

test("many claims are wrapped in batches, all of them, and a newer analysis replaces an unfinished pass", async () => {
  const paragraphs = Array.from({ length: 150 }, (_, i) => `<p>Officials said ${i * 3 + 1} people came to meeting ${i}.</p>`).join("");
  const { window, deliver } = load(`<body><article>${paragraphs}</article></body>`);
  const text = articleText(window.document);
  const claims = Array.from({ length: 150 }, (_, i) => claimFor(text, `Officials said ${i * 3 + 1} people came to meeting ${i}.`, { id: `c_${i}` }));
  const first = deliver({ type: "show-analysis", analysis: { id: "a_1", claims } });
  const second = deliver({ type: "show-analysis", analysis: { id: "a_2", claims: claims.slice(0, 120) } });
  await first;
  const shown = await second;
  assert.equal(shown.anchored, 120);
  const marked = highlightedText(window.document);
  assert.equal(marked.size, 120);
  assert.equal(marked.get("c_119"), "Officials said 358 people came to meeting 119.");
  assert.equal(marked.has("c_120"), false);
});

test("the claim filter chosen for this site applies as the claims arrive, follows the popup, and ignores other sites", async () => {
  const url = "https://www.busy.example/review";
  const html = `<body><p>Officials said the road was unsafe.</p><p>The watch lasts 14 days, the maker said.</p></body>`;
  const { window, deliver, changeStorage } = load(html, { url, stored: { [siteFilterKey(url)]: "figures" } });
  const text = articleText(window.document);
  const claims = [
    { ...claimFor(text, "Officials said the road was unsafe.", { id: "c_words" }), kinds: ["attribution"], figures: [] },
    { ...claimFor(text, "The watch lasts 14 days, the maker said.", { id: "c_figure", level: "medium" }), kinds: ["numerical", "attribution"], figures: [{ text: "14 days" }] },
  ];
  await new Promise((resolve) => setTimeout(resolve, 0));
  await deliver({ type: "show-analysis", analysis: { id: "a_1", claims } });
  const shown = () => Object.fromEntries([...window.document.querySelectorAll("claimlight-mark[data-part=first]")].map((m) => [m.dataset.claimId, m.dataset.shown]));
  assert.deepEqual(shown(), { c_words: "false", c_figure: "true" });

  changeStorage({ [siteFilterKey("https://other.example/")]: { newValue: "high" } });
  assert.deepEqual(shown(), { c_words: "false", c_figure: "true" }, "another site's choice changes nothing here");
  changeStorage({ [siteFilterKey(url)]: { newValue: "high" } });
  assert.deepEqual(shown(), { c_words: "true", c_figure: "false" });
  changeStorage({ [siteFilterKey(url)]: { oldValue: "high" } });
  assert.deepEqual(shown(), { c_words: "true", c_figure: "true" }, "a removed choice shows all claims again");
});

test("Search for this asks the service worker with the claim and a short query, only on the click", async () => {
  let roots;
  const sent = [];
  let deliver;
  const dom = pageWithScripts(`<body><p>Officials said 2,000 people marched in Lviv on Friday, the council reported.</p></body>`, {
    extraScripts: ["content/content.js"],
    beforeScripts: (window) => { roots = recordShadowRoots(window); deliver = fakeExtensionApi(window, sent, {}, []); },
  });
  const { window } = dom;
  const text = articleText(window.document);
  const claim = { ...claimFor(text, "Officials said 2,000 people marched in Lviv on Friday, the council reported."), figures: [{ text: "2,000" }], kinds: ["numerical"] };
  await deliver({ type: "show-analysis", analysis: { id: "a_1", claims: [claim] } });
  window.document.querySelector("claimlight-mark").click();
  assert.equal(window.ClaimlightPopover.isOpen(), true);
  assert.deepEqual(sent.map((m) => m.type), ["questions"], "opening the popover sends no search");
  popoverButton(roots, "Search for this").click();
  const search = sent.at(-1);
  assert.equal(search.type, "search-claim");
  assert.equal(search.claimId, claim.id);
  assert.equal(search.query, "2,000 people marched Lviv Friday");
});
