"""Reading with the extension (issue 12, items 4 and 6), in Chromium against the real server.

The model's progress: a proxy in front of the rules-only server (model_proxy.py) holds the
model's event stream open for as long as a test wants and sends the upgrades it chooses, so
the tests see the levels provisional while the model works and final once it is done. It also
holds question requests, to show that asking twice for one claim makes one request.

Keyboard and colour blindness: a shape per level that survives page CSS and forced colours,
links inside claims, the side panel's list of this tab's claims, next/previous-claim keys, a
popover that never covers its claim, and "this page changed since you read it".
"""

from __future__ import annotations

import pytest

from ..waiting import wait_for
from .harness import BROWSER_PAGES, accessible_names, squash
from .model_proxy import ModelProxy

pytestmark = pytest.mark.browser

ARTICLE = "harbour_article.html"
SHAPES = {"high": "solid", "medium": "dashed", "low": "dotted"}


@pytest.fixture(scope="module")
def proxy(claimlight_server):
    in_front = ModelProxy(claimlight_server.base_url).start()
    yield in_front
    in_front.stop()


@pytest.fixture(scope="module")
def paired(browser, claimlight_server, proxy):
    """The extension paired with the proxy: everything reaches the real server, on the test's timing."""
    browser.pair(proxy.base_url, claimlight_server.token)
    return browser



def open_analysed(browser, site, tag: str, viewport: dict | None = None):
    """The article under its own address (`?t=tag`, so each test has its own history entry), analysed."""
    page = browser.context.new_page()
    if viewport:
        page.set_viewport_size(viewport)
    url = site.url(f"{ARTICLE}?t={tag}")
    page.goto(url)
    result = browser.analyse(url)
    assert result.get("ok"), result
    return page, url, result


def first_mark(claim_id: str) -> str:
    return f'claimlight-mark[data-claim-id="{claim_id}"][data-part="first"]'


def popover_ready(page, claim_id: str) -> None:
    page.wait_for_selector(f'claimlight-popover[data-claim-id="{claim_id}"][data-questions="ready"]', state="attached", timeout=20_000)


def names_include(page, text: str, timeout: float = 10) -> bool:
    return wait_for(lambda: any(text in name for name in accessible_names(page)), timeout=timeout)


