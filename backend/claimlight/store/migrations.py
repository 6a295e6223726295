"""Numbered schema migrations, each applied once, in order.

The schema version lives in ``<history>/meta.json`` and is bumped only after a
migration has finished, so a crash mid-migration simply runs it again (each
step is idempotent).

Version 1 (the first release) kept everything in one TinyDB file,
``<history>/history.json``: table ``analyses`` with one document per analysis,
table ``meta`` with ``{"schema_version": 1}``. Every page recorded rewrote the
whole file. Version 2 is the sharded layout described in ``store/history.py``
and adds ``page_id`` to each stored analysis.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Callable

from .atomic import CorruptFileError, atomic_write, dump_json, fsync_dir, read_json

log = logging.getLogger(__name__)

V1_FILE = "history.json"
V1_BACKUP = f"{V1_FILE}.v1-migrated"


def migrate_1_to_2(history_dir: Path, import_analysis: Callable[[dict], None]) -> None:
    """Move every analysis of the single-file v1 store into the sharded v2 layout."""
    source = history_dir / V1_FILE
    data = read_json(source) or {}
    analyses = list((data.get("analyses") or {}).values())
    analyses.sort(key=lambda analysis: analysis.get("analysed_at", ""))
    for analysis in analyses:
        import_analysis(analysis)
    kept = source.with_name(V1_BACKUP)
    os.replace(source, kept)
    fsync_dir(history_dir)
    log.info("history store: migrated %d analyses from schema 1 to 2; the old file is kept as %s", len(analyses), kept)


def forget_in_v1_backup(history_dir: Path, analysis_ids: frozenset[str], everything: bool) -> None:
    """The v1 file kept after migration holds the old pages' text: forgetting pages rewrites it without them."""
    if everything:
        for path in history_dir.glob(f"{V1_FILE}.*"):  # the backup, and a v1 file moved aside as unreadable
            path.unlink()
        return
    backup = history_dir / V1_BACKUP
    try:
        data = read_json(backup)
    except CorruptFileError:
        log.warning("history store: %s is unreadable; removing it, since it may hold pages being forgotten", backup)
        backup.unlink()
        return
    if not isinstance(data, dict) or not isinstance(data.get("analyses"), dict):
        return
    kept = {key: analysis for key, analysis in data["analyses"].items()
            if not (isinstance(analysis, dict) and analysis.get("id") in analysis_ids)}
    if len(kept) != len(data["analyses"]):
        atomic_write(backup, dump_json({**data, "analyses": kept}))


MIGRATIONS: dict[int, Callable[[Path, Callable[[dict], None]], None]] = {
    1: migrate_1_to_2,
}
CURRENT_VERSION = max(MIGRATIONS) + 1
