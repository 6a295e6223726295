"""Faults: SIGKILL mid-write, mid-scoring and mid-refit, a missing or corrupt model file, a full disk (also mid-refit).

Everything goes through a real `claimlight serve` process and its HTTP API, as
the extension would see it: what the server acknowledged must survive, what
was in flight must be finished or cleanly retryable, the history and the
personal scoring head must load after a restart, and a broken model or disk
must produce a clear error while the rest keeps serving.
"""

from __future__ import annotations

import http.client
import json
import random
import shutil
import signal
import subprocess
import threading
import time
import urllib.error
from pathlib import Path

import pytest

from claimlight.llm.feedback import REFIT_AFTER
from claimlight.llm.head import LogisticHead
from claimlight.store.atomic import TEMP_MARKER

from ..serverproc import start_server
from .loadgen import VERDICTS, wait_until_scored

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

KILL_ROUNDS = 20
WRITERS = 3
REFIT_KILL_ROUNDS = 3
REFIT_CATCH_TRIES = 5
SCORING_DEADLINE_S = 300
MODEL_PAGES = [Path(__file__).parents[1] / "pages" / f"{name}.html"
               for name in ("sputnik_16000_mercenaries", "bbc_putin_volunteers", "daily_star_mercenaries")]


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


def calibrated_home(home: Path, model_server) -> Path:
    """A new data directory with the shared model server's calibration: the model's work is the pages', not its probes."""
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(model_server.home / "calibration.json", home / "calibration.json")
    return home


def post_model_pages(server, copies: int = 1) -> dict[str, dict]:
    """The sample pages, each under ``copies`` URLs (every URL a new analysis, so that much scoring for the model)."""
    analyses = {}
    for n in range(copies):
        for page in MODEL_PAGES:
            status, analysis, _ = server.request("POST", "/api/v1/analyses", {"url": f"https://faults.example/{n}/{page.stem}",
                                                                            "title": page.stem, "html": page.read_text(encoding="utf-8")})
            assert status == 201 and analysis["claims"], analysis
            analyses[analysis["id"]] = analysis
    return analyses


def claims_of(server, analysis_ids) -> dict[str, dict]:
    claims = {}
    for analysis_id in analysis_ids:
        status, analysis, _ = server.request("GET", f"/api/v1/analyses/{analysis_id}")
        assert status == 200, analysis
        claims.update({claim["id"]: claim for claim in analysis["claims"]})
    return claims


def _partly_scored(server, analysis_ids) -> dict[str, float] | None:
    """The scores written so far, once the model has scored some claims and not yet others; else None."""
    claims = claims_of(server, analysis_ids)
    scores = {claim_id: claim["score"] for claim_id, claim in claims.items() if "score" in claim}
    return scores if 0 < len(scores) < len(claims) else None


def test_sigkill_during_scoring_keeps_every_page_and_every_score_written(tmp_path, model_server):
    home = calibrated_home(tmp_path / "home", model_server)
    server = start_server(home, model_ready=True)
    try:
        analyses = post_model_pages(server, copies=2)
        clicked_id = next(iter(analyses.values()))["claims"][0]["id"]
        in_flight = threading.Thread(target=lambda: _ignore_errors(server.request, "POST", f"/api/v1/claims/{clicked_id}/questions",
                                                                   timeout=300), daemon=True)
        in_flight.start()
        scored_before_kill = _wait_for(lambda: _partly_scored(server, analyses), SCORING_DEADLINE_S)
    finally:
        server.kill()
    in_flight.join(30)

    server = start_server(home, model_ready=True, port=server.port)
    try:
        assert server.request("GET", "/api/v1/health", token=False)[1]["store"]["state"] == "ok"
        claims = claims_of(server, analyses)
        assert set(claims) == {claim["id"] for analysis in analyses.values() for claim in analysis["claims"]}
        assert {claim_id: claims[claim_id].get("score") for claim_id in scored_before_kill} == scored_before_kill
        unscored = sum("score" not in claim for claim in claims.values())
        assert unscored, "the kill landed while the model was scoring"
        clicked = claims[clicked_id]
        assert clicked["questions"] == [] or all(q["text"].endswith("?") for q in clicked["questions"])
        # Retry: questions are answered now, and re-sending the pages schedules the rest of their scoring.
        status, answered, _ = server.request("POST", f"/api/v1/claims/{clicked_id}/questions", timeout=300)
        assert status == 200 and 2 <= len(answered["questions"]) <= 4
        for analysis in analyses.values():
            status, again, _ = server.request("POST", "/api/v1/analyses", {"url": analysis["url"], "title": analysis["title"],
                                                                         "html": _page_of(analysis).read_text(encoding="utf-8")})
            assert status == 201 and again["id"] == analysis["id"]
        rescored_s = wait_until_scored(server, analyses, SCORING_DEADLINE_S)
        assert server.request("GET", "/api/v1/health", token=False)[1]["model"]["failed_jobs"] == 0
        print(f"\nfaults: SIGKILL during scoring with {len(scored_before_kill)} of {len(claims)} claims scored "
              f"({unscored} unscored after the restart), {len(analyses)} acknowledged pages and every written score kept; "
              f"the rest scored {rescored_s:.0f} s after the pages were sent again")
    finally:
        server.stop()


