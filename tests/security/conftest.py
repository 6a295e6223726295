"""Shared pieces of the security suites: one model server for the model suites, and the fuzz tally."""

from __future__ import annotations

import time

import pytest

from ..serverproc import start_server
from .tally import FUZZ_TALLY


def wait_for_calibration(server, deadline_s: float = 900) -> None:
    """The first start on a new home calibrates judge-by-prompt on the model worker; questions queue behind it."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        judge = server.request("GET", "/api/v1/health", token=False)[1]["model"].get("judge", {})
        if judge.get("state") not in ("pending", "calibrating"):
            return
        time.sleep(0.5)  # polling interval while waiting for a condition, not synchronisation
    raise TimeoutError("model calibration did not finish")


@pytest.fixture(scope="session")
def model_server(tmp_path_factory):
    """The real server with the bundled model, past its one-off start-up calibration, shared by the model suites."""
    proc = start_server(tmp_path_factory.mktemp("model-home"), model_ready=True,
                        env={"CLAIMLIGHT_REWORD_QUESTIONS": "always"})  # the model words questions: page text reaches it
    wait_for_calibration(proc)
    yield proc
    proc.stop()


def pytest_terminal_summary(terminalreporter):
    if FUZZ_TALLY:
        lines = ", ".join(f"{name}={count}" for name, count in sorted(FUZZ_TALLY.items()))
        terminalreporter.write_line(f"fuzz cases: total={sum(FUZZ_TALLY.values())} ({lines})")
