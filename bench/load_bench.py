"""Load on the real server with the model doing real work: one tab alone (the baseline), then eight tabs at once.

Each tab posts real pages (tests/pages and the shared extraction benchmark)
as analyses and, while the model scores them in the background, clicks
claims for their questions and gives verdicts (each past the fifth refits the
personal head), spread over its run; one more client checks health
throughout (tests/security/loadgen.py). Prints latencies (median, p95, max)
against the extension's timeouts, how long the model took to score every
claim after the last request, the ratio of loaded to lone-tab latency, and,
after the scoring drained and again after a restart, what the server
acknowledged and no longer has (analyses, history entries, scores, verdicts).

    .venv/bin/python bench/load_bench.py [--clients 8] [--per-client 25] [--questions 2] [--verdicts 1] [--no-model]

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
from tests.security.loadgen import (QUESTIONS_TIMEOUT_S, REQUEST_TIMEOUT_S, acknowledged_losses, load_pages,  # noqa: E402
                                    run_load, wait_until_scored)
from tests.serverproc import start_server  # noqa: E402

SCORING_DEADLINE_S = 3600


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--per-client", type=int, default=25)
    parser.add_argument("--questions", type=int, default=2, help="claims each tab clicks for questions, spread over its pages")
    parser.add_argument("--verdicts", type=int, default=1, help="verdicts each tab gives, spread over its pages")
    parser.add_argument("--no-model", action="store_true", help="rules-only server (questions from templates, no scoring)")
    args = parser.parse_args()

    pages = load_pages()
    model_args = ["--no-model"] if args.no_model else []
    with tempfile.TemporaryDirectory(prefix="claimlight-load-") as home:
        server = start_server(Path(home), *model_args, model_ready=not args.no_model,
                              env={"CLAIMLIGHT_REWORD_QUESTIONS": "always"})
        try:
            if not args.no_model:
                wait_for_calibration(server)
            # Baseline: one tab alone. Every URL is new (tab and position are in it), so nothing is served from history.
            lone = run_load(server, pages[::-1], clients=1, per_client=args.per_client, questions=args.questions,
                            verdicts=args.verdicts)
            loaded = run_load(server, pages, clients=args.clients, per_client=args.per_client, questions=args.questions,
                              verdicts=args.verdicts)
            scoring_s = 0.0 if args.no_model else wait_until_scored(server, list(lone.created) + list(loaded.created),
                                                                   SCORING_DEADLINE_S)
            scored = not args.no_model
            lost = acknowledged_losses(server, lone, scored) + acknowledged_losses(server, loaded, scored)
            model = server.request("GET", "/api/v1/health", token=False)[1]["model"]
        finally:
            server.stop()
        server = start_server(Path(home), *model_args, model_ready=not args.no_model, port=server.port)
        try:
            health = server.request("GET", "/api/v1/health", token=False)[1]
            lost_after_restart = acknowledged_losses(server, lone, scored) + acknowledged_losses(server, loaded, scored)
        finally:
            server.stop()

    base, load = lone.summary(), loaded.summary()
    ratio_analysis = load["analysis_p50_ms"] / base["analysis_p50_ms"]
    print(f"pages available: {len(pages)}; model: {model.get('name')} ({model['state']}, scoring {model.get('scoring', {}).get('state')})")
    for label, summary in (("1 tab (baseline)", base), (f"{args.clients} tabs", load)):
        print(f"{label:>18}: {summary['analyses']} analyses ({summary['created']} created, {summary['refused_no_text']} no article "
              f"text) p50/p95/max {summary['analysis_p50_ms']}/{summary['analysis_p95_ms']}/{summary['analysis_max_ms']} ms; "
              f"{summary['questions']} clicks for questions {summary['question_p50_ms']}/{summary['question_p95_ms']}/"
              f"{summary['question_max_ms']} ms; {summary['verdicts']} verdicts {summary['feedback_p50_ms']}/"
              f"{summary['feedback_p95_ms']}/{summary['feedback_max_ms']} ms; {summary['health_checks']} health checks "
              f"{summary['health_p50_ms']}/{summary['health_p95_ms']}/{summary['health_max_ms']} ms; errors {summary['errors']}; "
              f"wall {summary['wall_s']} s")
    print(f"loaded/baseline analysis p50 ratio {ratio_analysis:.2f}; the extension's timeouts: {REQUEST_TIMEOUT_S} s "
          f"(questions {QUESTIONS_TIMEOUT_S} s)")
    if not args.no_model:
        print(f"every claim scored {scoring_s:.0f} s after the last request; head {model['scoring'].get('head')}; "
              f"failed model jobs {model.get('failed_jobs')}; calls into the model from a second thread: {model.get('foreign_thread_calls')}")
    print(f"acknowledged but missing: {len(lost)} after the load, {len(lost_after_restart)} after a restart "
          f"(store {health['store']['state']}, head {health['model'].get('scoring', {}).get('head')})")
    for problem in (lone.errors + loaded.errors + lost + lost_after_restart)[:10]:
        print(f"problem: {problem}")
    print(" ".join(f"{key}={value}" for key, value in {
        "clients": args.clients, "per_client": args.per_client, "analyses": load["analyses"], "questions": load["questions"],
        "verdicts": load["verdicts"], "errors": load["errors"] + base["errors"], "lost": len(lost),
        "lost_after_restart": len(lost_after_restart), "foreign_thread_calls": model.get("foreign_thread_calls"),
        "failed_jobs": model.get("failed_jobs"), "scoring_drain_s": round(scoring_s),
        "analysis_p50_ms": load["analysis_p50_ms"], "analysis_p95_ms": load["analysis_p95_ms"],
        "analysis_max_ms": load["analysis_max_ms"], "baseline_analysis_p50_ms": base["analysis_p50_ms"],
        "analysis_ratio": round(ratio_analysis, 2), "question_p50_ms": load["question_p50_ms"],
        "question_p95_ms": load["question_p95_ms"], "question_max_ms": load["question_max_ms"],
        "feedback_p50_ms": load["feedback_p50_ms"], "feedback_max_ms": load["feedback_max_ms"],
        "health_p95_ms": load["health_p95_ms"], "health_max_ms": load["health_max_ms"], "wall_s": load["wall_s"]}.items()))
    return 0 if not (lone.errors or loaded.errors or lost or lost_after_restart) else 1


if __name__ == "__main__":
    sys.exit(main())
