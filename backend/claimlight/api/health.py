"""Liveness and what is loaded; public, and carries no user data."""

from __future__ import annotations

from flask import Blueprint

from .. import __version__
from ..schemas import Health
from . import model, store
from .openapi import documented

bp = Blueprint("health", __name__, url_prefix="/api/v1")


@bp.get("/health")
@documented(answer=Health, errors=())
def health():
    """Version, model and store state; public and carries no user data."""
    return {"status": "ok", "version": __version__, "model": model().describe(), "store": store().health()}
