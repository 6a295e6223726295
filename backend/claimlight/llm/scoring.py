"""How a model score changes what the reader sees.

The rules decide the level from the claim's shape (number, source kind,
hedges, links); the model decides whether the sentence is a claim at all. It
confirms a rule claim it is sure of, takes out of the high and medium
highlights (shown as low, with a reason the reader sees) a rule hit it reads as
not a claim, and adds a sentence the rules passed over (the analysis's
``candidates``) that it reads as a claim with confidence: on held-out news pages
10 of the 11 passed-over lines scoring 0.5 or more were claims.
"""

from __future__ import annotations

import re

import numpy as np

from ..anchor import make_selector
from ..detect import numbers, reads_as_reporting
from ..pipeline import claim_id_for
from ..sentences import split_sentences
from .feedback import marked_not_a_claim
from .features import FEATURE_NAMES, claim_features, pipeline_claim_features
from .head import HeadError, LogisticHead

# Demote below threshold * margin. The threshold is the one cross-validation chose for F1 (scripts/train_head.py), and
# at it the head beats the rules on held-out news pages (F1 0.859 against 0.828) and on the held-out web pages
# (bench/claims_eval.py --split heldout --model), so the model's "not a claim" reaches the reader at the threshold itself.
DEMOTE_MARGIN = 1.0
CONFIRM_AT = 0.8
# In reporting (news), where the reader's bar is recall, the head demotes only below this score: the largest at which,
# cross-validated on the training pages of scripts/train_head.py, it keeps 98% of the news claims the rules show.
REPORTING_DEMOTE_AT = 0.3
# In guides, reviews and essays, where the reader's bar is precision, it demotes below this score when the head's own
# threshold is lower: the score at which the head keeps about as many claims a page on the highlight audit's tune pages
# as the head before it did at 0.5 (3.66 against 3.62; bench/highlight_audit.py --curve). The head trained on the
# audit's check part as well scores higher overall, so the same cut sits higher.
GUIDE_DEMOTE_AT = 0.65
# A sentence the rules passed over becomes a claim at this score (scripts/train_head.py's held-out news pages:
# 8 of 9 passed-over lines at 0.6 or more are claims, 10 of 11 at 0.5).
ADD_AT = 0.6
_REPORTING_CUE = re.compile(r"\b(?:said|says|told|according|reported|reports|claim(?:s|ed)?)\b", re.IGNORECASE)


def claim_scores(head: LogisticHead, claims: list[dict], embeddings: np.ndarray) -> np.ndarray:
    """The head's probability for each pipeline claim: its embedding plus the rule and word features of the claim."""
    if head.feature_names and tuple(head.feature_names) != FEATURE_NAMES:
        raise HeadError("the head was trained on other features than llm/features.py computes; retrain it")
    return head.probabilities(embeddings, pipeline_claim_features(claims) if head.feature_names else None)


def unclaimed_candidates(analysis: dict) -> list[dict]:
    """The analysis's passed-over sentences that are not claims yet (an earlier scoring may have added some)."""
    claimed = {(c["selector"]["start"], c["selector"]["end"]) for c in analysis["claims"]}
    return [c for c in analysis.get("candidates", []) if (c["start"], c["end"]) not in claimed]


def candidate_sentences(analysis: dict, candidates: list[dict]) -> list[str]:
    """The candidates' text, as the head reads it."""
    text = analysis["article"]["text"]
    return [text[c["start"]:c["end"]] for c in candidates]


def candidate_scores(head: LogisticHead, texts: list[str], embeddings: np.ndarray) -> np.ndarray:
    """The head's probability for sentences the rules passed over (their rule features say "not flagged")."""
    if head.feature_names and tuple(head.feature_names) != FEATURE_NAMES:
        raise HeadError("the head was trained on other features than llm/features.py computes; retrain it")
    features = np.asarray([claim_features(text, None) for text in texts], dtype=np.float64).reshape(len(texts), len(FEATURE_NAMES))
    return head.probabilities(embeddings, features if head.feature_names else None)


def added_claims(analysis: dict, candidates: list[dict], scores: np.ndarray, model_name: str) -> list[dict]:
    """Claims for the candidates the head scores at ``ADD_AT`` or more."""
    return [_added_claim(analysis, c["start"], c["end"], float(score), model_name)
            for c, score in zip(candidates, scores) if score >= ADD_AT]


def _added_claim(analysis: dict, start: int, end: int, score: float, model_name: str) -> dict:
    """A claim for a passed-over sentence the model reads as checkable: no source the rules could find, so high
    (LABELING.md: a number with no source, or a report with no one behind it)."""
    text = analysis["article"]["text"]
    sentence = text[start:end]
    figures = numbers.find_figures(sentence, start)
    reporting = _REPORTING_CUE.search(sentence) is not None
    kinds = [kind for kind, present in (("numerical", bool(figures) or not reporting), ("attribution", reporting)) if present]
    reasons = [f"the model reads this as a checkable claim the rules passed over (score {score:.2f})"]
    reasons.append("a number with no source" if figures else "no source given")
    selector = make_selector(text, start, end)
    return {"id": claim_id_for(analysis["id"], start, end), "kinds": kinds, "text": selector["exact"], "selector": selector,
            "figures": figures, "source": {"text": None, "kind": "vague" if reporting else "none"}, "hedges": [],
            "linked": False, "level": "high", "reasons": reasons, "questions": [], "judged_by": f"model:{model_name}",
            "score": round(float(score), 4)}


def article_is_reporting(article_text: str) -> bool:
    """The detector's register test, read again from a stored analysis's text (the analysis does not keep it)."""
    return reads_as_reporting(article_text, len(split_sentences(article_text)))


def demote_threshold(head: LogisticHead, reporting: bool) -> float:
    """The score below which a claim is demoted: a higher one in guides and reviews, a lower one in reporting."""
    return min(head.threshold, REPORTING_DEMOTE_AT) if reporting else max(head.threshold, GUIDE_DEMOTE_AT)


def judged_changes(claim: dict, score: float, threshold: float, model_name: str, judgement: bool | None = None) -> dict:
    """The fields to merge into the claim: score, judged_by, and level/reasons when they change."""
    reasons = [r for r in claim.get("reasons", []) if not r.startswith("the model ")]
    rule_level = claim.get("rule_level") or claim.get("level_before_feedback") or claim.get("level", "medium")
    level = rule_level
    not_a_claim = score < threshold * DEMOTE_MARGIN if judgement is None else (score < threshold and judgement is False)
    if not_a_claim and claim.get("feedback") != "useful":  # a reader who said "Useful" keeps the claim as they saw it
        if level != "low":
            reasons.append(f"the model reads this as probably not a checkable claim (score {score:.2f}); shown as low")
            level = "low"
    elif score >= CONFIRM_AT or judgement is True:
        reasons.append(f"the model confirms this reads as a checkable claim (score {score:.2f})")
    changes = {"score": round(float(score), 4), "judged_by": f"model:{model_name}", "level": level, "reasons": reasons,
               "rule_level": rule_level}
    if judgement is not None:
        changes["judgement"] = "claim" if judgement else "not_a_claim"
    if claim.get("feedback") == "not_a_claim":  # the reader's verdict stands; "Useful" would put the model's level back
        changes.update(level="low", level_before_feedback=level, reasons=marked_not_a_claim(reasons))
    return changes
