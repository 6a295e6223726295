"""One way to rewrite a file (store/atomic.py), and every writer uses it.

The order of a durable write is what SIGKILL cannot test (the page cache
survives a killed process): the data is fsynced before the rename, and the
directory after it, before the write returns, so a caller acknowledges only
what a power cut cannot take back.
"""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest

from claimlight.llm.calllog import FOR_ANALYSIS, CallLog, CallsFor
from claimlight.llm.catalogue import ModelRegistry
from claimlight.llm.feedback import FeedbackBook
from claimlight.llm.head import LogisticHead
from claimlight.security import load_or_create_token
from claimlight.settings import Settings
from claimlight.store import open_store
from claimlight.store.atomic import TEMP_MARKER, atomic_write
from tests.store_samples import zelensky_page


@pytest.fixture
def disk_calls(monkeypatch) -> list[tuple]:
    """Every fsync (with the path of what was synced) and rename, in order."""
    calls: list[tuple] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        calls.append(("fsync", Path(os.readlink(f"/proc/self/fd/{fd}"))))
        real_fsync(fd)

    def replace(source, target):
        calls.append(("replace", Path(source), Path(target)))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return calls


def assert_durable_write(calls: list[tuple], target: Path) -> None:
    """``target`` was written as: fsync of a temporary file beside it, rename over it, fsync of its directory."""
    renames = [i for i, call in enumerate(calls) if call[0] == "replace" and call[2] == target]
    assert renames, f"{target} was not written by renaming a temporary file over it"
    at = renames[-1]
    temp = calls[at][1]
    assert temp.parent == target.parent and temp.name.startswith(target.name + TEMP_MARKER)
    assert ("fsync", temp) in calls[:at], "the data was not fsynced before the rename"
    assert ("fsync", target.parent) in calls[at + 1:], "the directory was not fsynced after the rename"


def test_the_data_is_synced_before_the_rename_and_the_directory_after(tmp_path, disk_calls):
    target = tmp_path / "file.json"
    atomic_write(target, "new")
    assert target.read_text() == "new"
    assert [call[0] for call in disk_calls] == ["fsync", "replace", "fsync"]
    assert_durable_write(disk_calls, target)
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)


def write_head(home: Path) -> Path:
    path = home / "feedback" / "head.json"
    LogisticHead.shipped().save(path)
    return path


def write_examples(home: Path) -> Path:
    book = FeedbackBook(home / "feedback")
    book.add("c_1", "Officials said 16,000 came.", "useful", [0.1, 0.2], [1.0], "embedder")
    return book.examples_path


def write_catalogue_choice(home: Path) -> Path:
    model = home / "model.gguf"
    model.write_bytes(b"GGUF" + bytes(64))
    registry = ModelRegistry(home / "models", home / "catalogue.toml")
    registry.use(registry.add(model, "mine"))
    return home / "models" / "selected"


def write_catalogue_additions(home: Path) -> Path:
    write_catalogue_choice(home)
    return home / "models" / "added.json"


def write_token(home: Path) -> Path:
    load_or_create_token(home / "token")
    return home / "token"


def write_history(home: Path) -> Path:
    store = open_store(Settings(home=home))
    try:
        analysis = store.record(zelensky_page())
        return store._analysis_path(analysis["id"])
    finally:
        store.close()


def rewrite_call_log(home: Path) -> Path:
    log = CallLog(home / "logs" / "llm.jsonl")
    for analysis_id in ("a_kept", "a_forgotten"):
        token = FOR_ANALYSIS.set(CallsFor(analysis_id, 0.0))
        log.write("embed", "local", "m", ["text"], {}, 0.0)
        FOR_ANALYSIS.reset(token)
    log.forget(frozenset({"a_forgotten"}))
    return log.path


@pytest.mark.parametrize("write", [write_head, write_examples, write_catalogue_choice, write_catalogue_additions, write_token,
                                   write_history, rewrite_call_log], ids=lambda write: write.__name__)
def test_every_file_claimlight_rewrites_is_written_durably(tmp_path, disk_calls, write):
    home = tmp_path / "home"
    home.mkdir()
    target = write(home)
    assert target.exists()
    assert_durable_write(disk_calls, target)


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path, monkeypatch):
    target = tmp_path / "file.json"
    atomic_write(target, "old")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError) as raised:
        atomic_write(target, "new")
    assert raised.value.errno == errno.ENOSPC
    assert target.read_text() == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["file.json"]


def test_threads_writing_one_file_at_once_never_share_a_temporary_file(tmp_path):
    target = tmp_path / "shared.json"
    failures: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for round_ in range(40):
                atomic_write(target, f"writer {n} round {round_}")
        except BaseException as exc:  # noqa: BLE001 - any failure is the finding
            failures.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert target.read_text().startswith("writer ")
    assert [path.name for path in tmp_path.iterdir()] == ["shared.json"]