def test_levels_stay_provisional_until_the_model_is_done(paired, claimlight_server, proxy, site):
    proxy.hold_events = True
    try:
        page, url, result = open_analysed(paired, site, "provisional")
        analysis_id = result["analysisId"]
        proxy.wait_for_stream(analysis_id)
        claims = claimlight_server.claims(analysis_id)
        tab = paired.tab_id(page)

        # While the model works: the badge's tooltip, the marks, the popup, the side panel and the popover say so.
        held = paired.state_of_tab(tab)
        assert held["state"]["modelPending"] is True
        assert f"provisional: the local model is still checking the claims (0 of {len(claims)} checked)" in held["title"]
        assert page.evaluate("() => [...document.querySelectorAll('claimlight-mark')].every((m) => m.dataset.provisional === 'true')")
        popup = paired.open_beside(page, "popup/popup.html")
        popup.locator("#notes", has_text="Levels are provisional").wait_for(timeout=10_000)
        panel = paired.open_beside(page, "sidepanel/sidepanel.html")
        panel.locator("#tab-claims button.claim-jump").nth(len(claims) - 1).wait_for(timeout=10_000)
        assert panel.locator('#tab-claims button.claim-jump[data-provisional="true"]').count() == len(claims)

        target = next(c for c in claims if c["level"] == "high")
        page.bring_to_front()
        page.locator(first_mark(target["id"])).click()
        popover_ready(page, target["id"])
        assert names_include(page, "Provisional level: the local model is still checking this claim")

        # The model demotes one claim: the page, the open popover and the counts follow at once.
        demoted = {**target, "level": "low", "judged_by": "model:test-model",
                   "reasons": ["the model reads this as probably not a checkable claim (score 0.12); shown as low"]}
        proxy.send_upgrades(analysis_id, [demoted], done=False)
        page.wait_for_function(f"""() => {{ const m = document.querySelector('{first_mark(target["id"])}');
            return m.dataset.level === 'low' && !m.dataset.provisional; }}""", timeout=10_000)
        assert names_include(page, "Low: check before believing")
        assert names_include(page, "probably not a checkable claim")
        high = sum(c["level"] == "high" for c in claims)
        assert wait_for(lambda: paired.state_of_tab(tab)["badge"] == str(high - 1))
        assert f"(1 of {len(claims)} checked)" in paired.state_of_tab(tab)["title"]
        panel.locator(f'#tab-claims button.claim-jump[data-claim-id="{target["id"]}"][data-level="low"][data-provisional="false"]').wait_for(timeout=10_000)

        # The model is done, however long it took: nothing is provisional any more, and the upgrade stays.
        proxy.send_upgrades(analysis_id, [], done=True)
        assert wait_for(lambda: paired.state_of_tab(tab)["state"]["modelPending"] is False)
        final = paired.state_of_tab(tab)
        assert "provisional" not in final["title"]
        assert final["badge"] == str(high - 1)
        page.wait_for_function("() => ![...document.querySelectorAll('claimlight-mark')].some((m) => m.dataset.provisional)", timeout=10_000)
        assert page.get_attribute(first_mark(target["id"]), "data-level") == "low"
        popup.locator("#notes", has_text="provisional").wait_for(state="detached", timeout=10_000)
        panel.locator('#tab-claims button.claim-jump[data-provisional="true"]').first.wait_for(state="detached", timeout=10_000)
        for extension_page in (popup, panel, page):
            extension_page.close()
    finally:
        proxy.hold_events = False


def test_one_request_for_a_claim_asked_twice_and_none_for_a_page_scripts_click(paired, proxy, claimlight_server, site):
    page, url, result = open_analysed(paired, site, "questions")
    claims = claimlight_server.claims(result["analysisId"])
    clicked_by_page, reader_claim = claims[0], claims[1]
    page.evaluate("""() => { window.__popovers = [];
        new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes)
            if (n.localName === 'claimlight-popover') window.__popovers.push(n.dataset.claimId); })
        .observe(document.documentElement, { childList: true }); }""")
    proxy.question_requests.clear()
    proxy.questions_release.clear()
    try:
        # A page script clicks a highlight: not the reader, so nothing opens and nothing is asked.
        page.evaluate("(selector) => document.querySelector(selector).click()", first_mark(clicked_by_page["id"]))
        # The reader opens a claim, closes it while its questions are being written, and opens it again.
        mark = page.locator(first_mark(reader_claim["id"]))
        mark.click()
        page.wait_for_selector(f'claimlight-popover[data-claim-id="{reader_claim["id"]}"][data-questions="loading"]', state="attached")
        page.keyboard.press("Escape")
        page.wait_for_selector("claimlight-popover", state="detached")
        mark.click()
        page.wait_for_selector(f'claimlight-popover[data-claim-id="{reader_claim["id"]}"][data-questions="loading"]', state="attached")
        assert wait_for(lambda: proxy.question_requests == [reader_claim["id"]])
    finally:
        proxy.questions_release.set()
    popover_ready(page, reader_claim["id"])
    assert proxy.question_requests == [reader_claim["id"]], "the second opening shared the first request"
    assert page.evaluate("() => window.__popovers") == [reader_claim["id"], reader_claim["id"]]
    page.close()


