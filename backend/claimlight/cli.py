"""The ``claimlight`` command: serve, token, analyze, models, history, setup, doctor."""

from __future__ import annotations

import click

from .commands import analyze, doctor, history, models, serve, setup, token


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimlight")
def cli() -> None:
    """Claimlight flags the unverified numbers and attributions in news articles, locally."""


for command in (serve.serve, token.token, analyze.analyze, models.models, history.history, setup.setup, doctor.doctor):
    cli.add_command(command)


def main() -> None:
    cli()
