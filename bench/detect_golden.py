"""Golden output of claim detection: every claim on every known page, saved once and compared after each change.

A speed change to detection must not change what it finds. This runs ``analyze_page`` over the shared
extraction benchmark (181 pages), the sample pages in tests/pages and the 100 KB big page, and writes each
page's claims (kinds, selector, figures, source, hedges, linked, level, reasons) to a JSON file. With
``--check`` it compares against that file instead, prints every difference and exits 1 if there is any.

    .venv/bin/python bench/detect_golden.py [--golden FILE]            # save
    .venv/bin/python bench/detect_golden.py --check [--golden FILE]    # compare

The last line is ``key=value`` pairs for scripts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

from claimlight.pipeline import PipelineError, analyze_page

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLDEN = ROOT / "bench" / "detect_golden.json"
CLAIM_FIELDS = ("kinds", "selector", "figures", "source", "hedges", "linked", "level", "reasons")

sys.path.insert(0, str(ROOT / "bench"))
import e2e_bench  # noqa: E402  (bench/ is not a package)
from shared_data import EXTRACTION_BENCHMARK as BENCHMARK, require  # noqa: E402


def _pages() -> list[tuple[str, str, str]]:
    """(name, url, html) for every page the golden file covers."""
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((BENCHMARK / "html").glob("*.html.gz")):
        key = path.name.split(".")[0]
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        pages.append((f"benchmark/{key}", truth.get(key, {}).get("url", ""), html))
    for path in sorted((ROOT / "tests" / "pages").glob("*.html")):
        pages.append((f"tests/pages/{path.name}", f"https://example.org/{path.stem}", path.read_text(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        big = e2e_bench.build_big_page(Path(tmp))
        pages.append(("big_page", "https://www.dailystar.co.uk/news/world-news/big-page", big.read_text(encoding="utf-8")))
    return pages


def _claims(url: str, html: str) -> list[dict] | str:
    try:
        analysis = analyze_page(url, "", html)
    except PipelineError as error:
        return f"error: {error.code}"
    return [{field: claim[field] for field in CLAIM_FIELDS} for claim in analysis["claims"]]


def _differences(name: str, expected, actual) -> list[str]:
    if isinstance(expected, str) or isinstance(actual, str) or len(expected) != len(actual):
        count = lambda v: v if isinstance(v, str) else f"{len(v)} claims"  # noqa: E731
        if expected == actual:
            return []
        lines = [f"{name}: expected {count(expected)}, got {count(actual)}"]
        if not isinstance(expected, str) and not isinstance(actual, str):
            before = {json.dumps(c, sort_keys=True) for c in expected}
            after = {json.dumps(c, sort_keys=True) for c in actual}
            lines += [f"  - {c}" for c in sorted(before - after)] + [f"  + {c}" for c in sorted(after - before)]
        return lines
    lines = []
    for index, (old, new) in enumerate(zip(expected, actual)):
        if old != new:
            for field in CLAIM_FIELDS:
                if old.get(field) != new.get(field):
                    lines.append(f"{name} claim {index} {field}: expected {old.get(field)!r}, got {new.get(field)!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare against the golden file instead of writing it")
    parser.add_argument("--golden", type=Path, default=DEFAULT_GOLDEN)
    args = parser.parse_args(argv)
    require(BENCHMARK)

    results = {name: _claims(url, html) for name, url, html in _pages()}
    claims = sum(len(v) for v in results.values() if not isinstance(v, str))
    if not args.check:
        args.golden.write_text(json.dumps(results, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
        print(f"saved {len(results)} pages, {claims} claims to {args.golden}")
        print(f"pages={len(results)} claims={claims} differences=0 mode=save")
        return 0
    golden = json.loads(args.golden.read_text(encoding="utf-8"))
    differences: list[str] = []
    for name in sorted(set(golden) | set(results)):
        if name not in results or name not in golden:
            differences.append(f"{name}: only in {'golden' if name in golden else 'this run'}")
            continue
        differences += _differences(name, golden[name], results[name])
    for line in differences:
        print(line)
    print(f"pages={len(results)} claims={claims} differences={len(differences)} mode=check")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
