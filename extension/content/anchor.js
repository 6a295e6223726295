// Re-finds a claim's quote in the live page from its selector (exact, prefix, suffix, start).
//
// The server quotes the article text it extracted; the live page differs from
// it in whitespace, typographic quotes, entities, page furniture and element
// boundaries (a quote may run across a link or a bold word). So the page's
// text nodes are flattened into one normalised string with a map back to
// (node, offset), the quote is searched there exactly, then ignoring
// punctuation and case, then approximately (fewest edits, approx-string-match),
// and candidates are scored as hypothesis/client's match-quote.ts does: the
// quote's similarity, the prefix's and suffix's, and closeness to the expected
// place. A candidate must keep the quote's figures, an approximate one must be
// alike enough, and a visible one beats a hidden duplicate: a missing
// highlight costs less trust than one on the wrong sentence.
globalThis.ClaimlightAnchor = globalThis.ClaimlightAnchor ?? (() => {
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
  // Below this many letters and digits a quote must be found as it is (ignoring punctuation and case).
  const MIN_APPROXIMATE_CHARS = 24;
  // An approximate match differs from the quote in at most 20% of its letters and digits...
  const MIN_SIMILARITY = 0.8;
  // ...and, weighed with its context as Hypothesis does, scores at least this.
  const MIN_APPROXIMATE_SCORE = 0.7;
  // Rejected places are blanked out and the search run again, this many times at most.
  const APPROXIMATE_ROUNDS = 4;
  const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
  const CONTEXT_SLACK = 48;
  const REATTACH_WORDS = 3;
  // A visible candidate beats a hidden one of nearly the same score (a hidden mobile copy of the article).
  const VISIBLE_BONUS = 0.05;
  const approxSearch = globalThis.ClaimlightApproxSearch;

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

  // How alike `text` is to `str`, 0..1: 1 - (fewest edits to find `str` in `text`) / length (Hypothesis's textMatchScore).
  function textMatchScore(text, str) {
    if (!str.length || !text.length) return 0;
    if (text.includes(str)) return 1;
    const matches = approxSearch(text, str, str.length);
    return matches.length ? Math.max(0, 1 - matches[0].errors / str.length) : 0;
  }

  // The figures a text states, as canonical digit strings ("16,000", "16.000" and "16 000" -> "16000", "5,2" -> "5.2").
  function figuresOf(text) {
    return (text.match(/\d(?:\d|[.,](?=\d)| (?=\d{3}(?!\d)))*/g) || [])
      .map((figure) => figure.replace(/[., ](?=\d{3}(?!\d))/g, "").replace(/,/g, "."));
  }

  // Every figure of the quote is stated in the candidate span, as often as the quote states it.
  function keepsFigures(quoteFigures, spanText) {
    if (!quoteFigures.length) return true;
    const left = figuresOf(spanText);
    for (const figure of quoteFigures) {
      const at = left.indexOf(figure);
      if (at < 0) return false;
      left.splice(at, 1);
    }
    return true;
  }

  function isVisible(node, cache) {
    const element = node.parentElement;
    if (!element) return false;
    if (cache.has(element)) return cache.get(element);
    let visible;
    if (typeof element.checkVisibility === "function") {
      visible = element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false });
    } else {
      const view = element.ownerDocument.defaultView;
      visible = true;
      for (let at = element; at && at.nodeType === 1; at = at.parentElement) {
        const computed = view?.getComputedStyle?.(at);
        if (at.hidden || computed?.display === "none" || (at === element && computed?.visibility === "hidden")) {
          visible = false;
          break;
        }
      }
    }
    cache.set(element, visible);
    return visible;
  }

  function looseContext(selector) {
    return { prefix: loosen(normalize(selector.prefix)), suffix: loosen(normalize(selector.suffix)) };
  }

  // Map a loose-text span back to normalised-text positions.
  function fromLoose(loose, start, end) {
    return { start: loose.map[start], end: loose.map[end - 1] + 1 };
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

  // Fewest edits may leave out the quote's first or last words where the word next to them changed
  // ("couple of ..." for "A pair of ..."): take them back when the page has them right there, in the same block.
  function reattachWords(index, span, quote) {
    const { text, nodeOf } = index;
    let { start, end } = span;
    for (let words = 0; words < REATTACH_WORDS; words++) {
      let t = start;
      while (t > 0 && !isLooseChar(text[t - 1]) && nodeOf[t - 1] !== SEPARATOR) t--;
      if (t === 0 || !isLooseChar(text[t - 1])) break; // the block's start, or the page's
      while (t > 0 && isLooseChar(text[t - 1])) t--;
      if (!quote.startsWith(loosen(text.slice(t, span.start)))) break;
      start = t;
    }
    for (let words = 0; words < REATTACH_WORDS; words++) {
      let t = end;
      while (t < text.length && !isLooseChar(text[t]) && nodeOf[t] !== SEPARATOR) t++;
      if (t === text.length || !isLooseChar(text[t])) break;
      while (t < text.length && isLooseChar(text[t])) t++;
      if (!quote.endsWith(loosen(text.slice(span.end, t)))) break;
      end = t;
    }
    return { ...span, start, end };
  }

  // Fewest edits may cut a changed first or last word ("uple of" for "A couple of"): take whole words.
  function toWordEdges(index, span) {
    const { text } = index;
    let { start, end } = span;
    while (start > 0 && isLooseChar(text[start - 1]) && isLooseChar(text[start])) start--;
    while (end < text.length && isLooseChar(text[end]) && isLooseChar(text[end - 1])) end++;
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
   * Hypothesis's candidate score (match-quote.ts), 0..1: the quote's similarity weighs 50,
   * the text before and after the candidate against the selector's prefix and suffix 20
   * each, closeness to the expected place 2. The context is looked for within a little
   * slack, because the page puts furniture (captions, "read more") the article text lacks
   * between paragraphs.
   */
  function scoreCandidate(looseText, candidate, quoteLength, context, hintLoose) {
    const { start, end, errors } = candidate;
    const quoteScore = 1 - errors / quoteLength;
    const before = looseText.slice(Math.max(0, start - context.prefix.length - CONTEXT_SLACK), start);
    const after = looseText.slice(end, end + context.suffix.length + CONTEXT_SLACK);
    const prefixScore = context.prefix ? textMatchScore(before, context.prefix) : 1;
    const suffixScore = context.suffix ? textMatchScore(after, context.suffix) : 1;
    const positionScore = hintLoose == null ? 1 : 1 - Math.min(1, Math.abs(start - hintLoose) / Math.max(1, looseText.length));
    const raw = WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore;
    return { quoteScore, score: raw / (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position) };
  }

  // Blank out rejected spans so the next approximate search finds the next-best place.
  function mask(text, spans) {
    let out = text;
    for (const { start, end } of spans) out = out.slice(0, start) + "\u0000".repeat(end - start) + out.slice(end);
    return out;
  }

  function firstNodeOf(index, start, end) {
    for (let i = start; i < end; i++) if (index.nodeOf[i] !== SEPARATOR) return index.nodes[index.nodeOf[i]];
    return null;
  }

  // Among acceptable candidates, the best score wins; a visible one is preferred to a hidden duplicate.
  function pickBest(index, candidates) {
    if (candidates.length === 1) return candidates[0];
    const visibility = new Map();
    let best = null;
    for (const candidate of candidates) {
      const node = firstNodeOf(index, candidate.start, candidate.end);
      const total = candidate.score + (node && isVisible(node, visibility) ? VISIBLE_BONUS : 0);
      if (!best || total > best.total) best = { ...candidate, total };
    }
    return best;
  }

  /**
   * Find a selector's quote in an index. Returns {start, end, method, similarity, score} in
   * normalised text positions, or null. `hint` is where (in the index) the quote is expected.
   *
   * Exact occurrences first, then occurrences ignoring punctuation, spacing and case, then
   * approximate ones (fewest edits, by approx-string-match as Hypothesis does). Every
   * candidate must state the quote's figures; an approximate one must also be at least
   * MIN_SIMILARITY alike and score at least MIN_APPROXIMATE_SCORE with its context, or it
   * is rejected and the next-best place is tried: no highlight is better than a wrong one.
   */
  function findQuote(index, selector, hint = null) {
    const exact = normalize(selector.exact).trim();
    if (!exact) return null;
    const loose = looseIndex(index);
    const context = looseContext(selector);
    const hintLoose = looseHint(loose, hint);
    const figures = figuresOf(exact);
    const score = (candidate, quoteLength) => ({ ...candidate, ...scoreCandidate(loose.text, candidate, quoteLength, context, hintLoose) });

    const exactHits = occurrences(index.text, exact);
    if (exactHits.length) {
      const candidates = exactHits.map((at) => score({ at, start: looseHint(loose, at), end: looseHint(loose, at + exact.length), errors: 0 }, 1));
      const best = pickBest(index, candidates.map((c) => ({ ...c, start: c.at, end: c.at + exact.length })));
      return { start: best.start, end: best.end, method: "exact", similarity: 1, score: best.score };
    }

    const quote = loosen(exact);
    if (!quote) return null;
    const accept = (matches, method) => {
      const candidates = [];
      for (const match of matches) {
        const span = match.errors
          ? widen(index, reattachWords(index, toWordEdges(index, fromLoose(loose, match.start, match.end)), quote), exact)
          : widen(index, fromLoose(loose, match.start, match.end), exact);
        if (!keepsFigures(figures, index.text.slice(span.start, span.end))) continue;
        const scored = score(match, quote.length);
        if (match.errors > 0 && (scored.quoteScore < MIN_SIMILARITY || scored.score < MIN_APPROXIMATE_SCORE)) continue;
        candidates.push({ ...span, method, similarity: scored.quoteScore, score: scored.score });
      }
      if (!candidates.length) return null;
      const { start, end, similarity, score: best } = pickBest(index, candidates);
      return { start, end, method, similarity, score: best };
    };

    const looseHits = occurrences(loose.text, quote).map((at) => ({ start: at, end: at + quote.length, errors: 0 }));
    const found = looseHits.length ? accept(looseHits, "loose") : null;
    if (found || quote.length < MIN_APPROXIMATE_CHARS) return found;

    const maxErrors = Math.floor(quote.length * (1 - MIN_SIMILARITY));
    let text = mask(loose.text, looseHits);
    for (let round = 0; round < APPROXIMATE_ROUNDS; round++) {
      const matches = approxSearch(text, quote, maxErrors);
      if (!matches.length) return null;
      const accepted = accept(matches, "approximate");
      if (accepted) return accepted;
      text = mask(text, matches);
    }
    return null;
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

  return { normalize, loosen, figuresOf, buildIndex, findQuote, textSegments, anchorClaims };
})();
