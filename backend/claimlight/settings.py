"""Typed settings, read from ``CLAIMLIGHT_*`` environment variables.

Everything a user can tune lives here with a default and a description;
``claimlight serve --help`` lists them from this table (commands/serve.py), so
the help never drifts from the code.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def package_data(name: str) -> Path:
    """A data file shipped inside the package, so a wheel installed anywhere finds it as a checkout does."""
    return Path(resources.files("claimlight").joinpath("data", name))


def spare_cores() -> int:
    """How many CPUs llama.cpp takes unless told: all but one, which the reader's browser needs. A llama.cpp thread
    that has to wait for a busy core stalls every step: bench/model_bench.py on 2 CPUs with one kept busy scored
    235 ms a sentence with 2 threads and 53.5 ms with 1 (quiet: 29.2 ms against 53.6 ms)."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, usable - 1)


def default_home() -> Path:
    """The per-user config directory (XDG), where token, history and models live."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "claimlight"


def default_cache_dir() -> Path:
    """The per-user cache directory (XDG), for files that can be rebuilt (the scoring embedder)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claimlight"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLAIMLIGHT_", extra="ignore")

    home: Path = Field(default_factory=default_home, description="Directory for the token, history and downloaded models.")
    cache_dir: Path = Field(default_factory=default_cache_dir, description="Directory for files that can be rebuilt: the "
                            "scoring embedder derived from the model (~60 MB) and the wheels `claimlight setup` builds "
                            "or downloads (~120 MB).")
    host: str = Field("127.0.0.1", description="Address to bind. Anything but loopback needs --allow-remote-bind.")
    port: int = Field(8765, ge=1, le=65535, description="TCP port to listen on.")
    max_body_bytes: int = Field(10 * 1024 * 1024, description="Largest request body accepted (a captured page).")
    max_html_chars: int = Field(10 * 1024 * 1024, description="Largest page HTML analysed, in characters.")
    allowed_extension_ids: list[str] = Field(
        default_factory=list,
        description="If set, only these extension IDs may call the API from a browser; empty allows any extension origin.",
    )
    engine: str = Field("local", description="'local' runs the GGUF in-process; 'openai' talks to an OpenAI-compatible server.")
    base_url: str | None = Field(None, description="Base URL of the OpenAI-compatible server for engine 'openai'.")
    api_key: SecretStr | None = Field(None, description="Key the OpenAI-compatible server asks for (sent as a bearer "
                                      "token); leave unset for servers that need none, such as a local llama.cpp server.")
    model_path: Path | None = Field(None, description="GGUF file to load; default: the model chosen with `claimlight models use`, else the bundled SmolLM2-135M.")
    # A catalogue model loads with its `recommended` threads, context and batch unless these three are set.
    model_threads: int = Field(2, ge=1, description="CPU threads for llama.cpp; unset, a catalogue model uses its "
                               "recommended count, and never more than all CPUs but one (the browser needs one).")
    model_context: int = Field(1024, ge=256, description="Context window (tokens) for generation; unset, a catalogue "
                               "model uses its recommended window.")
    model_batch: int = Field(512, ge=32, description="Prompt batch size (tokens) for llama.cpp; unset, a catalogue model "
                             "uses its recommended size.")
    load_model: bool = Field(True, description="Load the model at all; off keeps the rules-only fast path.")
    llama_cmake_args: str = Field(
        "-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF",
        description="CMake flags `claimlight setup` builds llama-cpp-python with. Portable by default: the native build "
        "segfaults at the first decode on CPUs with AMX. The built wheel is kept under the cache directory, keyed by "
        "version and flags, so other flags build anew.")
    prompts_dir: Path = Field(default_factory=lambda: package_data("prompts"),
                              description="Directory of prompt templates (validated at start); default: the ones shipped in the package.")
    log_model_calls: bool = Field(
        False, description="Keep a log of every model call (its prompt quotes the page) in logs/llm.jsonl under the "
        "data directory, for debugging. Forgetting a page removes its lines.")
    model_log_max_bytes: int = Field(5 * 1024 * 1024, ge=4096, description="With the model call log on: past this size "
                                     "the log moves to llm.jsonl.1 (replacing the one before), so it never holds more than twice this.")
    server_threads: int = Field(16, ge=1, le=256, description="Threads answering requests. A request waiting for the "
                                "model (questions, feedback) or an open event stream holds one; half-sent requests hold none.")
    server_connection_limit: int = Field(500, ge=10, description="Open connections the server accepts at once; past it, "
                                         "new ones wait in the listen queue.")
    server_idle_timeout_s: int = Field(30, ge=1, description="Seconds a connection may sit idle, or a request half-sent, "
                                       "before the server closes it.")
    retention_days: int | None = Field(None, ge=1, description="Forget pages older than this many days.")
    retention_pages: int | None = Field(None, ge=1, description="Keep at most this many pages in history.")
    catalogue_path: Path = Field(default_factory=lambda: package_data("catalogue.toml"),
                                 description="Model catalogue for `claimlight models` (name, URL, sha256, size, licence, "
                                 "chat format); default: the one shipped in the package.")
    remote_model: str | None = Field(None, description="Model name to ask the OpenAI-compatible server for; default: the first it lists.")
    reword_questions: Literal["auto", "always", "never"] = Field(
        "auto", description="Who words the verification questions: 'auto' keeps the plan's own wording with the bundled "
        "SmolLM2-135M (its rewording changed 16 of 151 questions, barely closer to the team's reference questions, "
        "and costs about 1 to 1.6 s a click) "
        "and lets any other model reword within the plan; 'always' or 'never' decide for every model.")

    def llama_threads(self, recommended: int | None = None) -> int:
        """The count the user set; else the catalogue's (or the default), leaving one CPU to the browser."""
        if "model_threads" in self.model_fields_set:
            return self.model_threads
        return min(recommended or self.model_threads, spare_cores())

    @property
    def token_path(self) -> Path:
        return self.home / "token"

    @property
    def history_dir(self) -> Path:
        return self.home / "history"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"

    @property
    def wheel_cache_dir(self) -> Path:
        return self.cache_dir / "wheels"