def _page_of(analysis: dict) -> Path:
    return next(page for page in MODEL_PAGES if analysis["url"].endswith("/" + page.stem))


def _send_verdict(server, claim_id: str, verdict: str, answer: dict) -> None:
    """POST one verdict; ``answer`` gets its status and body, or nothing if the server died first."""
    try:
        answer["status"], answer["body"], _ = server.request("POST", f"/api/v1/claims/{claim_id}/feedback", {"verdict": verdict},
                                                             timeout=300)
    except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError, OSError):
        pass


def give_verdicts(server, claim_ids: list[str], acknowledged: dict[str, str]) -> None:
    """One verdict after another, each acknowledged; from the REFIT_AFTER-th on, each refits the personal head."""
    for n, claim_id in enumerate(claim_ids):
        answer: dict = {}
        _send_verdict(server, claim_id, VERDICTS[n % 2], answer)
        assert answer.get("status") == 200, answer
        acknowledged[claim_id] = VERDICTS[n % 2]


def caught_in_refit(server, home: Path, claim_ids, verdict: str, acknowledged: dict[str, str]):
    """Send verdicts on the next of ``claim_ids`` until one's refit is caught; return with the server stopped in it.

    A verdict writes its example, then refits the head on the examples, then writes the head. The server is
    stopped (SIGSTOP) as soon as the example is on disk; if the new head (or its temporary file) is already
    there, the refit was missed: the server goes on, that verdict is acknowledged, and the next claim is tried.
    Returns the sender thread, where its answer will be, the claim and the head bytes before the refit.
    """
    feedback = home / "feedback"
    for _ in range(REFIT_CATCH_TRIES):
        claim_id, head_before, answer = next(claim_ids), (feedback / "head.json").read_bytes(), {}
        sender = threading.Thread(target=_send_verdict, args=(server, claim_id, verdict, answer))
        sender.start()
        while claim_id not in (feedback / "examples.jsonl").read_text(encoding="utf-8"):
            assert sender.is_alive(), f"the verdict was answered before its example was seen: {answer}"
            time.sleep(0.002)  # polling interval while waiting for a condition, not synchronisation
        server.process.send_signal(signal.SIGSTOP)
        head_written = (feedback / "head.json").read_bytes() != head_before or list(feedback.glob(f"head.json{TEMP_MARKER}*"))
        if not head_written:
            return sender, answer, claim_id, head_before
        server.process.send_signal(signal.SIGCONT)
        sender.join(300)
        assert answer.get("status") == 200, answer
        acknowledged[claim_id] = verdict
    pytest.fail(f"no refit caught in {REFIT_CATCH_TRIES} verdicts")


