"""History store. INTERIM in-memory stand-in; the store helper replaces this package.

Interface the rest of the app relies on (``current_app.extensions["claimlight.store"]``):

    record(analysis: dict) -> dict          # stores, returns the stored analysis (same id if unchanged page)
    get_analysis(analysis_id) -> dict | None
    get_claim(claim_id) -> tuple[dict, dict] | None      # (claim, analysis)
    update_claim(claim_id, changes: dict) -> dict | None # merge fields (questions, score, level, feedback...)
    health() -> dict
    close()
"""

from __future__ import annotations

import copy
import threading

from flask import Flask


class MemoryStore:
    def __init__(self):
        self._lock = threading.Lock()
        self._analyses: dict[str, dict] = {}
        self._claims: dict[str, str] = {}

    def record(self, analysis: dict) -> dict:
        with self._lock:
            self._analyses[analysis["id"]] = copy.deepcopy(analysis)
            for claim in analysis["claims"]:
                self._claims[claim["id"]] = analysis["id"]
            return copy.deepcopy(analysis)

    def get_analysis(self, analysis_id: str) -> dict | None:
        with self._lock:
            found = self._analyses.get(analysis_id)
            return copy.deepcopy(found) if found else None

    def get_claim(self, claim_id: str):
        with self._lock:
            analysis = self._analyses.get(self._claims.get(claim_id, ""))
            if not analysis:
                return None
            claim = next(c for c in analysis["claims"] if c["id"] == claim_id)
            return copy.deepcopy(claim), copy.deepcopy(analysis)

    def update_claim(self, claim_id: str, changes: dict):
        with self._lock:
            analysis = self._analyses.get(self._claims.get(claim_id, ""))
            if not analysis:
                return None
            claim = next(c for c in analysis["claims"] if c["id"] == claim_id)
            claim.update(copy.deepcopy(changes))
            return copy.deepcopy(claim)

    def health(self) -> dict:
        return {"state": "ok", "pages": len(self._analyses)}

    def close(self) -> None:
        pass


def init_app(app: Flask) -> None:
    app.extensions["claimlight.store"] = MemoryStore()
