"""HTTP API v1, one blueprint per concern."""

from __future__ import annotations

from flask import current_app, request

from ..errors import ApiError


def json_body() -> dict:
    """The request's JSON object, or a clear 400 saying what is wrong with it."""
    if not request.data:
        raise ApiError(400, "empty_body", "The request body is empty; send a JSON object.")
    data = request.get_json(silent=True)
    if data is None:
        raise ApiError(400, "invalid_json", "The request body is not valid JSON.")
    if not isinstance(data, dict):
        raise ApiError(400, "invalid_json", "The request body must be a JSON object.")
    return data


def store():
    return current_app.extensions["claimlight.store"]


def model():
    return current_app.extensions["claimlight.model"]
