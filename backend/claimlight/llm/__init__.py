"""The local model at work: engines, the single model worker, scoring head, questions, feedback.

``init_app`` hangs the service on ``app.extensions["claimlight.model"]``:

    describe() -> dict              # name, engine, state (loading|ready|unavailable|disabled), scoring, judge
    schedule_scoring(analysis_id)   # background: embed + score candidates, upgrade claims in the store
    questions(claim_id)             # high priority; cached on the claim; None if no such claim
    record_feedback(claim_id, verdict) / reset_feedback()
    close()

Page text the model saw (its call log, the feedback examples) lives in
``ModelTraces``, which the history store empties when a page is forgotten.

The model loads on the worker thread, so the server answers at once.
"""

from __future__ import annotations

from flask import Flask

from .service import DisabledModel, ModelService
from .traces import ModelTraces


def init_app(app: Flask, traces: ModelTraces) -> None:
    """``traces`` is the one the store empties when pages are forgotten."""
    settings = app.config["SETTINGS"]
    store = app.extensions["claimlight.store"]
    service = ModelService if settings.load_model else DisabledModel
    app.extensions["claimlight.model"] = service(settings, store, traces=traces)
