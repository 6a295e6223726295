// The side panel: this tab's state and claims (choose one to move to it in the page), and the
// reader's history, from the server, newest first.
import { ext } from "../lib/ext.js";
import { ClaimlightClient } from "../lib/client.js";
import { loadPairing } from "../lib/pairing.js";
import { describeState, textFragmentUrl, showLevelLooks } from "../lib/ui.js";
import { watchTabState } from "../lib/tab-state.js";
import { LEVELS } from "../lib/levels.js";
import "../lib/common.js";

const { describeSource } = globalThis.ClaimlightCommon;
const PAGE_SIZE = 30;
const SEARCH_DELAY_MS = 250;

const tabStatus = document.getElementById("tab-status");
const tabNotes = document.getElementById("tab-notes");
const tabClaimsList = document.getElementById("tab-claims");
const tabClaimsStatus = document.getElementById("tab-claims-status");
const tabGone = document.getElementById("tab-gone");
const tabGoneList = document.getElementById("tab-gone-list");
const CLAIM_TEXT_CHARS = 180;
const historyStatus = document.getElementById("history-status");
const pagesList = document.getElementById("pages");
const searchInput = document.getElementById("search");
const moreButton = document.getElementById("more");
const confirmBox = document.getElementById("confirm-all");

let nextBefore = null;
let activeTabId = null;
let searchTimer = null;

function el(tag, props = {}, children = []) {
  return globalThis.ClaimlightCommon.el(document, tag, props, children);
}

function say(element, ok, text) {
  element.className = `status ${ok ? "ok" : "bad"}`;
  element.textContent = text;
}

async function api() {
  return new ClaimlightClient(await loadPairing());
}

function safeHref(url) {
  return /^https?:\/\//i.test(url || "") ? url : null;
}

function link(text, url) {
  const anchor = el("a", { text, target: "_blank", rel: "noopener noreferrer" });
  const href = safeHref(url);
  if (href) anchor.href = href;
  return anchor;
}

function levelBadges(counts = {}) {
  return LEVELS.filter((level) => counts[level]).map((level) => el("span", { class: `level ${level}`, text: `${counts[level]} ${level}` }));
}

function relatedLine(item) {
  const who = item.source?.text ? `credited to ${describeSource(item.source)}` : "with no source named";
  const figures = (item.figures || []).map((f) => f.text).join(", ");
  const what = (item.match || []).includes("figure") && figures ? `${figures} ` : "";
  return el("li", {}, [el("span", { text: `${what}${who} on ` }), link(item.title || item.url, item.url)]);
}

/** `button` shows and hides `list`; each time it opens, `load()` gives the list's items afresh. */
function expandsInto(button, list, load) {
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-expanded") === "true") {
      list.hidden = true;
      button.setAttribute("aria-expanded", "false");
      return;
    }
    list.replaceChildren(...(await load()));
    list.hidden = false;
    button.setAttribute("aria-expanded", "true");
  });
}

function claimItem(claim, pageUrl) {
  const relatedList = el("ul", { class: "related", hidden: "" });
  const relatedButton = el("button", { type: "button", "aria-expanded": "false", text: "Seen elsewhere" });
  expandsInto(relatedButton, relatedList, async () => {
    try {
      const items = (await (await api()).related(claim.id)).related || [];
      return items.length ? items.map(relatedLine) : [el("li", { text: "Not seen on other pages." })];
    } catch (error) {
      return [el("li", { text: `Could not look it up: ${error.message}` })];
    }
  });
  return el("li", { class: "claim", "data-claim-id": claim.id }, [
    el("p", {}, [el("span", { class: `level ${claim.level}`, text: claim.level }), " ", el("span", { class: "claim-text", text: claim.text })]),
    el("p", { class: "meta", text: `Source: ${describeSource(claim.source)}` }),
    el("div", { class: "row" }, [link("Show in page", textFragmentUrl(pageUrl, claim.text)), relatedButton]),
    relatedList,
  ]);
}

function pageItem(page) {
  const claimsList = el("ol", { class: "claims", hidden: "" });
  const claimsButton = el("button", { type: "button", "aria-expanded": "false", text: `Claims (${page.claims ?? 0})` });
  const deleteButton = el("button", { type: "button", class: "danger", text: "Delete", "aria-label": `Delete ${page.title || page.url} from history` });
  const item = el("li", { class: "page", "data-page-id": page.page_id }, [
    el("h3", {}, [link(page.title || page.url, page.url)]),
    el("p", { class: "meta" }, [el("span", { text: page.site || "" }), el("span", { text: new Date(page.analysed_at).toLocaleString() }), ...levelBadges(page.counts)]),
    el("div", { class: "row" }, [claimsButton, deleteButton]),
    claimsList,
  ]);
  expandsInto(claimsButton, claimsList, async () => {
    try {
      const analysis = await (await api()).analysis(page.analysis_id);
      const claims = analysis.claims || [];
      return claims.length ? claims.map((c) => claimItem(c, analysis.url)) : [el("li", { text: "No claims flagged on this page." })];
    } catch (error) {
      return [el("li", { text: `Could not load the claims: ${error.message}` })];
    }
  });
  deleteButton.addEventListener("click", async () => {
    try {
      await (await api()).deletePage(page.page_id);
      item.remove();
      say(historyStatus, true, `Deleted ${page.title || page.url}.`);
    } catch (error) {
      say(historyStatus, false, `Could not delete: ${error.message}`);
    }
  });
  return item;
}

