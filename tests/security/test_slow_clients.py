"""Slow clients: many half-sent requests held open by a local program do not stop a reader's requests.

A page cannot do this (browsers send whole requests), but any local program
can. The server reads requests whole before a worker thread takes them, so
requests cut off mid-header or mid-body hold a connection each and no thread.
There are more of them here than the server has worker threads.
"""

from __future__ import annotations

import json
import socket
import time

import pytest

from claimlight.settings import Settings

HALF_SENT = 50
READER_TIMEOUT_S = 10  # generous: the same requests take milliseconds on an idle server
HTML = ("<html><head><title>Volunteers</title></head><body><article>"
        "<p>Officials said that 16,000 volunteers had signed up, a figure nobody could confirm.</p>"
        "<p>The ministry added that another 2,000 were expected next week, according to a spokesman.</p>"
        "</article></body></html>")


def half_sent_request(port: int, token: str, n: int) -> bytes:
    """Three ways to stop part-way: inside the request line, inside the headers, inside a promised body."""
    host = f"Host: 127.0.0.1:{port}\r\n"
    if n % 3 == 0:
        return b"GET /api/v1/hea"
    if n % 3 == 1:
        return f"GET /api/v1/health HTTP/1.1\r\n{host}User-Ag".encode()
    body = json.dumps({"url": f"https://slow.example/{n}", "html": HTML}).encode()
    head = (f"POST /api/v1/analyses HTTP/1.1\r\n{host}Authorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    return head + body[: len(body) // 2]


def still_open_and_unanswered(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        sock.recv(1, socket.MSG_PEEK)
    except BlockingIOError:
        return True  # nothing to read and not closed: the server is still waiting for the rest
    return False


def test_half_sent_requests_do_not_stop_a_readers_requests(server):
    assert HALF_SENT > Settings().server_threads
    held = []
    try:
        for n in range(HALF_SENT):
            sock = socket.create_connection(("127.0.0.1", server.port), timeout=READER_TIMEOUT_S)
            sock.sendall(half_sent_request(server.port, server.token, n))
            held.append(sock)

        started = time.monotonic()
        status, health, _ = server.request("GET", "/api/v1/health", token=False, timeout=READER_TIMEOUT_S)
        health_s = time.monotonic() - started
        assert status == 200 and health["status"] == "ok"
        status, analysis, _ = server.request("POST", "/api/v1/analyses",
                                             {"url": "https://reader.example/story", "title": "t", "html": HTML},
                                             timeout=READER_TIMEOUT_S)
        total_s = time.monotonic() - started
        assert status == 201 and analysis["claims"], analysis
        print(f"\nslow clients: {HALF_SENT} half-sent requests held open; health {health_s * 1000:.0f} ms, "
              f"health + analysis {total_s * 1000:.0f} ms")

        # Served beside the slow requests, not after them: they are all still open and unanswered.
        assert all(still_open_and_unanswered(sock) for sock in held)
    finally:
        for sock in held:
            sock.close()
    assert server.request("GET", "/api/v1/health", token=False, timeout=READER_TIMEOUT_S)[0] == 200


@pytest.mark.parametrize("header", ["Content-Length: 12x", "Transfer-Encoding: gzip"])
def test_requests_the_server_refuses_itself_answer_in_the_json_error_shape(server, header):
    with socket.create_connection(("127.0.0.1", server.port), timeout=READER_TIMEOUT_S) as sock:
        sock.sendall(f"POST /api/v1/analyses HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n{header}\r\n\r\n".encode())
        raw = b""
        while chunk := sock.recv(65536):
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.split()[1] in (b"400", b"501"), raw[:200]
    assert set(json.loads(body)["error"]) == {"code", "message"}
