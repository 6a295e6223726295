"""A highlight audit: every high or medium highlight the server shows on fresh web pages, to be judged blind.

    .venv/bin/python corpus/wcxb/build_audit.py

The hidden bar on web precision is judged the same way: a reader's highlights on pages nobody
tuned for, each judged against LABELING.md. The labelled line corpus (candidates.jsonl) samples
lines of a page, so it sees few of the highlights a busy page gets; this audit takes them all.

Pages are drawn from the "dev" half of split.json that the line corpus did not label (so none of the
held-out domains), English pages only, seeded; the first ``TUNE_PAGES`` are for tuning (their
misses may be read), the rest are a "check" part measured only for figures (``audit-pages.json``
lists them all, pages with no highlight included). The highlights are
those of the rules as served at the commit that wrote ``audit-highlights.jsonl`` (listed without
their level or reasons, so the judge sees only the sentence and its page).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parents[1] / "backend"))

from claimlight.pipeline import PipelineError, analyze_page  # noqa: E402
from corpus.served import wcxb_page  # noqa: E402

AUDIT = HERE / "audit-highlights.jsonl"
AUDIT_PAGES_FILE = HERE / "audit-pages.json"
AUDIT_PAGES = 50
TUNE_PAGES = 30
SHOWN = ("high", "medium")


def audit_pages() -> list[tuple[str, str]]:
    """(page id, part) for the audit's pages, in draw order."""
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))
    labelled = {json.loads(line)["page"] for line in (HERE / "candidates.jsonl").open(encoding="utf-8")}
    pool = sorted(set(split["dev"]) - labelled)
    random.Random(2027).shuffle(pool)
    load = wcxb_page()
    chosen = []
    for page in pool:
        url, html = load(page)
        try:
            analyze_page(url, "", html)
        except PipelineError:
            continue  # not English or no text: nothing is highlighted, nothing to judge
        chosen.append((page, "tune" if len(chosen) < TUNE_PAGES else "check"))
        if len(chosen) == AUDIT_PAGES:
            break
    return chosen


def main() -> None:
    load = wcxb_page()
    pages = audit_pages()
    AUDIT_PAGES_FILE.write_text(json.dumps([{"page": page, "part": part} for page, part in pages], indent=1) + "\n",
                                encoding="utf-8")
    with AUDIT.open("w", encoding="utf-8") as out:
        for page, part in pages:
            url, html = load(page)
            analysis = analyze_page(url, "", html)
            shown = [c for c in analysis["claims"] if c["level"] in SHOWN]
            for number, claim in enumerate(shown):
                out.write(json.dumps({"id": f"a{page}-{number:03d}", "page": page, "part": part, "text": claim["text"]},
                                     ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
