"""The model call log: one JSON line per model call (prompt, response, timings) in ``logs/llm.jsonl``.

Prompts quote the pages the reader reads, so the log is off unless asked for
(``CLAIMLIGHT_LOG_MODEL_CALLS``), bounded when on (past ``max_bytes`` the file
moves to ``llm.jsonl.1``, replacing the one before), and forgetful: every line
names the analysis its call was made for, and forgetting a page rewrites the
files without that page's lines, whether or not logging is on now.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from contextvars import ContextVar
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from ..store.atomic import atomic_write, remove_temp_files


class CallsFor(NamedTuple):
    """The analysis the model is working for, and when that work was asked for (``time.monotonic()``)."""

    analysis_id: str
    since: float


FOR_ANALYSIS: ContextVar[CallsFor | None] = ContextVar("claimlight_model_calls_for", default=None)
"""Set by the model worker around each job done for an analysis."""

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class CallLog:
    def __init__(self, path: Path | None, enabled: bool = True, max_bytes: int = DEFAULT_MAX_BYTES):
        self.path = path
        self.enabled = enabled and path is not None
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._forgotten_at: dict[str, float] = {}  # work asked for before its page was forgotten logs nothing

    @property
    def files(self) -> list[Path]:
        """The current file and the one rotated out, where they exist."""
        if self.path is None:
            return []
        return [path for path in (self.path, self._rotated) if path.exists()]

    @property
    def _rotated(self) -> Path:
        return self.path.with_name(self.path.name + ".1")

    def write(self, kind: str, engine: str, model: str, request, response, started: float, **extra) -> None:
        if not self.enabled:
            return
        calls_for = FOR_ANALYSIS.get()
        record = {
            "at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "kind": kind,
            "engine": engine,
            "model": model,
            "ms": round((time.perf_counter() - started) * 1000, 1),
            "analysis_id": calls_for.analysis_id if calls_for else None,
            "request": request,
            "response": response,
            **extra,
        }
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            if calls_for and self._forgotten_at.get(calls_for.analysis_id, -math.inf) >= calls_for.since:
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                size = self.path.stat().st_size
            except FileNotFoundError:
                size = 0
            if size and size + len(line) > self.max_bytes:
                os.replace(self.path, self._rotated)
            with open(self.path, "ab") as handle:
                handle.write(line)

    def forget(self, analysis_ids: frozenset[str], everything: bool = False) -> None:
        """Remove the lines of these analyses (every line, for ``everything``) from the current and rotated files,
        and any temporary copy an interrupted rewrite left."""
        with self._lock:
            if self.path is not None:
                remove_temp_files(self.path.parent)
            now = time.monotonic()
            self._forgotten_at.update(dict.fromkeys(analysis_ids, now))
            for path in self.files:
                if everything:
                    path.unlink()
                    continue
                kept = [line for line in path.read_bytes().splitlines(keepends=True) if _kept(line, analysis_ids)]
                atomic_write(path, b"".join(kept))


def _kept(line: bytes, forgotten: frozenset[str]) -> bool:
    """A line to keep: parseable and made for none of the forgotten analyses (a torn line cannot say, so it goes)."""
    try:
        record = json.loads(line)
    except ValueError:
        return False
    return isinstance(record, dict) and record.get("analysis_id") not in forgotten
