"""Sentence spans with character offsets into the article text.

Claims are anchored in the live page by their exact text, so a sentence is a
``(start, end)`` span of the original string, never a cleaned copy. Splitting
is rule-based and linear: a full stop, question mark, exclamation mark or
ellipsis ends a sentence when the next thing (after any closing quotes or
brackets) is whitespace and then a capital, digit or opening quote, unless the
word before the stop is an abbreviation or an initial. Paragraph breaks and
bullets always end a sentence.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof rev fr sr jr st mt ft gen col lt maj sgt capt cmdr adm gov sen rep pres supt insp det
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs v etc al approx est dept univ assn bros ave blvd rd hon messrs mssrs op ed vol pp fig inc ltd corp co
    """.split()
)
# Abbreviations that end a sentence as often as not: split after them when a capital follows.
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"etc", "inc", "ltd", "corp", "co"})
# Written in lower case; every other abbreviation counts only when capitalised ("Sun." but not "the sun.").
LOWERCASE_ABBREVIATIONS = frozenset({"etc", "al", "vs", "v", "approx", "est", "pp", "vol", "fig", "op"})

# The terminator is "...", "…" or a run of [.!?], written to open on a character class: the regex engine then skips
# to the next stop character in one fast scan instead of trying a match at every position.
_BOUNDARY = re.compile(
    r"""(?P<stop>[.!?…](?:(?<=\.)\.\.|(?<=…)|(?<=[.!?])[.!?]*))  # the terminator
        (?P<closers>["”’')\]]*)           # quotes or brackets that close after it
        (?P<space>\s+|(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2,}\s))  # or none: "a chief physician.Police arrested", two
                                                           # paragraphs run together
        (?=(?P<next>["“‘'(\[]*[A-Z0-9]))  # next sentence starts with a capital or digit
    """,
    re.VERBOSE,
)
_BULLET = re.compile(r"\s+(?=[•▪◦●■►]\s)")
_BULLET_MARK = re.compile(r"[•▪◦●■►]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _is_abbreviation(text: str, stop_at: int, next_char: str) -> bool:
    """True when the full stop at ``stop_at`` closes an abbreviation or initial, not a sentence."""
    match = _WORD_BEFORE.search(text, max(0, stop_at - 20), stop_at)
    if not match:
        return False
    word = match.group(1)
    bare = word.replace(".", "").lower()
    if len(bare) == 1 and word[-1].isupper():
        return True  # an initial: "George W. Bush", "J. K. Rowling"
    if "." in word and all(len(part) <= 2 for part in word.split(".") if part):
        return True  # dotted acronyms: "U.S.", "U.K.", "a.m.", "p.m."
    if bare == "no":
        return next_char.isdigit()  # "No. 5", but "The answer was no. Then ..."
    if bare in ABBREVIATIONS and (word[0].isupper() or bare in LOWERCASE_ABBREVIATIONS):
        return not (bare in SENTENCE_FINAL_ABBREVIATIONS and next_char.isupper())
    return False


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.group("stop")
        if stop == "." and _is_abbreviation(text, match.start(), match.group("next")[-1]):
            continue
        if stop in ("...", "…") and not match.group("closers") and text[match.end()] in "“\"'‘([":
            continue  # an ellipsis leading into a quotation stays inside the sentence
        sentence_end = match.end("closers")
        if sentence_end > cursor:
            out.append((cursor, sentence_end))
        cursor = match.end()
    if cursor < end:
        out.append((cursor, end))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, in order, trimmed of surrounding whitespace."""
    blocks: list[tuple[int, int]] = []
    cursor = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        blocks.append((cursor, brk.start()))
        cursor = brk.end()
    blocks.append((cursor, len(text)))

    pieces: list[tuple[int, int]] = []
    bulleted = _BULLET_MARK.search(text) is not None  # most text has no bullet: no block need be scanned for one
    for block_start, block_end in blocks:
        inner = block_start
        for bullet in _BULLET.finditer(text, block_start, block_end) if bulleted else ():
            pieces.append((inner, bullet.start()))
            inner = bullet.end()
        pieces.append((inner, block_end))

    raw: list[tuple[int, int]] = []
    for piece_start, piece_end in pieces:
        _split_block(text, piece_start, piece_end, raw)
    return [span for span in (_trimmed(text, s, e) for s, e in raw) if span]
