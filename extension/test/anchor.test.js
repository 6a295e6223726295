import { test } from "node:test";
import assert from "node:assert/strict";
import { pageWithScripts, articleText, claimFor, makeSelector, highlightedText, squash, readPage } from "./helpers.js";

function anchorAndWrap(window, claims, prefs = { showHighlights: true, claimFilter: "all" }) {
  const { buildIndex, anchorClaims } = window.ClaimlightAnchor;
  const result = anchorClaims(buildIndex(window.document.body), claims);
  window.ClaimlightHighlight.createWrapper().wrap(result.anchored, prefs);
  return result;
}

test("a quote running across a link and a bold word is highlighted whole, in several marks", () => {
  const dom = pageWithScripts(`<body><article>
    <p>Kyiv says that <a href="/z">Volodymyr Zelensky</a> has claimed that <strong>16,000</strong> foreign mercenaries are going to fight for Ukraine.</p>
  </article></body>`);
  const { document } = dom.window;
  const text = articleText(document);
  const claim = claimFor(text, "Volodymyr Zelensky has claimed that 16,000 foreign mercenaries are going to fight for Ukraine.");
  const result = anchorAndWrap(dom.window, [claim]);
  assert.equal(result.missing.length, 0);
  assert.equal(result.anchored[0].method, "exact");
  const marks = document.querySelectorAll("claimlight-mark");
  assert.ok(marks.length >= 3, `expected one mark per text node crossed, got ${marks.length}`);
  assert.equal(highlightedText(document).get(claim.id), claim.text);
  assert.equal(document.querySelector("a claimlight-mark").textContent, "Volodymyr Zelensky");
  assert.equal(document.querySelector("strong claimlight-mark").textContent, "16,000");
  assert.equal(squash(document.querySelector("p").textContent), squash(text), "wrapping must not change the page's text");
});

test("prefix and suffix pick the right one of a repeated short figure", () => {
  const dom = pageWithScripts(`<body>
    <p>Turnout was 45% in the north.</p>
    <p>Officials said support reached 45% in the south, up from 30%.</p>
    <p>In the west it was also 45% according to the council.</p>
  </body>`);
  const { document } = dom.window;
  const text = articleText(document);
  for (const nth of [0, 1, 2]) {
    const doc = pageWithScripts(document.body.outerHTML).window;
    const claim = claimFor(text, "45%", { nth });
    const result = anchorAndWrap(doc, [claim]);
    assert.equal(result.anchored.length, 1);
    const mark = doc.document.querySelector("claimlight-mark");
    const paragraphs = [...doc.document.querySelectorAll("p")];
    assert.equal(paragraphs.indexOf(mark.closest("p")), nth, `occurrence ${nth} landed in paragraph ${paragraphs.indexOf(mark.closest("p"))}`);
  }
});

test("a repeated sentence is told apart by its context even when the page adds furniture between paragraphs", () => {
  const dom = pageWithScripts(`<body>
    <nav>Home News Sport</nav>
    <p>Prices rose 10 percent last year. Analysts were surprised.</p>
    <aside>READ MORE: Prices rose 10 percent last year, says bank</aside>
    <p>The minister said: Prices rose 10 percent last year. Nobody believed her.</p>
  </body>`);
  const { document } = dom.window;
  const text = "Prices rose 10 percent last year. Analysts were surprised.\n\nThe minister said: Prices rose 10 percent last year. Nobody believed her.";
  const claim = claimFor(text, "Prices rose 10 percent last year.", { nth: 1 });
  anchorAndWrap(dom.window, [claim]);
  const mark = document.querySelector("claimlight-mark");
  assert.match(mark.closest("p").textContent, /The minister said/);
});

test("entities, non-breaking spaces, typographic quotes and dashes in the page still match the server's text", () => {
  const dom = pageWithScripts(`<body><p>But now, a few weeks after Russia officially lost more than <strong>100k</strong>&nbsp;troops &#8211; although it has been reported to be around 400k &#8211; it has now been claimed that &#8220;mercenaries&#8221; are leaving.</p></body>`);
  const { document } = dom.window;
  const serverText = "But now, a few weeks after Russia officially lost more than 100k troops - although it has been reported to be around 400k - it has now been claimed that \"mercenaries\" are leaving.";
  const claim = claimFor(serverText, serverText.slice(9));
  const result = anchorAndWrap(dom.window, [claim]);
  assert.equal(result.missing.length, 0);
  assert.equal(result.anchored[0].method, "exact");
  const marked = highlightedText(document).get(claim.id);
  assert.equal(marked.replace(/\u00a0/g, " "), "a few weeks after Russia officially lost more than 100k troops – although it has been reported to be around 400k – it has now been claimed that “mercenaries” are leaving.");
});

