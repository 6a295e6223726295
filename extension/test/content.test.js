import { test } from "node:test";
import assert from "node:assert/strict";
import { pageWithScripts, articleText, claimFor, highlightedText, recordShadowRoots, popoverButton, textNodes, trustedClick, trustedKey, CONTENT_SCRIPTS } from "./helpers.js";
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

function load(html, { stored = {}, url, extraScripts = ["content/content.js"], betweenScripts = null, beforeScripts = null } = {}) {
  const sent = [];
  const storageListeners = [];
  let deliver;
  let messageListeners = 0;
  let roots;
  const dom = pageWithScripts(html, {
    url, extraScripts, betweenScripts,
    beforeScripts: (window) => {
      roots = recordShadowRoots(window);
      beforeScripts?.(window);
      deliver = fakeExtensionApi(window, sent, stored, storageListeners);
      const add = window.chrome.runtime.onMessage.addListener;
      window.chrome.runtime.onMessage.addListener = (listener) => { messageListeners += 1; add(listener); };
    },
  });
  const changeStorage = (changes) => storageListeners.forEach((listener) => listener(changes, "local"));
  return { window: dom.window, sent, deliver, changeStorage, roots, listeners: () => messageListeners };
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
  trustedClick(window.document.querySelector("claimlight-mark"));
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
  trustedClick(window.document.querySelector("claimlight-mark"));
  assert.equal(window.document.querySelectorAll("claimlight-popover").length, 1);
});

test("marks left in the page by an instance that is gone (extension reloaded) are taken out when the script starts", () => {
  const { window } = load(`<body><p>Before <claimlight-mark data-claim-id="c_old">Officials said 2,000 people marched.</claimlight-mark> after.</p></body>`);
  assert.equal(window.document.querySelectorAll("claimlight-mark").length, 0);
  assert.equal(window.document.querySelector("p").textContent, "Before Officials said 2,000 people marched. after.");
});

// The model's progress, keyboard and the reader's own clicks (issue 12, items 4 and 6).
const THREE_CLAIMS = `<body><article><p>Officials said 2,000 people marched.</p><p>Police counted 500.</p><p>Organisers claimed 10,000.</p></article></body>`;

async function showThree(options = {}, analysis = {}) {
  const page = load(THREE_CLAIMS, options);
  const text = articleText(page.window.document);
  const claims = [
    { ...claimFor(text, "Officials said 2,000 people marched.", { id: "c_a", level: "high" }), judged_by: "rules" },
    { ...claimFor(text, "Police counted 500.", { id: "c_b", level: "low" }), judged_by: "rules" },
    { ...claimFor(text, "Organisers claimed 10,000.", { id: "c_c", level: "medium" }), judged_by: "rules" },
  ];
  const shown = await page.deliver({ type: "show-analysis", analysis: { id: "a_1", claims, ...analysis } });
  assert.equal(shown.anchored, 3);
  const first = (id) => page.window.document.querySelector(`claimlight-mark[data-claim-id="${id}"][data-part="first"]`);
  return { ...page, claims, first };
}

// The content script's answers are objects of the page's realm; compare them as plain data.
function plain(value) {
  return JSON.parse(JSON.stringify(value));
}

function popoverText(roots) {
  return roots.at(-1)?.querySelector(".panel")?.textContent || "";
}

