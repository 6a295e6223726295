"""Claims on the web at large: the wcxb-dev labelled corpus, served as a reader sees it, beside a naive script.

    .venv/bin/python bench/claims_eval.py --split heldout     (this module; also --split dev or all)

The pages were split by domain into "dev" and "heldout" (corpus/wcxb/split.json) before any rule
was changed against them. Rules are tuned on dev; held-out figures are measured, never read line by
line (``--misses`` and ``--false`` refuse the held-out split).

For each labelled line (headline and body lines of the page's true main content), the real fast
path runs on the page's HTML and the line counts as highlighted when a served claim overlaps it.

- recall: labelled high+medium lines highlighted high or medium, over ALL labelled high+medium
  lines, lines extraction dropped or pages refused included (recall_any: highlighted at any level);
- precision: highlighted high+medium lines that are labelled high or medium, "low" treated the same
  on both sides (a low highlight is neither a hit nor a false alarm); and precision of any highlight
  against any claim;
- level agreement over highlighted claim lines; source-kind accuracy over highlighted attributed lines;
- vague or anonymous claims (labelled high) served high;
- highlights (high+medium) a page, over whole pages;
- all of it by page genre (news / non-news, from the labellers' page files) and for the naive
  script: readability-lxml's text, every sentence with a digit, a number word or a reporting verb.

With ``--model`` the bundled model's judgement is served too, as the server applies it
(llm/scoring.py: a claim the head reads as not a claim is shown as low), in an ablation
table: rules alone; the head on the rule and word features alone
(corpus/heads/rule-features-head.json); the shipped head with the model's embedding.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import numpy as np
from readability import Document

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "backend"))  # this checkout's code, not the one the environment installed

from claimlight.llm.head import LogisticHead  # noqa: E402
from claimlight.sentences import split_sentences  # noqa: E402
from corpus.served import comparable, find_line, lines_in, served_lines, wcxb_page  # noqa: E402

WCXB = ROOT / "corpus" / "wcxb"
LEVELS_SHOWN = ("high", "medium")
NAIVE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?"
    r"|thousands?|millions?|billions?|dozens?|half|third|quarter)\b"
    r"|\b(?:said|says|told|tells|claimed|claims|reported|reports|according\sto|announced|stated|wrote|tweeted"
    r"|alleged|warned|added|confirmed|denied)\b", re.IGNORECASE)


@dataclass
class Line:
    id: str
    page: str
    origin: str
    text: str
    label: dict
    genre: str
    found: bool = False
    refused: str | None = None
    claim: dict | None = None
    naive: bool = False


MARKDOWN = re.compile(r"^\s*(?:[-*>•]|\d+\.)\s+|\s*\|\s*")


def as_on_page(text: str) -> str:
    """The ground truth writes list items and table rows in markdown ("- Item", "a | b"); the page has neither."""
    return MARKDOWN.sub(" ", text).strip()


def load(split: str) -> list[Line]:
    candidates = {}
    for row in map(json.loads, (WCXB / "candidates.jsonl").open(encoding="utf-8")):
        if split in ("all", row["split"]):
            candidates[row["id"]] = row
    genres = {}
    for path in sorted((WCXB / "labels").glob("pages-part*.jsonl")):
        for row in map(json.loads, filter(str.strip, path.open(encoding="utf-8"))):
            genres[row["page"]] = row["genre"]
    labels = {}
    for path in sorted((WCXB / "labels").glob("part*.jsonl")):
        for row in map(json.loads, filter(str.strip, path.open(encoding="utf-8"))):
            if row["id"] in candidates:
                labels[row["id"]] = row
    return [Line(line_id, candidates[line_id]["page"], candidates[line_id]["origin"], as_on_page(candidates[line_id]["text"]), row,
                 genres.get(candidates[line_id]["page"], "unknown")) for line_id, row in sorted(labels.items())]


def naive_sentences(html: str) -> tuple[str, list[tuple[int, int]]]:
    """readability-lxml's article text and the naive script's highlighted sentences in it."""
    summary = Document(html).summary(html_partial=True)
    text = "\n\n".join(" ".join(block.split()) for block in lxml.html.fromstring(summary).itertext() if block.strip())
    return text, [(s, e) for s, e in split_sentences(text) if NAIVE.search(text[s:e])]


def ratio(part: float, whole: float) -> float:
    return round(part / whole, 3) if whole else float("nan")


def figures(lines: list[Line], highlights: dict[str, int], naive_highlights: dict[str, int]) -> dict:
    claims = [line for line in lines if line.label["level"] in LEVELS_SHOWN]
    shown = [line for line in lines if line.claim and line.claim["level"] in LEVELS_SHOWN]
    any_shown = [line for line in lines if line.claim]
    attributed = [line for line in any_shown if line.label["level"] != "none" and line.label.get("source")
                  and line.label["source"] != "none"]
    weak = [line for line in lines if line.label["level"] == "high" and line.label.get("source") in ("vague", "anonymous")]
    naive_shown = [line for line in lines if line.naive]
    pages = sorted({line.page for line in lines})
    return {
        "pages": len(pages), "lines": len(lines), "claims": len(claims),
        "recall": ratio(sum(1 for line in claims if line.claim and line.claim["level"] in LEVELS_SHOWN), len(claims)),
        "recall_any": ratio(sum(1 for line in claims if line.claim), len(claims)),
        "precision": ratio(sum(1 for line in shown if line.label["level"] in LEVELS_SHOWN), len(shown)),
        "precision_any": ratio(sum(1 for line in any_shown if line.label["level"] != "none"), len(any_shown)),
        "level_agreement": ratio(sum(1 for line in any_shown if line.label["level"] == line.claim["level"]),
                                 sum(1 for line in any_shown if line.label["level"] != "none")),
        "source_kind": ratio(sum(1 for line in attributed if line.claim["source"]["kind"] == line.label["source"]),
                             len(attributed)),
        "weak_marked_high": f"{sum(1 for line in weak if line.claim and line.claim['level'] == 'high')}/{len(weak)}",
        "highlights_per_page": round(statistics.mean(highlights[p] for p in pages), 1) if pages else float("nan"),
        "naive_recall": ratio(sum(1 for line in claims if line.naive), len(claims)),
        "naive_precision": ratio(sum(1 for line in naive_shown if line.label["level"] in LEVELS_SHOWN), len(naive_shown)),
        "naive_highlights_per_page": round(statistics.mean(naive_highlights[p] for p in pages), 1) if pages else float("nan"),
        "refused_pages": len({line.page for line in lines if line.refused}),
    }


ABLATION_HEAD = ROOT / "corpus" / "heads" / "rule-features-head.json"
# The model ablation's variants, as every bench that serves it names them.
RULES_ALONE = "rules alone"
SHIPPED_VARIANT = "head, embedding + rule features"


@dataclass
class PageVectors:
    """One page's sentences as the model reads them: its claims' embeddings and its passed-over candidates'."""
    claims: np.ndarray | None
    candidates: list[dict]
    candidate_texts: list[str]
    candidate_vectors: np.ndarray | None


