"""Forget means forget: after a page is forgotten, no file under CLAIMLIGHT_HOME holds any of its text.

A real server with the bundled model and the model call log on records pages,
scores them, writes questions with the model and takes feedback (so the text
lands in the history, the call log and the feedback examples, and a personal
head is fitted); then pages are forgotten one at a time and all at once,
through the API and through `claimlight history forget`, and the bytes of
every file under the data directory are searched for each page's words.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from claimlight.llm.feedback import FeedbackBook
from claimlight.llm.head import LogisticHead
from claimlight.store import page_id_for

from ..serverproc import CLAIMLIGHT, start_server
from ..waiting import wait_for

pytestmark = [pytest.mark.model, pytest.mark.timeout(600)]

SERVER_ENV = {"CLAIMLIGHT_LOG_MODEL_CALLS": "1", "CLAIMLIGHT_REWORD_QUESTIONS": "always"}
# A made-up place name runs through each page's URL, title and every sentence; the figures are its own too.
PAGES = {"Kelvanport": 16437, "Drossmere": 48213, "Ulthaven": 27591, "Brindlewick": 35129, "Sorrowgate": 52867}


def page_html(place: str, base: int) -> str:
    sentences = [
        f"Officials in {place} said that {base:,} volunteers had signed up, a figure nobody could confirm.",
        f"According to the {place} health ministry, hospital admissions rose by {base % 37 + 12}% last winter.",
        f"Sources familiar with the {place} talks said the deal was close to being signed.",
        f"Unemployment in {place} fell to 3.{base % 9}% in March, the lowest rate since 2019.",
        f"The {place} mayor claimed that {base // 7:,} homes had been rebuilt since the floods.",
    ]
    return (f"<html><head><title>News from {place}</title></head><body><article><h1>News from {place}</h1>"
            + "".join(f"<p>{s}</p>" for s in sentences) + "</article></body></html>")


def url_of(place: str) -> str:
    return f"https://{place.lower()}.example/story"


def markers(place: str) -> list[str]:
    base = PAGES[place]
    return [place, f"{base:,}", f"{base // 7:,}"]


def files_holding(home: Path, place: str) -> set[str]:
    """Every file under ``home`` whose bytes contain any of the page's words, in any letter case."""
    needles = [marker.lower().encode() for marker in markers(place)]
    found = set()
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            if any(needle in data for needle in needles):
                found.add(str(path.relative_to(home)))
    return found


def record(server, place: str, questions: int, feedback: int) -> dict:
    """Analyse the page, wait for the model to score it, ask the model for questions, give feedback."""
    status, analysis, _ = server.request("POST", "/api/v1/analyses",
                                         {"url": url_of(place), "title": f"News from {place}", "html": page_html(place, PAGES[place])})
    assert status == 201 and len(analysis["claims"]) >= max(questions, feedback), analysis
    assert wait_for(lambda: all("score" in c for c in server.request("GET", f"/api/v1/analyses/{analysis['id']}")[1]["claims"]),
                    timeout=180)
    for claim in analysis["claims"][:questions]:
        status, answered, _ = server.request("POST", f"/api/v1/claims/{claim['id']}/questions", timeout=300)
        assert status == 200 and answered["questions"]
    for claim in analysis["claims"][:feedback]:
        status, answer, _ = server.request("POST", f"/api/v1/claims/{claim['id']}/feedback", {"verdict": "not_a_claim"})
        assert status == 200, answer
    return analysis


def stored_examples(home: Path) -> list[dict]:
    """The feedback book's examples as written, anchors included."""
    return [json.loads(line) for line in (home / "feedback" / "examples.jsonl").read_text().splitlines()]


def head_kind(server) -> str:
    return server.request("GET", "/api/v1/health", token=False)[1]["model"]["scoring"]["head"]


def forget_cli(home: Path, *args: str) -> None:
    """`claimlight history forget`, with the call log setting off: forgetting still reaches the log's old lines."""
    result = subprocess.run([str(CLAIMLIGHT), "history", "forget", *args], capture_output=True, text=True, timeout=120,
                            env={"CLAIMLIGHT_HOME": str(home), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr


def test_forgotten_pages_leave_no_text_in_any_file(tmp_path):
    home = tmp_path / "home"
    server = start_server(home, env=SERVER_ENV, model_ready=True)
    try:
        assert server.request("GET", "/api/v1/health", token=False)[1]["model"]["scoring"]["state"] == "ready"
        kelvanport = record(server, "Kelvanport", questions=1, feedback=2)
        record(server, "Drossmere", questions=1, feedback=3)
        record(server, "Ulthaven", questions=1, feedback=2)
        assert head_kind(server) == "personal"  # fitted on 7 examples, 2 of them Kelvanport's
        fitted_on_seven = json.loads((home / "feedback" / "head.json").read_text())["weights"]

        # The control: before forgetting, the page's text is in the history, the call log and the feedback examples.
        held = files_holding(home, "Kelvanport")
        assert {"logs/llm.jsonl", "feedback/examples.jsonl"} <= held
        assert any(name.startswith("history/analyses/") for name in held)
        kelvanport_ids = {c["id"] for c in kelvanport["claims"]}
        assert any(e["verdict"] == "anchor" and e["claim_id"] in kelvanport_ids for e in stored_examples(home))

        status, body, _ = server.request("DELETE", f"/api/v1/history/{page_id_for(url_of('Kelvanport'))}")
        assert status == 200, body
        assert files_holding(home, "Kelvanport") == set()
        assert not any(e["claim_id"] in kelvanport_ids for e in stored_examples(home)), "its anchors went with it"
        assert {"logs/llm.jsonl", "feedback/examples.jsonl"} <= files_holding(home, "Drossmere")  # the rest stays

        # The personal head was refitted on the 5 examples left: it is what a fit on them alone gives.
        assert head_kind(server) == "personal"
        saved = json.loads((home / "feedback" / "head.json").read_text())["weights"]
        assert not np.allclose(saved, fitted_on_seven)
        refit_dir = tmp_path / "refit"
        refit_dir.mkdir()
        shutil.copy(home / "feedback" / "examples.jsonl", refit_dir / "examples.jsonl")
        assert np.allclose(FeedbackBook(refit_dir).refit(LogisticHead.shipped()).weights, saved)

        status, body, _ = server.request("DELETE", "/api/v1/history?confirm=true")
        assert status == 200 and body["deleted"] == 2
        assert files_holding(home, "Drossmere") == files_holding(home, "Ulthaven") == set()
        assert head_kind(server) == "shipped" and not (home / "feedback" / "head.json").exists()

        record(server, "Brindlewick", questions=1, feedback=3)
        record(server, "Sorrowgate", questions=1, feedback=3)
        assert head_kind(server) == "personal"
    finally:
        server.stop()

    forget_cli(home, page_id_for(url_of("Brindlewick")))
    assert files_holding(home, "Brindlewick") == set()
    assert {"logs/llm.jsonl", "feedback/examples.jsonl"} <= files_holding(home, "Sorrowgate")
    assert not (home / "feedback" / "head.json").exists()  # 3 examples left are too few for a personal head

    forget_cli(home, "--all", "--yes")
    assert files_holding(home, "Sorrowgate") == set()
    assert not (home / "feedback" / "examples.jsonl").exists()
