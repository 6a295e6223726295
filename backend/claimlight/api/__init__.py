"""HTTP API v1, one blueprint per concern."""

from __future__ import annotations

from typing import TypeVar

from flask import current_app, request
from pydantic import BaseModel, ValidationError

from ..errors import ApiError

Request = TypeVar("Request", bound=BaseModel)

# Errors of any field, by pydantic's error type: (status, code, message). Custom errors raised by the models'
# validators (invalid_url, binary_content, invalid_cursor) are already worded and answer 400.
GENERIC_ERRORS = {
    "missing": (400, "missing_field", "'{field}' is required."),
    "string_type": (400, "wrong_type", "'{field}' must be a string, not {input_type}."),
    "string_too_long": (413, "field_too_large", "'{field}' is longer than {max_length} characters."),
    "string_unicode": (400, "binary_content", "'{field}' is not valid Unicode text (a lone surrogate); send the page as text."),
}


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


def validated(model: type[Request], data: dict, **context) -> Request:
    """``data`` as ``model``, or the ApiError of its first bad field, so the codes clients read stay what they were."""
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        raise _api_error(model, exc.errors()[0]) from None


def _api_error(model: type[BaseModel], error) -> ApiError:
    field = str(error["loc"][0]) if error["loc"] else "body"
    kind = "missing" if error["type"] == "string_type" and error["input"] is None else error["type"]
    known = getattr(model, "field_errors", {}).get(field) or GENERIC_ERRORS.get(kind)
    if known is None:
        return ApiError(400, kind, error["msg"])
    status, code, message = known
    return ApiError(status, code, message.format(field=field, input_type=type(error["input"]).__name__, **error.get("ctx", {})))


def store():
    return current_app.extensions["claimlight.store"]


def model():
    return current_app.extensions["claimlight.model"]
