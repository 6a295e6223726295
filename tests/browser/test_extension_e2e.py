"""The extension end to end in Debian's Chromium, against the real server and real test pages.

Which assertions wait on which server route:
- highlights and badge: POST /analyses with claims from the detector (the samples must yield claims);
- popover questions: POST /claims/<id>/questions; feedback buttons: POST /claims/<id>/feedback;
- side panel: GET /history, DELETE /history/<page_id>, GET /claims/<id>/related.
"""

from __future__ import annotations

import json
import time
import urllib.parse

import pytest

from ..serverproc import free_port
from ..waiting import wait_for
from .harness import PAGES, UNGRANTED_HOST, accessible_names, highlighted_text, squash

pytestmark = pytest.mark.browser

SAMPLES = ["daily_star_mercenaries.html", "sputnik_16000_mercenaries.html", "bbc_putin_volunteers.html", "hostile_payloads.html"]


def open_and_analyse(browser, page_server, name: str):
    page = browser.context.new_page()
    url = page_server.url(name)
    page.goto(url)
    result = browser.analyse(url)
    assert result.get("ok"), result
    return page, url, result



def poll(read, deadline_s: float = 10):
    """Read until it returns something truthy or the deadline passes; return the last reading."""
    deadline = time.monotonic() + deadline_s
    value = read()
    while not value and time.monotonic() < deadline:
        time.sleep(0.05)  # polling interval while waiting for a condition, not synchronisation
        value = read()
    return value


def popover_state(page, claim_id: str, state: str, timeout: float = 20_000) -> None:
    page.wait_for_selector(f'claimlight-popover[data-claim-id="{claim_id}"][data-questions="{state}"]', state="attached", timeout=timeout)


def click_in_popover(page, label: str) -> None:
    """Click a button inside the popover's closed shadow root where a reader would: at its place on screen."""
    session = page.context.new_cdp_session(page)
    try:
        root = session.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
        stack, target = [root], None
        while stack and target is None:
            node = stack.pop()
            if node.get("nodeName") == "BUTTON" and any(c.get("nodeValue") == label for c in node.get("children", [])):
                target = node
            stack.extend(node.get("children", []) + node.get("shadowRoots", []))
        assert target is not None, f"no button {label!r} in the popover"
        session.send("DOM.scrollIntoViewIfNeeded", {"backendNodeId": target["backendNodeId"]})  # the panel scrolls when tall
        quad = session.send("DOM.getBoxModel", {"backendNodeId": target["backendNodeId"]})["model"]["content"]
    finally:
        session.detach()
    page.mouse.click((quad[0] + quad[4]) / 2, (quad[1] + quad[5]) / 2)


def test_options_page_tells_each_mistake_apart(browser, claimlight_server, page_server, screenshots):
    nothing_there = f"http://127.0.0.1:{free_port()}"
    assert "Cannot reach a server" in browser.pair(nothing_there, claimlight_server.token, expect="Cannot reach")
    not_claimlight = page_server.url("").rstrip("/")
    assert "not a Claimlight server" in browser.pair(not_claimlight, claimlight_server.token, expect="not a Claimlight server")
    assert "token" in browser.pair(claimlight_server.base_url, "wrong-token", expect="refused the token")
    assert "127.0.0.1 or localhost" in browser.pair("http://192.168.1.20:8765", claimlight_server.token, expect="only to a server on this machine")
    assert "Connected to Claimlight" in browser.pair(claimlight_server.base_url, claimlight_server.token)
    browser.control.screenshot(path=str(screenshots / "options.png"))
    stored = browser.control.evaluate("() => chrome.storage.local.get(null)")
    assert stored["serverUrl"] == claimlight_server.base_url and "token" not in stored
    assert browser.control.evaluate("() => import('/lib/pairing.js').then((pairing) => pairing.loadToken())") == claimlight_server.token


# In the tab's content-script world (the isolated world the extension's content scripts share).
LISTEN_IN_CONTENT_WORLD = """async (tabId) => chrome.scripting.executeScript({ target: { tabId }, func: () => {
    globalThis.heardChanges = [];
    chrome.storage.onChanged.addListener((changes, area) => globalThis.heardChanges.push({ area, changes }));
} })"""
READ_IN_CONTENT_WORLD = """async (tabId) => (await chrome.scripting.executeScript({ target: { tabId }, func: async () => ({
    heard: globalThis.heardChanges,
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null).then(() => "readable", (error) => `refused: ${error.message}`),
}) }))[0].result"""


