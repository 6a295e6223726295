"""Sentence spans: offsets into the original text, and the splits a news article needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimlight.sentences import split_sentences

SAMPLES = Path(__file__).resolve().parents[1] / "pages" / "samples"  # copies of ../shared/samples


def texts(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met Dr. Jones in St. Louis. They spoke.", ["Mr. Smith met Dr. Jones in St. Louis.", "They spoke."]),
    ("U.S. officials said it. Then they left.", ["U.S. officials said it.", "Then they left."]),
    ("The talks begin on Jan. 5 in Geneva. Both sides agreed.", ["The talks begin on Jan. 5 in Geneva.", "Both sides agreed."]),
    ("Refugees now total 2.5 million. Prices rose 3.5%.", ["Refugees now total 2.5 million.", "Prices rose 3.5%."]),
    ("George W. Bush spoke. J. K. Rowling wrote.", ["George W. Bush spoke.", "J. K. Rowling wrote."]),
    ("He said: “This is it.” Then he left.", ["He said: “This is it.”", "Then he left."]),
    ("\"We will win.\" The crowd cheered.", ["\"We will win.\"", "The crowd cheered."]),
    ("He paused... and resumed. It ended… Nobody knew.", ["He paused... and resumed.", "It ended…", "Nobody knew."]),
    ("It cost 1,000.50 dollars. The No. 5 bus was late.", ["It cost 1,000.50 dollars.", "The No. 5 bus was late."]),
    ("The answer was no. Then silence.", ["The answer was no.", "Then silence."]),
    ("Intro line\n\n  • first bullet\n  • second bullet. Done", ["Intro line", "• first bullet", "• second bullet.", "Done"]),
    ("Really? Yes! Good.", ["Really?", "Yes!", "Good."]),
    ("He worked as a chief physician.Police arrested a man. See example.com or Node.js today.",
     ["He worked as a chief physician.", "Police arrested a man.", "See example.com or Node.js today."]),
])
def test_splits(text, expected):
    assert texts(text) == expected


def test_offsets_point_into_the_original_text_of_a_real_sample():
    text = (SAMPLES / "004_02669ccc118acdf3.txt").read_text(encoding="utf-8")
    spans = split_sentences(text)
    assert spans == sorted(spans)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    sentences = [text[s:e] for s, e in spans]
    assert "Russian Defence Minister Sergei Shoigu said there were 16,000 volunteers in the Middle East ready to fight alongside Russia-backed forces." in sentences
    assert "\"Please do this,\" Mr Putin said." in sentences
    assert "• The fighting is driving increasing numbers of people to flee the country, with refugees now totalling 2.5 million" in sentences


def test_quote_closing_after_the_full_stop_stays_with_its_sentence():
    text = (SAMPLES / "000_01ac11a4b0a1acd1.txt").read_text(encoding="utf-8")
    sentences = texts(text)
    assert "“We will have successful powerful shifts – there will be more volunteers in Russia, and the haters of the Anglo-Saxons will be more active.”" in sentences
    assert "He added: “Now about 3,500 foreigners are fighting on the side of Ukraine." in sentences


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []
