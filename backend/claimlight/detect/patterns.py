"""Regex building helpers: word lists compiled as a trie, so a long alternation costs one pass, not one per word."""

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


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char).replace("\\ ", r"\s") + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