def embed_pages(analyses: dict, embedder) -> dict[str, PageVectors]:
    """Each page's embeddings, computed once, so any number of heads can be served on them."""
    from claimlight.llm.scoring import candidate_sentences, unclaimed_candidates

    vectors = {}
    for page, analysis in analyses.items():
        claims, candidates = analysis["claims"], unclaimed_candidates(analysis)
        texts = candidate_sentences(analysis, candidates)
        vectors[page] = PageVectors(embedder.embed([c["text"] for c in claims]) if claims else None, candidates, texts,
                                    embedder.embed(texts) if candidates else None)
    return vectors


def serve_with_head(analysis: dict, head: LogisticHead, vectors: PageVectors, adding: bool = True) -> dict:
    """The analysis as the server serves it under ``head`` (llm/scoring.py): a claim the head reads as not a claim
    is lowered, a passed-over sentence it reads as a claim is added (unless ``adding`` is off)."""
    from claimlight.llm.scoring import (added_claims, article_is_reporting, candidate_scores, claim_scores,
                                        demote_threshold, judged_changes)

    claims = analysis["claims"]
    threshold = demote_threshold(head, article_is_reporting(analysis["article"]["text"]))
    judged = [{**c, "level": judged_changes(c, float(score), threshold, "bundled")["level"]}
              for c, score in zip(claims, claim_scores(head, claims, vectors.claims[:, :head.size]))] if claims else []
    added = added_claims(analysis, vectors.candidates, candidate_scores(head, vectors.candidate_texts,
                                                                        vectors.candidate_vectors[:, :head.size]),
                         "bundled") if adding and vectors.candidates else []
    return {**analysis, "claims": sorted(judged + added, key=lambda c: c["selector"]["start"])}


def served_by_model(analyses: dict) -> dict[str, dict[str, dict]]:
    """Each page's analysis as served under each variant of the model path: {variant: {page: analysis}}.

    A head lowers the claims it reads as not claims and adds the passed-over sentences it reads as claims
    (llm/scoring.py); "demoting only" is the shipped head without adding, to show what adding does.
    """
    from claimlight.llm.catalogue import bundled_model_path
    from claimlight.llm.embedder import Embedder
    from claimlight.settings import default_cache_dir

    heads = {"head, rule features": LogisticHead.load(ABLATION_HEAD), SHIPPED_VARIANT: LogisticHead.shipped()}
    embedder = Embedder(bundled_model_path(), default_cache_dir())
    try:
        vectors = embed_pages(analyses, embedder)
    finally:
        embedder.close()
    variants = {name: {page: serve_with_head(analysis, head, vectors[page]) for page, analysis in analyses.items()}
                for name, head in heads.items()}
    variants["embedding head, demoting only"] = {
        page: serve_with_head(analysis, heads[SHIPPED_VARIANT], vectors[page], adding=False)
        for page, analysis in analyses.items()}
    return variants