def level_looks(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('claimlight-mark')].map((m) => {
        const s = getComputedStyle(m);
        return { id: m.dataset.claimId, level: m.dataset.level, inLink: Boolean(m.closest('a')), display: s.display,
                 shape: s.borderBottomStyle, width: parseFloat(s.borderBottomWidth), colour: s.color, inline: m.style.getPropertyValue('border-bottom-color') };
    })""")


def test_each_level_has_its_own_underline_shape_that_page_css_and_forced_colours_keep(paired, claimlight_server, site, screenshots):
    page, url, result = open_analysed(paired, site, "look")
    claims = claimlight_server.claims(result["analysisId"])
    assert {c["level"] for c in claims} == set(SHAPES), "the article needs claims of every level"
    looks = level_looks(page)
    assert looks and all(look["display"] == "inline" for look in looks), "the page's `claimlight-mark { display: none }` lost"
    for look in looks:
        assert (look["shape"], look["width"] >= 2) == (SHAPES[look["level"]], True), look
    in_link = [look for look in looks if look["inLink"]]
    assert in_link, "the article has a claim with a link inside"
    link_colour = page.evaluate("() => getComputedStyle(document.querySelector('article a')).color")
    assert link_colour == "rgb(0, 102, 51)"
    assert {look["colour"] for look in in_link} == {link_colour}, "words inside a link keep the site's link colour"
    assert all(look["colour"] == "rgb(26, 26, 26)" for look in looks if not look["inLink"])
    page.screenshot(path=str(screenshots / "levels-shapes.png"))

    page.emulate_media(forced_colors="active")
    page.wait_for_function("() => [...document.querySelectorAll('claimlight-mark')].every((m) => /canvastext|linktext/i.test(m.style.getPropertyValue('border-bottom-color')))",
                           timeout=10_000)
    for look in level_looks(page):
        assert (look["shape"], look["width"] >= 2) == (SHAPES[look["level"]], True), f"in forced colours: {look}"
    page.screenshot(path=str(screenshots / "levels-forced-colours.png"))
    page.emulate_media(forced_colors="none")
    page.close()


def active_claim(page) -> str | None:
    return page.evaluate("() => document.activeElement?.localName === 'claimlight-mark' ? document.activeElement.dataset.claimId : null")


def test_side_panel_lists_this_tabs_claims_and_keys_move_from_claim_to_claim(paired, claimlight_server, site, screenshots):
    page, url, result = open_analysed(paired, site, "keys")
    claims = claimlight_server.claims(result["analysisId"])
    order = [c["id"] for c in claims]
    panel = paired.open_beside(page, "sidepanel/sidepanel.html")
    panel.set_viewport_size({"width": 400, "height": 900})
    entries = panel.locator("#tab-claims button.claim-jump")
    entries.nth(len(order) - 1).wait_for(timeout=10_000)
    assert [entries.nth(i).get_attribute("data-claim-id") for i in range(entries.count())] == order
    assert squash(claims[2]["text"])[:60] in squash(entries.nth(2).inner_text())
    assert entries.nth(2).get_attribute("data-level") == claims[2]["level"]
    # The panel's level badges take the marks' underline shape and colour from the same table (lib/common.js).
    badges = panel.evaluate("""() => [...document.querySelectorAll('#tab-claims .level')].map((badge) => ({
        level: badge.textContent, shape: getComputedStyle(badge).borderBottomStyle,
        same_colour: getComputedStyle(badge).borderBottomColor === getComputedStyle(badge).color }))""")
    assert {badge["level"] for badge in badges} == set(SHAPES)
    assert all(badge["shape"] == SHAPES[badge["level"]] and badge["same_colour"] for badge in badges), badges
    panel.screenshot(path=str(screenshots / "side-panel-this-tab.png"))

    entries.nth(2).click()
    assert wait_for(lambda: active_claim(page) == order[2]), "choosing a claim in the side panel focuses its mark"
    page.bring_to_front()
    page.keyboard.press("n")
    assert active_claim(page) == order[3]
    page.keyboard.press("p")
    page.keyboard.press("p")
    assert active_claim(page) == order[1]
    paired.run_shortcut("previous-claim", page)
    assert active_claim(page) == order[0]
    paired.run_shortcut("previous-claim", page)
    assert active_claim(page) == order[-1], "before the first claim comes the last"
    paired.run_shortcut("next-claim", page)
    assert active_claim(page) == order[0]
    page.keyboard.press("Enter")
    popover_ready(page, order[0])
    panel.close()
    page.close()


OVERLAP = """(id) => {
    const box = document.querySelector('claimlight-popover').getBoundingClientRect();
    const lines = [...document.querySelectorAll(`claimlight-mark[data-claim-id="${id}"]`)].flatMap((m) => [...m.getClientRects()]);
    return { lines: lines.length, height: box.height,
             covered: lines.filter((r) => r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right).length };
}"""


# Resolves once two frames have been drawn: the popover follows its claim once a frame.
NEXT_FRAMES = "() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))"


def test_the_popover_never_covers_its_claim(paired, claimlight_server, site, screenshots):
    page, url, result = open_analysed(paired, site, "placement", viewport={"width": 520, "height": 640})
    claims = claimlight_server.claims(result["analysisId"])
    # A claim with a link inside: several marks over several lines, the first of them on the first line only.
    claim = next(c for c in claims if "fisheries board" in c["text"])
    shape = page.evaluate("""(id) => { const marks = [...document.querySelectorAll(`claimlight-mark[data-claim-id="${id}"]`)];
        return { marks: marks.length, firstBottom: marks[0].getBoundingClientRect().bottom,
                 lastBottom: Math.max(...marks.map((m) => m.getBoundingClientRect().bottom)) }; }""", claim["id"])
    assert shape["marks"] >= 3 and shape["firstBottom"] < shape["lastBottom"], shape
    mark = page.locator(first_mark(claim["id"]))
    # Room below the claim, then only above it; each time the page is then scrolled towards the popover.
    for where, towards in (("start", -80), ("end", 80)):
        page.evaluate("([selector, where]) => document.querySelector(selector).scrollIntoView({ block: where })", [first_mark(claim["id"]), where])
        mark.click()
        popover_ready(page, claim["id"])
        placed = page.evaluate(OVERLAP, claim["id"])
        assert placed["lines"] >= 2 and placed["height"] > 100, placed
        assert placed["covered"] == 0, f"the popover covers the claim when the claim is at the {where} of the view: {placed}"
        page.screenshot(path=str(screenshots / f"popover-beside-claim-{where}.png"))
        before = page.evaluate("() => scrollY")
        page.mouse.wheel(0, towards)
        page.wait_for_function("([y, by]) => Math.abs(scrollY - y) >= Math.abs(by)", arg=[before, towards], timeout=5_000)
        page.evaluate(NEXT_FRAMES)
        assert page.evaluate(OVERLAP, claim["id"])["covered"] == 0, f"scrolled {towards} px, the popover covers the claim"
        page.keyboard.press("Escape")
        page.wait_for_selector("claimlight-popover", state="detached")
    page.close()


def test_a_page_that_changed_since_it_was_read_says_so(paired, claimlight_server, site):
    page, url, first = open_analysed(paired, site, "changes")
    original = (BROWSER_PAGES / ARTICLE).read_text()
    assert "£48m" in original
    page.route(url, lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=original.replace("£48m", "£52m")))
    page.reload()
    second = paired.analyse(url)
    assert second.get("ok"), second
    changed = second["changes"]["figuresChanged"]
    assert len(changed) == 1 and "£48m" in changed[0]["before"] and "£52m" in changed[0]["after"], second["changes"]
    popup = paired.open_beside(page, "popup/popup.html")
    popup.locator("#notes", has_text="This page changed since you last read it: 1 figure changed").wait_for(timeout=10_000)
    popup.close()
    page.bring_to_front()
    page.locator(first_mark(changed[0]["claimId"])).click()
    popover_ready(page, changed[0]["claimId"])
    assert names_include(page, "Changed since you last read this page: the figures were £48m")
    page.keyboard.press("Escape")

    # Analysed again in the same visit: the same version, the same note.
    again = paired.analyse(url)
    assert again["changes"] == second["changes"]
    page.unroute(url)
    page.close()
