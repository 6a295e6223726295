"""The history store: every analysis kept durably, listed and searched instantly.

On disk (``settings.history_dir``), all files in TinyDB's JSON format and all
written atomically (``atomic.py``)::

    meta.json                       schema version
    lock                            flock held by the one process that writes
    index/<bbb>.json                TinyDB table "pages": one small summary per page (URL), its versions,
                                    their claim ids, search text and ledger keys; bbb = page_id[2:5]
    analyses/<bb>/<analysis_id>.json   one full analysis; bb = analysis_id[2:4]

Recording a page writes its own analysis file and one of 4,096 small index buckets, so
the cost does not grow with the history. At start the buckets are read into a
compact in-memory index (summaries, search text, claim ids, ledger keys); the
full analyses stay on disk until asked for.

Crash safety: an analysis file is written before the index entry that points
at it, and deleted before the entry is removed. At start, index entries whose
file is missing are dropped (that write was never acknowledged) and analysis
files missing from the index are adopted, so the two always agree.

Forgetting: other files keep page text too (the model's call log and feedback
examples). The store's ``forget_hooks`` are told what is about to go before
any page leaves, retention included, so they can drop the same pages' text;
if one fails, the pages stay, to be forgotten again.
"""

from __future__ import annotations

import bisect
import heapq
import copy
import hashlib
import logging
import shutil
import time
import threading
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tinydb import TinyDB, where

from .atomic import (AtomicJSONStorage, CorruptFileError, atomic_write, dump_json, fsync_dir, move_aside,
                     read_json, remove_temp_files)
from .changes import diff_versions
from .export import EXPORTERS
from .ledger import Ledger, ledger_entry
from .lock import StoreLock
from .migrations import CURRENT_VERSION, MIGRATIONS, V1_FILE, forget_in_v1_backup
from .writer import WriterThread

log = logging.getLogger(__name__)

PAGES_TABLE = "pages"
ANALYSIS_TABLE = "analysis"
PROTECTED_CLAIM_FIELDS = {"id", "text", "selector", "figures", "source"}
RELATED_LIMIT = 20
SEPARATOR = "\x00"
LEVELS = ("high", "medium", "low")


@dataclass(frozen=True)
class Forgotten:
    """Pages about to leave the history: the analyses and claims whose text other files must drop too."""

    analysis_ids: frozenset[str]
    claim_ids: frozenset[str]
    everything: bool = False


def page_id_for(url: str) -> str:
    return "p_" + hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _bucket_of(identifier: str) -> str:
    """Folder of an analysis file: 256 folders keep directories small."""
    return identifier[2:4] if len(identifier) >= 4 else "00"


def _bucket_index(page_id: str) -> str:
    """Index bucket of a page: 4,096 buckets keep each one a few KB even at 100,000 pages."""
    return page_id[2:5] if len(page_id) >= 5 else "000"


def _counts(claims: list[dict]) -> dict:
    return {level: sum(1 for c in claims if c.get("level") == level) for level in LEVELS}


def _version_doc(analysis: dict) -> dict:
    """The index's record of one analysis: enough to list, search and relate without opening it."""
    parts = []
    for claim in analysis["claims"]:
        parts.append(claim.get("text") or "")
        source = claim.get("source") or {}
        if source.get("text"):
            parts.append(source["text"])
    ledger = [entry for entry in (ledger_entry(c) for c in analysis["claims"]) if entry]
    return {"analysis_id": analysis["id"], "analysed_at": analysis.get("analysed_at", ""),
            "text_sha256": analysis.get("text_sha256"), "counts": _counts(analysis["claims"]),
            "claim_ids": [c["id"] for c in analysis["claims"]], "search": " \n".join(parts).casefold(),
            "ledger": ledger}


class _Version:
    __slots__ = ("analysis_id", "analysed_at", "counts", "claim_ids")

    def __init__(self, doc: dict):
        self.analysis_id = doc["analysis_id"]
        self.analysed_at = doc["analysed_at"]
        self.counts = tuple(doc["counts"].get(level, 0) for level in LEVELS)
        self.claim_ids = tuple(doc["claim_ids"])


