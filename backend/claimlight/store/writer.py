"""The single writer thread: every change to the store runs here, in order.

Callers hand a job to the queue and block until it has run, so when
``record()`` or ``update_claim()`` returns, the change is on disk. One thread
means no two writes ever interleave on the same file.
"""

from __future__ import annotations

import logging
import queue
import threading
from concurrent.futures import Future
from typing import Any, Callable

log = logging.getLogger(__name__)

_STOP = object()


class StoreClosedError(RuntimeError):
    """The store has been closed; no more writes are accepted."""


class WriterThread:
    def __init__(self, name: str = "claimlight-store-writer"):
        self._jobs: queue.Queue = queue.Queue()
        self._closed = False
        self._close_lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[], Any]) -> Any:
        """Run ``job`` on the writer thread and return its result once it is durable."""
        future: Future = Future()
        with self._close_lock:
            if self._closed:
                raise StoreClosedError("the history store is closed")
            self._jobs.put((job, future))
        return future.result()

    def post(self, job: Callable[[], Any]) -> None:
        """Queue ``job`` without waiting (safe from the writer thread itself); dropped once closed."""
        with self._close_lock:
            if not self._closed:
                self._jobs.put((job, Future()))

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            if item is _STOP:
                return
            job, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(job())
            except BaseException as exc:
                log.exception("history store write failed")
                future.set_exception(exc)

    def close(self) -> None:
        """Drain every queued write, then stop the thread."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
            self._jobs.put(_STOP)
        self._thread.join()
