"""Helpers the detectors share: word lists compiled as a trie (a long alternation costs one pass, not one per
word), and whether a line is written as a title."""

from __future__ import annotations

import re


def trie_alternation(words) -> str:
    """A regex alternation matching exactly ``words``, factored by common prefixes (faster than a flat list)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


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
