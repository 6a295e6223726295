"""Fuzz the fast path with random and adversarial HTML.

For any input, ``analyze_page`` either returns a well-formed analysis, in which
every selector is exactly the article text it points at, or raises
``PipelineError``; never anything else, never slowly, and never by logging an
error and carrying on (a crash caught and logged inside would pass unseen).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimlight.pipeline import PipelineError, analyze_page

from .tally import FUZZ_TALLY

pytestmark = pytest.mark.slow

SMALL_INPUT_SECONDS = 5.0
FUZZ_SETTINGS = dict(deadline=None, database=None, derandomize=True,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])

TAGS = ["p", "div", "article", "main", "section", "span", "a", "b", "i", "em", "strong", "li", "ul", "ol", "h1", "h2", "h3",
        "blockquote", "table", "tr", "td", "script", "style", "noscript", "template", "iframe", "svg", "math", "title",
        "head", "body", "html", "br", "img", "figure", "figcaption", "nav", "footer", "aside", "pre", "code", "q", "sup"]
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
RTL_WORDS = ["\u0642\u0627\u0644", "\u0645\u0644\u064a\u0648\u0646", "\u05d0\u05de\u05e8", "\u05d0\u05dc\u05e3", "\u0661\u0662\u0663"]
ENGLISH = ["Officials said", "that", "16,000", "volunteers", "had signed up,", "according to", "the ministry", "a spokesman",
           "told reporters", "reportedly", "45%", "$2.5bn", "in 2023", "Mr Zelensky", "claimed", "nearly", "3.2 million",
           "people", "were", "killed", "sources say", "The report", "found", "one in five", "\u201cquoted\u201d", "'single'"]

english_words = st.lists(st.sampled_from(ENGLISH), min_size=1, max_size=40).map(" ".join)
hostile_chars = st.text(alphabet=st.sampled_from(list(ZERO_WIDTH + BIDI + "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f\u2028\u2029"
                                                     + "<>&\"'=/ \n\t\r")), max_size=30)
any_text = st.text(max_size=200)  # every code point, lone surrogates included (JSON can carry them)
mixed_text = st.one_of(english_words, any_text, hostile_chars,
                       st.tuples(english_words, hostile_chars, english_words).map("".join),
                       st.lists(st.sampled_from(RTL_WORDS + ENGLISH), max_size=30).map(" ".join),
                       st.lists(st.integers(-10**12, 10**12).map(str), max_size=200).map(" ".join))
attribute = st.tuples(st.sampled_from(["class", "id", "href", "title", "style", "data-x", "onerror", "lang", "dir"]),
                      st.one_of(st.text(max_size=40), st.sampled_from(["javascript:alert(1)", "rtl", "x" * 5000])))


def render(tag: str, attributes: list[tuple[str, str]], children: list[str]) -> str:
    attrs = "".join(f' {name}="{value.replace(chr(34), "&quot;")}"' for name, value in attributes)
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>"


html_tree = st.recursive(
    mixed_text,
    lambda children: st.builds(render, st.sampled_from(TAGS), st.lists(attribute, max_size=3), st.lists(children, max_size=6)),
    max_leaves=60,
)
broken_markup = st.lists(st.one_of(mixed_text, st.sampled_from(["<p>", "</p>", "<div", "<!--", "-->", "<![CDATA[", "]]>", "<script>",
                                                               "</article>", "&amp", "&#0;", "&#x110000;", "&#xD800;", "<?xml ?>",
                                                               "<!DOCTYPE html>", "<", ">", "</", "/>"])), max_size=80).map("".join)
invalid_utf8 = st.binary(max_size=2000).map(lambda raw: raw.decode("utf-8", errors="replace"))
page_html = st.one_of(html_tree, broken_markup, invalid_utf8,
                      st.builds(lambda body: f"<html><body><article>{body}</article></body></html>", html_tree))
page_url = st.one_of(st.just("https://example.org/news/1"), st.text(max_size=60).map(lambda tail: "https://example.org/" + tail))


def check_analysis(analysis: dict, url: str) -> None:
    text = analysis["article"]["text"]
    assert analysis["id"].startswith("a_") and analysis["url"] == url
    assert isinstance(text, str) and text.strip()
    for start, end in analysis["article"]["paragraphs"]:
        assert 0 <= start <= end <= len(text)
    ids = set()
    for claim in analysis["claims"]:
        selector = claim["selector"]
        assert 0 <= selector["start"] <= selector["end"] <= len(text)
        assert selector["exact"] == text[selector["start"]:selector["end"]] == claim["text"]
        assert text[:selector["start"]].endswith(selector["prefix"])
        assert text[selector["end"]:].startswith(selector["suffix"])
        assert claim["level"] in ("high", "medium", "low")
        assert set(claim["kinds"]) <= {"numerical", "attribution"} and claim["kinds"]
        assert claim["id"] not in ids
        ids.add(claim["id"])
    assert sum(analysis["counts"].values()) == len(analysis["claims"])


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.NOTSET)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def no_logged_errors() -> Iterator[None]:
    """Fail on any record logged at ERROR or with a traceback, by any logger, while the block runs."""
    collect = _Collect()
    root = logging.getLogger()
    root.addHandler(collect)
    try:
        yield
    finally:
        root.removeHandler(collect)
    logged = [record for record in collect.records if record.levelno >= logging.ERROR or record.exc_info]
    assert not logged, "logged while analysing: " + "; ".join(
        f"{record.name}: {record.getMessage()} {record.exc_info[1]!r}" if record.exc_info else f"{record.name}: {record.getMessage()}"
        for record in logged)


def analyse_within_bound(url: str, html: str, bound_s: float) -> dict | None:
    started = time.perf_counter()
    with no_logged_errors():
        try:
            analysis = analyze_page(url, "", html)
        except PipelineError as exc:
            assert exc.code and exc.message
            analysis = None
    elapsed = time.perf_counter() - started
    assert elapsed < bound_s, f"{elapsed:.1f}s for {len(html)} characters"
    if analysis is not None:
        check_analysis(analysis, url)
    return analysis


@settings(max_examples=2700, **FUZZ_SETTINGS)
@given(url=page_url, html=page_html)
def test_random_and_broken_html_gives_an_analysis_or_a_pipeline_error(url, html):
    FUZZ_TALLY["pipeline:random_html"] += 1
    analyse_within_bound(url, html, SMALL_INPUT_SECONDS)


@settings(max_examples=1200, **FUZZ_SETTINGS)
@given(paragraphs=st.lists(st.tuples(english_words, hostile_chars, mixed_text).map("".join), min_size=1, max_size=12))
def test_english_articles_laced_with_hostile_characters_anchor_exactly(paragraphs):
    FUZZ_TALLY["pipeline:hostile_chars"] += 1
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    analyse_within_bound("https://example.org/story", html, SMALL_INPUT_SECONDS)


@settings(max_examples=150, **FUZZ_SETTINGS)
@given(depth=st.integers(1, 3000), tag=st.sampled_from(["div", "span", "b", "blockquote", "li", "table"]), text=english_words)
def test_deep_nesting_is_handled(depth, tag, text):
    FUZZ_TALLY["pipeline:deep_nesting"] += 1
    html = f"<html><body>{f'<{tag}>' * depth}<p>{text}. Officials said 16,000 people came.</p>{f'</{tag}>' * depth}</body></html>"
    analyse_within_bound("https://example.org/deep", html, SMALL_INPUT_SECONDS)


def test_huge_attributes_do_not_slow_the_fast_path():
    attribute = "x" * (2 * 1024 * 1024)
    html = (f'<html><body><article><p class="{attribute}" data-blob="{attribute}">Officials said that 16,000 volunteers '
            f'had signed up, a figure nobody could confirm.</p></article></body></html>')
    assert analyse_within_bound("https://example.org/attrs", html, 20) is not None


def test_ten_megabytes_of_one_paragraph_finishes_in_bounded_time():
    filler = "The streets were quiet and the weather was mild for the time of year. "
    claim = "Officials said that 16,000 volunteers had signed up, a figure nobody could confirm. "
    body = (filler * 999 + claim) * (10 * 1024 * 1024 // (len(filler) * 999 + len(claim)))
    analysis = analyse_within_bound("https://example.org/huge", f"<html><body><article><p>{body}</p></article></body></html>", 60)
    assert analysis is not None and len(analysis["article"]["text"]) > 9 * 1024 * 1024


def test_a_long_paragraph_with_no_sentence_end_is_analysed_quickly():
    clause = "Officials said that 16,000 volunteers had signed up, a figure nobody could confirm "
    body = (clause * (100_000 // len(clause) + 1))[:100_000]
    analyse_within_bound("https://example.org/run-on", f"<html><body><article><p>{body}</p></article></body></html>", 5)


def test_thousands_of_numbers_finish_in_bounded_time():
    rng = random.Random(7)
    paragraphs = [" ".join(f"{rng.randint(1, 10**9):,} people, {rng.random() * 100:.1f}% of them, said officials."
                           for _ in range(20)) for _ in range(100)]
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    analysis = analyse_within_bound("https://example.org/numbers", html, 60)
    assert analysis is not None and len(analysis["article"]["paragraphs"]) == 100


@pytest.mark.parametrize("payload", [
    "\ud800\udfff half surrogates \udc00 Officials said 16,000 people came.",
    "\x00" * 100 + "Officials said 16,000 people came.",
    "\ufeff" * 1000 + "Officials said 16,000 people came.",
    "\u202e" + "Officials said 16,000 people came." * 50,
    "&#0; &#xD800; &#x110000; &#99999999999; Officials said 16,000 people came.",
])
def test_known_hostile_inputs(payload):
    analyse_within_bound("https://example.org/x", f"<html><body><article><p>{payload}</p></article></body></html>", SMALL_INPUT_SECONDS)


def test_an_extractor_crash_reaches_the_suite(monkeypatch):
    """The suite can fail: a crash inside extraction is raised to it, not turned into an empty page."""
    def crash(*args, **kwargs):
        raise RuntimeError("readability fell over")

    monkeypatch.setattr("claimlight.extract.readability_article", crash)
    with pytest.raises(RuntimeError, match="readability fell over"):
        analyse_within_bound("https://example.org/crash", "<html><body><p>Officials said 16,000 came.</p></body></html>", 5)


def test_an_error_logged_and_swallowed_fails_the_suite(monkeypatch):
    """The suite can fail on a crash that a caller catches and logs instead of raising."""
    from claimlight import extract

    def swallowing(html, url=None, title=None):
        try:
            raise RuntimeError("readability fell over")
        except RuntimeError:
            logging.getLogger("claimlight.extract").exception("extraction failed; treating the page as empty")
        return extract.Article(title="", byline=None, text="", method="empty")

    monkeypatch.setattr("claimlight.pipeline.extract_article", swallowing)
    with pytest.raises(AssertionError, match="readability fell over"):
        analyse_within_bound("https://example.org/swallowed", "<p>Officials said 16,000 came.</p>", 5)
