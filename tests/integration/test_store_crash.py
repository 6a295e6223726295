"""SIGKILL in the middle of a stream of writes: every acknowledged write survives, the store loads cleanly."""

import http.client
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from claimlight.store import HistoryStore

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 20

WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {repo!r})
    from claimlight.store import HistoryStore
    from tests.store_samples import make_analysis

    store = HistoryStore(sys.argv[1])
    prefix = sys.argv[2]
    print("open", flush=True)
    previous = None
    for n in range(100000):
        page = make_analysis(f"https://crash.example/{{prefix}}/{{n % 7}}", f"{{prefix}} text {{n}}",
                             [(f"Officials said {{n}} thousand people left.", [{{"text": str(n), "value": n + 1000, "unit": "people"}}],
                               {{"text": "Mr Official", "kind": "named"}}),
                              ("Another claim.", [], None)])
        store.record(page)
        print("record", page["id"], flush=True)
        if previous is not None:
            store.update_claim(previous, {{"feedback": f"seen {{n}}"}})
            print("update", previous, f"seen {{n}}", flush=True)
        previous = page["claims"][0]["id"]
""")


def test_sigkill_during_writes_loses_no_acknowledged_write(tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(repo=str(REPO)))
    history = tmp_path / "history"
    rng = random.Random(20261123)
    recorded: set[str] = set()
    updates: dict[str, str] = {}
    for round_number in range(ROUNDS):
        child = subprocess.Popen([sys.executable, str(script), str(history), f"r{round_number}"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
        assert child.stdout.readline().strip() == "open", child.stderr.read()
        acks = []
        for _ in range(rng.randint(1, 12)):
            acks.append(child.stdout.readline().rstrip("\n"))
            assert acks[-1], child.stderr.read()
        child.kill()
        child.wait(timeout=30)
        for line in acks + child.stdout.read().splitlines():
            kind, *rest = line.split(" ", 2)
            if kind == "record":
                recorded.add(rest[0])
            elif kind == "update":
                updates[rest[0]] = rest[1]
        child.stdout.close()
        child.stderr.close()

        store = HistoryStore(history)
        try:
            assert store.health()["state"] == "ok", store.health()
            for analysis_id in recorded:
                assert store.get_analysis(analysis_id) is not None, f"round {round_number}: lost {analysis_id}"
            for claim_id, feedback in updates.items():
                claim, _ = store.get_claim(claim_id)
                assert claim.get("feedback") == feedback, f"round {round_number}: lost update of {claim_id}"
            listed = store.history(limit=500)["pages"]
            assert all(store.get_analysis(p["analysis_id"]) for p in listed), "the index points only at real files"
        finally:
            store.close()
    assert len(recorded) >= ROUNDS


def test_real_server_killed_mid_stream_keeps_every_acknowledged_page(tmp_path):
    import threading
    import time

    from ..serverproc import start_server

    home = tmp_path / "home"
    server = start_server(home, "--no-model")
    acknowledged: list[str] = []
    stop = threading.Event()

    def post(worker: int) -> None:
        for n in range(1000):
            if stop.is_set():
                return
            html = (f"<html><body><article><p>Officials said that {n + 1},000 volunteers had signed up for story {n}, "
                    "a figure nobody could confirm.</p><p>The ministry added that another 2,000 were expected.</p>"
                    "</article></body></html>")
            try:
                status, body, _ = server.request("POST", "/api/v1/analyses", {"url": f"https://kill.example/{worker}/{n}", "html": html}, timeout=10)
            except (OSError, http.client.HTTPException):
                return  # killed mid-request or mid-response: never acknowledged
            if status == 201:
                acknowledged.append(body["id"])

    posters = [threading.Thread(target=post, args=(worker,)) for worker in range(2)]
    for poster in posters:
        poster.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 30 and time.monotonic() < deadline:
        time.sleep(0.01)  # polling the acknowledgement count, not synchronisation
    server.kill()
    stop.set()
    for poster in posters:
        poster.join(timeout=30)
    survivors = list(acknowledged)
    assert len(survivors) >= 30
    restarted = start_server(home, "--no-model", port=server.port)
    try:
        for analysis_id in survivors:
            status, body, _ = restarted.request("GET", f"/api/v1/analyses/{analysis_id}")
            assert status == 200, (analysis_id, body)
        status, body, _ = restarted.request("GET", "/api/v1/history?limit=500")
        assert set(survivors) <= {p["analysis_id"] for p in body["pages"]}
        assert restarted.request("GET", "/api/v1/health", token=False)[1]["store"]["state"] == "ok"
    finally:
        restarted.stop()
