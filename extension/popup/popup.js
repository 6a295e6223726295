// The toolbar popup: opening it analyses the page (once); it shows progress, the result or what went wrong.
import { ext } from "../lib/ext.js";
import { loadSettings, saveSettings } from "../lib/settings.js";
import { describeState, openHistory } from "../lib/ui.js";

const statusBox = document.getElementById("status");
const countsLine = document.getElementById("counts");
const analyseButton = document.getElementById("analyse");
const showHighlights = document.getElementById("show-highlights");
const levelFilter = document.getElementById("level-filter");

let tabId = null;
let windowId = null;

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
}

async function analyse() {
  render({ status: "analysing" });
  render(await ext.runtime.sendMessage({ type: "analyse-tab", tabId }));
}

async function start() {
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  tabId = tab?.id ?? null;
  windowId = tab?.windowId ?? null;
  const settings = await loadSettings();
  showHighlights.checked = settings.showHighlights;
  levelFilter.value = settings.levelFilter;
  const commands = await ext.commands.getAll();
  const shortcut = commands.find((c) => c.name === "analyse-page")?.shortcut;
  document.getElementById("shortcut").textContent = shortcut || "not set (chrome://extensions/shortcuts)";
  if (tabId === null) {
    render({ status: "error", error: { message: "No tab to analyse." } });
    return;
  }
  const state = await ext.runtime.sendMessage({ type: "tab-state", tabId });
  if (state?.status === "done" || state?.status === "analysing") render(state);
  else await analyse();
}

analyseButton.addEventListener("click", analyse);
showHighlights.addEventListener("change", () => saveSettings({ showHighlights: showHighlights.checked }));
levelFilter.addEventListener("change", () => saveSettings({ levelFilter: levelFilter.value }));
document.getElementById("open-options").addEventListener("click", () => ext.runtime.openOptionsPage());
document.getElementById("open-history").addEventListener("click", () => openHistory(windowId));
ext.storage.session.onChanged?.addListener((changes) => {
  const change = changes[`tab:${tabId}`];
  if (change?.newValue) render(change.newValue);
});

start();
