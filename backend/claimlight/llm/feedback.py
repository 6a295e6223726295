"""The reader's confirm/dismiss verdicts, kept under ``home/feedback`` as training examples."""

from __future__ import annotations

import json
import threading
from pathlib import Path

VERDICTS = {"useful": 1, "not_a_claim": 0}
REFIT_AFTER = 5


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
            self.directory.mkdir(parents=True, exist_ok=True)
            tmp = self.examples_path.with_suffix(".tmp")
            tmp.write_text("".join(json.dumps(e) + "\n" for e in examples), encoding="utf-8")
            tmp.replace(self.examples_path)
            return len(examples)

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

    def reset(self) -> int:
        with self._lock:
            count = len(self._read())
            for path in (self.examples_path, self.head_path):
                path.unlink(missing_ok=True)
            return count
