"""History export: JSON (everything, as stored) or CSV (one row per claim), streamed page by page."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from typing import Iterable, Iterator

from .migrations import CURRENT_VERSION

CSV_COLUMNS = ["page_id", "analysis_id", "url", "title", "site", "analysed_at", "claim_id", "level", "kinds",
               "text", "source", "source_kind", "figures", "hedges", "linked", "judged_by", "score", "feedback",
               "questions"]
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    """Page text is untrusted: a cell that a spreadsheet would run as a formula is quoted."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def export_json(analyses: Iterable[dict]) -> Iterator[str]:
    exported_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    yield f'{{"schema_version":{CURRENT_VERSION},"exported_at":"{exported_at}","analyses":['
    for index, analysis in enumerate(analyses):
        yield ("," if index else "") + json.dumps(analysis, ensure_ascii=False)
    yield "]}\n"


def _csv_line(row: list) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow([_cell(value) for value in row])
    return buffer.getvalue()


def export_csv(analyses: Iterable[dict]) -> Iterator[str]:
    yield _csv_line(CSV_COLUMNS)
    for analysis in analyses:
        for claim in analysis.get("claims", []):
            source = claim.get("source") or {}
            questions = [q.get("text", "") if isinstance(q, dict) else str(q) for q in claim.get("questions") or []]
            yield _csv_line([
                analysis.get("page_id"), analysis["id"], analysis["url"], analysis.get("title"), analysis.get("site"),
                analysis.get("analysed_at"), claim["id"], claim.get("level"), ";".join(claim.get("kinds") or []),
                claim.get("text"), source.get("text"), source.get("kind"),
                "; ".join(f.get("text", "") for f in claim.get("figures") or []),
                "; ".join(claim.get("hedges") or []), claim.get("linked"), claim.get("judged_by"), claim.get("score"),
                claim.get("feedback"), " | ".join(questions),
            ])


EXPORTERS = {"json": export_json, "csv": export_csv}
