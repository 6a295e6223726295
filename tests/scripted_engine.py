"""A test double for the model engine and the scoring embedder, for unit tests of what orchestrates them."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np


class ScriptedEngine:
    """A stand-in for the engine and the embedder in unit tests of orchestration: scripted answers, call records, a concurrency probe."""

    engine = "scripted"

    def __init__(self, embed: Callable[[str], list[float]] | None = None, reply: Callable[[list[dict]], str] | None = None,
                 delay_s: float = 0.0, model_name: str = "scripted", embedding_size: int = 4):
        self.model_name = model_name
        self.embedding_size = embedding_size
        self._embed = embed or (lambda text: [float(len(text))] + [0.0] * (embedding_size - 1))
        self._reply = reply or (lambda messages: "")
        self.delay_s = delay_s
        self.calls: list[tuple[str, object]] = []
        self._inside = 0
        self.max_inside = 0
        self._lock = threading.Lock()

    def _enter(self, kind: str, payload) -> None:
        with self._lock:
            self._inside += 1
            self.max_inside = max(self.max_inside, self._inside)
            self.calls.append((kind, payload))

    def _leave(self) -> None:
        with self._lock:
            self._inside -= 1

    def embed(self, texts: list[str]) -> np.ndarray:
        self._enter("embed", list(texts))
        try:
            if self.delay_s:
                time.sleep(self.delay_s)  # stands in for model compute time
            return np.asarray([self._embed(t) for t in texts], dtype=np.float32).reshape(len(texts), self.embedding_size)
        finally:
            self._leave()

    def chat(self, messages: list[dict], max_tokens: int, json_schema: dict | None = None, stop: list[str] | None = None) -> str:
        self._enter("chat", messages)
        try:
            if self.delay_s:
                time.sleep(self.delay_s)  # stands in for model compute time
            return self._reply(messages)
        finally:
            self._leave()

    def close(self) -> None:
        pass
