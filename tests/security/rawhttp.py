"""A raw-socket HTTP client for hostile requests that ordinary clients refuse to send.

urllib and requests always add a correct Host header and normalise paths and
headers; probing a server's checks needs byte-exact control over all of that.
"""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import dataclass, field


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self):
        return json.loads(self.body)

    @property
    def error_code(self) -> str | None:
        try:
            return self.json()["error"]["code"]
        except (ValueError, KeyError, TypeError):
            return None


def _parse(raw: bytes) -> RawResponse:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    if not lines or not lines[0].startswith("HTTP/"):
        raise ConnectionError(f"no HTTP response: {raw[:200]!r}")
    status = int(lines[0].split()[1])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return RawResponse(status, headers, body)


def _read_response(sock: socket.socket) -> bytes:
    """Read one response the way browsers do: headers, then Content-Length bytes (or until close).

    Reading to the declared length instead of waiting for the server to close
    matters: Werkzeug drains an unread request body after answering, so a client
    that waits for EOF while keeping its side open would wait forever.
    """
    raw = b""
    try:
        while b"\r\n\r\n" not in raw:
            chunk = sock.recv(65536)
            if not chunk:
                return raw
            raw += chunk
        head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").lower()
        length = next((int(line.split(":", 1)[1]) for line in head.split("\r\n") if line.startswith("content-length:")), None)
        while length is None or len(raw) - len(head) - 4 < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            raw += chunk
    except ConnectionResetError:
        if b"\r\n\r\n" not in raw:
            raise
    return raw


def send(port: int, method: str, target: str, headers: list[tuple[str, str]], body: bytes = b"",
         version: str = "HTTP/1.1", host: str = "127.0.0.1", timeout: float = 30, chunked: bool = False) -> RawResponse:
    """Send exactly these header lines (no Host unless given) and read the one answer.

    ``chunked`` sends the body with chunked transfer coding (the caller adds the
    Transfer-Encoding header), which carries no Content-Length to check up front.

    The body is written from a second thread so a server that answers (e.g. 413)
    before reading the whole body is read correctly instead of deadlocking.
    """
    lines = [f"{method} {target} {version}"]
    lines += [f"{name}: {value}" for name, value in headers]
    if chunked:
        step = 1 << 20
        body = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + step]), body[i:i + step]) for i in range(0, len(body), step)) + b"0\r\n\r\n"
    elif body:
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")
    request_head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(request_head)

        def write_body():
            try:
                sock.sendall(body)
            except OSError:
                pass  # the server answered and closed before reading everything; the answer is what we test

        writer = threading.Thread(target=write_body, daemon=True)
        writer.start()
        raw = _read_response(sock)
    writer.join(timeout)
    return _parse(raw)
