"""`--engine openai`: the same work sent to an OpenAI-compatible server on loopback.

The real server is llama-cpp-python's own (`python -m llama_cpp.server`) with the bundled
GGUF, asking for an API key; a small stub server stands in for another remote model. Questions go to the remote;
scoring embeddings never do (the head fits only the local derived embedder).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimlight.llm.catalogue import bundled_model_path
from claimlight.llm.engines import EngineError, OpenAIEngine
from claimlight.llm.service import ModelService
from claimlight.settings import Settings
from claimlight.store import open_store

from ..model_samples import make_analysis
from ..serverproc import free_port

pytestmark = pytest.mark.model

API_KEY = "sk-claimlight-test"


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    port = free_port()
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(bundled_model_path()),
                                    "--host", "127.0.0.1", "--port", str(port),
                                    "--n_threads", "2", "--n_ctx", "2048", "--api_key", API_KEY],
                                   stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, log_path.read_text(errors="replace")
        try:
            with urllib.request.urlopen(base_url + "/v1/models", timeout=2):
                break
        except urllib.error.HTTPError:  # up, and asking for the key
            break
        except OSError:
            time.sleep(0.1)  # polling interval while the server starts
    yield base_url
    process.terminate()
    process.wait(30)


def run_service(tmp_path, base_url, api_key=None):
    settings = Settings(home=tmp_path / "home", engine="openai", base_url=base_url, api_key=api_key, log_model_calls=True)
    store = open_store(settings)
    return settings, store, ModelService(settings, store)


def test_remote_engine_scores_and_writes_questions(tmp_path, llama_server):
    settings, store, service = run_service(tmp_path, llama_server, api_key=API_KEY)
    try:
        assert service.wait_loaded(120)
        described = service.describe()
        assert described["state"] == "ready" and described["engine"] == "openai", described
        assert described["name"] == "smollm2-135m-instruct.q4_1" and described["scoring"]["state"] == "ready"
        analysis = store.record(make_analysis())
        service.schedule_scoring(analysis["id"])
        upgraded = [c for kind, c in service.upgrades.follow(analysis["id"], heartbeat_s=0.2, give_up_s=300) if kind == "claim"]
        assert len(upgraded) == len(analysis["claims"])
        assert all(c["judged_by"] == "model:smollm2-135m-instruct.q4_1" for c in upgraded)
        questions = service.questions(analysis["claims"][0]["id"])
        assert 2 <= len(questions) <= 4 and all(q["text"].endswith("?") for q in questions)
        calls = [json.loads(line) for line in (settings.log_dir / "llm.jsonl").read_text().splitlines()]
        assert {c["engine"] for c in calls if c["kind"] == "chat"} == {"openai"}
        assert {c["engine"] for c in calls if c["kind"] == "embed"} == {"local"}
    finally:
        service.close()
        store.close()


def test_a_server_that_wants_a_key_refuses_the_engine_without_it(llama_server):
    with pytest.raises(EngineError, match="answered 401"):
        OpenAIEngine(llama_server)
    with pytest.raises(EngineError, match="answered 401"):
        OpenAIEngine(llama_server, api_key="sk-wrong")


REMOTE_REWORDING = "Which officials said this, and how would they know about the 16,000 volunteers?"


class _ChatOnlyRemote(BaseHTTPRequestHandler):
    """An OpenAI-compatible endpoint with another model, no embeddings endpoint, and one scripted answer."""

    def _answer(self, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self._answer({"data": [{"id": "tiny-remote"}]})

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        if self.path.endswith("/chat/completions"):
            self._answer({"choices": [{"message": {"content": json.dumps({"questions": [REMOTE_REWORDING]})}}]})
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


def test_another_remote_model_is_scored_by_the_local_embedder(tmp_path):
    stub = ThreadingHTTPServer(("127.0.0.1", 0), _ChatOnlyRemote)
    threading.Thread(target=stub.serve_forever, daemon=True).start()
    settings, store, service = run_service(tmp_path, f"http://127.0.0.1:{stub.server_port}")
    try:
        assert service.wait_loaded(60)
        described = service.describe()
        assert described["name"] == "tiny-remote" and described["scoring"]["state"] == "ready", described
        analysis = store.record(make_analysis())
        service.schedule_scoring(analysis["id"])
        list(service.upgrades.follow(analysis["id"], heartbeat_s=0.1, give_up_s=120))
        assert all(c["judged_by"] == "model:tiny-remote" for c in store.get_analysis(analysis["id"])["claims"])
        questions = service.questions(analysis["claims"][0]["id"])
        assert questions[0]["text"] == REMOTE_REWORDING and questions[0]["by"] == "model"  # same plan, the remote's wording
    finally:
        service.close()
        store.close()
        stub.shutdown()
