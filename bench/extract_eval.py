"""Extraction quality and speed: Claimlight's extract_article against readability-lxml alone and trafilatura.

All three run on the same pages in the same process, page by page in rotating
order, so the speed ratios are not skewed by the machine's load drifting
between separate runs.

Two corpora:

- ``shared`` (default): the shared article-extraction benchmark's 181 pages,
  the pages the extractor was first tuned on.
- ``wcxb``: ../shared/data/wcxb-dev, 789 article pages of 2025-2026 from about
  700 domains, split once by domain (corpus/wcxb/split.json, frozen before any
  extraction change) into "dev", the only pages tuned on, and "heldout",
  reported as aggregates only: ``--worst`` refuses to list held-out pages.

A page Claimlight refuses as a user would see it (no article text, or not
English) scores precision and recall 0, and the refusals are counted.

Metric (the benchmark's README, scrapinghub/article-extraction-benchmark): words
are ``\\w+`` tokens with case kept; each text becomes word 4-gram shingles with
multiplicity; per page, shared shingles are true positives, the prediction's
extra ones false positives, the truth's missing ones false negatives; precision
and recall are computed per page and averaged over pages (a page with no
predicted text has precision 0 unless its truth is empty too); F1 is the
harmonic mean of the two averages.

    .venv/bin/python bench/extract_eval.py [--corpus shared|wcxb] [--half dev|heldout|both]
                                           [--repeat N] [--worst N]

``--worst`` with held-out pages in the run is refused; without it, held-out gets no page list.

Each set's last line is ``key=value`` pairs for scripts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import lxml.html
import trafilatura
from readability import Document

from claimlight.extract import extract_article
from claimlight.language import looks_english
from percentiles import percentile  # bench/ is not a package: the script's own folder is on the path
from shared_data import EXTRACTION_BENCHMARK as SHARED_DATA, WCXB as WCXB_DATA, require

REPO = Path(__file__).resolve().parents[1]
WCXB_SPLIT = REPO / "corpus" / "wcxb" / "split.json"
TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
SHINGLE_SIZE = 4
BASELINE_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split()
)
EXTRACTORS = ("claimlight", "readability", "trafilatura")
LABELS = {"claimlight": "claimlight", "readability": "readability-lxml alone", "trafilatura": "trafilatura"}


class Refused(Exception):
    """Claimlight would answer this page with an error, not highlights; ``text`` is what extraction found."""

    def __init__(self, reason: str, text: str):
        super().__init__(reason)
        self.text = text


def shingles(text: str) -> Counter:
    """Word 4-grams with multiplicity; a text of 1 to 3 words is one short shingle, as in the benchmark."""
    tokens = TOKEN_RE.findall(text or "")
    grams = (tuple(tokens[i:i + SHINGLE_SIZE]) for i in range(max(1, len(tokens) - SHINGLE_SIZE + 1)))
    return Counter(gram for gram in grams if gram)


def page_scores(truth: str, predicted: str) -> tuple[float, float]:
    """(precision, recall) of one page, with the benchmark's conventions for empty texts."""
    true_shingles, predicted_shingles = shingles(truth), shingles(predicted)
    tp = sum((true_shingles & predicted_shingles).values())
    fp = sum((predicted_shingles - true_shingles).values())
    fn = sum((true_shingles - predicted_shingles).values())
    if fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def readability_alone(html: str, url: str) -> str:
    """The baseline: readability-lxml's summary, its blocks' text separated by line breaks."""
    summary = lxml.html.fromstring(Document(html).summary(html_partial=True))
    parts = []
    for element in summary.iter():
        if element.tag in BASELINE_BLOCKS:
            parts.append("\n")
        if isinstance(element.tag, str) and element.text:
            parts.append(element.text)
        if element is not summary and element.tail:
            parts.append(element.tail)
    return "".join(parts)


def trafilatura_alone(html: str, url: str) -> str:
    """trafilatura as a new user calls it: defaults, its own fallbacks included."""
    return trafilatura.extract(html, url=url or None) or ""


def claimlight(html: str, url: str) -> str:
    """The article's body as the reader gets it, or Refused where the server would answer with an error.

    The benchmarks' truths have no headline, so the headline paragraph is left out (the standfirst stays:
    it is in their truths where the page has one).
    """
    article = extract_article(html, url=url)
    body = "\n\n".join(article.text[s:e] for (s, e), role in zip(article.paragraphs, article.roles) if role != "headline")
    if not article.text.strip():
        raise Refused("empty", body)
    if not looks_english(article.text):
        raise Refused("not English", body)
    return body


RUNNERS = {"claimlight": claimlight, "readability": readability_alone, "trafilatura": trafilatura_alone}


