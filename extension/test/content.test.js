import { test } from "node:test";
import assert from "node:assert/strict";
import { pageWithScripts, articleText, claimFor, highlightedText, recordShadowRoots, popoverButton, textNodes, CONTENT_SCRIPTS } from "./helpers.js";
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

function load(html, { stored = {}, url, extraScripts = ["content/content.js"], betweenScripts = null } = {}) {
  const sent = [];
  const storageListeners = [];
  let deliver;
  let messageListeners = 0;
  const dom = pageWithScripts(html, {
    url, extraScripts, betweenScripts,
    beforeScripts: (window) => {
      deliver = fakeExtensionApi(window, sent, stored, storageListeners);
      const add = window.chrome.runtime.onMessage.addListener;
      window.chrome.runtime.onMessage.addListener = (listener) => { messageListeners += 1; add(listener); };
    },
  });
  const changeStorage = (changes) => storageListeners.forEach((listener) => listener(changes, "local"));
  return { window: dom.window, sent, deliver, changeStorage, listeners: () => messageListeners };
}

/** Counts the page's mutations from now on: records, claimlight-marks added and removed, text-node changes. */
function watchMarks(window) {
  const seen = { marksAdded: 0, marksRemoved: 0, textChanged: 0, records: 0 };
  const observer = new window.MutationObserver((records) => {
    for (const record of records) {
      seen.records += 1;
      if (record.type === "characterData") seen.textChanged += 1;
      for (const node of record.addedNodes) if (node.localName === "claimlight-mark") seen.marksAdded += 1;
      for (const node of record.removedNodes) if (node.localName === "claimlight-mark") seen.marksRemoved += 1;
    }
  });
  observer.observe(window.document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  return { seen };
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

// Not breaking the page (issue 12).
test("showing the same analysis again leaves the DOM exactly as it is", async () => {
  const { window, deliver } = load(`<body><article><p>Officials said 2,000 people marched.</p><p>Police counted 500.</p></article></body>`);
  const text = articleText(window.document);
  const analysis = { id: "a_1", claims: [claimFor(text, "Officials said 2,000 people marched.", { id: "c_a" }), claimFor(text, "Police counted 500.", { id: "c_b" })] };
  await deliver({ type: "show-analysis", analysis });
  const marksBefore = [...window.document.querySelectorAll("claimlight-mark")];
  const { seen } = watchMarks(window);
  const again = await deliver({ type: "show-analysis", analysis: structuredClone(analysis) });
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(again.kept, 2);
  assert.equal(again.wrapped, 0);
  assert.equal(seen.records, 0, "no mutation at all");
  assert.deepEqual([...window.document.querySelectorAll("claimlight-mark")], marksBefore);
});

test("a new analysis keeps the marks of the claims it shares, unwraps only the gone ones and anchors only the new ones", async () => {
  const { window, deliver } = load(`<body><article><p>Officials said 2,000 people marched.</p><p>Police counted 500.</p><p>Organisers claimed 10,000.</p></article></body>`);
  const pageNodes = textNodes(window.document.body);
  const text = articleText(window.document);
  await deliver({ type: "show-analysis", analysis: { id: "a_1", claims: [
    claimFor(text, "Officials said 2,000 people marched.", { id: "c_1a", level: "medium" }), claimFor(text, "Police counted 500.", { id: "c_1b" }),
  ] } });
  const kept = window.document.querySelector('claimlight-mark[data-claim-id="c_1a"]');
  const { seen } = watchMarks(window);
  const shown = await deliver({ type: "show-analysis", analysis: { id: "a_2", claims: [
    claimFor(text, "Officials said 2,000 people marched.", { id: "c_2a", level: "high" }), claimFor(text, "Organisers claimed 10,000.", { id: "c_2c" }),
  ] } });
  assert.equal(shown.kept, 1);
  assert.equal(shown.wrapped, 1);
  assert.equal(kept.isConnected, true, "the shared claim's mark stays in place");
  assert.equal(kept.dataset.claimId, "c_2a");
  assert.equal(kept.dataset.level, "high");
  assert.deepEqual(Object.fromEntries(highlightedText(window.document)), { c_2a: "Officials said 2,000 people marched.", c_2c: "Organisers claimed 10,000." });
  assert.equal(seen.marksRemoved, 1, "only the gone claim's mark came out");
  assert.equal(seen.marksAdded, 1, "only the new claim's mark went in");
  const police = textNodes(window.document.body).find((n) => n.data.includes("Police"));
  assert.ok(pageNodes.includes(police), "the gone claim's text is the page's own node again");
});

test("a page that keeps adding unrelated content: no mark is re-wrapped, the page's text nodes stay, and a claim that never anchors is retried less and less", async () => {
  let indexBuilds = 0;
  const { window, deliver } = load(`<body><article><p>Officials said 2,000 people marched.</p><p>Police counted 500.</p></article><ul id="feed"></ul></body>`, {
    betweenScripts: (window) => {
      const build = window.ClaimlightAnchor.buildIndex;
      window.ClaimlightAnchor.buildIndex = (root) => { indexBuilds += 1; return build(root); };
    },
  });
  const text = articleText(window.document);
  const never = { id: "c_never", text: "Nobody wrote this sentence about 7 ministers on the page.", level: "high",
    selector: { exact: "Nobody wrote this sentence about 7 ministers on the page.", prefix: "", suffix: "", start: 0, end: 57 } };
  const shown = await deliver({ type: "show-analysis", analysis: { id: "a_1", claims: [
    claimFor(text, "Officials said 2,000 people marched.", { id: "c_a" }), claimFor(text, "Police counted 500.", { id: "c_b" }), never,
  ] } });
  assert.deepEqual([...shown.missing], ["c_never"]);
  const articleNodes = textNodes(window.document.querySelector("article"));
  const articleData = articleNodes.map((n) => n.data);
  const { seen } = watchMarks(window);
  indexBuilds = 0;
  const feed = window.document.getElementById("feed");
  for (let i = 0; i < 14; i++) {
    const li = window.document.createElement("li");
    li.textContent = `Reader comment ${i}: lovely weather here today, and the trains ran on time again this morning as usual.`;
    feed.append(li);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(seen.marksAdded + seen.marksRemoved, 0, "no mark was unwrapped or re-wrapped");
  assert.equal(seen.textChanged, 0);
  assert.deepEqual(textNodes(window.document.querySelector("article")), articleNodes);
  assert.deepEqual(textNodes(window.document.querySelector("article")).map((n) => n.data), articleData);
  assert.ok(indexBuilds <= 4, `the missing claim was looked for ${indexBuilds} times in 3 s of page changes`);
  assert.ok(indexBuilds >= 1, "it was looked for again after the page changed");
});

test("a claim that never anchored is not retried while the page does not change", async () => {
  let indexBuilds = 0;
  const { deliver } = load(`<body><p>Officials said 2,000 people marched.</p></body>`, {
    betweenScripts: (window) => {
      const build = window.ClaimlightAnchor.buildIndex;
      window.ClaimlightAnchor.buildIndex = (root) => { indexBuilds += 1; return build(root); };
    },
  });
  const never = { id: "c_never", text: "Not on this page, 7 times over.", level: "high", selector: { exact: "Not on this page, 7 times over.", prefix: "", suffix: "", start: 0, end: 31 } };
  await deliver({ type: "show-analysis", analysis: { id: "a_1", claims: [never] } });
  assert.equal(indexBuilds, 1);
  await new Promise((resolve) => setTimeout(resolve, 1200));
  assert.equal(indexBuilds, 1);
});

test("scripts injected twice run once: one message listener, one click handler, one popover", async () => {
  const { window, deliver, listeners } = load(`<body><p>Officials said 2,000 people marched.</p></body>`, {
    extraScripts: ["content/content.js", ...CONTENT_SCRIPTS, "content/content.js"],
  });
  assert.equal(listeners(), 1);
  const text = articleText(window.document);
  const shown = await deliver({ type: "show-analysis", analysis: { id: "a_1", claims: [claimFor(text, "Officials said 2,000 people marched.")] } });
  assert.equal(shown.anchored, 1);
  assert.equal(window.document.querySelectorAll("claimlight-mark").length, 1);
  window.document.querySelector("claimlight-mark").click();
  assert.equal(window.document.querySelectorAll("claimlight-popover").length, 1);
});

test("marks left in the page by an instance that is gone (extension reloaded) are taken out when the script starts", () => {
  const { window } = load(`<body><p>Before <claimlight-mark data-claim-id="c_old">Officials said 2,000 people marched.</claimlight-mark> after.</p></body>`);
  assert.equal(window.document.querySelectorAll("claimlight-mark").length, 0);
  assert.equal(window.document.querySelector("p").textContent, "Before Officials said 2,000 people marched. after.");
});
