"""INTERIM: owned by a helper."""

from __future__ import annotations

import click


@click.group()
def history() -> None:
    """Not yet implemented."""
