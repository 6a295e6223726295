"""Who may talk to the server: loopback Host, extension Origin, bearer token.

Any web page the reader visits can send requests to 127.0.0.1, so being local
proves nothing. Three checks run before every request:

* ``Host`` must be a loopback name with our port, which defeats DNS rebinding
  (an attacker's name resolving to 127.0.0.1 still sends its own Host).
* ``Origin``, when present, must be a browser extension; web pages are refused
  and CORS is answered for extensions only.
* ``Authorization: Bearer <token>`` on every route but health, compared in
  constant time. A token in the query string is refused outright, since URLs
  end up in logs and history.
"""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path

from flask import Flask, current_app, request

from .errors import ApiError, body_too_large_message
from .store.atomic import atomic_write

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "[::1]"}
EXTENSION_SCHEMES = ("chrome-extension://", "moz-extension://")
PUBLIC_ENDPOINTS = {"health.health", "openapi.openapi"}
BODY_METHODS = {"POST", "PUT", "PATCH"}
CORS_HEADERS = "Authorization, Content-Type"
CORS_METHODS = "GET, POST, DELETE, OPTIONS"
BEARER_PREFIX = "Bearer "


def load_or_create_token(path: Path) -> str:
    """Return the per-install token, creating it (mode 0600) on first use."""
    if path.exists():
        token = path.read_text(encoding="utf-8").strip()
        if token:
            return token
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    atomic_write(path, token + "\n")  # mode 0600, like every temporary file atomic_write makes
    return token


def host_allowed(host: str | None, port: int) -> bool:
    if not host:
        return False
    name, sep, host_port = host.rpartition(":")
    if not sep or name.endswith(":"):  # no port, or a bare IPv6 address
        return False
    return name.lower() in LOOPBACK_NAMES and host_port == str(port)


def origin_allowed(origin: str, extension_ids: list[str]) -> bool:
    for scheme in EXTENSION_SCHEMES:
        if origin.startswith(scheme):
            extension_id = origin[len(scheme):].rstrip("/")
            return bool(extension_id) and (not extension_ids or extension_id in extension_ids)
    return False


def _check_request() -> None:
    settings = current_app.config["SETTINGS"]
    host = request.headers.get("Host")
    if not host:
        raise ApiError(400, "missing_host", "The Host header is required.")
    if not host_allowed(host, settings.port):
        raise ApiError(403, "host_not_allowed", "Requests must be addressed to this machine's loopback address and port.")
    origin = request.headers.get("Origin")
    if origin is not None and not origin_allowed(origin, settings.allowed_extension_ids):
        raise ApiError(403, "origin_not_allowed", "Only the Claimlight browser extension may call this server from a browser.")
    if request.method == "OPTIONS":
        return  # a preflight from an allowed origin; answered in after_request
    if "token" in request.args or "access_token" in request.args:
        raise ApiError(400, "token_in_query", "Send the token in the Authorization header, never in the URL.")
    if request.endpoint not in PUBLIC_ENDPOINTS:
        _check_token()
    _check_body_size(current_app.config["MAX_CONTENT_LENGTH"])
    if request.method in BODY_METHODS and request.content_length and not request.is_json:
        raise ApiError(415, "unsupported_media_type", "Send the body as application/json.")


def _check_body_size(limit: int) -> None:
    """Refuse an oversized body before any view runs, whether or not the view would read it.

    A chunked body has no Content-Length, and Werkzeug silently truncates it at
    the limit; it is read here (cached for the view) so the overflow is a 413,
    not a half-page analysed or a confusing JSON error.
    """
    if request.content_length is not None:
        too_large = request.content_length > limit
    else:
        too_large = "chunked" in request.headers.get("Transfer-Encoding", "").lower() and len(request.get_data(cache=True)) >= limit
    if too_large:
        raise ApiError(413, "payload_too_large", body_too_large_message(limit))


def _check_token() -> None:
    """Exactly ``Bearer <token>``: one form only, so no lenient parse can be talked into a match."""
    header = request.headers.get("Authorization", "")
    if not header.startswith(BEARER_PREFIX) or len(header) == len(BEARER_PREFIX):
        raise ApiError(401, "missing_token", "Send 'Authorization: Bearer <token>'; `claimlight token` prints it.")
    supplied = header[len(BEARER_PREFIX):]
    expected = current_app.config["TOKEN"]
    if not hmac.compare_digest(supplied.encode(), expected.encode()):
        raise ApiError(401, "invalid_token", "The token is wrong; `claimlight token` prints the right one.")


def _add_cors_headers(response):
    origin = request.headers.get("Origin")
    settings = current_app.config["SETTINGS"]
    if origin and origin_allowed(origin, settings.allowed_extension_ids):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
        response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        response.headers["Access-Control-Max-Age"] = "600"
    response.headers.add("Vary", "Origin")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask) -> None:
    settings = app.config["SETTINGS"]
    app.config.setdefault("TOKEN", load_or_create_token(settings.token_path))
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.before_request(_check_request)
    app.after_request(_add_cors_headers)
