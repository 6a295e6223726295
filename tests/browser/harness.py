"""Drive the real extension in Debian's Chromium: launch, pair, analyse, read highlights.

Shared by the browser tests and bench/e2e_bench.py, so both measure the same code path
the toolbar button takes (a message from an extension page to the service worker).

Readers reach most sites without a host permission, through activeTab: the browser grants
it when they press the toolbar button or a shortcut. To test that path, pages can be served
under UNGRANTED_HOST, a name Chromium resolves to loopback (--host-resolver-rules) and that
the extension holds no permission for, and:
- the toolbar button is pressed through the DevTools protocol's Extensions.triggerAction
  (allowed by --enable-unsafe-extension-debugging over Playwright's --remote-debugging-pipe):
  Chromium runs the action as for a click, activeTab grant and popup included;
- a shortcut cannot be pressed that way (the protocol's key events reach the page, never the
  browser's shortcut table), so run_shortcut calls the service worker's own shortcut handler.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXTENSION = REPO / "extension"
PAGES = REPO / "tests" / "pages"
SCREENSHOTS = REPO / "test-output" / "screenshots"
BROWSER_PAGES = REPO / "tests" / "browser" / "pages"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
UNGRANTED_HOST = "claimlight-test.example"

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps", "--password-store=basic",
    f"--host-resolver-rules=MAP {UNGRANTED_HOST} 127.0.0.1", "--enable-unsafe-extension-debugging",
]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # test pages are served by the hundred; keep the test output readable
        pass


@dataclass
class PageServer:
    """Serves a directory on a free loopback port from a background thread."""

    root: Path
    server: http.server.ThreadingHTTPServer | None = None

    def start(self) -> "PageServer":
        handler = functools.partial(_QuietHandler, directory=str(self.root))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def url(self, name: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.server.server_address[1]}/{name}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def launch(playwright, user_data_dir: Path, extension: Path = EXTENSION):
    """A persistent Chromium context with the unpacked extension loaded; returns (context, extension_id)."""
    context = playwright.chromium.launch_persistent_context(
        str(user_data_dir), executable_path=CHROMIUM, headless=False,
        args=[*CHROMIUM_ARGS, f"--disable-extensions-except={extension}", f"--load-extension={extension}"],
        viewport={"width": 1200, "height": 900},
    )
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker", timeout=30_000)
    return context, worker.url.split("/")[2]


class Extension:
    """The extension's own pages, opened as tabs: options (pairing) and the control channel to the service worker."""

    def __init__(self, context, extension_id: str):
        self.context = context
        self.id = extension_id
        self.base = f"chrome-extension://{extension_id}"
        self.control = context.new_page()
        self.control.goto(f"{self.base}/options/options.html")

    def pair(self, server_url: str, token: str, expect: str = "Connected to Claimlight") -> str:
        """Fill in the options form like a reader would, press Test and save, return the status text."""
        page = self.control
        page.goto(f"{self.base}/options/options.html")
        # The page fills the form from storage after it loads; until then typing would be overwritten.
        page.locator('main[aria-busy="false"]').wait_for(timeout=10_000)
        page.fill("#server-url", server_url)
        page.fill("#token", token)
        page.click("#test-save")
        status = page.locator("#server-status")
        status.filter(has_text=expect).wait_for(timeout=20_000)
        return status.inner_text()

    def analyse(self, page_url: str) -> dict:
        """What the toolbar popup does: ask the service worker to analyse the tab showing page_url."""
        return self.control.evaluate(
            """async (url) => {
                const tabs = await chrome.tabs.query({});
                const tab = tabs.find((t) => t.url === url);
                if (!tab) throw new Error(`no tab shows ${url}`);
                return chrome.runtime.sendMessage({ type: "analyse-tab", tabId: tab.id });
            }""",
            page_url,
        )

    def tab_state(self, page_url: str) -> dict:
        return self.control.evaluate(
            """async (url) => {
                const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
                return { state: await chrome.runtime.sendMessage({ type: "tab-state", tabId: tab.id }),
                         badge: await chrome.action.getBadgeText({ tabId: tab.id }) };
            }""",
            page_url,
        )

    # --- the activeTab path: tabs the extension can see only by id -------------------------------------------------

    @property
    def worker(self):
        return [w for w in self.context.service_workers if w.url.endswith("/background.js")][-1]

    def tab_id(self, page) -> int:
        """The extension's id for the tab showing `page` (made the active tab: without a grant its URL is hidden)."""
        page.bring_to_front()
        return self.control.evaluate("async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id")

    def can_read(self, tab_id: int) -> bool:
        """Whether the extension may run scripts in the tab now (a host permission or an activeTab grant)."""
        return self.worker.evaluate(
            """async (tabId) => chrome.scripting.executeScript({ target: { tabId }, func: () => true }).then(() => true, () => false)""",
            tab_id,
        )

    def click_toolbar_button(self, page) -> None:
        """Press the extension's toolbar button on the tab showing `page`, as the reader does (see the module docstring)."""
        session = self._browser_session()
        tabs = session.send("Target.getTargets", {"filter": [{"type": "tab"}]})["targetInfos"]
        matching = [t for t in tabs if t["url"] == page.url]
        assert len(matching) == 1, f"{len(matching)} tabs show {page.url}"
        session.send("Extensions.triggerAction", {"id": self.id, "targetId": matching[0]["targetId"]})

    def run_shortcut(self, command: str, page):
        """What the browser does on a keyboard shortcut: call the commands.onCommand handler with the active tab."""
        tab_id = self.tab_id(page)
        return self.worker.evaluate("([command, tabId]) => globalThis.claimlightRunCommand(command, { id: tabId })", [command, tab_id])

    def _browser_session(self):
        if getattr(self, "_session", None) is None:
            self._session = self.context.browser.new_browser_cdp_session()
        return self._session

    def state_of_tab(self, tab_id: int) -> dict:
        """The tab's state as the popup gets it (checked against the page), its badge and its tooltip."""
        return self.control.evaluate(
            """async (tabId) => ({ state: await chrome.runtime.sendMessage({ type: "tab-state", tabId }),
                                   badge: await chrome.action.getBadgeText({ tabId }),
                                   title: await chrome.action.getTitle({ tabId }) })""",
            tab_id,
        )

    def open_beside(self, page, path: str):
        """An extension page (popup, side panel) in a background tab of the window showing `page`, so that
        `page` stays the active tab: what it shows is about `page`, as when opened from the toolbar."""
        tab_id = self.tab_id(page)
        with self.context.expect_page() as opened:
            self.control.evaluate(
                """async ([tabId, url]) => {
                    const tab = await chrome.tabs.get(tabId);
                    await chrome.tabs.create({ url, windowId: tab.windowId, active: false });
                }""",
                [tab_id, f"{self.base}/{path}"],
            )
        return opened.value

    def set_prefs(self, **prefs) -> None:
        self.control.evaluate("(prefs) => chrome.storage.local.set(prefs)", prefs)

    def open_page(self, path: str):
        page = self.context.new_page()
        page.goto(f"{self.base}/{path}")
        return page


def highlighted_text(page) -> dict[str, str]:
    """Claim id -> the whitespace-normalised text of its marks in the page, in document order."""
    joined = page.evaluate(
        """() => {
            const byClaim = {};
            for (const mark of document.querySelectorAll("claimlight-mark")) {
                byClaim[mark.dataset.claimId] = (byClaim[mark.dataset.claimId] || "") + mark.textContent;
            }
            return byClaim;
        }"""
    )
    return {claim_id: squash(text) for claim_id, text in joined.items()}


def accessible_names(page) -> list[str]:
    """Every name and text in the page's accessibility tree: what a screen reader (and the eye) gets,
    closed shadow roots included, which page scripts and DOM queries cannot see into."""
    session = page.context.new_cdp_session(page)
    try:
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        session.detach()
    return [squash(str(node.get("name", {}).get("value", ""))) for node in nodes if node.get("name", {}).get("value")]
