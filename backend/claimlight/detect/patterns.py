"""Helpers the detectors share: word lists compiled as a trie (a long alternation costs one pass, not one per
word), a screen of plain words to test before a costly pattern, and whether a line is written as a title."""

from __future__ import annotations

import re

# Names the rules keep apart from the names of people and bodies, written out once: alternations for a regex.
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAYS = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


def trie_alternation(words) -> str:
    """A regex alternation matching exactly ``words``, factored by common prefixes (faster than a flat list)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


# The only characters an IGNORECASE pattern reads as an ASCII letter whose lower case is not that letter: "İ" and
# "ı" (as i), "ſ" (as s). Every other character's lower case is an ASCII letter exactly where such a pattern reads it
# as that letter.


def holds_any_case(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (lower case) in any case: the answer of an IGNORECASE search for them.

    A screen before a pattern whose every match holds one of ``words``: a few substring tests cost a fraction of the
    pattern's attempt at every position.
    """
    low = text.lower()
    for word in words:
        if word in low:
            return True
    return not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text) and re.search(
        "|".join(map(re.escape, words)), text, re.IGNORECASE) is not None


def is_title_case(text: str) -> bool:
    """Whether ``text`` is written as a title ("Zelensky Claims 16,000 Mercenaries Are Coming"): most longer words capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char).replace("\\ ", r"\s") + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
