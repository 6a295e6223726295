"""History store at scale: record, list, search and related with 1,000 and 10,000 realistic pages stored.

Pages are laid down in bulk (straight into the store's file layout, as a long-used
history would be), then the store is opened as the server opens it and timed.
Baselines in the same run: the 1,000-page store (the 10,000 figures should not
grow with it), and TinyDB's default single-file JSONStorage recording one page
into a 1,000-page history (what the store replaces).

    .venv/bin/python bench/history_bench.py [--sizes 1000,10000]

Last line: key=value pairs.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claimlight.store import HistoryStore, page_id_for  # noqa: E402
from claimlight.store.history_store import ANALYSIS_TABLE, PAGES_TABLE, _bucket_index, _bucket_of, _version_doc  # noqa: E402
from claimlight.store.migrations import CURRENT_VERSION  # noqa: E402
from percentiles import percentile  # noqa: E402  (bench/ is not a package: the script's own folder is on the path)
from tests.store_samples import make_analysis  # noqa: E402

WORDS = ("government officials said the ministry report army forces city region election budget police hospital "
         "workers prices energy company market court minister president border attack talks deal water school "
         "protest vote tax").split()
UNITS = ["people", "troops", "volunteers", "tanks", "dollars", "refugees", "homes", "jobs", "per cent", "km", None]
SYLLABLES = ["ka", "lo", "mi", "ren", "sha", "vo", "dru", "pel", "zan", "tor", "bi", "gue", "nak", "ost", "lyn"]
SURNAMES = sorted({(a + b + c).capitalize() for a in SYLLABLES for b in SYLLABLES for c in ("v", "ski", "son", "er")})[:300]
ORGS = [f"Ministry of {(a + b).capitalize()}" for a in SYLLABLES[:10] for b in SYLLABLES[:6]]
CLAIMS_PER_PAGE = 12
ARTICLE_CHARS = 6000


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def realistic_page(rng: random.Random, n: int, analysed_at: datetime) -> dict:
    claims = []
    for i in range(CLAIMS_PER_PAGE):
        value = rng.choice([rng.randint(2, 99), rng.randint(100, 99_999), rng.randint(1, 90) * 1000])
        unit = rng.choice(UNITS)
        figure = {"text": f"{value:,}", "value": float(value), "unit": unit, "start": 0, "end": 5}
        if rng.random() < 0.5:
            source = {"text": f"{rng.choice(['Mr', 'Minister', 'General'])} {rng.choice(SURNAMES)}", "kind": "named"}
        elif rng.random() < 0.5:
            source = {"text": rng.choice(ORGS), "kind": "organisation"}
        else:
            source = {"text": "officials", "kind": "anonymous"}
        text = f"{source['text']} said {value:,} {unit or ''} {_sentence(rng, 18)}"
        claims.append((text, [figure] if rng.random() < 0.8 else [], source, rng.choice(["high", "medium", "low"])))
    article = " ".join(_sentence(rng, 14) for _ in range(ARTICLE_CHARS // 90))
    return make_analysis(f"https://site{n % 400}.example/news/{n}", article + str(n), claims,
                         analysed_at=analysed_at.isoformat(timespec="seconds"), title=f"Story {n}: {_sentence(rng, 6)}")


def bulk_build(history: Path, count: int, rng: random.Random) -> dict:
    """Lay down ``count`` pages in the store's layout, one file write each, no fsync."""
    now = datetime.now(timezone.utc)
    buckets: dict[str, dict] = defaultdict(dict)
    (history / "analyses").mkdir(parents=True)
    (history / "index").mkdir()
    sample = None
    for n in range(count):
        page = realistic_page(rng, n, now - timedelta(days=365) + timedelta(seconds=n * 365 * 86400 // count))
        page["page_id"] = page_id_for(page["url"])
        folder = history / "analyses" / _bucket_of(page["id"])
        folder.mkdir(exist_ok=True)
        (folder / f"{page['id']}.json").write_text(json.dumps({ANALYSIS_TABLE: {"1": page}}))
        doc = {"page_id": page["page_id"], "url": page["url"], "title": page["title"], "site": page["site"],
               "versions": [_version_doc(page)]}
        bucket = buckets[_bucket_index(page["page_id"])]
        bucket[str(len(bucket) + 1)] = doc
        sample = sample or page
    for name, docs in buckets.items():
        (history / "index" / f"{name}.json").write_text(json.dumps({PAGES_TABLE: docs}))
    (history / "meta.json").write_text(json.dumps({"meta": {"1": {"schema_version": CURRENT_VERSION}}}))
    os.sync()
    return sample


def timed(fn, repeats: int) -> list[float]:
    times = []
    for i in range(repeats):
        started = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure_in_fresh_process(count: int, workdir: Path) -> dict:
    """One process per size, so its RSS growth is the store's alone, as in a freshly started server."""
    output = subprocess.run([sys.executable, __file__, "--measure", str(count), "--workdir", str(workdir)],
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def measure(count: int, workdir: Path) -> dict:
    rng = random.Random(count)
    history = workdir / f"history-{count}"
    sample = bulk_build(history, count, rng)
    gc.collect()
    process = psutil.Process()
    rss_before = process.memory_info().rss
    started = time.perf_counter()
    store = HistoryStore(history)
    open_ms = (time.perf_counter() - started) * 1000
    rss_growth_mb = (process.memory_info().rss - rss_before) / 1e6
    assert store.count() == count
    now = datetime.now(timezone.utc)
    new_pages = [realistic_page(rng, count + i, now) for i in range(40)]
    record = timed(lambda i: store.record(new_pages[i]), 40)
    listing = timed(lambda i: store.history(limit=50), 100)
    queries = [ORGS[17].split()[-1].lower(), f"{SURNAMES[123].lower()} budget", "nothing-matches-this", "site42.example"]
    search = timed(lambda i: store.history(q=queries[i % len(queries)], limit=50), 40)
    claim_ids = [c["id"] for c in sample["claims"] if c["figures"] or c["source"]["kind"] != "anonymous"]
    related_counts = []
    related = timed(lambda i: related_counts.append(len(store.related(claim_ids[i % len(claim_ids)]))), 40)
    rss_after_mb = (process.memory_info().rss - rss_before) / 1e6
    store.close()
    return {"pages": count, "open_ms": open_ms, "rss_growth_mb": max(rss_growth_mb, rss_after_mb),
            "record_median_ms": statistics.median(record), "record_p95_ms": percentile(record, 0.95),
            "list50_median_ms": statistics.median(listing), "list50_p95_ms": percentile(listing, 0.95),
            "search_median_ms": statistics.median(search), "search_p95_ms": percentile(search, 0.95),
            "related_median_ms": statistics.median(related), "related_p95_ms": percentile(related, 0.95),
            "related_hits_median": statistics.median(related_counts)}


def naive_tinydb_record_ms(workdir: Path, count: int = 1000) -> float:
    """TinyDB's default JSONStorage: every insert rewrites the whole history file."""
    from tinydb import TinyDB

    rng = random.Random(7)
    now = datetime.now(timezone.utc)
    db = TinyDB(workdir / "naive.json")
    db.table("analyses").insert_multiple(realistic_page(rng, n, now) for n in range(count))
    extra = [realistic_page(rng, count + i, now) for i in range(5)]
    times = timed(lambda i: db.table("analyses").insert(extra[i]), 5)
    db.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.workdir)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as tmp:
        workdir = Path(tmp)
        naive = naive_tinydb_record_ms(workdir)
        results = [measure_in_fresh_process(size, workdir) for size in sizes]
    print(f"baseline: TinyDB default JSONStorage, record into 1,000 pages: median {naive:.1f} ms")
    for r in results:
        print(f"{r['pages']:>6} pages: open {r['open_ms']:.0f} ms, RSS +{r['rss_growth_mb']:.1f} MB | "
              f"record median {r['record_median_ms']:.1f} p95 {r['record_p95_ms']:.1f} ms | "
              f"list 50 median {r['list50_median_ms']:.2f} p95 {r['list50_p95_ms']:.2f} ms | "
              f"search median {r['search_median_ms']:.1f} p95 {r['search_p95_ms']:.1f} ms | "
              f"related median {r['related_median_ms']:.1f} p95 {r['related_p95_ms']:.1f} ms "
              f"({r['related_hits_median']:.0f} hits)")
    small, large = results[0], results[-1]
    bars = {"record_p95_ms": 50, "list50_p95_ms": 20, "search_p95_ms": 100, "related_p95_ms": 50, "rss_growth_mb": 100}
    passed = all(large[key] <= limit for key, limit in bars.items())
    pairs = {"pages": large["pages"], **{f"{k}": round(v, 2) for k, v in large.items() if k != "pages"},
             **{f"{k}_{small['pages']}": round(v, 2) for k, v in small.items() if k != "pages"},
             "record_ratio_to_naive_tinydb": round(large["record_p95_ms"] / naive, 3),
             "record_p95_ratio_large_to_small": round(large["record_p95_ms"] / small["record_p95_ms"], 2),
             "naive_tinydb_record_ms_1000": round(naive, 1), "bars_met": passed}
    print(" ".join(f"{k}={v}" for k, v in pairs.items()))


if __name__ == "__main__":
    main()