def read_html(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return handle.read()


def shared_pages(data: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    """{"shared": [(page id, url, html, true body)]} in a stable order."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    return {"shared": [(page_id, truth[page_id].get("url") or "", read_html(data / "html" / f"{page_id}.html.gz"),
                        truth[page_id]["articleBody"]) for page_id in sorted(truth)]}


def wcxb_pages(data: Path, halves: list[str]) -> dict[str, list[tuple[str, str, str, str]]]:
    """{half: [(page id, url, html, true main content)]} for the frozen split's halves."""
    split = json.loads(WCXB_SPLIT.read_text(encoding="utf-8"))
    sets = {}
    for half in halves:
        rows = []
        for page_id in sorted(split[half]):
            record = json.loads((data / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))
            rows.append((page_id, record.get("url") or "", read_html(data / "html" / f"{page_id}.html.gz"),
                         record["ground_truth"]["main_content"]))
        sets[half] = rows
    return sets


def page_f1(scores: tuple[float, float]) -> float:
    p, r = scores
    return 2 * p * r / (p + r) if p + r else 0.0


def summarise(scores: list[tuple[float, float]], timings: list[float]) -> dict:
    precision = statistics.mean(p for p, _ in scores)
    recall = statistics.mean(r for _, r in scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall,
            "median_ms": statistics.median(timings) * 1000, "p95_ms": percentile(timings, 0.95) * 1000}


def run_set(pages: list[tuple[str, str, str, str]], repeat: int) -> tuple[dict, Counter]:
    """Every extractor on every page, rotating which goes first; the fastest of ``repeat`` runs counts."""
    results = {name: {"scores": [], "timings": [], "extraction_scores": []} for name in EXTRACTORS}
    refusals: Counter = Counter()
    for index, (_, url, html, truth) in enumerate(pages):
        order = EXTRACTORS[index % 3:] + EXTRACTORS[:index % 3]
        for name in order:
            best, text, refused = float("inf"), "", None
            for _ in range(max(1, repeat)):
                started = time.perf_counter()
                try:
                    text = RUNNERS[name](html, url)
                except Refused as refusal:
                    text, refused = refusal.text, str(refusal)
                best = min(best, time.perf_counter() - started)
            if refused:
                refusals[refused] += 1
            scores = page_scores(truth, text)
            results[name]["timings"].append(best)
            results[name]["extraction_scores"].append(scores)
            results[name]["scores"].append((0.0, 0.0) if refused else scores)
    return results, refusals


def report(set_name: str, pages: list, results: dict, refusals: Counter, worst: int) -> None:
    figures = {name: summarise(results[name]["scores"], results[name]["timings"]) for name in EXTRACTORS}
    refused = ", ".join(f"{count} {reason}" for reason, count in sorted(refusals.items())) or "none"
    print(f"\n== {set_name}: {len(pages)} pages; claimlight refused {sum(refusals.values())} ({refused}), "
          "scored as failures")
    for name in EXTRACTORS:
        f = figures[name]
        print(f"{LABELS[name]:<24} F1={f['f1']:.4f}  P={f['precision']:.4f}  R={f['recall']:.4f}  "
              f"median={f['median_ms']:.1f} ms  p95={f['p95_ms']:.1f} ms")
    if refusals:
        alone = summarise(results["claimlight"]["extraction_scores"], results["claimlight"]["timings"])
        print(f"{'claimlight, no refusals':<24} F1={alone['f1']:.4f}  P={alone['precision']:.4f}  R={alone['recall']:.4f}"
              "  (extraction alone, refused pages scored on their text)")
    ours, base = figures["claimlight"], figures["readability"]
    ratio_median, ratio_p95 = ours["median_ms"] / base["median_ms"], ours["p95_ms"] / base["p95_ms"]
    print(f"speed ratio claimlight/readability: median {ratio_median:.3f}  p95 {ratio_p95:.3f}")

    if worst:
        print("pages where claimlight loses most (page F1, P, R; readability's and trafilatura's F1):")
        rows = sorted((page_f1(ours_scores), ours_scores, page_f1(base_scores), page_f1(traf_scores), page[0], page[1])
                      for page, ours_scores, base_scores, traf_scores in zip(
                          pages, results["claimlight"]["scores"], results["readability"]["scores"],
                          results["trafilatura"]["scores"]))
        for f1, (p, r), base_f1, traf_f1, page_id, url in rows[:worst]:
            print(f"  {f1:.3f}  P={p:.3f} R={r:.3f}  readability={base_f1:.3f} trafilatura={traf_f1:.3f}  "
                  f"{page_id[:12]}  {url}")

    pairs = {"set": set_name, "pages": len(pages), "refused": sum(refusals.values())}
    for name, prefix in (("claimlight", ""), ("readability", "baseline_"), ("trafilatura", "trafilatura_")):
        for key in ("f1", "precision", "recall", "median_ms", "p95_ms"):
            pairs[prefix + key] = figures[name][key]
    pairs.update(ratio_median=ratio_median, ratio_p95=ratio_p95)
    print(" ".join(f"{key}={value:.4f}" if isinstance(value, float) else f"{key}={value}" for key, value in pairs.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("shared", "wcxb"), default="shared")
    parser.add_argument("--data", type=Path, help="the corpus folder, if not beside the checkout in ../shared/data")
    parser.add_argument("--half", choices=("dev", "heldout", "both"), default="both", help="wcxb only")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per page; the fastest counts")
    parser.add_argument("--worst", type=int, help="list the N pages where Claimlight loses most F1 (default 10; "
                        "never for held-out pages)")
    args = parser.parse_args(argv)
    require(args.data or (SHARED_DATA if args.corpus == "shared" else WCXB_DATA))

    if args.corpus == "shared":
        sets = shared_pages(args.data or SHARED_DATA)
    else:
        halves = ["dev", "heldout"] if args.half == "both" else [args.half]
        sets = wcxb_pages(args.data or WCXB_DATA, halves)
    if args.worst and "heldout" in sets:
        parser.error("--worst lists pages, and held-out pages are never read while tuning: add --half dev")
    worst = 10 if args.worst is None else args.worst

    warm_up = next(iter(sets.values()))[:5]
    for _, url, html, _ in warm_up:
        for name in EXTRACTORS:
            try:
                RUNNERS[name](html, url)
            except Refused:
                pass

    print(f"corpus: {args.corpus}  ({args.data or (SHARED_DATA if args.corpus == 'shared' else WCXB_DATA)})")
    for set_name, pages in sets.items():
        results, refusals = run_set(pages, args.repeat)
        report(set_name, pages, results, refusals, 0 if set_name == "heldout" else worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