test("whitespace and line breaks inside the page's paragraph do not matter", () => {
  const dom = pageWithScripts(`<body><p>
      About   70 volunteers
      from Japan are     set to join,
      Mainichi reported.
  </p></body>`);
  const claim = claimFor("About 70 volunteers from Japan are set to join, Mainichi reported.", "About 70 volunteers from Japan are set to join, Mainichi reported.");
  const result = anchorAndWrap(dom.window, [claim]);
  assert.equal(result.anchored.length, 1);
  assert.equal(highlightedText(dom.window.document).get(claim.id), claim.text);
});

test("paragraphs with no whitespace between them do not run their words together", () => {
  const dom = pageWithScripts(`<body><div><p>First claim ends here.</p><p>Officials said 300 people came.</p></div></body>`);
  const { buildIndex } = dom.window.ClaimlightAnchor;
  assert.equal(buildIndex(dom.window.document.body).text, "First claim ends here. Officials said 300 people came.");
  const claim = claimFor("First claim ends here.\n\nOfficials said 300 people came.", "Officials said 300 people came.");
  const result = anchorAndWrap(dom.window, [claim]);
  assert.equal(highlightedText(dom.window.document).get(claim.id), claim.text);
  assert.equal(result.anchored[0].segments[0].from, 0);
});

test("text inside scripts, styles and templates is never matched", () => {
  const dom = pageWithScripts(`<body>
    <script type="application/ld+json">{"description": "Police said 2,000 people marched."}</script>
    <style>.x::after { content: "Police said 2,000 people marched." }</style>
    <template><p>Police said 2,000 people marched.</p></template>
    <p>Police said 2,000 people marched.</p>
  </body>`);
  const { document } = dom.window;
  const claim = claimFor("Police said 2,000 people marched.", "Police said 2,000 people marched.");
  anchorAndWrap(dom.window, [claim]);
  const marks = document.querySelectorAll("claimlight-mark");
  assert.equal(marks.length, 1);
  assert.equal(marks[0].parentElement.tagName, "P");
  assert.equal(document.querySelector("script").textContent.includes("claimlight"), false);
});

test("a quote the page words slightly differently is found approximately", () => {
  const dom = pageWithScripts(`<body><p>Intro text.</p><p>A pair of Russian military experts have claimed that foreign mercenaries are turning their backs on Ukraine and are instead joining the invading army.</p></body>`);
  const serverText = "Intro text.\n\nA pair of Russian military experts hasve claimed that foreign mercenaries are turning their backs on Ukraine and are instead joining the invading army.";
  const claim = claimFor(serverText, serverText.slice(13));
  const result = anchorAndWrap(dom.window, [claim]);
  assert.equal(result.anchored.length, 1);
  assert.equal(result.anchored[0].method, "approximate");
  const marked = highlightedText(dom.window.document).get(claim.id);
  assert.ok(marked.startsWith("A pair of Russian"), marked);
  assert.ok(marked.endsWith("invading army."), marked);
});

test("a quote that is not on the page is reported missing, not highlighted somewhere wrong", () => {
  const dom = pageWithScripts(`<body><p>Residents have been warned to stay at home under curfew.</p></body>`);
  const claim = { id: "c_x", text: "Zelensky has claimed that 16,000 foreign mercenaries are going to fight for Ukraine.", level: "high",
    selector: makeSelector("Zelensky has claimed that 16,000 foreign mercenaries are going to fight for Ukraine.", 0, 84) };
  const result = anchorAndWrap(dom.window, [claim]);
  assert.deepEqual([...result.missing].map((c) => c.id), ["c_x"]);
  assert.equal(dom.window.document.querySelectorAll("claimlight-mark").length, 0);
});

test("several claims in one text node are all wrapped at the right places", () => {
  const dom = pageWithScripts(`<body><p>Russia lost 100k troops. Ukraine says 3,500 foreigners fight. Officials claim 70 Japanese joined.</p></body>`);
  const text = articleText(dom.window.document);
  const claims = ["Russia lost 100k troops.", "Ukraine says 3,500 foreigners fight.", "Officials claim 70 Japanese joined."].map((q) => claimFor(text, q));
  const result = anchorAndWrap(dom.window, claims);
  assert.equal(result.anchored.length, 3);
  const marked = highlightedText(dom.window.document);
  for (const claim of claims) assert.equal(marked.get(claim.id), claim.text);
});

