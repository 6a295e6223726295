"""The detector's shortcuts give exactly what the plain regular expressions they stand for give, on any text."""

import re

from hypothesis import given, settings, strategies as st

from claimlight.detect import _CUT_BEFORE_A_LINK, ends_before_a_link
from claimlight.detect.attribution import _INVERTED_AFTER, _INVERTED_WINDOW, _inverted_after
from claimlight.sentences import split_sentences
from claimlight.detect.sources import TITLES, _names_a_title

# Texts built from what the patterns look at: breaks, spaces of several kinds, the short words, titles, possessives.
PIECES = st.sampled_from([",", ";", ":", "”", "\"", "’", "'", "—", "–", "(", " ", "  ", "\n", "\u00a0", "\t", "has ",
                          "later ", "then", "once ", "also", "said", "Mr.", "gov.", "minister's", "President’s", "x",
                          "Smith", ".", "s", "'s", "’s", "chief", "Dr"])
TEXTS = st.lists(PIECES, max_size=40).map("".join)
_WORDS_PLAIN_ALTERS = re.compile(r"\S*(?:\.|['’]s)\S*")  # what _names_a_title once searched the whole sentence with


@settings(max_examples=1000, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=200))
def test_the_windowed_inverted_frame_test_is_the_full_search(text, at):
    at = min(at, len(text))
    assert _inverted_after(text, at) == (_INVERTED_AFTER.search(text, 0, at) is not None)


def test_a_run_of_spaces_longer_than_the_window_is_still_read():
    text = "“We lost half,”" + " " * (3 * _INVERTED_WINDOW) + "then "
    assert _inverted_after(text, len(text)) and _INVERTED_AFTER.search(text, 0, len(text))


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
def test_the_title_test_reads_every_word_the_whole_sentence_search_did(text):
    low = text.lower()
    expected = not TITLES.isdisjoint(low.split()) or any(
        word.rstrip(".").replace("’s", "").replace("'s", "") in TITLES for word in _WORDS_PLAIN_ALTERS.findall(low))
    assert _names_a_title(text) == expected


ENDINGS = st.lists(st.sampled_from(["our", "the", "a", "an", "their", "these", "its", "data", "Tea", "x", " ", "  ", "\n",
                                    "\t", ".", ",", "“", "is", "in", "The"]), max_size=12).map("".join)


@settings(max_examples=1000, deadline=None)
@given(ENDINGS)
def test_the_cut_before_a_link_test_reads_the_last_word_as_the_whole_sentence_search_did(sentence):
    assert ends_before_a_link(sentence) == (_CUT_BEFORE_A_LINK.search(sentence) is not None)


BULLETED = st.lists(st.sampled_from(["• ", "▪ ", "►", " ", "\n", "\n\n", "Prices rose 5%. ", "Step 2", "●x"]),
                    max_size=15).map("".join)


@settings(max_examples=500, deadline=None)
@given(BULLETED)
def test_sentences_split_at_bullets_as_when_every_block_was_scanned_for_one(text):
    import claimlight.sentences as sentences
    gated = split_sentences(text)
    always, sentences._BULLET_MARK = sentences._BULLET_MARK, re.compile("")  # every block scanned, as before the gate
    try:
        assert gated == split_sentences(text)
    finally:
        sentences._BULLET_MARK = always
