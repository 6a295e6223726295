"""Word-pattern and rule features that sit beside the embedding in the scoring head.

The embedding of a 135M model knows little about what makes a sentence a
checkable claim; the rules know a lot. So the head also reads the rule
detector's own judgement of the sentence (flagged, kinds, source kind, hedges,
level, figures, link) and a few cheap lexical cues. Training and serving call
the same ``claim_features(text, claim)`` on the claim the pipeline produced
for the sentence in its whole article (training finds it through
corpus/served.py), so there is one definition and no train/serve skew. Only a
sentence the server never sees is read alone (``sentence_features``).
"""

from __future__ import annotations

import re

import numpy as np

from ..detect import PAGE_TESTS, detect_claims
from ..extract import Article

SOURCE_KINDS = ("named", "organisation", "anonymous", "vague")
LEVELS = ("high", "medium", "low")
NUMBER_WORDS = re.compile(r"\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|third|quarter|percent"
                          r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
                          r"|sixty|seventy|eighty|ninety|hundred)\b", re.IGNORECASE)
REPORTING_VERBS = re.compile(r"\b(?:said|says|say|told|tells|according|reported|reports|claimed|claims|claim|stated|states"
                             r"|announced|estimated|estimates|believes?|alleged|suggests?|showed|shows|found|confirmed"
                             r"|denied|insisted|warned|argued|noted|added|acknowledged|admitted)\b", re.IGNORECASE)
MONEY = re.compile(r"[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:dollars|euros|pounds|yen|USD|EUR|GBP)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
QUOTES = re.compile(r"[\"“”«»]")
FIRST_PERSON = re.compile(r"^\s*(?:I|We|My|Our)\b")
IMPERATIVE = re.compile(r"^\s*(?:Sign|Click|Subscribe|Read|Follow|Share|Download|Join|Get|Watch|Listen|See|Learn)\b")

FEATURE_NAMES = (
    "rule_flagged", "rule_numerical", "rule_attribution",
    *(f"rule_source_{kind}" for kind in SOURCE_KINDS),
    "rule_hedged", *(f"rule_level_{level}" for level in LEVELS), "rule_figures", "rule_linked",
    "has_digit", "digit_share", "has_percent", "has_money", "has_year", "number_words", "reporting_verbs",
    "has_quote", "log_chars", "log_words", "ends_with_period", "is_question", "first_person", "imperative",
    "capitalised_share",
)


def claim_features(text: str, claim: dict | None) -> np.ndarray:
    """The feature vector (order: FEATURE_NAMES) for a sentence and the rules' claim on it (None: not flagged).

    The level is the rules' level (``rule_level`` once the model has judged the claim), never the model's own. A
    figure the page's own tests credit (``credited_by``) is read as its sentence says it, with no source: the credit
    says who measured it, not whether it is a claim, and the head reading it as sourced demoted far fewer of such
    pages' non-claims (audit tune pages as served: precision 0.772 to 0.757).
    """
    claim = claim or {}
    kinds = claim.get("kinds") or []
    source = claim.get("source") or {}
    source_kind = source.get("kind")
    level = claim.get("rule_level") or claim.get("level")
    if source.get("credited_by") == PAGE_TESTS:
        source_kind, level = "none", "high"
    words = text.split()
    letters = [w for w in words if w[:1].isalpha()]
    rule = [
        float(bool(claim)), float("numerical" in kinds), float("attribution" in kinds),
        *(float(source_kind == kind) for kind in SOURCE_KINDS),
        float(bool(claim.get("hedges"))), *(float(level == name) for name in LEVELS),
        float(np.log1p(len(claim.get("figures") or []))), float(bool(claim.get("linked"))),
    ]
    lexical = [
        float(any(ch.isdigit() for ch in text)), sum(ch.isdigit() for ch in text) / max(len(text), 1),
        float("%" in text or "per cent" in text.lower() or "percent" in text.lower()), float(bool(MONEY.search(text))),
        float(bool(YEAR.search(text))), float(np.log1p(len(NUMBER_WORDS.findall(text)))),
        float(np.log1p(len(REPORTING_VERBS.findall(text)))), float(bool(QUOTES.search(text))),
        float(np.log1p(len(text))), float(np.log1p(len(words))), float(text.rstrip().endswith((".", ".\"", ".”"))),
        float(text.rstrip().endswith("?")), float(bool(FIRST_PERSON.match(text))), float(bool(IMPERATIVE.match(text))),
        sum(w[0].isupper() for w in letters) / max(len(letters), 1),
    ]
    return np.asarray(rule + lexical, dtype=np.float64)


def sentence_claim(text: str) -> dict | None:
    """What the rule detector says about the sentence read on its own (None when it flags nothing)."""
    found = detect_claims(Article(title="", byline=None, text=text, paragraphs=[(0, len(text))]))
    return found[0] if found else None


def sentence_features(text: str) -> np.ndarray:
    """Training-time features: the detector's claim on the sentence alone, then ``claim_features``."""
    claim = sentence_claim(text)
    return claim_features(text if claim is None else text[claim["start"]:claim["end"]], claim)


def pipeline_claim_features(claims: list[dict]) -> np.ndarray:
    """Serve-time features for the pipeline's claims (each carries its own text)."""
    return np.asarray([claim_features(c["text"], c) for c in claims], dtype=np.float64).reshape(len(claims), len(FEATURE_NAMES))
