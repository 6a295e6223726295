"""The OpenAPI 3.1 document of the v1 API, public like health.

The document is a data file (``claimlight/openapi.json``) kept true by a test
that compares it with the app's URL map; serving it lets clients and fuzzers
(schemathesis) read the contract from the running server.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from flask import Blueprint, request

bp = Blueprint("openapi", __name__, url_prefix="/api/v1")


@cache
def openapi_document() -> dict:
    text = resources.files("claimlight").joinpath("openapi.json").read_text(encoding="utf-8")
    return json.loads(text)


@bp.get("/openapi.json")
def openapi():
    """The document, with ``servers`` naming the address this request reached (Host is already checked as loopback)."""
    document = dict(openapi_document())
    document["servers"] = [{"url": request.host_url.rstrip("/"), "description": "This server."}]
    return document
