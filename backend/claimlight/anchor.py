"""W3C-style selectors for a claim: the quote, 32 characters either side, and its position.

The extension re-finds the quote in the live page (whose text differs from the
extracted text in whitespace and furniture), so the prefix and suffix carry the
context that picks the right occurrence of a repeated phrase such as "45%".
"""

from __future__ import annotations

CONTEXT_CHARS = 32


def make_selector(text: str, start: int, end: int) -> dict:
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}:{end} outside text of length {len(text)}")
    return {
        "exact": text[start:end],
        "prefix": text[max(0, start - CONTEXT_CHARS):start],
        "suffix": text[end:end + CONTEXT_CHARS],
        "start": start,
        "end": end,
    }


def locate(text: str, selector: dict) -> tuple[int, int] | None:
    """Find a selector's quote in ``text``: the position first, then prefix+quote+suffix, then the quote alone."""
    exact = selector["exact"]
    start = selector.get("start")
    if start is not None and text[start:start + len(exact)] == exact:
        return start, start + len(exact)
    with_context = selector.get("prefix", "") + exact + selector.get("suffix", "")
    at = text.find(with_context)
    if at >= 0:
        begin = at + len(selector.get("prefix", ""))
        return begin, begin + len(exact)
    at = text.find(exact)
    return (at, at + len(exact)) if at >= 0 else None
