import { test } from "node:test";
import assert from "node:assert/strict";
import { pageWithScripts, articleText, claimFor, recordShadowRoots, popoverButton } from "./helpers.js";

const HOSTILE = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

function setup({ questions }) {
  let roots;
  const dom = pageWithScripts(`<body><p>Officials said 2,000 people marched on Friday.</p></body>`, { beforeScripts: (window) => { roots = recordShadowRoots(window); } });
  const { window } = dom;
  const text = articleText(window.document);
  const claim = {
    ...claimFor(text, "Officials said 2,000 people marched on Friday."),
    reasons: [`a number credited to an unnamed source ${HOSTILE}`],
    source: { text: `Officials ${HOSTILE}`, kind: "anonymous" },
  };
  const { buildIndex, anchorClaims } = window.ClaimlightAnchor;
  const marks = window.ClaimlightHighlight.createWrapper().wrap(anchorClaims(buildIndex(window.document.body), [claim]).anchored, {});
  const calls = [];
  const actions = {
    questions: (id) => { calls.push(["questions", id]); return questions; },
    feedback: (id, verdict) => { calls.push(["feedback", id, verdict]); return Promise.resolve({ claim_id: id, feedback: verdict }); },
    related: (id) => { calls.push(["related", id]); return Promise.resolve({ claim_id: id, related: [] }); },
    search: (id, query) => { calls.push(["search", id, query]); return Promise.resolve({ engine: "DuckDuckGo" }); },
  };
  return { window, claim, mark: marks.get(claim.id)[0], actions, calls, roots };
}

function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

// Hostile text is in the popover only as text: in the captured (closed) shadow root, no element it could
// have made, no attribute it could have set, and the very string in the text of the places it is shown.
function assertOnlyText(root, window, places) {
  assert.equal(root.querySelectorAll("img, script, iframe, object, embed, svg, style:not(:first-child)").length, 0, "hostile markup became elements");
  for (const element of root.querySelectorAll("*")) {
    for (const { name } of element.attributes) assert.ok(!name.startsWith("on"), `an ${name} attribute on <${element.localName}>`);
  }
  assert.equal(root.innerHTML.includes("<img"), false, "the markup must be escaped text, not parsed");
  for (const [selector, expected] of places) {
    const texts = [...root.querySelectorAll(selector)].map((el) => el.textContent);
    assert.ok(texts.some((t) => t.includes(expected)), `${selector} does not show ${JSON.stringify(expected)} as text: ${JSON.stringify(texts)}`);
  }
  assert.equal(window.__pwned, undefined);
  assert.equal(window.document.querySelectorAll("img, script").length, 0);
}

test("the popover shows a loading state, then the questions tagged by who wrote them, all as text", async () => {
  const pending = deferred();
  const { window, claim, mark, actions, calls, roots } = setup({ questions: pending.promise });
  const host = window.ClaimlightPopover.open(mark, claim, actions);
  assert.equal(host.dataset.questions, "loading");
  assert.equal(host.shadowRoot, null, "the shadow root must be closed");
  assert.equal(roots.length, 1, "the popover's shadow root was captured");
  const root = roots[0];
  assert.equal(root.host, host);
  assert.deepEqual(calls, [["questions", claim.id]]);
  assertOnlyText(root, window, [["li", `a number credited to an unnamed source ${HOSTILE}`], ["p", `Officials ${HOSTILE}`]]);

  pending.resolve({ claim_id: claim.id, questions: [
    { text: `Which officials, and how did they count? ${HOSTILE}`, by: "model" },
    { text: "Who else counted the marchers?", by: "template" },
  ] });
  await pending.promise;
  await new Promise((resolve) => window.setTimeout(resolve, 0));
  assert.equal(host.dataset.questions, "ready");
  const questions = [...root.querySelectorAll("ol > li")];
  assert.equal(questions.length, 2);
  assert.equal(questions[0].firstChild.textContent, `Which officials, and how did they count? ${HOSTILE}`);
  assert.equal(questions[0].querySelector(".by").textContent, "model-written");
  assert.equal(questions[1].querySelector(".by").textContent, "template");
  assertOnlyText(root, window, [["ol > li", `Which officials, and how did they count? ${HOSTILE}`]]);
});

