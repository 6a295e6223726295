"""Fuzz the HTTP API from its own OpenAPI document against a real server process.

Schemathesis generates requests that fit the document (positive) and requests
that break it (negative) for every operation; the server must never answer 5xx,
never hang, answer in the documented shapes, and still be up afterwards.
"""

from __future__ import annotations

import multiprocessing
import re
import traceback
from concurrent.futures import ProcessPoolExecutor

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from claimlight.store import page_id_for

from .tally import FUZZ_TALLY

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

REQUEST_TIMEOUT_S = 15
POSITIVE_CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# Not negative_data_rejection: it counts an unknown query parameter (ignored, as the web does) as accepted bad data.
NEGATIVE_CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance]
PAGE_URL = "https://example.org/fuzz-seed"
HTML = ("<html><head><title>Volunteers</title></head><body><article>"
        "<p>Officials said that 16,000 volunteers had signed up, a figure nobody could confirm.</p>"
        "<p>The ministry added that another 2,000 were expected next week, according to a spokesman.</p>"
        "</article></body></html>")
# Cases per operation and mode; destructive operations run last so the others see real data.
CASES = {
    ("POST", "/api/v1/analyses"): (1600, 800),
    ("GET", "/api/v1/analyses/{analysis_id}"): (300, 150),
    ("GET", "/api/v1/analyses/{analysis_id}/events"): (150, 100),
    ("POST", "/api/v1/claims/{claim_id}/questions"): (300, 150),
    ("POST", "/api/v1/claims/{claim_id}/feedback"): (300, 250),
    ("GET", "/api/v1/claims/{claim_id}/related"): (300, 150),
    ("GET", "/api/v1/history"): (500, 300),
    ("GET", "/api/v1/history/export"): (100, 100),
    ("GET", "/api/v1/health"): (20, 0),  # no inputs to break: negative generation is impossible
    ("GET", "/api/v1/openapi.json"): (20, 0),
    ("DELETE", "/api/v1/history/{page_id}"): (250, 150),
    ("DELETE", "/api/v1/feedback"): (50, 50),
    ("DELETE", "/api/v1/history"): (50, 150),
}
MIN_TOTAL_CASES = 6000
DESTRUCTIVE = {"DELETE"}
# Generation (client) and answering (server process) overlap when several operations run at once.
FUZZ_PROCESSES = 3


@pytest.fixture(scope="module")
def server(module_server):
    return module_server


@pytest.fixture(scope="module")
def real_ids(server) -> dict:
    status, analysis, _ = server.request("POST", "/api/v1/analyses", {"url": PAGE_URL, "title": "Volunteers", "html": HTML})
    assert status == 201, analysis
    return {"analysis_id": analysis["id"], "page_id": page_id_for(PAGE_URL),
            "claim_id": analysis["claims"][0]["id"] if analysis["claims"] else "c_" + "0" * 16}


def fuzz_operation(base_url: str, token: str, path: str, method: str, mode: GenerationMode, max_examples: int,
                   path_parameters: dict | None) -> tuple[int, str | None]:
    """Run one operation's cases in this process; return (cases run, failure report or None)."""
    operation = schemathesis.openapi.from_url(f"{base_url}/api/v1/openapi.json")[path][method]
    checks = POSITIVE_CHECKS if mode == GenerationMode.POSITIVE else NEGATIVE_CHECKS
    session = requests.Session()
    headers = {"Authorization": f"Bearer {token}"}
    ran = 0

    @settings(max_examples=max_examples, deadline=None, database=None, derandomize=True, phases=[Phase.generate, Phase.shrink],
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=path_parameters))
    def run(case):
        nonlocal ran
        ran += 1
        response = case.call(base_url=base_url, session=session, headers=headers, timeout=REQUEST_TIMEOUT_S)
        case.validate_response(response, checks=checks, headers=headers)

    try:
        run()
    except Exception:  # noqa: BLE001 - reported to the parent process as text, where the test fails on it
        return ran, f"{method} {path} ({mode.value}):\n{traceback.format_exc()}"
    return ran, None


def fuzz_jobs(real_ids: dict) -> list[tuple]:
    """(label, path, method, mode, examples, fixed path parameters or None) for every operation and mode."""
    jobs = []
    for (method, path), (positive, negative) in CASES.items():
        names = set(re.findall(r"{([^}]+)}", path))
        fixed = {name: real_ids[name] for name in names} or None
        label = f"api:{method} {path}"
        if fixed:  # half on real ids (reads, updates, deletes that really happen), half on random ones
            jobs.append((f"{label}:positive", path, method, GenerationMode.POSITIVE, positive // 2, fixed))
            jobs.append((f"{label}:positive", path, method, GenerationMode.POSITIVE, positive - positive // 2, None))
        else:
            jobs.append((f"{label}:positive", path, method, GenerationMode.POSITIVE, positive, None))
        if negative:
            jobs.append((f"{label}:negative", path, method, GenerationMode.NEGATIVE, negative, None))
    return jobs


def run_jobs(server, jobs: list[tuple], failures: list[str]) -> int:
    """Schemathesis strategies are not thread-safe, so operations run in separate processes."""
    with ProcessPoolExecutor(max_workers=FUZZ_PROCESSES, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = {pool.submit(fuzz_operation, server.base_url, server.token, *job[1:]): job[0] for job in jobs}
        for future, label in futures.items():
            ran, failure = future.result()
            FUZZ_TALLY[label] += ran
            if failure:
                failures.append(failure)
    return sum(FUZZ_TALLY[label] for label in {job[0] for job in jobs})


def test_api_fuzz_never_errors_or_hangs_and_the_server_survives(server, real_ids):
    jobs, failures = fuzz_jobs(real_ids), []
    total = run_jobs(server, [job for job in jobs if job[2] not in DESTRUCTIVE], failures)
    total += run_jobs(server, [job for job in jobs if job[2] in DESTRUCTIVE], failures)
    print(f"\nAPI fuzz: {total} cases, {len(failures)} operations with failures")
    assert failures == [], "\n\n".join(failures)
    assert total >= MIN_TOTAL_CASES
    status, body, _ = server.request("GET", "/api/v1/health", token=False, timeout=5)
    assert status == 200 and body["status"] == "ok"
    assert server.process.poll() is None
    assert "Traceback" not in server.log()
