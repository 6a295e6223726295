"""One JSON line per model call (prompt, response, timings) in ``logs/llm.jsonl``.

The log stays on the user's machine, next to the history it explains.
"""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timezone
from pathlib import Path


class CallLog:
    def __init__(self, path: Path | None):
        self.path = path
        self._lock = threading.Lock()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)

    def write(self, kind: str, engine: str, model: str, request, response, started: float, **extra) -> None:
        if self.path is None:
            return
        record = {
            "at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "kind": kind,
            "engine": engine,
            "model": model,
            "ms": round((time.perf_counter() - started) * 1000, 1),
            "request": request,
            "response": response,
            **extra,
        }
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock, open(self.path, "a", encoding="utf-8") as handle:
            handle.write(line)
