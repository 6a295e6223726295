"""Access suite: hostile requests against a real `claimlight serve` process, each refused with the right status.

Any web page the reader opens can send requests to 127.0.0.1, so every route is
probed as a page, a rebinding attacker or a careless client would: without the
token, with near-miss tokens, from web origins, with foreign Host headers, with
oversized and mistyped bodies, wrong methods and traversal in ids. A request
counts as accepted if it gets a 2xx; the bar is 0 accepted.
"""

from __future__ import annotations

import base64
import secrets
import subprocess
from dataclasses import dataclass, field

import psutil
import pytest

from claimlight import security
from claimlight.store import page_id_for

from ..serverproc import CLAIMLIGHT, free_port, start_server
from . import rawhttp

WEB_ORIGIN = "https://news.example"
EXTENSION_ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
PAGE_URL = "https://example.org/access-suite"
HTML = ("<html><head><title>Volunteers</title></head><body><article>"
        "<p>Officials said that 16,000 volunteers had signed up, a figure nobody could confirm.</p>"
        "<p>The ministry added that another 2,000 were expected next week, according to a spokesman.</p>"
        "</article></body></html>")


@dataclass
class Probe:
    name: str
    method: str
    target: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    expected: frozenset[int] = frozenset()
    version: str = "HTTP/1.1"
    chunked: bool = False


@pytest.fixture(scope="module")
def server(module_server):
    return module_server


@pytest.fixture(scope="module")
def ids(server) -> dict:
    """Real ids, so a wrongly accepted probe would really read, change or delete something."""
    status, analysis, _ = server.request("POST", "/api/v1/analyses", {"url": PAGE_URL, "title": "Volunteers", "html": HTML})
    assert status == 201, analysis
    claim_id = analysis["claims"][0]["id"] if analysis["claims"] else "c_" + "0" * 16
    return {"analysis": analysis["id"], "claim": claim_id, "page": page_id_for(PAGE_URL)}


def other_interface_address() -> str:
    for name, addresses in psutil.net_if_addrs().items():
        for address in addresses:
            if address.family.name == "AF_INET" and not address.address.startswith("127."):
                return address.address
    return "192.0.2.1"


def protected_routes(ids: dict) -> list[tuple[str, str, bool]]:
    """(method, target, takes a JSON body) for every route that needs the token."""
    a, c, p = ids["analysis"], ids["claim"], ids["page"]
    return [
        ("POST", "/api/v1/analyses", True),
        ("GET", f"/api/v1/analyses/{a}", False),
        ("GET", f"/api/v1/analyses/{a}/events", False),
        ("POST", f"/api/v1/claims/{c}/questions", False),
        ("POST", f"/api/v1/claims/{c}/feedback", True),
        ("GET", f"/api/v1/claims/{c}/related", False),
        ("DELETE", "/api/v1/feedback", False),
        ("GET", "/api/v1/history", False),
        ("DELETE", "/api/v1/history?confirm=true", False),
        ("DELETE", f"/api/v1/history/{p}", False),
        ("GET", "/api/v1/history/export?format=json", False),
    ]


PUBLIC_ROUTES = [("GET", "/api/v1/health"), ("GET", "/api/v1/openapi.json")]


def body_for(target: str) -> bytes:
    if target.endswith("/feedback"):
        return b'{"verdict": "not_a_claim"}'
    return ('{"url": "%s", "title": "t", "html": "%s"}' % (PAGE_URL, HTML.replace('"', '\\"'))).encode()


