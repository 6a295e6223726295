"""The local model's bars, measured on this machine with the bundled GGUF.

- head: F1 of the shipped scoring head on the held-out pages (recomputed from the
  corpus with the cached embeddings of scripts/train_head.py when present, else as trained);
- scoring: ms per candidate sentence through the model service (worker, batched
  embedding by the derived 8-block embedder, head, and the store write that upgrades each claim), against
  its baseline in the same run: the same sentences, prepared and pooled as the embedder does and sent in
  the service's scoring chunks, embedded by raw llama-cpp-python on the derived file (service overhead =
  ratio - 1); the same raw embedding on the whole bundled GGUF says what scoring would cost without the
  derived embedder. Both are measured in steady state, after calibration and the questions' warm-up;
- questions: seconds per claim through the service as served by default (with the
  bundled model, the plan's own wording: ``reword_questions=auto``), and with the
  model rewording the plan (``always``: worker, prompt, JSON schema, checks) with the
  few-shot prefix warm, against the very requests the engine sent (messages, token
  limit, JSON schema, stop sequences, all recorded) replayed on a raw llama-cpp-python
  Llama loaded as the engine loads it, in the same run (engine overhead = ratio - 1);
- questions under load: seconds from asking to answer while a long page's scoring
  is queued and running (the reader clicks during background scoring), and how
  many scoring chunks the worker served before the question (should be <= 1);
- rss: resident memory of a real `claimlight serve` process with the model
  loaded, after it has scored every claim of a real page and the model has
  written questions for one.

    .venv/bin/python bench/model_bench.py [--sentences 64] [--claims 10]

The last line is key=value pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "backend"))
sys.path.insert(0, str(REPO))

from claimlight.llm.catalogue import ModelRegistry, bundled_model_path  # noqa: E402
from claimlight.llm.embedder import open_embedding_context, prepare_for_embedding  # noqa: E402
from claimlight.llm.head import LogisticHead  # noqa: E402
from claimlight.llm.service import SCORING_CHUNK, ModelService  # noqa: E402
from claimlight.settings import Settings  # noqa: E402
from claimlight.store import open_store  # noqa: E402
from percentiles import percentile  # noqa: E402  (bench/ is not a package: the script's own folder is on the path)
from tests.model_samples import make_analysis  # noqa: E402
from tests.serverproc import start_server  # noqa: E402

RSS_PAGE = REPO / "tests" / "pages" / "sputnik_16000_mercenaries.html"


def corpus_sentences(n: int) -> list[str]:
    rows = [json.loads(line) for line in (REPO / "corpus" / "candidates.jsonl").read_text().splitlines() if line.strip()]
    body = [r["text"] for r in rows if r["origin"] == "body"]
    return body[:: max(1, len(body) // n)][:n]


def bench_scoring(service, store, sentences: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """Per-sentence ms of whole-page scoring through the service, one value per round."""
    per_sentence = []
    for round_ in range(rounds):
        spec = [(s, ["numerical"], [], {"text": None, "kind": "none"}, "high") for s in sentences]
        analysis = store.record(make_analysis(f"https://bench.example/scoring/{round_}", spec))
        started = time.perf_counter()
        service.schedule_scoring(analysis["id"])
        for _ in service.upgrades.follow(analysis["id"], heartbeat_s=1, give_up_s=600):
            pass
        per_sentence.append((time.perf_counter() - started) * 1000 / len(sentences))
    return per_sentence


def bench_raw_embedding(model: Path, sentences: list[str], threads: int, rounds: int) -> list[float]:
    """Per-sentence ms of the embedding alone, one value per round: the embedder's context and preparation, one
    call per scoring chunk (the service scores a page in jobs of SCORING_CHUNK claims, one embed call each)."""
    llama = open_embedding_context(model, threads)
    prepared = [prepare_for_embedding(s) or "." for s in sentences]
    llama.embed(prepared[:SCORING_CHUNK], truncate=True)
    per_sentence = []
    for _ in range(rounds):
        started = time.perf_counter()
        for i in range(0, len(prepared), SCORING_CHUNK):
            llama.embed(prepared[i:i + SCORING_CHUNK], truncate=True)
        per_sentence.append((time.perf_counter() - started) * 1000 / len(prepared))
    llama.close()
    return per_sentence


@contextmanager
def recorded_chats(engine) -> Iterator[list[dict]]:
    """Every chat the engine is sent inside the block, with its exact arguments and answer, so a baseline can replay them."""
    calls: list[dict] = []
    chat = engine.chat

    def recorded(messages, max_tokens, json_schema=None, stop=None):
        answer = chat(messages, max_tokens, json_schema=json_schema, stop=stop)
        calls.append({"messages": messages, "max_tokens": max_tokens, "json_schema": json_schema, "stop": stop,
                      "answer": answer})
        return answer

    engine.chat = recorded
    try:
        yield calls
    finally:
        del engine.chat  # the engine's own method again


def bench_questions(service, store, claims: int, url: str) -> tuple[list[float], list[list[dict]]]:
    spec = [(f"Officials said that {1000 + 37 * n:,} volunteers had signed up in region {n}, a figure nobody could confirm.",
             ["numerical", "attribution"], [{"text": f"{1000 + 37 * n:,}", "value": 1000.0 + 37 * n}],
             {"text": "Officials", "kind": "anonymous"}, "high") for n in range(claims + 1)]
    analysis = store.record(make_analysis(url, spec))
    service.questions(analysis["claims"][-1]["id"])  # warms the few-shot prefix
    times, answers = [], []
    for claim in analysis["claims"][:claims]:
        started = time.perf_counter()
        answers.append(service.questions(claim["id"]))
        times.append(time.perf_counter() - started)
    return times, answers


def bench_questions_while_scoring(service, store, sentences: list[str], claims: int) -> tuple[list[float], list[int]]:
    """Per-click seconds with a whole page's scoring queued behind and in the model."""
    spec = [(f"Reports said that {2000 + 11 * n:,} people had left district {n}, a number officials dispute.",
             ["numerical", "attribution"], [{"text": f"{2000 + 11 * n:,}", "value": 2000.0 + 11 * n}],
             {"text": "Reports", "kind": "vague"}, "high") for n in range(claims)]
    clicked = store.record(make_analysis("https://bench.example/clicks", spec))["claims"]
    times, chunks_first = [], []
    for n, claim in enumerate(clicked):
        page = [(s, ["numerical"], [], {"text": None, "kind": "none"}, "high") for s in sentences]
        analysis = store.record(make_analysis(f"https://bench.example/busy/{n}", page))
        served_before = len(service.worker.served)
        service.schedule_scoring(analysis["id"])
        deadline = time.monotonic() + 60
        while service.worker.jobs_done == 0 or "scoring" not in list(service.worker.served)[served_before:]:
            if time.monotonic() > deadline:
                break
            time.sleep(0.005)  # click once the page's scoring is running, as a reader would
        started = time.perf_counter()
        service.questions(claim["id"])
        times.append(time.perf_counter() - started)
        order = list(service.worker.served)[served_before:]
        chunks_first.append(order[:order.index("questions")].count("scoring") - 1)  # beyond the one waited for above
        for _ in service.upgrades.follow(analysis["id"], heartbeat_s=1, give_up_s=600):
            pass
    return times, chunks_first


