"""A catalogue model loads with its recommended settings unless the user set them."""

from __future__ import annotations

import os

import pytest

from claimlight.llm import service
from claimlight.llm.calllog import CallLog
from claimlight.llm.catalogue import BUNDLED_NAME, ModelRegistry
from claimlight.settings import Settings

MODEL = "qwen2.5-3b-instruct"  # recommended = { threads = 4, context = 4096, batch = 512 } in models/catalogue.toml


@pytest.fixture(autouse=True)
def no_load_settings_in_the_environment(monkeypatch):
    for name in ("MODEL_THREADS", "MODEL_CONTEXT", "MODEL_BATCH", "MODEL_PATH"):
        monkeypatch.delenv(f"CLAIMLIGHT_{name}", raising=False)


@pytest.fixture
def loaded(tmp_path, monkeypatch):
    """Select the catalogue's 3B model (a stand-in file where its download would be); return what the engine is given."""
    calls = []
    monkeypatch.setattr(service, "LocalEngine", lambda path, name, **kwargs: calls.append((path, name, kwargs)))

    def load(**settings_given):
        settings = Settings(home=tmp_path / "home", **settings_given)
        registry = ModelRegistry(settings.models_dir, settings.catalogue_path)
        entry = registry.catalogue()[MODEL]
        settings.models_dir.mkdir(parents=True, exist_ok=True)
        registry.downloaded_path(entry).write_bytes(b"GGUF")
        registry.use(MODEL)
        service.make_engine(settings, CallLog(None))
        return calls.pop()

    return load


@pytest.fixture(autouse=True)
def eight_cpus(monkeypatch):
    """A machine with CPUs to spare, so the catalogue's thread counts are not capped (see the cap's own test)."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)


def test_a_catalogue_model_loads_with_its_recommended_settings(loaded):
    path, name, kwargs = loaded()
    assert name == MODEL and path.name == "Qwen2.5-3B-Instruct-Q4_K_M.gguf"
    assert (kwargs["threads"], kwargs["context"], kwargs["batch"]) == (4, 4096, 512)
    assert kwargs["chat_format"] == "chatml"


def test_settings_the_user_gave_win_over_the_catalogue(loaded, monkeypatch):
    monkeypatch.setenv("CLAIMLIGHT_MODEL_CONTEXT", "1024")
    _, _, kwargs = loaded(model_threads=2)
    assert (kwargs["threads"], kwargs["context"], kwargs["batch"]) == (2, 1024, 512)


def test_a_file_outside_the_catalogue_keeps_the_settings(tmp_path):
    settings = Settings(home=tmp_path / "home", model_path=tmp_path / "mine.gguf")
    resolved = ModelRegistry(settings.models_dir, settings.catalogue_path).resolve(settings.model_path)
    assert resolved.recommended == {}
    assert resolved.load_parameters(settings) == {"threads": settings.model_threads, "context": settings.model_context,
                                                  "batch": settings.model_batch}


def test_the_bundled_model_brings_its_catalogue_settings(tmp_path):
    settings = Settings(home=tmp_path / "home")
    resolved = ModelRegistry(settings.models_dir, settings.catalogue_path).resolve(None)
    assert resolved.name == BUNDLED_NAME and resolved.origin == "bundled"
    assert resolved.load_parameters(settings) == {"threads": 2, "context": 2048, "batch": 512}


def test_llama_leaves_one_cpu_to_the_browser_unless_the_user_says_otherwise(loaded, monkeypatch, tmp_path):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    _, _, kwargs = loaded()
    assert kwargs["threads"] == 1  # the 3B model recommends 4; a 2-CPU machine gives llama.cpp one
    assert Settings(home=tmp_path / "home").llama_threads() == 1
    _, _, kwargs = loaded(model_threads=2)
    assert kwargs["threads"] == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert Settings(home=tmp_path / "home").llama_threads() == 1
