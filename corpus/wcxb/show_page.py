"""Print one page for a labeller: its URL, headline and true main content, then its candidate lines.

    python corpus/wcxb/show_page.py 0001 [0002 ...]
    python corpus/wcxb/show_page.py --audit 0001 [...]    (the highlights to judge, from audit-highlights.jsonl)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "shared" / "data" / "wcxb-dev"


def main(page_ids: list[str]) -> None:
    audit = page_ids[:1] == ["--audit"]
    page_ids = page_ids[1:] if audit else page_ids
    lines_file = HERE / ("audit-highlights.jsonl" if audit else "candidates.jsonl")
    candidates = [json.loads(line) for line in open(lines_file, encoding="utf-8")]
    for page_id in page_ids:
        record = json.loads((DATA / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))
        truth = record["ground_truth"]
        print(f"=== page {page_id}  {record.get('url')}")
        print(f"HEADLINE: {truth.get('title')}\n")
        print(truth.get("main_content") or "")
        print(f"\n--- lines to label for page {page_id}")
        for row in candidates:
            if row["page"] == page_id:
                print(json.dumps({"id": row["id"], "origin": row.get("origin", "highlight"), "text": row["text"]},
                                 ensure_ascii=False))
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
