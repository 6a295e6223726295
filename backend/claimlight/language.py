"""A cheap English check, so the English-only detectors do not run on other languages.

Counting English function words alone refuses English pages that are mostly
tables (box scores, price lists), so the check compares: a page is refused when
its letters are mostly non-Latin, or when another language's function words
outnumber English ones.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_FUNCTION_WORDS = {
    "en": "the of and to in is that for it on was with as by he said at from his are be this have an has were "
          "they not but had which their or its been who will would we more after also when there than she her "
          "about into one all up out what can so if new other",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wird bei "
          "einer um noch wie nach nur oder aber vor zur bis mehr durch man sein wurde",
    "fr": "le la les et des du un une est que qui dans pour pas au sur il elle ne se ce plus par avec sont "
          "aux été ont cette mais ou comme leur nous vous sa son ses",
    "es": "el la los las y de que en un una es por con para no se del al lo como más pero sus su le ya o fue "
          "este ha sí porque esta entre cuando muy sin sobre también",
    "it": "il di che e la un una per non in sono del della con si da al le gli lo ma più anche come questo "
          "ha nel alla dei delle è",
    "pt": "o a os as de que e do da em um uma para com não é se na por mais dos das como mas foi ao ele ela "
          "seu sua ou ser quando muito nos já também",
    "nl": "de het een en van in is dat op te zijn voor met niet aan er ook als bij door maar om nog wordt "
          "naar dan wel zo",
}
_WORD_SETS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}


def looks_english(text: str, sample_words: int = 400) -> bool:
    words = [w.lower() for w in _WORD.findall(text[:20000])[:sample_words]]
    if not words:
        return False
    latin = sum(1 for w in words if w.isascii())
    if latin < len(words) / 2:
        return False
    hits = {lang: sum(1 for w in words if w in vocabulary) for lang, vocabulary in _WORD_SETS.items()}
    english = hits.pop("en")
    return english >= max(hits.values())
