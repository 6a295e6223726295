"""The extension's own unit tests (node --test with jsdom), run from the one pytest command."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from .harness import EXTENSION, REPO


def _node_tools_ready() -> None:
    if shutil.which("node") is None:
        pytest.fail("node is not installed; scripts/setup.sh --test installs it")
    if not (EXTENSION / "node_modules" / "jsdom").is_dir():
        pytest.fail("extension dev dependencies missing; run `npm ci --prefix extension`")


def test_node_unit_tests_pass():
    _node_tools_ready()
    run = subprocess.run(["node", "--test", "extension/test/"], cwd=REPO, capture_output=True, text=True, timeout=300)
    summary = "\n".join(line for line in run.stdout.splitlines() if line.startswith(("# tests", "# pass", "# fail", "not ok")))
    assert run.returncode == 0, f"node --test failed:\n{summary}\n{run.stdout[-4000:]}\n{run.stderr[-2000:]}"
    assert "# fail 0" in run.stdout
    passed = int(next(line for line in run.stdout.splitlines() if line.startswith("# pass")).split()[-1])
    assert passed >= 15, summary


def test_firefox_variant_passes_web_ext_lint(tmp_path):
    _node_tools_ready()
    web_ext = EXTENSION / "node_modules" / ".bin" / "web-ext"
    if not web_ext.exists():
        pytest.fail("web-ext missing; run `npm ci --prefix extension`")
    out = tmp_path / "firefox"
    subprocess.run(["node", "scripts/make-firefox.mjs", "--out", str(out)], cwd=EXTENSION, check=True, capture_output=True, timeout=60)
    manifest = (out / "manifest.json").read_text()
    assert '"sidebar_action"' in manifest and '"service_worker"' not in manifest
    lint = subprocess.run([str(web_ext), "lint", "--source-dir", str(out), "--output", "json", "--no-config-discovery"],
                          cwd=EXTENSION, capture_output=True, text=True, timeout=120)
    report = json.loads(lint.stdout)
    problems = [f"{m['code']}: {m['message']} ({m.get('file')})" for m in report["errors"] + report["warnings"]]
    assert lint.returncode == 0 and not problems, "\n".join(problems) or lint.stderr


def test_questions_client_waits_longer_than_the_servers_own_fallback():
    """The server answers with template questions after QUESTIONS_TIMEOUT_S; the extension must still be waiting then,
    or the reader gets "did not answer in time" instead of the templates."""
    import re

    server = (REPO / "backend" / "claimlight" / "llm" / "service.py").read_text()
    client = (EXTENSION / "lib" / "client.js").read_text()
    server_s = int(re.search(r"^QUESTIONS_TIMEOUT_S = (\d+)", server, re.M).group(1))
    client_ms = int(re.search(r"^export const QUESTIONS_TIMEOUT_MS = ([\d_]+);", client, re.M).group(1).replace("_", ""))
    assert client_ms >= server_s * 1000 + 10_000, f"the extension gives up after {client_ms} ms, the server falls back after {server_s} s"
