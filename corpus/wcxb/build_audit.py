"""A highlight audit: every high or medium highlight the server shows on fresh web pages, to be judged blind.

    .venv/bin/python corpus/wcxb/build_audit.py

The hidden bar on web precision is judged the same way: a reader's highlights on pages nobody
tuned for, each judged against LABELING.md. The labelled line corpus (candidates.jsonl) samples
lines of a page, so it sees few of the highlights a busy page gets; this audit takes them all.

Pages are drawn from the "dev" half of split.json that the line corpus did not label (so none of the
held-out domains), English pages only, seeded, in rounds of ``AUDIT_PAGES`` (``--round N`` takes the
next pages of the same draw); in each round the first ``TUNE_PAGES`` are for tuning (their misses
may be read), the rest are a "check" part measured only for figures (``audit-pages.json`` lists
them all, pages with no highlight included). A round's highlights are those of the rules as served
at the commit that wrote it (listed without their level or reasons, so the judge sees only the
sentence and its page): round 1 at d35fe1a, round 2 after c7a3335 and a965255 had tuned on round 1, round 3 after 5b62de1 had tuned on round 2,
round 4 at cac41eb after the session that tuned on round 3, round 5 at 5071641 after tuning on round 4,
round 6 at 1ed9574 after tuning on round 5, round 7 at 8f32563 after tuning on round 6: the pool's last 7 pages, too
few to tune on, all in the check part (``--check-only``).

``--half heldout`` draws instead from the held-out half (domains never tuned on, less the pages the line corpus
labelled), in a part of their own, "heldout": round 8, 30 pages at 0bb931e, the nearest thing here to the hidden
bar's fresh sample of real web articles; round 9, 30 more of them at 4b0ee06 (the half's next pages after round 8's);
round 12, 30 more at 87f5d29, a fresh test once rounds 8 and 9 had measured many changes; round 13, 30 more at
c7e0e32, after round 12's figure came out 0.2 below round 9's, to narrow the estimate; round 14, 30 more at 4b54b24,
a fresh sample for the next release's figures; round 15, 30 more at 037d613, listed before that session's changes;
round 16, 30 more at 1c8dcc7, listed after them, a fresh sample of the release as shipped; round 17, 30 more at
23e4095, listed before the next session's changes; round 18, 30 more at 6fac431, listed after them; round 19, the
half's last 12 English pages, at 90891e1, listed before the next session's changes.

``--labelled`` draws from the dev pages the line corpus labelled instead, once the unlabelled pool ran out: their
highlights are new to any judge (the corpus sampled a few lines a page), all in the tune part: round 10, 40 pages at
4b0ee06, and round 11, the next 60, listed once round 10 had been read: fresh shapes to tune on, since every earlier
tune part had been read many times over.
"""

from __future__ import annotations

import argparse
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
HELDOUT_PAGES = 30  # as many real articles as the hidden bar samples
SHOWN = ("high", "medium")


def audit_pages(earlier: set[str], tune_pages: int = TUNE_PAGES, half: str = "dev",
                pages: int = AUDIT_PAGES, labelled_only: bool = False) -> list[tuple[str, str, dict]]:
    """(page id, part, analysis) for a round's ``pages`` pages, in draw order: the next pages of the seeded draw from
    ``half`` after ``earlier`` (from the pages the line corpus labelled, with ``labelled_only``, else from the rest),
    the first ``tune_pages`` of them in the tune part."""
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))
    labelled = {json.loads(line)["page"] for line in (HERE / "candidates.jsonl").open(encoding="utf-8")}
    pool = sorted(set(split[half]) & labelled if labelled_only else set(split[half]) - labelled)
    random.Random(2027).shuffle(pool)
    load = wcxb_page()
    chosen: list[tuple[str, str, dict]] = []
    for page in pool:
        if page in earlier:
            continue
        url, html = load(page)
        try:
            analysis = analyze_page(url, "", html)
        except PipelineError:
            continue  # not English or no text: nothing is highlighted, nothing to judge
        chosen.append((page, "tune" if len(chosen) < tune_pages else "heldout" if half == "heldout" else "check", analysis))
        if len(chosen) == pages:
            break
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--round", type=int, default=1, help="which round to (re)write; the others are kept")
    parser.add_argument("--check-only", action="store_true", help="put all the round's pages in the check part")
    parser.add_argument("--half", choices=("dev", "heldout"), default="dev",
                        help="the split.json half to draw from; a heldout round is HELDOUT_PAGES pages, all in the heldout part")
    parser.add_argument("--labelled", type=int, metavar="PAGES",
                        help="draw this many dev pages from those the line corpus labelled, all in the tune part")
    args = parser.parse_args()
    round_number = args.round
    listed = json.loads(AUDIT_PAGES_FILE.read_text(encoding="utf-8")) if AUDIT_PAGES_FILE.exists() else []
    rows = [json.loads(line) for line in AUDIT.open(encoding="utf-8")] if AUDIT.exists() else []
    kept_pages = [row for row in listed if row.get("round", 1) != round_number]
    kept_rows = [row for row in rows if row.get("round", 1) != round_number]
    earlier = {row["page"] for row in kept_pages if row.get("round", 1) < round_number}
    if args.labelled:
        pages = audit_pages(earlier, args.labelled, "dev", args.labelled, labelled_only=True)
    elif args.half == "heldout":
        pages = audit_pages(earlier, 0, "heldout", HELDOUT_PAGES)
    else:
        pages = audit_pages(earlier, 0 if args.check_only else TUNE_PAGES)
    new_pages = [{"page": page, "part": part, "round": round_number} for page, part, _ in pages]
    new_rows = []
    for page, part, analysis in pages:
        shown = [c for c in analysis["claims"] if c["level"] in SHOWN]
        new_rows += [{"id": f"a{page}-{number:03d}", "page": page, "part": part, "round": round_number, "text": claim["text"]}
                     for number, claim in enumerate(shown)]
    by_round = lambda row: row.get("round", 1)  # noqa: E731
    AUDIT_PAGES_FILE.write_text(json.dumps(sorted(kept_pages + new_pages, key=by_round), indent=1) + "\n", encoding="utf-8")
    with AUDIT.open("w", encoding="utf-8") as out:
        for row in sorted(kept_rows + new_rows, key=by_round):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
