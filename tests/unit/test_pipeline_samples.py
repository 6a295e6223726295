"""The fast path on the shared test pages against their hand-written expectations (tests/pages/expected)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimlight.pipeline import analyze_page

PAGES = Path(__file__).resolve().parents[1] / "pages"
EXPECTED = sorted((PAGES / "expected").glob("*.json"))


def _load(path: Path) -> tuple[dict, dict]:
    expected = json.loads(path.read_text(encoding="utf-8"))
    html = (PAGES / expected["page"]).read_text(encoding="utf-8")
    return expected, analyze_page(expected["url"], expected["title"], html)


@pytest.fixture(scope="module", params=EXPECTED, ids=lambda p: p.stem)
def page(request):
    return _load(request.param)


def _claim_with(analysis: dict, quote: str) -> dict | None:
    text = analysis["article"]["text"]
    at = text.find(quote)
    assert at >= 0, f"expected claim text missing from the extracted article: {quote!r}"
    end = at + len(quote)
    for claim in analysis["claims"]:
        if claim["selector"]["start"] <= at and end <= claim["selector"]["end"]:
            return claim
    return None


def test_every_expected_claim_is_found_with_its_kinds_source_and_level(page):
    expected, analysis = page
    problems = []
    for want in expected["claims"]:
        claim = _claim_with(analysis, want["quote"])
        if claim is None:
            problems.append(f"not flagged: {want['quote']!r}")
            continue
        got = {"kinds": claim["kinds"], "source_kind": claim["source"]["kind"], "level": claim["level"]}
        wanted = {k: want[k] for k in ("kinds", "source_kind", "level")}
        if got != wanted:
            problems.append(f"{want['quote']!r}: got {got}, want {wanted} ({claim['reasons']})")
        if "source_text" in want and want["source_text"] not in (claim["source"]["text"] or ""):
            problems.append(f"{want['quote']!r}: source {claim['source']['text']!r} lacks {want['source_text']!r}")
        if "linked" in want and claim["linked"] != want["linked"]:
            problems.append(f"{want['quote']!r}: linked={claim['linked']}, want {want['linked']}")
    assert not problems, "\n".join(problems)


def test_no_furniture_or_non_claim_sentence_is_flagged(page):
    expected, analysis = page
    text = analysis["article"]["text"]
    offenders = []
    for phrase in expected["not_claims"] + expected["body_not_claims"]:
        start = 0
        while (at := text.find(phrase, start)) >= 0:
            end = at + len(phrase)
            offenders += [(phrase, c["text"]) for c in analysis["claims"]
                          if c["selector"]["start"] < end and c["selector"]["end"] > at]
            start = end
        offenders += [(phrase, c["text"]) for c in analysis["claims"] if phrase in c["text"]]
    assert not offenders, offenders


def test_every_selector_quotes_the_article_text_exactly(page):
    _, analysis = page
    text = analysis["article"]["text"]
    assert analysis["claims"]
    for claim in analysis["claims"]:
        selector = claim["selector"]
        assert selector["exact"] == text[selector["start"]:selector["end"]] == claim["text"]
        for figure in claim["figures"]:
            assert selector["start"] <= figure["start"] < figure["end"] <= selector["end"]
            assert text[figure["start"]:figure["end"]] == figure["text"]


def test_counts_match_the_claims(page):
    _, analysis = page
    for level in ("high", "medium", "low"):
        assert analysis["counts"][level] == sum(c["level"] == level for c in analysis["claims"])


def test_late_content_claims_are_found_once_the_script_has_run():
    """The extension re-analyses the page after the script inserts its second half; the server must flag it then."""
    expected, _ = _load(PAGES / "expected" / "late_content.json")
    html = (PAGES / expected["page"]).read_text(encoding="utf-8")
    script_start = html.index("const LATE_PARAGRAPHS = [")
    late = json.loads(html[script_start + len("const LATE_PARAGRAPHS = "):html.index("];", script_start) + 1])
    rendered = html.replace('<div id="story-continued" aria-live="polite"></div>',
                            "".join(f"<p>{text}</p>" for text in late))
    analysis = analyze_page(expected["url"], expected["title"], rendered)
    for want in expected["claims"] + expected["late_claims"]:
        claim = _claim_with(analysis, want["quote"])
        assert claim is not None, want["quote"]
        assert (claim["kinds"], claim["source"]["kind"], claim["level"]) == (want["kinds"], want["source_kind"], want["level"])


def test_figures_on_the_sample_pages_carry_value_and_counted_noun():
    _, analysis = _load(PAGES / "expected" / "sputnik_16000_mercenaries.json")
    figures = [f for c in analysis["claims"] for f in c["figures"]]
    assert any({"text": "16,000", "value": 16000.0, "unit": "foreign mercenaries"}.items() <= f.items() for f in figures)
    _, analysis = _load(PAGES / "expected" / "bbc_putin_volunteers.json")
    refugees = next(f for c in analysis["claims"] for f in c["figures"] if f["text"] == "2.5 million")
    assert refugees["value"] == 2_500_000