def build_probes(port: int, token: str, ids: dict) -> list[Probe]:
    good_host = ("Host", f"127.0.0.1:{port}")
    bearer = ("Authorization", f"Bearer {token}")
    other_ip = other_interface_address()
    probes: list[Probe] = []

    def placement_probes(method: str, target: str, auth: list[tuple[str, str]], body: bytes) -> None:
        """Right token, wrong place: web origins and rebinding Host names are refused on every route."""
        content = [("Content-Type", "application/json")] if body else []
        hosts = {"attacker name, right port": f"attacker.example:{port}",
                 "loopback name, wrong port": f"localhost:{port + 1 if port < 65535 else port - 1}",
                 "another interface's IP": f"{other_ip}:{port}",
                 "loopback with no port": "127.0.0.1",
                 "loopback name as attacker subdomain": f"127.0.0.1.attacker.example:{port}"}
        for label, host in hosts.items():
            probes.append(Probe(f"Host {label}: {method} {target}", method, target, [("Host", host), *auth, *content], body, frozenset({403})))
        for origin in (WEB_ORIGIN, "null", f"http://localhost:{port}", "chrome-extension://"):
            probes.append(Probe(f"Origin {origin}: {method} {target}", method, target,
                                [good_host, ("Origin", origin), *auth, *content], body, frozenset({403})))
        probes.append(Probe(f"CORS preflight from a web page: {method} {target}", "OPTIONS", target,
                            [good_host, ("Origin", WEB_ORIGIN), ("Access-Control-Request-Method", method),
                             ("Access-Control-Request-Headers", "authorization, content-type")], b"", frozenset({403})))
        probes.append(Probe(f"no Host (HTTP/1.0): {method} {target}", method, target, [*auth, *content], body,
                            frozenset({400}), version="HTTP/1.0"))

    for method, target in PUBLIC_ROUTES:
        placement_probes(method, target, [], b"")

    for method, target, takes_body in protected_routes(ids):
        body = body_for(target) if takes_body else b""
        content = [("Content-Type", "application/json")] if body else []
        separator = "&" if "?" in target else "?"
        token_variants = {
            "no token": [],
            "wrong token": [("Authorization", f"Bearer {secrets.token_urlsafe(32)}")],
            "empty bearer": [("Authorization", "Bearer ")],
            "scheme in lower case": [("Authorization", f"bearer {token}")],
            "token in wrong case": [("Authorization", f"Bearer {token.swapcase()}")],
            "extra space before token": [("Authorization", f"Bearer  {token}")],
            "token with a suffix": [("Authorization", f"Bearer {token}x")],
            "token prefix only": [("Authorization", f"Bearer {token[:-1]}")],
            "Basic auth carrying the token": [("Authorization", "Basic " + base64.b64encode(f"claimlight:{token}".encode()).decode())],
            "token as a cookie": [("Cookie", f"token={token}")],
        }
        for label, auth in token_variants.items():
            probes.append(Probe(f"{label}: {method} {target}", method, target, [good_host, *auth, *content], body, frozenset({401})))
        for name in ("token", "access_token"):
            probes.append(Probe(f"{name} in the query string: {method} {target}", method, f"{target}{separator}{name}={token}",
                                [good_host, *content], body, frozenset({400})))
        placement_probes(method, target, [bearer], body)
        if takes_body:
            big = b'{"url": "https://example.org/", "html": "' + b"x" * (10 * 1024 * 1024) + b'"}'
            probes.append(Probe(f"oversized body: {method} {target}", method, target,
                                [good_host, bearer, ("Content-Type", "application/json")], big, frozenset({413})))
            probes.append(Probe(f"oversized chunked body: {method} {target}", method, target,
                                [good_host, bearer, ("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")],
                                big, frozenset({413}), chunked=True))
            for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"):
                probes.append(Probe(f"Content-Type {content_type}: {method} {target}", method, target,
                                    [good_host, bearer, ("Content-Type", content_type)], body, frozenset({415})))
        else:
            probes.append(Probe(f"oversized body on a body-less route: {method} {target}", method, target,
                                [good_host, bearer, ("Content-Type", "application/json")],
                                b"[" + b"0," * (5 * 1024 * 1024 + 1) + b"0]", frozenset({413})))

    a, c, p = ids["analysis"], ids["claim"], ids["page"]
    wrong_methods = [("PUT", "/api/v1/analyses"), ("GET", "/api/v1/analyses"), ("DELETE", f"/api/v1/analyses/{a}"),
                     ("POST", f"/api/v1/analyses/{a}"), ("GET", f"/api/v1/claims/{c}/questions"),
                     ("GET", f"/api/v1/claims/{c}/feedback"), ("DELETE", f"/api/v1/claims/{c}/related"),
                     ("PATCH", "/api/v1/history"), ("PUT", f"/api/v1/history/{p}"), ("POST", "/api/v1/history/export"),
                     ("POST", "/api/v1/health"), ("DELETE", "/api/v1/openapi.json"), ("TRACE", "/api/v1/health")]
    for method, target in wrong_methods:
        probes.append(Probe(f"method not allowed: {method} {target}", method, target, [good_host, bearer], b"", frozenset({405})))

    traversals = ["..%2F..%2Ftoken", "%2e%2e%2f%2e%2e%2ftoken", "..%5c..%5ctoken", "a_%00", "..", "%2e%2e",
                  "a_0000000000000000%2F..%2F..%2Fhistory"]
    for bad in traversals:
        for method, template in (("GET", "/api/v1/analyses/{}"), ("GET", "/api/v1/analyses/{}/events"),
                                 ("POST", "/api/v1/claims/{}/questions"), ("GET", "/api/v1/claims/{}/related"),
                                 ("DELETE", "/api/v1/history/{}")):
            target = template.format(bad)
            probes.append(Probe(f"traversal in id: {method} {target}", method, target, [good_host, bearer], b"", frozenset({400, 404})))
    for target in ("/api/v1/../../token", "/api/v1/analyses/../../../token", "/../../etc/passwd"):
        probes.append(Probe(f"traversal in path: GET {target}", "GET", target, [good_host, bearer], b"", frozenset({400, 404})))
    return probes


def send_probe(port: int, probe: Probe) -> rawhttp.RawResponse:
    return rawhttp.send(port, probe.method, probe.target, probe.headers, probe.body, version=probe.version, chunked=probe.chunked)


