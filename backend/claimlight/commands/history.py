"""``claimlight history``: list, search, export and forget pages without a server.

Reading opens the store read-only, which is safe beside a running server
(every file is replaced atomically). Forgetting takes the store's lock, so it
refuses while ``claimlight serve`` owns the history rather than race it.
"""

from __future__ import annotations

import json
import sys

import click

from ..llm.traces import ModelTraces
from ..settings import Settings
from ..store import StoreLockedError, open_store


def _open(read_only: bool):
    settings = Settings()
    forget_hooks = [] if read_only else [ModelTraces(settings).forget]  # forgetting reaches the model's files too
    try:
        return open_store(settings, read_only=read_only, forget_hooks=forget_hooks)
    except StoreLockedError as exc:
        raise click.ClickException(
            f"{exc}. Forget pages from the extension's side panel (the server does it), or stop the server and "
            "run this again.") from None


def _print_pages(result: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    if not result["pages"]:
        click.echo("No pages in history." if result.get("next_before") is None else "")
        return
    click.echo(f"{'ANALYSED':<26} {'PAGE':<19} {'H/M/L':<9} TITLE / URL")
    for page in result["pages"]:
        counts = page["counts"]
        levels = f"{counts['high']}/{counts['medium']}/{counts['low']}"
        click.echo(f"{page['analysed_at']:<26} {page['page_id']:<19} {levels:<9} {page['title'] or page['url']}")
    if result["next_before"]:
        click.echo(f"\nMore: --before '{result['next_before']}'")


@click.group()
def history() -> None:
    """Pages you have analysed: list, search, export, forget."""


@history.command("list")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--before", default=None, help="Show pages older than this cursor (printed as 'More:') or ISO time.")
@click.option("--json", "as_json", is_flag=True, help="Print the same JSON the API returns.")
def list_pages(limit: int, before: str | None, as_json: bool) -> None:
    """The newest pages first."""
    store = _open(read_only=True)
    try:
        _print_pages(store.history(limit=limit, before=before), as_json)
    finally:
        store.close()


@history.command("search")
@click.argument("query")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="Print the same JSON the API returns.")
def search(query: str, limit: int, as_json: bool) -> None:
    """Pages whose title, URL, claims or sources contain every word of QUERY."""
    store = _open(read_only=True)
    try:
        _print_pages(store.history(q=query, limit=limit), as_json)
    finally:
        store.close()


@history.command("export")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
def export(fmt: str, output: str | None) -> None:
    """Everything in history, as JSON (complete) or CSV (one row per claim)."""
    store = _open(read_only=True)
    try:
        handle = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            for chunk in store.export(fmt):
                handle.write(chunk)
        finally:
            if output:
                handle.close()
    finally:
        store.close()


@history.command("forget")
@click.argument("page_id", required=False)
@click.option("--all", "forget_all", is_flag=True, help="Forget every page.")
@click.option("--yes", is_flag=True, help="Do not ask before forgetting everything.")
def forget(page_id: str | None, forget_all: bool, yes: bool) -> None:
    """Forget one page (PAGE_ID from `history list`), or --all."""
    if bool(page_id) == forget_all:
        raise click.UsageError("give either a PAGE_ID or --all")
    if forget_all and not yes:
        click.confirm("Forget every page in your Claimlight history?", abort=True)
    store = _open(read_only=False)
    try:
        if forget_all:
            click.echo(f"Forgot {store.delete_all()} pages.")
        elif store.delete_page(page_id):
            click.echo(f"Forgot {page_id}.")
        else:
            raise click.ClickException(f"no page {page_id} in history")
    finally:
        store.close()
