"""The reader's confirm/dismiss verdicts, kept under ``home/feedback`` as training examples, and the head fitted on them.

An example holds its claim's text, so forgetting a page forgets its examples
(``ModelTraces.forget``), and the personal head is refitted without them, or
removed when too few are left to fit one.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Collection
from pathlib import Path

import numpy as np

from ..store.atomic import atomic_write, remove_temp_files
from .head import LogisticHead, refit_with_prior

VERDICTS = {"useful": 1, "not_a_claim": 0}
REFIT_AFTER = 5
FEEDBACK_PULL = 30.0


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
            embedder: str | None) -> int:
        """Record one verdict (a later verdict on the same claim replaces it); returns the example count.

        The features are the claim's as served and ``embedder`` names what made the embedding, so a refit
        after an upgrade to another embedder can leave out the examples it cannot read.
        """
        with self._lock:
            examples = [e for e in self._read() if e["claim_id"] != claim_id]
            examples.append({"claim_id": claim_id, "text": text, "verdict": verdict, "embedding": embedding,
                             "features": features, "embedder": embedder})
            self._write(examples)
            return len(examples)

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
            if isinstance(example, dict) and example.get("verdict") in VERDICTS and "claim_id" in example:
                out.append(example)
        return out

    def examples(self) -> list[dict]:
        with self._lock:
            return self._read()

    def refit(self, shipped: LogisticHead) -> LogisticHead | None:
        """Fit the personal head on the usable examples and save it; None (and no head file) when too few are usable.

        Usable: embedded by the embedder the shipped head reads, with the features it expects.
        """
        embedder, width = shipped.meta.get("embedder"), len(shipped.feature_names)
        with self._lock:
            usable = [e for e in self._read() if e.get("embedding") and len(e["embedding"]) == shipped.size
                      and e.get("embedder") == embedder and (not width or len(e.get("features") or ()) == width)]
            if len(usable) < REFIT_AFTER:
                self.head_path.unlink(missing_ok=True)
                return None
            x = np.asarray([e["embedding"] for e in usable], dtype=np.float64)
            y = np.asarray([VERDICTS[e["verdict"]] for e in usable])
            features = np.asarray([e["features"] for e in usable]) if shipped.feature_names else None
            personal = refit_with_prior(shipped, x, y, FEEDBACK_PULL, features=features)
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
            count = len(self._read())
            for path in (self.examples_path, self.head_path):
                path.unlink(missing_ok=True)
            return count
