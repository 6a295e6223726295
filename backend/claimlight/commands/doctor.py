"""``claimlight doctor``: what the model path has, what it lacks, and the command that fixes each gap."""

from __future__ import annotations

import platform
import sys

import click

from .. import __version__
from ..llm.install import RULES_ONLY, diagnose
from ..settings import Settings

MARKS = {"ok": ("ok", "green"), "warning": ("warning", "yellow"), "missing": ("MISSING", "red")}


@click.command()
def doctor() -> None:
    """Say what the model path has and lacks, and how to fix it.

    Checks the package's data, llama-cpp-python, the bundled model and the model in use, and loads the bundled model
    once; exits 1 while something is missing.
    """
    settings = Settings()
    click.echo(f"Claimlight {__version__}, Python {platform.python_version()}, environment {sys.prefix}")
    checks = diagnose(settings)
    for check in checks:
        word, colour = MARKS[check.state]
        click.echo(f"{click.style(f'{word:<8}', fg=colour)} {check.name:<17} {check.detail}")
        if check.fix and check.state != "ok":
            click.echo(f"{'':<8} {'':<17} fix: {check.fix}")
    fixes = list(dict.fromkeys(check.fix for check in checks if check.state == "missing"))
    if fixes:
        click.echo(f"\n`claimlight serve` serves {RULES_ONLY} until this is fixed: {'; '.join(fixes)}")
        sys.exit(1)
    click.echo("\n`claimlight serve` scores claims and writes questions with the model.")
