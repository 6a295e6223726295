"""Claim upgrades as they finish, for the server-sent events stream.

Scoring publishes each upgraded claim here; a stream follows one analysis
until its scoring is done, and the end says how many scoring chunks failed
(their claims kept the rules' levels). Only the most recent analyses are kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator

KEEP_ANALYSES = 256


class UpgradeFeed:
    def __init__(self, keep: int = KEEP_ANALYSES):
        self._keep = keep
        self._changed = threading.Condition()
        self._feeds: OrderedDict[str, dict] = OrderedDict()

    def start(self, analysis_id: str) -> None:
        with self._changed:
            self._feeds[analysis_id] = {"claims": [], "done": False, "failed_chunks": 0}
            self._feeds.move_to_end(analysis_id)
            while len(self._feeds) > self._keep:
                self._feeds.popitem(last=False)
            self._changed.notify_all()

    def publish(self, analysis_id: str, claim: dict) -> None:
        with self._changed:
            feed = self._feeds.get(analysis_id)
            if feed is not None:
                feed["claims"].append(claim)
                self._changed.notify_all()

    def fail(self, analysis_id: str) -> None:
        """One scoring chunk of the analysis failed."""
        with self._changed:
            feed = self._feeds.get(analysis_id)
            if feed is not None:
                feed["failed_chunks"] += 1

    def finish(self, analysis_id: str) -> None:
        with self._changed:
            feed = self._feeds.get(analysis_id)
            if feed is not None:
                feed["done"] = True
                self._changed.notify_all()

    def known(self, analysis_id: str) -> bool:
        with self._changed:
            return analysis_id in self._feeds

    def follow(self, analysis_id: str, heartbeat_s: float = 15.0, give_up_s: float = 600.0) -> Iterator[tuple[str, dict | None]]:
        """Yield ("claim", claim) per upgrade, ("ping", None) while waiting, then ("done", {"failed_chunks": n})."""
        sent = 0
        waited = 0.0
        failed = 0
        while True:
            with self._changed:
                feed = self._feeds.get(analysis_id)
                if feed is None:
                    break
                if len(feed["claims"]) <= sent and not feed["done"]:
                    self._changed.wait(heartbeat_s)
                fresh = feed["claims"][sent:]
                done = feed["done"]
                failed = feed["failed_chunks"]
            for claim in fresh:
                yield "claim", claim
            sent += len(fresh)
            if done and not fresh:
                break
            if not fresh and not done:
                waited += heartbeat_s
                if waited >= give_up_s:
                    break
                yield "ping", None
        yield "done", {"failed_chunks": failed}
