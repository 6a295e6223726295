// Small pieces the popup and side panel share.
import { ext } from "./ext.js";

const LEVELS = ["high", "medium", "low"];

/** A tab's analysis state as a sentence, a tone (ok/bad) and per-level counts. */
export function describeState(state) {
  if (!state) return { text: "This page has not been analysed yet.", tone: "", counts: [] };
  if (state.status === "analysing") return { text: "Analysing this page…", tone: "", counts: [] };
  if (state.status === "error") return { text: state.error?.message || "Something went wrong.", tone: "bad", counts: [] };
  const counts = LEVELS.map((level) => ({ level, count: state.counts?.[level] ?? 0 })).filter((c) => c.count > 0);
  const total = state.total ?? counts.reduce((sum, c) => sum + c.count, 0);
  if (!total) return { text: "No unverifiable claims found on this page.", tone: "ok", counts };
  const missing = total - (state.anchored ?? total);
  const where = missing > 0 ? ` ${missing} could not be found in the page as shown.` : "";
  return { text: `${total} claim${total === 1 ? "" : "s"} to check, highlighted in the page.${where}`, tone: "ok", counts };
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