class _Page:
    """One URL in memory: its summary and the text a search looks through."""

    __slots__ = ("page_id", "url", "title", "site", "versions", "search")

    def __init__(self, doc: dict):
        self.page_id = doc["page_id"]
        self.url = doc["url"]
        self.title = doc.get("title") or ""
        self.site = doc.get("site") or ""
        self.versions = sorted((_Version(v) for v in doc["versions"]), key=lambda v: v.analysed_at)
        self.search = "\n".join([self.title.casefold(), self.url.casefold(),
                                 *(v["search"] for v in doc["versions"])]).replace(SEPARATOR, " ")

    @property
    def latest(self) -> _Version:
        return self.versions[-1]

    @property
    def order_key(self) -> tuple[str, str]:
        return self.latest.analysed_at, self.page_id

    def summary(self) -> dict:
        latest = self.latest
        return {"page_id": self.page_id, "analysis_id": latest.analysis_id, "url": self.url, "title": self.title,
                "site": self.site, "analysed_at": latest.analysed_at, "counts": dict(zip(LEVELS, latest.counts)),
                "claims": len(latest.claim_ids), "versions": len(self.versions)}


def _cursor(key: tuple[str, str]) -> str:
    return f"{key[0]}|{key[1]}"


def parse_cursor(before: str) -> tuple[str, str]:
    """'<analysed_at>|<page_id>' from next_before, or a bare ISO time meaning strictly earlier."""
    analysed_at, _, page_id = before.partition("|")
    return analysed_at, page_id