test("a page script's synthetic click or key on a highlight opens nothing; the reader's own click and Enter do", async () => {
  const { window, sent, first } = await showThree();
  first("c_a").click();
  first("c_a").focus();
  first("c_a").dispatchEvent(new window.KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  assert.equal(window.ClaimlightPopover.isOpen(), false);
  assert.deepEqual(sent.filter((m) => m.type === "questions"), [], "nothing was asked of the server");
  trustedClick(first("c_a"));
  assert.equal(window.document.querySelector("claimlight-popover").dataset.claimId, "c_a");
  window.ClaimlightPopover.close();
  trustedKey(window, "Enter");
  assert.equal(window.document.querySelector("claimlight-popover").dataset.claimId, "c_a");
  assert.equal(sent.filter((m) => m.type === "questions").length, 2);
});

test("N and P on a claim, and the next/previous-claim shortcuts, move through the shown claims in page order", async () => {
  const url = "https://news.example/article";
  const { window, deliver, first, changeStorage } = await showThree({ url });
  const active = () => window.document.activeElement.dataset?.claimId;
  first("c_a").focus();
  trustedKey(window, "n");
  assert.equal(active(), "c_b");
  trustedKey(window, "n");
  assert.equal(active(), "c_c");
  trustedKey(window, "n");
  assert.equal(active(), "c_a", "past the last claim it wraps to the first");
  trustedKey(window, "p");
  assert.equal(active(), "c_c");
  window.document.activeElement.dispatchEvent(new window.KeyboardEvent("keydown", { key: "n", bubbles: true }));
  assert.equal(active(), "c_c", "a page script's key does not move the reader");

  changeStorage({ [siteFilterKey(url)]: { newValue: "high-medium" } });
  window.document.body.focus();
  window.document.activeElement.blur();
  assert.deepEqual(plain(await deliver({ type: "step-claim", direction: 1 })), { claimId: "c_a", index: 0, total: 2 }, "the shortcut starts at the first claim in view");
  assert.deepEqual(plain(await deliver({ type: "step-claim", direction: 1 })), { claimId: "c_c", index: 1, total: 2 }, "a claim the filter hides is skipped");
  assert.equal(active(), "c_c");
  assert.deepEqual(plain(await deliver({ type: "step-claim", direction: -1 })), { claimId: "c_a", index: 0, total: 2 });
});

test("the side panel's choice moves to a claim's first mark; a hidden or missing claim says why", async () => {
  const url = "https://news.example/article";
  const { window, deliver, changeStorage } = await showThree({ url });
  assert.deepEqual(plain(await deliver({ type: "focus-claim", claimId: "c_b" })), { focused: true });
  assert.equal(window.document.activeElement.dataset.claimId, "c_b");
  assert.equal(window.document.activeElement.dataset.part, "first");
  changeStorage({ [siteFilterKey(url)]: { newValue: "high" } });
  assert.deepEqual(plain(await deliver({ type: "focus-claim", claimId: "c_b" })), { focused: false, reason: "filtered" });
  assert.deepEqual(plain(await deliver({ type: "focus-claim", claimId: "c_nope" })), { focused: false, reason: "missing" });
});

test("while the model works the levels say provisional; its upgrades and its end update the marks and the open popover", async () => {
  const { deliver, roots, claims, first } = await showThree({}, { modelPending: true });
  assert.deepEqual(["c_a", "c_b", "c_c"].map((id) => first(id).dataset.provisional), ["true", "true", "true"]);
  trustedClick(first("c_a"));
  assert.match(popoverText(roots), /High: check before believing/);
  const note = roots.at(-1).querySelector(".note.provisional");
  assert.equal(note.hidden, false);
  assert.match(note.textContent, /Provisional level/);

  const upgraded = { ...claims[0], level: "low", judged_by: "model:smollm2", reasons: ["the model reads this as probably not a checkable claim (score 0.20); shown as low"] };
  await deliver({ type: "update-claims", claims: [upgraded] });
  assert.equal(first("c_a").dataset.level, "low");
  assert.equal(first("c_a").dataset.provisional, undefined);
  assert.equal(first("c_a").style.getPropertyValue("border-bottom-style"), "dotted");
  assert.match(popoverText(roots), /Low: check before believing/, "the open popover shows the new level");
  assert.match(popoverText(roots), /probably not a checkable claim/);
  assert.equal(note.hidden, true);
  assert.equal(first("c_b").dataset.provisional, "true");

  await deliver({ type: "model-progress", pending: false });
  assert.equal(first("c_b").dataset.provisional, undefined, "once the model is done the rules' level stands");
  assert.doesNotMatch(first("c_b").getAttribute("aria-label"), /provisional/);
});

test("a claim whose figures changed since the page was last read says so in its popover", async () => {
  const { roots, first } = await showThree({}, { figureChanges: [{ claimId: "c_c", before: ["8,000"], after: ["10,000"] }] });
  trustedClick(first("c_c"));
  assert.match(popoverText(roots), /Changed since you last read this page: the figures were 8,000, now 10,000\./);
  trustedClick(first("c_a"));
  assert.doesNotMatch(popoverText(roots), /Changed since/);
});

test("the page says which document it is; forgetting (a single-page app moved on) gives the page its own text nodes back", async () => {
  const { window, deliver, sent, first } = await showThree();
  const where = await deliver({ type: "where" });
  assert.equal(where.href, "https://news.example/article");
  assert.deepEqual(await deliver({ type: "where" }), where, "the same document answers the same");
  trustedClick(first("c_a"));
  await deliver({ type: "forget" });
  assert.equal(window.document.querySelectorAll("claimlight-mark, claimlight-popover").length, 0);
  assert.deepEqual(textNodes(window.document.querySelector("article")).map((n) => n.data),
    ["Officials said 2,000 people marched.", "Police counted 500.", "Organisers claimed 10,000."]);
  const shown = await deliver({ type: "show-analysis", analysis: { id: "a_2", claims: [] } });
  assert.equal(shown.anchored, 0, "the next analysis starts from nothing");
  assert.equal(sent.length, 1, "only the reader's click asked anything");
});

test("when the system switches to forced colours the marks are restyled in system colours", async () => {
  let forced = null;
  const { first } = await showThree({
    beforeScripts: (window) => {
      window.matchMedia = (query) => {
        const list = { media: query, matches: false, addEventListener: (type, listener) => { if (query.includes("forced-colors")) forced = listener; } };
        return list;
      };
    },
  });
  assert.notEqual(first("c_a").style.getPropertyValue("background-color"), "transparent");
  forced({ matches: true });
  assert.equal(first("c_a").style.getPropertyValue("background-color"), "transparent");
  assert.equal(first("c_a").style.getPropertyValue("border-bottom-color").toLowerCase(), "canvastext");
  assert.equal(first("c_c").style.getPropertyValue("border-bottom-style"), "dashed");
});

test("restyling marks that already look right (the model's work starting again on scored claims) changes not even an attribute", async () => {
  const { window, deliver, claims } = await showThree({}, { modelPending: false });
  const scored = claims.map((c) => ({ ...c, judged_by: "model:smollm2" }));
  await deliver({ type: "update-claims", claims: scored });
  const { seen } = watchMarks(window);
  const again = await deliver({ type: "show-analysis", analysis: { id: "a_1", claims: structuredClone(scored), modelPending: true } });
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(again.kept, 3);
  assert.equal(seen.records, 0);
});

test("a claim the model adds (a sentence the rules passed over) is highlighted where it stands", async () => {
  const page = load(THREE_CLAIMS);
  const text = articleText(page.window.document);
  const ruled = [
    { ...claimFor(text, "Officials said 2,000 people marched.", { id: "c_a", level: "high" }), judged_by: "rules" },
    { ...claimFor(text, "Organisers claimed 10,000.", { id: "c_c", level: "medium" }), judged_by: "rules" },
  ];
  const shown = await page.deliver({ type: "show-analysis", analysis: { id: "a_1", claims: ruled, modelPending: true } });
  assert.equal(shown.anchored, 2);
  const added = {
    ...claimFor(text, "Police counted 500.", { id: "c_added", level: "high" }), judged_by: "model:smollm2",
    reasons: ["the model reads this as a checkable claim the rules passed over (score 0.71)", "a number with no source"],
  };
  await page.deliver({ type: "update-claims", claims: [added] });
  const mark = page.window.document.querySelector('claimlight-mark[data-claim-id="c_added"]');
  assert.ok(mark, "the added claim has its mark");
  assert.equal(mark.dataset.level, "high");
  assert.equal(mark.textContent, "Police counted 500.");
});
