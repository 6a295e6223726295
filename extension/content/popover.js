// The popover for one claim: why it was flagged, its source, and what to ask.
//
// It lives in a closed shadow root so page CSS cannot restyle it and page
// scripts cannot reach into it; every piece of page or model text is set as
// textContent. The host element carries data-questions (loading|ready|error)
// so tests and assistive tools can tell when the questions have arrived.
globalThis.ClaimlightPopover = globalThis.ClaimlightPopover ?? (() => {
  const HOST_TAG = "claimlight-popover";
  const KIND_WORDS = {
    named: "a named person",
    organisation: "a named organisation",
    anonymous: "an unnamed source",
    vague: "no identifiable source",
    none: "the article itself, with no source",
  };
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
    .high { --edge: #b71c1c; } .medium { --edge: #8a5300; } .low { --edge: #1b4f9c; }
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
    .status { min-height: 1em; margin: 8px 0 0; color: #333; font-size: 12px; }
    a { color: #1a56b0; }
    @media (prefers-color-scheme: dark) {
      .panel { color: #ececec; background: #202124; border-color: #5f6368; }
      h3, .loading, .status, .look-for { color: #bdc1c6; }
      .by { background: #3c4043; color: #e8eaed; } .by.model { background: #3d2f6b; color: #e4dcff; }
      button { background: #303134; color: #e8eaed; border-color: #7a7d82; } button:hover { background: #3c4043; }
      button[aria-pressed="true"] { background: #8ab4f8; color: #202124; border-color: #8ab4f8; }
      a { color: #8ab4f8; }
      .high { --edge: #f28b82; } .medium { --edge: #fdd663; } .low { --edge: #8ab4f8; }
    }`;

  let current = null;

  function el(doc, tag, props = {}, children = []) {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (name === "text") node.textContent = value;
      else if (name === "class") node.className = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  function applyStyles(root, doc) {
    try {
      const sheet = new doc.defaultView.CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(el(doc, "style", { text: CSS }));
    }
  }

  const MIN_PANEL_HEIGHT = 160;

  function place(host, panel, anchor) {
    const view = anchor.ownerDocument.defaultView;
    const rect = anchor.getBoundingClientRect();
    const width = Math.min(420, view.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, view.innerWidth - width - 8));
    const below = rect.bottom + 8;
    const fitsBelow = below + 260 < view.innerHeight || rect.top < view.innerHeight / 2;
    host.style.setProperty("left", `${left}px`, "important");
    let room;
    if (fitsBelow) {
      const top = Math.max(8, below);
      host.style.setProperty("top", `${top}px`, "important");
      host.style.setProperty("bottom", "auto", "important");
      room = view.innerHeight - top - 8;
    } else {
      const bottom = Math.max(8, view.innerHeight - rect.top + 8);
      host.style.setProperty("bottom", `${bottom}px`, "important");
      host.style.setProperty("top", "auto", "important");
      room = view.innerHeight - bottom - 8;
    }
    // The panel grows when the questions arrive: it scrolls inside the room it has, so its buttons never fall off screen.
    panel.style.setProperty("max-height", `min(70vh, 560px, ${Math.max(MIN_PANEL_HEIGHT, room)}px)`);
  }

  function sourceLine(claim) {
    const source = claim.source || {};
    const kind = KIND_WORDS[source.kind] || source.kind || "unknown";
    return source.text ? `${source.text} (${kind})` : `Credited to ${kind}.`;
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
    const who = item.source?.text ? `credited to ${item.source.text} (${KIND_WORDS[item.source.kind] || item.source.kind})` : "with no source named";
    const figures = (item.figures || []).map((f) => f.text).join(", ");
    const label = truncate(item.title || item.url || "another page", 80);
    const link = el(doc, "a", { text: label, target: "_blank", rel: "noopener noreferrer" });
    if (/^https?:\/\//i.test(item.url || "")) link.href = item.url;
    const what = (item.match || []).includes("figure") && figures ? `Same figure (${figures}) ` : "Same source ";
    return el(doc, "li", {}, [el(doc, "span", { text: `${what}${who}, on ` }), link]);
  }

  function close({ restoreFocus = true } = {}) {
    if (!current) return;
    const { host, anchor, doc, onOutside } = current;
    doc.removeEventListener("mousedown", onOutside, true);
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

  /**
   * Open the popover for `claim` next to `anchor` (its first mark). `actions`
   * talks to the service worker: questions(id), feedback(id, verdict), related(id),
   * search(id, query) (opens the reader's search engine in a new tab), each resolving
   * to the service worker's answer or rejecting with {message}.
   */
  function open(anchor, claim, actions) {
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

    const level = claim.level in ClaimlightHighlight.LEVELS ? claim.level : "low";
    const levelLabel = ClaimlightHighlight.LEVELS[level].label;
    const titleId = "claimlight-title";
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
    const reasons = (claim.reasons || []).length ? claim.reasons : ["flagged by Claimlight's rules"];
    const panel = el(doc, "div", { class: `panel ${level}`, role: "dialog", "aria-modal": "false", "aria-labelledby": titleId, tabindex: "-1" }, [
      el(doc, "header", {}, [el(doc, "h2", { id: titleId, text: `${levelLabel}: check before believing` }), closeButton]),
      el(doc, "blockquote", { class: "quote", text: truncate(claim.text || "", 240) }),
      el(doc, "h3", { text: "Why it was flagged" }),
      el(doc, "ul", {}, reasons.map((r) => el(doc, "li", { text: r }))),
      el(doc, "h3", { text: "Source" }),
      el(doc, "p", { text: sourceLine(claim) }),
      questionSection,
      el(doc, "div", { class: "actions" }, [copyButton, usefulButton, notClaimButton, relatedButton, ...(query ? [searchButton] : [])]),
      relatedSection,
      status,
    ]);
    root.append(panel);
    doc.documentElement.append(host);
    place(host, panel, anchor);

    const onOutside = (event) => {
      if (event.target !== host && event.target !== anchor) close({ restoreFocus: false });
    };
    doc.addEventListener("mousedown", onOutside, true);
    current = { host, anchor, doc, onOutside };

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

  return { HOST_TAG, open, close, searchQuery, isOpen: () => current !== null };
})();
