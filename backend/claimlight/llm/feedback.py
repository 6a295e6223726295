"""The reader's confirm/dismiss verdicts, kept under ``home/feedback`` as training examples, and the head fitted on them.

An example holds its claim's text, so forgetting a page forgets its examples
(``ModelTraces.forget``), and the personal head is refitted without them, or
removed when too few are left to fit one.

Beside each verdict the book keeps anchors: up to ANCHORS_PER_CLICK of the clicked page's other claims (embedding and
features, no text), each held at the shipped head's own score. A refit on verdicts alone moves the head for every
sentence, and a reader who only ever says "Not a claim" lost most true claims on the sites not clicked: on the
audit's tune pages 10 such clicks took 4.01 claims a page to 2.98, 50 clicks to 1.30. With the anchors the head
changes where the reader disagreed and keeps the shipped judgement elsewhere: 3.63 and 3.14 (bench/feedback_replay.py).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Collection
from pathlib import Path

import numpy as np

from ..store.atomic import atomic_write, remove_temp_files
from .features import pipeline_claim_features
from .head import LogisticHead, refit_with_prior

VERDICTS = {"useful": 1, "not_a_claim": 0}
ANCHOR = "anchor"  # an example that is no verdict: another claim of a clicked page, at the shipped head's score
ANCHORS_PER_CLICK = 8
# The book is rewritten whole on each click: past this many anchors the oldest go, so a click costs at most about
# what the 100th did (0.55 s, 11 MB) however long the reader keeps clicking.
MAX_ANCHORS = 100 * ANCHORS_PER_CLICK
REFIT_AFTER = 5
FEEDBACK_PULL = 30.0


def anchor_claims(claims: list[dict], clicked_id: str) -> list[dict]:
    """The clicked page's other claims to keep as anchors: all of them, or ANCHORS_PER_CLICK spread evenly over the
    page, so one busy page (a review's hundred spec rows) does not outweigh the reader's other clicks."""
    others = [c for c in claims if c["id"] != clicked_id]
    if len(others) <= ANCHORS_PER_CLICK:
        return others
    return [others[i * len(others) // ANCHORS_PER_CLICK] for i in range(ANCHORS_PER_CLICK)]


def anchors_for(claims: list[dict], embeddings: np.ndarray, shipped: LogisticHead) -> list[dict]:
    """A clicked page's other claims as anchors: each held at the shipped head's score for it, with no text."""
    if not claims:
        return []
    features = pipeline_claim_features(claims)
    targets = shipped.probabilities(embeddings[:, :shipped.size], features if shipped.feature_names else None)
    return [{"claim_id": c["id"], "target": round(float(target), 6), "embedding": vector.tolist(), "features": row.tolist()}
            for c, target, vector, row in zip(claims, targets, embeddings, features)]


MARKED_NOT_A_CLAIM = "you marked this as not a claim; shown as low"


def marked_not_a_claim(reasons: list[str]) -> list[str]:
    """``reasons`` with the reader's "Not a claim" last, once: after a verdict, and after a model's score given later."""
    return [r for r in reasons if r != MARKED_NOT_A_CLAIM] + [MARKED_NOT_A_CLAIM]


def verdict_changes(claim: dict, verdict: str) -> dict:
    """What a verdict changes on the claim itself: "Not a claim" shows it as low at once (the personal head only
    reaches later pages), and "Useful" puts back the level it had before."""
    reasons = claim.get("reasons", [])
    changes = {"feedback": verdict}
    if verdict == "not_a_claim":
        changes.update(level="low", reasons=marked_not_a_claim(reasons),
                       level_before_feedback=claim.get("level_before_feedback", claim["level"]))
    elif "level_before_feedback" in claim:
        changes.update(level=claim["level_before_feedback"], reasons=[r for r in reasons if r != MARKED_NOT_A_CLAIM])
    return changes


def _verdict_count(examples: list[dict]) -> int:
    return sum(1 for e in examples if e["verdict"] != ANCHOR)


class FeedbackBook:
    def __init__(self, directory: Path):
        self.directory = directory
        self._lock = threading.Lock()

    @property
    def examples_path(self) -> Path:
        return self.directory / "examples.jsonl"

    @property
    def head_path(self) -> Path:
        return self.directory / "head.json"

    def add(self, claim_id: str, text: str, verdict: str, embedding: list[float] | None, features: list[float],
            embedder: str | None, anchors: Collection[dict] = ()) -> int:
        """Record one verdict (a later verdict on the same claim replaces it); returns the count of verdicts.

        The features are the claim's as served and ``embedder`` names what made the embedding, so a refit
        after an upgrade to another embedder can leave out the examples it cannot read. ``anchors`` are the page's
        other claims ({"claim_id", "target", "embedding", "features"}); one already kept, or with a verdict, is not
        added again, and past MAX_ANCHORS the oldest anchors go.
        """
        with self._lock:
            examples = [e for e in self._read() if e["claim_id"] != claim_id]
            examples.append({"claim_id": claim_id, "text": text, "verdict": verdict, "embedding": embedding,
                             "features": features, "embedder": embedder})
            kept = {e["claim_id"] for e in examples}
            examples += [{**anchor, "verdict": ANCHOR, "embedder": embedder} for anchor in anchors
                         if anchor["claim_id"] not in kept]
            anchor_positions = [i for i, e in enumerate(examples) if e["verdict"] == ANCHOR]
            oldest = set(anchor_positions[:max(0, len(anchor_positions) - MAX_ANCHORS)])
            examples = [e for i, e in enumerate(examples) if i not in oldest]
            self._write(examples)
            return _verdict_count(examples)

    def _write(self, examples: list[dict]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        atomic_write(self.examples_path, "".join(json.dumps(e) + "\n" for e in examples))

    def _read(self) -> list[dict]:
        try:
            lines = self.examples_path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return []
        out = []
        for line in lines:
            try:
                example = json.loads(line)
            except ValueError:
                continue
            if not isinstance(example, dict) or "claim_id" not in example:
                continue
            if example.get("verdict") in VERDICTS or (example.get("verdict") == ANCHOR
                                                      and isinstance(example.get("target"), (int, float))):
                out.append(example)
        return out

    def examples(self) -> list[dict]:
        """The reader's verdicts (anchors left out)."""
        with self._lock:
            return [e for e in self._read() if e["verdict"] != ANCHOR]

    def refit(self, shipped: LogisticHead) -> LogisticHead | None:
        """Fit the personal head on the usable examples and save it; None (and no head file) when too few are usable.

        Usable: embedded by the embedder the shipped head reads, with the features it expects.
        """
        embedder, width = shipped.meta.get("embedder"), len(shipped.feature_names)
        with self._lock:
            usable = [e for e in self._read() if e.get("embedding") and len(e["embedding"]) == shipped.size
                      and e.get("embedder") == embedder and (not width or len(e.get("features") or ()) == width)]
            verdicts = _verdict_count(usable)
            if verdicts < REFIT_AFTER:
                self.head_path.unlink(missing_ok=True)
                return None
            x = np.asarray([e["embedding"] for e in usable], dtype=np.float64)
            y = np.asarray([float(e["target"]) if e["verdict"] == ANCHOR else VERDICTS[e["verdict"]] for e in usable])
            features = np.asarray([e["features"] for e in usable]) if shipped.feature_names else None
            personal = refit_with_prior(shipped, x, y, FEEDBACK_PULL, features=features)
            personal.meta.update(examples=verdicts, anchors=len(usable) - verdicts)
            personal.save(self.head_path)
            return personal

    def forget(self, claim_ids: Collection[str]) -> bool:
        """Drop the examples of forgotten claims; True if there were any (the head fitted on them needs a refit).

        A write that a crash interrupted may have left a temporary copy of the examples: it goes too.
        """
        with self._lock:
            remove_temp_files(self.directory)
            examples = self._read()
            kept = [e for e in examples if e["claim_id"] not in claim_ids]
            if len(kept) == len(examples):
                return False
            self._write(kept)
            return True

    def reset(self) -> int:
        with self._lock:
            remove_temp_files(self.directory)
            count = _verdict_count(self._read())
            for path in (self.examples_path, self.head_path):
                path.unlink(missing_ok=True)
            return count
