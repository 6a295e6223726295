"""Word-pattern and rule features that sit beside the embedding in the scoring head.

The embedding of a 135M model knows little about what makes a sentence a
checkable claim; the rules know a lot. So the head also reads the rule
detector's own judgement of the sentence (flagged, kinds, source kind, hedges,
level, figures, link) and a few cheap lexical cues. Training and serving call
the same ``claim_features(text, claim, page)`` on the claim the pipeline
produced for the sentence in its whole article (training finds it through
corpus/served.py), so there is one definition and no train/serve skew. Only a
sentence the server never sees is read alone (``sentence_features``).

A sentence is read with its page too (``page_features``): the same "8.0" or
"most" is a claim in a report and furniture on a spec-heavy review, and the
page's register, voice, lists and how densely the rules flag it tell them apart.
A feature not known (NaN: no page) sits at the training mean, the head's
neutral point.
"""

from __future__ import annotations

import re

import numpy as np

from ..detect import PAGE_TESTS, detect_claims, reads_as_reporting
from ..extract import Article
from ..sentences import split_sentences

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
FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b")
SECOND_PERSON_WORD = re.compile(r"\b[Yy]our?\b")
LIST_ROLES = frozenset({"list", "table", "definition"})
PAGE_FEATURE_NAMES = ("page_reporting", "page_first_person", "page_second_person", "page_highlight_density",
                      "page_list_share")

FEATURE_NAMES = (
    "rule_flagged", "rule_numerical", "rule_attribution",
    *(f"rule_source_{kind}" for kind in SOURCE_KINDS),
    "rule_hedged", *(f"rule_level_{level}" for level in LEVELS), "rule_figures", "rule_linked",
    "has_digit", "digit_share", "has_percent", "has_money", "has_year", "number_words", "reporting_verbs",
    "has_quote", "log_chars", "log_words", "ends_with_period", "is_question", "first_person", "imperative",
    "capitalised_share", *PAGE_FEATURE_NAMES,
)
NO_PAGE = np.full(len(PAGE_FEATURE_NAMES), np.nan)


def page_features(article: dict, claims: list[dict]) -> np.ndarray:
    """The page a sentence sits on (order: PAGE_FEATURE_NAMES), from its article and the rules' claims.

    Register (reporting or not), the share of sentences in the first and in the second person, the rules' high and
    medium claims a sentence, and the share of paragraphs that are list items, table cells or definitions. Out of fold
    on the highlight audit's tune pages (scripts/train_head.py's folds), keeping 96% of the claims rightly shown, the
    head reading them was 0.779 precise against 0.764 without; the density carries most of it. Claims the model
    added are not the rules' and do not count, so the page reads the same before and after scoring.
    """
    text = article.get("text") or ""
    sentences = split_sentences(text)
    count = max(len(sentences), 1)
    levels = [c.get("rule_level") or c.get("level") for c in claims if c.get("judged_by", "rules") == "rules" or "rule_level" in c]
    roles = article.get("roles") or []
    return np.asarray([
        float(reads_as_reporting(text, len(sentences))),
        sum(bool(FIRST_PERSON_WORD.search(text[start:end])) for start, end in sentences) / count,
        sum(bool(SECOND_PERSON_WORD.search(text[start:end])) for start, end in sentences) / count,
        sum(level in ("high", "medium") for level in levels) / count,
        sum(role in LIST_ROLES for role in roles) / max(len(roles), 1),
    ], dtype=np.float64)


def claim_features(text: str, claim: dict | None, page: np.ndarray = NO_PAGE) -> np.ndarray:
    """The feature vector (order: FEATURE_NAMES) for a sentence, the rules' claim on it (None: not flagged) and its
    page (``page_features``; NaN where not known).

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
    return np.concatenate([np.asarray(rule + lexical, dtype=np.float64), page])


def sentence_claim(text: str) -> dict | None:
    """What the rule detector says about the sentence read on its own (None when it flags nothing)."""
    found = detect_claims(Article(title="", byline=None, text=text, paragraphs=[(0, len(text))]))
    return found[0] if found else None


def sentence_features(text: str) -> np.ndarray:
    """Training-time features: the detector's claim on the sentence alone, then ``claim_features``."""
    claim = sentence_claim(text)
    return claim_features(text if claim is None else text[claim["start"]:claim["end"]], claim)


def pipeline_claim_features(claims: list[dict], page: np.ndarray = NO_PAGE) -> np.ndarray:
    """Serve-time features for the pipeline's claims (each carries its own text) on one page."""
    return np.asarray([claim_features(c["text"], c, page) for c in claims], dtype=np.float64).reshape(len(claims), len(FEATURE_NAMES))
