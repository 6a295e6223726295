"""`claimlight analyze` runs the same pipeline as the server, on files, stdin and several inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.api.test_analyses_api import ARTICLE

CLAIMLIGHT = str(Path(sys.executable).with_name("claimlight"))
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"


def run(*args: str, stdin: str | None = None, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CLAIMLIGHT, "analyze", *args], input=stdin, capture_output=True, text=True,
                          env={"CLAIMLIGHT_HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=120)


def test_json_for_one_html_file_matches_the_api(tmp_path, client, auth):
    page = tmp_path / "article.html"
    page.write_text(ARTICLE, encoding="utf-8")
    result = run("--json", str(page), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    from_cli = json.loads(result.stdout)
    from_api = client.post("/api/v1/analyses", headers=auth, json={"url": page.resolve().as_uri(), "title": "", "html": ARTICLE}).json
    assert from_cli["id"] == from_api["id"]
    assert from_cli["article"] == from_api["article"]
    assert [c["selector"] for c in from_cli["claims"]] == [c["selector"] for c in from_api["claims"]]
    assert set(from_cli) <= set(from_api)


def test_several_inputs_give_a_json_list_and_stdin_works(tmp_path):
    page = tmp_path / "article.html"
    page.write_text(ARTICLE, encoding="utf-8")
    sample = SAMPLES / "001_35146ac112e05a2b.txt"
    result = run("--json", str(page), str(sample), "-", stdin=ARTICLE, home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    analyses = json.loads(result.stdout)
    assert isinstance(analyses, list) and len(analyses) == 3
    assert "16,000 foreign mercenaries" in analyses[1]["article"]["text"]
    assert analyses[2]["article"]["text"] == analyses[0]["article"]["text"]


def test_table_lists_level_kinds_source_and_text(tmp_path):
    result = run(str(SAMPLES / "001_35146ac112e05a2b.txt"), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    header = next(line for line in result.stdout.splitlines() if line.startswith("LEVEL"))
    assert header.split()[:4] == ["LEVEL", "KINDS", "SOURCE", "TEXT"]


def test_missing_file_is_a_clear_error(tmp_path):
    result = run(str(tmp_path / "nope.html"), home=tmp_path / "home")
    assert result.returncode != 0
    assert "no such file" in result.stderr
