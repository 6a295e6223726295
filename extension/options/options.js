// Pairing (server address + token, tested before the reader relies on it) and the auto-analysis sites.
import { ext } from "../lib/ext.js";
import { ClaimlightClient } from "../lib/client.js";
import { loadSettings, saveSettings, normaliseServerUrl, sitePattern } from "../lib/settings.js";

const form = document.getElementById("server-form");
const serverInput = document.getElementById("server-url");
const tokenInput = document.getElementById("token");
const serverStatus = document.getElementById("server-status");
const sitesInput = document.getElementById("auto-sites");
const sitesStatus = document.getElementById("sites-status");

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
  await saveSettings({ serverUrl, token });
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

document.getElementById("show-token").addEventListener("change", (event) => {
  tokenInput.type = event.target.checked ? "text" : "password";
});
form.addEventListener("submit", testAndSave);
document.getElementById("save-sites").addEventListener("click", saveSites);

loadSettings().then((settings) => {
  serverInput.value = settings.serverUrl;
  tokenInput.value = settings.token;
  sitesInput.value = settings.autoSites.join("\n");
});
