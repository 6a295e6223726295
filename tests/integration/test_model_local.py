"""The bundled GGUF through real llama-cpp-python: scoring, questions, priority, one thread in the model, failures."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest

from claimlight.llm.catalogue import bundled_model_path
from claimlight.llm.service import SCORING_CHUNK, ModelService
from claimlight.settings import Settings
from claimlight.store import open_store

from ..model_samples import ARTICLE_SENTENCES, make_analysis
from ..waiting import wait_for

pytestmark = pytest.mark.model

FURNITURE = {"Sign up for our newsletter to get the best stories every morning.",
             "Click here to read more stories from our archive."}




@pytest.fixture(scope="module")
def running(tmp_path_factory):
    settings = Settings(home=tmp_path_factory.mktemp("model-home"), reword_questions="always",  # the rewording path itself
                        log_model_calls=True)
    store = open_store(settings)
    service = ModelService(settings, store)
    assert service.wait_loaded(60)
    assert service.describe()["state"] == "ready", service.describe()
    yield settings, store, service
    service.close()
    store.close()


def follow(service, analysis_id):
    return [claim for kind, claim in service.upgrades.follow(analysis_id, heartbeat_s=0.2, give_up_s=120) if kind == "claim"]


def test_health_names_the_bundled_model(running):
    _, _, service = running
    described = service.describe()
    assert described["name"] == "smollm2-135m-instruct" and described["engine"] == "local"
    assert described["scoring"] == {"state": "ready", "head": "shipped", "embedder": "SmolLM2-135M-Instruct.Q4_1.gguf:blocks=8:q8_0"}


def test_scoring_upgrades_every_candidate_and_ranks_furniture_lower(running):
    _, store, service = running
    analysis = store.record(make_analysis("https://news.example/scoring"))
    service.schedule_scoring(analysis["id"])
    upgrades = follow(service, analysis["id"])
    assert len(upgrades) == len(ARTICLE_SENTENCES)
    claims = store.get_analysis(analysis["id"])["claims"]
    assert all(c["judged_by"] == "model:smollm2-135m-instruct" and 0.0 <= c["score"] <= 1.0 for c in claims)
    real = [c["score"] for c in claims if c["text"] not in FURNITURE]
    furniture = [c["score"] for c in claims if c["text"] in FURNITURE]
    assert min(real) > max(furniture), (real, furniture)


def test_questions_from_the_model_are_valid_and_cached(running):
    settings, store, service = running
    analysis = store.record(make_analysis("https://news.example/questions"))
    claim = analysis["claims"][0]
    questions = service.questions(claim["id"])
    assert 2 <= len(questions) <= 4
    assert all(q["text"].endswith("?") and q["by"] in ("model", "template") for q in questions)
    assert store.get_claim(claim["id"])[0]["questions"] == questions
    assert service.questions(claim["id"]) == questions
    calls = [json.loads(line) for line in (settings.log_dir / "llm.jsonl").read_text().splitlines()]
    chat = [c for c in calls if c["kind"] == "chat"]
    assert chat and all(c["ms"] > 0 and c["request"][0]["role"] == "system" for c in chat)
    assert any(c["kind"] == "embed" for c in calls)


def test_a_click_is_served_before_the_scoring_already_queued(running):
    _, store, service = running
    many = [(f"Officials said that {n},000 people had signed up in district {n}.", ["numerical"], [], {"text": None, "kind": "none"}, "high")
            for n in range(8 * SCORING_CHUNK)]
    analysis = store.record(make_analysis("https://news.example/long", many))
    clicked = store.record(make_analysis("https://news.example/clicked"))["claims"][0]
    served_before = len(service.worker.served)
    service.schedule_scoring(analysis["id"])
    questions = service.questions(clicked["id"])
    assert len(follow(service, analysis["id"])) == len(many)
    order = list(service.worker.served)[served_before:]
    chunks_before_click = order[:order.index("questions")].count("scoring")
    assert questions and order.count("scoring") == 8
    assert chunks_before_click <= 1, order  # only the chunk already in the model when the click came


def test_threads_never_enter_the_model_twice(running):
    _, store, service = running
    refused_before = service.describe()["foreign_thread_calls"]  # a count for the whole process: other tests add to it
    analysis = store.record(make_analysis("https://news.example/concurrent", ARTICLE_SENTENCES[:4]))
    service.schedule_scoring(analysis["id"])
    results, errors = [], []

    def click(claim_id):
        try:
            results.append(service.questions(claim_id))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=click, args=(c["id"],)) for c in analysis["claims"]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    follow(service, analysis["id"])
    assert not errors and len(results) == len(analysis["claims"])
    assert service.describe()["foreign_thread_calls"] == refused_before, "a llama.cpp context was called from a second thread"


def test_feedback_moves_real_scores_in_the_direction_given(running):
    _, store, service = running
    analysis = store.record(make_analysis("https://news.example/feedback"))
    claims = [c for c in analysis["claims"] if c["text"] not in FURNITURE]
    embeddings = service.worker.submit(lambda engine: service.embedder.embed([c["text"] for c in claims])).result(60)
    before = service.head.probabilities(embeddings)
    try:
        for claim in claims + [analysis["claims"][-1]]:
            answer = service.record_feedback(claim["id"], "not_a_claim")
        assert answer["head"] == "personal" and answer["examples"] == len(claims) + 1
        after = service.head.probabilities(embeddings)
        assert np.all(after < before), (before, after)
    finally:
        service.reset_feedback()
    assert np.allclose(service.head.probabilities(embeddings), before)


def test_the_bundled_model_fails_judge_calibration(running):
    _, _, service = running
    assert wait_for(lambda: service.judge.get("state") in ("passed", "failed"), timeout=120.0)
    assert service.judge["state"] == "failed", service.judge


@pytest.mark.parametrize("content,message", [
    (None, "model file not found"),
    (b"GGUF" + bytes(range(256)) * 64, "cannot load model"),
    ("truncated", "cannot load model"),
])
def test_missing_or_corrupt_model_is_unavailable(tmp_path, content, message):
    path = tmp_path / "model.gguf"
    if content == "truncated":
        path.write_bytes(bundled_model_path().read_bytes()[: 4 << 20])
    elif content is not None:
        path.write_bytes(content)
    settings = Settings(home=tmp_path / "home", model_path=path)
    store = open_store(settings)
    service = ModelService(settings, store)
    try:
        assert service.wait_loaded(60)
        described = service.describe()
        assert described["state"] == "unavailable" and message in described["message"], described
        analysis = store.record(make_analysis())
        assert all(q["by"] == "template" for q in service.questions(analysis["claims"][0]["id"]))
    finally:
        service.close()
        store.close()
