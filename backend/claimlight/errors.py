"""One JSON error shape for every failure: ``{"error": {"code", "message"}}``.

Stack traces go to the log, never to the client.
"""

from __future__ import annotations

import errno
import logging
from concurrent.futures import CancelledError

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from .schemas import Error
from .store.writer import StoreClosedError

log = logging.getLogger(__name__)

DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}


class ApiError(Exception):
    """An error the client caused or must know about, with a stable code."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_document(code: str, message: str) -> Error:
    return {"error": {"code": code, "message": message}}


def error_response(status: int, code: str, message: str):
    response = jsonify(error_document(code, message))
    response.status_code = status
    return response


def body_too_large_message(limit: int) -> str:
    return f"Request body is larger than the limit of {limit} bytes."


def _http_code(exc: HTTPException) -> str:
    return (exc.name or "error").lower().replace(" ", "_").replace("'", "")


def init_app(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def handle_api_error(exc: ApiError):
        return error_response(exc.status, exc.code, exc.message)

    @app.errorhandler(HTTPException)
    def handle_http_error(exc: HTTPException):
        if exc.code == 413:
            limit = app.config.get("MAX_CONTENT_LENGTH")
            return error_response(413, "payload_too_large", body_too_large_message(limit))
        return error_response(exc.code or 500, _http_code(exc), exc.description or exc.name)

    @app.errorhandler(CancelledError)  # model work cancelled because the model worker is stopping
    @app.errorhandler(StoreClosedError)
    def handle_shutting_down(exc: Exception):
        return error_response(503, "shutting_down", "The server is shutting down; try again once it is back.")

    @app.errorhandler(OSError)
    def handle_os_error(exc: OSError):
        if exc.errno in DISK_FULL_ERRNOS:
            log.error("disk full: %s", exc)
            return error_response(507, "disk_full", "The disk that holds Claimlight's history is full; free some space "
                                  "and try again. Nothing already stored was changed.")
        return handle_unexpected(exc)

    @app.errorhandler(Exception)
    def handle_unexpected(exc: Exception):
        log.exception("unhandled error")
        return error_response(500, "internal_error", "The server hit an unexpected error; see the server log.")
