"""INTERIM: owned by a helper; see docs/ARCHITECTURE.md."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("history", __name__, url_prefix="/api/v1")
