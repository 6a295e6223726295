"""A claim made only in the headline or the standfirst is flagged and highlighted on the page's own element.

The server puts the headline (and the standfirst) at the start of the article text; these tests check that the
extension anchors those claims in the page's <h1> and standfirst element, not somewhere else in the page.
"""

from __future__ import annotations

import pytest

from .harness import PageServer, highlighted_text, squash

pytestmark = pytest.mark.browser

HEADLINE = "16,000 Foreign Mercenaries Are Going to Fight for Ukraine, Zelensky Claims"
STANDFIRST = "Kyiv says 20,000 volunteers have applied to join its foreign legion, according to the defence ministry."
BODY = "The war entered its third week as talks stalled again on the border, and the shelling went on overnight. "
STANDFIRST_PAGE = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Volunteers | News</title>
<meta property="og:description" content="{STANDFIRST}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header class="top"><h1>Volunteers head for the border</h1><p class="dek">{STANDFIRST}</p></header>
<article class="story"><p>{BODY * 3}</p><p>{BODY * 2}</p></article></body></html>"""  # readability alone leaves the dek out

# The element that holds a claim's first mark: where the reader sees it highlighted.
MARKED_IN = """(claimId) => {
    const mark = document.querySelector(`claimlight-mark[data-claim-id="${claimId}"]`);
    const holder = mark && mark.parentElement.closest("h1, p, div");
    return holder ? { tag: holder.tagName.toLowerCase(), className: holder.className } : null;
}"""


@pytest.fixture(scope="module")
def standfirst_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("standfirst-site")
    (root / "volunteers.html").write_text(STANDFIRST_PAGE, encoding="utf-8")
    pages = PageServer(root).start()
    yield pages
    pages.stop()


def analysed(browser, url: str):
    page = browser.context.new_page()
    page.goto(url)
    result = browser.analyse(url)
    assert result.get("ok"), result
    return page, result


def test_a_claim_only_in_the_headline_is_flagged_and_highlighted_on_the_headline(paired, claimlight_server, page_server):
    page, result = analysed(paired, page_server.url("sputnik_16000_mercenaries.html"))
    claims = claimlight_server.claims(result["analysisId"])
    headline = next((c for c in claims if c["selector"]["start"] == 0), None)
    assert headline is not None, [c["text"] for c in claims]
    assert squash(headline["text"]) in HEADLINE
    assert "16,000" in headline["text"] and headline["kinds"] == ["numerical", "attribution"], headline
    assert highlighted_text(page)[headline["id"]] == squash(headline["text"])
    assert page.evaluate(MARKED_IN, headline["id"])["tag"] == "h1"
    page.close()


def test_a_claim_only_in_the_standfirst_is_highlighted_on_the_standfirst(paired, claimlight_server, standfirst_site):
    page, result = analysed(paired, standfirst_site.url("volunteers.html"))
    claims = claimlight_server.claims(result["analysisId"])
    standfirst = next((c for c in claims if "20,000" in c["text"]), None)
    assert standfirst is not None, [c["text"] for c in claims]
    assert highlighted_text(page)[standfirst["id"]] == squash(standfirst["text"])
    assert page.evaluate(MARKED_IN, standfirst["id"]) == {"tag": "p", "className": "dek"}
    page.close()
