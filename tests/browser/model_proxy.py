"""A stand-in for the model's timing, in front of the real server.

Every request passes through to the real (rules-only) server, except that a test can hold
the model's event stream (GET /api/v1/analyses/<id>/events) open and send it the upgrades it
chooses, and hold question requests, so the browser tests see the extension while the model
works, for as long as the test wants, without a model or a sleep. Upgrades sent are also
applied to the analysis the proxy passes back (GET /api/v1/analyses/<id>), as the real server
stores them.
"""

from __future__ import annotations

import http.client
import http.server
import json
import queue
import re
import threading
from urllib.parse import urlsplit

EVENTS_PATH = re.compile(r"^/api/v1/analyses/([^/?]+)/events$")
ANALYSIS_PATH = re.compile(r"^/api/v1/analyses/([^/?]+)$")
QUESTIONS_PATH = re.compile(r"^/api/v1/claims/([^/?]+)/questions$")
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "date", "server"}
GIVE_UP_S = 120  # a stream or question nobody releases ends, so a failing test cannot hang the run
PING_EVERY_S = 0.5  # how often a held stream is written to, which tells the proxy the reader left


class ModelProxy:
    def __init__(self, upstream: str):
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname, parts.port)
        self.hold_events = False
        self.streams: dict[str, queue.Queue] = {}
        self.stream_opened = threading.Condition()
        self.upgraded: dict[str, dict] = {}
        self.questions_release = threading.Event()
        self.questions_release.set()
        self.question_requests: list[str] = []
        self.server: http.server.ThreadingHTTPServer | None = None

    # --- what tests call -----------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> "ModelProxy":
        proxy = self

        class Handler(_Handler):
            owner = proxy

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        for stream in list(self.streams.values()):
            stream.put(("done", {"failed_chunks": 0}))
        self.questions_release.set()
        self.server.shutdown()
        self.server.server_close()

    def wait_for_stream(self, analysis_id: str, timeout: float = 20) -> None:
        """Until the extension follows the model's work on this analysis."""
        with self.stream_opened:
            assert self.stream_opened.wait_for(lambda: analysis_id in self.streams, timeout), f"no event stream opened for {analysis_id}"

    def send_upgrades(self, analysis_id: str, claims: list[dict], done: bool = True) -> None:
        """The model finished these claims (and, if `done`, the whole page)."""
        for claim in claims:
            self.upgraded[claim["id"]] = claim
        stream = self.streams[analysis_id]
        for claim in claims:
            stream.put(("claim", claim))
        if done:
            stream.put(("done", {"analysis_id": analysis_id, "failed_chunks": 0}))

    # --- the proxy's own work -------------------------------------------------------------------------------------

    def forward(self, handler, method: str, body: bytes | None) -> tuple[int, dict, bytes]:
        connection = http.client.HTTPConnection(*self.upstream, timeout=60)
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in HOP_BY_HOP | {"host"}}
        headers["Host"] = f"{self.upstream[0]}:{self.upstream[1]}"
        try:
            connection.request(method, handler.path, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()


class _Handler(http.server.BaseHTTPRequestHandler):
    owner: ModelProxy

    def log_message(self, *args):
        pass

    def _body(self) -> bytes | None:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else None

    def _reply(self, status: int, headers: dict, body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _pass(self, method: str) -> None:
        proxy = self.owner
        path = self.path.split("?", 1)[0]
        body = self._body()
        if method == "GET" and proxy.hold_events and (found := EVENTS_PATH.match(path)):
            self._held_stream(found.group(1))
            return
        if method == "POST" and (found := QUESTIONS_PATH.match(path)):
            proxy.question_requests.append(found.group(1))
            proxy.questions_release.wait(GIVE_UP_S)
        status, headers, answer = proxy.forward(self, method, body)
        if method == "GET" and status == 200 and ANALYSIS_PATH.match(path) and proxy.upgraded:
            analysis = json.loads(answer)
            analysis["claims"] = [proxy.upgraded.get(c["id"], c) for c in analysis["claims"]]
            answer = json.dumps(analysis).encode()
        self._reply(status, headers, answer)

    def _held_stream(self, analysis_id: str) -> None:
        proxy = self.owner
        stream: queue.Queue = queue.Queue()
        with proxy.stream_opened:
            proxy.streams[analysis_id] = stream
            proxy.stream_opened.notify_all()
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        waited = 0.0
        try:
            while waited < GIVE_UP_S:
                try:
                    kind, data = stream.get(timeout=PING_EVERY_S)
                except queue.Empty:
                    waited += PING_EVERY_S
                    self.wfile.write(b": waiting for the model\n\n")
                    self.wfile.flush()
                    continue
                self.wfile.write(f"event: {kind}\ndata: {json.dumps(data)}\n\n".encode())
                self.wfile.flush()
                if kind == "done":
                    return
        except (BrokenPipeError, ConnectionResetError):
            return  # the extension stopped following (the reader left the page)

    def do_GET(self):
        self._pass("GET")

    def do_POST(self):
        self._pass("POST")

    def do_DELETE(self):
        self._pass("DELETE")

    def do_OPTIONS(self):
        self._pass("OPTIONS")
