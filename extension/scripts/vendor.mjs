// Vendor approx-string-match (Myers' bit-parallel approximate matcher, the one
// Hypothesis's anchoring uses) into vendor/ as a classic script, because content
// scripts are injected as plain files (no modules, no bundler). The function is
// published as globalThis.ClaimlightApproxSearch(text, pattern, maxErrors).
//
//   node scripts/vendor.mjs           write vendor/approx-string-match.js from node_modules
//   node scripts/vendor.mjs --check   exit 1 if the vendored copy differs from node_modules'
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const EXTENSION = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGE = join(EXTENSION, "node_modules", "approx-string-match");
export const VENDORED = join(EXTENSION, "vendor", "approx-string-match.js");

export function vendoredSource() {
  const { version, license } = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8"));
  const source = readFileSync(join(PACKAGE, "build", "src", "index.js"), "utf8");
  const EXPORT = "export default function search(";
  if (!source.includes(EXPORT)) throw new Error("approx-string-match changed shape: no `export default function search(`");
  const licence = readFileSync(join(PACKAGE, "LICENSE"), "utf8").trim().split("\n").map((line) => ` * ${line}`.trimEnd()).join("\n");
  return [
    `// approx-string-match ${version} (${license}), vendored by scripts/vendor.mjs; do not edit by hand.`,
    "/*",
    licence,
    " */",
    "globalThis.ClaimlightApproxSearch = globalThis.ClaimlightApproxSearch ?? (() => {",
    source.replace(EXPORT, "function search(").trimEnd(),
    "return search;",
    "})();",
    "",
  ].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = vendoredSource();
  if (process.argv.includes("--check")) {
    const current = readFileSync(VENDORED, "utf8");
    if (current !== wanted) {
      console.error(`${VENDORED} differs from node_modules/approx-string-match: run node scripts/vendor.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(VENDORED, wanted);
    console.log(`wrote ${VENDORED}`);
  }
}
