// Small pieces the popup and side panel share.
import { ext } from "./ext.js";
import { LEVELS } from "./levels.js";
import { describeChanges } from "./page-changes.js";
import "./common.js";

/** While the model works, how far it got, as a sentence ("" once it is done or had nothing to do). */
export function describeModelProgress(state) {
  const total = state?.total ?? 0;
  const checked = state?.modelChecked ?? 0;
  if (state?.status !== "done" || !state.modelPending || !total || checked >= total) return "";
  return `Levels are provisional: the local model is still checking the claims (${checked} of ${total} checked).`;
}

/**
 * A tab's analysis state as a sentence, a tone (ok/bad), per-level counts, and notes: the
 * levels are provisional while the model works; the page changed since it was last read.
 */
export function describeState(state) {
  if (!state) return { text: "This page has not been analysed yet.", tone: "", counts: [], notes: [] };
  if (state.status === "analysing") return { text: "Analysing this page…", tone: "", counts: [], notes: [] };
  // A page the server declines to read (not English, no article): said plainly, not as a failure.
  if (state.status === "not-read") return { text: state.reason?.message || "Claimlight does not read this page.", tone: "", counts: [], notes: [] };
  if (state.status === "error") return { text: state.error?.message || "Something went wrong.", tone: "bad", counts: [], notes: [] };
  const counts = LEVELS.map((level) => ({ level, count: state.counts?.[level] ?? 0 })).filter((c) => c.count > 0);
  const total = state.total ?? counts.reduce((sum, c) => sum + c.count, 0);
  const notes = [describeModelProgress(state), describeChanges(state.changes)].filter(Boolean);
  if (state.modelFailed) notes.push(state.modelFailed);
  if (!total) return { text: "No unverifiable claims found on this page.", tone: "ok", counts, notes };
  const missing = total - (state.anchored ?? total);
  const where = missing > 0 ? ` ${missing} could not be found in the page as shown.` : "";
  return { text: `${total} claim${total === 1 ? "" : "s"} to check, highlighted in the page.${where}`, tone: "ok", counts, notes };
}

/** Give the `.level` badges of an extension page each level's colours and underline (see page.css), from common.js. */
export function showLevelLooks(doc) {
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(globalThis.ClaimlightCommon.levelLookCss((level) => `.level.${level}`));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Open the history: Chrome's side panel, Firefox's sidebar, or a tab where neither
 * exists. Call it straight from a click handler: both panels need the user's gesture.
 */
export async function openHistory(windowId) {
  if (ext.sidePanel?.open) {
    await ext.sidePanel.open({ windowId });
  } else if (ext.sidebarAction?.open) {
    await ext.sidebarAction.open();
  } else {
    await ext.tabs.create({ url: ext.runtime.getURL("sidepanel/sidepanel.html") });
  }
}

/** A link that opens `url` scrolled to `quote` (a text fragment, `#:~:text=start,end`). */
export function textFragmentUrl(url, quote) {
  const words = quote.replace(/\s+/g, " ").trim().split(" ");
  const encode = (text) => encodeURIComponent(text).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
  const directive = words.length <= 8
    ? encode(words.join(" "))
    : `${encode(words.slice(0, 4).join(" "))},${encode(words.slice(-4).join(" "))}`;
  const base = url.split("#")[0];
  return `${base}#:~:text=${directive}`;
}
