// The content script: captures the rendered page, shows the server's claims in
// it, keeps them anchored while the page changes, and opens the popover.
//
// It runs in the extension's isolated world: nothing here is reachable from
// page scripts, and it never holds the token (the service worker does the
// talking to the server).
//
// It touches the page as little as it can: a new analysis keeps the marks of
// the claims it still has (a re-analysis of an unchanged page changes nothing
// in the DOM), a page mutation re-anchors only the claims whose marks vanished
// or whose text changed, a claim that does not anchor is retried with a
// growing delay and only after the page changed again, and a second injection
// of these scripts into the same page reuses the running instance.
//
// Only the reader's own clicks and keys open a popover (event.isTrusted): a page
// script cannot make Claimlight ask the server about a claim by clicking for them.
globalThis.ClaimlightContent = globalThis.ClaimlightContent ?? (() => {
  const ext = globalThis.browser ?? globalThis.chrome;
  const { buildIndex, anchorClaims } = globalThis.ClaimlightAnchor;
  const { TAG, createWrapper, style, unwrap } = globalThis.ClaimlightHighlight;
  const STRIPPED_TAGS = "script, style, noscript, template, link[rel=stylesheet], " + ClaimlightPopover.HOST_TAG;
  const REANCHOR_DELAY_MS = 150;
  const NEW_TEXT_CHARS = 200;
  const REANALYSE_QUIET_MS = 700;
  const MAX_REANALYSES = 5;
  const FIRST_BATCH = 20;
  const BATCH = 80;
  const RETRY_FIRST_MS = 500;
  const RETRY_MAX_MS = 30_000;

  let claims = [];
  let marks = new Map();
  // Claim id -> the text its marks held when wrapped: marks still in the page with that text are left alone.
  let wrappedText = new Map();
  // Claim id -> {failures, notBefore, seq} for claims that did not anchor: retried later, and only after the page changed.
  let misses = new Map();
  let pageChanges = 0;
  let retryTimer = null;
  // The popup's claim filter is stored per site, under the key lib/settings.js siteFilterKey() makes.
  const SITE_FILTER_KEY = `claimFilter:${location.hostname.toLowerCase()}`;

  // How marks look: the reader's toggle and filter, whether the model may still change the levels,
  // and whether the system forces its own colours (then only the underline shapes tell levels apart).
  const forcedColours = globalThis.matchMedia?.("(forced-colors: active)");
  let prefs = { showHighlights: true, claimFilter: "all", modelPending: false, forcedColors: Boolean(forcedColours?.matches) };
  // Claim id -> {before, after}: figures the page changed since the reader last read it.
  let figureChanges = new Map();
  // Which document this is: the service worker's tab state belongs to one document at one address.
  const INSTANCE = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  // The mark the reader last moved to with the next/previous-claim keys.
  let stepped = null;
  let observer = null;
  let reanchorTimer = null;
  let reanalyseTimer = null;
  let newTextChars = 0;
  let reanalyses = 0;
  let generation = 0;
  let pass = Promise.resolve();

  /** The page as rendered now, minus script/style bodies and our own marks. */
  function capture() {
    const clone = document.documentElement.cloneNode(true);
    for (const node of clone.querySelectorAll(STRIPPED_TAGS)) node.remove();
    for (const mark of clone.querySelectorAll(TAG)) mark.replaceWith(...mark.childNodes);
    return { url: location.href, title: document.title, html: clone.outerHTML };
  }

  function ask(message) {
    return ext.runtime.sendMessage(message).then((answer) => {
      if (!answer || answer.error) throw new Error(answer?.error?.message || "No answer from Claimlight.");
      return answer;
    });
  }

  const popoverActions = {
    questions: (claimId) => ask({ type: "questions", claimId }),
    // The verdict shows at once: "Not a claim" lowers the highlight to low, "Useful" puts its level back.
    feedback: (claimId, verdict) => ask({ type: "feedback", claimId, verdict }).then((answer) => {
      const claim = claims.find((c) => c.id === claimId);
      if (claim && answer.level) updateClaims([{ ...claim, level: answer.level, reasons: answer.reasons, feedback: verdict }]);
      return answer;
    }),
    related: (claimId) => ask({ type: "related", claimId }),
    search: (claimId, query) => ask({ type: "search-claim", claimId, query }),
  };

  function claimOf(mark) {
    return claims.find((c) => c.id === mark.dataset.claimId);
  }

  function markFrom(event) {
    const target = event.target instanceof Element ? event.target.closest(TAG) : null;
    return target && target.dataset.shown === "true" ? target : null;
  }

  function popoverDetails(claim) {
    return { marks: marks.get(claim.id) || [], provisional: ClaimlightHighlight.isProvisional(claim, prefs), figureChange: figureChanges.get(claim.id) || null };
  }

  function openFor(mark) {
    const claim = claimOf(mark);
    const first = marks.get(claim?.id)?.[0];
    if (claim && first) ClaimlightPopover.open(first, claim, popoverActions, popoverDetails(claim));
  }

  function onClick(event) {
    if (!event.isTrusted) return; // a page script's synthetic click: not the reader's
    const mark = markFrom(event);
    if (!mark) return;
    event.preventDefault();
    event.stopPropagation();
    openFor(mark);
  }

  // The first marks of the claims shown, in page order: what the next/previous-claim keys move through.
  function shownFirstMarks() {
    const ours = new Set([...marks.values()].map((claimMarks) => claimMarks[0]));
    return [...document.querySelectorAll(`${TAG}[data-part="first"][data-shown="true"]`)].filter((m) => ours.has(m));
  }

  function focusMark(mark) {
    mark.focus({ preventScroll: true });
    const smooth = !globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    mark.scrollIntoView?.({ block: "center", behavior: smooth ? "smooth" : "auto" });
  }

  /** Focus the next (1) or previous (-1) claim: after the focused one, else after the last one moved to, else from the top of the view. */
  function stepClaim(direction) {
    const list = shownFirstMarks();
    if (!list.length) return { claimId: null, index: -1, total: 0 };
    const focused = list.indexOf(document.activeElement);
    const from = focused >= 0 ? focused : list.indexOf(stepped);
    let index;
    if (from >= 0) {
      index = (from + direction + list.length) % list.length;
    } else {
      const below = list.findIndex((m) => m.getBoundingClientRect().top >= 0);
      const firstBelow = below < 0 ? list.length : below;
      index = direction > 0 ? firstBelow % list.length : (firstBelow - 1 + list.length) % list.length;
    }
    stepped = list[index];
    ClaimlightPopover.close({ restoreFocus: false });
    focusMark(stepped);
    return { claimId: stepped.dataset.claimId, index, total: list.length };
  }

  /** The side panel's list: move to one claim's first mark. */
  function focusClaim(claimId) {
    const first = marks.get(claimId)?.find((m) => m.isConnected);
    if (!first) return { focused: false, reason: "missing" };
    if (first.dataset.shown !== "true") return { focused: false, reason: "filtered" };
    stepped = first;
    focusMark(first);
    return { focused: true };
  }

  const STEP_KEYS = { n: 1, N: 1, p: -1, P: -1 };

  function onKeydown(event) {
    if (!event.isTrusted || event.altKey || event.ctrlKey || event.metaKey) return;
    const mark = markFrom(event);
    if (!mark || mark.dataset.part !== "first") return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openFor(mark);
    } else if (Object.hasOwn(STEP_KEYS, event.key)) {
      event.preventDefault();
      stepClaim(STEP_KEYS[event.key]);
    }
  }

  function withoutObserving(change) {
    observer?.disconnect();
    try {
      return change();
    } finally {
      observer?.takeRecords();
      observer?.observe(document.body, { childList: true, subtree: true, characterData: true });
    }
  }

  // How far (px) a claim is from the visible part of the page: the nearest are highlighted first.
  function distanceFromView({ segments }) {
    const first = segments[0];
    const last = segments[segments.length - 1];
    const range = document.createRange();
    range.setStart(first.node, first.from);
    range.setEnd(last.node, last.to);
    const rect = range.getBoundingClientRect?.();
    if (!rect) return 0;
    if (rect.bottom < 0) return -rect.bottom;
    return Math.max(0, rect.top - window.innerHeight);
  }

  function nextTask() {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  function marksText(claimMarks) {
    return claimMarks.map((mark) => mark.textContent).join("");
  }

  // The claim's marks are all still in the page, holding the text they were given.
  function intact(claimId) {
    const claimMarks = marks.get(claimId);
    return Boolean(claimMarks?.length) && claimMarks.every((m) => m.isConnected) && marksText(claimMarks) === wrappedText.get(claimId);
  }

  function retryDelay(failures) {
    return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failures - 1));
  }

  // A claim that did not anchor is tried again only once the page has changed since, and not before its delay.
  function isDue(claim, now) {
    const miss = misses.get(claim.id);
    return !miss || (miss.seq !== pageChanges && miss.notBefore <= now);
  }

  function scheduleRetry(now) {
    clearTimeout(retryTimer);
    retryTimer = null;
    let soonest = Infinity;
    for (const miss of misses.values()) if (miss.seq !== pageChanges) soonest = Math.min(soonest, miss.notBefore);
    if (soonest < Infinity) retryTimer = setTimeout(anchorMissing, Math.max(REANCHOR_DELAY_MS, soonest - now));
  }

  function noteMisses(missing, now) {
    for (const claim of missing) {
      const failures = (misses.get(claim.id)?.failures || 0) + 1;
      misses.set(claim.id, { failures, notBefore: now + retryDelay(failures), seq: pageChanges });
    }
  }

  // Anchor the claims that have no intact marks in the page (any more) and are due, then wrap them in
  // batches, yielding to the page between batches so the first highlights paint at once. `timing`
  // (ms per step) goes back to the service worker for the benchmark.
  async function anchorLost(passGeneration) {
    const now = performance.now();
    const lost = claims.filter((c) => !intact(c.id) && isDue(c, now));
    if (!lost.length || passGeneration !== generation) {
      if (passGeneration === generation) scheduleRetry(now);
      return { anchored: marks.size, missing: claims.filter((c) => !marks.has(c.id)).map((c) => c.id), timing: {}, wrapped: 0 };
    }
    const timing = {};
    const t0 = performance.now();
    const result = withoutObserving(() => {
      for (const claim of lost) {
        unwrap((marks.get(claim.id) || []).filter((m) => m.isConnected));
        marks.delete(claim.id);
        wrappedText.delete(claim.id);
      }
      const index = buildIndex(document.body);
      timing.index_ms = performance.now() - t0;
      return anchorClaims(index, lost);
    });
    timing.anchor_ms = performance.now() - t0 - timing.index_ms;
    for (const { claim } of result.anchored) misses.delete(claim.id);
    noteMisses(result.missing, performance.now());
    const t1 = performance.now();
    const distances = new Map(result.anchored.map((item) => [item, distanceFromView(item)]));
    const ordered = [...result.anchored].sort((a, b) => distances.get(a) - distances.get(b));
    timing.order_ms = performance.now() - t1;
    const wrapper = createWrapper();
    let wrapped = 0;
    for (let at = 0; at < ordered.length;) {
      if (passGeneration !== generation) break;
      const batch = ordered.slice(at, at + (at === 0 ? FIRST_BATCH : BATCH));
      const t2 = performance.now();
      withoutObserving(() => {
        for (const [id, claimMarks] of wrapper.wrap(batch, prefs)) {
          marks.set(id, claimMarks);
          wrappedText.set(id, marksText(claimMarks));
          wrapped += 1;
        }
        for (const { claim, method } of batch) for (const mark of marks.get(claim.id) || []) mark.dataset.anchor = method;
      });
      if (at === 0) timing.first_ms = performance.now() - t2;
      at += batch.length;
      if (at < ordered.length) await nextTask();
    }
    if (passGeneration === generation) scheduleRetry(performance.now());
    return { anchored: marks.size, missing: claims.filter((c) => !marks.has(c.id)).map((c) => c.id), timing, wrapped };
  }

  /** One anchoring pass at a time, in the order asked. */
  function anchorMissing() {
    const passGeneration = generation;
    pass = pass.then(() => anchorLost(passGeneration));
    return pass;
  }

  function ours(node) {
    return node.nodeType === 1 && (node.localName === TAG || node.localName === ClaimlightPopover.HOST_TAG);
  }

  // Text the page added after it was analysed (lazy-loaded article bodies): enough of it asks for a fresh analysis.
  function noteNewText(records) {
    for (const record of records) {
      for (const node of record.addedNodes) if (!ours(node)) newTextChars += (node.textContent || "").trim().length;
    }
    if (newTextChars < NEW_TEXT_CHARS || reanalyses >= MAX_REANALYSES) return;
    clearTimeout(reanalyseTimer);
    reanalyseTimer = setTimeout(() => {
      newTextChars = 0;
      reanalyses += 1;
      ext.runtime.sendMessage({ type: "page-changed" });
    }, REANALYSE_QUIET_MS);
  }

  function onMutations(records) {
    const relevant = records.some((r) => r.type === "characterData" || [...r.addedNodes, ...r.removedNodes].some((n) => !ours(n)));
    if (!relevant) return;
    pageChanges += 1;
    clearTimeout(reanchorTimer);
    reanchorTimer = setTimeout(anchorMissing, REANCHOR_DELAY_MS);
    noteNewText(records);
  }

  // Claims of two analyses are the same claim when they quote the same text (ids change with the article text).
  function claimKey(claim) {
    return ClaimlightAnchor.normalize(claim.selector?.exact || "").trim();
  }

  function byPosition(a, b) {
    return (a.selector?.start ?? 0) - (b.selector?.start ?? 0);
  }

  /**
   * Show the claims of a new analysis. Claims it shares with what is shown keep their marks
   * (re-labelled with the new ids and levels); only claims that are gone are unwrapped and
   * only new ones anchored, so re-analysing an unchanged page leaves the DOM as it is.
   */
  async function show(analysis) {
    generation += 1;
    await pass;
    const next = analysis.claims || [];
    const shownNow = new Map();
    for (const claim of [...claims].sort(byPosition)) {
      if (!intact(claim.id)) continue;
      const key = claimKey(claim);
      if (!shownNow.has(key)) shownNow.set(key, []);
      shownNow.get(key).push(claim);
    }
    const kept = new Map();
    for (const claim of [...next].sort(byPosition)) {
      const old = shownNow.get(claimKey(claim))?.shift();
      if (old) kept.set(claim.id, old);
    }
    const openClaim = document.querySelector(ClaimlightPopover.HOST_TAG)?.dataset.claimId;
    if (openClaim && kept.get(openClaim)?.id !== openClaim) ClaimlightPopover.close({ restoreFocus: false });
    const keptOld = new Set([...kept.values()].map((c) => c.id));
    const nextMarks = new Map();
    const nextText = new Map();
    if (!observer) observer = new MutationObserver(onMutations);
    withoutObserving(() => {
      for (const [id, claimMarks] of marks) if (!keptOld.has(id)) unwrap(claimMarks);
      for (const claim of next) {
        const old = kept.get(claim.id);
        if (!old) continue;
        const claimMarks = marks.get(old.id);
        for (const mark of claimMarks) if (mark.dataset.claimId !== claim.id) mark.dataset.claimId = claim.id;
        if (old.id !== claim.id || old.level !== claim.level) {
          for (const mark of claimMarks) mark.dataset.level = claim.level;
          style(claimMarks, claim, prefs);
        }
        nextMarks.set(claim.id, claimMarks);
        nextText.set(claim.id, wrappedText.get(old.id));
      }
    });
    marks = nextMarks;
    wrappedText = nextText;
    misses = new Map();
    claims = next;
    newTextChars = 0;
    figureChanges = new Map((analysis.figureChanges || []).map((c) => [c.claimId, { before: c.before, after: c.after }]));
    if (prefs.modelPending !== Boolean(analysis.modelPending)) {
      prefs.modelPending = Boolean(analysis.modelPending);
      restyle();
    }
    const started = performance.now();
    const result = await anchorMissing();
    return {
      total: claims.length, anchored: result.anchored, missing: result.missing, kept: kept.size, wrapped: result.wrapped,
      anchor_ms: Math.round(performance.now() - started), timing: result.timing,
    };
  }

  function restyle() {
    for (const claim of claims) {
      const claimMarks = marks.get(claim.id);
      if (claimMarks) style(claimMarks, claim, prefs);
    }
  }

  /** The model's upgrades: new levels for known claims, and claims it added (sentences the rules passed over). */
  async function updateClaims(updated) {
    const added = updated.filter((claim) => !claims.some((c) => c.id === claim.id));
    for (const claim of updated) {
      const index = claims.findIndex((c) => c.id === claim.id);
      if (index < 0) continue;
      claims[index] = claim;
      const claimMarks = marks.get(claim.id) || [];
      for (const mark of claimMarks) mark.dataset.level = claim.level;
      if (claimMarks.length) style(claimMarks, claim, prefs);
      ClaimlightPopover.refresh(claim, popoverDetails(claim));
    }
    if (!added.length) return;
    claims = [...claims, ...added].sort(byPosition);
    await anchorMissing();
  }

  /** The model is done (or not): claims it did not score keep their rules' level, no longer provisional. */
  function setModelPending(pending) {
    prefs.modelPending = pending;
    restyle();
    for (const claim of claims) ClaimlightPopover.refresh(claim, popoverDetails(claim));
  }

  /** The page moved to another address in the same document (a single-page app): its highlights belong to the page it left. */
  function forget() {
    generation += 1;
    clearTimeout(reanchorTimer);
    clearTimeout(reanalyseTimer);
    clearTimeout(retryTimer);
    ClaimlightPopover.close({ restoreFocus: false });
    withoutObserving(() => unwrap([...marks.values()].flat().filter((m) => m.isConnected)));
    observer?.disconnect();
    observer = null;
    claims = [];
    marks = new Map();
    wrappedText = new Map();
    misses = new Map();
    figureChanges = new Map();
    stepped = null;
    newTextChars = 0;
    reanalyses = 0;
    prefs.modelPending = false;
    return { ok: true };
  }

  const handlers = {
    capture: () => capture(),
    where: () => ({ href: location.href, instance: INSTANCE }),
    "show-analysis": (message) => show(message.analysis),
    "update-claims": async (message) => { await updateClaims(message.claims || []); return { ok: true }; },
    "model-progress": (message) => { setModelPending(Boolean(message.pending)); return { ok: true }; },
    forget: () => forget(),
    "focus-claim": (message) => focusClaim(message.claimId),
    "step-claim": (message) => stepClaim(message.direction < 0 ? -1 : 1),
  };

  ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== ext.runtime.id || sender.tab) return false;
    const handler = handlers[message?.type];
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(message))
      .then(sendResponse, (error) => sendResponse({ error: { code: "content_error", message: String(error.message || error) } }));
    return true;
  });

  ext.storage.local.get(["showHighlights", SITE_FILTER_KEY]).then((stored) => {
    if ("showHighlights" in stored) prefs.showHighlights = stored.showHighlights;
    if (SITE_FILTER_KEY in stored) prefs.claimFilter = stored[SITE_FILTER_KEY];
    restyle();
  });
  forcedColours?.addEventListener?.("change", (event) => {
    prefs.forcedColors = event.matches;
    restyle();
  });
  ext.storage.onChanged.addListener((changes, area) => {
    if (area !== "local" || !("showHighlights" in changes || SITE_FILTER_KEY in changes)) return;
    if ("showHighlights" in changes) prefs.showHighlights = changes.showHighlights.newValue;
    if (SITE_FILTER_KEY in changes) prefs.claimFilter = changes[SITE_FILTER_KEY].newValue ?? "all";
    restyle();
  });

  // Marks already in the page belong to an instance that is gone (the extension was reloaded): take them out.
  for (const stale of document.querySelectorAll(TAG)) unwrap([stale]);

  document.addEventListener("click", onClick, true);
  document.addEventListener("keydown", onKeydown, true);

  return { capture, show };
})();
