"""History over HTTP: list and search pages, forget them, export them, and the claim ledger."""

from __future__ import annotations

from datetime import datetime, timezone

from flask import Blueprint, Response, request, stream_with_context

from ..errors import ApiError
from ..schemas import ExportQuery, ForgetAllQuery, HistoryForgotten, HistoryPage, HistoryQuery, PageForgotten, RelatedAnswer
from . import store, validated
from .openapi import documented

bp = Blueprint("history", __name__, url_prefix="/api/v1")

EXPORT_TYPES = {"json": "application/json", "csv": "text/csv; charset=utf-8"}


@bp.get("/history")
@documented(answer=HistoryPage, query=HistoryQuery, errors=(503,))
def list_history():
    """Pages analysed, newest first; `q` searches titles, URLs, claim texts and sources."""
    query = validated(HistoryQuery, request.args.to_dict())
    return store().history(q=query.q or None, limit=query.limit, before=query.before or None)


@bp.delete("/history/<page_id>")
@documented(answer=PageForgotten, errors=(404, 503))
def forget_page(page_id: str):
    """Forget one page and every version of it."""
    if not store().delete_page(page_id):
        raise ApiError(404, "not_found", f"No page with id {page_id!r} in history.")
    return {"deleted": page_id}


def _body_confirms() -> bool:
    body = request.get_json(silent=True) if request.data else None
    return isinstance(body, dict) and body.get("confirm") is True


@bp.delete("/history")
@documented(answer=HistoryForgotten, query=ForgetAllQuery, errors=(503,))
def forget_all():
    """Forget every page; needs `?confirm=true` (or the JSON body `{"confirm": true}`) so a stray request cannot wipe history."""
    if not (validated(ForgetAllQuery, request.args.to_dict()).confirm or _body_confirms()):
        raise ApiError(400, "confirmation_required",
                       "Forgetting the whole history needs '?confirm=true' or the JSON body {\"confirm\": true}.")
    return {"deleted": store().delete_all()}


@bp.get("/history/export")
@documented(content={"application/json": {"schema": {}}, "text/csv": {"schema": {"type": "string"}}},
            description="Attachment.", query=ExportQuery, errors=(503,))
def export_history():
    """The whole history as a JSON or CSV attachment."""
    fmt = validated(ExportQuery, request.args.to_dict()).format
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return Response(stream_with_context(store().export(fmt)), mimetype=EXPORT_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="claimlight-history-{stamp}.{fmt}"'})


@bp.get("/claims/<claim_id>/related")
@documented(answer=RelatedAnswer, errors=(404, 503))
def related_claims(claim_id: str):
    """The same figure or source seen on other pages in history, and who it was credited to there."""
    related = store().related(claim_id)
    if related is None:
        raise ApiError(404, "not_found", f"No claim with id {claim_id!r}.")
    return {"claim_id": claim_id, "related": related}