class HistoryStore:
    def __init__(self, directory: Path, retention_days: int | None = None, retention_pages: int | None = None,
                 read_only: bool = False, forget_hooks: Iterable[Callable[[Forgotten], None]] = ()):
        self.directory = Path(directory)
        self.retention_days = retention_days
        self.retention_pages = retention_pages
        self.read_only = read_only
        self._forget_hooks = tuple(forget_hooks)
        self._index_dir = self.directory / "index"
        self._analyses_dir = self.directory / "analyses"
        self._memory_lock = threading.RLock()
        self._pages: dict[str, _Page] = {}
        self._analysis_page: dict[str, str] = {}
        self._analysis_time: dict[str, str] = {}
        self._claim_analysis: dict[str, str] = {}
        self._order: list[tuple[str, str]] = []
        self._ledger = Ledger()
        self._corpus: tuple[str, list[int]] | None = None
        self._moved_aside: list[str] = []
        self._migrated_from: int | None = None
        self._lock = StoreLock(self.directory)
        self._writer: WriterThread | None = None

        self.directory.mkdir(parents=True, exist_ok=True)
        if not read_only:
            self._lock.acquire()
        try:
            self._open()
        except BaseException:
            self._lock.release()
            raise
        if not read_only:
            self._writer = WriterThread()

    # ----- opening ---------------------------------------------------------------------------------------

    def _open(self) -> None:
        if not self.read_only:
            remove_temp_files(self.directory)
            for trash in self.directory.glob("trash-*"):
                shutil.rmtree(trash, ignore_errors=True)
            self._index_dir.mkdir(exist_ok=True)
            self._analyses_dir.mkdir(exist_ok=True)
            self._migrate()
        self._load()
        if not self.read_only:
            self._apply_retention()
        log.info("history store: %d pages in %s (%s)", len(self._pages), self.directory, self.health()["state"])

    def _schema_version(self) -> int:
        meta_path = self.directory / "meta.json"
        try:
            meta = AtomicJSONStorage(meta_path).read()
        except CorruptFileError as exc:
            self._moved_aside.append(str(move_aside(meta_path, str(exc))))
            meta = None
        if meta:
            documents = list((meta.get("meta") or {}).values())
            if documents and isinstance(documents[0].get("schema_version"), int):
                return documents[0]["schema_version"]
        if (self.directory / V1_FILE).exists():
            return 1
        return CURRENT_VERSION

    def _write_schema_version(self, version: int) -> None:
        db = TinyDB(self.directory / "meta.json", storage=AtomicJSONStorage)
        db.table("meta").upsert({"schema_version": version}, where("schema_version").exists())

    def _migrate(self) -> None:
        version = self._schema_version()
        if version > CURRENT_VERSION:
            raise RuntimeError(f"history in {self.directory} has schema {version}, newer than this Claimlight "
                               f"understands ({CURRENT_VERSION}); upgrade Claimlight")
        start = version
        while version < CURRENT_VERSION:
            log.info("history store: migrating schema %d -> %d", version, version + 1)
            try:
                MIGRATIONS[version](self.directory, self._import_analysis)
            except CorruptFileError as exc:
                self._moved_aside.append(str(move_aside(exc.path, str(exc))))
            version += 1
            self._write_schema_version(version)
        if start != CURRENT_VERSION:
            self._migrated_from = start
        elif not (self.directory / "meta.json").exists():
            self._write_schema_version(CURRENT_VERSION)

    def _import_analysis(self, analysis: dict) -> None:
        """Write one analysis and its index entry (used by migrations, before the index is loaded)."""
        stored = copy.deepcopy(analysis)
        stored["page_id"] = page_id_for(stored["url"])
        self._write_analysis_file(stored)
        self._upsert_version(stored)

    def _load(self) -> None:
        on_disk = self._analysis_files()
        for bucket_path in sorted(self._index_dir.glob("*.json")):
            try:
                data = AtomicJSONStorage(bucket_path).read() or {}
            except CorruptFileError as exc:
                if self.read_only:
                    log.error("history store: %s is unreadable; skipping it (read-only)", bucket_path)
                    continue
                self._moved_aside.append(str(move_aside(bucket_path, str(exc))))
                continue
            for doc in list((data.get(PAGES_TABLE) or {}).values()):
                kept = [v for v in doc.get("versions", []) if on_disk.pop(v["analysis_id"], None) is not None]
                if len(kept) != len(doc.get("versions", [])) and not self.read_only:
                    self._rewrite_page_doc(doc["page_id"], kept)
                if kept:
                    doc["versions"] = kept
                    self._remember(doc)
        for analysis_id, path in sorted(on_disk.items()):
            self._adopt(analysis_id, path)

    def _analysis_files(self) -> dict[str, Path]:
        found = {}
        for bucket in self._analyses_dir.iterdir() if self._analyses_dir.exists() else ():
            if bucket.is_dir():
                for path in bucket.iterdir():
                    if path.suffix == ".json":
                        found[path.stem] = path
        return found

    def _adopt(self, analysis_id: str, path: Path) -> None:
        """An analysis file without an index entry: its index write was cut short; put it back.

        A read-only reader leaves it alone: it may be a write the server is making right now.
        """
        if self.read_only:
            return
        try:
            analysis = self._read_analysis_path(path)
        except CorruptFileError as exc:
            self._moved_aside.append(str(move_aside(path, str(exc))))
            return
        if analysis is None or analysis.get("id") != analysis_id:
            return
        log.info("history store: re-indexing %s (its index entry was missing)", analysis_id)
        analysis.setdefault("page_id", page_id_for(analysis["url"]))
        self._replace_in_memory(*self._upsert_version(analysis))

    # ----- memory -------------------------------------------------------------------------------------------

    def _remember(self, doc: dict) -> None:
        page = _Page(doc)
        with self._memory_lock:
            self._corpus = None
            self._pages[page.page_id] = page
            bisect.insort(self._order, page.order_key)
            for version in doc["versions"]:
                analysis_id = version["analysis_id"]
                self._analysis_page[analysis_id] = page.page_id
                self._analysis_time[analysis_id] = version["analysed_at"]
                for claim_id in version["claim_ids"]:
                    self._claim_analysis[claim_id] = analysis_id
                for entry in version.get("ledger", ()):
                    self._ledger.add(entry)

    def _replace_in_memory(self, old_doc: dict | None, new_doc: dict) -> None:
        with self._memory_lock:
            self._forget_page_in_memory(new_doc["page_id"], old_doc)
            self._remember(new_doc)

    def _forget_page_in_memory(self, page_id: str, doc: dict | None) -> None:
        with self._memory_lock:
            page = self._pages.pop(page_id, None)
            if page is None:
                return
            self._corpus = None
            position = bisect.bisect_left(self._order, page.order_key)
            if position < len(self._order) and self._order[position] == page.order_key:
                del self._order[position]
            for version in page.versions:
                self._analysis_page.pop(version.analysis_id, None)
                self._analysis_time.pop(version.analysis_id, None)
                for claim_id in version.claim_ids:
                    self._claim_analysis.pop(claim_id, None)
            for version in (doc or {}).get("versions", ()):
                for entry in version.get("ledger", ()):
                    self._ledger.remove(entry)

    # ----- files ----------------------------------------------------------------------------------------------

    def _analysis_path(self, analysis_id: str) -> Path:
        return self._analyses_dir / _bucket_of(analysis_id) / f"{analysis_id}.json"

    def _bucket_db(self, page_id: str) -> TinyDB:
        return TinyDB(self._index_dir / f"{_bucket_index(page_id)}.json", storage=AtomicJSONStorage,
                      read_only=self.read_only)

    @staticmethod
    def _read_analysis_path(path: Path) -> dict | None:
        data = read_json(path)
        if data is None:
            return None
        try:
            return next(iter(data[ANALYSIS_TABLE].values()))
        except (KeyError, StopIteration, AttributeError, TypeError):
            raise CorruptFileError(path, "not a stored analysis") from None

    def _read_analysis(self, analysis_id: str) -> dict | None:
        try:
            return self._read_analysis_path(self._analysis_path(analysis_id))
        except CorruptFileError as exc:
            log.error("history store: cannot read analysis %s (%s)", analysis_id, exc)
            if self._writer is not None:
                self._writer.post(lambda: self._quarantine(analysis_id))
            return None

    def _quarantine(self, analysis_id: str) -> None:
        """Move an unreadable analysis file aside and drop it from the index (writer thread)."""
        path = self._analysis_path(analysis_id)
        try:
            if self._read_analysis_path(path) is not None:
                return
        except CorruptFileError as exc:
            self._moved_aside.append(str(move_aside(path, str(exc))))
        page_id = self._analysis_page.get(analysis_id)
        if page_id is None:
            return
        pages = self._bucket_db(page_id).table(PAGES_TABLE)
        old = pages.get(where("page_id") == page_id)
        kept = [v for v in (old or {}).get("versions", []) if v["analysis_id"] != analysis_id]
        self._rewrite_page_doc(page_id, kept)
        with self._memory_lock:
            self._forget_page_in_memory(page_id, dict(old) if old else None)
            if kept:
                self._remember({**old, "versions": kept})

    def _write_analysis_file(self, analysis: dict) -> None:
        path = self._analysis_path(analysis["id"])
        if not path.parent.exists():
            path.parent.mkdir()
            fsync_dir(self._analyses_dir)
        atomic_write(path, dump_json({ANALYSIS_TABLE: {"1": analysis}}))

    def _page_doc_from(self, analysis: dict, existing: dict | None) -> dict:
        doc = existing or {"page_id": analysis["page_id"], "url": analysis["url"], "versions": []}
        doc["title"] = analysis.get("title") or doc.get("title") or ""
        doc["site"] = analysis.get("site") or doc.get("site") or ""
        versions = [v for v in doc["versions"] if v["analysis_id"] != analysis["id"]]
        versions.append(_version_doc(analysis))
        versions.sort(key=lambda v: v["analysed_at"])
        doc["versions"] = versions
        return doc

    def _upsert_version(self, analysis: dict) -> tuple[dict | None, dict]:
        """Add or replace one version in its page's index entry; returns (entry before, entry after).

        The hot path of every record, so it reads and writes the bucket once through the
        storage (TinyDB's Table.upsert would read it three times and write it twice).
        """
        storage = AtomicJSONStorage(self._index_dir / f"{_bucket_index(analysis['page_id'])}.json")
        data = storage.read() or {}
        pages = data.setdefault(PAGES_TABLE, {})
        doc_id = next((key for key, doc in pages.items() if doc["page_id"] == analysis["page_id"]), None)
        old = pages.get(doc_id) if doc_id else None
        doc = self._page_doc_from(analysis, copy.deepcopy(old) if old else None)
        pages[doc_id or str(max((int(key) for key in pages), default=0) + 1)] = doc
        storage.write(data)
        return old, doc

    def _rewrite_page_doc(self, page_id: str, versions: list[dict]) -> None:
        pages = self._bucket_db(page_id).table(PAGES_TABLE)
        if versions:
            pages.update({"versions": versions}, where("page_id") == page_id)
        else:
            pages.remove(where("page_id") == page_id)

    # ----- writes (on the writer thread) ---------------------------------------------------------------------------

    def _write(self, job):
        if self._writer is None:
            raise PermissionError(f"the history in {self.directory} is open read-only")
        return self._writer.submit(job)

    def record(self, analysis: dict) -> dict:
        """Store an analysis; an unchanged page returns what is stored, questions and feedback included."""
        return self._write(lambda: self._record(analysis))

    def _record(self, analysis: dict) -> dict:
        if analysis["id"] in self._analysis_page:
            stored = self._read_analysis(analysis["id"])
            if stored is not None:
                return stored
        stored = copy.deepcopy(analysis)
        stored["page_id"] = page_id_for(stored["url"])
        page = self._pages.get(stored["page_id"])
        if page is not None:
            previous = self._read_analysis(page.latest.analysis_id)
            if previous is not None:
                stored["changes"] = diff_versions(previous, stored)
        self._write_analysis_file(stored)
        self._replace_in_memory(*self._upsert_version(stored))
        self._apply_retention()
        return stored

    def update_claim(self, claim_id: str, changes: dict) -> dict | None:
        """Merge fields written later (questions, score, level, reasons, judged_by, feedback) into a claim."""
        return self._write(lambda: self._update_claim(claim_id, changes))

    def revise_claims(self, claim_ids: Collection[str], revise: Callable[[dict], dict]) -> dict[str, dict | None]:
        """Merge ``revise(claim)`` into each claim, worked out on the write thread from the claim as stored: a change
        read from an older copy would overwrite what landed since (a model's chunk scored while the reader said
        "Not a claim" put the claim's level back). One durable write per analysis."""
        return self._write(lambda: self._revise_claims(claim_ids, revise))

    def add_claims(self, analysis_id: str, claims: list[dict]) -> list[dict]:
        """Claims the model adds to a stored analysis (sentences the rules passed over), in text order; one durable
        write. Returns the claims added (none when the analysis is gone or already holds them)."""
        return self._write(lambda: self._add_claims(analysis_id, claims))

    def _add_claims(self, analysis_id: str, claims: list[dict]) -> list[dict]:
        analysis = self._read_analysis(analysis_id)
        if analysis is None:
            return []
        known = {c["id"] for c in analysis["claims"]}
        added = [copy.deepcopy(c) for c in claims if c["id"] not in known]
        if not added:
            return []
        analysis["claims"] = sorted(analysis["claims"] + added, key=lambda c: c["selector"]["start"])
        analysis["counts"] = _counts(analysis["claims"])
        self._write_analysis_file(analysis)
        self._replace_in_memory(*self._upsert_version(analysis))
        return copy.deepcopy(added)

    def _update_claim(self, claim_id: str, changes: dict) -> dict | None:
        return self._revise_claims([claim_id], lambda claim: changes)[claim_id]

    def _revise_claims(self, claim_ids: Collection[str], revise: Callable[[dict], dict]) -> dict[str, dict | None]:
        updated: dict[str, dict | None] = dict.fromkeys(claim_ids)
        by_analysis: dict[str, list[str]] = {}
        for claim_id in claim_ids:
            analysis_id = self._claim_analysis.get(claim_id)
            if analysis_id:
                by_analysis.setdefault(analysis_id, []).append(claim_id)
        for analysis_id, ids_in_analysis in by_analysis.items():
            analysis = self._read_analysis(analysis_id)
            if analysis is None:
                continue
            claims = {c["id"]: c for c in analysis["claims"]}
            for claim_id in ids_in_analysis:
                claim = claims.get(claim_id)
                if claim is not None:
                    claim.update({k: copy.deepcopy(v) for k, v in revise(copy.deepcopy(claim)).items()
                                  if k not in PROTECTED_CLAIM_FIELDS})
                    updated[claim_id] = claim
            counts_before = analysis.get("counts")
            analysis["counts"] = _counts(analysis["claims"])
            self._write_analysis_file(analysis)
            if analysis["counts"] != counts_before:
                self._replace_in_memory(*self._upsert_version(analysis))
        return {claim_id: copy.deepcopy(claim) for claim_id, claim in updated.items()}

    def delete_page(self, page_id: str) -> bool:
        return self._write(lambda: self._delete_page(page_id))

    def _forgetting(self, forgotten: Forgotten) -> None:
        for hook in self._forget_hooks:
            hook(forgotten)
        forget_in_v1_backup(self.directory, forgotten.analysis_ids, forgotten.everything)

    def _delete_page(self, page_id: str) -> bool:
        page = self._pages.get(page_id)
        if page is None:
            return False
        self._forgetting(Forgotten(frozenset(v.analysis_id for v in page.versions),
                                   frozenset(c for v in page.versions for c in v.claim_ids)))
        pages = self._bucket_db(page_id).table(PAGES_TABLE)
        doc = pages.get(where("page_id") == page_id)
        touched = set()
        for version in page.versions:
            path = self._analysis_path(version.analysis_id)
            path.unlink(missing_ok=True)
            for aside in path.parent.glob(f"{path.name}.corrupt-*"):  # an unreadable copy moved aside holds text too
                aside.unlink()
            touched.add(path.parent)
        for directory in touched:
            fsync_dir(directory)
        pages.remove(where("page_id") == page_id)
        self._forget_page_in_memory(page_id, doc)
        return True

    def delete_all(self) -> int:
        return self._write(self._delete_all)

    def _delete_all(self) -> int:
        """Move both trees aside in one rename each, then remove them; a crash in between finishes at start."""
        with self._memory_lock:
            count = len(self._pages)
            forgotten = Forgotten(frozenset(self._analysis_page), frozenset(self._claim_analysis), everything=True)
        self._forgetting(forgotten)
        trash = self.directory / f"trash-{time.time_ns()}"
        trash.mkdir()
        for tree in (self._analyses_dir, self._index_dir):
            tree.rename(trash / tree.name)
            tree.mkdir()
        fsync_dir(self.directory)
        shutil.rmtree(trash)
        with self._memory_lock:
            self._pages.clear()
            self._analysis_page.clear()
            self._analysis_time.clear()
            self._claim_analysis.clear()
            self._order.clear()
            self._ledger = Ledger()
            self._corpus = None
        return count

    def _apply_retention(self) -> None:
        expired = []
        if self.retention_days:
            cutoff = (datetime.now(timezone.utc) - timedelta(days=self.retention_days)).isoformat(timespec="seconds")
            expired.extend(page_id for analysed_at, page_id in self._order if analysed_at < cutoff)
        if self.retention_pages and len(self._order) > self.retention_pages:
            expired.extend(page_id for _, page_id in self._order[: len(self._order) - self.retention_pages])
        for page_id in dict.fromkeys(expired):
            self._delete_page(page_id)
        if expired:
            log.info("history store: retention forgot %d pages", len(set(expired)))

    # ----- reads (any thread) ----------------------------------------------------------------------------------

    def get_analysis(self, analysis_id: str) -> dict | None:
        with self._memory_lock:
            if analysis_id not in self._analysis_page:
                return None
        return self._read_analysis(analysis_id)

    def get_claim(self, claim_id: str) -> tuple[dict, dict] | None:
        with self._memory_lock:
            analysis_id = self._claim_analysis.get(claim_id)
        analysis = self._read_analysis(analysis_id) if analysis_id else None
        if analysis is None:
            return None
        claim = next((c for c in analysis["claims"] if c["id"] == claim_id), None)
        return (claim, analysis) if claim is not None else None

    def history(self, q: str | None = None, limit: int = 50, before: str | None = None) -> dict:
        """Pages newest first; ``q`` must match every word in title, URL, claim text or source."""
        words = sorted({w.replace(SEPARATOR, "") for w in (q or "").casefold().split()} - {""}, key=len, reverse=True)
        pages, next_before = [], None
        with self._memory_lock:
            position = bisect.bisect_left(self._order, parse_cursor(before)) if before else len(self._order)
            indexes = self._matching_indexes(words, position) if words else range(position - 1, -1, -1)
            for index in indexes:
                page = self._pages[self._order[index][1]]
                if len(pages) == limit:
                    next_before = _cursor(self._pages[pages[-1]["page_id"]].order_key)
                    break
                pages.append(page.summary())
        return {"pages": pages, "next_before": next_before}

    def _matching_indexes(self, words: list[str], position: int):
        """Positions in ``_order`` (newest first, below ``position``) of pages containing every word.

        The longest word is found with one ``rfind`` over all pages' search text joined in
        listing order, jumping a page at a time, so a search costs one C-level scan.
        """
        corpus, starts = self._search_corpus()
        end = starts[position] if position < len(starts) else len(corpus)
        first, others = words[0], words[1:]
        while end > 0:
            hit = corpus.rfind(first, 0, end)
            if hit < 0:
                return
            index = bisect.bisect_right(starts, hit) - 1
            page = self._pages[self._order[index][1]]
            if all(word in page.search for word in others):
                yield index
            end = starts[index]

    def _search_corpus(self) -> tuple[str, list[int]]:
        """Every page's search text in listing order, rebuilt after a change (under the memory lock)."""
        if self._corpus is None:
            starts, offset = [], 0
            texts = [self._pages[page_id].search for _, page_id in self._order]
            for text in texts:
                starts.append(offset)
                offset += len(text) + 1
            self._corpus = (SEPARATOR.join(texts), starts)
        return self._corpus

    def count(self) -> int:
        return len(self._pages)

    def related(self, claim_id: str) -> list[dict] | None:
        """Claims on other pages with the same or a near figure about the same thing, or the same source."""
        found = self.get_claim(claim_id)
        if found is None:
            return None
        claim, analysis = found
        entry = ledger_entry(claim)
        if entry is None:
            return []
        own_page = analysis.get("page_id") or page_id_for(analysis["url"])
        candidates = []
        with self._memory_lock:
            for other_id, match in self._ledger.matches(entry).items():
                analysis_id = self._claim_analysis.get(other_id)
                page_id = self._analysis_page.get(analysis_id or "")
                if page_id is None or page_id == own_page:
                    continue
                candidates.append((len(match), self._analysis_time[analysis_id], other_id, analysis_id, match))
        related, loaded = [], {}
        for _, _, other_id, analysis_id, match in heapq.nlargest(RELATED_LIMIT, candidates, key=lambda c: c[:3]):
            match = sorted(match)
            if analysis_id not in loaded:
                loaded[analysis_id] = self._read_analysis(analysis_id)
            other = loaded[analysis_id]
            other_claim = next((c for c in (other or {}).get("claims", ()) if c["id"] == other_id), None)
            if other_claim is None:
                continue
            related.append({"claim_id": other_id, "analysis_id": analysis_id, "page_id": other["page_id"],
                            "url": other["url"], "title": other.get("title") or "",
                            "analysed_at": other.get("analysed_at"), "text": other_claim["text"],
                            "figures": other_claim.get("figures") or [], "source": other_claim.get("source"),
                            "match": match})
        return related

    def iter_analyses(self):
        """Every stored analysis, newest page first (versions oldest to newest), read one at a time."""
        with self._memory_lock:
            ids = [v.analysis_id for _, page_id in reversed(self._order) for v in self._pages[page_id].versions]
        for analysis_id in ids:
            analysis = self._read_analysis(analysis_id)
            if analysis is not None:
                yield analysis

    def export(self, fmt: str = "json"):
        """Chunks of the whole history as ``fmt`` ("json" or "csv"); streamed, never built whole in memory."""
        return EXPORTERS[fmt](self.iter_analyses())

    def health(self) -> dict:
        state = "recovered" if self._moved_aside else "ok"
        report = {"state": state, "schema_version": CURRENT_VERSION, "pages": len(self._pages),
                  "analyses": len(self._analysis_page), "read_only": self.read_only}
        if self._moved_aside:
            report["moved_aside"] = list(self._moved_aside)
            report["message"] = ("Some history files could not be read at start; they were moved aside, "
                                 "not deleted, and the store continued without them.")
        if self._migrated_from is not None:
            report["migrated_from"] = self._migrated_from
        return report

    def close(self) -> None:
        """Finish every queued write, stop the writer thread, release the lock."""
        if self._writer is not None:
            self._writer.close()
        self._lock.release()
