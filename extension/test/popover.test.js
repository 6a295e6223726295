import { test } from "node:test";
import assert from "node:assert/strict";
import { pageWithScripts, articleText, claimFor } from "./helpers.js";

const HOSTILE = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

function setup({ questions }) {
  const dom = pageWithScripts(`<body><p>Officials said 2,000 people marched on Friday.</p></body>`);
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
  };
  return { window, claim, mark: marks.get(claim.id)[0], actions, calls };
}

function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

test("the popover shows a loading state, then the questions tagged by who wrote them, all as text", async () => {
  const pending = deferred();
  const { window, claim, mark, actions, calls } = setup({ questions: pending.promise });
  const host = window.ClaimlightPopover.open(mark, claim, actions);
  assert.equal(host.dataset.questions, "loading");
  assert.equal(host.shadowRoot, null, "the shadow root must be closed");
  assert.deepEqual(calls, [["questions", claim.id]]);

  pending.resolve({ claim_id: claim.id, questions: [
    { text: `Which officials, and how did they count? ${HOSTILE}`, by: "model" },
    { text: "Who else counted the marchers?", by: "template" },
  ] });
  await pending.promise;
  await new Promise((resolve) => window.setTimeout(resolve, 0));
  assert.equal(host.dataset.questions, "ready");
  assert.equal(window.__pwned, undefined);
  assert.equal(window.document.querySelectorAll("img, script").length, 0);
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
