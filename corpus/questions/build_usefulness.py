"""A blind usefulness review of the served questions, the way issue 11's bar is judged: on fresh real pages.

    .venv/bin/python corpus/questions/build_usefulness.py [--claims 80]

Takes the high and medium claims served with the bundled model (the shipped head) on the highlight audit's
held-out round (corpus/wcxb/audit-pages.json, part "heldout": real articles of domains never tuned on), draws
``--claims`` of them (seeded, at most ``PER_PAGE`` a page), and writes for each the claim in its paragraph with two
question sets in a random order: the plan's own wording (what a reader is served) and the bundled model's rewording
of it, kept only where it passes the checks (what ``CLAIMLIGHT_REWORD_QUESTIONS=always`` serves); one set where the
two are the same. Reviewers see
``usefulness-heldout8.jsonl`` only; which set is which is in ``usefulness-heldout8-key.jsonl``, for
``usefulness.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "backend"))
sys.path.insert(0, str(REPO))

from bench.claims_web_eval import SHIPPED_HEAD, served_by_model  # noqa: E402
from claimlight.llm.catalogue import bundled_model_path  # noqa: E402
from claimlight.llm.engines import LocalEngine  # noqa: E402
from claimlight.llm.prompts import load_question_prompt  # noqa: E402
from claimlight.llm.questions import plan_questions, write_questions  # noqa: E402
from claimlight.pipeline import analyze_page  # noqa: E402
from corpus.served import wcxb_page  # noqa: E402

AUDIT_PAGES = REPO / "corpus" / "wcxb" / "audit-pages.json"
OUT = HERE / "usefulness-heldout8.jsonl"
KEY = HERE / "usefulness-heldout8-key.jsonl"
PER_PAGE = 4
SHOWN = ("high", "medium")


def paragraph_of(analysis: dict, claim: dict) -> str:
    """The paragraph the claim sits in, with the one before it: enough for a reviewer to see who is speaking."""
    text, start = analysis["article"]["text"], claim["selector"]["start"]
    spans = analysis["article"]["paragraphs"]
    at = max((i for i, (s, _) in enumerate(spans) if s <= start), default=0)
    return "\n\n".join(text[s:e] for s, e in spans[max(0, at - 1):at + 1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=80)
    args = parser.parse_args()
    pages = [row["page"] for row in json.loads(AUDIT_PAGES.read_text(encoding="utf-8")) if row["part"] == "heldout"]
    load = wcxb_page()
    analyses, urls = {}, {}
    for page in pages:
        urls[page], html = load(page)
        analyses[page] = analyze_page(urls[page], "", html)
    served = served_by_model(analyses)[SHIPPED_HEAD]
    draw = random.Random(2048)
    pool = []
    for page in pages:
        claims = [c for c in served[page]["claims"] if c["level"] in SHOWN]
        pool += [(page, c) for c in draw.sample(claims, min(PER_PAGE, len(claims)))]
    chosen = sorted(draw.sample(pool, min(args.claims, len(pool))), key=lambda pc: (pc[0], pc[1]["selector"]["start"]))
    engine = LocalEngine(bundled_model_path(), "smollm2-135m", threads=2, context=2048, batch=512, chat_format="chatml")
    prompt = load_question_prompt(REPO / "prompts" / "questions.toml")
    with OUT.open("w", encoding="utf-8") as out, KEY.open("w", encoding="utf-8") as key:
        for number, (page, claim) in enumerate(chosen):
            analysis = served[page]
            sets = {"plan": plan_questions(claim), "model": write_questions(engine, prompt, claim, analysis["article"]["text"])[0]}
            order = draw.sample(["plan", "model"], 2)
            identical = [q["text"] for q in sets["plan"]] == [q["text"] for q in sets["model"]]
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
    engine.close()
    print(f"wrote {len(chosen)} claims from {len({p for p, _ in chosen})} pages to {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
