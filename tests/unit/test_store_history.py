"""The history store on real files: idempotent recording, versions, merges, paging, search, retention, export."""

import csv
import io
import json
import threading
from datetime import datetime, timedelta, timezone

import pytest

from claimlight.store import HistoryStore, StoreLockedError, page_id_for

from ..store_samples import make_analysis, shoigu_page, zelensky_page


@pytest.fixture
def store(tmp_path):
    opened = HistoryStore(tmp_path / "history")
    yield opened
    opened.close()


def reopen(store: HistoryStore) -> HistoryStore:
    store.close()
    return HistoryStore(store.directory)


def test_unchanged_page_is_not_duplicated_and_keeps_questions_and_feedback(store):
    page = zelensky_page()
    store.record(page)
    claim_id = page["claims"][0]["id"]
    store.update_claim(claim_id, {"questions": [{"text": "Who counted them?", "by": "model"}], "feedback": "useful",
                                  "score": 0.91, "judged_by": "model:smollm2"})
    again = store.record(zelensky_page())
    assert again["id"] == page["id"]
    assert again["claims"][0]["questions"] == [{"text": "Who counted them?", "by": "model"}]
    assert again["claims"][0]["feedback"] == "useful"
    assert store.history()["pages"][0]["versions"] == 1
    assert store.count() == 1


def test_changed_page_keeps_both_versions_and_says_what_changed(store):
    url = "https://news.example/story"
    first = make_analysis(url, "v1", [("Officials said 16,000 volunteers signed up.", [{"text": "16,000", "value": 16000, "unit": "volunteers"}], None),
                                      ("The ministry said the convoy was 60 km long.", [{"text": "60 km", "value": 60, "unit": "km"}], None)])
    second = make_analysis(url, "v2", [("Officials said 18,000 volunteers signed up.", [{"text": "18,000", "value": 18000, "unit": "volunteers"}], None),
                                       ("Two new bridges were destroyed, 3 sources said.", [{"text": "3", "value": 3, "unit": "sources"}], None)],
                           analysed_at="2026-11-23T12:00:00+00:00")
    store.record(first)
    stored = store.record(second)
    changes = stored["changes"]
    assert changes["previous_id"] == first["id"]
    assert [(c["before"], c["after"]) for c in changes["figures_changed"]] == [(["16,000"], ["18,000"])]
    assert [c["text"] for c in changes["claims_gone"]] == ["The ministry said the convoy was 60 km long."]
    assert changes["claims_new"] == 1
    store = reopen(store)
    try:
        assert store.get_analysis(first["id"])["claims"][1]["text"].startswith("The ministry")
        assert store.get_analysis(second["id"])["changes"] == changes
        [page] = store.history()["pages"]
        assert (page["analysis_id"], page["versions"], page["page_id"]) == (second["id"], 2, page_id_for(url))
    finally:
        store.close()


def test_update_claim_merges_later_fields_and_updates_counts(store):
    page = zelensky_page()
    store.record(page)
    claim_id = page["claims"][0]["id"]
    updated = store.update_claim(claim_id, {"level": "high", "reasons": ["model: checkable source missing"],
                                            "text": "rewritten by a bug"})
    assert updated["level"] == "high" and updated["text"] == page["claims"][0]["text"]
    assert store.history()["pages"][0]["counts"] == {"high": 2, "medium": 0, "low": 0}
    assert store.update_claim("c_missing", {"level": "low"}) is None
    second = page["claims"][1]["id"]
    changes = {claim_id: {"score": 0.8}, second: {"score": 0.1, "level": "low"}, "c_missing": {}}
    batch = store.revise_claims(changes, lambda claim: changes[claim["id"]])
    assert (batch[claim_id]["score"], batch[second]["level"], batch["c_missing"]) == (0.8, "low", None)
    assert store.history()["pages"][0]["counts"] == {"high": 1, "medium": 0, "low": 1}
    store.update_claim(second, {"level": "high"})
    claim, analysis = store.get_claim(claim_id)
    assert claim["reasons"] == ["model: checkable source missing"] and analysis["counts"]["high"] == 2


