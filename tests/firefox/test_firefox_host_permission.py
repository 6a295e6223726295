"""Firefox grants host permissions only as the reader allows (and a reader can take them back in about:addons).

Without one, the extension must say that access is missing, not that the server is down or the
page unreadable for other reasons. This module has its own browser: the grants it takes back
cannot be given again without the reader answering a prompt.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_withheld_access_to_the_server_address_is_named(extension, module_server, page_server):
    extension.withhold_access("http://127.0.0.1/*")
    # Something on 127.0.0.1 that does not answer CORS for the extension: without the grant the browser blocks it.
    not_claimlight = page_server.url("").rstrip("/")
    status = extension.pair(not_claimlight, module_server.token, expect="Saved, but")
    assert "has not given Claimlight access to 127.0.0.1" in status and "about:addons" in status, status
    assert "Cannot reach" not in status
    # The Claimlight server answers CORS for extension pages, so pairing with it works without the grant.
    assert "Connected to Claimlight" in extension.pair(module_server.base_url, module_server.token)


def test_a_page_without_access_says_so(paired, page_server):
    paired.withhold_access("http://localhost/*")
    page = paired.firefox.new_tab(page_server.url("daily_star_mercenaries.html", host="localhost"))
    result = paired.analyse_active(page)
    assert result["ok"] is False and result["error"]["code"] == "page_not_allowed", result
    assert "has not given it access" in result["error"]["message"] and "toolbar button" in result["error"]["message"]
    assert page.call("() => document.querySelectorAll('claimlight-mark').length") == 0
    page.close()
