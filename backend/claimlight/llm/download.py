"""Download a catalogue model: resumable (HTTP Range on a .part file), verified by sha256 before use."""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from .catalogue import ModelEntry

BLOCK = 1 << 20
USER_AGENT = "Claimlight/0.1 (model download)"


class DownloadError(RuntimeError):
    pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def download(entry: ModelEntry, target: Path, progress: Callable[[int, int | None], None] | None = None,
             timeout: float = 60) -> Path:
    """Fetch ``entry`` to ``target``, resuming a previous ``.part``; the file appears only once its sha256 matches."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_file() and sha256_of(target) == entry.sha256:
        return target
    part = target.with_name(target.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    headers = {"User-Agent": USER_AGENT}
    if have:
        headers["Range"] = f"bytes={have}-"
    request = urllib.request.Request(entry.url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if have and response.status != 206:
                have = 0  # the server ignored the range: start over
            length = response.headers.get("Content-Length")
            total = have + int(length) if length is not None else None
            with open(part, "ab" if have else "wb") as out:
                done = have
                if progress:
                    progress(done, total)
                for block in iter(lambda: response.read(BLOCK), b""):
                    out.write(block)
                    done += len(block)
                    if progress:
                        progress(done, total)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # already complete
            pass
        else:
            raise DownloadError(f"{entry.url} answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise DownloadError(f"download of {entry.name} interrupted ({exc}); run the same command again to resume") from None
    actual = sha256_of(part)
    if actual != entry.sha256:
        part.unlink(missing_ok=True)
        raise DownloadError(f"{entry.name}: sha256 mismatch (expected {entry.sha256}, got {actual}); the download was discarded")
    part.replace(target)
    return target
