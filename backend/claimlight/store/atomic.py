"""Crash-safe files: a write leaves either the old or the new file, never a torn one.

Every file Claimlight rewrites (the history store, the personal scoring head,
the feedback examples, the model catalogue's choices, the calibration cache,
the token) goes through ``atomic_write``: a temporary file in the same
directory, fsynced, renamed over the old one, and the directory fsynced, so
the caller acknowledges only what a crash or a power cut cannot take back.
TinyDB's own ``JSONStorage`` truncates the file and writes it in place, so a
crash mid-write loses the whole database; ``AtomicJSONStorage`` keeps TinyDB's
on-disk format and writes through ``atomic_write``.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
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


def atomic_write(path: Path, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` (str is written as UTF-8) so that a crash at any instant leaves old or new content.

    The temporary file's name is unique (``mkstemp``), so two threads writing the same path never share one.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, temp_name = tempfile.mkstemp(prefix=f"{path.name}{TEMP_MARKER}", dir=path.parent)  # mode 0600
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
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
        atomic_write(self.path, dump_json(data))

    def close(self) -> None:
        pass
