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
//
// Levels differ in the shape of their underline as well as in colour (high: thick solid,
// medium: dashed, low: dotted), so readers who cannot tell the hues apart still can. The
// underline is a bottom border: forced-colours modes (Windows High Contrast) drop
// backgrounds and box shadows but keep borders, so the marks stay visible there. Inside a
// link the page's link colour and underline stay, so links still read as links.
globalThis.ClaimlightHighlight = globalThis.ClaimlightHighlight ?? (() => {
  const TAG = "claimlight-mark";
  const { LEVEL_LOOKS } = globalThis.ClaimlightCommon;
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

  /** Whether the model may still change this claim's level: it is working on the page and has not scored the claim yet. */
  function isProvisional(claim, view) {
    return Boolean(view?.modelPending) && !String(claim.judged_by || "").startsWith("model:");
  }

  // `view`: {forcedColors} from the content script; `inLink`: the mark sits inside a link.
  function visibleStyles(level, view, inLink) {
    const look = LEVEL_LOOKS[level] || LEVEL_LOOKS.low;
    const styles = {
      "display": "inline", "visibility": "visible", "opacity": "1", "position": "static",
      "box-shadow": "none", "border": "none", "border-radius": "0", "padding": "0",
      "cursor": "pointer", "filter": "none", "clip-path": "none", "outline-offset": "1px",
    };
    if (view?.forcedColors) {
      // The system's colours rule; the underline's shape and the system's text colour mark the claim.
      return { ...styles, "background-color": "transparent", "color": inLink ? "LinkText" : "inherit",
        "border-bottom": `${look.underline} ${inLink ? "LinkText" : "CanvasText"}` };
    }
    return {
      ...styles, "border-bottom": `${look.underline} ${look.light.edge}`,
      // A link keeps its own colour and underline (no tint behind it, whose dark text would hide that it is a link).
      ...(inLink ? { "background-color": "transparent", "color": "inherit" } : { "background-color": look.light.tint, "color": "#1a1a1a", "text-decoration": "none" }),
    };
  }

  const HIDDEN_STYLES = {
    "display": "inline", "visibility": "visible", "opacity": "1", "position": "static",
    "background-color": "transparent", "color": "inherit", "box-shadow": "none", "border": "none", "cursor": "auto",
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

  /**
   * Apply the reader's toggle and claim filter to one claim's marks, and how they look:
   * `prefs` also says whether the model is still working (levels provisional) and whether
   * the system forces its colours.
   */
  function style(marks, claim, prefs) {
    const shown = isShown(claim, prefs);
    const provisional = isProvisional(claim, prefs);
    for (const mark of marks) {
      setAttributes(mark, {
        style: styleText(mark, shown ? visibleStyles(claim.level, prefs, Boolean(mark.parentElement?.closest("a[href]"))) : HIDDEN_STYLES),
        "data-shown": String(shown), "data-provisional": provisional ? "true" : null,
      });
    }
    const level = `${LEVEL_LOOKS[claim.level]?.label || claim.level} claim${provisional ? ", provisional level" : ""}`;
    setAttributes(marks[0], shown
      ? { tabindex: "0", role: "button", "aria-haspopup": "dialog",
        "aria-label": `${marks[0].textContent} (Claimlight: ${level}; Enter for details, N or P for the next or previous claim)` }
      : { tabindex: null, role: null, "aria-haspopup": null, "aria-label": null });
  }

  // The style attribute `styles` make (all !important), written on a scratch element of the mark's document.
  const scratchOf = new WeakMap();
  function styleText(mark, styles) {
    const doc = mark.ownerDocument;
    if (!scratchOf.has(doc)) scratchOf.set(doc, doc.createElement(TAG));
    const scratch = scratchOf.get(doc);
    scratch.removeAttribute("style");
    setImportant(scratch, styles);
    return scratch.getAttribute("style");
  }

  // Only what differs is written: restyling a mark that already looks right is no mutation at all for the page to see.
  function setAttributes(element, attributes) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null) {
        if (element.hasAttribute(name)) element.removeAttribute(name);
      } else if (element.getAttribute(name) !== value) {
        element.setAttribute(name, value);
      }
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

  return { TAG, createWrapper, style, unwrap, isProvisional };
})();
