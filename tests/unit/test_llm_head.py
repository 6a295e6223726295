"""The numpy logistic head: fits, round-trips, refuses wrong shapes, and refits toward feedback."""

import numpy as np
import pytest

from claimlight.llm.head import HeadError, LogisticHead, f1_report, refit_with_prior, train_head


def _data(seed=0, n=400, d=8):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, d))
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(int)
    return x, y


def test_fit_separates_and_is_deterministic():
    x, y = _data()
    head = train_head(x, y, l2=1.0)
    again = train_head(x, y, l2=1.0)
    assert np.array_equal(head.weights, again.weights)
    report = f1_report(y, (head.probabilities(x) >= 0.5).astype(int))
    assert report["f1"] > 0.95


def test_round_trip_and_shape_check(tmp_path):
    x, y = _data()
    head = train_head(x, y, l2=1.0, meta={"model": "m"})
    head.save(tmp_path / "h.json")
    loaded = LogisticHead.load(tmp_path / "h.json")
    assert np.allclose(loaded.probabilities(x), head.probabilities(x))
    with pytest.raises(HeadError, match="expects 8"):
        loaded.probabilities(np.zeros((1, 5)))


def test_refit_moves_scores_toward_feedback_and_stays_near_prior():
    x, y = _data()
    shipped = train_head(x, y, l2=1.0)
    positives = x[y == 1][:6]
    before = shipped.probabilities(positives)
    personal = refit_with_prior(shipped, positives, np.zeros(6), pull=5.0)
    after = personal.probabilities(positives)
    assert np.all(after < before)
    elsewhere = f1_report(y, (personal.probabilities(x) >= 0.5).astype(int))["f1"]
    assert elsewhere > 0.6


def test_shipped_head_loads():
    head = LogisticHead.shipped()
    assert head.size == 576 and 0 < head.threshold < 1
    assert head.meta["held_out"]["f1"] > 0
