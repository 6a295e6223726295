"""Crash-safe files: a write leaves either the old or the new file, never a torn one.

TinyDB's own ``JSONStorage`` truncates the file and writes it in place, so a
crash mid-write loses the whole database. ``AtomicJSONStorage`` keeps TinyDB's
on-disk format but writes a temporary file in the same directory, fsyncs it,
renames it over the old one and fsyncs the directory.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from tinydb.storages import Storage

log = logging.getLogger(__name__)

TEMP_MARKER = ".tmp-"


class CorruptFileError(ValueError):
    """A store file exists but cannot be read as JSON."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, sync_dir: bool = True) -> None:
    """Write ``data`` to ``path`` so that a crash at any instant leaves old or new content."""
    temp = path.with_name(f"{path.name}{TEMP_MARKER}{os.getpid()}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if sync_dir:
        fsync_dir(path.parent)


def dump_json(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def read_json(path: Path):
    """The parsed file, ``None`` if it does not exist; ``CorruptFileError`` if unreadable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CorruptFileError(path, f"cannot read: {exc}") from None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CorruptFileError(path, f"not valid JSON: {exc}") from None


def move_aside(path: Path, reason: str) -> Path:
    """Rename an unreadable file to ``<file>.corrupt-<timestamp>`` so nothing is silently discarded."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    os.replace(path, target)
    fsync_dir(path.parent)
    log.error("history store: %s is unreadable (%s); moved it aside to %s", path, reason, target)
    return target


def remove_temp_files(directory: Path) -> int:
    """Delete temporary files left by writes that a crash interrupted (never acknowledged)."""
    removed = 0
    for temp in directory.rglob(f"*{TEMP_MARKER}*"):
        temp.unlink(missing_ok=True)
        removed += 1
    return removed


class AtomicJSONStorage(Storage):
    """TinyDB storage with TinyDB's JSON format and atomic, durable writes."""

    def __init__(self, path, read_only: bool = False):
        super().__init__()
        self.path = Path(path)
        self.read_only = read_only

    def read(self):
        data = read_json(self.path)
        if data is not None and not isinstance(data, dict):
            raise CorruptFileError(self.path, "top level is not a JSON object")
        return data

    def write(self, data) -> None:
        if self.read_only:
            raise PermissionError(f"{self.path}: store opened read-only")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, dump_json(data))

    def close(self) -> None:
        pass