async function loadHistory({ append = false } = {}) {
  try {
    const answer = await (await api()).history({ q: searchInput.value.trim(), limit: PAGE_SIZE, before: append ? nextBefore : null });
    const items = (answer.pages || []).map(pageItem);
    if (append) pagesList.append(...items);
    else pagesList.replaceChildren(...items);
    nextBefore = answer.next_before || null;
    moreButton.hidden = !nextBefore;
    if (!append && !items.length) say(historyStatus, true, searchInput.value.trim() ? "No pages match." : "No pages in your history yet.");
    else historyStatus.textContent = "";
  } catch (error) {
    say(historyStatus, false, error.message);
  }
}

async function exportAs(format) {
  try {
    const body = await (await api()).exportHistory(format);
    const blob = new Blob([body], { type: format === "csv" ? "text/csv" : "application/json" });
    const url = URL.createObjectURL(blob);
    const anchor = el("a", { href: url, download: `claimlight-history.${format}` });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say(historyStatus, true, `Exported your history as ${format.toUpperCase()}.`);
  } catch (error) {
    say(historyStatus, false, `Export failed: ${error.message}`);
  }
}

function truncate(text, limit) {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

const FOCUS_REFUSED = {
  missing: "That claim is not highlighted in the page (it could not be found there as shown).",
  filtered: "That claim is hidden by the filter chosen for this site; change it in the toolbar popup.",
};

async function moveToClaim(claim) {
  const answer = await ext.runtime.sendMessage({ type: "focus-claim", tabId: activeTabId, claimId: claim.id });
  if (answer?.focused) tabClaimsStatus.textContent = "";
  else tabClaimsStatus.textContent = answer?.error?.message || FOCUS_REFUSED[answer?.reason] || "Could not move to that claim.";
}

// The parts of a claim's entry that change while the model works: its level and whether it is provisional.
function fillClaimEntry(button, claim) {
  const notes = [claim.provisional ? "provisional" : "", claim.anchored ? "" : "not found in the page", claim.figureChange ? "figures changed" : ""].filter(Boolean);
  button.dataset.level = claim.level;
  button.dataset.provisional = String(claim.provisional);
  button.replaceChildren(
    el("span", { class: `level ${claim.level}`, text: claim.level }), " ",
    el("span", { class: "claim-text", text: truncate(claim.text, CLAIM_TEXT_CHARS) }),
    ...(notes.length ? [" ", el("span", { class: "meta", text: `(${notes.join("; ")})` })] : []),
  );
}

function claimEntry(claim) {
  const button = el("button", { type: "button", class: "claim-jump", "data-claim-id": claim.id });
  fillClaimEntry(button, claim);
  button.addEventListener("click", () => moveToClaim(claim));
  return el("li", {}, [button]);
}

/** This tab's claims in page order. The same analysis is updated in place, so keyboard focus stays on the entry it was on. */
function showTabClaims(analysisId, claims) {
  const buttons = [...tabClaimsList.querySelectorAll("button.claim-jump")];
  const sameList = tabClaimsList.dataset.analysisId === analysisId && buttons.length === claims.length
    && buttons.every((button, i) => button.dataset.claimId === claims[i].id);
  if (sameList) {
    claims.forEach((claim, i) => fillClaimEntry(buttons[i], claim));
  } else {
    tabClaimsList.replaceChildren(...claims.map(claimEntry));
    tabClaimsList.dataset.analysisId = analysisId || "";
    tabClaimsStatus.textContent = "";
  }
  tabClaimsList.hidden = !claims.length;
}

async function showTab(tabId) {
  activeTabId = tabId;
  const answer = tabId == null ? null : await ext.runtime.sendMessage({ type: "tab-claims", tabId });
  if (tabId !== activeTabId) return;
  const state = answer?.state ?? null;
  const view = answer?.error ? { text: answer.error.message, tone: "bad", notes: [] } : describeState(state);
  tabStatus.className = `status ${view.tone}`;
  tabStatus.textContent = view.text;
  tabNotes.replaceChildren(...view.notes.map((note) => el("p", { class: "note", text: note })));
  const gone = state?.changes?.claimsGone || [];
  tabGoneList.replaceChildren(...gone.map((claim) => el("li", { text: claim.text })));
  tabGone.hidden = !gone.length;
  showTabClaims(state?.analysisId, answer?.claims || []);
}

searchInput.addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => loadHistory(), SEARCH_DELAY_MS);
});
moreButton.addEventListener("click", () => loadHistory({ append: true }));
document.getElementById("export-json").addEventListener("click", () => exportAs("json"));
document.getElementById("export-csv").addEventListener("click", () => exportAs("csv"));
document.getElementById("delete-all").addEventListener("click", () => {
  confirmBox.hidden = false;
  document.getElementById("cancel-delete-all").focus();
});
document.getElementById("cancel-delete-all").addEventListener("click", () => {
  confirmBox.hidden = true;
  document.getElementById("delete-all").focus();
});
document.getElementById("confirm-delete-all").addEventListener("click", async () => {
  confirmBox.hidden = true;
  try {
    const answer = await (await api()).deleteAll();
    say(historyStatus, true, `Deleted ${answer.deleted} page(s).`);
    pagesList.replaceChildren();
    moreButton.hidden = true;
  } catch (error) {
    say(historyStatus, false, `Could not delete: ${error.message}`);
  }
});

ext.tabs.onActivated.addListener(({ tabId }) => showTab(tabId));
watchTabState(() => activeTabId, (change) => {
  showTab(activeTabId);
  // A new page in the history; the model's upgrades of the same analysis do not change the list.
  if (change.newValue?.status === "done" && change.newValue.analysisId !== change.oldValue?.analysisId) loadHistory();
});

showLevelLooks(document);
ext.tabs.query({ active: true, currentWindow: true }).then(([tab]) => showTab(tab?.id ?? null));
loadHistory();
