"""The benches' one percentile (bench/percentiles.py): numpy's default rule, and its p50 is the median."""

from __future__ import annotations

import random
import statistics

import numpy as np
import pytest

from bench.percentiles import percentile


@pytest.mark.parametrize("count", [1, 2, 3, 20, 101])
def test_percentiles_interpolate_between_the_nearest_ranks(count):
    rng = random.Random(count)
    values = [rng.uniform(0, 1000) for _ in range(count)]
    for share in (0.0, 0.05, 0.5, 0.95, 0.99, 1.0):
        assert percentile(values, share) == pytest.approx(float(np.percentile(values, share * 100)), abs=1e-9)
    assert percentile(values, 0.5) == pytest.approx(statistics.median(values), abs=1e-9)


def test_a_p95_of_twenty_values_is_not_simply_the_largest():
    values = list(range(1, 21))
    assert percentile(values, 0.95) == pytest.approx(19.05)
    assert percentile(values, 1.0) == 20


def test_there_is_no_percentile_of_nothing():
    with pytest.raises(ValueError):
        percentile([], 0.95)
