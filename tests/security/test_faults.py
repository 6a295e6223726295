"""Faults: SIGKILL mid-write and mid-model-work, a missing or corrupt model file, a full disk.

Everything goes through a real `claimlight serve` process and its HTTP API, as
the extension would see it: what the server acknowledged must survive, what
was in flight must be finished or cleanly retryable, and a broken model or
disk must produce a clear error while the rest keeps serving.
"""

from __future__ import annotations

import http.client
import json
import random
import shutil
import subprocess
import threading
import time
import urllib.error
from pathlib import Path

import pytest

from ..serverproc import start_server

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

KILL_ROUNDS = 20
WRITERS = 3


def page_html(n: int) -> str:
    return (f"<html><head><title>Report {n}</title></head><body><article>"
            f"<p>Officials said that {n * 37 + 1000:,} volunteers had signed up in district {n}, a figure nobody could confirm.</p>"
            f"<p>The ministry added that another {n + 200:,} were expected next week, according to a spokesman.</p>"
            "</article></body></html>")


def write_until_stopped(server, prefix: str, stop: threading.Event, acknowledged: dict, lock: threading.Lock) -> None:
    n = 0
    while not stop.is_set():
        url = f"https://faults.example/{prefix}/{n}"
        try:
            status, body, _ = server.request("POST", "/api/v1/analyses", {"url": url, "title": f"r{n}", "html": page_html(n)},
                                             timeout=10)
        except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError, OSError):
            return  # the server was killed mid-request (even mid-response): this write was never acknowledged
        if status == 201:
            with lock:
                acknowledged[body["id"]] = url
        n += 1


def test_acknowledged_writes_survive_sigkill_and_restart(tmp_path):
    rng = random.Random(20)
    home = tmp_path / "home"
    acknowledged: dict[str, str] = {}
    lock = threading.Lock()
    server = start_server(home, "--no-model")
    for round_number in range(KILL_ROUNDS):
        stop = threading.Event()
        writers = [threading.Thread(target=write_until_stopped, args=(server, f"r{round_number}w{i}", stop, acknowledged, lock))
                   for i in range(WRITERS)]
        for writer in writers:
            writer.start()
        before = len(acknowledged)
        deadline = time.monotonic() + 30
        target = rng.randint(1, 12)  # kill at a random point in the stream of writes
        while len(acknowledged) - before < target and time.monotonic() < deadline:
            time.sleep(0.005)  # polling interval while waiting for a condition, not synchronisation
        server.kill()
        stop.set()
        for writer in writers:
            writer.join(30)
        server = start_server(home, "--no-model", port=server.port)
        health = server.request("GET", "/api/v1/health", token=False)[1]
        assert health["store"]["state"] == "ok", f"round {round_number}: store {health['store']}"
    try:
        lost = [aid for aid, url in acknowledged.items()
                if (lambda r: r[0] != 200 or r[1]["url"] != url)(server.request("GET", f"/api/v1/analyses/{aid}"))]
        print(f"\nfaults: {KILL_ROUNDS} SIGKILL rounds, {len(acknowledged)} acknowledged writes, {len(lost)} lost")
        assert len(acknowledged) >= KILL_ROUNDS
        assert lost == []
        listed = server.request("GET", "/api/v1/history?limit=500")[1]
        assert len(listed["pages"]) >= min(len(acknowledged), 500)
        assert not list((home / "history").rglob("*.corrupt-*")), "nothing was found torn and moved aside"
    finally:
        server.stop()


def test_kill_during_model_work_leaves_history_intact_and_work_retryable(tmp_path, model_server):
    home = tmp_path / "home"
    home.mkdir()
    # Reuse the shared model server's one-off calibration, so the kill lands on scoring or questions, not calibration.
    shutil.copy(model_server.home / "calibration.json", home / "calibration.json")
    server = start_server(home, model_ready=True)
    html = (Path(__file__).parents[1] / "pages" / "sputnik_16000_mercenaries.html").read_text(encoding="utf-8")
    url = "https://faults.example/model-work"
    status, analysis, _ = server.request("POST", "/api/v1/analyses", {"url": url, "title": "t", "html": html})
    assert status == 201 and analysis["claims"]
    claim_id = analysis["claims"][0]["id"]
    in_flight = threading.Thread(target=lambda: _ignore_errors(server.request, "POST", f"/api/v1/claims/{claim_id}/questions",
                                                               timeout=300), daemon=True)
    in_flight.start()
    _wait_for(lambda: _model_busy(server), 60)  # scoring or the question is running on the model worker
    server.kill()
    in_flight.join(30)

    server = start_server(home, model_ready=True, port=server.port)
    try:
        status, stored, _ = server.request("GET", f"/api/v1/analyses/{analysis['id']}")
        assert status == 200 and [c["id"] for c in stored["claims"]] == [c["id"] for c in analysis["claims"]]
        claim = next(c for c in stored["claims"] if c["id"] == claim_id)
        assert claim["questions"] == [] or all(q["text"].endswith("?") for q in claim["questions"])
        # Retry: questions are answered now, and re-sending the page schedules scoring again.
        status, answered, _ = server.request("POST", f"/api/v1/claims/{claim_id}/questions", timeout=300)
        assert status == 200 and 2 <= len(answered["questions"]) <= 4
        status, again, _ = server.request("POST", "/api/v1/analyses", {"url": url, "title": "t", "html": html})
        assert status == 201 and again["id"] == analysis["id"]
        _wait_for(lambda: any(c["judged_by"].startswith("model:")
                              for c in server.request("GET", f"/api/v1/analyses/{analysis['id']}")[1]["claims"]), 300)
    finally:
        server.stop()


