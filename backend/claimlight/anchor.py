"""W3C-style selectors for a claim: the quote, 32 characters either side, and its position.

The extension re-finds the quote in the live page (whose text differs from the
extracted text in whitespace and furniture), so the prefix and suffix carry the
context that picks the right occurrence of a repeated phrase such as "45%".
"""

from __future__ import annotations

from .schemas import Selector

CONTEXT_CHARS = 32


def make_selector(text: str, start: int, end: int) -> Selector:
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}:{end} outside text of length {len(text)}")
    return {
        "exact": text[start:end],
        "prefix": text[max(0, start - CONTEXT_CHARS):start],
        "suffix": text[end:end + CONTEXT_CHARS],
        "start": start,
        "end": end,
    }
