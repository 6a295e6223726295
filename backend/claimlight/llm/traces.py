"""What the model keeps of the pages it saw: the call log, and the reader's feedback examples with the head fitted on them.

One ``ModelTraces`` per process is shared by the model service, which writes
these files, and the history store, which calls ``forget`` before pages leave
the history (by the reader's hand or by retention, at start too), so a
forgotten page's text leaves these files with it and the personal head is
refitted without its examples.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Collection

from ..settings import Settings
from ..store import Forgotten
from .calllog import CallLog
from .feedback import FeedbackBook
from .head import HeadError, LogisticHead

log = logging.getLogger(__name__)


def model_call_log(settings: Settings) -> CallLog:
    return CallLog(settings.log_dir / "llm.jsonl", enabled=settings.log_model_calls, max_bytes=settings.model_log_max_bytes)


class ModelTraces:
    def __init__(self, settings: Settings, shipped_head: LogisticHead | None = None):
        self.calls = model_call_log(settings)
        self.feedback = FeedbackBook(settings.home / "feedback")
        self.shipped_head = shipped_head or LogisticHead.shipped()
        self._head_lock = threading.Lock()  # a refit and the head in memory change together
        self._claims_forgotten_at: dict[str, float] = {}
        self.head, self.head_kind = self._saved_head()

    def _saved_head(self) -> tuple[LogisticHead, str]:
        if self.feedback.head_path.exists():
            try:
                personal = LogisticHead.load(self.feedback.head_path)
            except HeadError as exc:
                log.warning("ignoring the personal head: %s", exc)
            else:
                if personal.meta.get("embedder") == self.shipped_head.meta.get("embedder"):
                    return personal, "personal"
                log.warning("ignoring the personal head: it was fitted to another embedder than the shipped head's")
        return self.shipped_head, "shipped"

    def _use(self, personal: LogisticHead | None) -> None:
        self.head, self.head_kind = (personal, "personal") if personal else (self.shipped_head, "shipped")

    def add_example(self, claim_id: str, text: str, verdict: str, embedding: list[float] | None, features: list[float],
                    embedder: str | None, asked: float, anchors: Collection[dict] = ()) -> int:
        """Keep one verdict as an example, with its page's ``anchors`` (FeedbackBook.add), and refit the personal
        head; returns the example count.

        A verdict asked for (``time.monotonic()``) before its page was forgotten is not kept.
        """
        with self._head_lock:
            if self._claims_forgotten_at.get(claim_id, -math.inf) >= asked:
                return len(self.feedback.examples())
            count = self.feedback.add(claim_id, text, verdict, embedding, features, embedder, anchors)
            self._use(self.feedback.refit(self.shipped_head))
            return count

    def reset_feedback(self) -> int:
        with self._head_lock:
            forgotten = self.feedback.reset()
            self._use(None)
            return forgotten

    def forget(self, forgotten: Forgotten) -> None:
        """Before pages leave the history: drop their log lines and examples, and refit the head without them."""
        self.calls.forget(forgotten.analysis_ids, everything=forgotten.everything)
        with self._head_lock:
            self._claims_forgotten_at.update(dict.fromkeys(forgotten.claim_ids, time.monotonic()))
            if forgotten.everything:
                self.feedback.reset()
                self._use(None)
            elif self.feedback.forget(forgotten.claim_ids):
                self._use(self.feedback.refit(self.shipped_head))
