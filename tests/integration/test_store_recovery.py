"""Files on disk going wrong: a torn or foreign file at start, a store from schema 1, leftovers of a crash."""

import json
import logging

import pytest
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from claimlight.store import Forgotten, HistoryStore, page_id_for

from ..store_samples import make_analysis, shoigu_page, zelensky_page


def test_corrupt_index_bucket_is_moved_aside_and_rebuilt_from_the_analyses(tmp_path, caplog):
    store = HistoryStore(tmp_path / "history")
    zelensky = zelensky_page()
    store.record(zelensky)
    store.close()
    bucket = tmp_path / "history" / "index" / f"{page_id_for(zelensky['url'])[2:5]}.json"
    bucket.write_bytes(bucket.read_bytes()[:40])

    with caplog.at_level(logging.ERROR):
        store = HistoryStore(tmp_path / "history")
    try:
        health = store.health()
        assert health["state"] == "recovered"
        [moved] = health["moved_aside"]
        assert ".corrupt-" in moved and (tmp_path / "history" / "index").joinpath(moved.rsplit("/", 1)[1]).exists()
        assert "moved it aside" in caplog.text
        assert store.get_analysis(zelensky["id"])["claims"][0]["source"]["text"] == "Volodymyr Zelensky"
        assert store.history()["pages"][0]["url"] == zelensky["url"], "rebuilt from the analysis file, nothing lost"
    finally:
        store.close()
    store = HistoryStore(tmp_path / "history")
    try:
        assert store.health()["state"] == "ok" and store.count() == 1
    finally:
        store.close()


def test_corrupt_analysis_and_meta_files_are_moved_aside_and_the_rest_served(tmp_path):
    store = HistoryStore(tmp_path / "history")
    zelensky, shoigu = zelensky_page(), shoigu_page()
    store.record(zelensky)
    store.record(shoigu)
    store.close()
    analysis_file = next((tmp_path / "history" / "analyses").rglob(f"{zelensky['id']}.json"))
    analysis_file.write_bytes(b"\x00\x00garbage")
    (tmp_path / "history" / "meta.json").write_text("{not json")

    store = HistoryStore(tmp_path / "history")
    try:
        assert store.health()["state"] == "recovered" and len(store.health()["moved_aside"]) == 1
        assert store.get_analysis(shoigu["id"]) is not None
        assert store.get_analysis(zelensky["id"]) is None, "found unreadable on first read"
        assert store.related(shoigu["claims"][0]["id"]) is not None
    finally:
        store.close()
    assert list(analysis_file.parent.glob(f"{analysis_file.name}.corrupt-*"))
    store = HistoryStore(tmp_path / "history")
    try:
        assert [p["url"] for p in store.history()["pages"]] == [shoigu["url"]]
    finally:
        store.close()


def test_crash_leftovers_are_reconciled(tmp_path):
    """A temp file, an analysis whose index write never happened, an index entry whose file never landed."""
    store = HistoryStore(tmp_path / "history")
    zelensky, shoigu = zelensky_page(), shoigu_page()
    store.record(zelensky)
    store.record(shoigu)
    store.close()
    history = tmp_path / "history"
    shoigu_bucket = history / "index" / f"{page_id_for(shoigu['url'])[2:5]}.json"
    data = json.loads(shoigu_bucket.read_text())
    data["pages"] = {k: v for k, v in data["pages"].items() if v["page_id"] != page_id_for(shoigu["url"])}
    shoigu_bucket.write_text(json.dumps(data))
    next(history.joinpath("analyses").rglob(f"{zelensky['id']}.json")).unlink()
    (history / "index" / "00.json.tmp-12345").write_text("{\"half")

    store = HistoryStore(history)
    try:
        assert [p["url"] for p in store.history()["pages"]] == [shoigu["url"]]
        assert store.get_analysis(zelensky["id"]) is None
        assert store.related(shoigu["claims"][0]["id"]) == []
        assert not list(history.rglob("*.tmp-*"))
        assert store.health()["state"] == "ok"
    finally:
        store.close()


def test_migrates_a_schema_1_single_file_store_once(tmp_path):
    history = tmp_path / "history"
    history.mkdir()
    old = [zelensky_page(), shoigu_page(), make_analysis("https://old.example/", "old", [("x said 3 things", [], None)])]
    for analysis in old:
        analysis["claims"][0]["questions"] = [{"text": "kept?", "by": "model"}]
    v1 = TinyDB(history / "history.json", storage=JSONStorage)
    v1.table("meta").insert({"schema_version": 1})
    v1.table("analyses").insert_multiple(old)
    v1.close()

    store = HistoryStore(history)
    try:
        assert store.health()["migrated_from"] == 1 and store.health()["schema_version"] == 2
        assert store.count() == 3
        migrated = store.get_analysis(old[0]["id"])
        assert migrated["page_id"] == page_id_for(old[0]["url"]) and migrated["claims"][0]["questions"][0]["text"] == "kept?"
        assert {r["claim_id"] for r in store.related(old[0]["claims"][0]["id"])} == {c["id"] for c in old[1]["claims"][:2]}
        assert not (history / "history.json").exists() and (history / "history.json.v1-migrated").exists()
    finally:
        store.close()
    meta = json.loads((history / "meta.json").read_text())
    assert list(meta["meta"].values()) == [{"schema_version": 2}]
    store = HistoryStore(history)
    try:
        assert "migrated_from" not in store.health() and store.count() == 3
    finally:
        store.close()


def test_forgetting_reaches_the_kept_schema_1_file_and_the_forget_hooks(tmp_path):
    history = tmp_path / "history"
    history.mkdir()
    old = [zelensky_page(), shoigu_page()]
    v1 = TinyDB(history / "history.json", storage=JSONStorage)
    v1.table("meta").insert({"schema_version": 1})
    v1.table("analyses").insert_multiple(old)
    v1.close()
    told = []
    store = HistoryStore(history, forget_hooks=[told.append])
    try:
        backup = history / "history.json.v1-migrated"
        assert old[0]["claims"][0]["text"].encode() in backup.read_bytes()
        assert store.delete_page(page_id_for(old[0]["url"]))
        assert told[-1] == Forgotten(frozenset({old[0]["id"]}), frozenset(c["id"] for c in old[0]["claims"]))
        assert old[0]["claims"][0]["text"].encode() not in backup.read_bytes()
        assert old[1]["claims"][0]["text"].encode() in backup.read_bytes()
        assert store.delete_all() == 1
        assert told[-1] == Forgotten(frozenset({old[1]["id"]}), frozenset(c["id"] for c in old[1]["claims"]), everything=True)
        assert not backup.exists()
    finally:
        store.close()


def test_a_failing_forget_hook_leaves_the_page_to_forget_again(tmp_path):
    def refuse(forgotten):
        raise OSError(28, "No space left on device")

    store = HistoryStore(tmp_path / "history", forget_hooks=[refuse])
    try:
        page = store.record(zelensky_page())
        with pytest.raises(OSError):
            store.delete_page(page["page_id"])
        assert store.get_analysis(page["id"]) is not None
    finally:
        store.close()
