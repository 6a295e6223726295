"""`claimlight analyze --json --questions`: questions from the bundled model without a server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

CLAIMLIGHT = str(Path(sys.executable).with_name("claimlight"))
TEXT = ("Officials said that 16,000 volunteers had signed up, a figure nobody could confirm.\n\n"
        "The ministry added that another 2,000 were expected next week, according to a statement.\n")


def test_analyze_json_with_questions(tmp_path):
    page = tmp_path / "story.txt"
    page.write_text(TEXT, encoding="utf-8")
    result = subprocess.run([CLAIMLIGHT, "analyze", "--json", "--questions", str(page)], capture_output=True, text=True,
                            env={"CLAIMLIGHT_HOME": str(tmp_path / "home"), "CLAIMLIGHT_LOG_MODEL_CALLS": "1", "PATH": "/usr/bin:/bin"},
                            timeout=280)
    assert result.returncode == 0, result.stderr
    analysis = json.loads(result.stdout)
    assert analysis["claims"], "the fast path found no claims in an article made of claims"
    for claim in analysis["claims"]:
        assert 2 <= len(claim["questions"]) <= 4
        assert all(q["text"].endswith("?") and q["by"] in ("model", "template") for q in claim["questions"])
    assert (tmp_path / "home" / "logs" / "llm.jsonl").exists()
