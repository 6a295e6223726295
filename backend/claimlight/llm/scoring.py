"""How a model score changes a rule-detected claim.

The rules decide the level from the claim's shape (number, source kind,
hedges, links); the model decides whether the sentence is a claim at all. So
the model never raises a level: it confirms a claim it is sure of, and takes
out of the high and medium highlights (shown as low, with a reason the reader
sees) a rule hit it reads as not a claim.
"""

from __future__ import annotations

import numpy as np

from .features import FEATURE_NAMES, pipeline_claim_features
from .head import HeadError, LogisticHead

# Demote below threshold * margin. The threshold is the one cross-validation chose for F1 (scripts/train_head.py), and
# at it the head beats the rules on held-out news pages (F1 0.876 against 0.817) and on the held-out web pages
# (bench/claims_eval.py --split heldout --model), so the model's "not a claim" reaches the reader at the threshold itself.
DEMOTE_MARGIN = 1.0
CONFIRM_AT = 0.8


def claim_scores(head: LogisticHead, claims: list[dict], embeddings: np.ndarray) -> np.ndarray:
    """The head's probability for each pipeline claim: its embedding plus the rule and word features of the claim."""
    if head.feature_names and tuple(head.feature_names) != FEATURE_NAMES:
        raise HeadError("the head was trained on other features than llm/features.py computes; retrain it")
    return head.probabilities(embeddings, pipeline_claim_features(claims) if head.feature_names else None)


def judged_changes(claim: dict, score: float, threshold: float, model_name: str, judgement: bool | None = None) -> dict:
    """The fields to merge into the claim: score, judged_by, and level/reasons when they change."""
    reasons = [r for r in claim.get("reasons", []) if not r.startswith("the model ")]
    rule_level = claim.get("rule_level") or claim.get("level", "medium")
    level = rule_level
    not_a_claim = score < threshold * DEMOTE_MARGIN if judgement is None else (score < threshold and judgement is False)
    if not_a_claim:
        if level != "low":
            reasons.append(f"the model reads this as probably not a checkable claim (score {score:.2f}); shown as low")
            level = "low"
    elif score >= CONFIRM_AT or judgement is True:
        reasons.append(f"the model confirms this reads as a checkable claim (score {score:.2f})")
    changes = {"score": round(float(score), 4), "judged_by": f"model:{model_name}", "level": level, "reasons": reasons,
               "rule_level": rule_level}
    if judgement is not None:
        changes["judgement"] = "claim" if judgement else "not_a_claim"
    return changes