def test_content_scripts_can_neither_read_the_token_nor_hear_it_saved(paired, claimlight_server, page_server):
    page, url, result = open_and_analyse(paired, page_server, "bbc_putin_volunteers.html")
    tab_id = paired.tab_id(page)
    paired.worker.evaluate(LISTEN_IN_CONTENT_WORLD, tab_id)
    # Two pairings that change both the address and the token while the page listens (storage broadcasts changes only).
    paired.pair(claimlight_server.base_url, "wrong-token", expect="refused the token")
    paired.pair(claimlight_server.base_url.replace("127.0.0.1", "localhost"), claimlight_server.token)
    try:
        # A change after the pairings, heard in the page: every change before it has been delivered too.
        paired.set_prefs(contentWorldProbe=url)
        assert wait_for(lambda: any("contentWorldProbe" in heard["changes"] for heard in paired.worker.evaluate(READ_IN_CONTENT_WORLD, tab_id)["heard"]))
        seen = paired.worker.evaluate(READ_IN_CONTENT_WORLD, tab_id)
    finally:
        paired.control.evaluate("() => chrome.storage.local.remove('contentWorldProbe')")
        paired.pair(claimlight_server.base_url, claimlight_server.token)
    heard = json.dumps(seen)
    assert claimlight_server.token not in heard and "wrong-token" not in heard, seen
    assert any("serverUrl" in change["changes"] for change in seen["heard"]), "the page did not hear the pairings being saved"
    assert seen["session"].startswith("refused"), seen["session"]
    page.close()


CONNECT = """async (url) => fetch(url, { mode: "no-cors", cache: "no-store" }).then(() => "connected", () => "refused")"""


def test_the_extension_connects_to_loopback_only(paired, page_server):
    """connect-src in the manifest's CSP: a name that resolves to loopback but is not 127.0.0.1 or localhost is refused
    by the extension's pages and its service worker alike (no-cors, so nothing but the CSP could refuse it)."""
    loopback = page_server.url("")
    elsewhere = page_server.url("", host=UNGRANTED_HOST)
    for context in (paired.control, paired.worker):
        assert context.evaluate(CONNECT, loopback) == "connected"
        assert context.evaluate(CONNECT, elsewhere) == "refused"


def test_a_page_not_in_english_gets_a_neutral_badge_that_says_why(paired, site):
    page = paired.context.new_page()
    url = site.url("french_article.html")
    page.goto(url)
    result = paired.analyse(url)
    assert result["status"] == "not-read" and result["reason"]["code"] == "unsupported_language", result
    seen = paired.state_of_tab(paired.tab_id(page))
    assert seen["badge"] == "–" and "reads English pages only" in seen["title"], seen
    popup = paired.open_beside(page, "popup/popup.html")
    status = popup.locator("#status")
    status.filter(has_text="reads English pages only").wait_for(timeout=10_000)
    assert status.get_attribute("class").split() == ["status"], "shown as a failure"
    popup.close()
    page.close()


@pytest.mark.parametrize("name", SAMPLES)
def test_every_returned_claim_is_highlighted_at_its_text(paired, claimlight_server, page_server, screenshots, name):
    page, url, result = open_and_analyse(paired, page_server, name)
    claims = claimlight_server.claims(result["analysisId"])
    assert claims, f"the server found no claims in {name}"
    marked = highlighted_text(page)
    for claim in claims:
        assert marked.get(claim["id"]) == squash(claim["text"]), f"claim {claim['id']} highlighted as {marked.get(claim['id'])!r}"
    assert result["anchored"] == len(claims)
    high = sum(1 for c in claims if c["level"] == "high")
    assert paired.tab_state(url)["badge"] == str(high)
    page.screenshot(path=str(screenshots / f"highlights-{name.removesuffix('.html')}.png"), full_page=True)
    page.close()


def test_not_a_claim_lowers_the_highlight_at_once_and_useful_puts_it_back(paired, claimlight_server, page_server):
    page, url, result = open_and_analyse(paired, page_server, "daily_star_mercenaries.html")
    claim = next(c for c in claimlight_server.claims(result["analysisId"]) if c["level"] == "high")
    page.locator(f'claimlight-mark[data-claim-id="{claim["id"]}"][data-part="first"]').click()
    popover_state(page, claim["id"], "ready")
    shown_level = lambda: page.evaluate(
        "(id) => document.querySelector(`claimlight-mark[data-claim-id='${id}']`).dataset.level", claim["id"])
    stored_level = lambda: next(c for c in claimlight_server.claims(result["analysisId"]) if c["id"] == claim["id"])["level"]

    click_in_popover(page, "Not a claim")
    assert poll(lambda: shown_level() == "low") and stored_level() == "low"
    click_in_popover(page, "Useful")
    assert poll(lambda: shown_level() == "high") and stored_level() == "high"
    page.close()


