"""Server-sent events: claim upgrades for one analysis as the model finishes them."""

from __future__ import annotations

import json

from flask import Blueprint, Response, stream_with_context

from ..errors import ApiError
from . import model, store
from .openapi import documented

bp = Blueprint("events", __name__, url_prefix="/api/v1")


def _event(name: str, data) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


EVENT = {  # one event as schemathesis sees it; a stream is not JSON, so this is the one shape not in schemas.py
    "type": "object",
    "required": ["event", "data"],
    "description": "One event; `data` is JSON: a claim for `claim`, `{\"analysis_id\", \"failed_chunks\"}` for `done` once "
                   "scoring ends (`failed_chunks` counts scoring chunks that failed and kept the rules' levels; absent when "
                   "the analysis was scored before this stream).",
    "properties": {"event": {"type": "string", "enum": ["claim", "done"]}, "data": {"type": "string"}},
}


@bp.get("/analyses/<analysis_id>/events")
@documented(content={"text/event-stream": {"schema": EVENT}}, description="Event stream.", errors=(404, 503))
def analysis_events(analysis_id: str):
    """Server-sent events: `event: claim` with a claim as JSON for each model upgrade, then `event: done`."""
    analysis = store().get_analysis(analysis_id)
    if analysis is None:
        raise ApiError(404, "not_found", f"No analysis with id {analysis_id!r}.")
    feed = model().upgrades

    def stream():
        if not feed.known(analysis_id):
            for claim in analysis["claims"]:
                if claim.get("judged_by", "rules") != "rules":
                    yield _event("claim", claim)
            yield _event("done", {"analysis_id": analysis_id})
            return
        for kind, data in feed.follow(analysis_id):
            if kind == "ping":
                yield ": waiting for the model\n\n"
            elif kind == "claim":
                yield _event("claim", data)
            else:
                yield _event("done", {"analysis_id": analysis_id, **data})

    return Response(stream_with_context(stream()), mimetype="text/event-stream",
                    headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