test("hostile text in the claim itself, its related pages and error messages stays text too", async () => {
  const { window, claim, mark, actions, roots } = setup({ questions: Promise.reject(new Error(`server said ${HOSTILE}`)) });
  actions.related = () => Promise.resolve({ related: [{ title: `A page ${HOSTILE}`, url: `javascript:window.__pwned=3`, source: { text: `Someone ${HOSTILE}`, kind: "named" }, figures: [{ text: "2,000" }], match: ["figure"] }] });
  const host = window.ClaimlightPopover.open(mark, { ...claim, text: `Officials said ${HOSTILE} 2,000 people marched.` }, actions);
  await new Promise((resolve) => window.setTimeout(resolve, 0));
  assert.equal(host.dataset.questions, "error");
  const root = roots.at(-1);
  popoverButton(roots, "Seen elsewhere").click();
  await new Promise((resolve) => window.setTimeout(resolve, 0));
  assertOnlyText(root, window, [
    ["blockquote", `Officials said ${HOSTILE}`], [".loading", `server said ${HOSTILE}`], ["li", `A page ${HOSTILE}`], ["li", `Someone ${HOSTILE}`],
  ]);
  for (const link of root.querySelectorAll("a")) assert.ok(!link.hasAttribute("href") || /^https?:/.test(link.getAttribute("href")), link.getAttribute("href"));
});

test("a failed questions call says so instead of spinning forever", async () => {
  const pending = deferred();
  const { window, claim, mark, actions } = setup({ questions: pending.promise });
  const host = window.ClaimlightPopover.open(mark, claim, actions);
  pending.reject(new Error("The server refused the token."));
  await pending.promise.catch(() => {});
  await new Promise((resolve) => window.setTimeout(resolve, 0));
  assert.equal(host.dataset.questions, "error");
});

test("Escape closes the popover and gives focus back to the highlight", () => {
  const { window, claim, mark, actions } = setup({ questions: new Promise(() => {}) });
  mark.focus();
  window.ClaimlightPopover.open(mark, claim, actions);
  assert.equal(window.ClaimlightPopover.isOpen(), true);
  const host = window.document.querySelector("claimlight-popover");
  assert.notEqual(window.document.activeElement, mark, "focus moves into the popover");
  window.document.activeElement.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
  assert.equal(window.ClaimlightPopover.isOpen(), false);
  assert.equal(host.isConnected, false);
  assert.equal(window.document.activeElement, mark);
});

test("opening another claim's popover replaces the first", () => {
  const { window, claim, mark, actions } = setup({ questions: new Promise(() => {}) });
  window.ClaimlightPopover.open(mark, claim, actions);
  window.ClaimlightPopover.open(mark, { ...claim, id: "c_other" }, actions);
  const hosts = window.document.querySelectorAll("claimlight-popover");
  assert.equal(hosts.length, 1);
  assert.equal(hosts[0].dataset.claimId, "c_other");
});

async function settle(window) {
  await new Promise((resolve) => window.setTimeout(resolve, 0));
}

