"""Claims on made-up articles that helpers wrote and labelled blind (corpus/probes/README.md), beside the naive script.

    .venv/bin/python bench/blind_probes.py [--misses] [--model]

Each article is served as a page (headline in <h1>, paragraphs or its blocks as <p>, <li>, <td>, <h2>, <figcaption>,
<blockquote>) through the fast path, and each labelled sentence is matched to the claims that overlap it. For each
round (the rounds corpus/probe_pages.py holds out are never tuned on, their misses never read) and genre (news, web),
it prints:

- precision and recall of the shown highlights (high or medium) against the sentences labelled high or medium;
- level agreement and source-kind agreement, over sentences both sides show;
- highlights an article;
- the same precision, recall and highlights for the naive script of issue 10 (every sentence with a digit, a number
  word or a reporting verb) on the same labelled sentences.

Where a second helper labelled a round blind (``corpus/probes/second/<round>-<genre>.jsonl``: the same sentences,
read with only LABELING.md and the article), it also prints how far the two labellers agree (shown or not, and the
level where both show it; raw and Cohen's kappa) and the same precision and recall against the second labeller.

``--model`` serves the bundled model's judgement too (llm/scoring.py: the head lowers the rule claims it reads as not
claims and adds passed-over sentences it reads as claims) and prints each round under every variant of the model
ablation (bench/claims_web_eval.py): rules alone, the head on rule features alone, the shipped head with the model's
embedding, and that head demoting only; the shipped head's figures are then the served ones.

``--misses`` prints each disagreement of the dev rounds for reading, as served; never those of a held-out round. The last
line is key=value pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "backend"))
sys.path.insert(0, str(ROOT))

from bench.claims_web_eval import NAIVE, RULES_ALONE, SHIPPED_VARIANT, ratio, served_by_model  # noqa: E402
from corpus.agreement import cohen_kappa, raw_agreement  # noqa: E402
from corpus.probe_pages import PROBES, is_held_out, load_rounds, page_of  # noqa: E402
from claimlight.pipeline import PipelineError, analyze_page  # noqa: E402

SECOND_LABELS = PROBES / "second"
SHOWN = ("high", "medium")


def analysed(article: dict) -> dict | None:
    """The fast path's analysis of the article's page (None: the page was refused)."""
    doc, url = page_of(article)
    try:
        return analyze_page(url, "", doc)
    except PipelineError:
        return None


def judged(article: dict, analysis: dict | None) -> list[tuple[dict, dict | None, bool]]:
    """Each labelled sentence with the claim the analysis shows on it (None: none shown) and whether the naive script
    flags it; a sentence extraction lost counts as shown by neither."""
    if analysis is None:
        return [(label, None, bool(NAIVE.search(label["text"]))) for label in article["labels"]]
    text, cursor, out = analysis["article"]["text"], 0, []
    for label in article["labels"]:
        at = text.find(label["text"][:40], cursor)
        at = at if at >= 0 else text.find(label["text"][:40])
        shown = None
        if at >= 0:
            cursor, end = at + 1, at + len(label["text"])
            shown = next((c for c in analysis["claims"] if c["level"] in SHOWN
                          and c["selector"]["start"] < end and c["selector"]["end"] > at), None)
        out.append((label, shown, bool(NAIVE.search(label["text"]))))
    return out


def figures(rows: list[tuple[dict, dict | None, bool]], articles: int) -> dict:
    wanted = [r for r in rows if r[0]["level"] in SHOWN]
    shown = [r for r in rows if r[1] is not None]
    both = [r for r in shown if r[0]["level"] in SHOWN]
    naive = [r for r in rows if r[2]]
    return {
        "sentences": len(rows), "precision": ratio(len(both), len(shown)), "recall": ratio(len(both), len(wanted)),
        "level_agreement": ratio(sum(r[1]["level"] == r[0]["level"] for r in both), len(both)),
        "kind_agreement": ratio(sum(r[1]["source"]["kind"] == r[0].get("kind") for r in both), len(both)),
        "highlights_per_article": ratio(len(shown), articles),
        "naive_precision": ratio(sum(r[0]["level"] in SHOWN for r in naive), len(naive)),
        "naive_recall": ratio(sum(r[2] for r in wanted), len(wanted)),
        "naive_highlights_per_article": ratio(len(naive), articles),
    }


def second_rows(path: Path, articles: list[dict], rows: list[tuple[dict, dict | None, bool]]):
    """The rows again with the second labeller's labels (paired sentence by sentence), or None where there are none."""
    second = SECOND_LABELS / path.name
    if not second.exists():
        return None
    by_id = {entry["id"]: entry["labels"] for entry in map(json.loads, second.read_text(encoding="utf-8").splitlines())}
    labels = [label for article in articles for label in by_id[article["id"]]]
    if [label["text"] for label in labels] != [row[0]["text"] for row in rows]:
        raise SystemExit(f"{second}: its sentences are not those of {path.name}")
    return [(label, shown, naive) for label, (_, shown, naive) in zip(labels, rows)]


