"""``claimlight models``: list the catalogue, add a local GGUF, pull a catalogue model, choose one."""

from __future__ import annotations

from pathlib import Path

import click

from ..llm.catalogue import CatalogueError, ModelRegistry
from ..llm.download import DownloadError, download
from ..settings import Settings


def _registry() -> ModelRegistry:
    settings = Settings()
    return ModelRegistry(settings.models_dir, settings.catalogue_path)


def _size(n: int) -> str:
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.0f} MB"


@click.group()
def models() -> None:
    """Models Claimlight can run: the bundled one, catalogue downloads, your own GGUF files."""


@models.command("list")
def list_models() -> None:
    """Show catalogue and added models, whether each is here, and which is in use."""
    registry = _registry()
    try:
        catalogue = registry.catalogue()
    except CatalogueError as exc:
        raise click.ClickException(str(exc)) from None
    in_use = registry.resolve(Settings().model_path).name
    click.echo(f"{'':2}{'NAME':<26} {'SIZE':>9}  {'HERE':<5} {'LICENCE':<28} DESCRIPTION")
    for entry in catalogue.values():
        here = "yes" if registry.path_of(entry.name) else "no"
        mark = "* " if entry.name == in_use else "  "
        click.echo(f"{mark}{entry.name:<26} {_size(entry.size):>9}  {here:<5} {entry.licence:<28} {entry.description}")
    for name, path in registry.added().items():
        mark = "* " if name == in_use else "  "
        here = "yes" if Path(path).is_file() else "no"
        click.echo(f"{mark}{name:<26} {'':>9}  {here:<5} {'(your file)':<28} {path}")


@models.command("add")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", default=None, help="Name to use it by (default: the file name).")
def add_model(path: Path, name: str | None) -> None:
    """Register a GGUF file you already have."""
    try:
        added = _registry().add(path, name)
    except CatalogueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"added {added}: {path.resolve()}\nuse it with: claimlight models use {added}")


@models.command("pull")
@click.argument("name")
def pull_model(name: str) -> None:
    """Download a catalogue model (resumes an interrupted download; checks sha256)."""
    registry = _registry()
    try:
        entry = registry.catalogue().get(name)
    except CatalogueError as exc:
        raise click.ClickException(str(exc)) from None
    if entry is None:
        raise click.ClickException(f"no model {name!r} in the catalogue; see `claimlight models list`")
    if entry.bundled:
        click.echo(f"{name} ships with Claimlight; nothing to download")
        return
    with click.progressbar(length=entry.size, label=f"{name}", show_pos=False, show_percent=True) as bar:
        seen = {"done": 0}

        def progress(done: int, total: int | None) -> None:
            if total:
                bar.length = total
            bar.update(done - seen["done"])
            seen["done"] = done

        try:
            path = download(entry, registry.downloaded_path(entry), progress)
        except DownloadError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"verified sha256 and saved {path}\nuse it with: claimlight models use {name}")


@models.command("use")
@click.argument("name")
def use_model(name: str) -> None:
    """Make NAME the model `claimlight serve` loads."""
    try:
        _registry().use(name)
    except CatalogueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"now using {name}; restart `claimlight serve` to load it")
