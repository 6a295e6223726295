"""The core of the end-to-end suite in firefox-esr: pair, analyse, highlights, popover with questions, side panel.

The same assertions as tests/browser/test_extension_e2e.py makes in Chromium, against the
Firefox build (extension/scripts/make-firefox.mjs), the real server and real test pages.
"""

from __future__ import annotations

import pytest

from ..browser.harness import squash
from .harness import ENTER, ESCAPE

pytestmark = pytest.mark.browser

SAMPLES = ["daily_star_mercenaries.html", "sputnik_16000_mercenaries.html", "bbc_putin_volunteers.html", "hostile_payloads.html"]

HIGHLIGHTED_TEXT = """() => {
    const byClaim = {};
    for (const mark of document.querySelectorAll("claimlight-mark")) {
        byClaim[mark.dataset.claimId] = (byClaim[mark.dataset.claimId] || "") + mark.textContent;
    }
    return byClaim;
}"""


def open_and_analyse(paired, page_server, name: str):
    url = page_server.url(name)
    page = paired.firefox.new_tab(url)
    result = paired.analyse(url)
    assert result.get("ok"), result
    return page, url, result



def popover_text(page, claim_id: str, questions: str = "ready") -> str:
    """Wait until the claim's popover shows its questions; return the text of its closed shadow root."""
    selector = f'claimlight-popover[data-claim-id="{claim_id}"][data-questions="{questions}"]'
    page.wait_until("(selector) => document.querySelector(selector) !== null", selector, what=selector)
    host = page.node("(selector) => document.querySelector(selector)", selector)
    return squash(page.call_on(host["value"]["shadowRoot"], "(root) => root.textContent"))


def test_pairing_tells_a_wrong_token_from_a_working_one(extension, module_server):
    assert "token" in extension.pair(module_server.base_url, "wrong-token", expect="refused the token")
    assert "Connected to Claimlight" in extension.pair(module_server.base_url, module_server.token)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_returned_claim_is_highlighted_at_its_text(paired, module_server, page_server, screenshots, name):
    page, url, result = open_and_analyse(paired, page_server, name)
    claims = module_server.claims(result["analysisId"])
    assert claims, f"the server found no claims in {name}"
    marked = {claim_id: squash(text) for claim_id, text in page.call(HIGHLIGHTED_TEXT).items()}
    for claim in claims:
        assert marked.get(claim["id"]) == squash(claim["text"]), f"claim {claim['id']} highlighted as {marked.get(claim['id'])!r}"
    assert result["anchored"] == len(claims)
    high = sum(1 for c in claims if c["level"] == "high")
    assert paired.tab_state(url)["badge"] == str(high)
    page.screenshot(screenshots / f"firefox-highlights-{name.removesuffix('.html')}.png")
    page.close()


def test_popover_shows_questions_by_click_and_keyboard(paired, module_server, page_server, screenshots):
    page, url, result = open_and_analyse(paired, page_server, "daily_star_mercenaries.html")
    claims = module_server.claims(result["analysisId"])
    claim = next((c for c in claims if c["level"] == "high"), claims[0])
    mark = page.node("(id) => document.querySelector(`claimlight-mark[data-claim-id='${id}'][data-part='first']`)", claim["id"])
    page.click(mark)
    shown = popover_text(page, claim["id"])
    status, answer, _ = module_server.request("POST", f"/api/v1/claims/{claim['id']}/questions", {})
    assert status == 200 and answer["questions"], answer
    for question in answer["questions"]:
        assert squash(question["text"]) in shown
    assert ("model-written" if answer["questions"][0]["by"] == "model" else "template") in shown
    page.screenshot(screenshots / "firefox-popover.png")

    page.press(ESCAPE)
    page.wait_until("() => !document.querySelector('claimlight-popover')", what="the popover to close")
    assert page.call("() => document.activeElement.dataset.claimId") == claim["id"]
    page.press(ENTER)
    popover_text(page, claim["id"])
    page.close()


def test_side_panel_lists_the_analysed_page(paired, module_server, page_server, screenshots):
    page, url, result = open_and_analyse(paired, page_server, "bbc_putin_volunteers.html")
    title = page.call("() => document.title")
    page.close()
    status, analysis, _ = module_server.request("GET", f"/api/v1/analyses/{result['analysisId']}")
    assert status == 200, analysis
    # Firefox shows the side panel as a sidebar (sidebar_action); its page is the same one, opened here as a tab.
    panel = paired.open_page("sidepanel/sidepanel.html")
    listed_id = panel.wait_until(
        """(title) => [...document.querySelectorAll("li.page")].find((li) => li.textContent.includes(title))?.dataset.pageId""",
        title, what=f"the side panel to list {title!r}",
    )
    assert listed_id == analysis["page_id"]
    panel.screenshot(screenshots / "firefox-side-panel.png")
    panel.close()
