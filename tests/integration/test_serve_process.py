"""`claimlight serve` as a real process: loopback HTTP, token, Host and Origin checks."""

HTML = "<html><body><article><p>Officials said that 16,000 volunteers had signed up, a figure nobody could confirm.</p>" \
       "<p>The ministry added that another 2,000 were expected next week.</p></article></body></html>"


def test_real_server_checks_token_host_and_origin(server):
    status, body, _ = server.request("GET", "/api/v1/health", token=False)
    assert status == 200 and body["status"] == "ok"

    status, body, _ = server.request("POST", "/api/v1/analyses", {"url": "https://example.org/a", "html": HTML}, token=False)
    assert (status, body["error"]["code"]) == (401, "missing_token")

    status, body, _ = server.request("GET", "/api/v1/health", token=False, headers={"Host": f"attacker.example:{server.port}"})
    assert (status, body["error"]["code"]) == (403, "host_not_allowed")

    status, body, _ = server.request("POST", "/api/v1/analyses", {"url": "https://example.org/a", "html": HTML},
                                     headers={"Origin": "https://news.example"})
    assert (status, body["error"]["code"]) == (403, "origin_not_allowed")

    status, body, headers = server.request("POST", "/api/v1/analyses", {"url": "https://example.org/a", "html": HTML},
                                           headers={"Origin": "chrome-extension://abcdefghijklmnopabcdefghijklmnop"})
    assert status == 201
    assert headers["Access-Control-Allow-Origin"] == "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    assert body["article"]["text"].startswith("Officials said that 16,000 volunteers")
