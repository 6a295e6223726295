"""The numpy logistic head: fits, round-trips, refuses wrong shapes, and refits toward feedback."""

import numpy as np
import pytest

from claimlight.llm.feedback import MARKED_NOT_A_CLAIM
from claimlight.llm.features import FEATURE_NAMES, pipeline_claim_features, sentence_features
from claimlight.llm.head import HeadError, LogisticHead, f1_report, refit_with_prior, train_head
from claimlight.llm.scoring import GUIDE_DEMOTE_AT, REPORTING_DEMOTE_AT, article_is_reporting, claim_scores, demote_threshold, judged_changes
from claimlight.pipeline import analyze_page


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


def test_shipped_head_loads_with_the_features_the_code_computes():
    head = LogisticHead.shipped()
    assert head.size == 576 and 0 < head.threshold < 1 and head.feature_names == FEATURE_NAMES
    assert head.meta["held_out"]["f1"] > 0 and head.meta["rules_alone_held_out"]["f1"] > 0


PAGE_SENTENCES = [
    "Officials said that 16,000 volunteers had signed up, a figure nobody could confirm.",
    "According to the Health Ministry, hospital admissions may have risen by 40% last winter.",
    "Unemployment fell to 3.9% in March, the lowest rate since 2019, the statistics office reported.",
    "Sources familiar with the talks said the deal was close to being signed.",
    "Jane Smith, the mayor, told reporters that the new bridge would cost $12 million.",
]


def _page(sentences):
    paragraphs = "".join(f"<p>{s}</p>" for s in sentences)
    return f"<html><head><title>Story</title></head><body><article><h1>Story</h1>{paragraphs}</article></body></html>"


def test_pipeline_claims_and_training_sentences_get_the_same_features():
    analysis = analyze_page("https://news.example/skew", "Story", _page(PAGE_SENTENCES))
    assert len(analysis["claims"]) >= 4
    for claim in analysis["claims"]:
        served = pipeline_claim_features([claim])[0]
        assert np.array_equal(served, sentence_features(claim["text"])), claim["text"]
        demoted = {**claim, **judged_changes(claim, 0.01, 0.5, "m")}
        assert demoted["level"] == "low" and np.array_equal(pipeline_claim_features([demoted])[0], served)


def test_the_readers_verdict_stands_over_the_models_score():
    claim = next(c for c in analyze_page("https://news.example/verdicts", "Story", _page(PAGE_SENTENCES))["claims"]
                 if c["level"] == "high")
    assert judged_changes(claim, 0.01, 0.5, "m")["level"] == "low"  # the control: the model alone demotes it
    kept = judged_changes({**claim, "feedback": "useful"}, 0.01, 0.5, "m")
    assert kept["level"] == "high" and not any(r.startswith("the model ") for r in kept["reasons"])
    marked = judged_changes({**claim, "feedback": "not_a_claim", "level": "low", "level_before_feedback": "high",
                             "reasons": [*claim["reasons"], MARKED_NOT_A_CLAIM]}, 0.99, 0.5, "m")
    assert (marked["level"], marked["level_before_feedback"], marked["reasons"][-1]) == ("low", "high", MARKED_NOT_A_CLAIM)
    assert marked["rule_level"] == "high"


def test_rule_features_separate_a_flagged_claim_from_furniture():
    claim = dict(zip(FEATURE_NAMES, sentence_features(PAGE_SENTENCES[0])))
    furniture = dict(zip(FEATURE_NAMES, sentence_features("Sign up for our newsletter to get the best stories every morning.")))
    assert claim["rule_flagged"] == 1 and claim["rule_numerical"] == 1 and claim["rule_source_anonymous"] == 1
    assert claim["rule_hedged"] == 1 and claim["reporting_verbs"] > 0 and claim["has_digit"] == 1
    assert furniture["rule_flagged"] == 0 and furniture["imperative"] == 1 and furniture["has_digit"] == 0