def test_revise_claims_works_from_the_claim_as_stored_not_an_older_copy(store):
    page = zelensky_page()
    store.record(page)
    first, second = (c["id"] for c in page["claims"][:2])
    store.update_claim(first, {"feedback": "not_a_claim"})  # lands after page["claims"] was read
    revised = store.revise_claims([first, second, "c_missing"],
                                  lambda claim: {"level": "low" if claim.get("feedback") == "not_a_claim" else "high"})
    assert (revised[first]["level"], revised[second]["level"], revised["c_missing"]) == ("low", "high", None)
    assert store.get_claim(first)[0]["level"] == "low" and store.history()["pages"][0]["counts"]["low"] == 1


def test_history_pages_newest_first_with_a_cursor_and_searches_claims_and_sources(store):
    base = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for n in range(7):
        store.record(make_analysis(f"https://site{n}.example/a", f"text {n}",
                                   [(f"Claim number {n} about {'tanks' if n % 2 else 'grain'}.", [], {"text": f"Minister Number{n}", "kind": "named"})],
                                   analysed_at=(base + timedelta(hours=n)).isoformat(timespec="seconds")))
    store.record(make_analysis("https://same.example/b", "same time", [("x", [], None)], analysed_at=(base + timedelta(hours=6)).isoformat(timespec="seconds")))
    seen, before = [], None
    while True:
        result = store.history(limit=3, before=before)
        seen.extend(p["url"] for p in result["pages"])
        before = result["next_before"]
        if before is None:
            break
    assert len(seen) == 8 and len(set(seen)) == 8, "paging must neither skip nor repeat pages with equal times"
    assert seen[-1] == "https://site0.example/a"
    assert [p["url"] for p in store.history(q="TANKS")["pages"]] == [f"https://site{n}.example/a" for n in (5, 3, 1)]
    assert [p["url"] for p in store.history(q="number4")["pages"]] == ["https://site4.example/a"], "source text is searched"
    assert [p["url"] for p in store.history(q="site2.example")["pages"]] == ["https://site2.example/a"]
    assert store.history(q="grain tanks")["pages"] == []
    assert [p["url"] for p in store.history(before="2026-01-01T02:00:00+00:00")["pages"]] == ["https://site1.example/a", "https://site0.example/a"]
    tanks_cursor = store.history(q="tanks", limit=1)["next_before"]
    assert [p["url"] for p in store.history(q="tanks", before=tanks_cursor)["pages"]] == [f"https://site{n}.example/a" for n in (3, 1)]

    store.record(make_analysis("https://late.example/", "late", [("Tanks again.", [], None)], analysed_at="2026-02-01T00:00:00+00:00"))
    store.delete_page(page_id_for("https://site3.example/a"))
    assert [p["url"] for p in store.history(q="tanks")["pages"]] == ["https://late.example/", "https://site5.example/a", "https://site1.example/a"]


def test_forget_one_page_and_everything(store):
    zelensky, shoigu = zelensky_page(), shoigu_page()
    store.record(zelensky)
    store.record(shoigu)
    assert store.delete_page(page_id_for(zelensky["url"])) is True
    assert store.delete_page(page_id_for(zelensky["url"])) is False
    assert store.get_analysis(zelensky["id"]) is None
    assert store.related(shoigu["claims"][1]["id"]) == [], "a forgotten page leaves nothing in the ledger"
    store = reopen(store)
    try:
        assert [p["url"] for p in store.history()["pages"]] == [shoigu["url"]]
        assert store.delete_all() == 1
        assert store.history()["pages"] == [] and store.get_analysis(shoigu["id"]) is None
        assert not list((store.directory / "analyses").rglob("*.json"))
    finally:
        store.close()


