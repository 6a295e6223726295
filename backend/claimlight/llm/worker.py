"""The one thread that owns the model.

llama.cpp contexts are not thread-safe, so every model call, loading
included, runs on this thread, one at a time, in priority order: questions
for the claim a reader just clicked (INTERACTIVE) go before background
scoring (BACKGROUND), which goes before calibration (IDLE). Scoring is
queued in small chunks so a click never waits for a whole article.

Many jobs' futures have no reader (scoring, calibration), so the worker logs
every failed job itself, once, with the analysis it was for. Closing stops the
thread after the running job, cancels what is queued (a request waiting on it
answers 503) and unloads the model on this thread, never beside a call.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import NamedTuple

from .calllog import FOR_ANALYSIS, CallsFor
from .engines import EngineError

log = logging.getLogger(__name__)

INTERACTIVE = 0
BACKGROUND = 10
IDLE = 20
_STOP = -1
SERVED_LOG = 512


class Job(NamedTuple):
    label: str
    run: Callable[[object], object]
    analysis_id: str | None
    submitted: float


def close_engine(engine) -> None:
    engine.close()


class ModelWorker:
    def __init__(self, load: Callable[[], object], name: str = "claimlight-model",
                 unload: Callable[[object], None] = close_engine):
        self._load = load
        self._unload = unload
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()
        self._guard = threading.Lock()
        self._closing = threading.Lock()
        self._closed = False
        self.jobs_done = 0
        self.jobs_failed = 0
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

    def submit(self, job: Callable[[object], object], priority: int = BACKGROUND, label: str = "job",
               analysis_id: str | None = None) -> Future:
        """Queue ``job(engine)``, done for ``analysis_id`` if it is page work.

        The future fails with EngineError if the model is unavailable, and is cancelled once the worker is closing.
        """
        future: Future = Future()
        with self._closing:
            if self._closed:
                future.cancel()
            else:
                self._queue.put((priority, next(self._order), future, Job(label, job, analysis_id, time.monotonic())))
        return future

    def _job_done(self, label: str) -> None:
        with self._guard:
            self.jobs_done += 1
            self.served.append(label)

    def _failed(self, job: Job, exc: BaseException) -> None:
        """Log a failed job once, whether or not anyone reads its future."""
        with self._guard:
            self.jobs_failed += 1
        if isinstance(exc, EngineError):
            log.warning("model job %s for analysis %s failed: %s", job.label, job.analysis_id or "-", exc)
        else:
            log.error("model job %s for analysis %s failed", job.label, job.analysis_id or "-", exc_info=exc)

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
            priority, _, future, job = self._queue.get()
            if priority == _STOP:
                break
            if not future.set_running_or_notify_cancel():
                continue
            if self.engine is None:
                future.set_exception(EngineError(self.message or "the model is not loaded"))
                continue
            for_analysis = FOR_ANALYSIS.set(CallsFor(job.analysis_id, job.submitted) if job.analysis_id else None)
            try:
                future.set_result(job.run(self.engine))
            except BaseException as exc:
                self._failed(job, exc)
                future.set_exception(exc)
            finally:
                FOR_ANALYSIS.reset(for_analysis)
                self._job_done(job.label)
        self._drain()
        if self.engine is not None:
            try:
                self._unload(self.engine)
            except Exception:
                log.exception("unloading the model failed")

    def _drain(self) -> None:
        while True:
            try:
                _, _, future, _ = self._queue.get_nowait()
            except queue.Empty:
                return
            if future is not None:
                future.cancel()

    def close(self, timeout: float = 30) -> None:
        """Stop after the running job; queued and later jobs are cancelled; the model is unloaded on the worker thread."""
        with self._closing:
            if self._closed:
                return
            self._closed = True
            self._queue.put((_STOP, next(self._order), None, None))
        self._thread.join(timeout)
