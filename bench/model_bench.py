"""The local model's bars, measured on this machine with the bundled GGUF.

- head: F1 of the shipped scoring head on the held-out pages (recomputed from the
  corpus with the cached embeddings of scripts/train_head.py when present, else as trained);
- scoring: ms per candidate sentence through the model service (worker, batched
  embedding by the derived 8-block embedder, head, and the store write that upgrades each claim), against
  baselines in the same run: one raw llama-cpp-python embed() call per sentence on the whole bundled GGUF
  (what scoring cost before the embedder was derived) and on the derived file;
- questions: seconds per claim through the service as served by default (with the
  bundled model, the plan's own wording: ``reword_questions=auto``), and with the
  model rewording the plan (``always``: worker, prompt, JSON schema, checks) with the
  few-shot prefix warm, against a chat sent straight to a raw llama-cpp-python Llama
  in the same run (engine overhead = ratio - 1);
- questions under load: seconds from asking to answer while a long page's scoring
  is queued and running (the reader clicks during background scoring), and how
  many scoring chunks the worker served before the question (should be <= 1);
- rss: resident memory of a real `claimlight serve` process with the model
  loaded, after scoring a page and answering a question.

    .venv/bin/python bench/model_bench.py [--sentences 64] [--claims 10]

The last line is key=value pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "backend"))
sys.path.insert(0, str(REPO))

from claimlight.llm.catalogue import bundled_model_path  # noqa: E402
from claimlight.llm.head import LogisticHead  # noqa: E402
from claimlight.llm.service import ModelService  # noqa: E402
from claimlight.settings import Settings  # noqa: E402
from claimlight.store import open_store  # noqa: E402
from tests.model_samples import make_analysis  # noqa: E402


def p95(values: list[float]) -> float:
    return float(np.percentile(values, 95))


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


def bench_raw_embedding(model: Path, sentences: list[str], threads: int) -> list[float]:
    import llama_cpp

    llama = llama_cpp.Llama(str(model), embedding=True, pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
                            n_ctx=512, n_threads=threads, verbose=False)
    llama.embed(sentences[0])
    times = []
    for sentence in sentences:
        started = time.perf_counter()
        llama.embed(sentence)
        times.append((time.perf_counter() - started) * 1000)
    llama.close()
    return times


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


def bench_raw_questions(service, claims: int, settings: Settings) -> list[float]:
    import llama_cpp

    llama = llama_cpp.Llama(str(bundled_model_path()), n_ctx=settings.model_context, n_batch=settings.model_batch,
                            n_threads=settings.model_threads, n_threads_batch=settings.model_threads,
                            chat_format="chatml", verbose=False)
    prompt = service.prompts.questions
    texts = [f"Officials said that {1000 + 37 * n:,} volunteers had signed up in region {n}, a figure nobody could confirm."
             for n in range(claims + 1)]
    llama.create_chat_completion(messages=prompt.messages(texts[-1]), max_tokens=prompt.max_tokens, temperature=0.0, seed=0)
    times = []
    for text in texts[:claims]:
        started = time.perf_counter()
        llama.create_chat_completion(messages=prompt.messages(text), max_tokens=prompt.max_tokens, temperature=0.0, seed=0)
        times.append(time.perf_counter() - started)
    llama.close()
    return times


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_server_rss(home: Path) -> float:
    import psutil

    store = open_store(Settings(home=home))
    analysis = store.record(make_analysis("https://bench.example/rss"))
    store.close()
    port = free_port()
    env = {**os.environ, "CLAIMLIGHT_HOME": str(home)}
    process = subprocess.Popen([str(Path(sys.executable).with_name("claimlight")), "serve", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        base = f"http://127.0.0.1:{port}/api/v1"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(base + "/health", timeout=5) as response:
                    if json.loads(response.read())["model"]["state"] in ("ready", "unavailable"):
                        break
            except OSError:
                pass
            time.sleep(0.1)  # polling interval while the server starts
        token = (home / "token").read_text().strip()
        request = urllib.request.Request(f"{base}/claims/{analysis['claims'][0]['id']}/questions", method="POST",
                                         headers={"Authorization": f"Bearer {token}"})
        urllib.request.urlopen(request, timeout=300).read()
        return psutil.Process(process.pid).memory_info().rss / 2**20
    finally:
        process.terminate()
        process.wait(30)


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
        while service.judge.get("state") not in ("passed", "failed") and time.monotonic() < deadline:
            time.sleep(0.1)  # steady state: the one-time calibration (cached per model) is not part of the figures
        sentences = corpus_sentences(args.sentences)

        scoring = bench_scoring(service, store, sentences, args.rounds)
        raw_whole = bench_raw_embedding(bundled_model_path(), sentences, settings.model_threads)
        raw_derived = bench_raw_embedding(service.embedder.path, sentences, settings.model_threads)
        print(f"scoring: {statistics.median(scoring):.1f} ms/sentence median over {args.rounds} pages of {len(sentences)} "
              f"(p95 {p95(scoring):.1f}); raw embed() one sentence a call, whole GGUF: median {statistics.median(raw_whole):.1f} ms "
              f"(p95 {p95(raw_whole):.1f}), derived embedder: median {statistics.median(raw_derived):.1f} ms "
              f"(p95 {p95(raw_derived):.1f}); scoring / raw whole-GGUF embed {statistics.median(scoring) / statistics.median(raw_whole):.2f}")

        served, _ = bench_questions(service, store, args.claims, "https://bench.example/served")
        print(f"questions as served with the bundled model (the plan's wording): {statistics.median(served) * 1000:.1f} ms "
              f"median (p95 {p95(served) * 1000:.1f})")
        service.settings.reword_questions = "always"  # the rest measures the model's rewording inside the plan
        questions, answers = bench_questions(service, store, args.claims, "https://bench.example/questions")
        raw_questions = bench_raw_questions(service, args.claims, settings)
        by_model = sum(q["by"] == "model" for a in answers for q in a) / max(1, sum(len(a) for a in answers))
        overhead = statistics.median(questions) / statistics.median(raw_questions) - 1
        print(f"questions reworded by the model: {statistics.median(questions):.2f} s/claim median (p95 {p95(questions):.2f}); raw llama-cpp-python "
              f"{statistics.median(raw_questions):.2f} s (p95 {p95(raw_questions):.2f}); engine overhead {overhead * 100:+.1f}%; "
              f"{by_model * 100:.0f}% of shown questions written by the model")
        print(f"example: {[q['text'] for q in answers[0]]}")

        busy, chunks_first = bench_questions_while_scoring(service, store, sentences, max(3, args.claims // 2))
        print(f"questions while a {len(sentences)}-sentence page is scoring: {statistics.median(busy):.2f} s median "
              f"(p95 {p95(busy):.2f}); scoring chunks served ahead of the click beyond the one in the model: "
              f"max {max(chunks_first)}")
        service.close()
        store.close()
        rss = bench_server_rss(Path(tmp) / "server-home")
        print(f"server RSS with the model loaded: {rss:.0f} MB")

    print(f"head_f1={f1:.3f} scoring_ms_per_sentence={statistics.median(scoring):.1f} scoring_p95={p95(scoring):.1f} "
          f"raw_embed_whole_ms={statistics.median(raw_whole):.1f} raw_embed_derived_ms={statistics.median(raw_derived):.1f} "
          f"scoring_vs_raw_whole={statistics.median(scoring) / statistics.median(raw_whole):.2f} "
          f"served_questions_ms={statistics.median(served) * 1000:.1f} questions_s={statistics.median(questions):.2f} "
          f"questions_p95={p95(questions):.2f} busy_questions_s={statistics.median(busy):.2f} "
          f"busy_questions_p95={p95(busy):.2f} chunks_ahead_max={max(chunks_first)} raw_questions_s={statistics.median(raw_questions):.2f} "
          f"engine_overhead_pct={overhead * 100:.1f} model_question_share={by_model:.2f} rss_mb={rss:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
