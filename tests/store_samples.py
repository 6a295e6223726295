"""Analysis dicts built directly, shaped like pipeline.analyze_page output, for store tests and the bench."""

from __future__ import annotations

import hashlib


def _hex(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:16]


def make_claim(analysis_id: str, index: int, text: str, figures=(), source=None, level: str = "medium") -> dict:
    return {"id": "c_" + _hex(analysis_id, str(index)), "kinds": ["numerical"] if figures else ["attribution"],
            "text": text, "selector": {"exact": text, "prefix": "", "suffix": "", "start": index * 100,
                                        "end": index * 100 + len(text)},
            "figures": [dict(f) for f in figures], "source": source or {"text": None, "kind": "none"},
            "hedges": [], "linked": False, "level": level, "reasons": ["a number with no source given"],
            "questions": [], "judged_by": "rules"}


def make_analysis(url: str, text: str, claims: list[tuple], analysed_at: str = "2026-11-23T10:00:00+00:00",
                  title: str | None = None) -> dict:
    """``claims``: (text, figures, source) or (text, figures, source, level)."""
    analysis_id = analysis_id_for(url, text)
    return wrap_claims(analysis_id, url, text, [make_claim(analysis_id, i, *spec) for i, spec in enumerate(claims)],
                       analysed_at, title)


def analysis_id_for(url: str, text: str) -> str:
    return "a_" + _hex(url, text)


def wrap_claims(analysis_id: str, url: str, text: str, built: list[dict],
                analysed_at: str = "2026-11-23T10:00:00+00:00", title: str | None = None) -> dict:
    """The analysis around already-built claims, as pipeline.analyze_page returns it."""
    return {"id": analysis_id, "url": url, "site": url.split("/")[2], "title": title or f"Page at {url}",
            "analysed_at": analysed_at, "text_sha256": _hex(text),
            "article": {"title": title or "", "byline": None, "text": text, "paragraphs": [], "links": [],
                        "method": "readability"},
            "claims": built,
            "counts": {lvl: sum(1 for c in built if c["level"] == lvl) for lvl in ("high", "medium", "low")},
            "engine": {"version": "test", "extract_ms": 1.0, "detect_ms": 1.0}}


def zelensky_page() -> dict:
    return make_analysis("https://sputnik.example/16000", "Zelensky text", [
        ("Ukrainian President Volodymyr Zelensky has claimed that 16,000 foreign mercenaries are going to fight.",
         [{"text": "16,000", "value": 16000.0, "unit": "foreign mercenaries"}],
         {"text": "Volodymyr Zelensky", "kind": "named"}),
        ("Mainichi quoted an unnamed source as saying that about 70 volunteers from Japan are set to join.",
         [{"text": "70", "value": 70.0, "unit": "volunteers"}], {"text": "an unnamed source", "kind": "anonymous"},
         "high"),
    ], analysed_at="2026-03-03T09:00:00+00:00", title="16,000 Foreign Mercenaries Are Going to Fight for Ukraine")


def shoigu_page() -> dict:
    return make_analysis("https://bbc.example/putin", "Shoigu text", [
        ("Russian Defence Minister Sergei Shoigu said there were 16,000 volunteers in the Middle East.",
         [{"text": "16,000", "value": 16000.0, "unit": "volunteers"}],
         {"text": "Russian Defence Minister Sergei Shoigu", "kind": "named"}),
        ("Mr Zelensky said recently that 16k foreigners had volunteered for the cause.",
         [{"text": "16k", "value": None, "unit": None}], {"text": "Mr Zelensky", "kind": "named"}),
        ("Officials said 2,000 tanks were moved.", [{"text": "2,000", "value": 2000.0, "unit": "tanks"}],
         {"text": "officials", "kind": "anonymous"}, "high"),
    ], analysed_at="2026-03-11T18:00:00+00:00", title="Putin welcomes volunteers")
