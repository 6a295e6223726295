import { test } from "node:test";
import assert from "node:assert/strict";
import { pageWithScripts, articleText, claimFor, makeSelector, highlightedText, squash, readPage, textNodes } from "./helpers.js";

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

// Wrong-sentence highlights (issue 12): an approximate match must be alike, keep the claim's figures, and fit its context.
function anchorOne(bodyHtml, serverText, quote) {
  const dom = pageWithScripts(`<body>${bodyHtml}</body>`);
  const claim = claimFor(serverText, quote, { id: "c_q" });
  const result = anchorAndWrap(dom.window, [claim]);
  return { document: dom.window.document, result, marked: highlightedText(dom.window.document).get("c_q") ?? null };
}

const ONS = "According to the Office for National Statistics, unemployment rose to 5.2% in March.";
const ONS_ARTICLE = `The economy slowed in the first quarter. ${ONS} Ministers said the figures were disappointing.`;

test("a sentence with the same opening but other figures and words is not taken for the claim", () => {
  const { result, marked } = anchorOne(
    `<p>The economy slowed in the first quarter. According to the Office for National Statistics, inflation fell to 3.1% in April. Ministers said the figures were disappointing.</p>`,
    ONS_ARTICLE, ONS);
  assert.equal(marked, null, `highlighted ${JSON.stringify(marked)}`);
  assert.deepEqual([...result.missing].map((c) => c.id), ["c_q"]);
});

test("a claim whose figure the page changed is not highlighted, even when every word is the same", () => {
  for (const [page, why] of [
    ["unemployment rose to 5.4% in March.", "another figure"],
    ["unemployment rose to 52% in March.", "a figure that differs only in its decimal point"],
    ["unemployment rose in March.", "the figure gone"],
  ]) {
    const { marked } = anchorOne(`<p>The economy slowed in the first quarter. According to the Office for National Statistics, ${page} Ministers said the figures were disappointing.</p>`, ONS_ARTICLE, ONS);
    assert.equal(marked, null, `${why}: highlighted ${JSON.stringify(marked)}`);
  }
});

test("when the claim's sentence is gone, a look-alike sentence elsewhere in the page is not highlighted", () => {
  const serverText = "Hospitals in the region reported a quiet week.\n\nOfficials said the number of cases rose sharply in the north of the country.\n\nSchools will reopen on Monday.";
  const { marked } = anchorOne(`
    <p>Hospitals in the region reported a quiet week.</p>
    <p>Schools will reopen on Monday.</p>
    <aside><p>Weather: rain expected.</p><p>Elsewhere, officials said the number of visitors fell sharply in the south of the country, as every summer.</p></aside>`,
    serverText, "Officials said the number of cases rose sharply in the north of the country.");
  assert.equal(marked, null, `highlighted ${JSON.stringify(marked)}`);
});

test("small edits still anchor at the claim's own sentence: spacing, quote style, a changed word, a typo, an added word", () => {
  const serverText = "Intro text here.\n\nA pair of Russian military experts have claimed that \"foreign mercenaries\" are turning their backs on Ukraine - and 3,000 have left.\n\nOutro text here.";
  const quote = "A pair of Russian military experts have claimed that \"foreign mercenaries\" are turning their backs on Ukraine - and 3,000 have left.";
  const pages = {
    "spacing and quote style": "A pair of   Russian military experts have claimed that &#8220;foreign mercenaries&#8221; are turning their backs on Ukraine &#8211; and 3,000&nbsp;have left.",
    "a changed word": "A couple of Russian military experts have claimed that “foreign mercenaries” are turning their backs on Ukraine – and 3,000 have left.",
    "a typo": "A pair of Russian militray experts have claimed that \"foreign mercenaries\" are turning their backs on Ukraine - and 3,000 have left.",
    "an added word and markup": "A pair of <a href='/x'>Russian military experts</a> have now claimed that \"foreign mercenaries\" are turning their backs on Ukraine - and <b>3,000</b> have left.",
    "another thousands separator": "A pair of Russian military experts have claimed that \"foreign mercenaries\" are turning their backs on Ukraine - and 3 000 have left.",
  };
  for (const [edit, sentence] of Object.entries(pages)) {
    const { document, marked } = anchorOne(`<p>Intro text here.</p><p id="claim">${sentence}</p><p>Outro text here.</p>`, serverText, quote);
    assert.ok(marked, `${edit}: not highlighted`);
    assert.equal(marked, squash(document.getElementById("claim").textContent), `${edit}: highlighted ${JSON.stringify(marked)}`);
  }
});

test("a visible copy of the article wins over a hidden duplicate, exactly and approximately", () => {
  const sentence = "Police said 2,000 people marched through the city centre on Friday evening.";
  const serverText = `The march was peaceful.\n\n${sentence}\n\nShops stayed open.`;
  for (const hiding of ["hidden", "style='display: none'"]) {
    for (const [kind, pageSentence] of [["exact", sentence], ["approximate", sentence.replace("through", "across")]]) {
      const dom = pageWithScripts(`<body>
        <div class="mobile" ${hiding}><p>The march was peaceful.</p><p>${pageSentence}</p><p>Shops stayed open.</p></div>
        <div class="desktop"><p>The march was peaceful.</p><p>${pageSentence}</p><p>Shops stayed open.</p></div></body>`);
      const claim = claimFor(serverText, sentence);
      const result = anchorAndWrap(dom.window, [claim]);
      assert.equal(result.anchored[0]?.method, kind === "exact" ? "exact" : "approximate");
      const marks = [...dom.window.document.querySelectorAll("claimlight-mark")];
      assert.ok(marks.length && marks.every((m) => m.closest(".desktop")), `${hiding}, ${kind}: marked in the hidden copy`);
    }
  }
});

