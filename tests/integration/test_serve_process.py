"""`claimlight serve` as a real process: loopback HTTP, token, Host and Origin checks, a clean stop."""

import signal
import socket

import pytest

from claimlight.settings import Settings
from claimlight.store import open_store

from ..serverproc import start_server

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


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_a_signal_stops_the_server_cleanly(server, signum):
    status, analysis, _ = server.request("POST", "/api/v1/analyses", {"url": "https://example.org/kept", "html": HTML})
    assert status == 201
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as half_sent:
        half_sent.sendall(b"GET /api/v1/hea")  # a client that never finishes does not hold the shutdown up
        server.process.send_signal(signum)
        assert server.process.wait(timeout=30) == 0
    log = server.log()
    assert "Claimlight stopping" in log and "Traceback" not in log
    store = open_store(Settings(home=server.home), read_only=True)
    try:
        assert store.get_analysis(analysis["id"])["url"] == "https://example.org/kept"
    finally:
        store.close()


def test_ctrl_c_stops_a_server_that_inherited_sigint_ignored(home):
    """A shell script's background job starts with SIGINT ignored, and Python then installs no handler: the server
    installs its own, so Ctrl-C (or `kill -INT`) still stops it cleanly."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # inherited by the server process, as from `claimlight serve &`
    try:
        server = start_server(home, "--no-model")
    finally:
        signal.signal(signal.SIGINT, previous)
    try:
        server.process.send_signal(signal.SIGINT)
        assert server.process.wait(timeout=30) == 0
        assert "Claimlight stopping" in server.log()
    finally:
        server.stop()
