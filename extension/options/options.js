// Pairing (server address + token, tested before the reader relies on it), the auto-analysis sites and the search engine.
import { ext } from "../lib/ext.js";
import { ClaimlightClient } from "../lib/client.js";
import { loadSettings, saveSettings, normaliseServerUrl, sitePattern } from "../lib/settings.js";
import { loadToken, savePairing } from "../lib/pairing.js";
import { SEARCH_ENGINES, CUSTOM_SEARCH_ENGINE, DEFAULT_SEARCH_ENGINE, checkSearchTemplate } from "../lib/search.js";

const form = document.getElementById("server-form");
const serverInput = document.getElementById("server-url");
const tokenInput = document.getElementById("token");
const serverStatus = document.getElementById("server-status");
const sitesInput = document.getElementById("auto-sites");
const sitesStatus = document.getElementById("sites-status");
const engineChoices = document.getElementById("search-engines");
const templateInput = document.getElementById("search-template");
const searchStatus = document.getElementById("search-status");
// What options.html keeps disabled until its stored value is filled in.
const waitingForStorage = [...document.querySelectorAll("main [disabled]")];

function report(element, ok, text) {
  element.className = `status ${ok ? "ok" : "bad"}`;
  element.textContent = text;
}

async function testAndSave(event) {
  event.preventDefault();
  let serverUrl;
  try {
    serverUrl = normaliseServerUrl(serverInput.value);
  } catch (error) {
    report(serverStatus, false, `That server address is not valid: ${error.message}`);
    return;
  }
  const token = tokenInput.value.trim();
  serverInput.value = serverUrl;
  await savePairing({ serverUrl, token });
  report(serverStatus, true, "Testing the connection…");
  try {
    const health = await new ClaimlightClient({ serverUrl, token }).testConnection();
    const model = health.model?.name ? `model ${health.model.name} (${health.model.state})` : `model ${health.model?.state || "unknown"}`;
    report(serverStatus, true, `Connected to Claimlight ${health.version}, ${model}. Saved.`);
  } catch (error) {
    report(serverStatus, false, `Saved, but the connection test failed: ${error.message}`);
  }
}

async function saveSites() {
  const entries = sitesInput.value.split("\n").map((line) => line.trim()).filter(Boolean);
  const invalid = entries.filter((entry) => !sitePattern(entry));
  if (invalid.length) {
    report(sitesStatus, false, `Not a site or match pattern: ${invalid.join(", ")}`);
    return;
  }
  const origins = entries.map(sitePattern);
  let granted = true;
  if (origins.length) {
    try {
      granted = await ext.permissions.request({ origins });
    } catch (error) {
      report(sitesStatus, false, `The browser refused: ${error.message}`);
      return;
    }
  }
  await saveSettings({ autoSites: entries });
  report(sitesStatus, granted, granted
    ? (entries.length ? `Claimlight will analyse ${entries.length} site(s) automatically.` : "Automatic analysis is off.")
    : "Saved, but without your permission Claimlight will not analyse these sites automatically.");
}

function showEngineChoices(stored) {
  const choices = [...Object.entries(SEARCH_ENGINES), [CUSTOM_SEARCH_ENGINE, { name: "Other (your own address, below)" }]];
  const chosen = choices.some(([value]) => value === stored) ? stored : DEFAULT_SEARCH_ENGINE;
  for (const [value, { name }] of choices) {
    const radio = document.createElement("input");
    Object.assign(radio, { type: "radio", name: "search-engine", value, checked: value === chosen });
    const label = document.createElement("label");
    label.className = "check";
    label.append(radio, ` ${name}`);
    engineChoices.append(label);
  }
}

async function saveSearchEngine() {
  const searchEngine = engineChoices.querySelector("input:checked")?.value;
  const changes = { searchEngine };
  if (searchEngine === CUSTOM_SEARCH_ENGINE) {
    try {
      changes.searchTemplate = checkSearchTemplate(templateInput.value);
    } catch (error) {
      report(searchStatus, false, `Not saved: ${error.message}`);
      return;
    }
  }
  await saveSettings(changes);
  const name = searchEngine === CUSTOM_SEARCH_ENGINE ? "your own search address" : SEARCH_ENGINES[searchEngine].name;
  report(searchStatus, true, `Search for this will use ${name}.`);
}

document.getElementById("show-token").addEventListener("change", (event) => {
  tokenInput.type = event.target.checked ? "text" : "password";
});
form.addEventListener("submit", testAndSave);
document.getElementById("save-sites").addEventListener("click", saveSites);
document.getElementById("save-search").addEventListener("click", saveSearchEngine);

/**
 * Every stored value in one step, then the fields open for typing: filled any later, they would
 * overwrite what the reader (or a test) typed meanwhile. `main[aria-busy="false"]` says it is done.
 */
async function fillFromStorage() {
  try {
    // The token lives in IndexedDB, which can fail to open (a damaged profile): the reader pairs again.
    const unreadToken = (error) => {
      report(serverStatus, false, `Could not read the saved token (${error.message}); paste it again below.`);
      return "";
    };
    const [settings, token] = await Promise.all([loadSettings(), loadToken().catch(unreadToken)]);
    serverInput.value = settings.serverUrl;
    tokenInput.value = token;
    sitesInput.value = settings.autoSites.join("\n");
    showEngineChoices(settings.searchEngine);
    templateInput.value = settings.searchTemplate;
  } finally {
    for (const control of waitingForStorage) control.disabled = false;
    document.querySelector("main").setAttribute("aria-busy", "false");
  }
}

fillFromStorage();