def bench_raw_questions(calls: list[dict], settings: Settings) -> tuple[list[float], int]:
    """Seconds per request replayed on a raw Llama loaded as the engine loads it (llm/service.make_engine, LocalEngine).

    The first recorded request warms the few-shot prefix, as it did for the engine. Also returns how many
    replayed answers are the engine's own, word for word (greedy decoding: all of them, when the comparison is fair).
    """
    import llama_cpp

    resolved = ModelRegistry(settings.models_dir, settings.catalogue_path).resolve(settings.model_path)
    llama = llama_cpp.Llama(str(resolved.path), n_ctx=settings.model_context, n_batch=settings.model_batch,
                            n_threads=settings.llama_threads(), n_threads_batch=settings.llama_threads(), verbose=False,
                            chat_format=None if resolved.chat_format in (None, "gguf") else resolved.chat_format)

    def replay(call: dict) -> str:
        response_format = {"type": "json_object", "schema": call["json_schema"]} if call["json_schema"] else None
        result = llama.create_chat_completion(messages=call["messages"], max_tokens=call["max_tokens"], temperature=0.0,
                                              seed=0, response_format=response_format, stop=call["stop"])
        return result["choices"][0]["message"]["content"] or ""

    replay(calls[0])
    times, same = [], 0
    for call in calls[1:]:
        started = time.perf_counter()
        same += replay(call) == call["answer"]
        times.append(time.perf_counter() - started)
    llama.close()
    return times, same


