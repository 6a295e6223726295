"""How many fuzz cases each suite ran (hypothesis calls a test body once per case)."""

from __future__ import annotations

from collections import Counter

FUZZ_TALLY: Counter = Counter()