def test_popover_shows_questions_by_click_and_keyboard(paired, claimlight_server, page_server, screenshots):
    page, url, result = open_and_analyse(paired, page_server, "daily_star_mercenaries.html")
    claims = claimlight_server.claims(result["analysisId"])
    claim = next((c for c in claims if c["level"] == "high"), claims[0])
    mark = page.locator(f'claimlight-mark[data-claim-id="{claim["id"]}"][data-part="first"]')
    mark.click()
    popover_state(page, claim["id"], "ready")
    status, answer, _ = claimlight_server.request("POST", f"/api/v1/claims/{claim['id']}/questions", {})
    assert status == 200 and answer["questions"], answer
    names = " | ".join(accessible_names(page))
    for question in answer["questions"]:
        assert squash(question["text"]) in names
    assert ("model-written" if answer["questions"][0]["by"] == "model" else "template") in names
    page.screenshot(path=str(screenshots / "popover.png"))
    page.emulate_media(color_scheme="dark")
    page.screenshot(path=str(screenshots / "popover-dark.png"))
    page.emulate_media(color_scheme="light")

    click_in_popover(page, "Useful")
    stored_feedback = lambda: next(c for c in claimlight_server.claims(result["analysisId"]) if c["id"] == claim["id"]).get("feedback")
    assert poll(stored_feedback) == "useful"

    page.keyboard.press("Escape")
    page.wait_for_selector("claimlight-popover", state="detached")
    assert page.evaluate("() => document.activeElement.dataset.claimId") == claim["id"]

    page.keyboard.press("Enter")
    popover_state(page, claim["id"], "ready")
    page.keyboard.press("Escape")
    page.wait_for_selector("claimlight-popover", state="detached")
    page.close()


def test_popover_shows_what_to_look_for_and_searches_only_on_click(paired, claimlight_server, page_server):
    search_template = page_server.url("search?q=%s")
    options = paired.control
    options.goto(f"{paired.base}/options/options.html")
    options.get_by_label("Other (your own address, below)").check()
    options.fill("#search-template", "javascript:alert(%s)")
    options.click("#save-search")
    options.locator("#search-status.bad", has_text="https://").wait_for(timeout=5_000)
    options.fill("#search-template", search_template)
    options.click("#save-search")
    options.locator("#search-status.ok", has_text="your own search address").wait_for(timeout=5_000)
    try:
        page, url, result = open_and_analyse(paired, page_server, "sputnik_16000_mercenaries.html")
        claims = claimlight_server.claims(result["analysisId"])
        claim = next(c for c in claims if c["figures"])
        page.locator(f'claimlight-mark[data-claim-id="{claim["id"]}"][data-part="first"]').click()
        popover_state(page, claim["id"], "ready")
        status, answer, _ = claimlight_server.request("POST", f"/api/v1/claims/{claim['id']}/questions", {})
        assert status == 200, answer
        names = " | ".join(accessible_names(page))
        for question in answer["questions"]:  # older servers send no look_for: then there is nothing to show
            if question.get("look_for"):
                assert squash("Look for: " + "; ".join(question["look_for"])) in names
        assert "Search for this" in names
        pages_before = len(paired.context.pages)  # opening the popover opened nothing

        with paired.context.expect_page(timeout=10_000) as opened:
            click_in_popover(page, "Search for this")
        search = opened.value
        search.wait_for_load_state("domcontentloaded")
        assert search.url.startswith(search_template.split("%s")[0])
        query = urllib.parse.unquote(search.url.split("?q=", 1)[1])
        assert claim["figures"][0]["text"] in query
        assert len(query.split()) <= 12 and query != squash(claim["text"])
        assert len(paired.context.pages) == pages_before + 1
        assert poll(lambda: any(n.startswith("Opened your search engine in a new tab") for n in accessible_names(page)))
        search.close()
        page.close()
    finally:
        paired.set_prefs(searchEngine="duckduckgo", searchTemplate="")


