// Build the Firefox variant of the extension: the same files, with the manifest's
// Chrome-only keys swapped for Firefox's (background scripts instead of a service
// worker, sidebar_action instead of side_panel, a gecko id). No code changes.
//
//   node scripts/make-firefox.mjs [--out DIR]     (default: <repo>/build/firefox)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const EXTENSION = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHIPPED = ["background.js", "content", "icons", "lib", "options", "popup", "sidepanel", "ui", "vendor"];
const GECKO_ID = "claimlight@claimlight.invalid";

function firefoxManifest(chrome) {
  const manifest = structuredClone(chrome);
  manifest.background = { scripts: [chrome.background.service_worker], type: "module" };
  manifest.sidebar_action = {
    default_panel: chrome.side_panel.default_path,
    default_title: "Claimlight history",
    default_icon: chrome.action.default_icon,
    open_at_install: false,
  };
  delete manifest.side_panel;
  delete manifest.minimum_chrome_version;
  manifest.permissions = chrome.permissions.filter((permission) => permission !== "sidePanel");
  manifest.browser_specific_settings = {
    gecko: { id: GECKO_ID, strict_min_version: "142.0", data_collection_permissions: { required: ["none"] } },
  };
  return manifest;
}

function outputDir(argv) {
  const at = argv.indexOf("--out");
  return at >= 0 ? resolve(argv[at + 1]) : resolve(EXTENSION, "..", "build", "firefox");
}

const out = outputDir(process.argv);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const entry of SHIPPED) cpSync(join(EXTENSION, entry), join(out, entry), { recursive: true });
const manifest = firefoxManifest(JSON.parse(readFileSync(join(EXTENSION, "manifest.json"), "utf8")));
writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Firefox build in ${relative(process.cwd(), out) || "."}`);