def bench_server_rss(home: Path, calibration: Path) -> tuple[float, int]:
    """RSS (MB) of a real server once it has scored every claim of a real page and the model has written questions.

    The service's calibration is copied in, so the server does the page's work rather than its one-off probes.
    Also returns how many claims were scored.
    """
    import psutil

    home.mkdir(parents=True)
    if calibration.exists():
        shutil.copy(calibration, home / calibration.name)
    server = start_server(home, model_ready=True, env={"CLAIMLIGHT_REWORD_QUESTIONS": "always"})
    try:
        status, analysis, _ = server.request("POST", "/api/v1/analyses", {"url": "https://bench.example/rss", "title": "rss",
                                                                        "html": RSS_PAGE.read_text(encoding="utf-8")})
        assert status == 201 and analysis["claims"], analysis
        deadline = time.monotonic() + 300
        while not all("score" in c for c in server.request("GET", f"/api/v1/analyses/{analysis['id']}")[1]["claims"]):
            if time.monotonic() > deadline:
                raise TimeoutError(f"the server did not score the page within 300 s: {server.log()[-2000:]}")
            time.sleep(0.2)  # polling interval while the server scores the page
        status, answered, _ = server.request("POST", f"/api/v1/claims/{analysis['claims'][0]['id']}/questions", timeout=300)
        assert status == 200 and answered["questions"], answered
        return psutil.Process(server.process.pid).memory_info().rss / 2**20, len(analysis["claims"])
    finally:
        server.stop()


