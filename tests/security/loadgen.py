"""Drive a real server as several browser tabs at once: analyses from real pages, then questions.

Shared by tests/security/test_load.py (pass/fail) and bench/load_bench.py (figures).
"""

from __future__ import annotations

import gzip
import statistics
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[2]
SAMPLE_PAGES = REPO / "tests" / "pages"
BENCHMARK_PAGES = REPO.parent / "shared" / "data" / "article-extraction-benchmark" / "html"
REFUSED_PAGES = {422}  # a page with no readable English article text is answered with 422, by design


def load_pages(max_bytes: int = 400_000) -> list[tuple[str, str]]:
    """(name, html): the sample pages, then the extraction benchmark's pages (when beside the project) up to a size."""
    pages = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SAMPLE_PAGES.glob("*.html"))]
    for path in sorted(BENCHMARK_PAGES.glob("*.html.gz")) if BENCHMARK_PAGES.is_dir() else []:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        if len(html) <= max_bytes:
            pages.append((path.name.split(".")[0][:12], html))
    return pages


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else float("nan")


@dataclass
class LoadResult:
    analyses_ms: list[float] = field(default_factory=list)
    questions_ms: list[float] = field(default_factory=list)
    created: dict[str, str] = field(default_factory=dict)  # analysis id -> url
    refused: int = 0
    questions_answered: int = 0
    errors: list[str] = field(default_factory=list)
    wall_s: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def summary(self) -> dict:
        return {
            "analyses": len(self.created) + self.refused, "created": len(self.created), "refused_no_text": self.refused,
            "questions": self.questions_answered, "errors": len(self.errors),
            "analysis_p50_ms": round(statistics.median(self.analyses_ms), 1) if self.analyses_ms else None,
            "analysis_p95_ms": round(percentile(self.analyses_ms, 0.95), 1) if self.analyses_ms else None,
            "question_p50_ms": round(statistics.median(self.questions_ms), 1) if self.questions_ms else None,
            "question_p95_ms": round(percentile(self.questions_ms, 0.95), 1) if self.questions_ms else None,
            "wall_s": round(self.wall_s, 1),
        }


def _client(server, index: int, pages: list[tuple[str, str]], per_client: int, questions: int,
            start: threading.Barrier, result: LoadResult, timeout: float) -> None:
    claim_ids = []
    start.wait()
    for n in range(per_client):
        name, html = pages[(index * per_client + n) % len(pages)]
        url = f"https://load.example/tab{index}/{n}/{name}"
        began = time.perf_counter()
        try:
            status, body, _ = server.request("POST", "/api/v1/analyses", {"url": url, "title": name, "html": html}, timeout=timeout)
        except Exception as exc:  # noqa: BLE001 - every failure is counted, none may happen
            with result.lock:
                result.errors.append(f"tab{index} analysis {n}: {type(exc).__name__}: {exc}")
            continue
        elapsed = (time.perf_counter() - began) * 1000
        with result.lock:
            result.analyses_ms.append(elapsed)
            if status == 201:
                result.created[body["id"]] = url
                claim_ids += [claim["id"] for claim in body["claims"][:1]]
            elif status in REFUSED_PAGES:
                result.refused += 1
            else:
                result.errors.append(f"tab{index} analysis {n}: HTTP {status} {str(body)[:200]}")
    for claim_id in claim_ids[:questions]:
        began = time.perf_counter()
        try:
            status, body, _ = server.request("POST", f"/api/v1/claims/{claim_id}/questions", timeout=timeout)
        except Exception as exc:  # noqa: BLE001
            with result.lock:
                result.errors.append(f"tab{index} questions: {type(exc).__name__}: {exc}")
            continue
        with result.lock:
            if status == 200 and body.get("questions"):
                result.questions_ms.append((time.perf_counter() - began) * 1000)
                result.questions_answered += 1
            else:
                result.errors.append(f"tab{index} questions {claim_id}: HTTP {status} {str(body)[:200]}")


def run_load(server, pages: list[tuple[str, str]], clients: int = 8, per_client: int = 25, questions: int = 2,
             timeout: float = 120) -> LoadResult:
    """``clients`` tabs at once, each posting ``per_client`` analyses then asking questions for ``questions`` claims."""
    result = LoadResult()
    start = threading.Barrier(clients + 1)
    threads = [threading.Thread(target=_client, args=(server, i, pages, per_client, questions, start, result, timeout))
               for i in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    result.wall_s = time.perf_counter() - began
    return result


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
