// Load the content scripts into a jsdom window, as the browser loads them into the isolated world.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { CONTENT_FILES } from "../lib/content-files.js";
import jsdomIdl from "jsdom/lib/generated/idl/utils.js";

const EXTENSION = join(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO = join(EXTENSION, "..");
// The content scripts but content.js, which the tests that want it load themselves.
export const CONTENT_SCRIPTS = CONTENT_FILES.filter((file) => file !== "content/content.js");

export function pageWithScripts(html, { extraScripts = [], beforeScripts = null, betweenScripts = null, url = "https://news.example/article" } = {}) {
  const dom = new JSDOM(html, { runScripts: "outside-only", url, pretendToBeVisual: true });
  if (beforeScripts) beforeScripts(dom.window);
  for (const file of CONTENT_SCRIPTS) dom.window.eval(readFileSync(join(EXTENSION, file), "utf8"));
  if (betweenScripts) betweenScripts(dom.window);
  for (const file of extraScripts) dom.window.eval(readFileSync(join(EXTENSION, file), "utf8"));
  return dom;
}

/** Every text node under `root`, in document order. */
export function textNodes(root) {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/** The server's article text for a page: each block's text, whitespace collapsed, joined by blank lines (as extract.py does). */
export function articleText(document, selector = "p, h2, h3, li, blockquote") {
  return [...document.querySelectorAll(selector)]
    .map((el) => el.textContent.split(/\s+/).filter(Boolean).join(" "))
    .filter(Boolean)
    .join("\n\n");
}

/** The same selector anchor.py's make_selector builds: the quote, 32 characters either side, and its offsets. */
export function makeSelector(text, start, end) {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end };
}

/** A claim for the `nth` occurrence (0-based) of `quote` in `text`. */
export function claimFor(text, quote, { nth = 0, level = "high", id = null } = {}) {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`quote ${JSON.stringify(quote)} occurrence ${nth} not in text`);
  }
  const selector = makeSelector(text, at, at + quote.length);
  return { id: id || `c_${at}`, text: quote, level, selector, reasons: ["a number with no source given"], source: { text: null, kind: "none" } };
}

export function squash(text) {
  return text.replace(/\s+/g, " ").trim();
}

/** Each claim id -> the whitespace-normalised text of its marks, in document order. */
export function highlightedText(document) {
  const byClaim = new Map();
  for (const mark of document.querySelectorAll("claimlight-mark")) {
    byClaim.set(mark.dataset.claimId, (byClaim.get(mark.dataset.claimId) || "") + mark.textContent);
  }
  return new Map([...byClaim].map(([id, text]) => [id, squash(text)]));
}

export function readPage(name) {
  return readFileSync(join(REPO, "tests", "pages", name), "utf8");
}

/** Keep every shadow root the content scripts attach (closed ones included) so tests can press the popover's buttons. */
export function recordShadowRoots(window) {
  const roots = [];
  const attachShadow = window.Element.prototype.attachShadow;
  window.Element.prototype.attachShadow = function recorded(init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  };
  return roots;
}

/** The popover's button labelled `label`, from the shadow roots recordShadowRoots kept. */
export function popoverButton(roots, label) {
  const button = [...(roots.at(-1)?.querySelectorAll("button") || [])].find((b) => b.textContent === label);
  if (!button) throw new Error(`no button ${JSON.stringify(label)} in the popover`);
  return button;
}

/**
 * Dispatch `event` on `target` as the browser dispatches the reader's own input (isTrusted true).
 * dispatchEvent() always makes an event untrusted, and the content script ignores those, so this
 * goes through jsdom's internal dispatch, the one jsdom itself uses for trusted events.
 */
export function dispatchTrusted(target, event) {
  const impl = jsdomIdl.implForWrapper(event);
  impl.isTrusted = true;
  return jsdomIdl.implForWrapper(target)._dispatch(impl);
}

/** A click by the reader (trusted), as opposed to element.click() from a page script. */
export function trustedClick(element) {
  const { MouseEvent } = element.ownerDocument.defaultView;
  return dispatchTrusted(element, new MouseEvent("click", { bubbles: true, cancelable: true, composed: true, button: 0 }));
}

/** A key pressed by the reader (trusted) on the focused element. */
export function trustedKey(window, key, init = {}) {
  const target = window.document.activeElement || window.document.body;
  return dispatchTrusted(target, new window.KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, composed: true, ...init }));
}
