// The popover for one claim: why it was flagged, its source, and what to ask.
//
// It lives in a closed shadow root so page CSS cannot restyle it and page
// scripts cannot reach into it; every piece of page or model text is set as
// textContent. The host element carries data-questions (loading|ready|error)
// so tests and assistive tools can tell when the questions have arrived.
//
// It sits beside the claim, never on it: below or above all of the claim's marks
// (whichever has room), following the claim as the page scrolls.
globalThis.ClaimlightPopover = globalThis.ClaimlightPopover ?? (() => {
  const HOST_TAG = "claimlight-popover";
  const { LEVEL_LOOKS, levelLookCss, describeSource, el } = globalThis.ClaimlightCommon;
  // Source kinds whose text names someone a search can find; "officials" or "a source" would only add noise.
  const SEARCHABLE_SOURCES = new Set(["named", "organisation"]);
  // Words a search engine cannot match a claim on: function words, attribution verbs, vague sources, hedges.
  const UNSEARCHED_WORDS = new Set((
    "a an the and or but nor of in on at to for from by with about as into onto than that this these those it its " +
    "he she they them their his her we our you your is are was were be been being has have had do does did will would " +
    "can could may might must shall should not no so if then there here which who whom whose what when where why how " +
    "said says say saying told tell tells claimed claims claim according reported reports reportedly allegedly alleged " +
    "stated added believed believes thought estimated some many most more less nearly around almost over under " +
    "officials official sources source experts analysts observers critics " +
    "also just only very all any each such other another same going get got"
  ).split(" "));
  const QUERY_FIGURES = 2;
  const QUERY_SOURCE_WORDS = 5;
  const QUERY_CONTENT_WORDS = 4;
  const CSS = `
    :host { all: initial; }
    .panel { box-sizing: border-box; width: min(420px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto;
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #ffffff;
      border: 1px solid #b9b9b9; border-top: 5px solid var(--edge); border-radius: 8px; padding: 12px 14px;
      box-shadow: 0 8px 28px rgba(0,0,0,.28); }
    .panel:focus { outline: none; }
    ${levelLookCss((level) => `.${level}`)}
    header { display: flex; align-items: flex-start; gap: 8px; }
    h2 { flex: 1; font-size: 15px; margin: 0 0 6px; }
    h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin: 10px 0 4px; color: #555; }
    .look-for { margin: 0 0 4px; font-size: 12px; color: #444; }
    .quote { margin: 0 0 6px; padding-left: 8px; border-left: 3px solid var(--edge); font-style: italic; }
    ul, ol { margin: 0; padding-left: 20px; }
    li { margin: 2px 0; }
    .by { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 8px; font-size: 11px; background: #eee; color: #333; }
    .by.model { background: #e6ddff; color: #3b1f8f; }
    .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
    button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #888; background: #f3f3f3; color: #1b1b1b; cursor: pointer; }
    button:hover { background: #e6e6e6; }
    button:focus-visible, a:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
    button[aria-pressed="true"] { background: #1b4f9c; color: #fff; border-color: #1b4f9c; }
    .close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
    .loading { color: #555; }
    .note { margin: 0 0 6px; padding: 4px 8px; border-radius: 6px; font-size: 13px; background: #f1f3f4; color: #1b1b1b; border-left: 3px solid #5f6368; }
    .note.changed { background: #fff4e5; border-left-color: #b06000; }
    .status { min-height: 1em; margin: 8px 0 0; color: #333; font-size: 12px; }
    a { color: #1a56b0; }
    @media (prefers-color-scheme: dark) {
      .panel { color: #ececec; background: #202124; border-color: #5f6368; }
      h3, .loading, .status, .look-for { color: #bdc1c6; }
      .by { background: #3c4043; color: #e8eaed; } .by.model { background: #3d2f6b; color: #e4dcff; }
      button { background: #303134; color: #e8eaed; border-color: #7a7d82; } button:hover { background: #3c4043; }
      button[aria-pressed="true"] { background: #8ab4f8; color: #202124; border-color: #8ab4f8; }
      a { color: #8ab4f8; }
      .note { background: #303134; color: #e8eaed; } .note.changed { background: #3c2f1a; }
    }
    @media (forced-colors: active) {
      .panel { border: 1px solid CanvasText; border-top: 5px solid CanvasText; }
      .note { border: 1px solid CanvasText; }
      button[aria-pressed="true"] { border: 2px solid Highlight; }
    }`;

  let current = null;

  function applyStyles(root, doc) {
    try {
      const sheet = new doc.defaultView.CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(el(doc, "style", { text: CSS }));
    }
  }

  const GAP = 8;
  const WANTED_HEIGHT = 260;
  // Only when the claim leaves less than this above and below it may the panel cover part of it.
  const MIN_PANEL_HEIGHT = 120;

  /** The box around all of a claim's marks (a claim may run over lines, links and bold words). */
  function claimBox(marks) {
    const rects = marks.filter((m) => m.isConnected).map((m) => m.getBoundingClientRect());
    if (!rects.length) return null;
    return {
      top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)),
      left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)),
    };
  }

  /** Put the panel below the claim when it fits there (or has more room there than above), else above, never over it. */
  function place(host, panel, marks) {
    const box = claimBox(marks);
    if (!box) return;
    const view = host.ownerDocument.defaultView;
    const width = Math.min(420, view.innerWidth - 2 * GAP);
    const left = Math.max(GAP, Math.min(box.left, view.innerWidth - width - GAP));
    const roomBelow = view.innerHeight - box.bottom - 2 * GAP;
    const roomAbove = box.top - 2 * GAP;
    host.style.setProperty("left", `${left}px`, "important");
    let room;
    if (roomBelow >= WANTED_HEIGHT || roomBelow >= roomAbove) {
      const top = Math.max(GAP, box.bottom + GAP);
      host.style.setProperty("top", `${top}px`, "important");
      host.style.setProperty("bottom", "auto", "important");
      room = view.innerHeight - top - GAP;
    } else {
      const bottom = Math.max(GAP, view.innerHeight - box.top + GAP);
      host.style.setProperty("bottom", `${bottom}px`, "important");
      host.style.setProperty("top", "auto", "important");
      room = view.innerHeight - bottom - GAP;
    }
    // The panel grows when the questions arrive: it scrolls inside the room it has, so it neither covers the claim nor falls off screen.
    panel.style.setProperty("max-height", `min(70vh, 560px, ${Math.max(MIN_PANEL_HEIGHT, room)}px)`);
  }

  const PROVISIONAL_TEXT = "Provisional level: the local model is still checking this claim, so its level may change.";

  function changedText(figureChange) {
    if (!figureChange) return "";
    const list = (figures) => (figures?.length ? figures.join(", ") : "none");
    return `Changed since you last read this page: the figures were ${list(figureChange.before)}, now ${list(figureChange.after)}.`;
  }

  function truncate(text, limit) {
    return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
  }

  async function copyText(text, root, doc) {
    if (doc.defaultView.navigator.clipboard && doc.defaultView.isSecureContext) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return;
    }
    const area = el(doc, "textarea", { "aria-hidden": "true" });
    area.value = text;
    root.append(area);
    area.select();
    const copied = doc.execCommand("copy");
    area.remove();
    if (!copied) throw new Error("copy refused");
  }

  /** What would settle a question (the server's `look_for`, missing on older servers), as one line or "". */
  function lookForLine(question) {
    const items = Array.isArray(question.look_for) ? question.look_for.filter((item) => typeof item === "string" && item.trim()) : [];
    return items.length ? `Look for: ${items.map((item) => item.trim()).join("; ")}` : "";
  }

  function questionItems(doc, questions) {
    return questions.map((q) => {
      const lookFor = lookForLine(q);
      return el(doc, "li", {}, [
        el(doc, "span", { text: q.text }),
        el(doc, "span", { class: q.by === "model" ? "by model" : "by", text: q.by === "model" ? "model-written" : "template" }),
        ...(lookFor ? [el(doc, "p", { class: "look-for", text: lookFor })] : []),
      ]);
    });
  }

  // "of", "for", "The" in "The Office for the Coordination of ..." go; "May" in "Theresa May" stays.
  function isFunctionWordInName(word) {
    const lower = word.toLowerCase();
    return UNSEARCHED_WORDS.has(lower) && (word === lower || lower === "the");
  }

  function words(text) {
    return text.match(/\p{L}[\p{L}\p{M}\p{N}'’-]*/gu) || [];
  }

  /**
   * A short web search for the claim: its figures, the source when it names someone, and a few
   * content words (names and places first), never the whole sentence.
   */
  function searchQuery(claim) {
    const figures = [...new Set((claim.figures || []).map((f) => f.text).filter(Boolean))].slice(0, QUERY_FIGURES);
    const source = SEARCHABLE_SOURCES.has(claim.source?.kind) && claim.source.text
      ? words(claim.source.text).filter((w) => !isFunctionWordInName(w)).slice(0, QUERY_SOURCE_WORDS)
      : [];
    const taken = new Set([...figures.flatMap(words), ...source].map((w) => w.toLowerCase()));
    const candidates = [];
    for (const [position, word] of words(claim.text || "").entries()) {
      const lower = word.toLowerCase();
      const tooShort = word.length < 3 && !(word.length === 2 && word === word.toUpperCase());
      if (taken.has(lower) || UNSEARCHED_WORDS.has(lower) || tooShort) continue;
      taken.add(lower);
      // A capital inside the sentence marks a name or place; the first word's capital says nothing.
      candidates.push({ word, at: candidates.length, proper: position > 0 && word[0] !== lower[0] });
    }
    const content = candidates
      .sort((a, b) => Number(b.proper) - Number(a.proper) || a.at - b.at)
      .slice(0, QUERY_CONTENT_WORDS)
      .sort((a, b) => a.at - b.at)
      .map((c) => c.word);
    return [...figures, ...source, ...content].join(" ");
  }

  function relatedItem(doc, item) {
    const who = item.source?.text ? `credited to ${describeSource(item.source)}` : "with no source named";
    const figures = (item.figures || []).map((f) => f.text).join(", ");
    const label = truncate(item.title || item.url || "another page", 80);
    const link = el(doc, "a", { text: label, target: "_blank", rel: "noopener noreferrer" });
    if (/^https?:\/\//i.test(item.url || "")) link.href = item.url;
    const what = (item.match || []).includes("figure") && figures ? `Same figure (${figures}) ` : "Same source ";
    return el(doc, "li", {}, [el(doc, "span", { text: `${what}${who}, on ` }), link]);
  }

  function close({ restoreFocus = true } = {}) {
    if (!current) return;
    const { host, anchor, doc, onOutside, onMove } = current;
    doc.removeEventListener("mousedown", onOutside, true);
    doc.defaultView.removeEventListener("scroll", onMove, true);
    doc.defaultView.removeEventListener("resize", onMove);
    host.remove();
    current = null;
    if (restoreFocus && anchor.isConnected) anchor.focus();
  }

  function trapFocus(event, root) {
    const focusable = [...root.querySelectorAll("button, a[href]")];
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && root.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && root.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  function levelOf(claim) {
    return claim.level in LEVEL_LOOKS ? claim.level : "low";
  }

  function showLevel(parts, claim, details) {
    const level = levelOf(claim);
    parts.panel.className = `panel ${level}`;
    parts.title.textContent = `${LEVEL_LOOKS[level].label}: check before believing`;
    parts.provisional.hidden = !details.provisional;
    const reasons = (claim.reasons || []).length ? claim.reasons : ["flagged by Claimlight's rules"];
    parts.reasons.replaceChildren(...reasons.map((r) => el(parts.doc, "li", { text: r })));
  }

  /** The open popover shows `claim` (as the model upgraded it) and whether its level is still provisional. */
  function refresh(claim, details = {}) {
    if (current?.claimId !== claim.id) return;
    showLevel(current.parts, claim, details);
  }

  /**
   * Open the popover for `claim` next to `anchor` (its first mark). `actions`
   * talks to the service worker: questions(id), feedback(id, verdict), related(id),
   * search(id, query) (opens the reader's search engine in a new tab), each resolving
   * to the service worker's answer or rejecting with {message}. `details`: the claim's
   * `marks` (the panel is placed clear of all of them), whether its level is `provisional`,
   * and the `figureChange` ({before, after}) when the page changed since it was last read.
   */
  function open(anchor, claim, actions, details = {}) {
    close({ restoreFocus: false });
    const doc = anchor.ownerDocument;
    const host = doc.createElement(HOST_TAG);
    host.dataset.claimId = claim.id;
    host.dataset.questions = "loading";
    for (const [name, value] of Object.entries({ all: "initial", position: "fixed", "z-index": "2147483647", display: "block" })) {
      host.style.setProperty(name, value, "important");
    }
    const root = host.attachShadow({ mode: "closed" });
    applyStyles(root, doc);

    const titleId = "claimlight-title";
    const marks = details.marks?.length ? details.marks : [anchor];
    const closeButton = el(doc, "button", { class: "close", type: "button", "aria-label": "Close", text: "×" });
    const loading = el(doc, "p", { class: "loading", role: "status", text: "Writing questions…" });
    const questionList = el(doc, "ol");
    const questionSection = el(doc, "section", { "aria-busy": "true", "aria-labelledby": "claimlight-q" }, [
      el(doc, "h3", { id: "claimlight-q", text: "Ask before believing it" }), loading, questionList,
    ]);
    const copyButton = el(doc, "button", { type: "button", text: "Copy questions", disabled: "" });
    const usefulButton = el(doc, "button", { type: "button", "aria-pressed": String(claim.feedback === "useful"), text: "Useful" });
    const notClaimButton = el(doc, "button", { type: "button", "aria-pressed": String(claim.feedback === "not_a_claim"), text: "Not a claim" });
    const relatedButton = el(doc, "button", { type: "button", "aria-expanded": "false", text: "Seen elsewhere" });
    const query = searchQuery(claim);
    const searchButton = el(doc, "button", { type: "button", title: `Opens a web search in a new tab for: ${query}`, text: "Search for this" });
    const relatedList = el(doc, "ul");
    const relatedSection = el(doc, "section", { hidden: "", "aria-labelledby": "claimlight-r" }, [
      el(doc, "h3", { id: "claimlight-r", text: "The same figure or source on other pages" }), relatedList,
    ]);
    const status = el(doc, "p", { class: "status", role: "status", "aria-live": "polite" });
    const title = el(doc, "h2", { id: titleId });
    const provisional = el(doc, "p", { class: "note provisional", text: PROVISIONAL_TEXT });
    const changed = changedText(details.figureChange);
    const reasonList = el(doc, "ul");
    const panel = el(doc, "div", { role: "dialog", "aria-modal": "false", "aria-labelledby": titleId, tabindex: "-1" }, [
      el(doc, "header", {}, [title, closeButton]),
      provisional,
      ...(changed ? [el(doc, "p", { class: "note changed", text: changed })] : []),
      el(doc, "blockquote", { class: "quote", text: truncate(claim.text || "", 240) }),
      el(doc, "h3", { text: "Why it was flagged" }),
      reasonList,
      el(doc, "h3", { text: "Source" }),
      el(doc, "p", { text: describeSource(claim.source) }),
      questionSection,
      el(doc, "div", { class: "actions" }, [copyButton, usefulButton, notClaimButton, relatedButton, ...(query ? [searchButton] : [])]),
      relatedSection,
      status,
    ]);
    const parts = { doc, panel, title, provisional, reasons: reasonList };
    showLevel(parts, claim, details);
    root.append(panel);
    doc.documentElement.append(host);
    place(host, panel, marks);

    const onOutside = (event) => {
      if (event.target !== host && event.target !== anchor) close({ restoreFocus: false });
    };
    // The popover is fixed in the window: when the page scrolls it moves with the claim, once a frame.
    let moving = false;
    const onMove = () => {
      if (moving) return;
      moving = true;
      doc.defaultView.requestAnimationFrame(() => {
        moving = false;
        if (current?.host === host) place(host, panel, marks);
      });
    };
    doc.addEventListener("mousedown", onOutside, true);
    doc.defaultView.addEventListener("scroll", onMove, { capture: true, passive: true });
    doc.defaultView.addEventListener("resize", onMove);
    current = { host, anchor, doc, onOutside, onMove, claimId: claim.id, parts };

    host.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        close();
      } else if (event.key === "Tab") {
        trapFocus(event, root);
      }
    });
    closeButton.addEventListener("click", () => close());

    let questionsText = "";
    actions.questions(claim.id).then((answer) => {
      const questions = answer.questions || [];
      questionList.append(...questionItems(doc, questions));
      questionsText = questions.map((q, i) => [`${i + 1}. ${q.text}`, lookForLine(q)].filter(Boolean).join("\n   ")).join("\n");
      loading.textContent = questions.length ? "" : "No questions for this claim.";
      copyButton.removeAttribute("disabled");
      host.dataset.questions = "ready";
    }, (error) => {
      loading.textContent = `Could not get questions: ${error.message}`;
      host.dataset.questions = "error";
    }).finally(() => questionSection.setAttribute("aria-busy", "false"));

    copyButton.addEventListener("click", () => {
      copyText(`${claim.text}\n\n${questionsText}`, root, doc)
        .then(() => { status.textContent = "Questions copied."; }, () => { status.textContent = "The browser refused to copy; select the questions and copy them by hand."; });
    });

    const sendFeedback = (verdict, button, other) => {
      actions.feedback(claim.id, verdict).then(() => {
        button.setAttribute("aria-pressed", "true");
        other.setAttribute("aria-pressed", "false");
        status.textContent = verdict === "useful" ? "Thanks: marked useful." : "Thanks: marked as not a claim.";
      }, (error) => { status.textContent = `Feedback not saved: ${error.message}`; });
    };
    usefulButton.addEventListener("click", () => sendFeedback("useful", usefulButton, notClaimButton));
    notClaimButton.addEventListener("click", () => sendFeedback("not_a_claim", notClaimButton, usefulButton));

    // Nothing leaves the machine until this click; the service worker opens the reader's chosen engine.
    searchButton.addEventListener("click", () => {
      actions.search(claim.id, query).then((answer) => {
        status.textContent = `Opened ${answer.engine} in a new tab, searching for: ${query}`;
      }, (error) => { status.textContent = `Could not search: ${error.message}`; });
    });

    relatedButton.addEventListener("click", () => {
      if (relatedButton.getAttribute("aria-expanded") === "true") {
        relatedSection.hidden = true;
        relatedButton.setAttribute("aria-expanded", "false");
        return;
      }
      status.textContent = "Looking through your history…";
      actions.related(claim.id).then((answer) => {
        const items = answer.related || [];
        relatedList.replaceChildren(...(items.length ? items.map((item) => relatedItem(doc, item)) : [el(doc, "li", { text: "Not seen on any other page in your history." })]));
        relatedSection.hidden = false;
        relatedButton.setAttribute("aria-expanded", "true");
        status.textContent = "";
      }, (error) => { status.textContent = `Could not look up related claims: ${error.message}`; });
    });

    panel.focus();
    return host;
  }

  return { HOST_TAG, open, close, refresh, searchQuery, isOpen: () => current !== null };
})();
