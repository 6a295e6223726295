"""Which of the precision rules costs what: each rule family switched off in turn, same pages, same run.

    .venv/bin/python bench/claims_ablation.py [--split dev|heldout]

For each variant it prints, on the wcxb-dev web corpus (the chosen split) and on the news corpus
(corpus/labels, all dev), the recall and precision of high and medium highlights and highlights a
page, so a rule's price in recall sits beside what it buys in precision. The switches are
monkeypatches of the detector's own functions; nothing in the product reads them. "Page-level audit
rules" are those the highlight audit (bench/highlight_audit.py) brought: numbered names a page
repeats, pages that quote prices again and again, plan units, questions, citation markers and
reference-list entries (its pattern-level additions, such as ratings and names, cannot be switched).
"""

from __future__ import annotations

import argparse
import re
import sys
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT.parent / "backend"))  # this checkout's code, not the one the environment installed

import claims_eval  # noqa: E402
import claims_web_eval  # noqa: E402
from claimlight import detect  # noqa: E402
from claimlight.detect import advice, numbers  # noqa: E402

NEVER = staticmethod(lambda *args, **kwargs: False)
VARIANTS = {
    "all rules": [],
    "no structure roles": [mock.patch.object(detect, "NO_FIGURE_ROLES", frozenset()),
                           mock.patch.object(detect, "UNREAD_ROLES", frozenset())],
    "no advice or instructions": [mock.patch.object(advice, "is_instruction", lambda s: False)],
    "no scaffolding (labels, list markers, titles)": [mock.patch.object(advice, "is_scaffolding", lambda s: False),
                                                      mock.patch.object(advice, "is_numbered_title", lambda s: False)],
    "no register (news sense everywhere)": [mock.patch.object(detect, "reads_as_reporting", lambda text, n: True)],
    "no specs, small counts, first person": [mock.patch.object(numbers, "only_specs", NEVER),
                                             mock.patch.object(numbers, "only_small_word_counts", lambda f: False),
                                             mock.patch.object(advice, "is_personal", lambda s: False)],
    "no page-level audit rules": [mock.patch.object(numbers, "repeated_name_numbers", lambda text: frozenset()),
                                  mock.patch.object(numbers, "quotes_prices", lambda text: False),
                                  mock.patch.object(numbers, "only_plan_units", lambda f: False),
                                  mock.patch.object(detect, "QUESTION_END", re.compile(r"(?!)")),
                                  mock.patch.object(detect, "cites_a_source", lambda s: False),
                                  mock.patch.object(advice, "is_reference_entry", lambda p: False)],
    "no quote-sentence filter": [mock.patch.object(detect._Detector, "_nothing_checkable", NEVER)],
    "no speaker check": [mock.patch.object(detect, "is_source_phrase", lambda p: True)],
}


def web_figures(split: str) -> dict:
    lines = claims_web_eval.load(split)
    by_page: dict = {}
    for line in lines:
        by_page.setdefault(line.page, []).append((line.id, line.text))
    analyses: dict = {}
    served = claims_web_eval.served_lines(by_page, load_page=claims_web_eval.wcxb_page(), analyses=analyses)
    for line in lines:
        line.found, line.claim = served[line.id].found, served[line.id].claim
    highlights = {page: sum(1 for c in a["claims"] if c["level"] in claims_web_eval.LEVELS_SHOWN)
                  for page, a in analyses.items()}
    return claims_web_eval.figures(lines, highlights, {page: 0 for page in by_page})


def news_figures() -> dict:
    return claims_eval.Tally(claims_eval.evaluate(claims_eval.DEFAULT_DATA)).figures()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    args = parser.parse_args(argv)
    print(f"web corpus split={args.split} ({'HELD-OUT' if args.split == 'heldout' else 'dev'}); news corpus: dev")
    print(f"{'variant':46} {'web P':>6} {'web R':>6} {'a page':>6} {'news R':>7} {'news P':>7}")
    for name, patches in VARIANTS.items():
        with ExitStack() as stack:
            for patch in patches:
                stack.enter_context(patch)
            web, news = web_figures(args.split), news_figures()
        print(f"{name:46} {web['precision']:>6} {web['recall']:>6} {web['highlights_per_page']:>6} "
              f"{news['recall']:>7} {news['precision']:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