def test_hostile_requests_are_all_refused_with_the_right_status(server, ids):
    probes = build_probes(server.port, server.token, ids)
    accepted, wrong_status, leaked_cors = [], [], []
    for probe in probes:
        response = send_probe(server.port, probe)
        if 200 <= response.status < 300:
            accepted.append((probe.name, response.status))
        elif response.status not in probe.expected:
            wrong_status.append((probe.name, response.status, sorted(probe.expected), response.body[:200]))
        if "access-control-allow-origin" in response.headers:
            leaked_cors.append(probe.name)
        if response.status >= 400:
            assert response.error_code, f"{probe.name}: error without the JSON error shape: {response.body[:200]!r}"
    refused = len(probes) - len(accepted)
    print(f"\naccess suite: {len(probes)} hostile requests, {len(accepted)} accepted, {refused} refused, "
          f"{len(wrong_status)} refused with an unexpected status, {len(leaked_cors)} with CORS headers")
    assert len(probes) >= 50
    assert accepted == []
    assert leaked_cors == []
    assert wrong_status == []

    # Nothing the probes tried (wipe history, delete the page, traversal to the token) took effect.
    status, body, _ = server.request("GET", f"/api/v1/analyses/{ids['analysis']}")
    assert status == 200 and body["url"] == PAGE_URL
    assert (server.home / "token").read_text().strip() == server.token
    assert server.request("GET", "/api/v1/health", token=False)[0] == 200


def test_controls_the_right_request_is_answered(server, ids):
    """The refusals above mean something only if the same requests, done right, succeed."""
    good = [("Host", f"127.0.0.1:{server.port}"), ("Authorization", f"Bearer {server.token}")]
    assert rawhttp.send(server.port, "GET", f"/api/v1/analyses/{ids['analysis']}", good).status == 200
    assert rawhttp.send(server.port, "GET", "/api/v1/health", [("Host", f"localhost:{server.port}")]).status == 200
    preflight = rawhttp.send(server.port, "OPTIONS", "/api/v1/analyses",
                             [("Host", f"127.0.0.1:{server.port}"), ("Origin", EXTENSION_ORIGIN),
                              ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "authorization, content-type")])
    assert preflight.status in (200, 204)
    assert preflight.headers["access-control-allow-origin"] == EXTENSION_ORIGIN
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()


def test_server_binds_loopback_only(server):
    listening = {conn.laddr for conn in psutil.Process(server.process.pid).net_connections(kind="inet")
                 if conn.status == psutil.CONN_LISTEN}
    assert listening == {("127.0.0.1", server.port)}
    with pytest.raises(OSError):
        rawhttp.send(server.port, "GET", "/api/v1/health", [("Host", f"127.0.0.1:{server.port}")], host=other_interface_address(), timeout=3)


def test_token_is_compared_in_constant_time(client, app, monkeypatch):
    calls = []
    real = security.hmac.compare_digest

    def spy(supplied, expected):
        calls.append((supplied, expected))
        return real(supplied, expected)

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    token = app.config["TOKEN"]
    assert client.get("/api/v1/history", headers={"Authorization": "Bearer not-the-token"}).status_code == 401
    assert calls[-1] == (b"not-the-token", token.encode())
    client.get("/api/v1/analyses/a_0000000000000000", headers={"Authorization": f"Bearer {token}"})
    assert calls[-1] == (token.encode(), token.encode())


def run_serve(home, *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLAIMLIGHT), "serve", "--no-model", *args], capture_output=True, text=True, timeout=timeout,
                          env={"CLAIMLIGHT_HOME": str(home), "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.2"])
def test_serve_refuses_a_non_loopback_address_without_the_flag(tmp_path, host):
    result = run_serve(tmp_path, "--host", host, "--port", str(free_port()))
    assert result.returncode != 0
    assert "refusing to bind" in result.stderr and "--allow-remote-bind" in result.stderr


def test_serve_refuses_a_non_loopback_address_from_the_environment(tmp_path):
    result = subprocess.run([str(CLAIMLIGHT), "serve", "--no-model", "--port", str(free_port())], capture_output=True, text=True,
                            timeout=30, env={"CLAIMLIGHT_HOME": str(tmp_path), "CLAIMLIGHT_HOST": "0.0.0.0", "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0 and "refusing to bind 0.0.0.0" in result.stderr


def test_serve_with_allow_remote_bind_warns_and_binds_the_address_asked(tmp_path):
    proc = start_server(tmp_path, "--no-model", "--host", "0.0.0.0", "--allow-remote-bind")
    try:
        listening = {conn.laddr for conn in psutil.Process(proc.process.pid).net_connections(kind="inet")
                     if conn.status == psutil.CONN_LISTEN}
        assert listening == {("0.0.0.0", proc.port)}
        assert "WARNING: binding 0.0.0.0 exposes Claimlight to the network" in proc.log()
        # Even bound to every interface, a request addressed to another name is refused.
        refused = rawhttp.send(proc.port, "GET", "/api/v1/health", [("Host", f"{other_interface_address()}:{proc.port}")],
                               host=other_interface_address())
        assert refused.status == 403
    finally:
        proc.stop()
