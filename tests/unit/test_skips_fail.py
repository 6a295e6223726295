"""The skip gate (tests/skips.py): a skipped test fails the run unless skips are allowed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SUITE = '''
import pytest


@pytest.fixture
def needs_a_disk():
    pytest.skip("cannot mount a tmpfs here")


def test_skipped_in_its_body():
    pytest.skip("benchmark pages missing")


def test_skipped_by_a_fixture(needs_a_disk):
    pass


@pytest.mark.xfail(reason="known", strict=True)
def test_expected_failure():
    assert False


def test_passes():
    pass
'''


MODULE_SKIPPED = "import pytest\npytest.skip('no Chromium here', allow_module_level=True)\n"


def run_suite(tmp_path: Path, suite: str, allow: str | None) -> subprocess.CompletedProcess:
    (tmp_path / "conftest.py").write_text("from tests.skips import pytest_make_collect_report, pytest_runtest_makereport\n")
    (tmp_path / "test_suite.py").write_text(suite)
    env = {key: value for key, value in os.environ.items() if key != "CLAIMLIGHT_ALLOW_SKIPS"}
    env.update(PYTHONPATH=str(REPO), PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
    if allow is not None:
        env["CLAIMLIGHT_ALLOW_SKIPS"] = allow
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
                           str(tmp_path), str(tmp_path)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)


def test_a_skip_fails_the_run_with_its_reason(tmp_path):
    result = run_suite(tmp_path, SUITE, allow=None)
    assert result.returncode == 1, result.stdout
    assert "1 failed, 1 passed, 1 xfailed, 1 error" in result.stdout  # the fixture's skip fails in setup: an error
    assert "skipped" not in result.stdout.splitlines()[-1]
    assert "unexpected skip: benchmark pages missing" in result.stdout
    assert "unexpected skip: cannot mount a tmpfs here" in result.stdout


def test_a_skipped_module_fails_the_run(tmp_path):
    result = run_suite(tmp_path, MODULE_SKIPPED, allow=None)
    assert result.returncode != 0 and "unexpected skip: no Chromium here" in result.stdout, result.stdout


def test_skips_are_skips_when_the_run_allows_them(tmp_path):
    result = run_suite(tmp_path, SUITE, allow="1")
    assert result.returncode == 0, result.stdout
    assert "1 passed, 2 skipped, 1 xfailed" in result.stdout
