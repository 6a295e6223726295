"""The fast path over HTTP: POST a captured page, get its claims at once."""

from __future__ import annotations

import logging

from flask import Blueprint, current_app

from ..errors import ApiError
from ..pipeline import PipelineError, analyze_page
from ..urls import InvalidUrl, checked_page_url, site_of
from . import json_body, model, store

log = logging.getLogger(__name__)

bp = Blueprint("analyses", __name__, url_prefix="/api/v1")

MAX_URL_CHARS = 8192
MAX_TITLE_CHARS = 2000


def _string_field(data: dict, name: str, limit: int, required: bool) -> str:
    value = data.get(name)
    if value is None:
        if required:
            raise ApiError(400, "missing_field", f"'{name}' is required.")
        return ""
    if not isinstance(value, str):
        raise ApiError(400, "wrong_type", f"'{name}' must be a string, not {type(value).__name__}.")
    if len(value) > limit:
        raise ApiError(413, "field_too_large", f"'{name}' is longer than {limit} characters.")
    if "\x00" in value:
        raise ApiError(400, "binary_content", f"'{name}' contains NUL bytes; send the page as text.")
    return value


@bp.post("/analyses")
def create_analysis():
    data = json_body()
    settings = current_app.config["SETTINGS"]
    try:
        url = checked_page_url(_string_field(data, "url", MAX_URL_CHARS, required=True))
    except InvalidUrl as exc:
        raise ApiError(400, "invalid_url", str(exc)) from None
    title = _string_field(data, "title", MAX_TITLE_CHARS, required=False)
    html = _string_field(data, "html", settings.max_html_chars, required=True)
    if not html.strip():
        raise ApiError(422, "empty_page", "'html' is empty; there is nothing to analyse.")
    try:
        analysis = analyze_page(url, title, html)
    except PipelineError as exc:
        raise ApiError(422, exc.code, exc.message) from None
    except Exception:  # a bug the page's markup set off: logged in full, answered plainly, the next page unaffected
        log.exception("analysing a page from %s failed", site_of(url) or "an unknown site")
        raise ApiError(500, "analysis_failed", "Claimlight's reader failed on this page (a bug, logged with its details "
                                              "in the server log); nothing was stored. Other pages are not affected.") from None
    stored = store().record(analysis)
    model().schedule_scoring(stored["id"])
    return stored, 201


@bp.get("/analyses/<analysis_id>")
def get_analysis(analysis_id: str):
    found = store().get_analysis(analysis_id)
    if found is None:
        raise ApiError(404, "not_found", f"No analysis with id {analysis_id!r}.")
    return found
