// Wraps anchored claims in <claimlight-mark> elements.
//
// Each text node a claim touches gets its own mark (a claim may cross a link
// or a bold word). Splitting a page text node keeps the original node object as
// its first piece (Text.splitText), and every piece is remembered: unwrapping
// merges back only the pieces we split, into that original node, so the page's
// own text nodes (which Vue or React hold references to) come back as the same
// objects with the same text, and text nodes we never split are never merged. Styles go in the style attribute with !important, which
// beats any page rule, so the page cannot hide or restyle the marks. Page and
// server text is only ever moved as Text nodes, never parsed as HTML.
globalThis.ClaimlightHighlight = globalThis.ClaimlightHighlight ?? (() => {
  const TAG = "claimlight-mark";
  const LEVELS = {
    high: { label: "High", background: "#ffd3d3", edge: "#b71c1c" },
    medium: { label: "Medium", background: "#ffe8a8", edge: "#8a5300" },
    low: { label: "Low", background: "#d6e6ff", edge: "#1b4f9c" },
  };
  // The claim filters the popup offers (per site); an unknown name shows everything.
  const FILTERS = {
    all: () => true,
    "high-medium": (claim) => claim.level === "high" || claim.level === "medium",
    high: (claim) => claim.level === "high",
    figures: (claim) => (claim.figures || []).length > 0 || (claim.kinds || []).includes("numerical"),
  };

  function setImportant(element, styles) {
    for (const [name, value] of Object.entries(styles)) element.style.setProperty(name, value, "important");
  }

  function visibleStyles(level) {
    const colours = LEVELS[level] || LEVELS.low;
    return {
      "display": "inline", "visibility": "visible", "opacity": "1", "position": "static",
      "background-color": colours.background, "color": "#1a1a1a",
      "box-shadow": `inset 0 -2px 0 ${colours.edge}`, "border-radius": "2px",
      "cursor": "pointer", "text-decoration": "none", "filter": "none", "clip-path": "none",
      "outline-offset": "1px",
    };
  }

  const HIDDEN_STYLES = {
    "display": "inline", "visibility": "visible", "opacity": "1", "position": "static",
    "background-color": "transparent", "color": "inherit", "box-shadow": "none", "cursor": "auto",
  };

  // Page text node we split -> its pieces in document order (the node itself first); piece -> that node.
  const piecesOfPageNode = new WeakMap();
  const pageNodeOf = new WeakMap();

  function splitRemembered(piece, offset) {
    const rest = piece.splitText(offset);
    const original = pageNodeOf.get(piece) || piece;
    const list = piecesOfPageNode.get(original) || [original];
    list.splice(list.indexOf(piece) + 1, 0, rest);
    piecesOfPageNode.set(original, list);
    pageNodeOf.set(rest, original);
    return rest;
  }

  // Merge back the pieces of a page text node that sit side by side again, into the first (the original object).
  function remerge(original) {
    const list = piecesOfPageNode.get(original);
    if (!list) return;
    for (let i = 0; i + 1 < list.length;) {
      const piece = list[i];
      const next = list[i + 1];
      if (piece.nextSibling === next) {
        piece.appendData(next.data);
        next.remove();
        pageNodeOf.delete(next);
        list.splice(i + 1, 1);
      } else {
        i++;
      }
    }
    if (list.length === 1) piecesOfPageNode.delete(original);
  }

  /**
   * Splits page text nodes for wrapping while remembering, for each node as anchoring saw it,
   * the pieces it was split into, so the offsets found by anchoring stay valid whatever order
   * the claims are wrapped in (the nearest ones first, the rest later).
   */
  function createWrapper() {
    const pieces = new Map();

    function piecesOf(node) {
      if (!pieces.has(node)) pieces.set(node, [{ start: 0, node }]);
      return pieces.get(node);
    }

    function wrapPiece(target) {
      const mark = target.ownerDocument.createElement(TAG);
      target.parentNode.insertBefore(mark, target);
      mark.appendChild(target);
      return mark;
    }

    // Wrap characters [from, to) of an original text node, whichever pieces they now live in.
    function wrapSegment({ node, from, to }) {
      const list = piecesOf(node);
      const marks = [];
      for (let i = 0; i < list.length; i++) {
        const pieceStart = list[i].start;
        let target = list[i].node;
        const pieceEnd = pieceStart + target.data.length;
        const a = Math.max(from, pieceStart);
        const b = Math.min(to, pieceEnd);
        if (a >= b || !target.parentNode) continue;
        if (b < pieceEnd) list.splice(i + 1, 0, { start: b, node: splitRemembered(target, b - pieceStart) });
        if (a > pieceStart) {
          target = splitRemembered(target, a - pieceStart);
          list.splice(i + 1, 0, { start: a, node: target });
          i++;
        }
        marks.push(wrapPiece(target));
      }
      return marks;
    }

    /** Wrap anchored claims (from ClaimlightAnchor.anchorClaims); returns Map claimId -> marks. */
    function wrap(anchored, prefs) {
      const marksByClaim = new Map();
      for (const { claim, segments } of anchored) {
        const marks = segments.flatMap(wrapSegment);
        if (!marks.length) continue;
        marks.forEach((mark, i) => {
          mark.dataset.claimId = claim.id;
          mark.dataset.level = claim.level;
          mark.dataset.part = i === 0 ? "first" : "rest";
        });
        marksByClaim.set(claim.id, marks);
        style(marks, claim, prefs);
      }
      return marksByClaim;
    }

    return { wrap };
  }

  function isShown(claim, prefs) {
    const filter = Object.hasOwn(FILTERS, prefs.claimFilter) ? FILTERS[prefs.claimFilter] : FILTERS.all;
    return prefs.showHighlights !== false && filter(claim);
  }

  /** Apply the reader's toggle and claim filter to one claim's marks. */
  function style(marks, claim, prefs) {
    const shown = isShown(claim, prefs);
    for (const mark of marks) {
      mark.removeAttribute("style");
      setImportant(mark, shown ? visibleStyles(claim.level) : HIDDEN_STYLES);
      mark.dataset.shown = String(shown);
    }
    const first = marks[0];
    if (shown) {
      first.setAttribute("tabindex", "0");
      first.setAttribute("role", "button");
      first.setAttribute("aria-haspopup", "dialog");
      first.setAttribute("aria-label", `${first.textContent} (Claimlight: ${LEVELS[claim.level]?.label || claim.level} claim; press Enter for details)`);
    } else {
      for (const name of ["tabindex", "role", "aria-haspopup", "aria-label"]) first.removeAttribute(name);
    }
  }

  /**
   * Take marks out again, putting their text back where it was: the pieces we split are
   * merged back into the page's own text node; nothing else is merged (no normalize()).
   */
  function unwrap(marks) {
    const touched = new Set();
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      for (const child of mark.childNodes) {
        const original = child.nodeType === 3 ? pageNodeOf.get(child) || (piecesOfPageNode.has(child) ? child : null) : null;
        if (original) touched.add(original);
      }
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const original of touched) remerge(original);
  }

  return { TAG, LEVELS, createWrapper, style, unwrap };
})();
