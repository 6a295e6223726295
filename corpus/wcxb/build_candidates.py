"""The wcxb-dev claim corpus: a frozen page split by domain, and the lines to label.

    .venv/bin/python corpus/wcxb/build_candidates.py

writes ``split.json`` (every wcxb-dev page, by domain, into "dev" or "heldout";
a page's half depends on its domain's hash alone, so adding pages never moves
one) and ``candidates.jsonl`` (for 100 pages drawn from each half: the
headline and up to 15 lines of the true main content, in page order).
Deterministic. The split was frozen before any rule was changed against this
corpus; tune on "dev", measure on "heldout", never read held-out misses.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from corpus.build_candidates import split_lines  # noqa: E402  (the news corpus's splitter: one definition)
DATA = HERE.parents[2] / "shared" / "data" / "wcxb-dev"
PAGES_PER_HALF = 100
LINES_PER_PAGE = 15
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"}


def domain_of(url: str) -> str:
    """The registrable part of a URL's host, near enough: "health.ucdavis.edu" -> "ucdavis.edu"."""
    labels = (urlsplit(url).hostname or "").lower().split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def half_of(domain: str) -> str:
    return "dev" if hashlib.sha256(domain.encode()).digest()[0] % 2 == 0 else "heldout"


def content_lines(main_content: str) -> list[str]:
    """Paragraphs split into sentences; short lines (list items, spec rows, headings) are kept."""
    return [line for line in split_lines(main_content) if 2 <= len(line) <= 400 and re.search(r"\w", line)]


def main() -> None:
    pages = {}
    for path in sorted((DATA / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("url") and (DATA / "html" / f"{path.stem}.html.gz").exists():
            pages[path.stem] = record
    split = {"dev": [], "heldout": []}
    for page_id, record in pages.items():
        split[half_of(domain_of(record["url"]))].append(page_id)
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")

    rng = random.Random(2026)
    chosen = sorted(rng.sample(split["dev"], PAGES_PER_HALF) + rng.sample(split["heldout"], PAGES_PER_HALF))
    with open(HERE / "candidates.jsonl", "w", encoding="utf-8") as out:
        for page_id in chosen:
            truth = pages[page_id]["ground_truth"]
            half = "dev" if page_id in split["dev"] else "heldout"
            lines = content_lines(truth.get("main_content") or "")
            page_rng = random.Random(page_id)
            picked = sorted(page_rng.sample(range(len(lines)), min(LINES_PER_PAGE, len(lines))))
            rows = [("h00", "headline", " ".join((truth.get("title") or "").split()))]
            rows += [(f"b{i:02d}", "body", lines[index]) for i, index in enumerate(picked)]
            for suffix, origin, text in rows:
                if text:
                    out.write(json.dumps({"id": f"w{page_id}-{suffix}", "page": page_id, "split": half,
                                          "origin": origin, "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
