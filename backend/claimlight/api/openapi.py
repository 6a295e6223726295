"""INTERIM: owned by a helper; see docs/ARCHITECTURE.md."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("openapi", __name__, url_prefix="/api/v1")