test("claims sharing text nodes can be wrapped in any order, even when they overlap", () => {
  const html = `<body><p>Russia lost <b>100k</b> troops. Ukraine says 3,500 foreigners fight. Officials claim 70 Japanese joined.</p></body>`;
  const quotes = ["Russia lost 100k troops.", "Ukraine says 3,500 foreigners fight.", "Officials claim 70 Japanese joined.", "3,500 foreigners fight. Officials claim 70"];
  for (const order of [[0, 1, 2, 3], [2, 0, 3, 1], [3, 2, 1, 0]]) {
    const dom = pageWithScripts(html);
    const { document } = dom.window;
    const text = articleText(document);
    const claims = quotes.map((q, i) => ({ ...claimFor(text, q), id: `c_${i}` }));
    const { buildIndex, anchorClaims } = dom.window.ClaimlightAnchor;
    const { anchored } = anchorClaims(buildIndex(document.body), claims);
    const wrapper = dom.window.ClaimlightHighlight.createWrapper();
    for (const i of order) wrapper.wrap([anchored.find((a) => a.claim.id === `c_${i}`)], {});
    for (const [i, quote] of quotes.entries()) {
      const nested = [...document.querySelectorAll(`claimlight-mark[data-claim-id="c_${i}"]`)].map((m) => m.textContent).join("");
      assert.equal(nested.replace(/\s+/g, " ").trim(), quote, `order ${order}: claim ${i} marked ${JSON.stringify(nested)}`);
    }
    assert.equal(squash(document.body.textContent), squash(text));
  }
});

test("page text that looks like markup stays text inside the marks", () => {
  const dom = pageWithScripts(`<body><p>An official said 5 people saw &lt;img src=x onerror="window.__pwned=1"&gt; on the screen.</p></body>`);
  const { document } = dom.window;
  const text = articleText(document);
  const claim = claimFor(text, text);
  anchorAndWrap(dom.window, [claim]);
  assert.equal(document.querySelectorAll("img").length, 0);
  for (const mark of document.querySelectorAll("claimlight-mark")) assert.equal(mark.children.length, 0);
  assert.ok(highlightedText(document).get(claim.id).includes("<img src=x"));
});

test("marks are styled with !important, focusable, labelled, and follow the level filter", () => {
  const dom = pageWithScripts(`<body><p>Police said 2,000 people marched. Organisers claimed 10,000.</p></body>`);
  const { document } = dom.window;
  const text = articleText(document);
  const high = claimFor(text, "Organisers claimed 10,000.", { level: "high", id: "c_high" });
  const medium = claimFor(text, "Police said 2,000 people marched.", { level: "medium", id: "c_medium" });
  const { buildIndex, anchorClaims } = dom.window.ClaimlightAnchor;
  const { createWrapper, style } = dom.window.ClaimlightHighlight;
  const marks = createWrapper().wrap(anchorClaims(buildIndex(document.body), [high, medium]).anchored, { showHighlights: true, claimFilter: "all" });
  const first = marks.get("c_medium")[0];
  assert.equal(first.getAttribute("tabindex"), "0");
  assert.equal(first.getAttribute("role"), "button");
  assert.match(first.getAttribute("aria-label"), /Medium claim/);
  assert.equal(first.style.getPropertyPriority("background-color"), "important");

  style(marks.get("c_medium"), medium, { showHighlights: true, claimFilter: "high" });
  assert.equal(first.dataset.shown, "false");
  assert.equal(first.hasAttribute("tabindex"), false);
  assert.equal(first.style.getPropertyValue("background-color"), "transparent");
  assert.equal(marks.get("c_high")[0].dataset.shown, "true");

  style(marks.get("c_high"), high, { showHighlights: false, claimFilter: "all" });
  assert.equal(marks.get("c_high")[0].dataset.shown, "false");
});

