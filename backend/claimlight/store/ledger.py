"""The claim ledger: the same figure or the same source seen on other pages.

Figures are keyed by value (within ``FIGURE_TOLERANCE``) and by what they count
(the unit's head noun, folded into a few families: people, percent, money by
currency), so "16,000 foreign mercenaries" on one page meets "16,000
volunteers" on another. Sources are keyed by surname for people ("Mr
Zelensky" ~ "Volodymyr Zelensky" ~ "Zelenskyy") and by their significant words
for organisations ("Russia's Defence Ministry" ~ "the Defence Ministry of
Russia"). Only these compact keys live in memory; the claims themselves are
read from disk when asked for.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict

from ..schemas import Claim, Figure, Source

FIGURE_TOLERANCE = 0.03
PRECISE_TOLERANCE = 0.002
_BUCKET_BASE = math.log1p(FIGURE_TOLERANCE)

PEOPLE_NOUNS = {
    "people", "person", "man", "woman", "child", "mercenary", "volunteer", "foreigner", "fighter", "soldier",
    "troop", "recruit", "combatant", "civilian", "resident", "citizen", "refugee", "migrant", "worker",
    "protester", "demonstrator", "casualty", "victim", "prisoner", "hostage", "member", "militant",
    "servicemen", "serviceman", "personnel", "supporter", "voter", "patient", "student", "employee",
}
PERCENT_WORDS = {"%", "percent", "per cent", "pc", "pct", "percentage", "per-cent"}
CURRENCY_WORDS = {
    "$": "usd", "dollar": "usd", "usd": "usd", "£": "gbp", "pound": "gbp", "gbp": "gbp", "sterling": "gbp",
    "€": "eur", "euro": "eur", "eur": "eur", "rouble": "rub", "ruble": "rub", "rub": "rub", "hryvnia": "uah",
    "yen": "jpy", "¥": "jpy", "yuan": "cny", "rupee": "inr",
}
SCALE_WORDS = {"thousand", "million", "billion", "trillion", "k", "m", "bn", "mn", "tn", "hundred", "dozen"}
IRREGULAR_SINGULARS = {"people": "people", "men": "man", "women": "woman", "children": "child", "troops": "troop",
                       "casualties": "casualty", "personnel": "personnel", "servicemen": "servicemen"}
TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "minister", "prime", "defence",
    "defense", "foreign", "secretary", "general", "gen", "chancellor", "king", "queen", "prince", "princess",
    "spokesman", "spokeswoman", "spokesperson", "chief", "head", "leader", "senator", "sen", "rep", "governor",
    "mayor", "ambassador", "commander", "colonel", "col", "lt", "captain", "capt", "professor", "prof", "judge",
    "former", "deputy", "vice", "the", "of", "state", "interior", "health", "finance", "pope", "russian",
    "ukrainian", "american", "british", "us", "uk", "eu", "french", "german", "chinese", "japanese", "israeli",
}
ORG_STOPWORDS = {"the", "of", "for", "and", "a", "an", "s", "on", "in"}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(k|m|bn|mn|thousand|million|billion|trillion)?\b", re.IGNORECASE)
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
                "trillion": 1e12}


def _fold(text: str) -> str:
    """Lower case ASCII: 'Zelenskyy’s' -> "zelenskyy's" (the curly apostrophe becomes ' before ASCII would drop it)."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode("ascii")
    return text.lower()


def _singular(word: str) -> str:
    if word in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def figure_value(figure: Figure) -> float | None:
    """The detector's value, or one parsed from the figure's text ('16k' -> 16000)."""
    value = figure.get("value")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    match = _NUMBER.search(figure.get("text") or "")
    if not match:
        return None
    number = float(match.group(1).replace(",", ""))
    return number * _MULTIPLIERS.get((match.group(2) or "").lower(), 1.0)


def unit_key(figure: Figure) -> str | None:
    """What the figure counts, folded to a comparable key; None when the detector saw no unit."""
    text = _fold(figure.get("text") or "")
    for symbol in ("$", "£", "€", "¥"):
        if symbol in (figure.get("text") or ""):
            return "money:" + CURRENCY_WORDS[symbol]
    if "%" in text:
        return "percent"
    unit = _fold(figure.get("unit") or "").strip()
    if not unit:
        return None
    if unit in PERCENT_WORDS or unit.endswith(("per cent", "percent")):
        return "percent"
    words = [_singular(w) for w in _WORD.findall(unit) if w not in SCALE_WORDS]
    if not words:
        return None
    for word in words:
        if word in CURRENCY_WORDS:
            return "money:" + CURRENCY_WORDS[word]
    head = words[-1]
    if head in PEOPLE_NOUNS:
        return "people"
    return "thing:" + head


def _is_year(value: float) -> bool:
    return float(value).is_integer() and 1800 <= value <= 2100


def distinctive(value: float) -> bool:
    """Large enough, and not a year, to be recognisable without knowing what it counts."""
    return abs(value) >= 1000 and not _is_year(value)


def is_round(value: float) -> bool:
    """Two significant digits or fewer ("16,000", "2.5 million", "45%"): a figure people round to."""
    digits = f"{abs(value):.6g}".split("e")[0].replace(".", "").strip("0")
    return len(digits) <= 2


def figures_match(value_a: float, unit_a: str | None, value_b: float, unit_b: str | None) -> bool:
    """Near when one of them is round (within a few %), equal to the last digit or so when both are precise."""
    if value_a == 0 or value_b == 0 or (value_a > 0) != (value_b > 0):
        return False
    tolerance = FIGURE_TOLERANCE if is_round(value_a) or is_round(value_b) else PRECISE_TOLERANCE
    if abs(value_a - value_b) / max(abs(value_a), abs(value_b)) > tolerance:
        return False
    if unit_a is not None and unit_b is not None:
        return unit_a == unit_b and (abs(value_a) >= 10 or unit_a == "percent")
    return distinctive(value_a) and distinctive(value_b)


def _normal_surname(word: str) -> str:
    """Transliterations meet: zelenskyy, zelenskiy, zelenskyi -> zelensky."""
    word = word.removesuffix("'s").replace("'", "")
    word = re.sub(r"(?:yy|iy|yi|ij|ii)$", "y", word)
    return word


def source_key(source: Source | None) -> tuple[str, str | None] | None:
    """(key, first name or None) for a named person or organisation; None for anything else."""
    if not source or source.get("kind") not in ("named", "organisation") or not source.get("text"):
        return None
    words = [w.removesuffix("'s") for w in _WORD.findall(_fold(source["text"]))]
    words = [w for w in words if w]
    if not words:
        return None
    if source["kind"] == "named":
        names = [w for w in words if w not in TITLE_WORDS]
        if not names:
            return None
        first = names[-2] if len(names) >= 2 else None
        return "person:" + _normal_surname(names[-1]), first
    significant = sorted({_singular(w.replace("defense", "defence")) for w in words if w not in ORG_STOPWORDS})
    if not significant:
        return None
    return "org:" + " ".join(significant), None


def ledger_entry(claim: Claim) -> list | None:
    """The compact, JSON-able ledger record of one claim: [claim_id, [[value, unit_key], ...], source_key, first]."""
    figures = []
    for figure in claim.get("figures") or []:
        value = figure_value(figure)
        if value is not None and value != 0:
            figures.append([value, unit_key(figure)])
    source = source_key(claim.get("source"))
    if not figures and source is None:
        return None
    return [claim["id"], figures, source[0] if source else None, source[1] if source else None]


def _bucket(value: float) -> int:
    return round(math.log(abs(value)) / _BUCKET_BASE)


class Ledger:
    """In-memory figure and source index over every stored claim, by compact keys only."""

    def __init__(self):
        self._figures: dict[int, list[tuple[float, str | None, str]]] = defaultdict(list)
        self._sources: dict[str, list[tuple[str, str | None]]] = defaultdict(list)

    def add(self, entry: list) -> None:
        claim_id, figures, skey, first = entry
        for value, ukey in figures:
            self._figures[_bucket(value)].append((value, ukey, claim_id))
        if skey:
            self._sources[skey].append((claim_id, first))

    def remove(self, entry: list) -> None:
        claim_id, figures, skey, _ = entry
        for value, _ukey in figures:
            bucket = _bucket(value)
            kept = [item for item in self._figures.get(bucket, ()) if item[2] != claim_id]
            if kept:
                self._figures[bucket] = kept
            else:
                self._figures.pop(bucket, None)
        if skey:
            kept_sources = [item for item in self._sources.get(skey, ()) if item[0] != claim_id]
            if kept_sources:
                self._sources[skey] = kept_sources
            else:
                self._sources.pop(skey, None)

    def matches(self, entry: list) -> dict[str, set[str]]:
        """Claim ids that share a figure or the source with ``entry``: {claim_id: {"figure", "source"}}."""
        claim_id, figures, skey, first = entry
        found: dict[str, set[str]] = defaultdict(set)
        for value, ukey in figures:
            bucket = _bucket(value)
            slack = abs(value) * FIGURE_TOLERANCE * 1.04
            for neighbour in (bucket - 1, bucket, bucket + 1):
                for other_value, other_unit, other_id in self._figures.get(neighbour, ()):
                    if abs(other_value - value) > slack or other_id == claim_id:
                        continue  # cheap pre-filter; figures_match decides
                    if figures_match(value, ukey, other_value, other_unit):
                        found[other_id].add("figure")
        if skey:
            for other_id, other_first in self._sources.get(skey, ()):
                if other_id != claim_id and (first is None or other_first is None or first == other_first):
                    found[other_id].add("source")
        return found