def assert_verdicts_and_head_load(server, home: Path, analysis_ids, acknowledged: dict[str, str]) -> None:
    """After a restart: the history and the personal head load, every acknowledged verdict is on its claim and
    among the examples, and every example line parses."""
    health = server.request("GET", "/api/v1/health", token=False)[1]
    assert health["store"]["state"] == "ok", health["store"]
    assert health["model"]["scoring"]["head"] == "personal", health["model"]
    LogisticHead.load(home / "feedback" / "head.json")
    examples = [json.loads(line) for line in (home / "feedback" / "examples.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["claim_id"]: e["verdict"] for e in examples if e["claim_id"] in acknowledged} == acknowledged
    claims = claims_of(server, analysis_ids)
    assert {claim_id: claims[claim_id].get("feedback") for claim_id in acknowledged} == acknowledged


def test_sigkill_during_a_refit_keeps_every_acknowledged_verdict_and_a_head_that_loads(tmp_path, model_server):
    home = calibrated_home(tmp_path / "home", model_server)
    head_path = home / "feedback" / "head.json"
    server = start_server(home, model_ready=True)
    try:
        analyses = post_model_pages(server)
        claim_ids = [claim["id"] for analysis in analyses.values() for claim in analysis["claims"]]
        assert len(claim_ids) >= REFIT_AFTER + 2 * REFIT_KILL_ROUNDS + REFIT_CATCH_TRIES
        acknowledged: dict[str, str] = {}
        give_verdicts(server, claim_ids[:REFIT_AFTER], acknowledged)
        unjudged = iter(claim_ids[REFIT_AFTER:])
        for round_number in range(REFIT_KILL_ROUNDS):
            sender, answer, _, head_before = caught_in_refit(server, home, unjudged, VERDICTS[round_number % 2], acknowledged)
            server.kill()
            sender.join(30)
            assert answer == {}, "the kill came before the answer"
            assert head_path.read_bytes() == head_before, "the kill came before the refitted head was written"
            server = start_server(home, model_ready=True, port=server.port)
            assert_verdicts_and_head_load(server, home, analyses, acknowledged)
            give_verdicts(server, [next(unjudged)], acknowledged)  # and the restarted server refits on
        assert_verdicts_and_head_load(server, home, analyses, acknowledged)
        print(f"\nfaults: {REFIT_KILL_ROUNDS} SIGKILLs during a refit (example written, head not yet), restart each time; "
              f"{len(acknowledged)} acknowledged verdicts, 0 lost, the personal head loads every time")
        # Forgetting everything leaves nothing of the examples, not even a temporary copy a kill cut short.
        assert server.request("DELETE", "/api/v1/history?confirm=true")[0] == 200
        assert not [path.name for path in (home / "feedback").iterdir()]
    finally:
        server.stop()


def _ignore_errors(call, *args, **kwargs):
    try:
        call(*args, **kwargs)
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        pass


def _wait_for(condition, deadline_s: float):
    """The condition's first true value."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)  # polling interval while waiting for a condition, not synchronisation
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


def fill_disk(filler: Path) -> None:
    """Fill the disk ``filler`` is on to the last byte."""
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass


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
        fill_disk(filler)
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


def test_full_disk_during_a_refit_is_a_clear_error_and_the_head_before_it_stays(tiny_disk, model_server):
    home = calibrated_home(tiny_disk / "home", model_server)
    head_path, filler = home / "feedback" / "head.json", tiny_disk / "filler"
    server = start_server(home, model_ready=True)
    try:
        analyses = post_model_pages(server)
        wait_until_scored(server, analyses, SCORING_DEADLINE_S)  # the disk fills under the refit, not under scoring
        claim_ids = [claim["id"] for analysis in analyses.values() for claim in analysis["claims"]]
        acknowledged: dict[str, str] = {}
        give_verdicts(server, claim_ids[:REFIT_AFTER], acknowledged)
        sender, answer, claim_id, head_before = caught_in_refit(server, home, iter(claim_ids[REFIT_AFTER:]), "useful",
                                                                acknowledged)
        fill_disk(filler)
        server.process.send_signal(signal.SIGCONT)
        sender.join(300)
        assert (answer["status"], answer["body"]["error"]["code"]) == (507, "disk_full"), answer
        assert head_path.read_bytes() == head_before, "the head on disk is the one before the refit, whole"
        assert server.request("GET", "/api/v1/health", token=False)[1]["model"]["scoring"]["head"] == "personal"
        assert all(server.request("GET", f"/api/v1/analyses/{analysis_id}")[0] == 200 for analysis_id in analyses)

        filler.unlink()
        status, body, _ = server.request("POST", f"/api/v1/claims/{claim_id}/feedback", {"verdict": "useful"})
        assert status == 200 and body["head"] == "personal", body
        acknowledged[claim_id] = "useful"
        assert head_path.read_bytes() != head_before, "the verdict sent again refitted the head"
    finally:
        server.stop()

    server = start_server(home, model_ready=True)
    try:
        assert_verdicts_and_head_load(server, home, analyses, acknowledged)
        for path in (home / "history").rglob("*.json"):
            json.loads(path.read_text(encoding="utf-8"))  # every store file parses: nothing torn
    finally:
        server.stop()
