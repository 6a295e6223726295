"""A reader's feedback, replayed: do "Useful" and "Not a claim" make the highlights better on the pages not clicked?

    .venv/bin/python bench/feedback_replay.py [--part tune|check] [--clicks 10 25 50 100] [--draws 5]

The highlight audit's pages (bench/highlight_audit.py) are served with the shipped head, as the server serves them. A
simulated reader clicks some of the highlights shown, and the personal head is refitted on those clicks exactly as
the server refits it: llm/feedback.py's FeedbackBook in a temporary folder (the same examples file, the same
REFIT_AFTER and FEEDBACK_PULL), each example with the embedding and features the server would keep, and the clicked
page's other claims as anchors at the shipped head's score (``--no-anchors``: the verdicts alone, as before). The pages the
reader did not click are then served with that head and judged against the audit's labels. Clicked and measured pages
never overlap: for each audit round of the part, the reader clicks on the part's pages of the other rounds and that
round's pages are measured; the figures pool every round.

Two readers, each clicking ``N`` highlights drawn at random from the highlights the audit judged (``--draws`` seeds;
the median and the range over draws are printed):

- even-handed: any highlight, "Useful" for a claim (any level, the head's own target) and "Not a claim" otherwise;
- critic: only highlights judged not claims, always "Not a claim" (a reader who only ever complains).

Beside them, the shipped head on the same pages: precision, level agreement and claims a page, as the audit counts
them. The audit's "tune" pages were read while tuning (dev figures); its "check" pages are measured only (held out).
The last line is key=value pairs.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "backend"))

from bench.claims_web_eval import embed_pages, serve_with_head  # noqa: E402
from bench.highlight_audit import SHOWN, WCXB, figures, key, load_audit  # noqa: E402
from claimlight.llm.catalogue import bundled_model_path  # noqa: E402
from claimlight.llm.embedder import Embedder  # noqa: E402
from claimlight.llm.features import claim_features  # noqa: E402
from claimlight.llm.feedback import FeedbackBook, anchor_claims, anchors_for  # noqa: E402
from claimlight.llm.head import LogisticHead  # noqa: E402
from claimlight.pipeline import analyze_page  # noqa: E402
from claimlight.settings import default_cache_dir  # noqa: E402
from corpus.served import wcxb_page  # noqa: E402

READERS = ("even-handed", "critic")


def verdict(label: dict) -> str:
    return "not_a_claim" if label["level"] == "none" else "useful"


def clickable(reader: str, shown: list[dict]) -> list[dict]:
    """The highlights this reader would click: any judged one, or (the critic) only those judged not claims."""
    return shown if reader == "even-handed" else [h for h in shown if h["label"]["level"] == "none"]


def personal_head(shipped: LogisticHead, clicks: list[dict], embedder_identity: str, folder: Path,
                  anchors: dict[str, list[dict]]) -> LogisticHead:
    """The head the server would serve after these clicks (the shipped one until REFIT_AFTER are usable); ``anchors``
    holds the anchors the server keeps beside each click, by the clicked claim's id."""
    book = FeedbackBook(folder)
    for click in clicks:
        book.add(click["claim"]["id"], click["claim"]["text"], verdict(click["label"]), click["embedding"],
                 click["features"], embedder_identity, anchors.get(click["claim"]["id"], []))
    return book.refit(shipped) or shipped


def page_anchors(claims: list[dict], clicked_id: str, shipped: LogisticHead, vector: dict[str, np.ndarray]) -> list[dict]:
    """The anchors the server keeps beside a click on ``clicked_id`` (LLMService.record_feedback)."""
    chosen = anchor_claims(claims, clicked_id)
    return anchors_for(chosen, np.asarray([vector[c["id"]] for c in chosen]), shipped) if chosen else []