def test_features_move_the_score_and_missing_features_read_as_neutral(tmp_path):
    x, y = _data(d=4)
    features = np.column_stack([y + 0.1 * np.random.default_rng(1).normal(size=len(y)), np.zeros(len(y))])
    head = train_head(np.hstack([x, features]), y, l2=np.r_[np.full(4, 100.0), [0.1, 0.1]], feature_names=("a", "b"))
    assert head.size == 4
    with_features = f1_report(y, (head.probabilities(x, features) >= 0.5).astype(int))["f1"]
    assert with_features > f1_report(y, (head.probabilities(x) >= 0.5).astype(int))["f1"] and with_features > 0.97
    neutral = head.probabilities(x[:3], np.tile(head.mean[4:], (3, 1)))
    assert np.allclose(head.probabilities(x[:3]), neutral)
    with pytest.raises(HeadError, match="expects 2 a row"):
        head.probabilities(x[:3], np.zeros((3, 5)))
    head.save(tmp_path / "h.json")
    loaded = LogisticHead.load(tmp_path / "h.json")
    assert loaded.feature_names == ("a", "b") and np.allclose(loaded.probabilities(x, features), head.probabilities(x, features))
    personal = refit_with_prior(head, x[y == 1][:6], np.zeros(6), pull=5.0, features=features[y == 1][:6])
    assert np.all(personal.probabilities(x[y == 1][:6], features[y == 1][:6]) < head.probabilities(x[y == 1][:6], features[y == 1][:6]))


def test_claim_scores_refuses_a_head_trained_on_other_features():
    x, y = _data(d=4)
    head = train_head(np.hstack([x, x[:, :1]]), y, l2=1.0, feature_names=("something_else",))
    with pytest.raises(HeadError, match="retrain"):
        claim_scores(head, [{"text": "Officials said 5 people came."}], x[:1])


def test_news_demotes_no_higher_than_the_heads_threshold_and_guides_higher():
    head = LogisticHead.shipped()
    news = " ".join(f"The ministry said {n} soldiers died, officials told reporters." for n in range(3, 13))
    guide = " ".join(f"Add {n} cups of flour and stir the batter well." for n in range(3, 13))
    assert demote_threshold(head, article_is_reporting(news)) == min(head.threshold, REPORTING_DEMOTE_AT) <= head.threshold
    assert demote_threshold(head, article_is_reporting(guide)) == max(head.threshold, GUIDE_DEMOTE_AT) > head.threshold


def test_a_figure_credited_by_the_pages_own_tests_is_scored_as_its_sentence_reads_alone():
    text = "The Segway has a 34.4-mile range and a top speed of 21.4 miles per hour."
    bare = {"kinds": ["numerical"], "figures": [{}, {}], "source": {"text": None, "kind": "none"}, "hedges": [],
            "linked": False, "level": "high"}
    credited = {**bare, "source": {"text": "the publication", "kind": "organisation", "credited_by": "page_tests"},
                "level": "medium"}
    sourced = {**credited, "source": {"text": "the publication", "kind": "organisation"}}
    assert np.array_equal(pipeline_claim_features([{**credited, "text": text}])[0],
                          pipeline_claim_features([{**bare, "text": text}])[0])
    assert not np.array_equal(pipeline_claim_features([{**sourced, "text": text}])[0],
                              pipeline_claim_features([{**bare, "text": text}])[0])


def test_refit_from_a_saturated_start_converges_instead_of_swinging():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(400, 600))
    y = (x[:, 0] > 0).astype(int)
    shipped = train_head(x, y, l2=30.0)
    shipped.bias = 6.0  # the prior scores every example near 1, as the shipped head scores a claim it is sure of
    examples = x[:6]
    assert np.all(shipped.probabilities(examples) > 0.95)
    personal = refit_with_prior(shipped, examples, np.zeros(6), pull=30.0)
    assert np.all(personal.probabilities(examples) < 0.6)