def _ignore_errors(call, *args, **kwargs):
    try:
        call(*args, **kwargs)
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        pass


def _model_busy(server) -> bool:
    model = server.request("GET", "/api/v1/health", token=False)[1]["model"]
    return model.get("queue", 0) > 0 or model.get("max_in_model", 0) > 0


def _wait_for(condition, deadline_s: float) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)  # polling interval while waiting for a condition, not synchronisation
    raise TimeoutError(f"condition not met within {deadline_s}s")


@pytest.mark.parametrize("model_file", ["missing", "junk"])
def test_missing_or_corrupt_model_is_a_clear_error_and_the_fast_path_still_serves(tmp_path, model_file):
    path = tmp_path / "model.gguf"
    if model_file == "junk":
        path.write_bytes(random.Random(1).randbytes(4096))
    server = start_server(tmp_path / "home", env={"CLAIMLIGHT_MODEL_PATH": str(path)}, model_ready=True)
    try:
        model = server.request("GET", "/api/v1/health", token=False)[1]["model"]
        assert model["state"] == "unavailable"
        assert str(path) in model["message"] or "model.gguf" in model["message"], model
        html = (Path(__file__).parents[1] / "pages" / "bbc_putin_volunteers.html").read_text(encoding="utf-8")
        status, analysis, _ = server.request("POST", "/api/v1/analyses", {"url": "https://faults.example/m", "html": html})
        assert status == 201 and analysis["claims"]
        status, answered, _ = server.request("POST", f"/api/v1/claims/{analysis['claims'][0]['id']}/questions")
        assert status == 200 and answered["questions"] and {q["by"] for q in answered["questions"]} == {"template"}
    finally:
        server.stop()


@pytest.fixture
def tiny_disk(tmp_path):
    """A 2 MB tmpfs (needs root, which CI has here); the test fills it to make writes fail with ENOSPC."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip()}); the store's own ENOSPC unit test covers this")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=True)


def test_full_disk_gives_a_clear_error_and_no_torn_store(tiny_disk):
    home = tiny_disk / "home"
    server = start_server(home, "--no-model")
    try:
        stored = {}
        for n in range(3):
            status, body, _ = server.request("POST", "/api/v1/analyses", {"url": f"https://disk.example/{n}", "html": page_html(n)})
            assert status == 201
            stored[body["id"]] = body["url"]
        filler = tiny_disk / "filler"
        with open(filler, "wb") as handle:  # fill the disk to the last byte
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError:
                pass
        status, body, _ = server.request("POST", "/api/v1/analyses", {"url": "https://disk.example/full", "html": page_html(99)})
        assert (status, body["error"]["code"]) == (507, "disk_full"), body
        assert "full" in body["error"]["message"]
        for analysis_id in stored:
            assert server.request("GET", f"/api/v1/analyses/{analysis_id}")[0] == 200

        filler.unlink()
        status, body, _ = server.request("POST", "/api/v1/analyses", {"url": "https://disk.example/after", "html": page_html(100)})
        assert status == 201
        stored[body["id"]] = body["url"]
    finally:
        server.stop()

    server = start_server(home, "--no-model")
    try:
        health = server.request("GET", "/api/v1/health", token=False)[1]
        assert health["store"]["state"] == "ok", health["store"]
        for analysis_id, url in stored.items():
            status, body, _ = server.request("GET", f"/api/v1/analyses/{analysis_id}")
            assert status == 200 and body["url"] == url
        for path in (home / "history").rglob("*.json"):
            json.loads(path.read_text(encoding="utf-8"))  # every store file parses: nothing torn
    finally:
        server.stop()
