"""A blind usefulness review of the served questions, the way issue 11's bar is judged: on fresh real pages.

    .venv/bin/python corpus/questions/build_usefulness.py [--part heldout|tune|check|news|probe-news] [--claims 80]
        [--per-page 4] [--round N] [--seed N] [--name NAME]

Takes the high and medium claims served with the bundled model (the shipped head) on a part of the highlight audit's
pages (corpus/wcxb/audit-pages.json): "heldout" (round 8, real articles of domains never tuned on), "tune" (pages
whose reviews may be read while working on the questions) or "check" (reviews for figures only); or on news, the
setting issue 11's bar is judged in: "news" (the shared benchmark's English news pages, which the news question set
was written against: dev), "probe-news" (the news articles of the held-out probe rounds, corpus/probe_pages.py:
never tuned on, their reviews for figures only) or "probe-news-dev" (those of the dev probe rounds); draws ``--claims`` of
them (seeded, at most ``--per-page`` a page), and writes for each the claim in its paragraph with two
question sets in a random order: the plan's own wording (what a reader is served) and the bundled model's rewording
of it, kept only where it passes the checks (what ``CLAIMLIGHT_REWORD_QUESTIONS=always`` serves); one set where the
two are the same. With ``--against TREE`` the second set is instead the plan's wording in another checkout (an
earlier commit's worktree), for a blind A/B of a change to the plan (``--changed-only``: only claims whose questions
or hints it changes).
Reviewers see ``usefulness-<set>.jsonl`` only (``heldout8``, ``tune`` or ``check``); which set is
which is in ``usefulness-<set>-key.jsonl``, for ``usefulness.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "backend"))
sys.path.insert(0, str(REPO))

from bench.claims_web_eval import SHIPPED_VARIANT, served_by_model  # noqa: E402
from claimlight.llm.catalogue import bundled_model_path  # noqa: E402
from claimlight.llm.engines import LocalEngine  # noqa: E402
from claimlight.llm.prompts import load_question_prompt  # noqa: E402
from claimlight.llm.questions import plan_questions, write_questions  # noqa: E402
from claimlight.pipeline import analyze_page  # noqa: E402
from claimlight.pipeline import PipelineError  # noqa: E402
from corpus.probe_pages import is_held_out, load_rounds, page_of  # noqa: E402
from corpus.served import DEFAULT_DATA, benchmark_page, wcxb_page  # noqa: E402

AUDIT_PAGES = REPO / "corpus" / "wcxb" / "audit-pages.json"
SET_NAMES = {"heldout": "heldout8", "tune": "tune", "check": "check", "news": "news", "probe-news": "probe-news",
             "probe-news-dev": "probe-news-dev"}
SHOWN = ("high", "medium")


def paragraph_of(analysis: dict, claim: dict) -> str:
    """The paragraph the claim sits in, with the one before it: enough for a reviewer to see who is speaking."""
    text, start = analysis["article"]["text"], claim["selector"]["start"]
    spans = analysis["article"]["paragraphs"]
    at = max((i for i, (s, _) in enumerate(spans) if s <= start), default=0)
    return "\n\n".join(text[s:e] for s, e in spans[max(0, at - 1):at + 1])


def part_pages(part: str, audit_round: int | None) -> dict[str, tuple[str, str]]:
    """The part's pages as {page: (url, html)}."""
    if part == "news":
        load = benchmark_page()
        return {page: load(page) for page in sorted(path.name.split(".")[0] for path in (DEFAULT_DATA / "html").iterdir())}
    if part in ("probe-news", "probe-news-dev"):
        articles = [article for path, round_articles in load_rounds().items()
                    if is_held_out(path) == (part == "probe-news") and path.stem.endswith("-news")
                    for article in round_articles]
        return {article["id"]: page_of(article)[::-1] for article in articles}
    load = wcxb_page()
    return {row["page"]: load(row["page"]) for row in json.loads(AUDIT_PAGES.read_text(encoding="utf-8"))
            if row["part"] == part and audit_round in (None, row.get("round", 1))}


def wording(questions: list[dict]) -> list[tuple[str, tuple[str, ...]]]:
    """What a reader sees of a set: each question with what would settle it."""
    return [(q["text"], tuple(q.get("look_for") or ())) for q in questions]


