"""Load with the model doing real work: eight tabs analysing real pages while the model scores them, readers
clicking claims for questions and giving verdicts (refits of the personal head) throughout, against the real
server and the bundled model; then a restart.

The test runs eight tabs of PER_CLIENT pages each, which already keeps the
model busy (scoring every claim, writing questions, embedding verdicts) for a
minute or more on two cores; `bench/load_bench.py` runs the full eight tabs x
25 pages with the same checks and prints the figures (docs/SECURITY.md).
"""

from __future__ import annotations

import shutil

import pytest

from ..serverproc import start_server
from .loadgen import QUESTIONS_TIMEOUT_S, REQUEST_TIMEOUT_S, acknowledged_losses, load_pages, run_load, wait_until_scored

pytestmark = [pytest.mark.slow, pytest.mark.model, pytest.mark.timeout(1200)]

CLIENTS, PER_CLIENT, QUESTIONS_PER_CLIENT, VERDICTS_PER_CLIENT = 8, 6, 1, 1
HEALTH_BOUND_MS = 2000  # the toolbar's health check stays quick however busy the model is
SCORING_DEADLINE_S = 900


def test_eight_tabs_with_scoring_questions_and_verdicts_lose_nothing_and_answer_in_time(tmp_path, model_server):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(model_server.home / "calibration.json", home / "calibration.json")  # the page work, not the one-off probes
    server = start_server(home, model_ready=True, env={"CLAIMLIGHT_REWORD_QUESTIONS": "always"})
    try:
        model = server.request("GET", "/api/v1/health", token=False)[1]["model"]
        assert model["state"] == "ready" and model["scoring"]["state"] == "ready", model

        result = run_load(server, load_pages(), CLIENTS, PER_CLIENT, QUESTIONS_PER_CLIENT, VERDICTS_PER_CLIENT)
        summary = result.summary()
        scoring_s = wait_until_scored(server, result.created, SCORING_DEADLINE_S)
        print(f"\nload: {summary}; every claim scored {scoring_s:.0f} s after the last request")

        assert result.errors == []
        assert summary["analyses"] == CLIENTS * PER_CLIENT
        assert summary["created"] >= 0.7 * CLIENTS * PER_CLIENT, "most pages have article text (the benchmark has some that do not)"
        assert summary["questions"] == CLIENTS * QUESTIONS_PER_CLIENT, "every click was answered"
        assert summary["verdicts"] == CLIENTS * VERDICTS_PER_CLIENT
        assert summary["analysis_max_ms"] < REQUEST_TIMEOUT_S * 1000
        assert summary["feedback_max_ms"] < REQUEST_TIMEOUT_S * 1000
        assert summary["question_max_ms"] < QUESTIONS_TIMEOUT_S * 1000
        assert summary["health_checks"] > 0 and summary["health_max_ms"] < HEALTH_BOUND_MS

        model = server.request("GET", "/api/v1/health", token=False)[1]["model"]
        assert model["foreign_thread_calls"] == 0, "a llama.cpp context was called from a second thread"
        assert model["failed_jobs"] == 0, server.log()[-3000:]
        assert model["scoring"]["head"] == "personal", "the verdicts refitted the personal head"
        assert acknowledged_losses(server, result, scored=True) == []
    finally:
        server.stop()

    server = start_server(home, model_ready=True, port=server.port)
    try:
        health = server.request("GET", "/api/v1/health", token=False)[1]
        assert health["store"]["state"] == "ok", health["store"]
        assert health["model"]["scoring"]["head"] == "personal", "the refitted head loads after a restart"
        assert acknowledged_losses(server, result, scored=True) == []
    finally:
        server.stop()
