"""The whole fast path (extract + detect + anchor) against readability-lxml alone, on the same pages.

Both run on every page of the shared extraction benchmark in the same process,
alternating page by page (which one goes first alternates too), so machine-load
drift hits both equally. Bars: median <= 1.3x readability alone, p95 <= 250 ms.

    .venv/bin/python bench/fast_path.py [--data DIR] [--repeat N]

The last line is ``key=value`` pairs for scripts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

from readability import Document

from claimlight.pipeline import PipelineError, analyze_page
from percentiles import percentile  # bench/ is not a package: the script's own folder is on the path
from shared_data import EXTRACTION_BENCHMARK as DEFAULT_DATA, require



def _time_fast_path(url: str, html: str) -> tuple[float, float | None]:
    """(total ms, detect ms or None when the page has no English article text)."""
    started = time.perf_counter()
    try:
        analysis = analyze_page(url, "", html)
        detect_ms = analysis["engine"]["detect_ms"]
    except PipelineError:
        detect_ms = None
    return (time.perf_counter() - started) * 1000, detect_ms


def _time_readability(html: str) -> float:
    started = time.perf_counter()
    Document(html).summary()
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the pages (per-page minimum is kept)")
    args = parser.parse_args(argv)
    require(args.data)

    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted(args.data.glob("html/*.html.gz"))
    documents = [(p.name.split(".")[0], gzip.decompress(p.read_bytes()).decode("utf-8", "replace")) for p in pages]
    fast: dict[str, float] = {}
    baseline: dict[str, float] = {}
    detect: dict[str, float] = {}
    for repeat in range(args.repeat):
        for index, (page_id, html) in enumerate(documents):
            url = truth.get(page_id, {}).get("url", f"https://example.invalid/{page_id}")
            order = (0, 1) if (index + repeat) % 2 == 0 else (1, 0)
            for which in order:
                if which == 0:
                    total, detect_ms = _time_fast_path(url, html)
                    fast[page_id] = min(total, fast.get(page_id, float("inf")))
                    if detect_ms is not None:
                        detect[page_id] = min(detect_ms, detect.get(page_id, float("inf")))
                else:
                    spent = _time_readability(html)
                    baseline[page_id] = min(spent, baseline.get(page_id, float("inf")))

    fast_ms, base_ms, detect_ms = list(fast.values()), list(baseline.values()), list(detect.values())
    figures = {
        "pages": len(documents),
        "fast_median_ms": round(statistics.median(fast_ms), 1),
        "fast_p95_ms": round(percentile(fast_ms, 0.95), 1),
        "readability_median_ms": round(statistics.median(base_ms), 1),
        "readability_p95_ms": round(percentile(base_ms, 0.95), 1),
        "detect_median_ms": round(statistics.median(detect_ms), 1) if detect_ms else float("nan"),
        "detect_p95_ms": round(percentile(detect_ms, 0.95), 1) if detect_ms else float("nan"),
    }
    figures["median_ratio"] = round(figures["fast_median_ms"] / figures["readability_median_ms"], 2)
    figures["p95_ratio"] = round(figures["fast_p95_ms"] / figures["readability_p95_ms"], 2)
    figures["median_bar_ok"] = figures["median_ratio"] <= 1.3
    figures["p95_bar_ok"] = figures["fast_p95_ms"] <= 250
    print(f"pages: {figures['pages']} (passes: {args.repeat}, per-page minimum)")
    print(f"fast path (analyze_page): median {figures['fast_median_ms']} ms, p95 {figures['fast_p95_ms']} ms")
    print(f"readability alone:        median {figures['readability_median_ms']} ms, p95 {figures['readability_p95_ms']} ms")
    print(f"detection only:           median {figures['detect_median_ms']} ms, p95 {figures['detect_p95_ms']} ms")
    print(f"ratio: median {figures['median_ratio']}x (bar 1.3x), p95 {figures['p95_ratio']}x; p95 bar 250 ms")
    slowest = sorted(fast.items(), key=lambda item: -item[1])[:3]
    print("slowest pages:", ", ".join(f"{page_id[:12]} {ms:.0f} ms (detect {detect.get(page_id, float('nan')):.0f})"
                                      for page_id, ms in slowest))
    print(" ".join(f"{key}={value}" for key, value in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