def test_side_panel_lists_searches_and_deletes_pages(paired, claimlight_server, page_server, screenshots):
    page, url, result = open_and_analyse(paired, page_server, "bbc_putin_volunteers.html")
    title = page.title()
    page.close()
    panel = paired.open_page("sidepanel/sidepanel.html")
    panel.set_viewport_size({"width": 400, "height": 900})  # the width of Chrome's side panel
    entry = panel.locator("li.page", has_text=title)
    entry.wait_for(timeout=20_000)
    panel.screenshot(path=str(screenshots / "side-panel.png"), full_page=True)

    entry.get_by_role("button", name="Claims").click()
    first_claim = entry.locator("li.claim").first
    first_claim.wait_for(timeout=10_000)
    show_link = first_claim.get_by_role("link", name="Show in page")
    assert "#:~:text=" in show_link.get_attribute("href")

    panel.fill("#search", "Putin")
    panel.locator("li.page", has_text=title).wait_for(timeout=10_000)
    panel.fill("#search", "zzzz-no-such-page")
    panel.locator("#history-status", has_text="No pages match").wait_for(timeout=10_000)
    panel.fill("#search", "")
    entry = panel.locator("li.page", has_text=title)
    entry.wait_for(timeout=10_000)
    page_id = entry.get_attribute("data-page-id")

    entry.get_by_role("button", name="Delete").click()
    entry.wait_for(state="detached", timeout=10_000)
    status, history, _ = claimlight_server.request("GET", "/api/v1/history?limit=100")
    assert status == 200
    assert page_id not in [p["page_id"] for p in history["pages"]]
    panel.close()


def test_hostile_page_text_stays_text(paired, claimlight_server, page_server):
    page = paired.context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    url = page_server.url("hostile_payloads.html")
    page.goto(url)
    title = page.title()
    images, scripts = page.evaluate("() => [document.images.length, document.scripts.length]")
    result = paired.analyse(url)
    assert result.get("ok"), result
    claims = claimlight_server.claims(result["analysisId"])
    for claim in claims:
        page.locator(f'claimlight-mark[data-claim-id="{claim["id"]}"][data-part="first"]').click()
        page.wait_for_selector(f'claimlight-popover[data-claim-id="{claim["id"]}"]:not([data-questions="loading"])', state="attached", timeout=20_000)
        page.keyboard.press("Escape")
        page.wait_for_selector("claimlight-popover", state="detached")
    assert page.evaluate("() => [document.images.length, document.scripts.length]") == [images, scripts]
    assert page.title() == title
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
    article = squash(page.inner_text("article"))
    assert "<img src=x onerror=alert(1)>" in article
    assert '</p><script src="https://evil.example/x.js"></script>' in article
    page.close()


def test_late_content_is_analysed_again_and_highlighted(paired, claimlight_server, page_server):
    expected = json.loads((PAGES / "expected" / "late_content.json").read_text())
    late_quotes = [squash(c["quote"]) for c in expected["late_claims"]]
    page = paired.context.new_page()
    url = page_server.url("late_content.html")
    # Hold the late paragraphs back long enough that the first analysis surely runs without them.
    page.route(url, lambda route: route.fulfill(response=route.fetch(), body=(PAGES / "late_content.html").read_text().replace("}, 300);", "}, 2500);")))
    page.goto(url)
    first = paired.analyse(url)
    assert first.get("ok"), first
    assert page.get_attribute("#story-continued", "data-loaded") is None, "the late paragraphs arrived before the first analysis"
    first_texts = " ".join(c["text"] for c in claimlight_server.claims(first["analysisId"]))
    assert not any(q in first_texts for q in late_quotes)
    page.wait_for_function(
        """(quotes) => {
            const marked = [...document.querySelectorAll("claimlight-mark")].map((m) => m.textContent).join(" ").replace(/\\s+/g, " ");
            return quotes.every((q) => marked.includes(q));
        }""",
        arg=late_quotes, timeout=30_000,
    )
    page.close()


def marks_following(rule: str) -> str:
    """A JS function: whether every mark is shown exactly when `rule` (an expression over `mark`) holds."""
    return f"() => [...document.querySelectorAll('claimlight-mark')].every((mark) => (mark.dataset.shown === 'true') === Boolean({rule}))"


def marks_follow(page, rule: str) -> None:
    page.wait_for_function(marks_following(rule), timeout=10_000)


def open_popup_for(browser, page_url: str):
    """The toolbar popup as the reader gets it: a page whose active tab is the one showing page_url."""
    with browser.context.expect_page() as opened:
        browser.control.evaluate(
            """async ([url, popup]) => {
                const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
                await chrome.tabs.create({ url: popup, windowId: tab.windowId, active: false });
            }""",
            [page_url, f"{browser.base}/popup/popup.html"],
        )
    return opened.value