test("approximate matches report how alike they are, and the exact tiers stay exact", () => {
  const dom = pageWithScripts(`<body><p>Intro text.</p><p>Officials said about 70 volunteers from Japan had joined the International Legion last month.</p></body>`);
  const { buildIndex, findQuote } = dom.window.ClaimlightAnchor;
  const index = buildIndex(dom.window.document.body);
  const serverText = "Intro text.\n\nOfficials said about 70 volunteers from Japan have joined the International Legion last month.";
  const found = findQuote(index, makeSelector(serverText, 13, serverText.length));
  assert.equal(found.method, "approximate");
  assert.ok(found.similarity >= 0.9 && found.similarity < 1, String(found.similarity));
  assert.equal(index.text.slice(found.start, found.end), "Officials said about 70 volunteers from Japan had joined the International Legion last month.");
  const exact = findQuote(index, makeSelector("Intro text.", 0, 11));
  assert.equal(exact.method, "exact");
});

test("approximate anchoring of many claims on a 100 KB page stays fast", () => {
  const paragraphs = [];
  for (let i = 0; i < 400; i++) paragraphs.push(`<p>Paragraph ${i}: officials said that <b>${i * 7}</b> people were counted in district ${i}, a figure that could not be checked independently.</p>`);
  const dom = pageWithScripts(`<body>${paragraphs.join("\n")}</body>`);
  const text = articleText(dom.window.document);
  const claims = [];
  for (let i = 0; i < 400; i += 10) {
    const claim = claimFor(text, `Paragraph ${i}: officials said that ${i * 7} people were counted in district ${i},`, { id: `c_${i}` });
    claim.selector = { ...claim.selector, exact: claim.selector.exact.replace("were counted", "had been counted") };
    claims.push(claim);
  }
  const started = performance.now();
  const result = anchorAndWrap(dom.window, claims);
  const elapsed = performance.now() - started;
  assert.equal(result.anchored.length, claims.length);
  assert.ok(result.anchored.every((a) => a.method === "approximate"));
  const marked = highlightedText(dom.window.document);
  for (let i = 0; i < 400; i += 10) assert.equal(marked.get(`c_${i}`), `Paragraph ${i}: officials said that ${i * 7} people were counted in district ${i},`);
  assert.ok(elapsed < 3000, `anchoring took ${elapsed} ms`);
});

// Not breaking the page (issue 12): unwrapping gives back the page's own text node objects, and merges nothing else.
test("unwrapping, in any order, gives back the very text node objects the page had, and never merges the page's own neighbours", () => {
  const quotes = ["Officials said 2,000 people marched.", "2,000 people marched. Police counted 500", "Police counted 500 on Friday."];
  for (const order of [[0, 1, 2], [2, 1, 0], [1, 0, 2]]) {
    const dom = pageWithScripts(`<body><p id="p"></p><p>Unrelated <i>words</i> here.</p></body>`);
    const { document } = dom.window;
    const p = document.getElementById("p");
    // A framework's render: adjacent text nodes it keeps references to (normalize() would merge them).
    for (const piece of ["Intro. ", "Officials said 2,000 people ", "marched. Police counted 500 on Friday.", " Outro."]) p.append(document.createTextNode(piece));
    const before = textNodes(document.body);
    const data = before.map((n) => n.data);
    const text = "Intro. Officials said 2,000 people marched. Police counted 500 on Friday. Outro.\n\nUnrelated words here.";
    const claims = quotes.map((q, i) => ({ ...claimFor(text, q), id: `c_${i}` }));
    const { buildIndex, anchorClaims } = dom.window.ClaimlightAnchor;
    const { createWrapper, unwrap } = dom.window.ClaimlightHighlight;
    const marks = createWrapper().wrap(anchorClaims(buildIndex(document.body), claims).anchored, {});
    assert.equal(marks.size, 3);
    assert.ok(textNodes(document.body).length > before.length, "wrapping split some nodes");
    for (const [step, i] of order.entries()) {
      unwrap(marks.get(`c_${i}`));
      const marked = highlightedText(document);
      for (const j of order.slice(step + 1)) assert.equal(marked.get(`c_${j}`), quotes[j], `order ${order}: claim ${j} damaged by unwrapping ${i}`);
    }
    const after = textNodes(document.body);
    assert.equal(after.length, before.length, `order ${order}: ${after.length} text nodes, the page had ${before.length}`);
    after.forEach((node, k) => {
      assert.equal(node, before[k], `order ${order}: text node ${k} is not the page's own object`);
      assert.equal(node.data, data[k]);
    });
    assert.equal(document.querySelectorAll("claimlight-mark").length, 0);
  }
});

test("unwrapping one claim leaves the marks of another claim in the same text node as they are", () => {
  const dom = pageWithScripts(`<body><p>Russia lost 100k troops. Ukraine says 3,500 foreigners fight.</p></body>`);
  const { document } = dom.window;
  const text = articleText(document);
  const a = claimFor(text, "Russia lost 100k troops.", { id: "c_a" });
  const b = claimFor(text, "Ukraine says 3,500 foreigners fight.", { id: "c_b" });
  const { buildIndex, anchorClaims } = dom.window.ClaimlightAnchor;
  const { createWrapper, unwrap } = dom.window.ClaimlightHighlight;
  const marks = createWrapper().wrap(anchorClaims(buildIndex(document.body), [a, b]).anchored, {});
  const markB = marks.get("c_b")[0];
  const nodeB = markB.firstChild;
  unwrap(marks.get("c_a"));
  assert.equal(markB.isConnected, true);
  assert.equal(markB.firstChild, nodeB);
  assert.equal(highlightedText(document).get("c_b"), b.text);
  assert.equal(squash(document.body.textContent), squash(text));
});
