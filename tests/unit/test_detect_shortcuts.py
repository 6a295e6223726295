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


# The case-insensitive word test: the letters whose lower case differs from how an IGNORECASE pattern reads them
# ("İ", "ı", "ſ", the Kelvin sign), cases mixed, the words cut short.
CASED = st.lists(st.sampled_from(["said", "SAID", "Said", "ſaid", "saıd", "SAİD", "sai", "d", "will", "WİLL", "’ll",
                                  "'LL", "K", "\u212a", "x", " ", "İ", "ı", "ſ", "ß", "Σ", "("]), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(CASED)
def test_the_any_case_word_test_answers_as_an_ignorecase_search(text):
    from claimlight.detect.patterns import holds_any_case
    for words in (("said",), ("will", "'ll", "’ll"), ("k", "(")):
        expected = re.search("|".join(map(re.escape, words)), text, re.IGNORECASE) is not None
        assert holds_any_case(text, words) == expected


def _screens():
    """(pattern, screen) for every pattern that a cheap word test now guards: the screen must pass every match."""
    import claimlight.detect as detect
    from claimlight.detect import advice, attribution, furniture, hedges, levels, numbers, sources
    from claimlight.detect.patterns import holds_any_case
    return [
        (furniture.FURNITURE_ANYWHERE, lambda t: holds_any_case(t, furniture._FURNITURE_WORDS)),
        (detect._OWN_TEST, lambda t: holds_any_case(t, detect._OWN_TEST_WORDS)),
        (hedges.HEDGE, lambda t: any(word in t for word in hedges._HEDGE_WORDS)),
        (hedges.UNVERIFIABLE, lambda t: holds_any_case(t, hedges._VERIFY_WORDS)),
        (levels.OPINION_MARKERS, lambda t: holds_any_case(t, levels._OPINION_WORDS)),
        (sources._STUDY_WORD, lambda t: holds_any_case(t, sources._STUDY_WORDS)),
        (numbers.NEWS_COMPARISON, lambda t: numbers._COMPARISON_WORD.search(t) is not None
         or holds_any_case(t, numbers._COMPARISON_WORDS_ANY_CASE)),
        (advice._NORM, lambda t: holds_any_case(t, advice._NORM_WORDS)),
        (numbers._BATTERY, lambda t: holds_any_case(t, numbers._BATTERY_WORDS)),
        (numbers._VIEW_ANGLE, lambda t: holds_any_case(t, numbers._VIEW_ANGLE_WORDS)),
        (advice._ARITHMETIC, lambda t: any(sign in t for sign in advice._ARITHMETIC_SIGNS)),
        (advice._ASSUMING, lambda t: "assum" in t),
        (attribution._RELAYED_BY, lambda t: any(word in t for word in attribution._RELAY_WORDS)),
        (attribution._TOLD_NAMED, lambda t: "told" in t or "tell" in t),
        (attribution._TOLD_HERE, lambda t: "told" in t or "tell" in t),
        (attribution._POLL_OF, lambda t: "poll" in t or "survey" in t),
        (attribution._POLL_BY, lambda t: "poll" in t or "survey" in t),
        (detect._RELEASES_REPORT, lambda t: any(word in t for word in detect._RELEASE_WORDS)),
        (detect._WONDERED_WHETHER, lambda t: "wonder" in t or "ask" in t),
        (detect._COUNTERFACTUAL_REPORT, lambda t: "would" in t),
        (attribution.AS_GIVEN_IN, lambda t: any(verb in t for verb in attribution._AS_GIVEN_VERBS)),
        (attribution._POSSESSIVE_BEFORE, lambda t: "'" in t or "’" in t),
        (detect.CHECKABLE_CUE, lambda t: detect._DIGIT.search(t) or holds_any_case(t, detect._CHECKABLE_WORDS)),
    ]


# One phrase for each alternative of the screened patterns, in the cases they are read in.
SCREENED_PHRASES = [
    "Sign up to our list", "SUBSCRIBE TO", "our free newsletter", "Our Homepage", "read full article", "All Rights Reserved",
    "our weekly email newsletters", "(Photos: AP)", "delivered straight to your inbox", "Terms of Service", "privacy policy",
    "cookie Policy", "in our lab tests", "our readings", "ours only needed", "We benchmarked it", "we logged", "our team clocked",
    "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "unconfirmed", "unverified", "rumoured", "could",
    "might", "may have", "may be", "were thought to", "it is understood", "appears to", "seems to", "possibly",
    "cannot be verified", "none of it could be independently confirmed", "was not verified", "has not yet been confirmed",
    "were unable to verify", "without providing evidence", "offered no evidence", "did not provide any evidence",
    "WILL", "shall", "needs to", "wanted to", "hopes", "plans to", "intends to", "going to", "vowed", "pledged", "promised",
    "urged", "Please", "let's", "called for", "is highly unlikely to", "I felt", "We hoped", "expects", "hopeful", "proud",
    "exciting", "confident", "optimistic", "pessimistic", "disappointed", "pleased", "delighted", "shocked", "inappropriate",
    "unacceptable", "outrageous", "so deeply wonderful", "is incredible", "grateful", "happy", "glad", "healthiest",
    "unhealthy", "created equal", "game-changer", "doesn’t want", "we want", "left them intrigued", "a pivotal role",
    "remarkable success", "makes much more sense", "undermines", "she’ll", "STUDY", "Findings",
    "halving", "dropping", "declined", "increasing", "growth", "went down.", "worst", "most recent", "least known", "poorer",
    "more popular", "for the second time", "Fifth straight", "the first to", "more of them than", "far better",
    "at the top of the league", "MORE AND MORE", "Less and less", "increasingly", "accelerating", "minority of", "twice as",
    "3 times more", "fewer than expected", "closed higher", "a marked rise",
    "Ideally", "a rule of thumb", "a good starting point", "a safe place to begin", "a kind gesture", "My final tip is",
    "Batteries", "RECHARGEABLE", "charged", "lifespan", "light source", "bulbs", "GPS mode", "longevity", "runtime",
    "field of view", "viewing angle", "angle of view", "swivel", "tilt", "rotation", "panning", "obstacle detection",
    "wide-angle", "FOV", "360° view", "2 × 3", "= 5", "$3 + $4", "Prices shown assume 4", "assuming that a 5",
    "via The Times", "per Reuters", "obtained by Variety", "seen by The Guardian", "reviewed by CNN", "told local media",
    "told The Post", "telling me", "A Gallup poll", "a survey by the Pew Center", "Acme Corp has released its report",
    "New data from the Office shows", "Annual Report Reveals", "She wondered whether", "he asks if",
    "would have said", "would’ve claimed", "As first reported in The Times", "as documented in a 2020 Report",
    "the company's ", "Editor’S ", "4", "Said", "according", "REPORTS", "claimed", "percent", "half", "third", "quarter",
    "dozens", "hundreds", "thousands", "millions", "billions", "majority", "record", "increasingly", "decreased", "rose",
    "risen", "fell", "fallen", "doubled", "tripled", "halved", "largest", "biggest", "highest", "lowest", "studies",
    "research", "survey", "Experts",
]


def test_every_screen_passes_the_phrases_its_pattern_matches():
    screens = _screens()
    matched = set()
    for phrase in SCREENED_PHRASES:
        for pattern, screen in screens:
            if pattern.search(phrase):
                matched.add(phrase)
                assert screen(phrase), (pattern.pattern[:40], phrase)
    assert matched == set(SCREENED_PHRASES)  # each phrase is a match of some screened pattern


# The patterns rewritten so the regex engine turns positions down sooner: each change, now and as written before.
_REWRITTEN = [
    ("claimlight.sentences", "_BOUNDARY", [(r"(?P<stop>[.!?…](?:(?<=\.)\.\.|(?<=…)|(?<=[.!?])[.!?]*))",
                                            r"(?P<stop>\.{3}|…|[.!?]+)")]),
    ("claimlight.detect.attribution", "_HARD_BREAK", [(r"[,;:“”\"—–](?:(?<!,)|(?<!\d,)|(?!\d{3}\b))",
                                                       r"(?:(?:(?<!\d),|,(?!\d{3}\b))|[;:“”\"—–])")]),
    ("claimlight.detect.attribution", "_CLAUSE_BREAK", [(
        r"[\s,;:()“”\"—–](?<!\s\s)(?:(?<=\s)\s*(?:(?:(?<!\d),|,(?!\d{3}\b))|[;:()“”\"—–])\s*|(?<=\s)\s*-\s+|(?<=[;:()“”\"—–])\s*"
        r"|(?<=,)(?:(?<!\d,)|(?!\d{3}\b))\s*)",
        r"(?:(?!\s)|(?<!\s))(?:\s*(?:(?:(?<!\d),|,(?!\d{3}\b))|[;:()“”\"—–])\s*|\s+-\s+)")]),
    ("claimlight.detect", "REPORTING_WORDS", [(r"(?:s(?<!\ws)(?:aid|ays|tated)|t(?<!\wt)old|a(?<!\wa)(?:ccording to|nnounced"
                                                r"|dded)|r(?<!\wr)eported|c(?<!\wc)laimed)",
                                                r"\b(?:said|says|told|according to|reported|announced|claimed|stated|added)")]),
    ("claimlight.detect", "_LOWER_WORD", [(r"[a-z](?<![\w'’-][a-z])", r"(?<![\w'’-])[a-z]")]),
    ("claimlight.detect.numbers", "_IN_SHARE", [(r"(?P<numerator>\d(?<![\d.,]\d)\d?)", r"(?<![\d.,])(?P<numerator>\d{1,2})")]),
    ("claimlight.detect.numbers", "FRACTION", [(r"(?P<numerator>\d(?<![\d/]\d)\d?)", r"(?<![\d/])(?P<numerator>\d{1,2})")]),
    ("claimlight.detect.numbers", "_SHARE_BEFORE_WORD", [(r"(?P<number>\d(?<!\w\d)\d{0,2})", r"\b(?P<number>\d{1,3})")]),
    ("claimlight.detect.numbers", "WORD_FIGURE", [
        (r"most(?<!the\smost)(?<!at\smost)", r"(?<!the\s)(?<!at\s)most"),
        (r"a(?<!\bin\sa)(?<!thanks\sa)\s", r"(?<!\bin\s)(?<!thanks\s)a\s"),
        (r"a(?:(?<=about\sa)|(?<=around\sa)|(?<=nearly\sa)|(?<=almost\sa)|(?<=roughly\sa)|(?<=over\sa))",
         r"(?:(?<=about\s)|(?<=around\s)|(?<=nearly\s)|(?<=almost\s)|(?<=roughly\s)|(?<=over\s))a"),
    ]),
    ("claimlight.detect.sources", "_LED_BY", [(r"led(?<!\wled)", r"\bled")]),
    ("claimlight.detect.sources", "_PUBLISHED_IN", [(r"(?:p(?<!\wp)ublished|a(?<!\wa)ppear(?:ed|ing|s))",
                                                     r"\b(?:published|appeared|appearing|appears)")]),
]
PIECES_OF_REWRITTEN = st.lists(st.sampled_from(
    [".", "..", "...", "…", "!", "?", "!?", "”", ")", " ", "\n", "A", "a", "1", "12", "123", "1,234", ",", ";", "—", "%",
     "x", "_", "-", "é", "led", "by", "published", "appeared", "appearing", "appears", "in", "‐", "researchers", "at",
     "the", "Lancet", "Oxford", "points", "Police", "\t", "   ", "(", " - ", "1234", "most", "of", "them", "a", "thousand",
     "million", "things", "thanks", "about", "over", "win", "protesters", "/", "in 5", "9 in 10", ".5", "3/4", "said",
     "says", "stated", "told", "according to", "announced", "added", "reported", "claimed", "’", "'", "Said", "it's"]),
    max_size=25).map("".join)


@settings(max_examples=1000, deadline=None)
@given(PIECES_OF_REWRITTEN, st.integers(min_value=0, max_value=40))
def test_rewritten_patterns_match_as_before(text, start):
    import importlib
    for module, name, changes in _REWRITTEN:
        pattern = getattr(importlib.import_module(module), name)
        written_before = pattern.pattern
        for now, before in changes:
            assert written_before.count(now) == 1, (name, now)
            written_before = written_before.replace(now, before)
        before = re.compile(written_before, pattern.flags)
        assert [(m.span(), m.groups()) for m in before.finditer(text, start)] == \
            [(m.span(), m.groups()) for m in pattern.finditer(text, start)], name


REFERENCE_PIECES = st.lists(st.sampled_from(
    ["Smith J", "Smith J, Jones K", ", ", ". ", " ", "\u00a0", "\t", "(2019)", "2019", "et al", "et\u00a0al.", "doi:", "1(2):",
     "Retrieved from", ";", "x", "Running", "and others", "[PubMed]", ", 5th ed.", "Proceedings of", "volume 4, issue 2"]),
    max_size=12).map("".join)


@settings(max_examples=1000, deadline=None)
@given(REFERENCE_PIECES)
def test_a_reference_entry_is_read_as_when_every_passing_paragraph_was_searched_whole(paragraph):
    from claimlight.detect import advice
    gate = any(cue in paragraph for cue in advice._REFERENCE_CUES) or advice._DIGIT_BRACKET.search(paragraph) \
        or advice._AUTHOR_INITIALS.match(paragraph)
    assert advice.is_reference_entry(paragraph) == bool(gate and advice._REFERENCE_ENTRY.search(paragraph))
