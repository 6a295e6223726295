"""The model over HTTP: health, questions, feedback, reset, the SSE stream; in-process and as a real server."""

from __future__ import annotations

import json
import urllib.request

import pytest

from claimlight.app import create_app
from claimlight.settings import Settings
from claimlight.store import open_store

from ..conftest import TEST_PORT
from ..model_samples import make_analysis
from ..serverproc import start_server

pytestmark = pytest.mark.model


@pytest.fixture
def model_app(home):
    app = create_app({"TESTING": True, "SERVER_NAME": f"127.0.0.1:{TEST_PORT}"}, settings=Settings(home=home, port=TEST_PORT))
    assert app.extensions["claimlight.model"].wait_loaded(60)
    yield app
    for name in ("claimlight.model", "claimlight.store"):
        app.extensions[name].close()


def test_routes_for_questions_feedback_and_events(model_app):
    client = model_app.test_client()
    auth = {"Authorization": f"Bearer {model_app.config['TOKEN']}"}
    health = client.get("/api/v1/health").json["model"]
    assert health["state"] == "ready" and health["name"] == "smollm2-135m-instruct"

    analysis = model_app.extensions["claimlight.store"].record(make_analysis())
    model_app.extensions["claimlight.model"].schedule_scoring(analysis["id"])
    stream = client.get(f"/api/v1/analyses/{analysis['id']}/events", headers=auth)
    assert stream.mimetype == "text/event-stream"
    events = [block for block in stream.get_data(as_text=True).split("\n\n") if block.startswith("event:")]
    assert events[-1].startswith("event: done")
    upgraded = [json.loads(block.split("data: ", 1)[1]) for block in events if block.startswith("event: claim")]
    assert {c["id"] for c in upgraded} == {c["id"] for c in analysis["claims"]}
    stored = client.get(f"/api/v1/analyses/{analysis['id']}", headers=auth).json
    assert all(c["judged_by"] == "model:smollm2-135m-instruct" for c in stored["claims"])
    replay = client.get(f"/api/v1/analyses/{analysis['id']}/events", headers=auth).get_data(as_text=True)
    assert replay.count("event: claim") == len(analysis["claims"]) and "event: done" in replay

    claim_id = analysis["claims"][0]["id"]
    answer = client.post(f"/api/v1/claims/{claim_id}/questions", headers=auth)
    assert answer.status_code == 200 and answer.json["claim_id"] == claim_id
    assert 2 <= len(answer.json["questions"]) <= 4
    assert client.post("/api/v1/claims/c_nope/questions", headers=auth).json["error"]["code"] == "not_found"
    assert client.post(f"/api/v1/claims/{claim_id}/questions").status_code == 401

    bad = client.post(f"/api/v1/claims/{claim_id}/feedback", headers=auth, json={"verdict": "meh"})
    assert (bad.status_code, bad.json["error"]["code"]) == (400, "invalid_verdict")
    for n, claim in enumerate(analysis["claims"][:5], 1):
        response = client.post(f"/api/v1/claims/{claim['id']}/feedback", headers=auth, json={"verdict": "useful"})
        assert response.status_code == 200 and response.json["examples"] == n
    assert response.json["head"] == "personal"
    assert client.get("/api/v1/health").json["model"]["scoring"]["head"] == "personal"
    assert client.delete("/api/v1/feedback", headers=auth).json == {"forgotten": 5, "head": "shipped"}
    assert client.get(f"/api/v1/analyses/{analysis['id']}/events/", headers=auth).status_code == 404


def test_real_server_loads_the_model_in_the_background(home):
    store = open_store(Settings(home=home))
    analysis = store.record(make_analysis())
    store.close()
    server = start_server(home, wait=False)
    try:
        server.wait_ready(deadline_s=180, model_ready=True)
        status, health, _ = server.request("GET", "/api/v1/health", token=False)
        assert status == 200 and health["model"]["state"] == "ready" and health["model"]["name"] == "smollm2-135m-instruct"
        status, body, _ = server.request("POST", f"/api/v1/claims/{analysis['claims'][1]['id']}/questions", timeout=300)
        assert status == 200 and 2 <= len(body["questions"]) <= 4
        request = urllib.request.Request(f"{server.base_url}/api/v1/analyses/{analysis['id']}/events",
                                         headers={"Authorization": f"Bearer {server.token}"})
        with urllib.request.urlopen(request, timeout=300) as response:
            assert response.headers["Content-Type"].startswith("text/event-stream")
            assert "event: done" in response.read().decode()
    finally:
        server.stop()