def test_claim_filter_sticks_per_site_and_toggle_restyles_the_marks(paired, claimlight_server, page_server, screenshots):
    page, url, result = open_and_analyse(paired, page_server, "sputnik_16000_mercenaries.html")
    claims = claimlight_server.claims(result["analysisId"])
    with_figures = [c["id"] for c in claims if c["figures"] or "numerical" in c["kinds"]]
    assert 0 < len(with_figures) < len(claims), "the sample needs claims with and without figures"
    site_filter = "claimFilter:127.0.0.1"
    try:
        popup = open_popup_for(paired, url)
        popup.locator("#filter-site", has_text="on 127.0.0.1").wait_for(timeout=10_000)
        popup.select_option("#claim-filter", "high")
        marks_follow(page, "mark.dataset.level === 'high'")
        popup.select_option("#claim-filter", "figures")
        marks_follow(page, f"{json.dumps(with_figures)}.includes(mark.dataset.claimId)")
        assert paired.control.evaluate("(key) => chrome.storage.local.get(key)", site_filter) == {site_filter: "figures"}
        popup.set_viewport_size({"width": 340, "height": 480})
        popup.screenshot(path=str(screenshots / "popup.png"))
        popup.close()
        paired.set_prefs(showHighlights=False)
        marks_follow(page, "false")
        assert page.evaluate("() => [...document.querySelectorAll('claimlight-mark')].every((m) => !m.hasAttribute('tabindex'))")
        paired.set_prefs(showHighlights=True)
        page.close()

        # The same site analysed again: the choice applies without the reader doing anything.
        page, url, result = open_and_analyse(paired, page_server, "sputnik_16000_mercenaries.html")
        assert page.evaluate("() => document.querySelectorAll('claimlight-mark').length") > 0
        assert page.evaluate(marks_following(f"{json.dumps(with_figures)}.includes(mark.dataset.claimId)"))
        popup = open_popup_for(paired, url)
        popup.locator("#filter-site", has_text="on 127.0.0.1").wait_for(timeout=10_000)
        assert popup.input_value("#claim-filter") == "figures"
        popup.select_option("#claim-filter", "all")
        marks_follow(page, "true")
        assert paired.control.evaluate("(key) => chrome.storage.local.get(key)", site_filter) == {}
        popup.close()
        page.close()
    finally:
        paired.control.evaluate("(key) => chrome.storage.local.remove(key)", site_filter)


def test_page_scripts_cannot_reach_the_extension(paired, page_server):
    page, url, result = open_and_analyse(paired, page_server, "daily_star_mercenaries.html")
    exposed = page.evaluate(
        """() => ({
            globals: Object.keys(window).filter((k) => /claimlight/i.test(k)),
            runtime: typeof chrome !== "undefined" && !!(chrome.runtime && chrome.runtime.sendMessage),
        })"""
    )
    assert exposed == {"globals": [], "runtime": False}
    page.close()


def test_failures_show_in_badge_and_popup(paired, claimlight_server, page_server, screenshots):
    page = paired.context.new_page()
    url = page_server.url("daily_star_mercenaries.html")
    page.goto(url)
    paired.pair(f"http://127.0.0.1:{free_port()}", claimlight_server.token, expect="Cannot reach")
    try:
        result = paired.analyse(url)
        assert result["ok"] is False and result["error"]["code"] == "server_down", result
        state = paired.tab_state(url)
        assert state["badge"] == "!"
        assert "claimlight serve" in state["state"]["error"]["message"]
    finally:
        paired.pair(claimlight_server.base_url, claimlight_server.token)
    page.close()

    popup = paired.open_page("popup/popup.html")  # as a tab, its active tab is itself: a page Claimlight may not read
    popup.set_viewport_size({"width": 340, "height": 420})
    popup.locator("#status.bad", has_text="cannot read this page").wait_for(timeout=20_000)
    popup.screenshot(path=str(screenshots / "popup-error.png"))
    popup.close()


def test_chosen_sites_are_analysed_on_load(paired, claimlight_server, page_server):
    registered = "() => chrome.scripting.getRegisteredContentScripts().then((scripts) => scripts.map((s) => s.matches))"
    paired.set_prefs(autoSites=["http://127.0.0.1/*"])  # already granted through host_permissions, so no prompt
    try:
        paired.control.wait_for_function(f"async () => ({registered})().then((m) => m.length === 1)", timeout=10_000)
        page = paired.context.new_page()
        url = page_server.url("bbc_putin_volunteers.html")
        page.goto(url)
        page.wait_for_selector("claimlight-mark", state="attached", timeout=30_000)
        state = poll(lambda: (paired.tab_state(url)["state"] or {}).get("status") == "done" and paired.tab_state(url))
        claims = claimlight_server.claims(state["state"]["analysisId"])
        assert highlighted_text(page) == {c["id"]: squash(c["text"]) for c in claims}
        page.close()
    finally:
        paired.set_prefs(autoSites=[])
        paired.control.wait_for_function(f"async () => ({registered})().then((m) => m.length === 0)", timeout=10_000)
