"""One real server, one page server and one Chromium with the extension, shared by a module's browser tests."""

from __future__ import annotations

import os

import pytest

from .harness import BROWSER_PAGES, CHROMIUM, PAGES, SCREENSHOTS, Extension, PageServer, launch


@pytest.fixture(scope="module")
def claimlight_server(module_server):
    return module_server


def _served(root):
    pages = PageServer(root).start()
    yield pages
    pages.stop()


@pytest.fixture(scope="module")
def page_server():
    """tests/pages: the real articles the server's own tests read."""
    yield from _served(PAGES)


@pytest.fixture(scope="module")
def site():
    """tests/browser/pages: pages made for the browser tests."""
    yield from _served(BROWSER_PAGES)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}; install it with `scripts/setup.sh --test` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context, extension_id = launch(playwright, tmp_path_factory.mktemp("chromium-profile"))
        yield Extension(context, extension_id)
        context.close()


@pytest.fixture(scope="module")
def paired(browser, claimlight_server):
    browser.pair(claimlight_server.base_url, claimlight_server.token)
    return browser


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