test("unwrapping restores the page's own text nodes", () => {
  const html = `<body><p>Kyiv says <b>16,000</b> mercenaries will fight, officials said.</p></body>`;
  const dom = pageWithScripts(html);
  const { document } = dom.window;
  const before = document.body.innerHTML;
  const text = articleText(document);
  const claim = claimFor(text, "Kyiv says 16,000 mercenaries will fight, officials said.");
  const { buildIndex, anchorClaims } = dom.window.ClaimlightAnchor;
  const marks = dom.window.ClaimlightHighlight.createWrapper().wrap(anchorClaims(buildIndex(document.body), [claim]).anchored, {});
  assert.notEqual(document.body.innerHTML, before);
  dom.window.ClaimlightHighlight.unwrap(marks.get(claim.id));
  assert.equal(document.body.innerHTML, before);
});

test("on the Daily Star sample every paragraph sentence anchors exactly, in the article and not in the furniture", () => {
  const dom = pageWithScripts(readPage("daily_star_mercenaries.html"));
  const { document } = dom.window;
  const text = articleText(document, ".article-body > p");
  const sentences = text.split("\n\n").flatMap((p) => p.split(/(?<=[.!?][”"’']?) (?=[A-Z“"])/)).filter((s) => s.length > 40);
  assert.ok(sentences.length >= 8, `only ${sentences.length} sentences`);
  const claims = sentences.map((s, i) => ({ ...claimFor(text, s), id: `c_${i}` }));
  const result = anchorAndWrap(dom.window, claims);
  assert.deepEqual([...result.missing].map((c) => c.text), []);
  const marked = highlightedText(document);
  for (const claim of claims) {
    assert.equal(marked.get(claim.id), claim.text);
  }
  for (const mark of document.querySelectorAll("claimlight-mark")) assert.ok(mark.closest(".article-body"), "a mark outside the article");
});

test("anchoring a 100 KB page stays fast", () => {
  const paragraphs = [];
  for (let i = 0; i < 400; i++) paragraphs.push(`<p>Paragraph ${i}: officials said that <b>${i * 7}</b> people were counted in district ${i}, a figure that could not be checked independently.</p>`);
  const dom = pageWithScripts(`<body>${paragraphs.join("\n")}</body>`);
  const { document } = dom.window;
  const text = articleText(document);
  assert.ok(text.length > 40000);
  const claims = [];
  for (let i = 0; i < 400; i += 10) claims.push({ ...claimFor(text, `Paragraph ${i}: officials said that ${i * 7} people were counted in district ${i},`), id: `c_${i}` });
  const started = performance.now();
  const result = anchorAndWrap(dom.window, claims);
  const elapsed = performance.now() - started;
  assert.equal(result.anchored.length, claims.length);
  assert.ok(elapsed < 2000, `anchoring took ${elapsed} ms`);
});

test("the figures filter shows only claims with a figure or of the numerical kind, whatever their level", () => {
  const dom = pageWithScripts(`<body><p>Police said 2,000 people marched. Officials said the march was peaceful. Organisers claimed thousands came.</p></body>`);
  const { document } = dom.window;
  const text = articleText(document);
  const withFigure = { ...claimFor(text, "Police said 2,000 people marched.", { level: "medium", id: "c_figure" }), kinds: ["numerical", "attribution"], figures: [{ text: "2,000" }] };
  const wordsOnly = { ...claimFor(text, "Officials said the march was peaceful.", { level: "high", id: "c_words" }), kinds: ["attribution"], figures: [] };
  const numericalNoFigure = { ...claimFor(text, "Organisers claimed thousands came.", { level: "low", id: "c_numerical" }), kinds: ["numerical"] };
  const claims = [withFigure, wordsOnly, numericalNoFigure];
  anchorAndWrap(dom.window, claims, { showHighlights: true, claimFilter: "figures" });
  const shown = () => Object.fromEntries([...document.querySelectorAll("claimlight-mark[data-part=first]")].map((m) => [m.dataset.claimId, m.dataset.shown]));
  assert.deepEqual(shown(), { c_figure: "true", c_words: "false", c_numerical: "true" });
  const { style } = dom.window.ClaimlightHighlight;
  const restyle = (prefs) => claims.forEach((c) => style([...document.querySelectorAll(`claimlight-mark[data-claim-id=${c.id}]`)], c, prefs));
  restyle({ showHighlights: true, claimFilter: "high" });
  assert.deepEqual(shown(), { c_figure: "false", c_words: "true", c_numerical: "false" });
  restyle({ showHighlights: true, claimFilter: "toString" });
  assert.deepEqual(shown(), { c_figure: "true", c_words: "true", c_numerical: "true" }, "an unknown filter shows everything");
});