def as_served(lines: list[Line], analyses: dict[str, dict], by_page: dict[str, list[tuple[str, str]]]) -> list[Line]:
    """The lines with the claim each variant's analyses serve on them."""
    served = {}
    for page, analysis in analyses.items():
        served.update(lines_in(analysis, by_page[page]))
    return [Line(**{**line.__dict__, "claim": served[line.id].claim if line.id in served else line.claim}) for line in lines]


def main(split: str, show_misses: int = 0, show_false: int = 0, model: bool = False, show_levels: int = 0) -> int:
    if split == "heldout" and (show_misses or show_false or show_levels):
        print("the held-out split's misses are not for reading; use --split dev")
        return 2
    lines = load(split)
    by_page: dict[str, list[tuple[str, str]]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append((line.id, line.text))
    analyses: dict = {}
    served = served_lines(by_page, load_page=wcxb_page(), analyses=analyses)
    highlights, naive_highlights, naive_hit = {}, {}, {}
    load_page = wcxb_page()
    for page, page_lines in by_page.items():
        analysis = analyses.get(page)
        highlights[page] = sum(1 for c in analysis["claims"] if c["level"] in LEVELS_SHOWN) if analysis else 0
        _, html = load_page(page)
        text, sentences = naive_sentences(html)
        naive_highlights[page] = len(sentences)
        haystack, offsets = comparable(text)
        for line_id, line_text in page_lines:
            span = find_line(comparable(line_text)[0], haystack, offsets, text)
            naive_hit[line_id] = bool(span) and any(s < span[1] and e > span[0] for s, e in sentences)
    for line in lines:
        result = served[line.id]
        line.found, line.refused, line.claim, line.naive = result.found, result.refused, result.claim, naive_hit[line.id]
    groups = {"all": lines, "news": [l for l in lines if l.genre == "news"],
              "non-news": [l for l in lines if l.genre == "non-news"],
              "headlines": [l for l in lines if l.origin == "headline"]}
    print(f"wcxb-dev claim corpus, split={split} ({'HELD-OUT' if split == 'heldout' else 'dev: tuned on'})")
    tail = {}
    for name, group in groups.items():
        if not group:
            continue
        result = figures(group, highlights, naive_highlights)
        print(f"{name}: " + " ".join(f"{k}={v}" for k, v in result.items()))
        for key in ("recall", "precision", "level_agreement", "highlights_per_page", "naive_recall",
                    "naive_precision", "naive_highlights_per_page"):
            tail[f"{name.replace('-', '')}_{key}"] = result[key]
    if model:
        variants = {RULES_ALONE: analyses, **served_by_model(analyses)}
        print("model ablation, as served (precision and recall of high+medium highlights; highlights a page):")
        for name, group_lines in (("all", lines), ("news", groups["news"]), ("non-news", groups["non-news"])):
            for variant, served_pages in variants.items():
                shown = {page: sum(1 for c in analysis["claims"] if c["level"] in LEVELS_SHOWN)
                         for page, analysis in served_pages.items()}
                result = figures(as_served(group_lines, served_pages, by_page), {**highlights, **shown}, naive_highlights)
                print(f"  {name:8} {variant:34} precision={result['precision']} recall={result['recall']} "
                      f"level_agreement={result['level_agreement']} highlights_per_page={result['highlights_per_page']}")
                tail[f"{name.replace('-', '')}_{variant.split(',')[-1].strip().replace(' + ', '_').replace(' ', '_')}_precision"] = result["precision"]
    confusion = Counter((l.label["level"], l.claim["level"] if l.claim else "-") for l in lines)
    print("confusion (label -> served): " + ", ".join(f"{a}->{b}:{n}" for (a, b), n in sorted(confusion.items())))
    for title, rows, count in (
        ("missed", [l for l in lines if l.label["level"] in LEVELS_SHOWN and not l.claim], show_misses),
        ("false", [l for l in lines if l.claim and l.claim["level"] in LEVELS_SHOWN and l.label["level"] not in LEVELS_SHOWN],
         show_false),
        ("level", [l for l in lines if l.claim and l.label["level"] in LEVELS_SHOWN and (
            l.claim["level"] != l.label["level"] or l.claim["source"]["kind"] != (l.label.get("source") or "none"))],
         show_levels),
    ):
        for line in rows[:count]:
            got = f"{line.claim['level']} {line.claim['source']['kind']} {line.claim['reasons']}" if line.claim else "-"
            print(f"[{title}] {line.id} {line.genre} label={line.label['level']}/{line.label.get('source')} got={got} | {line.text[:150]}")
    print(" ".join(f"{k}={v}" for k, v in tail.items()))
    return 0
