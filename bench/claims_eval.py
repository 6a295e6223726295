"""Claim detection against the labelled dev corpus, through the real fast path.

For every page that has labelled lines, run ``claimlight.pipeline.analyze_page`` on
the page's HTML (the shared extraction benchmark), find each labelled line in the
analysis's article text (whitespace-normalised search) and count the line as
flagged when a claim overlaps it. Labels are whatever exists now in
corpus/labels/*.jsonl (two labellers, written while this runs; the count is printed).

- recall: labelled high+medium lines found in the text that are flagged (the bar),
  and the same over all labelled high+medium lines (lines the extraction lost count as misses);
- precision: flagged labelled lines that are claims (any level) / flagged labelled lines;
- furniture: furniture-origin lines present in the extracted text, and how many are flagged;
- level agreement: share of flagged claim lines whose claim level equals the label;
- per-kind recall: labelled numerical (attribution) claim lines flagged with that kind.

Figures are printed for all labels and for each labeller's file separately (a held-out view).

    .venv/bin/python bench/claims_eval.py [--data DIR] [--misses N] [--false N]

The last line is ``key=value`` pairs for scripts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from claimlight.pipeline import PipelineError, analyze_page

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"
CANDIDATES = ROOT / "corpus" / "candidates.jsonl"
LABEL_FILES = sorted((ROOT / "corpus" / "labels").glob("part*.jsonl"))
CLAIM_LEVELS = ("high", "medium", "low")
LEVEL_RANK = {"low": 0, "medium": 1, "high": 2}


def _normalised(text: str) -> tuple[str, list[int]]:
    """``text`` with whitespace runs collapsed to one space, and each kept character's offset in ``text``."""
    chars, offsets, in_space = [], [], False
    for index, char in enumerate(text):
        if char.isspace():
            if not in_space and chars:
                chars.append(" ")
                offsets.append(index)
            in_space = True
        else:
            chars.append(char)
            offsets.append(index)
            in_space = False
    return "".join(chars), offsets


@dataclass
class Outcome:
    label: dict
    origin: str
    part: str
    found: bool = False
    flagged: bool = False
    claim: dict | None = None


@dataclass
class Tally:
    outcomes: list[Outcome] = field(default_factory=list)

    def figures(self) -> dict:
        claim_lines = [o for o in self.outcomes if o.origin == "body" and o.label["level"] in ("high", "medium")]
        present = [o for o in claim_lines if o.found]
        flagged = [o for o in self.outcomes if o.flagged]
        true_flags = [o for o in flagged if o.label["level"] in CLAIM_LEVELS]
        furniture = [o for o in self.outcomes if o.origin == "furniture"]
        matched = [o for o in flagged if o.label["level"] in CLAIM_LEVELS]
        kinds = {}
        for kind in ("numerical", "attribution"):
            labelled = [o for o in self.outcomes if o.found and kind in (o.label.get("kinds") or [])
                        and o.label["level"] in ("high", "medium")]
            hit = [o for o in labelled if o.flagged and kind in o.claim["kinds"]]
            kinds[kind] = (len(hit), len(labelled))
        return {
            "labelled": len(self.outcomes),
            "hm_lines": len(claim_lines),
            "hm_present": len(present),
            "recall": _ratio(sum(o.flagged for o in present), len(present)),
            "recall_all": _ratio(sum(o.flagged for o in claim_lines), len(claim_lines)),
            "precision": _ratio(len(true_flags), len(flagged)),
            "flagged": len(flagged),
            "furniture_lines": len(furniture),
            "furniture_present": sum(o.found for o in furniture),
            "furniture_flagged": sum(o.flagged for o in furniture),
            "level_agreement": _ratio(sum(o.claim["level"] == o.label["level"] for o in matched), len(matched)),
            "numerical_recall": _ratio(*kinds["numerical"]),
            "attribution_recall": _ratio(*kinds["attribution"]),
            "not_found": sum(not o.found for o in self.outcomes),
        }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else float("nan")


def load_labels() -> tuple[dict, dict[str, tuple[dict, str]]]:
    candidates = {}
    with CANDIDATES.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            candidates[row["id"]] = row
    labels: dict[str, tuple[dict, str]] = {}
    for path in LABEL_FILES:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                line = line.strip()
                if not line:
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a labeller is mid-write
                if row.get("id") in candidates and row.get("level") in CLAIM_LEVELS + ("none",):
                    labels[row["id"]] = (row, path.stem)
    return candidates, labels


