"""One writer per history directory, across processes.

The server holds an exclusive ``flock`` on ``<history>/lock`` for as long as
its store is open; the kernel drops it when the process dies, even by SIGKILL,
so a crash never leaves a stale lock. The CLI takes the same lock before it
writes and refuses with a clear message while a server holds it.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class StoreLockedError(RuntimeError):
    """Another process (normally a running ``claimlight serve``) owns the history."""


class StoreLock:
    def __init__(self, directory: Path):
        self.path = directory / "lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise StoreLockedError(
                f"the history in {self.path.parent} is in use by another Claimlight process (pid {holder}), "
                "normally a running `claimlight serve`") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
