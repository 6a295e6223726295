// Re-finds a claim's quote in the live page from its selector (exact, prefix, suffix, start).
//
// The server quotes the article text it extracted; the live page differs from
// it in whitespace, typographic quotes, entities, page furniture and element
// boundaries (a quote may run across a link or a bold word). So the page's
// text nodes are flattened into one normalised string with a map back to
// (node, offset), the quote is searched there exactly, then ignoring
// punctuation and case, then approximately by voting chunks, and among
// several occurrences the one whose surrounding text best matches the
// selector's prefix/suffix wins (position breaks ties).
globalThis.ClaimlightAnchor = (() => {
  const SKIPPED_TAGS = new Set([
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "OPTION",
    "IFRAME", "OBJECT", "SVG", "CANVAS", "CLAIMLIGHT-POPOVER",
  ]);
  const BLOCK_TAGS = new Set([
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "DD", "DETAILS", "DIV", "DL", "DT",
    "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6",
    "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE",
    "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL", "BR",
  ]);
  const SEPARATOR = -1;
  const CHUNK_CHARS = 12;
  const MIN_APPROXIMATE_CHARS = 24;
  const MIN_VOTE_SHARE = 0.4;

  // One character in, one (or none) out, so positions map back 1:1.
  function normalChar(ch) {
    const code = ch.charCodeAt(0);
    if (code > 32 && code < 127 && code !== 96) return ch; // printable ASCII but the backtick: as is
    switch (ch) {
      case "\u00ad": case "\u200b": case "\u200c": case "\u200d": case "\u2060": case "\ufeff":
        return "";
      case "\u2018": case "\u2019": case "\u201a": case "\u201b": case "\u2032": case "`":
        return "'";
      case "\u201c": case "\u201d": case "\u201e": case "\u201f": case "\u2033": case "\u00ab": case "\u00bb":
        return "\"";
      case "\u2010": case "\u2011": case "\u2012": case "\u2013": case "\u2014": case "\u2015": case "\u2212":
        return "-";
      default:
        return /\s/.test(ch) ? " " : ch;
    }
  }

  /** Normalise a selector string the same way the page text is: collapse spaces, unify quotes and dashes. */
  function normalize(text) {
    let out = "";
    for (const ch of text || "") {
      const mapped = normalChar(ch);
      if (mapped === " " && (out === "" || out.endsWith(" "))) continue;
      out += mapped;
    }
    return out;
  }

  function isLooseChar(ch) {
    const code = ch.charCodeAt(0);
    if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    return /[\p{L}\p{N}]/u.test(ch);
  }

  /** Letters and digits only, lower-cased: what survives any punctuation, spacing or markup difference. */
  function loosen(text) {
    let out = "";
    for (const ch of text || "") if (isLooseChar(ch)) out += ch.toLowerCase();
    return out;
  }

  function nearestBlock(node, cache) {
    const start = node.parentElement;
    if (cache.has(start)) return cache.get(start);
    let element = start;
    while (element && !BLOCK_TAGS.has(element.tagName)) element = element.parentElement;
    cache.set(start, element);
    return element;
  }

  /**
   * Flatten the text under `root` into a whitespace-normalised string, with for each
   * character the text node and offset it came from (SEPARATOR for the space that
   * stands for a block boundary).
   */
  function buildIndex(root) {
    const doc = root.ownerDocument || root;
    const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
      acceptNode(node) {
        if (node.nodeType === 1) {
          if (SKIPPED_TAGS.has(node.tagName.toUpperCase())) return 2; // FILTER_REJECT: skip subtree
          return node.tagName === "BR" ? 1 : 3; // BR counts as a boundary; other elements: descend
        }
        return 1;
      },
    });
    const chars = [];
    const nodeOf = [];
    const offsetOf = [];
    const nodes = [];
    const blocks = new Map();
    let lastBlock;
    let pendingBoundary = false;
    let lastWasSpace = true;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        pendingBoundary = true;
        continue;
      }
      const block = nearestBlock(node, blocks);
      if (block !== lastBlock) pendingBoundary = true;
      lastBlock = block;
      const value = node.data;
      const nodeIndex = nodes.length;
      nodes.push(node);
      for (let i = 0; i < value.length; i++) {
        const mapped = normalChar(value[i]);
        if (mapped === "") continue;
        if (pendingBoundary && mapped !== " ") {
          if (!lastWasSpace) {
            chars.push(" ");
            nodeOf.push(SEPARATOR);
            offsetOf.push(0);
          }
          pendingBoundary = false;
        }
        if (mapped === " ") {
          if (lastWasSpace) continue;
          lastWasSpace = true;
        } else {
          lastWasSpace = false;
        }
        chars.push(mapped);
        nodeOf.push(nodeIndex);
        offsetOf.push(i);
      }
    }
    return { text: chars.join(""), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf), loose: null };
  }

  function looseIndex(index) {
    if (!index.loose) {
      let text = "";
      const map = [];
      for (let i = 0; i < index.text.length; i++) {
        const ch = index.text[i];
        if (!isLooseChar(ch)) continue;
        const lower = ch.toLowerCase();
        if (lower.length !== 1) continue; // keep the map 1:1
        text += lower;
        map.push(i);
      }
      index.loose = { text, map: Int32Array.from(map) };
    }
    return index.loose;
  }

  function occurrences(haystack, needle) {
    const found = [];
    if (!needle) return found;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
    return found;
  }

  function commonSuffixLength(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
    return n;
  }

  function commonPrefixLength(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  // Context agreement in loose characters (0..64), plus under one point for closeness to the hint.
  function contextScore(looseText, start, end, context, hint, length) {
    const before = looseText.slice(Math.max(0, start - context.prefix.length), start);
    const after = looseText.slice(end, end + context.suffix.length);
    const agreement = commonSuffixLength(before, context.prefix) + commonPrefixLength(after, context.suffix);
    const closeness = hint == null ? 0 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, length));
    return agreement + 0.5 * closeness;
  }

  function pickBest(candidates, scoreOf) {
    let best = null;
    for (const candidate of candidates) {
      const score = scoreOf(candidate);
      if (!best || score > best.score) best = { ...candidate, score };
    }
    return best;
  }

  function looseContext(selector) {
    return { prefix: loosen(normalize(selector.prefix)), suffix: loosen(normalize(selector.suffix)) };
  }

  // Map a loose-text span back to normalised-text positions.
  function fromLoose(loose, start, end) {
    return { start: loose.map[start], end: loose.map[end - 1] + 1 };
  }

  function approximateSpans(loose, quote, hintLoose) {
    if (quote.length < MIN_APPROXIMATE_CHARS) return [];
    const chunks = [];
    for (let k = 0; k + CHUNK_CHARS <= quote.length; k += CHUNK_CHARS) chunks.push(k);
    if (chunks[chunks.length - 1] + CHUNK_CHARS < quote.length) chunks.push(quote.length - CHUNK_CHARS);
    const hits = [];
    for (const k of chunks) {
      for (const at of occurrences(loose.text, quote.slice(k, k + CHUNK_CHARS))) hits.push({ k, at, implied: at - k });
    }
    if (!hits.length) return [];
    hits.sort((a, b) => a.implied - b.implied);
    const tolerance = Math.max(8, Math.round(quote.length * 0.15));
    const clusters = [];
    for (let i = 0, j = 0; i < hits.length; i++) {
      while (hits[j].implied < hits[i].implied - tolerance) j++;
      const window = hits.slice(j, i + 1);
      const distinct = new Set(window.map((h) => h.k)).size;
      if (distinct >= Math.max(2, Math.ceil(chunks.length * MIN_VOTE_SHARE))) clusters.push({ window, distinct });
    }
    return clusters.map(({ window, distinct }) => {
      const first = window.reduce((a, b) => (b.k < a.k ? b : a));
      const last = window.reduce((a, b) => (b.k > a.k ? b : a));
      const start = Math.max(0, first.at - first.k);
      const end = Math.min(loose.text.length, last.at + (quote.length - last.k));
      const closeness = hintLoose == null ? 0 : 1 - Math.min(1, Math.abs(start - hintLoose) / Math.max(1, loose.text.length));
      return { start, end, votes: distinct + 0.5 * closeness };
    });
  }

  // Loose matching drops the quote's leading and trailing punctuation; take it back where the page has it too.
  function widen(index, span, exact) {
    const lead = exact.match(/^[^\p{L}\p{N}]*/u)[0];
    const trail = exact.match(/[^\p{L}\p{N}]*$/u)[0];
    let { start, end } = span;
    if (lead && index.text.slice(start - lead.length, start) === lead) start -= lead.length;
    if (trail && index.text.slice(end, end + trail.length) === trail) end += trail.length;
    return { ...span, start, end };
  }

  function looseHint(loose, hint) {
    if (hint == null) return null;
    let lo = 0;
    let hi = loose.map.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (loose.map[mid] < hint) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /**
   * Find a selector's quote in an index. Returns {start, end, method} in normalised
   * text positions, or null. `hint` is where (in the index) the quote is expected.
   */
  function findQuote(index, selector, hint = null) {
    const exact = normalize(selector.exact).trim();
    if (!exact) return null;
    const loose = looseIndex(index);
    const context = looseContext(selector);
    const hintLoose = looseHint(loose, hint);

    const exactHits = occurrences(index.text, exact);
    if (exactHits.length) {
      const looseStarts = exactHits.map((at) => ({ at, looseStart: looseHint(loose, at), looseEnd: looseHint(loose, at + exact.length) }));
      const best = pickBest(looseStarts, (c) => contextScore(loose.text, c.looseStart, c.looseEnd, context, hintLoose, loose.text.length));
      return { start: best.at, end: best.at + exact.length, method: "exact" };
    }

    const quote = loosen(exact);
    if (!quote) return null;
    const looseHits = occurrences(loose.text, quote).map((at) => ({ start: at, end: at + quote.length }));
    if (looseHits.length) {
      const best = pickBest(looseHits, (c) => contextScore(loose.text, c.start, c.end, context, hintLoose, loose.text.length));
      return widen(index, { ...fromLoose(loose, best.start, best.end), method: "loose" }, exact);
    }

    const spans = approximateSpans(loose, quote, hintLoose);
    if (!spans.length) return null;
    const best = pickBest(spans, (c) => c.votes * 100 + contextScore(loose.text, c.start, c.end, context, null, 1));
    return widen(index, { ...fromLoose(loose, best.start, best.end), method: "approximate" }, exact);
  }

  /**
   * The text-node pieces a normalised-text span covers: [{node, from, to}] in document
   * order, block separators and whitespace-only pieces left out.
   */
  function textSegments(index, start, end) {
    const segments = [];
    let current = null;
    for (let i = start; i < end; i++) {
      const nodeIndex = index.nodeOf[i];
      if (nodeIndex === SEPARATOR) continue;
      const offset = index.offsetOf[i];
      if (current && current.nodeIndex === nodeIndex) {
        current.to = offset + 1;
      } else {
        current = { nodeIndex, node: index.nodes[nodeIndex], from: offset, to: offset + 1 };
        segments.push(current);
      }
    }
    return segments
      .filter((s) => s.node.data.slice(s.from, s.to).trim())
      .map(({ node, from, to }) => ({ node, from, to }));
  }

  /**
   * Anchor many claims at once, in document order: each anchored claim's place
   * predicts the next one's (the page has furniture the article text lacks, so
   * only the distance between claims carries over).
   */
  function anchorClaims(index, claims) {
    const ordered = [...claims].sort((a, b) => (a.selector.start ?? 0) - (b.selector.start ?? 0));
    const anchored = [];
    const missing = [];
    let previous = null;
    for (const claim of ordered) {
      const expected = claim.selector.start ?? null;
      const hint = previous && expected != null ? previous.found.start + (expected - previous.expected) : expected;
      const found = findQuote(index, claim.selector, hint);
      const segments = found ? textSegments(index, found.start, found.end) : [];
      if (segments.length) {
        anchored.push({ claim, ...found, segments });
        if (expected != null) previous = { found, expected };
      } else {
        missing.push(claim);
      }
    }
    return { anchored, missing };
  }

  return { normalize, loosen, buildIndex, findQuote, textSegments, anchorClaims };
})();
