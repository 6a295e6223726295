"""Web precision as the reader meets it: every high or medium highlight on fresh pages, judged blind.

    .venv/bin/python bench/highlight_audit.py [--model] [--false N] [--levels N] [--part tune|check]

With ``--model`` the figures are the bundled model's as served, followed by the model ablation of
bench/claims_web_eval.py on the same pages: the rules alone, the head on rule features alone, the
shipped head demoting only, and the shipped head (embedding + rule features). ``--curve [HEAD ...]`` adds each
head's precision and claims a page at several demotion thresholds, on the tune, check and held-out parts (figures
only), to compare heads at equal claims kept.

corpus/wcxb/build_audit.py listed every high or medium highlight the rules served on English pages
of the wcxb-dev "dev" half that the line corpus never labelled, in rounds of 50 pages; each was then
judged by hand against LABELING.md, without its level or reasons (corpus/wcxb/labels/highlights-*.jsonl).
Each round's pages are split into a "tune" part, whose false highlights may be read (``--false``),
and a "check" part, measured for figures only up to 620a85d; once the dev half had no page left to draw, the check
part's misses were opened for reading too (``--part check``), so it is dev like the tune part and only the held-out
part measures what was not tuned on. A round listed after tuning on the rounds before
it is a fresh test of that tuning: its "listed" line is the rules as they stood then. Round 8 is drawn from the
held-out half instead (domains never tuned on), in a part of its own, "heldout": every highlight the rules served on
30 real articles, judged twice, blind, the way the hidden bar judges a fresh sample; round 9 is the half's next 30
pages, listed before this release's rules and judged twice the same way. Rounds 10 and 11 are tune pages again, drawn
from the dev pages the line corpus had sampled (their highlights new to any judge) once every earlier tune part had been
read many times over.

For each round and part, and each part over all rounds, it prints, beside the same figures for the
highlights as listed (the baseline of that round, from the file itself):

- precision: highlights judged high or medium claims, over highlights judged (``precision_any``:
  judged a claim at any level, low included);
- level agreement: served level equal to the judged level, over highlights judged claims;
- claims a page: highlights judged claims, a page (the bar asks that these do not fall);
- unjudged: highlights the audit never listed (the rules now split or flag a sentence differently);
  they count in neither precision, so a large number makes the figures stale.

It also counts the highlights served in page structure (a table or spec row, a definition list, a reference list, a
caption, code: the paragraph roles extract.py reads from the page), and how many of those were judged claims.

Then how far two labellers agree, from the samples judged a second time, blind (highlights-second*.jsonl).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "backend"))

from bench.claims_web_eval import RULES_ALONE, SHIPPED_VARIANT, ratio, served_by_model  # noqa: E402
from claimlight.pipeline import analyze_page  # noqa: E402
from corpus.agreement import read_jsonl  # noqa: E402
from corpus.served import comparable, wcxb_page  # noqa: E402

WCXB = ROOT / "corpus" / "wcxb"
LABELING_ONLY = WCXB / "labeling-only"  # rounds judged again against LABELING.md alone, without the team's labelling brief
SHOWN = ("high", "medium")


def load_audit() -> tuple[list[dict], dict[str, dict]]:
    """The audited highlights (in page order) and their judgements by id (first labeller's, where two judged)."""
    rows = read_jsonl(WCXB / "audit-highlights.jsonl")
    labels: dict[str, dict] = {}
    for path in sorted((WCXB / "labels").glob("highlights-*.jsonl")):
        if path.stem.startswith("highlights-second"):
            continue  # the agreement samples' second labels
        labels.update((row["id"], row) for row in read_jsonl(path))
    return rows, labels


def labeling_only(rows: list[dict], labels: dict[str, dict], groups: dict[str, list[str]],
                  served: dict[str, list[dict]]) -> list[str]:
    """The rounds judged a second time against LABELING.md alone, as the hidden bar judges (labeling-only/): the served
    figures under the team's judges (who also read the labelling brief) and under that judge, side by side."""
    alternative: dict[str, dict] = {}
    for path in sorted(LABELING_ONLY.glob("highlights-*.jsonl")):
        alternative.update((row["id"], row) for row in read_jsonl(path))
    covered = [row for row in rows if row["id"] in alternative]
    readings = [(name, {(row["page"], key(row["text"])): source[row["id"]] for row in covered})
                for name, source in (("team's judges", labels), ("LABELING.md only", alternative))]
    rounds = sorted({(row.get("round", 1), row["part"]) for row in covered})
    by_group = [(f"r{round_} {part:7}", groups.get(f"r{round_} {part}", [])) for round_, part in rounds]
    by_group += [(f"all {part:7}", [page for round_, part_ in rounds if part_ == part
                                    for page in groups.get(f"r{round_} {part_}", [])])
                 for part in sorted({part for _, part in rounds})]
    lines = []
    for group, pages in by_group:
        for name, judgement in readings:
            now = [(page, claim["level"], judgement.get((page, key(claim["text"])))) for page in pages
                   for claim in served[page]]
            lines.append(f"  {group} {name:17} pages={len(pages)} "
                         + " ".join(f"{k}={v}" for k, v in figures(now, len(pages)).items()))
    return lines


def comparisons_judged_twice(rows: list[dict], served: dict[str, list[dict]]) -> str:
    """The dev highlights that rested on a comparison alone at 90891e1 (no figure, no source), each judged by two
    helpers against LABELING.md alone (labeling-only/comparisons-dev-*.jsonl): how many of them are still served, by
    what the two judges made of them, so a change to what counts as a comparison is measured as the hidden bar judges."""
    first, second = ({row["id"]: row for row in read_jsonl(path)}
                     for path in sorted(LABELING_ONLY.glob("comparisons-dev-*.jsonl")))
    shown_now = {page: {key(claim["text"]) for claim in claims} for page, claims in served.items()}
    counts: Counter = Counter()
    for row in rows:
        if row["id"] in first:
            claims = sum(judged[row["id"]]["level"] in SHOWN for judged in (first, second))
            verdict = ("neither judge a claim", "one judge a claim", "both judges a claim")[claims]
            shown = key(row["text"]) in shown_now.get(row["page"], set())
            counts[("served" if shown else "dropped", verdict)] += 1
    agreed = sum((first[i]["level"] in SHOWN) == (second[i]["level"] in SHOWN) for i in first)
    return (f"{len(first)} judged twice, claim or not agreed {agreed / len(first):.2f}; "
            + ", ".join(f"{state} and {verdict}: {n}" for (state, verdict), n in sorted(counts.items())))


def agreement(labels: dict[str, dict]) -> str:
    """The second, blind judgements (highlights-second*.jsonl) against the first: claim or not, and level."""
    lines = []
    for path in sorted((WCXB / "labels").glob("highlights-second*.jsonl")):
        pairs = [(labels[row["id"]]["level"], row["level"]) for row in read_jsonl(path) if row["id"] in labels]
        if pairs:
            claim = sum((a != "none") == (b != "none") for a, b in pairs) / len(pairs)
            level = sum(a == b for a, b in pairs) / len(pairs)
            lines.append(f"{path.stem}: {len(pairs)} judged twice, claim or not agreed {claim:.2f}, level {level:.2f}")
    return "; ".join(lines)


def key(text: str) -> str:
    return comparable(text)[0]


def served_highlights(pages: list[str], model: bool) -> dict[str, dict[str, list[dict]]]:
    """Each page's high and medium claims as served now, by variant: the rules alone and, with ``model``, each
    head of the model ablation (bench/claims_web_eval.py), the shipped one last."""
    load = wcxb_page()
    analyses = {}
    for page in pages:
        url, html = load(page)
        analyses[page] = analyze_page(url, "", html)
    variants = {RULES_ALONE: analyses}
    if model:
        by_head = served_by_model(analyses)
        variants.update((name, by_head[name]) for name in sorted(by_head, key=lambda name: name == SHIPPED_VARIANT))
    shown = {name: {page: [c for c in analysis["claims"] if c["level"] in SHOWN] for page, analysis in served.items()}
             for name, served in variants.items()}
    for page, analysis in analyses.items():  # the paragraph each highlight stands in (the served text is the same)
        spans, roles = analysis["article"]["paragraphs"], analysis["article"]["roles"]
        for claims in (variant[page] for variant in shown.values()):
            for claim in claims:
                at = (claim.get("selector") or {}).get("start", -1)
                claim["role"] = next((role for (start, end), role in zip(spans, roles) if start <= at < end), "text")
    return shown


# Paragraph roles whose numbers are structure, not prose (issue 16: "0 highlights on list markers, spec or rating rows,
# reference-list entries"): a table or spec row, a definition list, a reference list, a caption, code.
STRUCTURE_ROLES = ("table", "definition", "reference", "caption", "code")


def structure_line(part: str, pages: list[str], served: dict[str, list[dict]], judgement: dict) -> str:
    """How many served highlights stand in each structural role on ``pages``, and how many of them were judged claims."""
    counts = Counter(claim["role"] for page in pages for claim in served[page] if claim["role"] in STRUCTURE_ROLES)
    claims = Counter(claim["role"] for page in pages for claim in served[page] if claim["role"] in STRUCTURE_ROLES
                     and (judgement.get((page, key(claim["text"]))) or {}).get("level") in SHOWN)
    listed = ", ".join(f"{role} {counts[role]} ({claims[role]} judged claims)" for role in STRUCTURE_ROLES)
    return f"  {part:7} pages={len(pages)} highlights in {listed}"


def figures(shown: list[tuple[str, str, dict | None]], pages: int) -> dict:
    """``shown`` holds (page, served level, judgement or None) for every highlight."""
    judged = [(level, label) for _, level, label in shown if label is not None]
    claims = [(level, label) for level, label in judged if label["level"] in SHOWN]
    return {
        "highlights": len(shown), "unjudged": len(shown) - len(judged),
        "precision": ratio(len(claims), len(judged)),
        "precision_any": ratio(sum(1 for _, label in judged if label["level"] != "none"), len(judged)),
        "level_agreement": ratio(sum(1 for level, label in claims if level == label["level"]), len(claims)),
        "claims_per_page": round(len(claims) / pages, 2) if pages else float("nan"),
        "highlights_per_page": round(len(shown) / pages, 2) if pages else float("nan"),
    }


CURVE_THRESHOLDS = (0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def threshold_curve(parts: dict[str, list[str]], shown: dict[str, list[dict]], judgement: dict,
                    head_paths: list[Path]) -> None:
    """Each head's trade-off on the rules' highlights (``shown``, by page): precision and claims a page if it demoted
    below each threshold.

    A head is a point on such a curve; comparing heads at the same claims a page says whether one judges better, where
    their shipped thresholds alone would only say where each sits.
    """
    from claimlight.llm.catalogue import bundled_model_path
    from claimlight.llm.embedder import Embedder
    from claimlight.llm.head import LogisticHead
    from claimlight.llm.scoring import claim_scores
    from claimlight.settings import default_cache_dir

    heads = {path.name: LogisticHead.load(path) for path in head_paths}
    embedder = Embedder(bundled_model_path(), default_cache_dir())
    try:
        vectors = {page: embedder.embed([c["text"] for c in claims]) for page, claims in shown.items() if claims}
    finally:
        embedder.close()
    for name, head in heads.items():
        scores = {page: claim_scores(head, shown[page], vectors[page][:, :head.size]) for page in vectors}
        for threshold in CURVE_THRESHOLDS:
            line = []
            for part, pages in parts.items():
                kept = [(page, claim["level"], judgement.get((page, key(claim["text"])))) for page in pages if page in scores
                        for claim, score in zip(shown[page], scores[page]) if score >= threshold]
                result = figures(kept, len(pages))
                line.append(f"{part} precision={result['precision']} claims_per_page={result['claims_per_page']}")
            print(f"  {name:28} demote below {threshold:.2f}: " + "  ".join(line))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", action="store_true", help="serve the bundled model's judgement too")
    parser.add_argument("--false", type=int, default=0, help="print this many highlights of --part judged not claims")
    parser.add_argument("--levels", type=int, default=0, help="print this many level disagreements of --part")
    parser.add_argument("--part", choices=("tune", "check"), default="tune",
                        help="the part whose misses --false and --levels read (never the held-out part)")
    parser.add_argument("--curve", type=Path, nargs="*", metavar="HEAD",
                        help="print the precision/claims trade-off of these head files (none given: the shipped head)")
    args = parser.parse_args()
    rows, labels = load_audit()
    unjudged_rounds = {row.get("round", 1) for row in rows if row["id"] not in labels}
    if unjudged_rounds:
        print(f"left out until all of their highlights are judged: rounds {sorted(unjudged_rounds)}")
    rows = [row for row in rows if row.get("round", 1) not in unjudged_rounds]
    groups: dict[str, list[str]] = {}  # "r1 tune", ..., then each part over all rounds
    for row in json.loads((WCXB / "audit-pages.json").read_text(encoding="utf-8")):
        if row.get("round", 1) in unjudged_rounds:
            continue
        groups.setdefault(f"r{row.get('round', 1)} {row['part']}", []).append(row["page"])
        groups.setdefault(f"all {row['part']}", []).append(row["page"])
    groups = dict(sorted(groups.items(), key=lambda item: (item[0].split()[1], item[0].startswith("all"), item[0])))
    judgement = {(row["page"], key(row["text"])): labels[row["id"]] for row in rows}
    variants = served_highlights(sorted({page for pages in groups.values() for page in pages}), args.model)
    served = variants[SHIPPED_VARIANT if args.model else RULES_ALONE]
    print(f"highlight audit ({'rules + bundled model' if args.model else 'rules'}); tune = dev, check = dev (read from 620a85d on)")
    tail = {}
    for group, pages in groups.items():
        on_pages = set(pages)
        baseline = [(row["page"], "listed", labels[row["id"]]) for row in rows if row["page"] in on_pages]
        now = [(page, claim["level"], judgement.get((page, key(claim["text"])))) for page in pages for claim in served[page]]
        base_figures = figures(baseline, len(pages))
        base_figures.pop("level_agreement")
        for name, result in (("listed", base_figures), ("now", figures(now, len(pages)))):
            print(f"{group:9} {name:6} pages={len(pages)} " + " ".join(f"{k}={v}" for k, v in result.items()))
        if group.startswith("all"):
            tail.update({f"{group.split()[1]}_{k}": v for k, v in figures(now, len(pages)).items()})
    print("highlights in page structure, as served (every part over all rounds):")
    for part in ("tune", "check", "heldout"):
        print(structure_line(part, groups.get(f"all {part}", []), served, judgement))
    if args.model:
        print("model ablation, as served (every part over all rounds):")
        for name, variant in variants.items():
            for group in (g for g in groups if g.startswith("all")):
                now = [(page, claim["level"], judgement.get((page, key(claim["text"])))) for page in groups[group]
                       for claim in variant[page]]
                print(f"  {group.split()[1]:7} {name:34} " + " ".join(
                    f"{k}={v}" for k, v in figures(now, len(groups[group])).items() if k != "precision_any"))
    read_pages = groups.get(f"all {args.part}", [])
    false = [(page, claim, judgement[(page, key(claim["text"]))]) for page in read_pages for claim in served[page]
             if judgement.get((page, key(claim["text"]))) and judgement[(page, key(claim["text"]))]["level"] not in SHOWN]
    for page, claim, label in false[:args.false]:
        print(f"[false] {page} label={label['level']} got={claim['level']} {claim['source']['kind']} "
              f"{claim['reasons']} | {claim['text'][:160]}")
    wrong = [(page, claim, judgement[(page, key(claim["text"]))]) for page in read_pages for claim in served[page]
             if judgement.get((page, key(claim["text"]))) and judgement[(page, key(claim["text"]))]["level"] in SHOWN
             and judgement[(page, key(claim["text"]))]["level"] != claim["level"]]
    for page, claim, label in wrong[:args.levels]:
        print(f"[level] {page} label={label['level']}/{label.get('source')} got={claim['level']} "
              f"{claim['source']['kind']} {claim['reasons']} | {claim['text'][:160]}")
    if args.curve is not None:
        from claimlight.llm.head import SHIPPED_HEAD
        print("threshold curve (the rules' highlights, each head demoting below each threshold; all rounds):")
        threshold_curve({part: groups[f"all {part}"] for part in ("tune", "check", "heldout")
                         if f"all {part}" in groups},
                        variants[RULES_ALONE], judgement,
                        args.curve or [ROOT / "backend" / "claimlight" / "data" / SHIPPED_HEAD])
    if any(LABELING_ONLY.glob("highlights-*.jsonl")):
        print("judged again against LABELING.md alone, as served:")
        print("\n".join(labeling_only(rows, labels, groups, served)))
    if len(list(LABELING_ONLY.glob("comparisons-dev-*.jsonl"))) == 2:
        print(f"dev highlights resting on a comparison alone at 90891e1: {comparisons_judged_twice(rows, served)}")
    print(f"agreement: {agreement(labels)}")
    confusion = Counter(labels[row["id"]]["level"] for row in rows)
    print("judged levels of the audited highlights: " + ", ".join(f"{k}={v}" for k, v in sorted(confusion.items())))
    print(" ".join(f"{k}={v}" for k, v in tail.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
