"""Extraction quality and speed: Claimlight's extract_article against readability-lxml alone.

Both run on the same pages of the shared article-extraction benchmark in the same
process, page by page in alternating order, so the speed ratio is not skewed by
the machine's load drifting between two separate runs.

Metric (the benchmark's README, scrapinghub/article-extraction-benchmark): words
are ``\\w+`` tokens with case kept; each text becomes word 4-gram shingles with
multiplicity; per page, shared shingles are true positives, the prediction's
extra ones false positives, the truth's missing ones false negatives; precision
and recall are computed per page and averaged over pages (a page with no
predicted text has precision 0 unless its truth is empty too); F1 is the
harmonic mean of the two averages.

    .venv/bin/python bench/extract_eval.py [--data DIR] [--repeat N] [--worst N]

The last line is ``key=value`` pairs for scripts.
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
from readability import Document

from claimlight.extract import extract_article
from percentiles import percentile  # bench/ is not a package: the script's own folder is on the path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction-benchmark"
TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
SHINGLE_SIZE = 4
BASELINE_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split()
)


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


def readability_alone(html: str) -> str:
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


def claimlight(html: str, url: str) -> str:
    """The article's body: the benchmark's truth has no headline, so the headline paragraph is left out."""
    article = extract_article(html, url=url)
    return "\n\n".join(article.text[s:e] for (s, e), role in zip(article.paragraphs, article.roles) if role != "headline")


def load_pages(data: Path) -> list[tuple[str, str, str, str]]:
    """[(page id, url, html, true body)] in a stable order."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        with gzip.open(data / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as handle:
            pages.append((page_id, truth[page_id].get("url") or "", handle.read(), truth[page_id]["articleBody"]))
    return pages


def summarise(scores: list[tuple[float, float]], timings: list[float]) -> dict:
    precision = statistics.mean(p for p, _ in scores)
    recall = statistics.mean(r for _, r in scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall,
            "median_ms": statistics.median(timings) * 1000, "p95_ms": percentile(timings, 0.95) * 1000}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per page; the fastest counts")
    parser.add_argument("--worst", type=int, default=10, help="list the pages where Claimlight loses most F1")
    args = parser.parse_args(argv)

    pages = load_pages(args.data)
    extractors = {"claimlight": claimlight, "readability": lambda html, url: readability_alone(html)}
    for _, url, html, _ in pages[:5]:
        for extract in extractors.values():
            extract(html, url)

    results = {name: {"scores": [], "timings": [], "texts": []} for name in extractors}
    for index, (_, url, html, truth) in enumerate(pages):
        order = list(extractors) if index % 2 == 0 else list(reversed(extractors))
        for name in order:
            best, text = float("inf"), ""
            for _ in range(max(1, args.repeat)):
                started = time.perf_counter()
                text = extractors[name](html, url)
                best = min(best, time.perf_counter() - started)
            results[name]["timings"].append(best)
            results[name]["texts"].append(text)
            results[name]["scores"].append(page_scores(truth, text))

    ours = summarise(results["claimlight"]["scores"], results["claimlight"]["timings"])
    base = summarise(results["readability"]["scores"], results["readability"]["timings"])
    print(f"pages: {len(pages)}  ({args.data})")
    for name, figures in (("claimlight", ours), ("readability-lxml alone", base)):
        print(f"{name:<24} F1={figures['f1']:.4f}  P={figures['precision']:.4f}  R={figures['recall']:.4f}  "
              f"median={figures['median_ms']:.1f} ms  p95={figures['p95_ms']:.1f} ms")
    ratio_median = ours["median_ms"] / base["median_ms"]
    ratio_p95 = ours["p95_ms"] / base["p95_ms"]
    print(f"speed ratio claimlight/readability: median {ratio_median:.3f}  p95 {ratio_p95:.3f}")

    if args.worst:
        print(f"\npages where claimlight loses most (page F1, P, R; readability alone's F1):")
        rows = []
        for (page_id, url, _, _), (p, r), (bp, br) in zip(
                pages, results["claimlight"]["scores"], results["readability"]["scores"]):
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            base_f1 = 2 * bp * br / (bp + br) if bp + br else 0.0
            rows.append((f1, p, r, base_f1, page_id, url))
        for f1, p, r, base_f1, page_id, url in sorted(rows)[:args.worst]:
            print(f"  {f1:.3f}  P={p:.3f} R={r:.3f}  base={base_f1:.3f}  {page_id[:12]}  {url}")

    print(f"f1={ours['f1']:.4f} precision={ours['precision']:.4f} recall={ours['recall']:.4f} "
          f"median_ms={ours['median_ms']:.1f} p95_ms={ours['p95_ms']:.1f} "
          f"baseline_f1={base['f1']:.4f} baseline_precision={base['precision']:.4f} "
          f"baseline_recall={base['recall']:.4f} baseline_median_ms={base['median_ms']:.1f} "
          f"baseline_p95_ms={base['p95_ms']:.1f} ratio_median={ratio_median:.3f} ratio_p95={ratio_p95:.3f} "
          f"pages={len(pages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
