"""Per-claim routes: verification questions and the reader's feedback."""

from __future__ import annotations

from flask import Blueprint

from ..errors import ApiError
from ..schemas import FeedbackAnswer, FeedbackRequest, FeedbackReset, QuestionsAnswer
from . import json_body, model, validated
from .openapi import documented

bp = Blueprint("claims", __name__, url_prefix="/api/v1")


@bp.post("/claims/<claim_id>/questions")
@documented(answer=QuestionsAnswer, errors=(404, 413, 415, 503, 507))
def claim_questions(claim_id: str):
    """Two to four verification questions for one claim, written once then cached; template questions when the model cannot."""
    questions = model().questions(claim_id)
    if questions is None:
        raise ApiError(404, "not_found", f"No claim with id {claim_id!r}.")
    return {"claim_id": claim_id, "questions": questions}


@bp.post("/claims/<claim_id>/feedback")
@documented(answer=FeedbackAnswer, body=FeedbackRequest, errors=(404, 503, 507))
def claim_feedback(claim_id: str):
    """The reader's verdict on a claim; past a handful of verdicts the scoring head is refitted locally."""
    verdict = validated(FeedbackRequest, json_body()).verdict
    recorded = model().record_feedback(claim_id, verdict)
    if recorded is None:
        raise ApiError(404, "not_found", f"No claim with id {claim_id!r}.")
    return recorded


@bp.delete("/feedback")
@documented(answer=FeedbackReset, errors=(503,))
def reset_feedback():
    """Forget the reader's feedback and return to the shipped scoring head."""
    return model().reset_feedback()
