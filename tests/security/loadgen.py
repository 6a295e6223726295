"""Drive a real server as several browser tabs at once, with the model doing real work.

Each tab analyses real pages one after another; while its pages are being
scored in the background it clicks claims for their questions and gives
verdicts (each verdict past the fifth refits the personal head), spread over
its run as a reader would, and one more client checks health throughout, as
the extension's toolbar does. Afterwards, ``wait_until_scored`` waits for the
background scoring to finish and ``acknowledged_losses`` lists anything the
server acknowledged that it no longer has (to be run again after a restart).

Shared by tests/security/test_load.py (pass/fail, a smaller run) and
bench/load_bench.py (the full run, and its figures).
"""

from __future__ import annotations

import gzip
import statistics
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from bench.percentiles import percentile

REPO = Path(__file__).resolve().parents[2]
SAMPLE_PAGES = REPO / "tests" / "pages"
BENCHMARK_PAGES = REPO.parent / "shared" / "data" / "article-extraction-benchmark" / "html"
REFUSED_PAGES = {422}  # a page with no readable English article text is answered with 422, by design
REQUEST_TIMEOUT_S = 120  # the extension's timeouts (extension/lib/client.js): what "answers in time" means
QUESTIONS_TIMEOUT_S = 150
HEALTH_EVERY_S = 0.5
VERDICTS = ("useful", "not_a_claim")


def load_pages(max_bytes: int = 400_000) -> list[tuple[str, str]]:
    """(name, html): the sample pages, then the extraction benchmark's pages (when beside the project) up to a size."""
    pages = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SAMPLE_PAGES.glob("*.html"))]
    for path in sorted(BENCHMARK_PAGES.glob("*.html.gz")) if BENCHMARK_PAGES.is_dir() else []:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        if len(html) <= max_bytes:
            pages.append((path.name.split(".")[0][:12], html))
    return pages