def head_f1() -> float:
    """Held-out F1, recomputed with the training script's split, inputs and cached embeddings."""
    head = LogisticHead.shipped()
    try:
        sys.path.insert(0, str(REPO / "scripts"))
        import train_head

        from claimlight.llm.head import f1_report

        examples = train_head.load_examples()
        test = [e for e, held_out in zip(examples, train_head.split(examples)[0]) if held_out]
        texts, features, _ = train_head.served_inputs(test, train_head.DEFAULT_DATA)
        x = train_head.embed_all(texts, bundled_model_path(), head.meta["model_sha256"])
        y = np.array([int(e["is_claim"]) for e in test])
        report = f1_report(y, (head.probabilities(x, features) >= head.threshold).astype(int))
        print(f"head: held-out F1 {report['f1']:.3f} (precision {report['precision']:.3f}, recall {report['recall']:.3f}, "
              f"n={report['n']}), recomputed")
        return report["f1"]
    except (KeyError, OSError) as exc:
        print(f"head: recomputing failed ({exc}); F1 as trained")
        return head.meta["held_out"]["f1"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=64)
    parser.add_argument("--claims", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")

    f1 = head_f1()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp) / "home")
        store = open_store(settings)
        service = ModelService(settings, store)
        service.wait_loaded(120)
        deadline = time.monotonic() + 600
        while "warm-questions" not in service.worker.served and time.monotonic() < deadline:
            time.sleep(0.1)  # steady state: the one-time calibration (cached per model) and the warm-up that follows it
            #                  are not part of the figures
        sentences = corpus_sentences(args.sentences)

        scoring = bench_scoring(service, store, sentences, args.rounds)
        raw_derived = bench_raw_embedding(service.embedder.path, sentences, settings.llama_threads(), args.rounds)
        raw_whole = bench_raw_embedding(bundled_model_path(), sentences, settings.llama_threads(), args.rounds)
        scoring_ratio = statistics.median(scoring) / statistics.median(raw_derived)
        print(f"scoring (judge-by-prompt {service.judge.get('state')}): {statistics.median(scoring):.1f} ms/sentence median over "
              f"{args.rounds} pages of {len(sentences)} "
              f"(p95 {percentile(scoring, 0.95):.1f}); raw llama-cpp-python embedding of the same sentences in the embedder's chunks, "
              f"derived embedder (the baseline): median {statistics.median(raw_derived):.1f} ms (p95 {percentile(raw_derived, 0.95):.1f}); "
              f"scoring / raw derived {scoring_ratio:.2f}; whole bundled GGUF instead: median "
              f"{statistics.median(raw_whole):.1f} ms (p95 {percentile(raw_whole, 0.95):.1f})")

        served, _ = bench_questions(service, store, args.claims, "https://bench.example/served")
        print(f"questions as served with the bundled model (the plan's wording): {statistics.median(served) * 1000:.1f} ms "
              f"median (p95 {percentile(served, 0.95) * 1000:.1f})")
        service.settings.reword_questions = "always"  # the rest measures the model's rewording inside the plan
        with recorded_chats(service.worker.engine) as chats:
            questions, answers = bench_questions(service, store, args.claims, "https://bench.example/questions")
        raw_questions, same_answers = bench_raw_questions(chats, settings)
        by_model = sum(q["by"] == "model" for a in answers for q in a) / max(1, sum(len(a) for a in answers))
        overhead = statistics.median(questions) / statistics.median(raw_questions) - 1
        print(f"questions reworded by the model: {statistics.median(questions):.2f} s/claim median (p95 {percentile(questions, 0.95):.2f}); "
              f"the same {len(raw_questions)} requests on raw llama-cpp-python {statistics.median(raw_questions):.2f} s "
              f"(p95 {percentile(raw_questions, 0.95):.2f}), {same_answers} answers identical to the engine's; engine overhead "
              f"{overhead * 100:+.1f}%; {by_model * 100:.0f}% of shown questions written by the model")
        print(f"example: {[q['text'] for q in answers[0]]}")

        busy, chunks_first = bench_questions_while_scoring(service, store, sentences, max(3, args.claims // 2))
        print(f"questions while a {len(sentences)}-sentence page is scoring: {statistics.median(busy):.2f} s median "
              f"(p95 {percentile(busy, 0.95):.2f}); scoring chunks served ahead of the click beyond the one in the model: "
              f"max {max(chunks_first)}")
        service.close()
        store.close()
        rss, scored = bench_server_rss(Path(tmp) / "server-home", settings.home / "calibration.json")
        print(f"server RSS after scoring a real page ({scored} claims) and writing questions with the model: {rss:.0f} MB")

    print(f"head_f1={f1:.3f} scoring_ms_per_sentence={statistics.median(scoring):.1f} scoring_p95={percentile(scoring, 0.95):.1f} "
          f"raw_embed_derived_ms={statistics.median(raw_derived):.1f} raw_embed_whole_ms={statistics.median(raw_whole):.1f} "
          f"scoring_vs_raw_derived={scoring_ratio:.2f} "
          f"served_questions_ms={statistics.median(served) * 1000:.1f} questions_s={statistics.median(questions):.2f} "
          f"questions_p95={percentile(questions, 0.95):.2f} busy_questions_s={statistics.median(busy):.2f} "
          f"busy_questions_p95={percentile(busy, 0.95):.2f} chunks_ahead_max={max(chunks_first)} raw_questions_s={statistics.median(raw_questions):.2f} "
          f"raw_same_answers={same_answers}/{len(raw_questions)} engine_overhead_pct={overhead * 100:.1f} "
          f"model_question_share={by_model:.2f} rss_mb={rss:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
