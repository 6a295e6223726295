"""The blind usefulness review of the served questions (build_usefulness.py), summed up.

    python3 corpus/questions/usefulness.py [heldout8|tune|check|<name>]

For each reviewer of the set (``usefulness-<set>-review-*.jsonl``; heldout8 unless named): the share of the served sets (the plan's wording) rated
useful, the mean of each 0-2 score, and, where the bundled model's rewording differed, useful plan sets against useful
model sets on those claims; then how far the reviewers agree (on useful, and on the claim's main weakness), and how
often the served set holds a question aimed at each reviewer's main weakness, as the product tags its questions.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from corpus.agreement import cohen_kappa, raw_agreement, read_jsonl  # noqa: E402

SCORES = ("aimed", "specific", "actionable", "sound")


def by_id(path: Path) -> dict[str, dict]:
    return {row["id"]: row for row in read_jsonl(path)}


def served_set(review: dict, key: dict) -> dict:
    """The reviewer's rating of the set a reader is served: the plan's wording."""
    return review["x"] if key["x"] in ("both", "plan") else review["y"]


def other_set(review: dict, key: dict) -> dict:
    """The reviewer's rating of the other set, where the two differ: the model's rewording or the earlier plan's."""
    return review["y"] if key["x"] == "plan" else review["x"]


def main(name: str = "heldout8") -> int:
    key = by_id(HERE / f"usefulness-{name}-key.jsonl")
    reviews = {path.stem.rsplit("-", 1)[1]: by_id(path) for path in sorted(HERE.glob(f"usefulness-{name}-review-*.jsonl"))}
    for reviewer, review in reviews.items():
        missing = set(key) - set(review)
        if missing:
            raise SystemExit(f"reviewer {reviewer} left out {len(missing)} claims")
        served = [served_set(review[i], key[i]) for i in key]
        useful = sum(s["useful"] for s in served)
        means = "  ".join(f"{score} {statistics.mean(s[score] for s in served):.2f}" for score in SCORES)
        differing = [i for i in key if key[i]["y"] is not None]
        other = next((key[i]["x"] if key[i]["y"] == "plan" else key[i]["y"] for i in differing), "model")
        plan_sets = [served_set(review[i], key[i]) for i in differing]
        other_sets = [other_set(review[i], key[i]) for i in differing]
        plan_useful, other_useful = (sum(s["useful"] for s in sets) for sets in (plan_sets, other_sets))
        plan_aimed, other_aimed = (sum(s["aimed"] for s in sets) for sets in (plan_sets, other_sets))
        aimed = sum(review[i]["weakness"] in key[i]["planned"] for i in key if review[i]["weakness"] != "not_a_claim")
        claims = sum(review[i]["weakness"] != "not_a_claim" for i in key)
        print(f"reviewer {reviewer}: served sets useful {useful}/{len(key)} ({useful / len(key):.2f}); {means}")
        useful_claims = sum(s["useful"] for i, s in zip(key, served) if review[i]["weakness"] != "not_a_claim")
        print(f"  claims the reviewer calls claims: {claims}, their served sets useful {useful_claims}/{claims} "
              f"({useful_claims / claims:.2f}); served set tagged with the reviewer's main weakness: {aimed}/{claims}")
        print(f"  where the {other} wording differs ({len(differing)} claims): this plan's wording useful {plan_useful} "
              f"(aimed {plan_aimed}), the {other} wording useful {other_useful} (aimed {other_aimed})")
    if len(reviews) >= 2:
        first, second = list(reviews.values())[:2]
        useful = ([served_set(first[i], key[i])["useful"] for i in key], [served_set(second[i], key[i])["useful"] for i in key])
        weakness = ([first[i]["weakness"] for i in key], [second[i]["weakness"] for i in key])
        print(f"agreement: useful {raw_agreement(*useful):.2f} (kappa {cohen_kappa(*useful):.2f}); main weakness "
              f"{raw_agreement(*weakness):.2f} (kappa {cohen_kappa(*weakness):.2f})")
        both = sum(a and b for a, b in zip(*useful))
        either = sum(a or b for a, b in zip(*useful))
        print(f"served sets useful to both reviewers {both}/{len(key)}, to either {either}/{len(key)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
