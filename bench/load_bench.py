"""Load on the real server: one tab alone (the baseline), then eight tabs at once, same pages, same run.

Each tab posts real pages (tests/pages and the shared extraction benchmark) as
analyses, then asks questions for claims, as a reader with eight tabs open
would. Prints median and p95 latencies, the ratio of loaded to lone-tab
latency, whether any acknowledged analysis went missing from history, and how
many threads were ever inside the model at once.

    .venv/bin/python bench/load_bench.py [--clients 8] [--per-client 25] [--questions 2] [--no-model]

The last line is ``key=value`` pairs for scripts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.security.conftest import wait_for_calibration  # noqa: E402
from tests.security.loadgen import history_page_urls, load_pages, run_load  # noqa: E402
from tests.serverproc import start_server  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--per-client", type=int, default=25)
    parser.add_argument("--questions", type=int, default=2, help="claims per tab to ask questions for")
    parser.add_argument("--no-model", action="store_true", help="rules-only server (questions from templates)")
    args = parser.parse_args()

    pages = load_pages()
    with tempfile.TemporaryDirectory(prefix="claimlight-load-") as home:
        server = start_server(Path(home), *(["--no-model"] if args.no_model else []), model_ready=not args.no_model)
        try:
            if not args.no_model:
                wait_for_calibration(server)
            # Baseline: one tab alone. Every URL is new (tab and position are in it), so nothing is served from history.
            lone = run_load(server, pages[::-1], clients=1, per_client=args.per_client, questions=args.questions, timeout=300)
            loaded = run_load(server, pages, clients=args.clients, per_client=args.per_client, questions=args.questions, timeout=300)
            lost = len(set(loaded.created.values()) - history_page_urls(server))
            model = server.request("GET", "/api/v1/health", token=False)[1]["model"]
        finally:
            server.stop()

    base, load = lone.summary(), loaded.summary()
    ratio_analysis = load["analysis_p50_ms"] / base["analysis_p50_ms"]
    ratio_questions = (load["question_p50_ms"] / base["question_p50_ms"]) if base["question_p50_ms"] and load["question_p50_ms"] else None
    print(f"pages available: {len(pages)}; model: {model.get('name')} ({model['state']})")
    for label, summary in (("1 tab (baseline)", base), (f"{args.clients} tabs", load)):
        print(f"{label:>18}: {summary['analyses']} analyses ({summary['created']} created, {summary['refused_no_text']} no article text), "
              f"p50 {summary['analysis_p50_ms']} ms, p95 {summary['analysis_p95_ms']} ms; {summary['questions']} question requests, "
              f"p50 {summary['question_p50_ms']} ms, p95 {summary['question_p95_ms']} ms; errors {summary['errors']}; wall {summary['wall_s']} s")
    print(f"loaded/baseline analysis p50 ratio {ratio_analysis:.2f}"
          + (f", questions p50 ratio {ratio_questions:.2f}" if ratio_questions else ""))
    print(f"acknowledged analyses missing from history: {lost}; max threads inside the model at once: {model.get('max_in_model')}")
    for error in (lone.errors + loaded.errors)[:10]:
        print(f"error: {error}")
    print(" ".join(f"{key}={value}" for key, value in {
        "clients": args.clients, "per_client": args.per_client, "analyses": load["analyses"], "errors": load["errors"] + base["errors"],
        "lost": lost, "max_in_model": model.get("max_in_model"),
        "analysis_p50_ms": load["analysis_p50_ms"], "analysis_p95_ms": load["analysis_p95_ms"],
        "baseline_analysis_p50_ms": base["analysis_p50_ms"], "analysis_ratio": round(ratio_analysis, 2),
        "question_p50_ms": load["question_p50_ms"], "question_p95_ms": load["question_p95_ms"],
        "baseline_question_p50_ms": base["question_p50_ms"], "wall_s": load["wall_s"]}.items()))
    return 0 if not (lone.errors or loaded.errors or lost) else 1


if __name__ == "__main__":
    sys.exit(main())