def evaluate(data: Path) -> tuple[Tally, dict[str, Tally], list[Outcome]]:
    candidates, labels = load_labels()
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    by_page: dict[str, list[str]] = {}
    for label_id in labels:
        by_page.setdefault(candidates[label_id]["page"], []).append(label_id)
    overall, per_part, outcomes = Tally(), {}, []
    for page, label_ids in sorted(by_page.items()):
        html = gzip.decompress((data / "html" / f"{page}.html.gz").read_bytes()).decode("utf-8", "replace")
        try:
            analysis = analyze_page(truth.get(page, {}).get("url", f"https://example.invalid/{page}"), "", html)
            text = analysis["article"]["text"]
            claims = analysis["claims"]
        except PipelineError:
            text, claims = "", []
        flat, offsets = _normalised(text)
        for label_id in label_ids:
            label, part = labels[label_id]
            candidate = candidates[label_id]
            outcome = Outcome(label, candidate["origin"], part)
            needle = " ".join(candidate["text"].split())
            at = flat.find(needle) if needle else -1
            if at >= 0:
                outcome.found = True
                start, end = offsets[at], offsets[at + len(needle) - 1] + 1
                overlapping = [c for c in claims if c["selector"]["start"] < end and c["selector"]["end"] > start]
                if overlapping:
                    outcome.flagged = True
                    outcome.claim = max(overlapping, key=lambda c: (
                        min(end, c["selector"]["end"]) - max(start, c["selector"]["start"]), LEVEL_RANK[c["level"]]))
            outcome.label = {**label, "text": candidate["text"]}
            overall.outcomes.append(outcome)
            per_part.setdefault(part, Tally()).outcomes.append(outcome)
            outcomes.append(outcome)
    return overall, per_part, outcomes


def _print_figures(name: str, figures: dict) -> None:
    print(f"{name}: labelled={figures['labelled']} high+medium={figures['hm_lines']} "
          f"(in extracted text {figures['hm_present']})")
    print(f"  recall(high+medium, in text)={figures['recall']}  recall(all high+medium)={figures['recall_all']}  "
          f"precision={figures['precision']} (flagged {figures['flagged']})")
    print(f"  furniture: lines={figures['furniture_lines']} present in text={figures['furniture_present']} "
          f"flagged={figures['furniture_flagged']}")
    print(f"  level agreement={figures['level_agreement']}  recall numerical={figures['numerical_recall']}  "
          f"attribution={figures['attribution_recall']}  lines not found in text={figures['not_found']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--misses", type=int, default=0, help="print this many missed high/medium lines")
    parser.add_argument("--false", type=int, default=0, help="print this many flagged non-claim lines")
    parser.add_argument("--levels", type=int, default=0, help="print this many level disagreements")
    args = parser.parse_args(argv)

    overall, per_part, outcomes = evaluate(args.data)
    print(f"labels: {', '.join(f'{p}={len(t.outcomes)}' for p, t in sorted(per_part.items()))}")
    figures = overall.figures()
    _print_figures("all labels", figures)
    for part, tally in sorted(per_part.items()):
        _print_figures(part, tally.figures())
    confusion = Counter((o.label["level"], o.claim["level"] if o.claim else "-") for o in outcomes if o.found)
    print("label -> claim level (lines in text):", dict(sorted(confusion.items())))
    for title, rows, count in (
        ("missed", [o for o in outcomes if o.found and not o.flagged and o.label["level"] in ("high", "medium")], args.misses),
        ("false", [o for o in outcomes if o.flagged and o.label["level"] == "none"], args.false),
        ("levels", [o for o in outcomes if o.flagged and o.label["level"] in CLAIM_LEVELS
                    and o.claim["level"] != o.label["level"]], args.levels),
    ):
        for o in rows[:count]:
            got = f"{o.claim['level']} {o.claim['kinds']} {o.claim['source']['kind']}" if o.claim else "-"
            print(f"[{title}] {o.label['level']} {o.label.get('kinds')} {o.label.get('source')} | got {got} | "
                  f"{o.label['text'][:160]}")
    parts = {p: t.figures() for p, t in per_part.items()}
    tail = {"labels": figures["labelled"], "recall_hm": figures["recall"], "recall_hm_all": figures["recall_all"],
            "precision": figures["precision"], "furniture_present": figures["furniture_present"],
            "furniture_flagged": figures["furniture_flagged"], "level_agreement": figures["level_agreement"],
            "recall_numerical": figures["numerical_recall"], "recall_attribution": figures["attribution_recall"],
            "not_found": figures["not_found"]}
    for part, part_figures in sorted(parts.items()):
        tail[f"{part}_recall_hm"] = part_figures["recall"]
        tail[f"{part}_precision"] = part_figures["precision"]
        tail[f"{part}_furniture_flagged"] = part_figures["furniture_flagged"]
    print(" ".join(f"{k}={v}" for k, v in tail.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
