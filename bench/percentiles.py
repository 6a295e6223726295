"""The one definition of a percentile that every bench reports (and the load generator the load test shares).

Linear interpolation between the two nearest ranks, as numpy's default and
``statistics.quantiles(method="inclusive")`` do: ``percentile(values, 0.5)`` is
exactly ``statistics.median(values)``, so a bench's median and p95 come from
the same rule, and a p95 of a few values is not simply the largest of them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable


def percentile(values: Iterable[float], share: float) -> float:
    """The ``share`` (0..1) percentile of ``values``; there is none of no values."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("a percentile of no values")
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be within 0..1, not {share}")
    position = share * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
