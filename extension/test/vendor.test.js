import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { VENDORED, vendoredSource } from "../scripts/vendor.mjs";
import search from "approx-string-match";
import { pageWithScripts } from "./helpers.js";

test("the vendored approx-string-match is the installed package, unchanged (run node scripts/vendor.mjs after an upgrade)", () => {
  assert.equal(readFileSync(VENDORED, "utf8"), vendoredSource());
});

test("the vendored matcher, loaded as a content script, answers as the package does", () => {
  const { window } = pageWithScripts("<body></body>");
  const text = "accordingtotheofficefornationalstatisticsinflationfellto31inapril";
  const quote = "accordingtotheofficefornationalstatisticsunemploymentroseto52inmarch";
  assert.deepEqual(JSON.parse(JSON.stringify(window.ClaimlightApproxSearch(text, quote, 30))), search(text, quote, 30));
  assert.equal(search(text, quote, 30)[0].errors, 19);
});
