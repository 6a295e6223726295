"""The fast path: captured page -> article text -> claims with selectors.

Pure and synchronous (no model, no store), so the server, the CLI and the
benchmarks all run exactly the same code.
"""

from __future__ import annotations

import hashlib
import time
from datetime import datetime, timezone

from . import __version__
from .anchor import make_selector
from .detect import detect_claims
from .extract import extract_article
from .language import looks_english
from .schemas import Analysis, Claim
from .urls import site_of


class PipelineError(ValueError):
    """The input cannot be analysed; ``code`` is the API error code."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def analysis_id_for(url: str, text: str) -> str:
    """Same page, same text -> same id, so re-analysing an unchanged page is idempotent."""
    return "a_" + _digest(url, text)[:16]


def claim_id_for(analysis_id: str, start: int, end: int) -> str:
    return "c_" + _digest(analysis_id, str(start), str(end))[:16]


def analyze_page(url: str, title: str, html: str) -> Analysis:
    """Run extraction, detection and anchoring; return the analysis as the API returns it."""
    started = time.perf_counter()
    article = extract_article(html, url=url, title=title)
    if not article.text.strip():
        raise PipelineError("no_article_text", "No readable article text was found on this page.")
    if not looks_english(article.text):
        raise PipelineError("unsupported_language", "Claimlight reads English-language articles only, and this page does not look English.")
    extracted = time.perf_counter()
    analysis_id = analysis_id_for(url, article.text)
    site = site_of(url) or ""
    claims: list[Claim] = []
    passed_over: list[tuple[int, int]] = []
    for found in detect_claims(article, site=site, passed_over=passed_over):
        selector = make_selector(article.text, found["start"], found["end"])
        claims.append({
            "id": claim_id_for(analysis_id, found["start"], found["end"]),
            "kinds": found["kinds"],
            "text": selector["exact"],
            "selector": selector,
            "figures": found["figures"],
            "source": found["source"],
            "hedges": found["hedges"],
            "linked": found["linked"],
            "level": found["level"],
            "reasons": found["reasons"],
            "questions": [],
            "judged_by": "rules",
        })
    finished = time.perf_counter()
    counts = {level: sum(1 for c in claims if c["level"] == level) for level in ("high", "medium", "low")}
    return {
        "id": analysis_id,
        "url": url,
        "site": site,
        "title": title,
        "analysed_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "text_sha256": _digest(article.text),
        "article": article.as_dict(),
        "claims": claims,
        "candidates": [{"start": start, "end": end} for start, end in passed_over],
        "counts": counts,
        "engine": {"version": __version__, "extract_ms": round((extracted - started) * 1000, 1),
                    "detect_ms": round((finished - extracted) * 1000, 1)},
    }
