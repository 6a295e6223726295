"""Model service. INTERIM stand-in; the model helper replaces this package.

Interface the rest of the app relies on (``current_app.extensions["claimlight.model"]``):

    describe() -> dict            # {"name", "engine", "state": "loading|ready|unavailable|disabled", ...}
    schedule_scoring(analysis_id) # background: embed + score candidates, upgrade claims in the store
    close()
"""

from __future__ import annotations

from flask import Flask


class DisabledModel:
    def describe(self) -> dict:
        return {"name": None, "engine": None, "state": "disabled"}

    def schedule_scoring(self, analysis_id: str) -> None:
        pass

    def close(self) -> None:
        pass


def init_app(app: Flask) -> None:
    app.extensions["claimlight.model"] = DisabledModel()
