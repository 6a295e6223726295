// "This page changed since you read it": the server compares each new version of a page
// (same URL, other text) with the last one in the history and sends the differences in the
// analysis's `changes` ({previous_id, figures_changed, claims_gone, claims_new}).

// How far the server's clock stamp of a version may lie before the request that made it and
// still count as new (same machine, so only the time the analysis itself took).
const NEW_VERSION_SLACK_MS = 5_000;

/**
 * What changed since the reader last read this page, or null. Nothing is reported when
 *  - the server sent no changes, or nothing in them;
 *  - the previous version was read in this same visit (`visitAnalysisIds`): the page only
 *    loaded more of itself (lazy paragraphs), it did not change;
 *  - this version is not new (`analysed_at` before `requestedAt`): the reader has been shown
 *    it already, on an earlier visit, so its changes are old news.
 */
export function changesSinceLastRead(analysis, { visitAnalysisIds = [], requestedAt = Date.now() } = {}) {
  const changes = analysis?.changes;
  if (!changes || typeof changes !== "object") return null;
  if (visitAnalysisIds.includes(changes.previous_id)) return null;
  const stamped = Date.parse(analysis.analysed_at || "");
  if (Number.isFinite(stamped) && stamped < requestedAt - NEW_VERSION_SLACK_MS) return null;
  const figuresChanged = (Array.isArray(changes.figures_changed) ? changes.figures_changed : [])
    .filter((c) => c && typeof c.claim_id === "string")
    .map((c) => ({ claimId: c.claim_id, before: (c.before || []).map(String), after: (c.after || []).map(String) }));
  const claimsGone = (Array.isArray(changes.claims_gone) ? changes.claims_gone : [])
    .filter((c) => c && typeof c.text === "string").map((c) => ({ text: c.text }));
  const claimsNew = Number.isInteger(changes.claims_new) ? changes.claims_new : 0;
  if (!figuresChanged.length && !claimsGone.length && !claimsNew) return null;
  return { figuresChanged, claimsGone, claimsNew };
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

/** One sentence for the popup and side panel, e.g. "This page changed since you last read it: 1 figure changed, 2 claims gone." */
export function describeChanges(changed) {
  if (!changed) return "";
  const parts = [];
  if (changed.figuresChanged.length) parts.push(`${plural(changed.figuresChanged.length, "figure", "figures")} changed`);
  if (changed.claimsGone.length) parts.push(`${plural(changed.claimsGone.length, "claim", "claims")} gone`);
  if (changed.claimsNew) parts.push(`${plural(changed.claimsNew, "new claim", "new claims")}`);
  return `This page changed since you last read it: ${parts.join(", ")}.`;
}
