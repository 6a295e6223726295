"""``claimlight serve``: the local server, on loopback unless told otherwise."""

from __future__ import annotations

import ipaddress

import click

from ..llm.install import RULES_ONLY, model_path_gaps
from ..settings import Settings


def settings_help() -> str:
    """Every setting as its environment variable, default and description, written from the Settings table itself."""
    lines = ["Every setting is also an environment variable (an option above overrides its own):"]
    for name, field in Settings.model_fields.items():
        default = field.get_default(call_default_factory=True)
        shown = "unset" if default in (None, []) else default
        lines.append(f"CLAIMLIGHT_{name.upper()} ({shown}): {field.description}")
    return "\n\n".join(lines)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command(epilog=settings_help())
@click.option("--port", type=int, default=None, help="Port to listen on (default 8765, or CLAIMLIGHT_PORT).")
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1).")
@click.option("--allow-remote-bind", is_flag=True, help="Allow binding a non-loopback address. Exposes your history to the network.")
@click.option("--engine", type=click.Choice(["local", "openai"]), default=None, help="Where the model runs.")
@click.option("--base-url", default=None, help="OpenAI-compatible server for --engine openai.")
@click.option("--no-model", is_flag=True, help="Serve the rules-only fast path without loading a model.")
def serve(port, host, allow_remote_bind, engine, base_url, no_model) -> None:
    """Serve the Claimlight API for the browser extension."""
    overrides = {k: v for k, v in {"port": port, "host": host, "engine": engine, "base_url": base_url}.items() if v is not None}
    if no_model:
        overrides["load_model"] = False
    settings = Settings(**overrides)
    if not _is_loopback(settings.host):
        if not allow_remote_bind:
            raise click.UsageError(f"refusing to bind {settings.host}: not a loopback address (pass --allow-remote-bind to insist)")
        click.secho(f"WARNING: binding {settings.host} exposes Claimlight to the network; the token is the only guard.", fg="red", err=True)

    gaps = model_path_gaps(settings)
    for gap in gaps:
        click.secho(f"{gap.name}: {gap.detail} (fix: {gap.fix})", fg="yellow", err=True)
    if gaps:
        click.secho(f"Serving {RULES_ONLY}; `claimlight doctor` says what the model path lacks.", fg="yellow", err=True)

    from ..app import create_app
    from ..serving import listening_addresses, make_server, serve_until_stopped

    app = create_app(settings=settings)
    try:
        try:
            server = make_server(app, settings)
        except OSError as exc:
            raise click.ClickException(f"cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}") from None
        click.echo(f"Claimlight listening on {', '.join(listening_addresses(server))}")
        click.echo(f"Data directory: {settings.home}")
        click.echo("Paste the token into the extension's options; print it with: claimlight token")
        serve_until_stopped(server)
        click.echo("Claimlight stopping: the model finishes its current job, the history its queued writes")
    finally:
        for name in ("claimlight.model", "claimlight.store"):
            app.extensions[name].close()
