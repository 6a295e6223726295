"""The OpenAI-compatible engine against a scripted loopback server: retries, errors, the bearer key."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimlight.llm.engines import REMOTE_RETRIES, EngineError, OpenAIEngine

from ..serverproc import free_port

REPLY = {"choices": [{"message": {"content": "Who counted them?"}}], "usage": {"completion_tokens": 4}}


class Remote(BaseHTTPRequestHandler):
    """Answers each chat call with the next scripted (status, body); records what it was sent."""

    script: list = []
    seen: list = []

    def _send(self, status: int, body) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Retry-After", "0")
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self.seen.append(("GET", self.path, self.headers.get("Authorization"), None))
        self._send(200, {"data": [{"id": "/models/Tiny-Remote.gguf"}]})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append(("POST", self.path, self.headers.get("Authorization"), body))
        self._send(*(self.script.pop(0) if self.script else (200, REPLY)))

    def log_message(self, *args):
        pass


@pytest.fixture
def remote():
    handler = type("Handler", (Remote,), {"script": [], "seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", handler
    server.shutdown()
    server.server_close()


def ask(engine: OpenAIEngine) -> str:
    return engine.chat([{"role": "user", "content": "16,000 volunteers"}], max_tokens=8, json_schema={"type": "object"})


def test_it_names_the_first_listed_model_and_sends_the_request_llama_cpp_reads(remote):
    base_url, handler = remote
    engine = OpenAIEngine(base_url)
    assert engine.model_name == "tiny-remote"
    assert ask(engine) == "Who counted them?"
    method, path, authorization, body = handler.seen[-1]
    assert (method, path, authorization) == ("POST", "/v1/chat/completions", None)
    assert body["model"] == "/models/Tiny-Remote.gguf" and body["temperature"] == 0.0
    assert body["response_format"] == {"type": "json_object", "schema": {"type": "object"}}


def test_the_api_key_goes_as_a_bearer_token(remote):
    base_url, handler = remote
    ask(OpenAIEngine(base_url + "/v1", api_key="sk-local"))
    assert {authorization for _, _, authorization, _ in handler.seen} == {"Bearer sk-local"}


def test_a_busy_server_is_asked_again(remote):
    base_url, handler = remote
    engine = OpenAIEngine(base_url)
    handler.script[:] = [(503, {"error": "loading model"}), (429, {"error": "busy"})]
    assert ask(engine) == "Who counted them?"
    assert sum(1 for method, *_ in handler.seen if method == "POST") == 3


def test_a_server_still_busy_after_the_retries_is_an_engine_error(remote):
    base_url, handler = remote
    engine = OpenAIEngine(base_url)
    handler.script[:] = [(503, {"error": "loading model"})] * (REMOTE_RETRIES + 1)
    with pytest.raises(EngineError, match="answered 503: .*loading model"):
        ask(engine)


def test_an_error_about_the_request_is_not_retried(remote):
    base_url, handler = remote
    engine = OpenAIEngine(base_url)
    handler.script[:] = [(400, {"error": "bad schema"}), (200, REPLY)]
    with pytest.raises(EngineError, match="answered 400"):
        ask(engine)
    assert sum(1 for method, *_ in handler.seen if method == "POST") == 1


def test_an_unexpected_answer_is_an_engine_error(remote):
    base_url, handler = remote
    engine = OpenAIEngine(base_url)
    handler.script[:] = [(200, ["not", "a", "completion"])]
    with pytest.raises(EngineError, match="unexpected shape"):
        ask(engine)


def test_no_server_is_an_engine_error_that_names_the_address():
    with pytest.raises(EngineError, match="cannot reach http://127.0.0.1:.*/v1/models"):
        OpenAIEngine(f"http://127.0.0.1:{free_port()}")