test("each question shows what would settle it, as text, and older servers' questions without look_for still show", async () => {
  const { window, claim, mark, actions, roots } = setup({ questions: Promise.resolve({ questions: [
    { text: "Where is the Mainichi report?", by: "model", look_for: ["the Mainichi article", `the ministry's own statement ${HOSTILE}`, "  ", 7] },
    { text: "Who counted the marchers?", by: "template" },
    { text: "Did the police count them too?", by: "template", look_for: [] },
  ] }) });
  const host = window.ClaimlightPopover.open(mark, claim, actions);
  await settle(window);
  assert.equal(host.dataset.questions, "ready");
  const items = [...roots.at(-1).querySelectorAll("ol > li")];
  assert.equal(items.length, 3);
  const lookFor = items.map((li) => li.querySelector(".look-for")?.textContent ?? null);
  assert.deepEqual(lookFor, [`Look for: the Mainichi article; the ministry's own statement ${HOSTILE}`, null, null]);
  assert.equal(roots.at(-1).querySelectorAll("img, script").length, 0, "look_for text is never parsed as HTML");
  assert.equal(window.__pwned, undefined);
});

test("Search for this sends the claim's key words only when pressed, and says where it searched", async () => {
  const { window, claim, mark, actions, calls, roots } = setup({ questions: Promise.resolve({ questions: [] }) });
  const figured = { ...claim, figures: [{ text: "2,000" }], kinds: ["numerical", "attribution"] };
  window.ClaimlightPopover.open(mark, figured, actions);
  await settle(window);
  assert.deepEqual(calls.map((c) => c[0]), ["questions"], "nothing is searched before the click");
  const button = popoverButton(roots, "Search for this");
  assert.equal(button.getAttribute("type"), "button", "a real button: focusable, Enter and Space press it");
  button.click();
  await settle(window);
  assert.deepEqual(calls.at(-1), ["search", claim.id, "2,000 people marched Friday"]);
  assert.match(roots.at(-1).querySelector(".status").textContent, /DuckDuckGo.*2,000 people marched Friday/);
});

test("search queries keep figures, a named source and a few content words, never the sentence", (t) => {
  const { window } = setup({ questions: new Promise(() => {}) });
  const { searchQuery } = window.ClaimlightPopover;
  const zelensky = {
    text: "Zelensky has claimed that 16,000 foreign mercenaries are going to fight for Ukraine, it was reportedly said.",
    figures: [{ text: "16,000" }], source: { text: "Volodymyr Zelensky", kind: "named" },
  };
  assert.equal(searchQuery(zelensky), "16,000 Volodymyr Zelensky foreign mercenaries fight Ukraine");
  const mainichi = {
    text: "Mainichi quoted an unnamed source as saying about 70 volunteers from Japan had joined the International Legion, officials said.",
    figures: [{ text: "about 70" }, { text: "about 70" }], source: { text: "an unnamed source", kind: "anonymous" },
  };
  const query = searchQuery(mainichi);
  assert.equal(query, "about 70 Mainichi Japan International Legion");
  assert.ok(query.split(" ").length <= 11);
  const long = { text: `${"Lengthy words ".repeat(40)}here.`, figures: [], source: { text: "the United Nations Office for the Coordination of Humanitarian Affairs", kind: "organisation" } };
  assert.ok(searchQuery(long).split(" ").length <= 9, searchQuery(long));
  assert.equal(searchQuery({ text: "It is said that it was so.", figures: [] }), "");
});

test("a claim with nothing to search for offers no search button", async () => {
  const { window, claim, mark, actions, roots } = setup({ questions: Promise.resolve({ questions: [] }) });
  window.ClaimlightPopover.open(mark, { ...claim, text: "It is said that it was so.", figures: [] }, actions);
  await settle(window);
  assert.throws(() => popoverButton(roots, "Search for this"), /no button/);
});

test("the panel never reaches past the bottom of the window: it scrolls inside the room below the claim", () => {
  const { window, claim, mark, actions, roots } = setup({ questions: new Promise(() => {}) });
  mark.getBoundingClientRect = () => ({ top: 300, bottom: 320, left: 10, right: 400, width: 390, height: 20 });
  const host = window.ClaimlightPopover.open(mark, claim, actions);
  assert.equal(host.style.getPropertyValue("top"), "328px");
  const room = window.innerHeight - 328 - 8;
  assert.equal(roots.at(-1).querySelector(".panel").style.getPropertyValue("max-height"), `min(70vh, 560px, ${room}px)`);
});

