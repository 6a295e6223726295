// The toolbar popup: opening it analyses the page (once); it shows progress, the result or what went wrong.
import { ext } from "../lib/ext.js";
import { loadSettings, saveSettings, siteFilterKey, CLAIM_FILTERS } from "../lib/settings.js";
import { describeState, openHistory, showLevelLooks } from "../lib/ui.js";
import { watchTabState } from "../lib/tab-state.js";

const statusBox = document.getElementById("status");
const countsLine = document.getElementById("counts");
const notesBox = document.getElementById("notes");
const analyseButton = document.getElementById("analyse");
const showHighlights = document.getElementById("show-highlights");
const claimFilter = document.getElementById("claim-filter");

let tabId = null;
let windowId = null;
let filterKey = null;

function render(state) {
  const view = describeState(state);
  statusBox.className = `status ${view.tone}`;
  statusBox.textContent = view.text;
  analyseButton.disabled = state?.status === "analysing";
  analyseButton.textContent = state?.status === "done" ? "Analyse again" : "Analyse this page";
  countsLine.hidden = !view.counts.length;
  countsLine.replaceChildren(...view.counts.map(({ level, count }) => {
    const badge = document.createElement("span");
    badge.className = `level ${level}`;
    badge.textContent = `${count} ${level}`;
    return badge;
  }));
  // Levels still provisional while the model works; the page changed since it was last read.
  notesBox.replaceChildren(...view.notes.map((note) => {
    const line = document.createElement("p");
    line.className = "note";
    line.textContent = note;
    return line;
  }));
}

// The filter belongs to the tab's site: the reader narrows a busy site without hiding claims everywhere else.
async function showSiteFilter(url) {
  filterKey = url ? siteFilterKey(url) : null;
  claimFilter.disabled = filterKey === null;
  if (filterKey === null) return;
  const stored = (await ext.storage.local.get(filterKey))[filterKey];
  claimFilter.value = CLAIM_FILTERS.includes(stored) ? stored : "all";
  document.getElementById("filter-site").textContent = `on ${new URL(url).hostname}`;
}

function saveSiteFilter() {
  if (filterKey === null) return;
  if (claimFilter.value === "all") ext.storage.local.remove(filterKey);
  else saveSettings({ [filterKey]: claimFilter.value });
}

async function analyse() {
  render({ status: "analysing" });
  const result = await ext.runtime.sendMessage({ type: "analyse-tab", tabId });
  // Another analysis of the tab took over (the page moved on, or the shortcut was pressed): show where the tab is now.
  render(result?.status === "superseded" ? await ext.runtime.sendMessage({ type: "tab-state", tabId }) : result);
}

async function start() {
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  tabId = tab?.id ?? null;
  windowId = tab?.windowId ?? null;
  const settings = await loadSettings();
  showHighlights.checked = settings.showHighlights;
  const state = tabId === null ? null : await ext.runtime.sendMessage({ type: "tab-state", tabId });
  await showSiteFilter(tab?.url || state?.url);
  const commands = await ext.commands.getAll();
  const shortcut = commands.find((c) => c.name === "analyse-page")?.shortcut;
  document.getElementById("shortcut").textContent = shortcut || "not set (chrome://extensions/shortcuts)";
  if (tabId === null) {
    render({ status: "error", error: { message: "No tab to analyse." } });
    return;
  }
  // Only a failure, or a page never analysed, is analysed on opening; the reader can still press the button.
  if (["done", "analysing", "not-read"].includes(state?.status)) render(state);
  else await analyse();
}

analyseButton.addEventListener("click", analyse);
showHighlights.addEventListener("change", () => saveSettings({ showHighlights: showHighlights.checked }));
claimFilter.addEventListener("change", saveSiteFilter);
document.getElementById("open-options").addEventListener("click", () => ext.runtime.openOptionsPage());
document.getElementById("open-history").addEventListener("click", () => openHistory(windowId));
watchTabState(() => tabId, (change) => render(change.newValue ?? null));

showLevelLooks(document);
start();