def planned_in(tree: Path, claims: list[dict]) -> list[list[dict]]:
    """The plan's questions for ``claims`` as the checkout at ``tree`` words them (run there, in its own process)."""
    program = ("import json, sys; sys.path.insert(0, sys.argv[1]); from claimlight.llm.questions import plan_questions; "
               "print(json.dumps([plan_questions(c) for c in json.load(sys.stdin)]))")
    done = subprocess.run([sys.executable, "-c", program, str(tree / "backend")], input=json.dumps(claims),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=tuple(SET_NAMES), default="heldout")
    parser.add_argument("--claims", type=int, default=80)
    parser.add_argument("--per-page", type=int, default=4)
    parser.add_argument("--against", type=Path, metavar="TREE",
                        help="instead of the model's rewording, the plan's wording in another checkout (an earlier "
                             "commit's worktree) for the same claims: a blind A/B of a change to the plan")
    parser.add_argument("--changed-only", action="store_true",
                        help="with --against: draw only claims whose questions or look_for hints the change alters")
    parser.add_argument("--round", type=int, help="only the part's pages of this audit round (a round whose "
                                                  "questions no one has read: a fresh held-out review)")
    parser.add_argument("--seed", type=int, default=2048,
                        help="the draw's seed: another one draws other claims of the same pages, for a fresh review "
                             "of a part whose earlier draw has been read")
    parser.add_argument("--name", help="the set's name in its file names (default: the part's), so that a later "
                                       "review of the same part keeps an earlier one")
    args = parser.parse_args()
    name = args.name or SET_NAMES[args.part]
    out_path, key_path = (HERE / f"usefulness-{name}{suffix}.jsonl" for suffix in ("", "-key"))
    analyses, urls = {}, {}
    for page, (url, html) in part_pages(args.part, args.round).items():
        try:
            analyses[page] = analyze_page(url, "", html)
        except PipelineError:  # a page the reader is told Claimlight does not read (not English, no article)
            continue
        urls[page] = url
    pages = list(analyses)
    served = served_by_model(analyses)[SHIPPED_VARIANT]
    draw = random.Random(args.seed)
    pool = []
    for page in pages:
        claims = [c for c in served[page]["claims"] if c["level"] in SHOWN]
        pool += [(page, c) for c in draw.sample(claims, min(args.per_page, len(claims)))]
    if args.against:  # the earlier plan for the whole pool, once: cheap, and what --changed-only draws by
        pool = [(page, claim, before) for (page, claim), before in zip(pool, planned_in(args.against, [c for _, c in pool]))
                if not args.changed_only or wording(before) != wording(plan_questions(claim))]
    chosen = sorted(draw.sample(pool, min(args.claims, len(pool))), key=lambda pc: (pc[0], pc[1]["selector"]["start"]))
    if args.against:
        other_name, others = "earlier", [before for _, _, before in chosen]
    else:
        engine = LocalEngine(bundled_model_path(), "smollm2-135m", threads=2, context=2048, batch=512, chat_format="chatml")
        prompt = load_question_prompt(REPO / "prompts" / "questions.toml")
        other_name = "model"
        others = [write_questions(engine, prompt, claim, served[page]["article"]["text"])[0] for page, claim in chosen]
        engine.close()
    with out_path.open("w", encoding="utf-8") as out, key_path.open("w", encoding="utf-8") as key:
        for number, ((page, claim, *_), other) in enumerate(zip(chosen, others)):
            analysis = served[page]
            sets = {"plan": plan_questions(claim), other_name: other}
            order = draw.sample(["plan", other_name], 2)
            identical = wording(sets["plan"]) == wording(sets[other_name])
            row_id = f"u{page}-{number:03d}"
            out.write(json.dumps({
                "id": row_id, "page": page, "url": urls[page], "title": analysis["article"]["title"],
                "claim": claim["text"], "level": claim["level"], "why_flagged": claim["reasons"],
                "context": paragraph_of(analysis, claim),
                **{f"set_{name}": [{"question": q["text"], "look_for": q.get("look_for", [])} for q in sets[which]]
                   for name, which in zip("xy", order[:1] if identical else order)},
            }, ensure_ascii=False) + "\n")
            key.write(json.dumps({"id": row_id, "x": "both" if identical else order[0], "y": None if identical else order[1],
                                  "planned": [q["weakness"] for q in sets["plan"]]}) + "\n")
    print(f"wrote {len(chosen)} claims from {len({pc[0] for pc in chosen})} pages to {out_path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
