"""The fast path over HTTP: POST a captured page, get its claims at once."""

from __future__ import annotations

import logging

from flask import Blueprint, current_app

from ..errors import ApiError
from ..pipeline import PipelineError, analyze_page
from ..schemas import Analysis, AnalysisRequest
from ..urls import site_of
from . import json_body, model, store, validated
from .openapi import documented

log = logging.getLogger(__name__)

bp = Blueprint("analyses", __name__, url_prefix="/api/v1")


@bp.post("/analyses")
@documented(answer=Analysis, status=201, body=AnalysisRequest, errors=(422, 500, 503, 507),
            description="The analysis (the stored one if the page is unchanged).")
def create_analysis():
    """Fast path: extract the article, detect claims, anchor them, record the page; the model upgrades claims afterwards."""
    page = validated(AnalysisRequest, json_body(), max_html_chars=current_app.config["SETTINGS"].max_html_chars)
    if not page.html.strip():
        raise ApiError(422, "empty_page", "'html' is empty; there is nothing to analyse.")
    try:
        analysis = analyze_page(page.url, page.title, page.html)
    except PipelineError as exc:
        raise ApiError(422, exc.code, exc.message) from None
    except Exception:  # a bug the page's markup set off: logged in full, answered plainly, the next page unaffected
        log.exception("analysing a page from %s failed", site_of(page.url) or "an unknown site")
        raise ApiError(500, "analysis_failed", "Claimlight's reader failed on this page (a bug, logged with its details "
                                              "in the server log); nothing was stored. Other pages are not affected.") from None
    stored = store().record(analysis)
    model().schedule_scoring(stored["id"])
    return stored, 201


@bp.get("/analyses/<analysis_id>")
@documented(answer=Analysis, errors=(404, 503))
def get_analysis(analysis_id: str):
    """The analysis as it stands, model upgrades included."""
    found = store().get_analysis(analysis_id)
    if found is None:
        raise ApiError(404, "not_found", f"No analysis with id {analysis_id!r}.")
    return found