def spread(count: int, steps: int, shift: int = 0) -> set[int]:
    """``count`` distinct step numbers spread evenly over ``steps``, turned by ``shift``: when a tab clicks while it
    keeps reading pages (tabs are shifted apart, as readers in different tabs do not click in step)."""
    return {((k + 1) * steps // (count + 1) + shift) % steps for k in range(min(count, steps))}


def _figures(values: list[float]) -> dict:
    if not values:
        return {"p50": None, "p95": None, "max": None}
    return {"p50": round(statistics.median(values), 1), "p95": round(percentile(values, 0.95), 1), "max": round(max(values), 1)}


@dataclass
class LoadResult:
    analyses_ms: list[float] = field(default_factory=list)
    questions_ms: list[float] = field(default_factory=list)
    feedback_ms: list[float] = field(default_factory=list)
    health_ms: list[float] = field(default_factory=list)
    created: dict[str, str] = field(default_factory=dict)  # analysis id -> url
    verdicts: dict[str, str] = field(default_factory=dict)  # claim id -> the verdict the server acknowledged
    refused: int = 0
    questions_answered: int = 0
    errors: list[str] = field(default_factory=list)
    wall_s: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def summary(self) -> dict:
        figures = {"analyses": len(self.created) + self.refused, "created": len(self.created), "refused_no_text": self.refused,
                   "questions": self.questions_answered, "verdicts": len(self.verdicts), "health_checks": len(self.health_ms),
                   "errors": len(self.errors), "wall_s": round(self.wall_s, 1)}
        for name, values in (("analysis", self.analyses_ms), ("question", self.questions_ms),
                             ("feedback", self.feedback_ms), ("health", self.health_ms)):
            figures.update({f"{name}_{key}_ms": value for key, value in _figures(values).items()})
        return figures

    def call(self, server, timings: list[float], label: str, method: str, path: str, body=None, timeout: float = REQUEST_TIMEOUT_S,
             token: bool = True):
        """One request, timed into ``timings``; (status, body), or None after recording why it failed."""
        began = time.perf_counter()
        try:
            status, answer, _ = server.request(method, path, body, token=token, timeout=timeout)
        except Exception as exc:  # noqa: BLE001 - every failure is counted, none may happen
            with self.lock:
                self.errors.append(f"{label}: {type(exc).__name__}: {exc}")
            return None
        with self.lock:
            timings.append((time.perf_counter() - began) * 1000)
        return status, answer

    def error(self, message: str) -> None:
        with self.lock:
            self.errors.append(message)


def _tab(server, index: int, pages: list[tuple[str, str]], per_client: int, questions: int, verdicts: int,
         start: threading.Barrier, result: LoadResult) -> None:
    clicks, verdict_points = spread(questions, per_client, index), spread(verdicts, per_client, index + 1)
    latest_claims: list[dict] = []
    start.wait()
    for n in range(per_client):
        name, html = pages[(index * per_client + n) % len(pages)]
        url = f"https://load.example/tab{index}/{n}/{name}"
        label = f"tab{index} analysis {n}"
        answered = result.call(server, result.analyses_ms, label, "POST", "/api/v1/analyses", {"url": url, "title": name, "html": html})
        if answered is not None:
            status, body = answered
            if status == 201:
                with result.lock:
                    result.created[body["id"]] = url
                latest_claims = body["claims"] or latest_claims
            elif status in REFUSED_PAGES:
                with result.lock:
                    result.refused += 1
            else:
                result.error(f"{label}: HTTP {status} {str(body)[:200]}")
        if n in clicks and latest_claims:
            _click(server, result, f"tab{index} questions after {n}", latest_claims[0]["id"])
        if n in verdict_points and latest_claims:
            _give_verdict(server, result, f"tab{index} verdict after {n}", latest_claims[-1]["id"], VERDICTS[(index + n) % 2])


def _click(server, result: LoadResult, label: str, claim_id: str) -> None:
    answered = result.call(server, result.questions_ms, label, "POST", f"/api/v1/claims/{claim_id}/questions",
                           timeout=QUESTIONS_TIMEOUT_S)
    if answered is None:
        return
    status, body = answered
    if status == 200 and body.get("questions"):
        with result.lock:
            result.questions_answered += 1
    else:
        result.error(f"{label} {claim_id}: HTTP {status} {str(body)[:200]}")


def _give_verdict(server, result: LoadResult, label: str, claim_id: str, verdict: str) -> None:
    answered = result.call(server, result.feedback_ms, label, "POST", f"/api/v1/claims/{claim_id}/feedback", {"verdict": verdict})
    if answered is None:
        return
    status, body = answered
    if status == 200:
        with result.lock:
            result.verdicts[claim_id] = verdict
    else:
        result.error(f"{label} {claim_id}: HTTP {status} {str(body)[:200]}")


def _check_health(server, result: LoadResult, stop: threading.Event) -> None:
    while not stop.wait(HEALTH_EVERY_S):  # the toolbar's polling interval, not synchronisation
        answered = result.call(server, result.health_ms, "health", "GET", "/api/v1/health", token=False)
        if answered is not None and answered[0] != 200:
            result.error(f"health: HTTP {answered[0]} {str(answered[1])[:200]}")


def run_load(server, pages: list[tuple[str, str]], clients: int = 8, per_client: int = 25, questions: int = 2,
             verdicts: int = 0) -> LoadResult:
    """``clients`` tabs at once, each analysing ``per_client`` pages and, spread over them, clicking ``questions``
    claims for their questions and giving ``verdicts`` verdicts; health is checked throughout."""
    result = LoadResult()
    start = threading.Barrier(clients + 1)
    tabs = [threading.Thread(target=_tab, args=(server, i, pages, per_client, questions, verdicts, start, result))
            for i in range(clients)]
    stop_health = threading.Event()
    health = threading.Thread(target=_check_health, args=(server, result, stop_health))
    for thread in tabs:
        thread.start()
    start.wait()
    began = time.perf_counter()
    health.start()
    for thread in tabs:
        thread.join()
    result.wall_s = time.perf_counter() - began
    stop_health.set()
    health.join()
    return result


def wait_until_scored(server, analysis_ids, deadline_s: float) -> float:
    """Seconds until every claim of these analyses carries the model's score (the background scoring drained)."""
    began = time.monotonic()
    waiting = set(analysis_ids)
    while waiting:
        for analysis_id in list(waiting):
            status, body, _ = server.request("GET", f"/api/v1/analyses/{analysis_id}")
            if status == 200 and all("score" in claim for claim in body["claims"]):
                waiting.discard(analysis_id)
        if not waiting:
            break
        if time.monotonic() - began > deadline_s:
            raise TimeoutError(f"{len(waiting)} analyses still had unscored claims after {deadline_s:.0f} s")
        time.sleep(1)  # polling interval while the model works through the queue, not synchronisation
    return time.monotonic() - began


def acknowledged_losses(server, result: LoadResult, scored: bool = False) -> list[str]:
    """What the server acknowledged and no longer has: analyses, their place in history, verdicts (and, if
    ``scored``, the scores of their claims)."""
    lost = []
    claims = {}
    for analysis_id, url in result.created.items():
        status, body, _ = server.request("GET", f"/api/v1/analyses/{analysis_id}")
        if status != 200 or body["url"] != url:
            lost.append(f"analysis {analysis_id} ({url}): HTTP {status}")
            continue
        claims.update({claim["id"]: claim for claim in body["claims"]})
        if scored and not all("score" in claim for claim in body["claims"]):
            lost.append(f"analysis {analysis_id}: a claim lost its score")
    lost += [f"history lacks {url}" for url in set(result.created.values()) - history_page_urls(server)]
    lost += [f"claim {claim_id}: verdict {verdict} not kept" for claim_id, verdict in result.verdicts.items()
             if claims.get(claim_id, {}).get("feedback") != verdict]
    return lost


def history_page_urls(server) -> set[str]:
    """Every URL in history, following the newest-first cursor to the end."""
    urls, before = set(), None
    while True:
        path = "/api/v1/history?limit=500" + (f"&before={quote(before)}" if before else "")
        status, body, _ = server.request("GET", path)
        assert status == 200, body
        urls |= {page["url"] for page in body["pages"]}
        before = body["next_before"]
        if not before or not body["pages"]:
            return urls
