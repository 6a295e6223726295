"""Start ``claimlight serve`` as a real process on a free loopback port, for HTTP tests."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CLAIMLIGHT = Path(sys.executable).with_name("claimlight")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class ServerProcess:
    home: Path
    port: int
    process: subprocess.Popen
    log_path: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def token(self) -> str:
        return (self.home / "token").read_text().strip()

    def request(self, method: str, path: str, body=None, headers: dict | None = None, token: bool = True, timeout: float = 60):
        """Send one request; return (status, parsed JSON or raw text, headers)."""
        data = json.dumps(body).encode() if body is not None and not isinstance(body, bytes) else body
        all_headers = {"Content-Type": "application/json"} if body is not None else {}
        if token:
            all_headers["Authorization"] = f"Bearer {self.token}"
        all_headers.update(headers or {})
        req = urllib.request.Request(self.base_url + path, data=data, method=method, headers=all_headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                status, raw, got = resp.status, resp.read(), resp.headers
        except urllib.error.HTTPError as err:
            status, raw, got = err.code, err.read(), err.headers
        try:
            return status, json.loads(raw), got
        except ValueError:
            return status, raw.decode("utf-8", "replace"), got

    def claims(self, analysis_id: str) -> list[dict]:
        """The analysis's claims as the server stored them, in text order: what the extension must highlight."""
        status, analysis, _ = self.request("GET", f"/api/v1/analyses/{analysis_id}")
        assert status == 200, analysis
        return sorted(analysis["claims"], key=lambda c: c["selector"]["start"])

    def wait_ready(self, deadline_s: float = 60, model_ready: bool = False) -> dict:
        """Poll health until the server answers (and, if asked, the model is ready)."""
        deadline = time.monotonic() + deadline_s
        last = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}:\n{self.log()}")
            try:
                status, body, _ = self.request("GET", "/api/v1/health", token=False, timeout=5)
                last = body
                if status == 200 and (not model_ready or body["model"]["state"] in ("ready", "unavailable")):
                    return body
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.05)  # polling interval while waiting for a condition, not synchronisation
        raise TimeoutError(f"server not ready after {deadline_s}s (last health {last}):\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def start_server(home: Path, *args: str, env: dict | None = None, port: int | None = None,
                 wait: bool = True, model_ready: bool = False, claimlight: Path = CLAIMLIGHT,
                 cwd: Path = REPO) -> ServerProcess:
    """``claimlight`` and ``cwd`` let a test serve from an installation outside the checkout."""
    port = port or free_port()
    home.mkdir(parents=True, exist_ok=True)
    log_path = home / f"server-{port}.log"
    full_env = {**os.environ, "CLAIMLIGHT_HOME": str(home), "PYTHONUNBUFFERED": "1", **(env or {})}
    with open(log_path, "ab") as log:
        process = subprocess.Popen([str(claimlight), "serve", "--port", str(port), *args],
                                   stdout=log, stderr=subprocess.STDOUT, env=full_env, cwd=cwd)
    server = ServerProcess(home=home, port=port, process=process, log_path=log_path)
    if wait:
        server.wait_ready(model_ready=model_ready)
    return server
