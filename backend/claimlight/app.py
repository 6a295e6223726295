"""The application factory: one blueprint per concern, one ``init_app`` per resource."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask

from . import errors, security
from .settings import Settings


def create_app(test_config: dict[str, Any] | None = None, settings: Settings | None = None) -> Flask:
    """Build the app. ``test_config`` overrides Flask config; ``settings`` the typed settings."""
    app = Flask(__name__, static_folder=None)
    settings = settings or Settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    app.config.update(SETTINGS=settings)
    if test_config:
        app.config.update(test_config)
    app.json.sort_keys = False
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    errors.init_app(app)
    security.init_app(app)

    from . import store, llm
    from .llm.traces import ModelTraces

    traces = ModelTraces(settings)  # written by the model, emptied of a page's text when the store forgets it
    store.init_app(app, forget_hooks=[traces.forget])
    llm.init_app(app, traces)

    from .api import analyses, claims, events, health, history, openapi

    for blueprint in (health.bp, analyses.bp, events.bp, claims.bp, history.bp, openapi.bp):
        app.register_blueprint(blueprint)
    return app
