"""Inter-annotator agreement between the two corpus labellers and the blind audit.

The audit re-labelled a fixed sample of lines without seeing the labellers' work;
this script draws that sample (so anyone can re-check which lines it covers) and
measures how often the audit and each part's labeller agree, raw and chance-corrected
(Cohen's kappa), on claim/not-claim, kinds, source kind and level.

    python corpus/agreement.py            # print agreement figures
    python corpus/agreement.py --sample   # print the audited ids, one per line
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
LABELS = CORPUS / "labels"
AUDIT_SEED = 2026
BODY_PER_PART = 135
FURNITURE_PER_PART = 15
PART_SPLIT = 90  # pages with sorted index < 90 are part1, the rest part2


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def candidates_by_part() -> dict[str, list[dict]]:
    candidates = read_jsonl(CORPUS / "candidates.jsonl")
    pages = sorted({c["page"] for c in candidates})
    part_of_page = {page: ("part1" if i < PART_SPLIT else "part2") for i, page in enumerate(pages)}
    parts: dict[str, list[dict]] = {"part1": [], "part2": []}
    for candidate in candidates:
        parts[part_of_page[candidate["page"]]].append(candidate)
    return parts


def audit_sample() -> dict[str, list[str]]:
    """Ids the audit labels, per part: 135 body + 15 furniture lines each, one seeded draw."""
    rng = random.Random(AUDIT_SEED)
    parts = candidates_by_part()
    sample = {}
    for part, rows in parts.items():
        body = [r["id"] for r in rows if r["origin"] == "body"]
        sample[part] = rng.sample(body, BODY_PER_PART)
    for part, rows in parts.items():
        furniture = [r["id"] for r in rows if r["origin"] == "furniture"]
        sample[part] += rng.sample(furniture, FURNITURE_PER_PART)
    return sample


KINDS = ([], ["numerical"], ["attribution"], ["numerical", "attribution"])
SOURCES = ("named", "organisation", "anonymous", "vague", "none", None)
LEVELS = ("high", "medium", "low", "none")


def validate(rows: list[dict], expected_ids: list[str] | None, name: str) -> None:
    """Refuse to measure malformed labels: every id once, allowed values, "none" means no kinds and no source."""
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{name}: duplicate ids")
    if expected_ids is not None and ids != expected_ids:
        raise ValueError(f"{name}: ids differ from its share of candidates.jsonl (missing, extra or out of order)")
    for r in rows:
        if r["kinds"] not in KINDS or r["source"] not in SOURCES or r["level"] not in LEVELS:
            raise ValueError(f"{name}: value not allowed in {r}")
        if (r["level"] == "none") != (r["kinds"] == []) or (r["level"] == "none") != (r["source"] is None):
            raise ValueError(f"{name}: level none must go with kinds [] and source null, and only then: {r}")


def cohen_kappa(a: list, b: list) -> float:
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[k] * count_b[k] for k in set(a) | set(b)) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def raw_agreement(a: list, b: list) -> float:
    return sum(x == y for x, y in zip(a, b)) / len(a)


FIELDS = {
    "claim": lambda r: r["level"] != "none",
    "kinds": lambda r: "+".join(sorted(r["kinds"])) or "-",
    "numerical": lambda r: "numerical" in r["kinds"],
    "attribution": lambda r: "attribution" in r["kinds"],
    "source": lambda r: r["source"] or "-",
    "level": lambda r: r["level"],
}


def compare(audit: dict[str, dict], labels: dict[str, dict], ids: list[str]) -> dict[str, tuple[float, float]]:
    figures = {}
    for name, get in FIELDS.items():
        a = [get(audit[i]) for i in ids]
        b = [get(labels[i]) for i in ids]
        figures[name] = (raw_agreement(a, b), cohen_kappa(a, b))
    return figures


def main(argv: list[str]) -> int:
    sample = audit_sample()
    if "--sample" in argv:
        for part in ("part1", "part2"):
            print("\n".join(sample[part]))
        return 0
    audit_rows = read_jsonl(LABELS / "audit.jsonl")
    validate(audit_rows, None, "audit")
    if {r["id"] for r in audit_rows} != set(sample["part1"] + sample["part2"]):
        raise ValueError("audit: ids differ from the audit sample")
    audit = {r["id"]: r for r in audit_rows}
    shares = candidates_by_part()
    summary = {}
    for part in ("part1", "part2"):
        rows = read_jsonl(LABELS / f"{part}.jsonl")
        validate(rows, [c["id"] for c in shares[part]], part)
        labels = {r["id"]: r for r in rows}
        ids = [i for i in sample[part] if i in audit]
        body_ids = [i for i in ids if "-b" in i]
        claim_ids = [i for i in body_ids if audit[i]["level"] != "none" and labels[i]["level"] != "none"]
        print(f"== {part}: {len(ids)} audited lines ({len(body_ids)} body), {len(claim_ids)} body lines both call a claim")
        for scope, scope_ids in (("all", ids), ("both-claim", claim_ids)):
            for name, (raw, kappa) in compare(audit, labels, scope_ids).items():
                if scope == "both-claim" and name == "claim":
                    continue
                print(f"  {scope:10s} {name:12s} raw={raw:.3f} kappa={kappa:.3f}")
                if scope == "all" and name in ("claim", "kinds", "source", "level"):
                    summary[f"{part}_{name}_raw"] = round(raw, 3)
                    summary[f"{part}_{name}_kappa"] = round(kappa, 3)
    print(" ".join(f"{k}={v}" for k, v in summary.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
