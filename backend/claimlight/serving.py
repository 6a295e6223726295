"""The HTTP server behind ``claimlight serve``: waitress, with bounded threads and buffered requests.

waitress reads each request whole (headers and body, the body spilling to a
temporary file past 512 KB) on its one I/O thread before a worker thread sees
it, so a slow or half-sent request holds a connection slot, closed after
``server_idle_timeout_s`` of silence, and never a worker thread; the workers
are a fixed pool. Bodies over ``max_body_bytes`` are refused before they are
read, and waitress's own refusals answer in the API's one JSON error shape.
SIGTERM stops the server as Ctrl-C does: running requests get a few seconds to
finish, and the caller then closes the model and the store.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator

from flask import Flask
from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer, create_server
from waitress.task import ErrorTask

from .errors import body_too_large_message, error_document
from .settings import Settings

ERROR_CODES = {413: "payload_too_large", 500: "internal_error"}


class JsonErrorTask(ErrorTask):
    """A request waitress refuses itself (malformed, headers or body too large), answered like the app's errors."""

    def execute(self):
        error = self.request.error
        if error.code == 413:
            message = body_too_large_message(self.channel.server.adj.max_request_body_size)
        else:
            message = f"{error.reason}: {error.body}"
        code = ERROR_CODES.get(error.code, error.reason.lower().replace(" ", "_"))
        body = json.dumps(error_document(code, message)).encode("utf-8")
        self.status = f"{error.code} {error.reason}"
        self.response_headers.extend([("Content-Type", "application/json"), ("X-Content-Type-Options", "nosniff"),
                                      ("Cache-Control", "no-store")])
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class JsonErrorChannel(HTTPChannel):
    error_task_class = JsonErrorTask


def make_server(app: Flask, settings: Settings):
    """A waitress server bound to ``settings.host`` and ``settings.port`` (bound at once, served by ``serve_until_stopped``)."""
    sockets: dict = {}
    server = create_server(
        app, map=sockets, host=settings.host, port=settings.port, ident="claimlight",
        threads=settings.server_threads, connection_limit=settings.server_connection_limit,
        channel_timeout=settings.server_idle_timeout_s, cleanup_interval=max(1, settings.server_idle_timeout_s // 2),
        max_request_body_size=settings.max_body_bytes,
        asyncore_use_poll=True,  # select() cannot watch more than 1,024 sockets
    )
    for listener in _listeners(sockets):
        listener.channel_class = JsonErrorChannel
    return server


def _listeners(sockets: dict) -> Iterator[BaseWSGIServer]:
    return (dispatcher for dispatcher in sockets.values() if isinstance(dispatcher, BaseWSGIServer))


def listening_addresses(server) -> list[str]:
    listen = getattr(server, "effective_listen", None) or [(server.effective_host, server.effective_port)]
    return [f"http://{f'[{host}]' if ':' in host else host}:{port}" for host, port in listen]


def _stop(signum, frame):
    raise SystemExit(0)


def serve_until_stopped(server) -> None:
    """Serve until SIGTERM or Ctrl-C; waitress then lets running requests finish (up to 5 s) and drops queued ones.

    SIGINT is handled here too: a process started in the background of a shell script inherits SIGINT ignored, and
    Python then installs no handler of its own, so a Ctrl-C sent to it would otherwise do nothing."""
    previous = {signum: signal.signal(signum, _stop) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        server.run()  # returns once a SystemExit has stopped it
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if isinstance(server, BaseWSGIServer):  # one listener; a multi-socket server closed its own in run()
            server.close()  # refuse new connections while the model and the store close