def judged(pages: list[str], served: dict[str, dict], judgement: dict) -> list[tuple[str, str, dict | None]]:
    return [(page, claim["level"], judgement.get((page, key(claim["text"])))) for page in pages
            for claim in served[page]["claims"] if claim["level"] in SHOWN]


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("tune", "check"), default="tune")
    parser.add_argument("--clicks", type=int, nargs="+", default=[10, 25, 50, 100])
    parser.add_argument("--draws", type=int, default=3)
    parser.add_argument("--no-anchors", action="store_true", help="refit on the verdicts alone (the ablation)")
    args = parser.parse_args()

    rows, labels = load_audit()
    judgement = {(row["page"], key(row["text"])): labels[row["id"]] for row in rows if row["id"] in labels}
    rounds: dict[int, list[str]] = {}
    for row in json.loads((WCXB / "audit-pages.json").read_text(encoding="utf-8")):
        if row["part"] == args.part:
            rounds.setdefault(row.get("round", 1), []).append(row["page"])
    pages = [page for group in rounds.values() for page in group]
    load = wcxb_page()
    analyses = {}
    for page in pages:
        url, html = load(page)
        analyses[page] = analyze_page(url, "", html)

    shipped = LogisticHead.shipped()
    embedder = Embedder(bundled_model_path(), default_cache_dir())
    try:
        vectors = embed_pages(analyses, embedder)
        served = {page: serve_with_head(analysis, shipped, vectors[page]) for page, analysis in analyses.items()}
        shown = [{"round": number, "page": page, "claim": claim, "label": judgement[(page, key(claim["text"]))]}
                 for number, group in rounds.items() for page in group for claim in served[page]["claims"]
                 if claim["level"] in SHOWN and (page, key(claim["text"])) in judgement]
        served_claims = [claim for page in pages for claim in served[page]["claims"]]
        vector = dict(zip((c["id"] for c in served_claims), embedder.embed([c["text"] for c in served_claims])))
        identity = embedder.identity
    finally:
        embedder.close()
    for highlight in shown:
        highlight["embedding"] = vector[highlight["claim"]["id"]].tolist()
        highlight["features"] = claim_features(highlight["claim"]["text"], highlight["claim"]).tolist()
    anchors = {} if args.no_anchors else {h["claim"]["id"]: page_anchors(served[h["page"]]["claims"], h["claim"]["id"],
                                                                        shipped, vector) for h in shown}

    base = figures(judged(pages, served, judgement), len(pages))
    label = "dev: read while tuning" if args.part == "tune" else "held out: measured only"
    label += ", verdicts alone" if args.no_anchors else ", with anchors"
    print(f"feedback replay on the audit's {args.part} pages ({label}): {len(pages)} pages in {len(rounds)} rounds, "
          f"{len(shown)} judged highlights shown by the shipped head")
    print(f"  shipped head           precision={base['precision']} level_agreement={base['level_agreement']} "
          f"claims_per_page={base['claims_per_page']} highlights_per_page={base['highlights_per_page']}")
    tail = {"shipped_precision": base["precision"], "shipped_claims_per_page": base["claims_per_page"]}
    with tempfile.TemporaryDirectory() as scratch:
        for reader in READERS:
            for clicks in args.clicks:
                results = []
                for draw in range(args.draws):
                    measured = []
                    for number, group in rounds.items():
                        pool = clickable(reader, [h for h in shown if h["round"] != number])
                        chosen = random.Random(f"{reader}-{clicks}-{draw}-{number}").sample(pool, min(clicks, len(pool)))
                        head = personal_head(shipped, chosen, identity, Path(scratch) / f"{reader}-{clicks}-{draw}-{number}",
                                             anchors)
                        measured += judged(group, {page: serve_with_head(analyses[page], head, vectors[page])
                                                   for page in group}, judgement)
                    results.append(figures(measured, len(pages)))
                precision = [r["precision"] for r in results]
                print(f"  {reader:11} {clicks:4} clicks  precision={spread(precision)} "
                      f"level_agreement={spread([r['level_agreement'] for r in results])} "
                      f"claims_per_page={spread([r['claims_per_page'] for r in results])}")
                tail[f"{reader}_{clicks}_precision"] = round(statistics.median(precision), 3)
                tail[f"{reader}_{clicks}_claims_per_page"] = round(statistics.median(r["claims_per_page"] for r in results), 2)
    print(" ".join(f"{k}={v}" for k, v in tail.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
