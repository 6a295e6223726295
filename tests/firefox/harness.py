"""Drive the Firefox build of the extension in Debian's firefox-esr over WebDriver BiDi.

Firefox speaks WebDriver BiDi itself (--remote-debugging-port), so a small client over one
websocket is the whole driver: no geckodriver, nothing fetched at run time, and the same
protocol installs the extension (webExtension.install, a temporary add-on, unsigned is fine).
Playwright cannot do this: its Firefox is a patched build that Debian does not ship.

- The extension's pages live at moz-extension://<uuid>/; Firefox picks the uuid at install
  unless the profile names it (extensions.webextensions.uuids), so the profile does.
- BiDi refuses to navigate to moz-extension:// unless the client may touch the browser's
  own process (--remote-allow-system-access); the websocket only listens on loopback.
- The extension's own pages, opened as tabs, talk to its background page as the popup does
  (runtime.sendMessage), like tests/browser/harness.py does in Chromium.
- Clicks and keys go through input.performActions: the browser dispatches them as trusted
  events, and the content script ignores untrusted ones.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import shutil
import subprocess
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from websockets.sync.client import connect

REPO = Path(__file__).resolve().parents[2]
MAKE_FIREFOX = REPO / "extension" / "scripts" / "make-firefox.mjs"
FIREFOX = shutil.which("firefox-esr") or "/usr/bin/firefox-esr"
# Any fixed uuid: the tests need to know the extension's address before it is installed.
EXTENSION_UUID = "6d1c2a64-3b1e-4c5e-9a51-7f0e2b9d4c18"
LISTENING = re.compile(r"WebDriver BiDi listening on (ws://\S+)")
STARTUP_TIMEOUT_S = 60
COMMAND_TIMEOUT_S = 60

ESCAPE = "\ue00c"
ENTER = "\ue007"


class BiDiError(RuntimeError):
    """A BiDi command failed, or a script threw in the page."""


def build_extension(out: Path) -> Path:
    """The Firefox build exactly as a release makes it: extension/scripts/make-firefox.mjs."""
    built = subprocess.run(["node", str(MAKE_FIREFOX), "--out", str(out)], capture_output=True, text=True)
    if built.returncode:
        raise RuntimeError(f"{MAKE_FIREFOX.name} failed ({built.returncode}):\n{built.stdout}{built.stderr}")
    return out


def gecko_id(build: Path) -> str:
    return json.loads((build / "manifest.json").read_text())["browser_specific_settings"]["gecko"]["id"]


def write_profile(profile: Path, extension_id: str) -> None:
    """A fresh profile that names the extension's uuid; the remote agent sets the prefs a test browser wants itself."""
    uuids = json.dumps({extension_id: EXTENSION_UUID})
    profile.mkdir(parents=True, exist_ok=True)
    (profile / "user.js").write_text(f"user_pref(\"extensions.webextensions.uuids\", {json.dumps(uuids)});\n")


