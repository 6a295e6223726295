"""A skipped test fails the run, unless the run allows skips.

A skip reads as "not my problem" in a green run: a missing page set, a tmpfs
that cannot mount or a missing tool would let CI pass without testing what
the test is for. So every skip (in a test, a fixture or a whole module) is
reported as a failure with its reason; a developer on a machine that truly
lacks something sets ``CLAIMLIGHT_ALLOW_SKIPS=1`` and sees the skips as skips.
Expected failures (``xfail``) are not skips and stay as they are.
"""

from __future__ import annotations

import os

import pytest

ALLOW_SKIPS = "CLAIMLIGHT_ALLOW_SKIPS"


def _fail_if_skipped(report) -> None:
    if not report.skipped or hasattr(report, "wasxfail") or os.environ.get(ALLOW_SKIPS) == "1":
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    reason = reason.removeprefix("Skipped: ")
    report.outcome = "failed"
    report.longrepr = f"unexpected skip: {reason}\nProvide what the test needs, or set {ALLOW_SKIPS}=1 to allow skips."


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    _fail_if_skipped(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    outcome = yield
    _fail_if_skipped(outcome.get_result())
