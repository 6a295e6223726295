"""The model call log: off by default, bounded when on, and forgetful of forgotten pages."""

import json
import time

from claimlight.llm.calllog import FOR_ANALYSIS, CallLog, CallsFor
from claimlight.settings import Settings


def write_for(log: CallLog, analysis_id: str | None, text: str, since: float | None = None) -> None:
    token = FOR_ANALYSIS.set(CallsFor(analysis_id, time.monotonic() if since is None else since) if analysis_id else None)
    try:
        log.write("embed", "local", "m", [text], {"dim": 4}, time.perf_counter())
    finally:
        FOR_ANALYSIS.reset(token)


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_log_is_off_by_default():
    assert Settings().log_model_calls is False


def test_the_log_rotates_and_stays_bounded(tmp_path):
    log = CallLog(tmp_path / "llm.jsonl", max_bytes=4096)
    for n in range(200):
        write_for(log, "a_1", f"sentence number {n} " + "x" * 40)
    assert [path.name for path in log.files] == ["llm.jsonl", "llm.jsonl.1"]
    assert sum(path.stat().st_size for path in log.files) <= 2 * 4096
    assert lines(tmp_path / "llm.jsonl")[-1]["request"][0].startswith("sentence number 199 ")


def test_forgetting_removes_the_pages_lines_from_both_files(tmp_path):
    log = CallLog(tmp_path / "llm.jsonl", max_bytes=4096)
    for n in range(60):
        write_for(log, "a_gone" if n % 2 else "a_kept", f"line {n} " + "y" * 60)
    write_for(log, None, "a calibration probe, for no page")
    with open(tmp_path / "llm.jsonl", "ab") as handle:
        handle.write(b'{"analysis_id": "a_gone", "request": ["torn')  # a crash mid-append
    assert len(log.files) == 2
    before = [line for path in log.files for line in path.read_bytes().splitlines()]
    log.forget(frozenset({"a_gone"}))
    kept = [line for path in log.files for line in lines(path)]
    assert {line["analysis_id"] for line in kept} == {"a_kept", None}
    assert len(kept) == sum(1 for line in before if b'"a_gone"' not in line)
    log.forget(frozenset({"a_kept"}), everything=True)
    assert log.files == []


def test_work_asked_for_before_a_page_was_forgotten_is_not_logged_after_it(tmp_path):
    log = CallLog(tmp_path / "llm.jsonl")
    asked = time.monotonic()
    log.forget(frozenset({"a_1"}))
    write_for(log, "a_1", "a scoring chunk that was already running", since=asked)
    assert log.files == []
    write_for(log, "a_1", "the same page, recorded again later")
    assert [line["request"] for line in lines(tmp_path / "llm.jsonl")] == [["the same page, recorded again later"]]


def test_a_log_turned_off_writes_nothing_but_still_forgets(tmp_path):
    CallLog(tmp_path / "llm.jsonl").write("chat", "local", "m", "page text", "answer", time.perf_counter())
    log = CallLog(tmp_path / "llm.jsonl", enabled=False)
    write_for(log, "a_1", "page text")
    assert len(lines(tmp_path / "llm.jsonl")) == 1
    log.forget(frozenset({"a_2"}), everything=True)
    assert log.files == []