class BiDi:
    """Commands over one websocket; no events are subscribed, so every message answers a command."""

    def __init__(self, socket):
        self._socket = socket
        self._ids = itertools.count(1)

    def send(self, method: str, timeout: float = COMMAND_TIMEOUT_S, **params) -> dict:
        command_id = next(self._ids)
        self._socket.send(json.dumps({"id": command_id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self._socket.recv(timeout=max(0.0, deadline - time.monotonic())))
            if message.get("id") != command_id:
                continue  # the answer to an earlier command that timed out
            if message["type"] == "error":
                raise BiDiError(f"{method}: {message['error']}: {message['message']}")
            return message["result"]


def _page_value(result: dict):
    if result["type"] == "exception":
        raise BiDiError(f"script failed: {result['exceptionDetails']['text']}")
    value = result["result"]
    return json.loads(value["value"]) if value["type"] == "string" else None


@dataclass
class Tab:
    """One top-level browsing context: navigate it, run scripts in it, click and type into it."""

    bidi: BiDi
    context: str

    def goto(self, url: str) -> None:
        self.bidi.send("browsingContext.navigate", context=self.context, url=url, wait="complete")

    def activate(self) -> None:
        self.bidi.send("browsingContext.activate", context=self.context)

    def call(self, js: str, *args, timeout: float = COMMAND_TIMEOUT_S):
        """Run the (async) function `js` in the page with JSON arguments; return its JSON result."""
        wrapper = f"async function (argsJson) {{ return JSON.stringify(await ({js})(...JSON.parse(argsJson))); }}"
        result = self.bidi.send(
            "script.callFunction", timeout=timeout + 5, functionDeclaration=wrapper, awaitPromise=True,
            target={"context": self.context}, arguments=[{"type": "string", "value": json.dumps(args)}],
        )
        return _page_value(result)

    def wait_until(self, js: str, *args, timeout: float = 20, what: str = ""):
        """Run `js` in the page until it returns something truthy; return that, or fail after `timeout` seconds."""
        poller = f"""async (...args) => {{
            const deadline = performance.now() + {timeout * 1000};
            for (;;) {{
                const value = await ({js})(...args);
                if (value) return value;
                if (performance.now() > deadline) throw new Error({json.dumps(f"timed out waiting for {what or js}")});
                await new Promise((resolve) => setTimeout(resolve, 50));  // polling interval of the wait
            }}
        }}"""
        return self.call(poller, *args, timeout=timeout)

    def node(self, js: str, *args) -> dict:
        """The element `js` returns, as a BiDi node (its sharedId; its shadowRoot too, closed ones included)."""
        result = self.bidi.send(
            "script.callFunction", functionDeclaration=f"function (argsJson) {{ return ({js})(...JSON.parse(argsJson)); }}",
            awaitPromise=False, target={"context": self.context}, arguments=[{"type": "string", "value": json.dumps(args)}],
            serializationOptions={"maxDomDepth": 0, "includeShadowTree": "all"},
        )
        if result["type"] == "exception":
            raise BiDiError(f"script failed: {result['exceptionDetails']['text']}")
        if result["result"]["type"] != "node":
            raise BiDiError(f"{js} returned {result['result']['type']}, not an element")
        return result["result"]

    def call_on(self, node: dict, js: str):
        """Run `js(node)` in the page on a node from node() (a shadow root, say); return its JSON result."""
        result = self.bidi.send(
            "script.callFunction", functionDeclaration=f"async function (node) {{ return JSON.stringify(await ({js})(node)); }}",
            awaitPromise=True, target={"context": self.context}, arguments=[{"sharedId": node["sharedId"]}],
        )
        return _page_value(result)

    def click(self, node: dict) -> None:
        """A real mouse click at the middle of the element, as the reader makes it."""
        self._actions({"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": [
            {"type": "pointerMove", "x": 0, "y": 0, "origin": {"type": "element", "element": {"sharedId": node["sharedId"]}}},
            {"type": "pointerDown", "button": 0},
            {"type": "pointerUp", "button": 0},
        ]})

    def click_selector(self, selector: str) -> None:
        self.click(self.node("(selector) => document.querySelector(selector)", selector))

    def press(self, key: str) -> None:
        self._actions({"type": "key", "id": "keyboard", "actions": [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]})

    def fill(self, selector: str, text: str) -> None:
        """Set a field's value as typing would leave it (an input event, so listeners see it)."""
        self.call(
            """(selector, text) => {
                const field = document.querySelector(selector);
                field.value = text;
                field.dispatchEvent(new Event("input", { bubbles: true }));
            }""",
            selector, text,
        )

    def screenshot(self, path: Path) -> None:
        data = self.bidi.send("browsingContext.captureScreenshot", context=self.context, origin="document")["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        self.bidi.send("browsingContext.close", context=self.context)

    def _actions(self, source: dict) -> None:
        self.bidi.send("input.performActions", context=self.context, actions=[source])
        self.bidi.send("input.releaseActions", context=self.context)


@dataclass
class Firefox:
    bidi: BiDi

    def new_tab(self, url: str | None = None) -> Tab:
        tab = Tab(self.bidi, self.bidi.send("browsingContext.create", type="tab")["context"])
        if url:
            tab.goto(url)
        return tab

    def install(self, build: Path) -> str:
        return self.bidi.send("webExtension.install", extensionData={"type": "path", "path": str(build)})["extension"]


def _read_stderr(stream, lines: list[str], listening: dict, ready: threading.Event) -> None:
    """Keep the browser's stderr (for a failed start's report) and note the BiDi address when it prints it."""
    for line in stream:
        lines.append(line)
        found = LISTENING.search(line)
        if found and not ready.is_set():
            listening["url"] = found.group(1)
            ready.set()
    ready.set()  # the browser exited before listening: the caller reports what it printed


@contextmanager
def launch(profile: Path, extension_id: str) -> Iterator[Firefox]:
    """Headless firefox-esr on a fresh profile with a BiDi session; closed on exit."""
    write_profile(profile, extension_id)
    process = subprocess.Popen(
        [FIREFOX, "--headless", "--no-remote", "--profile", str(profile),
         "--remote-debugging-port", "0", "--remote-allow-system-access", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    lines: list[str] = []
    listening: dict = {}
    ready = threading.Event()
    threading.Thread(target=_read_stderr, args=(process.stderr, lines, listening, ready), daemon=True).start()
    try:
        if not ready.wait(STARTUP_TIMEOUT_S) or "url" not in listening:
            raise RuntimeError(f"{FIREFOX} did not start WebDriver BiDi within {STARTUP_TIMEOUT_S}s:\n{''.join(lines)}")
        with connect(f"{listening['url']}/session", max_size=None, open_timeout=STARTUP_TIMEOUT_S) as socket:
            bidi = BiDi(socket)
            bidi.send("session.new", capabilities={})
            try:
                yield Firefox(bidi)
            finally:
                bidi.send("session.end")
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Extension:
    """The extension's own pages, opened as tabs: options (pairing) and the control channel to its background page."""

    def __init__(self, firefox: Firefox):
        self.firefox = firefox
        self.base = f"moz-extension://{EXTENSION_UUID}"
        self.control = firefox.new_tab(f"{self.base}/options/options.html")

    def pair(self, server_url: str, token: str, expect: str = "Connected to Claimlight") -> str:
        """Fill in the options form like a reader would, press Test and save, return the status text."""
        page = self.control
        page.goto(f"{self.base}/options/options.html")
        # The page fills the form from storage after it loads: typing before that gets overwritten.
        page.wait_until(
            "() => document.querySelector('#server-url').value && document.querySelector('#search-engines input')",
            what="the options page to fill in the stored settings",
        )
        page.fill("#server-url", server_url)
        page.fill("#token", token)
        page.click_selector("#test-save")
        return page.wait_until(
            """(expect) => {
                const status = document.querySelector("#server-status").textContent;
                return status.includes(expect) && status;
            }""",
            expect, what=f"the options page to say {expect!r}",
        )

    def analyse(self, page_url: str) -> dict:
        """What the toolbar popup does: ask the background page to analyse the tab showing page_url."""
        return self.control.call(
            """async (url) => {
                const tab = (await browser.tabs.query({})).find((t) => t.url === url);
                if (!tab) throw new Error(`no tab shows ${url}`);
                return browser.runtime.sendMessage({ type: "analyse-tab", tabId: tab.id });
            }""",
            page_url,
        )

    def analyse_active(self, page: Tab) -> dict:
        """Analyse the tab showing `page` found as the active tab: without a host permission its address is hidden."""
        page.activate()
        return self.control.call(
            """async () => {
                const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
                return browser.runtime.sendMessage({ type: "analyse-tab", tabId: tab.id });
            }"""
        )

    def withhold_access(self, origin_pattern: str) -> None:
        """Take back a host permission, as a reader can in about:addons (Firefox asks before granting one again)."""
        assert self.control.call("(origin) => browser.permissions.remove({ origins: [origin] })", origin_pattern)

    def tab_state(self, page_url: str) -> dict:
        return self.control.call(
            """async (url) => {
                const tab = (await browser.tabs.query({})).find((t) => t.url === url);
                return { state: await browser.runtime.sendMessage({ type: "tab-state", tabId: tab.id }),
                         badge: await browser.action.getBadgeText({ tabId: tab.id }) };
            }""",
            page_url,
        )

    def open_page(self, path: str) -> Tab:
        return self.firefox.new_tab(f"{self.base}/{path}")
