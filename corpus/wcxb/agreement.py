"""Checks the wcxb label files and prints the blind second labeller's agreement with the first.

    python corpus/wcxb/agreement.py

Stops on a missing, duplicated or invalid label. Agreement is raw and Cohen's kappa, on the
lines of the 30 pages both labelled, for claim / not claim, level, kinds and source kind (the
last three also on the lines both call a claim). The last line is key=value.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEVELS = {"high", "medium", "low", "none"}
SOURCES = {"named", "organisation", "anonymous", "vague", "none", None}
KINDS = ([], ["numerical"], ["attribution"], ["numerical", "attribution"])


def read(path: Path) -> dict[str, dict]:
    rows = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        problem = (row["id"] in rows and "duplicate id") or (row["level"] not in LEVELS and "level") or (
            row["source"] not in SOURCES and "source") or (row["kinds"] not in KINDS and "kinds") or (
            row["level"] == "none" and (row["kinds"] or row["source"] is not None) and "none with kinds or source")
        if problem:
            sys.exit(f"{path.name}:{number}: {problem}: {line[:120]}")
        rows[row["id"]] = row
    return rows


def kappa(pairs: list[tuple]) -> tuple[float, float]:
    if not pairs:
        return float("nan"), float("nan")
    observed = sum(a == b for a, b in pairs) / len(pairs)
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[k] * right.get(k, 0) for k in left) / len(pairs) ** 2
    return round(observed, 3), round((observed - expected) / (1 - expected), 3) if expected < 1 else float("nan")


def main() -> None:
    candidates = [json.loads(line) for line in (HERE / "candidates.jsonl").open(encoding="utf-8")]
    first: dict[str, dict] = {}
    for path in sorted((HERE / "labels").glob("part*.jsonl")):
        part = read(path)
        overlap = set(part) & set(first)
        if overlap:
            sys.exit(f"{path.name}: ids labelled in another part: {sorted(overlap)[:3]}")
        first.update(part)
    missing = [c["id"] for c in candidates if c["id"] not in first]
    if missing:
        sys.exit(f"{len(missing)} candidates without a label, e.g. {missing[:3]}")
    audit = read(HERE / "labels" / "audit.jsonl")
    ids = [i for i in audit if i in first]
    both_claim = [i for i in ids if audit[i]["level"] != "none" and first[i]["level"] != "none"]
    rows = {
        "claim": kappa([(audit[i]["level"] != "none", first[i]["level"] != "none") for i in ids]),
        "level": kappa([(audit[i]["level"], first[i]["level"]) for i in ids]),
        "level_on_claims": kappa([(audit[i]["level"], first[i]["level"]) for i in both_claim]),
        "kinds_on_claims": kappa([(tuple(audit[i]["kinds"]), tuple(first[i]["kinds"])) for i in both_claim]),
        "source_on_claims": kappa([(audit[i]["source"], first[i]["source"]) for i in both_claim]),
    }
    levels = Counter(row["level"] for row in first.values())
    print(f"labels: {len(first)} lines, {len({c['page'] for c in candidates})} pages; levels {dict(levels)}")
    print(f"audit: {len(ids)} lines on {len({i.split('-')[0] for i in ids})} pages, both call a claim: {len(both_claim)}")
    for name, (raw, k) in rows.items():
        print(f"  {name}: raw {raw}  kappa {k}")
    print(" ".join(f"{name}_kappa={k}" for name, (_, k) in rows.items()))


if __name__ == "__main__":
    main()
