"""Shared fixtures: a temporary CLAIMLIGHT_HOME, the app on it, and real server processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimlight.app import create_app
from claimlight.settings import Settings

from .serverproc import start_server
from .skips import pytest_make_collect_report, pytest_runtest_makereport  # noqa: F401  (a skip fails the run)

PAGES = Path(__file__).parent / "pages"
TEST_PORT = 8765
BASE_URL = f"http://127.0.0.1:{TEST_PORT}"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "claimlight-home"
    monkeypatch.setenv("CLAIMLIGHT_HOME", str(path))
    return path


@pytest.fixture
def app(home):
    """The app on a real data directory, rules only (the model has its own tests)."""
    application = create_app({"TESTING": True, "SERVER_NAME": f"127.0.0.1:{TEST_PORT}"}, settings=Settings(home=home, port=TEST_PORT, load_model=False))
    yield application
    for name in ("claimlight.model", "claimlight.store"):
        application.extensions[name].close()


@pytest.fixture
def client(app):
    """A test client; SERVER_NAME makes its requests carry the loopback Host the server demands."""
    return app.test_client()


@pytest.fixture
def auth(app) -> dict:
    return {"Authorization": f"Bearer {app.config['TOKEN']}"}


@pytest.fixture
def server(home):
    """A real `claimlight serve` process (rules only) on a free loopback port."""
    proc = start_server(home, "--no-model")
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def module_server(tmp_path_factory):
    """One rules-only `claimlight serve` process shared by a module's tests (suites that need a warm server)."""
    proc = start_server(tmp_path_factory.mktemp("claimlight-home"), "--no-model")
    yield proc
    proc.stop()
