"""Per-claim routes: verification questions and the reader's feedback."""

from __future__ import annotations

from flask import Blueprint

from ..errors import ApiError
from . import json_body, model

bp = Blueprint("claims", __name__, url_prefix="/api/v1")

VERDICTS = ("useful", "not_a_claim")


@bp.post("/claims/<claim_id>/questions")
def claim_questions(claim_id: str):
    questions = model().questions(claim_id)
    if questions is None:
        raise ApiError(404, "not_found", f"No claim with id {claim_id!r}.")
    return {"claim_id": claim_id, "questions": questions}


@bp.post("/claims/<claim_id>/feedback")
def claim_feedback(claim_id: str):
    verdict = json_body().get("verdict")
    if verdict not in VERDICTS:
        raise ApiError(400, "invalid_verdict", "'verdict' must be 'useful' or 'not_a_claim'.")
    recorded = model().record_feedback(claim_id, verdict)
    if recorded is None:
        raise ApiError(404, "not_found", f"No claim with id {claim_id!r}.")
    return recorded


@bp.delete("/feedback")
def reset_feedback():
    return model().reset_feedback()
