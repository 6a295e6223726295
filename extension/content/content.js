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

  let prefs = { showHighlights: true, claimFilter: "all" };
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
    feedback: (claimId, verdict) => ask({ type: "feedback", claimId, verdict }),
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

  function openFor(mark) {
    const claim = claimOf(mark);
    const first = marks.get(claim?.id)?.[0];
    if (claim && first) ClaimlightPopover.open(first, claim, popoverActions);
  }

  function onClick(event) {
    const mark = markFrom(event);
    if (!mark) return;
    event.preventDefault();
    event.stopPropagation();
    openFor(mark);
  }

  function onKeydown(event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    const mark = markFrom(event);
    if (!mark || mark.dataset.part !== "first") return;
    event.preventDefault();
    openFor(mark);
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

  function updateClaims(updated) {
    for (const claim of updated) {
      const index = claims.findIndex((c) => c.id === claim.id);
      if (index < 0) continue;
      claims[index] = claim;
      const claimMarks = marks.get(claim.id) || [];
      for (const mark of claimMarks) mark.dataset.level = claim.level;
      if (claimMarks.length) style(claimMarks, claim, prefs);
    }
  }

  const handlers = {
    capture: () => capture(),
    "show-analysis": (message) => show(message.analysis),
    "update-claims": (message) => { updateClaims(message.claims || []); return { ok: true }; },
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
