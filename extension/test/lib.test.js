import { test } from "node:test";
import assert from "node:assert/strict";
import { describeState, textFragmentUrl } from "../lib/ui.js";
import { sitePattern, normaliseServerUrl } from "../lib/settings.js";

test("the popup's status sentence covers not analysed, busy, failed and done", () => {
  assert.match(describeState(null).text, /not been analysed/);
  assert.match(describeState({ status: "analysing" }).text, /Analysing/);
  const failed = describeState({ status: "error", error: { message: "Cannot reach a server at http://127.0.0.1:8765." } });
  assert.equal(failed.tone, "bad");
  assert.match(failed.text, /Cannot reach/);
  const done = describeState({ status: "done", counts: { high: 2, medium: 1, low: 0 }, total: 3, anchored: 2 });
  assert.match(done.text, /3 claims to check/);
  assert.match(done.text, /1 could not be found/);
  assert.deepEqual(done.counts, [{ level: "high", count: 2 }, { level: "medium", count: 1 }]);
  assert.match(describeState({ status: "done", counts: {}, total: 0 }).text, /No unverifiable claims/);
});

test("text-fragment links quote the claim's first and last words, escaped", () => {
  const url = textFragmentUrl("https://news.example/a#top", "Zelensky has claimed that 16,000 foreign mercenaries are going to fight for Ukraine - really.");
  assert.equal(url, "https://news.example/a#:~:text=Zelensky%20has%20claimed%20that,for%20Ukraine%20%2D%20really.");
  assert.equal(textFragmentUrl("https://n.example/", "Up 45%, officials say"), "https://n.example/#:~:text=Up%2045%25%2C%20officials%20say");
});

test("site entries become match patterns; junk is refused", () => {
  assert.equal(sitePattern("bbc.co.uk"), "*://*.bbc.co.uk/*");
  assert.equal(sitePattern("*.Example.com/news"), "*://*.example.com/*");
  assert.equal(sitePattern("https://www.example.com/news/*"), "https://www.example.com/news/*");
  assert.equal(sitePattern("not a site!"), null);
  assert.equal(sitePattern("   "), null);
});

test("server addresses are normalised, and only http(s) is accepted", () => {
  assert.equal(normaliseServerUrl(""), "http://127.0.0.1:8765");
  assert.equal(normaliseServerUrl("127.0.0.1:9000/"), "http://127.0.0.1:9000");
  assert.equal(normaliseServerUrl(" http://localhost:8765/api/v1 "), "http://localhost:8765");
  assert.throws(() => normaliseServerUrl("ftp://127.0.0.1:21"), /http/);
});
