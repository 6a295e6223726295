"""``claimlight token``: print the per-install token to paste into the extension."""

from __future__ import annotations

import click

from ..security import load_or_create_token
from ..settings import Settings


@click.command()
def token() -> None:
    """Print the token the browser extension needs (created on first use)."""
    click.echo(load_or_create_token(Settings().token_path))
