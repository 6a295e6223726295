"""The corpus's labelled lines as the server sees them: the real pipeline on each page, each line found in its text.

Both the claims bench (bench/claims_eval.py) and the head's training
(scripts/train_head.py) need, for each labelled line, the claim the server
would show on it, so that the head is trained on exactly the rule features
the server computes (a quotation carried over from an earlier sentence, a
source named three sentences before) and not on the sentence read alone.

Matching is done on what a reader sees: both the labelled line and the article text
are NFKC-normalised, curly quotes/dash variants folded, invisible characters (soft
hyphen, zero-width) and all whitespace dropped; case, words and punctuation must be
identical and the match must sit on word boundaries (``comparable``, ``find_line``).
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from claimlight.pipeline import PipelineError, analyze_page

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction-benchmark"
WCXB_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wcxb-dev"
LEVEL_RANK = {"low": 0, "medium": 1, "high": 2}

# Typographic variants that the page and the benchmark's ground truth write differently for the same
# character: curly vs straight quotes, dash and minus variants, and invisible characters (soft hyphen,
# zero-width space/joiner, BOM) that a reader never sees.
_SAME_CHARACTER = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff", ""),
})


@dataclass
class ServedLine:
    """What the server does with one labelled line: page refused (error code), line not in the text, or its claim."""

    refused: str | None = None
    found: bool = False
    claim: dict | None = None


def comparable(text: str) -> tuple[str, list[int]]:
    """``text`` reduced to what a reader sees, and each kept character's offset in ``text``.

    Both sides of a match go through this: NFKC (non-breaking space, ligatures), the typographic
    variants above, and whitespace dropped altogether. The ground truth puts spaces around inline
    elements where the page has none ("Boeing 's", "\u201c Dawson\u2019s Creek \u201d"), so collapsing
    whitespace is not enough. Case, words and punctuation must still be identical, and a match must
    start and end on word boundaries (see ``find_line``), so a different sentence never matches.
    """
    chars, offsets = [], []
    for index, char in enumerate(text):
        for kept in unicodedata.normalize("NFKC", char).translate(_SAME_CHARACTER):
            if not kept.isspace():
                chars.append(kept)
                offsets.append(index)
    return "".join(chars), offsets


def find_line(needle: str, haystack: str, offsets: list[int], text: str) -> tuple[int, int] | None:
    """Span in ``text`` of the first occurrence of ``needle`` (both comparable) that sits on word boundaries."""
    at = haystack.find(needle) if needle else -1
    while at >= 0:
        start, end = offsets[at], offsets[at + len(needle) - 1] + 1
        before_ok = start == 0 or not (text[start - 1].isalnum() and needle[0].isalnum())
        after_ok = end == len(text) or not (text[end].isalnum() and needle[-1].isalnum())
        if before_ok and after_ok:
            return start, end
        at = haystack.find(needle, at + 1)
    return None


def benchmark_page(data: Path = DEFAULT_DATA):
    """A page loader for the shared extraction benchmark: page id -> (url, html)."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))

    def load(page: str) -> tuple[str, str]:
        html = gzip.decompress((data / "html" / f"{page}.html.gz").read_bytes()).decode("utf-8", "replace")
        return truth.get(page, {}).get("url", f"https://example.invalid/{page}"), html
    return load


def wcxb_page(data: Path = WCXB_DATA):
    """A page loader for wcxb-dev: page id -> (url, html)."""
    def load(page: str) -> tuple[str, str]:
        record = json.loads((data / "ground-truth" / f"{page}.json").read_text(encoding="utf-8"))
        html = gzip.decompress((data / "html" / f"{page}.html.gz").read_bytes()).decode("utf-8", "replace")
        return record["url"], html
    return load


def served_lines(lines_by_page: dict[str, list[tuple[str, str]]], data: Path = DEFAULT_DATA, load_page=None,
                 analyses: dict | None = None) -> dict[str, ServedLine]:
    """For ``{page: [(line id, text), ...]}``, each line id's ServedLine (pages analysed once each, in order).

    ``load_page`` (page id -> (url, html)) defaults to the benchmark under ``data``; ``analyses``, when given,
    receives each analysed page's analysis by page id.
    """
    load_page = load_page or benchmark_page(data)
    served = {}
    for page, lines in sorted(lines_by_page.items()):
        url, html = load_page(page)
        try:
            analysis = analyze_page(url, "", html)
        except PipelineError as error:
            served.update({line_id: ServedLine(refused=error.code) for line_id, _ in lines})
            continue
        if analyses is not None:
            analyses[page] = analysis
        served.update(lines_in(analysis, lines))
    return served


def lines_in(analysis: dict, lines: list[tuple[str, str]]) -> dict[str, ServedLine]:
    """Each ``(line id, text)``'s ServedLine in an analysed page: found in its text or not, and the claim on it."""
    text, claims = analysis["article"]["text"], analysis["claims"]
    haystack, offsets = comparable(text)
    served = {}
    for line_id, line in lines:
        span = find_line(comparable(line)[0], haystack, offsets, text)
        if span is None:
            served[line_id] = ServedLine()
            continue
        start, end = span
        overlapping = [c for c in claims if c["selector"]["start"] < end and c["selector"]["end"] > start]
        claim = max(overlapping, key=lambda c: (min(end, c["selector"]["end"]) - max(start, c["selector"]["start"]),
                                                LEVEL_RANK[c["level"]])) if overlapping else None
        served[line_id] = ServedLine(found=True, claim=claim)
    return served
