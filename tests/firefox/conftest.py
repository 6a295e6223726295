"""One real server, one page server and one headless firefox-esr with the Firefox build installed, per module."""

from __future__ import annotations

import os

import pytest

from ..browser.harness import PAGES, SCREENSHOTS, PageServer
from .harness import FIREFOX, Extension, build_extension, gecko_id, launch


@pytest.fixture(scope="session")
def firefox_build(tmp_path_factory):
    return build_extension(tmp_path_factory.mktemp("firefox-build") / "extension")


@pytest.fixture(scope="module")
def page_server():
    pages = PageServer(PAGES).start()
    yield pages
    pages.stop()


@pytest.fixture(scope="module")
def firefox(tmp_path_factory, firefox_build):
    if not os.path.exists(FIREFOX):
        pytest.fail(f"firefox-esr not found at {FIREFOX}; install it with `scripts/setup.sh --test` (apt-get install firefox-esr)")
    with launch(tmp_path_factory.mktemp("firefox-profile"), gecko_id(firefox_build)) as browser:
        browser.install(firefox_build)
        yield browser


@pytest.fixture(scope="module")
def extension(firefox):
    return Extension(firefox)


@pytest.fixture(scope="module")
def paired(extension, module_server):
    extension.pair(module_server.base_url, module_server.token)
    return extension


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
