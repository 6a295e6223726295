"""Server-sent events: claim upgrades for one analysis as the model finishes them."""

from __future__ import annotations

import json

from flask import Blueprint, Response, stream_with_context

from ..errors import ApiError
from . import model, store

bp = Blueprint("events", __name__, url_prefix="/api/v1")


def _event(name: str, data) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


@bp.get("/analyses/<analysis_id>/events")
def analysis_events(analysis_id: str):
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
