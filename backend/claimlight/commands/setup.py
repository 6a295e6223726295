"""``claimlight setup``: install the model path (llama-cpp-python, built portably; the bundled model) here."""

from __future__ import annotations

import sys

import click

from ..llm.install import set_up
from ..settings import Settings


@click.command()
def setup() -> None:
    """Install the model path into this Python environment.

    llama-cpp-python is built from source with portable flags (CLAIMLIGHT_LLAMA_CMAKE_ARGS) and its wheel kept under
    the cache directory, so later environments install it in seconds. Without it Claimlight serves the rules-only
    fast path.
    """
    if not set_up(Settings(), click.echo):
        sys.exit(1)
