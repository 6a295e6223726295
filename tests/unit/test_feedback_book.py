"""The reader's feedback book: verdicts, the anchors kept beside them, and the personal head refitted on both."""

import json

import numpy as np
import pytest

from claimlight.llm.feedback import (ANCHORS_PER_CLICK, MARKED_NOT_A_CLAIM, FeedbackBook, anchor_claims, anchors_for,
                                      verdict_changes)
from claimlight.llm.head import LogisticHead

# One embedding direction the shipped head reads as "claim"; the second tells the reader's dismissed sentences
# (+1) from the page's other claims (-1), which the shipped head scores alike.
SHIPPED = LogisticHead(mean=np.zeros(2), scale=np.ones(2), weights=np.array([1.0, 0.0]), bias=0.0, threshold=0.5)
DISMISSED, OTHER = [1.0, 1.0], [1.0, -1.0]


def shipped_score(embedding: list[float]) -> float:
    return float(SHIPPED.probabilities(np.array([embedding]))[0])


def anchors(page: int, count: int = 2) -> list[dict]:
    return [{"claim_id": f"p{page}-other{j}", "target": shipped_score(OTHER), "embedding": OTHER, "features": []}
            for j in range(count)]


def dismiss_on_pages(book: FeedbackBook, pages: int, with_anchors: bool) -> None:
    for page in range(pages):
        book.add(f"p{page}-clicked", "A sentence the reader dismissed.", "not_a_claim", DISMISSED, [], None,
                 anchors(page) if with_anchors else ())


@pytest.mark.parametrize("with_anchors", [False, True])
def test_a_reader_who_only_dismisses_moves_the_other_claims_only_without_anchors(tmp_path, with_anchors):
    book = FeedbackBook(tmp_path / "feedback")
    dismiss_on_pages(book, 40, with_anchors)
    personal = book.refit(SHIPPED)
    dismissed, other = personal.probabilities(np.array([DISMISSED, OTHER]))
    assert dismissed < 0.5 < shipped_score(DISMISSED)
    drop = shipped_score(OTHER) - other
    if with_anchors:
        assert abs(drop) < 0.05, "the page's other claims stay where the shipped head put them"
        assert personal.meta["examples"] == 40 and personal.meta["anchors"] == 80
    else:
        assert drop > 0.1, "the control: verdicts alone pull every claim down with the dismissed ones"


def test_anchors_keep_no_text_count_as_no_verdict_and_go_with_their_page(tmp_path):
    book = FeedbackBook(tmp_path / "feedback")
    assert book.add("p0-clicked", "A sentence the reader dismissed.", "not_a_claim", DISMISSED, [], None, anchors(0)) == 1
    # A second click on the same page: its anchors are kept once, and the clicked anchor becomes a verdict.
    assert book.add("p0-other0", "Another claim.", "useful", OTHER, [], None,
                    [a for a in anchors(0) if a["claim_id"] != "p0-other0"] + [anchors(0)[0] | {"claim_id": "p0-clicked"}]) == 2
    stored = [json.loads(line) for line in book.examples_path.read_text().splitlines()]
    assert sorted((e["claim_id"], e["verdict"]) for e in stored) == [
        ("p0-clicked", "not_a_claim"), ("p0-other0", "useful"), ("p0-other1", "anchor")]
    assert "text" not in next(e for e in stored if e["verdict"] == "anchor")
    assert [e["claim_id"] for e in book.examples()] == ["p0-clicked", "p0-other0"]
    assert book.forget({"p0-clicked", "p0-other0", "p0-other1"})
    assert not book.examples_path.read_text().strip()


def test_anchors_alone_never_make_a_personal_head(tmp_path):
    book = FeedbackBook(tmp_path / "feedback")
    for page in range(4):  # 4 verdicts, under REFIT_AFTER, with 8 anchors
        book.add(f"p{page}-clicked", "A sentence.", "not_a_claim", DISMISSED, [], None, anchors(page))
    assert book.refit(SHIPPED) is None and not book.head_path.exists()
    assert book.reset() == 4


def test_anchors_for_scores_each_claim_with_the_shipped_head():
    claims = [{"id": "c1", "text": "12 people were hurt.", "kinds": ["numerical"], "source": {"kind": "none"}, "level": "high",
               "figures": [{"text": "12"}]},
              {"id": "c2", "text": "Officials said so.", "kinds": ["attribution"], "source": {"kind": "anonymous"},
               "level": "high", "figures": []}]
    made = anchors_for(claims, np.array([DISMISSED, OTHER], dtype=np.float32), SHIPPED)
    assert [a["claim_id"] for a in made] == ["c1", "c2"]
    assert [a["target"] for a in made] == pytest.approx([shipped_score(DISMISSED), shipped_score(OTHER)], abs=1e-6)
    assert all("text" not in a and len(a["embedding"]) == 2 for a in made)
    assert anchors_for([], np.zeros((0, 2)), SHIPPED) == []


def test_a_busy_page_gives_a_few_anchors_spread_over_it():
    claims = [{"id": f"c{i}"} for i in range(40)]
    chosen = [c["id"] for c in anchor_claims(claims, "c0")]
    assert len(chosen) == ANCHORS_PER_CLICK and "c0" not in chosen
    assert chosen[0] == "c1" and int(chosen[-1][1:]) > 30, "from the top of the page to its end"
    assert [c["id"] for c in anchor_claims(claims[:4], "c2")] == ["c0", "c1", "c3"]


def test_past_the_anchor_limit_the_oldest_anchors_go_and_every_verdict_stays(tmp_path, monkeypatch):
    monkeypatch.setattr("claimlight.llm.feedback.MAX_ANCHORS", 5)
    book = FeedbackBook(tmp_path / "feedback")
    for page in range(4):  # 2 anchors a click: 8 offered, 5 kept
        book.add(f"p{page}-clicked", "A sentence.", "not_a_claim", DISMISSED, [], None, anchors(page))
    stored = [json.loads(line) for line in book.examples_path.read_text().splitlines()]
    assert [e["claim_id"] for e in stored if e["verdict"] == "anchor"] == [
        "p1-other1", "p2-other0", "p2-other1", "p3-other0", "p3-other1"]
    assert [e["claim_id"] for e in book.examples()] == [f"p{page}-clicked" for page in range(4)]


def test_not_a_claim_shows_the_claim_as_low_and_useful_puts_its_level_back():
    claim = {"level": "high", "reasons": ["credited to an unnamed source"]}
    dismissed = verdict_changes(claim, "not_a_claim")
    assert dismissed["level"] == "low" and dismissed["level_before_feedback"] == "high"
    assert dismissed["reasons"] == ["credited to an unnamed source", MARKED_NOT_A_CLAIM]
    claim |= dismissed
    assert verdict_changes(claim, "not_a_claim")["reasons"].count(MARKED_NOT_A_CLAIM) == 1
    assert verdict_changes(claim, "not_a_claim")["level_before_feedback"] == "high", "not the low it shows now"
    restored = verdict_changes(claim, "useful")
    assert restored == {"feedback": "useful", "level": "high", "reasons": ["credited to an unnamed source"]}
    assert verdict_changes({"level": "medium", "reasons": []}, "useful") == {"feedback": "useful"}