def agreement(first: list[dict], second: list[dict]) -> dict:
    """How far two labellers agree: on showing a sentence (high or medium), and on the level where both show it."""
    shown_a, shown_b = [a["level"] in SHOWN for a in first], [b["level"] in SHOWN for b in second]
    both = [(a["level"], b["level"]) for a, b in zip(first, second) if a["level"] in SHOWN and b["level"] in SHOWN]
    return {"shown_raw": round(raw_agreement(shown_a, shown_b), 3), "shown_kappa": round(cohen_kappa(shown_a, shown_b), 3),
            "level_raw": round(raw_agreement([a for a, _ in both], [b for _, b in both]), 3)}


def served_variants(rounds: dict[Path, list[dict]], model: bool) -> dict[str, dict[str, dict | None]]:
    """Each article's analysis ({round/article id: analysis}) under the rules alone and, with ``model``, under each
    variant of the model ablation."""
    analyses = {f"{path.stem}/{article['id']}": analysed(article) for path, articles in rounds.items() for article in articles}
    variants = {RULES_ALONE: analyses}
    if model:
        by_model = served_by_model({key: analysis for key, analysis in analyses.items() if analysis is not None})
        variants.update({name: {key: served.get(key) for key in analyses} for name, served in by_model.items()})
    return variants


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="print the dev rounds' disagreements")
    parser.add_argument("--model", action="store_true", help="serve the bundled model's judgement too")
    args = parser.parse_args()
    rounds = load_rounds()
    variants = served_variants(rounds, args.model)
    served_name = SHIPPED_VARIANT if args.model else RULES_ALONE
    tail = {}
    for path, articles in rounds.items():
        round_name, genre = path.stem.split("-")
        split = "held-out" if is_held_out(path) else "dev"
        by_variant = {name: [row for article in articles for row in judged(article, analyses[f"{path.stem}/{article['id']}"])]
                      for name, analyses in variants.items()}
        rows = by_variant[served_name]
        for name, variant_rows in by_variant.items():
            result = figures(variant_rows, len(articles))
            label = "" if len(variants) == 1 else f" [{name}]"
            print(f"{round_name} {genre:4} ({split:8}){label} articles={len(articles)} "
                  + " ".join(f"{key}={value}" for key, value in result.items()))
            prefix = f"{round_name}_{genre}" if name == served_name else None
            if prefix:
                tail.update({f"{prefix}_{key}": value for key, value in result.items()
                             if key in ("precision", "recall", "level_agreement")})
        seconds = second_rows(path, articles, rows)
        if seconds is not None:
            against = figures(seconds, len(articles))
            agreed = agreement([row[0] for row in rows], [row[0] for row in seconds])
            print(f"{round_name} {genre:4} second labeller: " + " ".join(f"{key}={value}" for key, value in agreed.items())
                  + " served against it: " + " ".join(f"{key}={against[key]}" for key in
                                                     ("precision", "recall", "level_agreement", "kind_agreement")))
            tail.update({f"{round_name}_{genre}_second_{key}": value for key, value in agreed.items()})
        if args.misses and split == "dev":
            for label, shown, _ in rows:
                if (shown is not None) != (label["level"] in SHOWN) or (shown and shown["level"] != label["level"]):
                    got = f"{shown['level']} {shown['source']['kind']}" if shown else "-"
                    print(f"  [{round_name} {genre}] want {label['level']} {label.get('kind') or ''} got {got} | "
                          f"{label['text'][:120]}")
    print(" ".join(f"{key}={value}" for key, value in tail.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
