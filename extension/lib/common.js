// What the marks, the popover and the extension's own pages share: how each level looks, the
// words for a source's kind, and el() for building DOM from text.
//
// A classic script (no import or export) that sets one global: content scripts cannot load ES
// modules, so background.js lists it among the content files, and the extension's pages and
// service worker import it for that effect (`import "../lib/common.js"`).
globalThis.ClaimlightCommon = globalThis.ClaimlightCommon ?? (() => {
  // Levels differ in underline shape as well as hue (for readers who cannot tell the hues apart).
  // `light` is used on pages and in the popover in light mode; marks in the page are always light
  // (their tint sits under the page's own text colour).
  const LEVEL_LOOKS = {
    high: { label: "High", underline: "3px solid", light: { edge: "#b71c1c", tint: "#ffd3d3" }, dark: { edge: "#f28b82", tint: "#5c2b29" } },
    medium: { label: "Medium", underline: "2px dashed", light: { edge: "#8a5300", tint: "#ffe8a8" }, dark: { edge: "#fdd663", tint: "#5b4a1a" } },
    low: { label: "Low", underline: "2px dotted", light: { edge: "#1b4f9c", tint: "#d6e6ff" }, dark: { edge: "#8ab4f8", tint: "#23395d" } },
  };

  /** CSS setting --edge, --tint and --underline on `selectorOf(level)` for each level, light and dark. */
  function levelLookCss(selectorOf) {
    const rules = (scheme) => Object.entries(LEVEL_LOOKS)
      .map(([level, look]) => `${selectorOf(level)} { --edge: ${look[scheme].edge}; --tint: ${look[scheme].tint}; --underline: ${look.underline}; }`)
      .join("\n");
    return `${rules("light")}\n@media (prefers-color-scheme: dark) {\n${rules("dark")}\n}`;
  }

  // Who a claim is credited to, by the server's source kinds.
  const SOURCE_KIND_WORDS = {
    named: "a named person",
    organisation: "a named organisation",
    anonymous: "an unnamed source",
    vague: "no identifiable source",
    none: "no source",
  };

  // A vague source that is the page's own wording, not a noun ("is expected to", "reportedly", "it is claimed"):
  // quoted, so the reader does not read a verb as the name of whoever said it.
  const FRAME_WORDING = /^(?:it|there|is|are|was|were|has|have|had|be|been|being|reportedly|allegedly|supposedly|purportedly|officially)\b/i;

  // Why a source the sentence does not name is credited (the server's source.credited_by).
  const CREDIT_WORDS = {
    page_tests: "its own test result: the page reports its tests throughout",
  };

  /** "Officials (an unnamed source)", "“is expected to” (no identifiable source)"; with no source text, the kind
   * alone: "No source". */
  function describeSource(source) {
    if (source?.text && CREDIT_WORDS[source.credited_by]) return `${source.text} (${CREDIT_WORDS[source.credited_by]})`;
    if (source?.text && source.own_site) return `${source.text} (the site this page is on: its own word)`;
    if (source?.text && source.told_here) return `${source.text} (speaking to this outlet: the article is the record)`;
    const kind = SOURCE_KIND_WORDS[source?.kind] || source?.kind || "an unknown source";
    if (source?.text && source.kind === "vague" && FRAME_WORDING.test(source.text)) return `“${source.text}” (${kind})`;
    if (source?.text) return `${source.text} (${kind})`;
    return kind[0].toUpperCase() + kind.slice(1);
  }

  /** An element of `doc` with `props` ("text" sets textContent, "class" the class) and `children` (nodes or strings, as text). */
  function el(doc, tag, props = {}, children = []) {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (name === "text") node.textContent = value;
      else if (name === "class") node.className = value;
      else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  }

  return Object.freeze({ LEVEL_LOOKS, levelLookCss, describeSource, el });
})();
