"""History over HTTP: list and search pages, forget them, export them, and the claim ledger."""

from __future__ import annotations

from datetime import datetime, timezone

from flask import Blueprint, Response, request, stream_with_context

from ..errors import ApiError
from . import store

bp = Blueprint("history", __name__, url_prefix="/api/v1")

MAX_LIMIT = 500
MAX_QUERY_CHARS = 500
EXPORT_TYPES = {"json": "application/json", "csv": "text/csv; charset=utf-8"}


def _limit() -> int:
    raw = request.args.get("limit", "50")
    try:
        limit = int(raw)
    except ValueError:
        raise ApiError(400, "invalid_limit", f"'limit' must be a whole number from 1 to {MAX_LIMIT}.") from None
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(400, "invalid_limit", f"'limit' must be a whole number from 1 to {MAX_LIMIT}.")
    return limit


def _before() -> str | None:
    before = request.args.get("before") or None
    if before is None:
        return None
    analysed_at = before.partition("|")[0]
    try:
        datetime.fromisoformat(analysed_at)
    except ValueError:
        raise ApiError(400, "invalid_cursor", "'before' must be a 'next_before' value or an ISO 8601 time.") from None
    return before


@bp.get("/history")
def list_history():
    q = request.args.get("q", "")
    if len(q) > MAX_QUERY_CHARS:
        raise ApiError(400, "query_too_long", f"'q' is longer than {MAX_QUERY_CHARS} characters.")
    return store().history(q=q or None, limit=_limit(), before=_before())


@bp.delete("/history/<page_id>")
def forget_page(page_id: str):
    if not store().delete_page(page_id):
        raise ApiError(404, "not_found", f"No page with id {page_id!r} in history.")
    return {"deleted": page_id}


def _confirmed() -> bool:
    if request.args.get("confirm", "").lower() == "true":
        return True
    body = request.get_json(silent=True) if request.data else None
    return isinstance(body, dict) and body.get("confirm") is True


@bp.delete("/history")
def forget_all():
    if not _confirmed():
        raise ApiError(400, "confirmation_required",
                       "Forgetting the whole history needs '?confirm=true' or the JSON body {\"confirm\": true}.")
    return {"deleted": store().delete_all()}


@bp.get("/history/export")
def export_history():
    fmt = request.args.get("format", "json").lower()
    if fmt not in EXPORT_TYPES:
        raise ApiError(400, "invalid_format", "'format' must be 'json' or 'csv'.")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return Response(stream_with_context(store().export(fmt)), mimetype=EXPORT_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="claimlight-history-{stamp}.{fmt}"'})


@bp.get("/claims/<claim_id>/related")
def related_claims(claim_id: str):
    related = store().related(claim_id)
    if related is None:
        raise ApiError(404, "not_found", f"No claim with id {claim_id!r}.")
    return {"claim_id": claim_id, "related": related}