def test_related_finds_the_same_figure_credited_to_someone_else_on_another_page(store):
    zelensky, shoigu = zelensky_page(), shoigu_page()
    store.record(zelensky)
    store.record(shoigu)
    related = store.related(zelensky["claims"][0]["id"])
    by_source = {r["source"]["text"]: r for r in related}
    assert set(by_source) == {"Russian Defence Minister Sergei Shoigu", "Mr Zelensky"}
    assert by_source["Mr Zelensky"]["match"] == ["figure", "source"]
    assert by_source["Russian Defence Minister Sergei Shoigu"]["match"] == ["figure"]
    assert by_source["Mr Zelensky"]["url"] == shoigu["url"] and by_source["Mr Zelensky"]["title"] == shoigu["title"]
    assert related[0]["source"]["text"] == "Mr Zelensky", "matches on both figure and source come first"
    assert store.related(zelensky["claims"][1]["id"]) == []
    assert store.related("c_unknown") is None


def test_retention_by_pages_and_days_applies_at_start_and_after_writes(tmp_path):
    now = datetime.now(timezone.utc)
    store = HistoryStore(tmp_path / "history")
    for n in range(5):
        store.record(make_analysis(f"https://r.example/{n}", "t", [("c", [], None)],
                                   analysed_at=(now - timedelta(days=10 - 2 * n, hours=12)).isoformat(timespec="seconds")))
    store.close()
    store = HistoryStore(tmp_path / "history", retention_days=7)
    assert [p["url"] for p in store.history()["pages"]] == ["https://r.example/4", "https://r.example/3", "https://r.example/2"]
    store.close()
    store = HistoryStore(tmp_path / "history", retention_pages=2)
    store.record(make_analysis("https://r.example/new", "t", [("c", [], None)], analysed_at=now.isoformat(timespec="seconds")))
    assert [p["url"] for p in store.history()["pages"]] == ["https://r.example/new", "https://r.example/4"]
    assert store.get_analysis(make_analysis("https://r.example/3", "t", [])["id"]) is None
    store.close()


def test_export_json_is_complete_and_csv_neutralises_formulas(store):
    hostile = make_analysis("https://evil.example/", "t", [("=HYPERLINK(\"http://evil\",\"click\") said 5 people", [], {"text": "@cmd", "kind": "named"})])
    store.record(hostile)
    store.record(zelensky_page())
    exported = json.loads("".join(store.export("json")))
    assert {a["id"] for a in exported["analyses"]} == {hostile["id"], zelensky_page()["id"]}
    rows = list(csv.DictReader(io.StringIO("".join(store.export("csv")))))
    assert len(rows) == 3
    hostile_row = next(r for r in rows if r["url"] == "https://evil.example/")
    assert hostile_row["text"].startswith("'=") and hostile_row["source"] == "'@cmd"


def test_two_threads_writing_at_once_lose_nothing(store):
    pages = [[make_analysis(f"https://t{t}.example/{n}", f"text {t} {n}", [(f"claim {t} {n}", [{"text": "5", "value": 5, "unit": "km"}], None)])
              for n in range(25)] for t in range(2)]
    errors = []

    def write(batch):
        try:
            for page in batch:
                store.record(page)
                store.update_claim(page["claims"][0]["id"], {"feedback": "useful"})
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(batch,)) for batch in pages]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    store = reopen(store)
    try:
        assert store.count() == 50
        for page in pages[0] + pages[1]:
            assert store.get_analysis(page["id"])["claims"][0]["feedback"] == "useful"
    finally:
        store.close()


def test_a_second_writer_on_the_same_history_is_refused(store):
    with pytest.raises(StoreLockedError, match="in use by another Claimlight process"):
        HistoryStore(store.directory)
    reader = HistoryStore(store.directory, read_only=True)
    try:
        with pytest.raises(PermissionError):
            reader.record(zelensky_page())
    finally:
        reader.close()


def test_close_drains_queued_writes_then_refuses_more(tmp_path):
    store = HistoryStore(tmp_path / "history")
    store.record(zelensky_page())
    store.close()
    with pytest.raises(RuntimeError, match="closed"):
        store.record(shoigu_page())
    store = HistoryStore(tmp_path / "history")
    try:
        assert store.count() == 1
    finally:
        store.close()
