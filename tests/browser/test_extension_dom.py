"""The extension leaves the page's DOM as it found it, in real Chromium (issue 12, item 2).

A page built by a framework holds references to its own text nodes, some of them adjacent
(`{a}{b}`): highlighting may split them, but taking the highlights out must give back the
same node objects with the same text; re-analysing an unchanged page must not touch the
marks; and injecting the content scripts a second time must not start a second instance.
"""

from __future__ import annotations

import json
import re

import pytest

from .harness import EXTENSION, highlighted_text

pytestmark = pytest.mark.browser

CONTENT_FILES = json.loads(re.search(r"const CONTENT_FILES = (\[[^\]]*\]);", (EXTENSION / "lib" / "content-files.js").read_text()).group(1))

FRAMEWORK_RENDER = """() => {
    for (const p of document.querySelectorAll("p")) {
        for (const node of [...p.childNodes]) {
            if (node.nodeType !== 3 || node.data.length < 40) continue;
            const at = node.data.indexOf(" ", Math.floor(node.data.length / 2));
            if (at > 0) node.splitText(at);
        }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    window.__nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) window.__nodes.push(n);
    window.__data = window.__nodes.map((n) => n.data);
    return window.__nodes.length;
}"""

SAME_TEXT_NODES = """() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const now = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) now.push(n);
    return { count: now.length, before: window.__nodes.length,
             moved: window.__nodes.filter((n, i) => now[i] !== n).length,
             changed: window.__nodes.filter((n, i) => n.data !== window.__data[i]).length };
}"""


def in_worker(browser, script: str, arg):
    worker = [w for w in browser.context.service_workers if w.url.endswith("/background.js")][-1]
    return worker.evaluate(script, arg)


def show(browser, url: str, claims: list[dict]) -> dict:
    return in_worker(browser, """async ({ url, claims }) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        return chrome.tabs.sendMessage(tab.id, { type: "show-analysis", analysis: { id: "a_test", claims } });
    }""", {"url": url, "claims": claims})


def test_highlights_come_out_leaving_the_pages_own_text_nodes_and_reanalysis_touches_nothing(paired, claimlight_server, page_server):
    page = paired.context.new_page()
    url = page_server.url("daily_star_mercenaries.html")
    page.goto(url)
    page.evaluate(FRAMEWORK_RENDER)
    first = paired.analyse(url)
    assert first.get("ok"), first
    marks = page.evaluate("() => (window.__marks = [...document.querySelectorAll('claimlight-mark')]).length")
    assert marks >= 5
    marked = highlighted_text(page)

    # A second injection (the auto-analysis script and the toolbar racing) and a re-analysis of the unchanged page.
    in_worker(paired, """async ({ url, files }) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        await chrome.scripting.executeScript({ target: { tabId: tab.id }, files });
    }""", {"url": url, "files": CONTENT_FILES})
    page.evaluate("""() => { window.__mutations = 0; new MutationObserver((r) => { window.__mutations += r.length; })
        .observe(document.body, { subtree: true, childList: true, characterData: true }); }""")
    again = paired.analyse(url)
    assert again.get("ok"), again
    assert page.evaluate("() => window.__mutations") == 0, "re-analysing an unchanged page changed the DOM"
    assert page.evaluate("() => { const now = [...document.querySelectorAll('claimlight-mark')]; return now.length === window.__marks.length && now.every((m, i) => m === window.__marks[i]); }")
    assert highlighted_text(page) == marked
    assert page.evaluate("() => document.querySelectorAll('claimlight-popover').length") == 0

    shown = show(paired, url, [])
    assert shown["anchored"] == 0
    assert page.evaluate("() => document.querySelectorAll('claimlight-mark').length") == 0
    nodes = page.evaluate(SAME_TEXT_NODES)
    assert nodes == {"count": nodes["before"], "before": nodes["before"], "moved": 0, "changed": 0}, nodes
    page.close()
