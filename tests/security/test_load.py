"""Load: eight tabs at once, each analysing 25 real pages and asking for questions, against the real server and model."""

from __future__ import annotations

import pytest

from .loadgen import history_page_urls, load_pages, run_load

pytestmark = [pytest.mark.slow, pytest.mark.model, pytest.mark.timeout(900)]

CLIENTS, PER_CLIENT, QUESTIONS_PER_CLIENT = 8, 25, 2


def test_eight_tabs_of_twenty_five_analyses_lose_nothing_and_never_share_the_model(model_server):
    health = model_server.request("GET", "/api/v1/health", token=False)[1]
    assert health["model"]["state"] == "ready", health["model"]

    result = run_load(model_server, load_pages(), CLIENTS, PER_CLIENT, QUESTIONS_PER_CLIENT, timeout=180)
    summary = result.summary()
    print(f"\nload: {summary}")

    assert result.errors == []
    assert summary["analyses"] == CLIENTS * PER_CLIENT
    assert summary["created"] >= 0.8 * CLIENTS * PER_CLIENT, "most pages have article text (the benchmark has some that do not)"
    assert summary["questions"] >= CLIENTS, "every tab got questions for at least one claim"

    # None lost: every acknowledged analysis is retrievable and its page is in history.
    for analysis_id, url in result.created.items():
        status, body, _ = model_server.request("GET", f"/api/v1/analyses/{analysis_id}")
        assert status == 200 and body["url"] == url
    assert set(result.created.values()) <= history_page_urls(model_server)

    model = model_server.request("GET", "/api/v1/health", token=False)[1]["model"]
    assert model["max_in_model"] == 1, "the model object was entered by two threads at once"
