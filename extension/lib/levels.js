// Claim levels as the reader sees them, and whether the local model may still change them.

export const LEVELS = ["high", "medium", "low"];

/** {high, medium, low} for a list of claims. */
export function countLevels(claims) {
  const counts = { high: 0, medium: 0, low: 0 };
  for (const claim of claims) if (Object.hasOwn(counts, claim.level)) counts[claim.level] += 1;
  return counts;
}

/** The model has scored this claim (its level is the model's word, not only the rules'). */
export function judgedByModel(claim) {
  return String(claim?.judged_by || "").startsWith("model:");
}

/** While the model works on the page, a claim it has not scored yet keeps a provisional level. */
export function isProvisional(claim, modelPending) {
  return Boolean(modelPending) && !judgedByModel(claim);
}
