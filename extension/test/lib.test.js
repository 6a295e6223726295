import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import "../lib/common.js";
import { ClaimlightClient, LOOPBACK_HOSTS } from "../lib/client.js";
import { LEVELS } from "../lib/levels.js";
import { describeState, textFragmentUrl } from "../lib/ui.js";
import { sitePattern, normaliseServerUrl, siteFilterKey, DEFAULTS } from "../lib/settings.js";
import { searchUrl, checkSearchTemplate } from "../lib/search.js";

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

test("only a loopback server is accepted, in the options and in the client, so the token never leaves the machine", () => {
  for (const elsewhere of [
    "http://192.168.1.20:8765", "https://claimlight.example", "http://127.0.0.1.attacker.example:8765",
    "http://localhost.attacker.example:8765", "http://127.0.0.1@attacker.example:8765", "http://[::1]:8765", "http://0.0.0.0:8765",
  ]) {
    assert.throws(() => normaliseServerUrl(elsewhere), (error) => error.code === "not_loopback", elsewhere);
    assert.throws(() => new ClaimlightClient({ serverUrl: elsewhere, token: "t" }), (error) => error.code === "not_loopback", elsewhere);
  }
  assert.equal(new ClaimlightClient({ serverUrl: "http://LOCALHOST:8765/", token: "t" }).serverUrl, "http://localhost:8765");
  assert.throws(() => normaliseServerUrl("http://:8765"), (error) => error.code === "bad_address");
});

test("the manifest's CSP lets the extension's pages and worker connect to the loopback server and nowhere else", () => {
  const manifest = JSON.parse(readFileSync(new URL("../manifest.json", import.meta.url), "utf8"));
  const connect = manifest.content_security_policy.extension_pages.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "connect-src");
  assert.deepEqual(connect?.slice(1).sort(), LOOPBACK_HOSTS.map((host) => `http://${host}:*`).sort());
});

test("a page the server does not read is described plainly, not as a failure", () => {
  const view = describeState({ status: "not-read", reason: { code: "unsupported_language", message: "Claimlight reads English pages only, and this page does not look English." } });
  assert.equal(view.tone, "");
  assert.match(view.text, /English pages only/);
});

test("one wording of a claim's source and one look per level, for the popover, the side panel and the marks", () => {
  const { describeSource, levelLookCss, LEVEL_LOOKS } = globalThis.ClaimlightCommon;
  assert.equal(describeSource({ text: "Officials", kind: "anonymous" }), "Officials (an unnamed source)");
  assert.equal(describeSource({ text: "is expected to", kind: "vague" }), "“is expected to” (no identifiable source)");
  assert.equal(describeSource({ text: "Experts", kind: "vague" }), "Experts (no identifiable source)");
  assert.equal(describeSource({ text: null, kind: "none" }), "No source");
  assert.equal(describeSource({ text: "the publication", kind: "organisation", credited_by: "page_tests" }),
               "the publication (its own test result: the page reports its tests throughout)");
  assert.equal(describeSource({ text: "Soliant Health", kind: "organisation", own_site: true }),
               "Soliant Health (the site this page is on: its own word)");
  assert.equal(describeSource({ text: "Jane Smith", kind: "named", told_here: true }),
               "Jane Smith (speaking to this outlet: the article is the record)");
  assert.equal(describeSource({ kind: "organisation" }), "A named organisation");
  assert.equal(describeSource(undefined), "An unknown source");
  const css = levelLookCss((level) => `.level.${level}`);
  for (const [level, look] of Object.entries(LEVEL_LOOKS)) {
    assert.ok(css.includes(`.level.${level} { --edge: ${look.light.edge}; --tint: ${look.light.tint}; --underline: ${look.underline}; }`), level);
    assert.ok(css.includes(`--edge: ${look.dark.edge};`), level);
  }
  assert.deepEqual(Object.keys(LEVEL_LOOKS), LEVELS);
});

test("the claim filter is kept per web site host; other pages have none", () => {
  assert.equal(siteFilterKey("https://www.BBC.co.uk/news/world-1?x=1#top"), "claimFilter:www.bbc.co.uk");
  assert.equal(siteFilterKey("http://127.0.0.1:8000/a.html"), "claimFilter:127.0.0.1");
  for (const other of ["chrome-extension://abc/popup/popup.html", "file:///tmp/a.html", "about:blank", "not a url", undefined]) {
    assert.equal(siteFilterKey(other), null, String(other));
  }
});

test("search goes to DuckDuckGo unless the reader chose another engine, with the words encoded", () => {
  assert.equal(DEFAULTS.searchEngine, "duckduckgo");
  assert.deepEqual(searchUrl(DEFAULTS, "16,000  Zelensky & co"), { name: "DuckDuckGo", url: "https://duckduckgo.com/?q=16%2C000%20Zelensky%20%26%20co" });
  assert.equal(searchUrl({ searchEngine: "startpage" }, "a b").url, "https://www.startpage.com/sp/search?query=a%20b");
  assert.equal(searchUrl({ searchEngine: "bing" }, "x").name, "Bing");
  assert.equal(searchUrl({ searchEngine: "no-such-engine" }, "x").name, "DuckDuckGo");
  const custom = searchUrl({ searchEngine: "custom", searchTemplate: "https://search.example/find?q=%s&again=%s" }, "70 volunteers");
  assert.equal(custom.url, "https://search.example/find?q=70%20volunteers&again=70%20volunteers");
});

test("custom search addresses must be http(s) and hold %s; bad ones and bad queries are refused, not opened", () => {
  assert.equal(checkSearchTemplate("  https://s.example/?q=%s "), "https://s.example/?q=%s");
  assert.throws(() => checkSearchTemplate("https://s.example/?q="), /%s/);
  assert.throws(() => checkSearchTemplate("javascript:alert(%s)"), /https:\/\//);
  assert.throws(() => checkSearchTemplate("data:text/html,%s"), /https:\/\//);
  assert.throws(() => checkSearchTemplate("%s"), /not a web address/);
  assert.throws(() => searchUrl({ searchEngine: "custom", searchTemplate: "javascript:%s" }, "x"), /options/);
  assert.throws(() => searchUrl(DEFAULTS, "   "), /nothing short enough/);
  assert.throws(() => searchUrl(DEFAULTS, "word ".repeat(60)), /nothing short enough/);
});
