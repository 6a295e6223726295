"""INTERIM: owned by the model engineer (SSE stream of claim upgrades)."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("events", __name__, url_prefix="/api/v1")
