"""History store: every analysis kept durably in TinyDB files, one writer thread, a claim ledger.

``app.extensions["claimlight.store"]`` is a :class:`HistoryStore`; see
``history_store.py`` for the layout and docs/ARCHITECTURE.md for the interface.
"""

from __future__ import annotations

from flask import Flask

from .history_store import Forgotten, HistoryStore, page_id_for
from .lock import StoreLockedError

__all__ = ["Forgotten", "HistoryStore", "StoreLockedError", "init_app", "open_store", "page_id_for"]


def open_store(settings, read_only: bool = False, forget_hooks=()) -> HistoryStore:
    return HistoryStore(settings.history_dir, retention_days=settings.retention_days,
                        retention_pages=settings.retention_pages, read_only=read_only, forget_hooks=forget_hooks)


def init_app(app: Flask, forget_hooks=()) -> None:
    """``forget_hooks`` empty other files of a page's text before the page leaves the history."""
    app.extensions["claimlight.store"] = open_store(app.config["SETTINGS"], forget_hooks=forget_hooks)
