"""corpus/served.py: labelled lines found in what the server extracts, with the claim the server shows on them."""

import gzip
import json

import numpy as np

from claimlight.llm.features import FEATURE_NAMES, claim_features, sentence_features
from corpus.served import comparable, find_line, served_lines

ENGLISH_PAGE = """<html><head><title>Bridge costs</title></head><body><article><h1>Bridge costs</h1>
<p>Jane Smith, the mayor of Riverton, said on Monday that the city would replace the crossing within two years.</p>
<p>"The new bridge will cost more than $40 million," she said.</p>
<p>The river has flooded the old crossing twice since the spring, and the council has met about it every week.</p>
</article></body></html>"""
GERMAN_PAGE = """<html><head><title>Brücke</title></head><body><article><h1>Die Brücke</h1>
<p>Die neue Brücke wird nach Angaben der Stadt mehr als 40 Millionen Euro kosten, und sie wird im nächsten Jahr eröffnet.</p>
<p>Der Fluss hat die alte Brücke seit dem Frühjahr zweimal überflutet, und der Rat hat jede Woche darüber beraten.</p>
</article></body></html>"""
QUOTE_LINE = "\u201cThe new bridge will cost more than $40 million,\u201d she said."


def _benchmark(tmp_path, pages: dict[str, str]):
    (tmp_path / "html").mkdir()
    for page, html in pages.items():
        (tmp_path / "html" / f"{page}.html.gz").write_bytes(gzip.compress(html.encode()))
    (tmp_path / "ground-truth.json").write_text(json.dumps({p: {"url": f"https://news.example/{p}"} for p in pages}))
    return tmp_path


def test_lines_match_across_typography_and_only_on_word_boundaries():
    text = "He said: \"The new  bridge will cost more than $40 million,\" she said.\nconcatenate"
    haystack, offsets = comparable(text)
    span = find_line(comparable("\u201cThe new bridge will cost more than $40 million,\u201d")[0], haystack, offsets, text)
    assert span is not None and text[span[0]:span[1]] == "\"The new  bridge will cost more than $40 million,\""
    assert find_line(comparable("cat")[0], haystack, offsets, text) is None


def test_each_line_gets_the_served_claim_not_found_or_refused(tmp_path):
    data = _benchmark(tmp_path, {"en": ENGLISH_PAGE, "de": GERMAN_PAGE})
    served = served_lines({
        "en": [("quote", QUOTE_LINE), ("plain", "The river has flooded the old crossing twice since the spring, and the "
                                                  "council has met about it every week."),
               ("elsewhere", "This sentence is on no page at all.")],
        "de": [("german", "Der Fluss hat die alte Brücke seit dem Frühjahr zweimal überflutet.")],
    }, data)
    assert served["quote"].found and served["quote"].claim["source"]["kind"] == "named"
    assert "40 million" in served["quote"].claim["text"]
    assert served["plain"].found
    assert not served["elsewhere"].found and served["elsewhere"].claim is None
    assert served["german"].refused == "unsupported_language" and not served["german"].found


def test_served_features_carry_the_speaker_that_the_sentence_alone_lacks(tmp_path):
    served = served_lines({"en": [("quote", QUOTE_LINE)]}, _benchmark(tmp_path, {"en": ENGLISH_PAGE}))["quote"]
    as_served = dict(zip(FEATURE_NAMES, claim_features(served.claim["text"], served.claim)))
    alone = dict(zip(FEATURE_NAMES, sentence_features(QUOTE_LINE)))
    assert as_served["rule_source_named"] == 1 and alone["rule_source_named"] == 0
    assert not np.array_equal(list(as_served.values()), list(alone.values()))


def test_a_probe_page_is_served_at_the_address_its_writer_gave_it_or_a_stand_in():
    from corpus.probe_pages import page_of

    own = {"id": "h01", "url": "https://www.northvale-water.co.uk/news/prices", "title": "Prices",
           "blocks": [{"tag": "p", "text": "Bills rise by 4% in April."}]}
    document, url = page_of(own)
    assert url == "https://www.northvale-water.co.uk/news/prices"
    assert "<p>Bills rise by 4% in April.</p>" in document
    assert page_of({**own, "url": None})[1] == "https://www.example-guides.com/h01"
    assert page_of({"id": "n01", "title": "T", "paragraphs": ["One."]})[1] == "https://news.example/2026/n01"
