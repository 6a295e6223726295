"""Liveness and what is loaded; public, and carries no user data."""

from __future__ import annotations

from flask import Blueprint

from .. import __version__
from . import model, store

bp = Blueprint("health", __name__, url_prefix="/api/v1")


@bp.get("/health")
def health():
    return {"status": "ok", "version": __version__, "model": model().describe(), "store": store().health()}