// Placed beside the claim, never over it (issue 12, item 6).
function twoLineClaim() {
  let roots;
  const dom = pageWithScripts(`<body><p>Officials said <b>2,000 people</b> marched on Friday.</p></body>`, { beforeScripts: (window) => { roots = recordShadowRoots(window); } });
  const { window } = dom;
  const claim = claimFor(articleText(window.document), "Officials said 2,000 people marched on Friday.");
  const { buildIndex, anchorClaims } = window.ClaimlightAnchor;
  const marks = window.ClaimlightHighlight.createWrapper().wrap(anchorClaims(buildIndex(window.document.body), [claim]).anchored, {}).get(claim.id);
  assert.equal(marks.length, 3);
  const place = (rects) => marks.forEach((mark, i) => { mark.getBoundingClientRect = () => rects[i]; });
  return { window, claim, marks, place, roots };
}

const rect = (top, bottom, left, right) => ({ top, bottom, left, right, width: right - left, height: bottom - top });

/** Where the panel may reach, from the host's top/bottom and the panel's max-height: [top, bottom] in the window. */
function panelSpan(window, host, panel) {
  const room = Number(/(\d+)px\)$/.exec(panel.style.getPropertyValue("max-height"))[1]);
  const top = host.style.getPropertyValue("top");
  if (top !== "auto") return [parseFloat(top), parseFloat(top) + room];
  const bottom = window.innerHeight - parseFloat(host.style.getPropertyValue("bottom"));
  return [bottom - room, bottom];
}

test("the popover goes below all of a claim's lines when there is room, above them when not, and never over them", () => {
  const { window, claim, marks, place, roots } = twoLineClaim();
  const actions = { questions: () => new Promise(() => {}) };
  // The claim's first mark ends one line; the rest run on the next one.
  place([rect(300, 320, 500, 900), rect(320, 340, 10, 120), rect(320, 340, 120, 300)]);
  let host = window.ClaimlightPopover.open(marks[0], claim, actions, { marks });
  let [top, bottom] = panelSpan(window, host, roots.at(-1).querySelector(".panel"));
  assert.equal(top, 348, "below the claim's last line, not its first mark");
  assert.ok(bottom <= window.innerHeight);

  place([rect(640, 660, 500, 900), rect(660, 680, 10, 120), rect(660, 680, 120, 300)]);
  host = window.ClaimlightPopover.open(marks[0], claim, actions, { marks });
  [top, bottom] = panelSpan(window, host, roots.at(-1).querySelector(".panel"));
  assert.equal(host.style.getPropertyValue("top"), "auto", "too little room below: above");
  assert.ok(bottom <= 640 - 8, `the panel reaches ${bottom}, into the claim at 640`);
  assert.ok(top >= 0);
});

test("as the page scrolls the popover moves with its claim", async () => {
  const { window, claim, marks, place } = twoLineClaim();
  place([rect(100, 120, 10, 400), rect(100, 120, 400, 500), rect(100, 120, 500, 700)]);
  const host = window.ClaimlightPopover.open(marks[0], claim, { questions: () => new Promise(() => {}) }, { marks });
  assert.equal(host.style.getPropertyValue("top"), "128px");
  place([rect(40, 60, 10, 400), rect(40, 60, 400, 500), rect(40, 60, 500, 700)]);
  window.dispatchEvent(new window.Event("scroll"));
  await new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve)));
  assert.equal(host.style.getPropertyValue("top"), "68px");
  window.ClaimlightPopover.close();
  place([rect(200, 220, 10, 400), rect(200, 220, 400, 500), rect(200, 220, 500, 700)]);
  window.dispatchEvent(new window.Event("scroll"));
  await new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve)));
  assert.equal(host.isConnected, false);
});
