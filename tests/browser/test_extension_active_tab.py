"""The path real readers take (issue 12, item 3): a site the extension holds no permission for,
reached through activeTab, and tab state that follows the page through reloads and
single-page-app navigation.

The pages are served under UNGRANTED_HOST (Chromium maps the name to loopback) and the toolbar
button is pressed through the DevTools protocol (see harness.py): the extension reads such a page
only because the button, or a shortcut, granted it the tab.
"""

from __future__ import annotations

import pytest

from ..waiting import wait_for
from .harness import UNGRANTED_HOST, highlighted_text, squash

pytestmark = pytest.mark.browser

ARTICLE = "harbour_article.html"


def DONE(state):
    return (state or {}).get("status") == "done"


def CLEARED(state):
    return state is None



def wait_for_state(browser, tab_id: int, accept, what: str, timeout: float = 20) -> dict:
    """The tab's state, badge and tooltip once `accept(state)` holds, as the popup asks for it."""
    seen = {}

    def accepted():
        seen.update(browser.state_of_tab(tab_id))
        return accept(seen["state"])

    assert wait_for(accepted, timeout=timeout), f"waited {timeout} s for {what}; the tab shows {seen}"
    return dict(seen)


def assert_every_claim_highlighted(page, server, analysis_id: str) -> list[dict]:
    claims = server.claims(analysis_id)
    assert claims, "the server found no claims"
    page.wait_for_function("(n) => new Set([...document.querySelectorAll('claimlight-mark')].map((m) => m.dataset.claimId)).size === n",
                           arg=len(claims), timeout=20_000)
    assert highlighted_text(page) == {c["id"]: squash(c["text"]) for c in claims}
    return claims


def test_toolbar_and_shortcut_analyse_a_site_without_host_permission_and_state_follows_navigation(paired, claimlight_server, site):
    page = paired.context.new_page()
    url = site.url(ARTICLE, host=UNGRANTED_HOST)
    page.goto(url)
    tab = paired.tab_id(page)
    assert not paired.control.evaluate("(origin) => chrome.permissions.contains({ origins: [origin + '/*'] })", url.rsplit("/", 1)[0])
    assert not paired.can_read(tab), "the extension must not be able to read this site before the reader asks"

    # The toolbar button: activeTab grant, the popup opens and analyses the tab.
    paired.click_toolbar_button(page)
    first = wait_for_state(paired, tab, DONE, "the toolbar's analysis")
    assert first["state"]["pageUrl"] == url
    claims = assert_every_claim_highlighted(page, claimlight_server, first["state"]["analysisId"])
    assert first["badge"] == str(sum(c["level"] == "high" for c in claims))

    # A jump to a section of the same page is not a new page.
    page.evaluate("() => { location.hash = 'story'; }")
    assert paired.state_of_tab(tab)["state"]["analysisId"] == first["state"]["analysisId"]

    # A single-page app moves to another story: the highlights and the state of the story it left go.
    next_url = url + "?story=ferry"
    page.evaluate("(path) => window.openNextStory(path)", next_url)
    page.wait_for_function("() => document.querySelectorAll('claimlight-mark').length === 0", timeout=10_000)
    gone = wait_for_state(paired, tab, CLEARED, "the state to be cleared")
    assert gone["badge"] == ""
    assert "high" not in gone["title"]

    # The toolbar again: the popup analyses the new story (the grant outlives same-document navigation).
    paired.click_toolbar_button(page)
    second = wait_for_state(paired, tab, DONE, "the second analysis")
    assert second["state"]["pageUrl"] == next_url
    assert second["state"]["analysisId"] != first["state"]["analysisId"]
    ferry = assert_every_claim_highlighted(page, claimlight_server, second["state"]["analysisId"])
    assert any("ferry" in c["text"] or "fuel" in c["text"] for c in ferry)

    # Once more by the keyboard shortcut's handler, on a third story.
    third_url = url + "?story=ferry-2"
    page.evaluate("(path) => window.openNextStory(path)", third_url)
    wait_for_state(paired, tab, CLEARED, "the state to be cleared")
    result = paired.run_shortcut("analyse-page", page)
    assert result["ok"], result
    assert result["pageUrl"] == third_url
    assert_every_claim_highlighted(page, claimlight_server, result["analysisId"])

    # A reload: a new document without highlights, so the state goes; the button works again.
    page.reload()
    cleared = wait_for_state(paired, tab, CLEARED, "the state to be cleared by the reload")
    assert cleared["badge"] == ""
    paired.click_toolbar_button(page)
    again = wait_for_state(paired, tab, DONE, "the analysis after the reload")
    assert_every_claim_highlighted(page, claimlight_server, again["state"]["analysisId"])
    page.close()
