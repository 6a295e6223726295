"""Waiting on a condition with a deadline: tests poll state, they never sleep to synchronise."""

from __future__ import annotations

import time


def wait_for(condition, timeout: float = 10.0, interval: float = 0.02) -> bool:
    """True as soon as ``condition()`` is truthy, False once ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)  # polling interval while waiting for a condition
    return False
