"""The one thread that owns the model.

llama.cpp contexts are not thread-safe, so every model call, loading
included, runs on this thread, one at a time, in priority order: questions
for the claim a reader just clicked (INTERACTIVE) go before background
scoring (BACKGROUND), which goes before calibration (IDLE). Scoring is
queued in small chunks so a click never waits for a whole article.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future

from .engines import EngineError

log = logging.getLogger(__name__)

INTERACTIVE = 0
BACKGROUND = 10
IDLE = 20
_STOP = -1
SERVED_LOG = 512


class ModelWorker:
    def __init__(self, load: Callable[[], object], name: str = "claimlight-model"):
        self._load = load
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()
        self._guard = threading.Lock()
        self._in_model = 0
        self.max_in_model = 0
        self.jobs_done = 0
        self.served: deque[str] = deque(maxlen=SERVED_LOG)  # labels of finished jobs, in order: what waited for what
        self.engine = None
        self.state = "loading"
        self.message: str | None = None
        self.loaded = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        return self._queue.qsize()

    def submit(self, job: Callable[[object], object], priority: int = BACKGROUND, label: str = "job") -> Future:
        """Queue ``job(engine)``; the future fails with EngineError if the model is unavailable."""
        future: Future = Future()
        self._queue.put((priority, next(self._order), future, (label, job)))
        return future

    def _enter_model(self) -> None:
        with self._guard:
            self._in_model += 1
            self.max_in_model = max(self.max_in_model, self._in_model)

    def _leave_model(self, label: str) -> None:
        with self._guard:
            self._in_model -= 1
            self.jobs_done += 1
            self.served.append(label)

    def _run(self) -> None:
        try:
            self.engine = self._load()
            self.state = "ready"
        except EngineError as exc:
            self.state, self.message = "unavailable", str(exc)
            log.error("model unavailable: %s", exc)
        except Exception as exc:  # a broken model file can fail in many ways; the fast path must keep serving
            self.state, self.message = "unavailable", f"cannot load the model: {exc}"
            log.exception("model failed to load")
        finally:
            self.loaded.set()
        while True:
            priority, _, future, labelled = self._queue.get()
            if priority == _STOP:
                break
            label, job = labelled
            if not future.set_running_or_notify_cancel():
                continue
            if self.engine is None:
                future.set_exception(EngineError(self.message or "the model is not loaded"))
                continue
            self._enter_model()
            try:
                future.set_result(job(self.engine))
            except BaseException as exc:
                future.set_exception(exc)
            finally:
                self._leave_model(label)
        self._drain()
        if self.engine is not None:
            self.engine.close()

    def _drain(self) -> None:
        while True:
            try:
                _, _, future, _ = self._queue.get_nowait()
            except queue.Empty:
                return
            if future is not None:
                future.cancel()

    def close(self, timeout: float = 30) -> None:
        self._queue.put((_STOP, next(self._order), None, None))
        self._thread.join(timeout)
