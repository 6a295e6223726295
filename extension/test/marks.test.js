// How the marks look: a shape per level, forced colours, links inside claims (issue 12, item 6).
import { test } from "node:test";
import assert from "node:assert/strict";
import { pageWithScripts, articleText, claimFor } from "./helpers.js";

function wrapped(html, claims, prefs = {}) {
  const dom = pageWithScripts(html);
  const { document } = dom.window;
  const text = articleText(document);
  const list = claims.map(([quote, level, id]) => claimFor(text, quote, { level, id }));
  const { buildIndex, anchorClaims } = dom.window.ClaimlightAnchor;
  const marks = dom.window.ClaimlightHighlight.createWrapper().wrap(anchorClaims(buildIndex(document.body), list).anchored, { showHighlights: true, claimFilter: "all", ...prefs });
  return { window: dom.window, marks, claims: list };
}

const THREE_LEVELS = `<body><p>Police said 2,000 people marched. Organisers claimed 10,000. A source said 300 were hurt.</p></body>`;
const LEVEL_CLAIMS = [["Organisers claimed 10,000.", "high", "c_high"], ["Police said 2,000 people marched.", "medium", "c_medium"], ["A source said 300 were hurt.", "low", "c_low"]];

test("each level has its own underline shape as well as its colour, so levels differ without telling hues apart", () => {
  const { marks } = wrapped(THREE_LEVELS, LEVEL_CLAIMS);
  const shape = (id) => {
    const { style } = marks.get(id)[0];
    return [style.getPropertyValue("border-bottom-style"), style.getPropertyValue("border-bottom-width")];
  };
  assert.deepEqual(shape("c_high"), ["solid", "3px"]);
  assert.deepEqual(shape("c_medium"), ["dashed", "2px"]);
  assert.deepEqual(shape("c_low"), ["dotted", "2px"]);
  for (const [id] of marks) assert.equal(marks.get(id)[0].style.getPropertyValue("box-shadow"), "none");
});

test("in forced-colours mode the marks keep their shapes, drawn in the system's colours", () => {
  const { marks } = wrapped(THREE_LEVELS, LEVEL_CLAIMS, { forcedColors: true });
  const styles = Object.fromEntries([...marks].map(([id, [mark]]) => [id, mark.style]));
  assert.deepEqual(["c_high", "c_medium", "c_low"].map((id) => styles[id].getPropertyValue("border-bottom-style")), ["solid", "dashed", "dotted"]);
  for (const style of Object.values(styles)) {
    assert.equal(style.getPropertyValue("border-bottom-color").toLowerCase(), "canvastext");
    assert.equal(style.getPropertyValue("background-color"), "transparent");
  }
});

test("words of a claim inside a link keep the link's colour and underline; the rest of the claim is tinted", () => {
  const { marks } = wrapped(`<body><p>Officials said <a href="/report">2,000 people</a> marched on Friday.</p></body>`,
    [["Officials said 2,000 people marched on Friday.", "high", "c_link"]]);
  const [before, inLink, after] = marks.get("c_link");
  assert.equal(inLink.parentElement.localName, "a");
  assert.equal(inLink.style.getPropertyValue("color"), "inherit");
  assert.equal(inLink.style.getPropertyValue("background-color"), "transparent");
  assert.equal(inLink.style.getPropertyValue("text-decoration"), "", "the link's own underline is not taken away");
  assert.equal(inLink.style.getPropertyValue("border-bottom-style"), "solid", "still marked with the level's shape");
  for (const mark of [before, after]) {
    assert.equal(mark.style.getPropertyValue("color"), "rgb(26, 26, 26)");
    assert.notEqual(mark.style.getPropertyValue("background-color"), "transparent");
  }
});

test("while the model is still working, marks and their labels say the level is provisional", () => {
  const { window, marks, claims } = wrapped(THREE_LEVELS, LEVEL_CLAIMS, { modelPending: true });
  const [high] = marks.get("c_high");
  assert.equal(high.dataset.provisional, "true");
  assert.match(high.getAttribute("aria-label"), /High claim, provisional level/);
  const judged = { ...claims[0], judged_by: "model:smollm2" };
  window.ClaimlightHighlight.style(marks.get("c_high"), judged, { showHighlights: true, modelPending: true });
  assert.equal(high.dataset.provisional, undefined, "the model scored it: its level is final");
  window.ClaimlightHighlight.style(marks.get("c_low"), claims[2], { showHighlights: true, modelPending: false });
  assert.equal(marks.get("c_low")[0].dataset.provisional, undefined, "the model is done: the rules' level stands");
  assert.doesNotMatch(marks.get("c_low")[0].getAttribute("aria-label"), /provisional/);
});
