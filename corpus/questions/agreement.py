"""Agreement on each labelled claim's main weakness between the question set's labeller and a blind second one.

    python3 corpus/questions/agreement.py

Raw agreement and Cohen's kappa over the claims both labelled, then the most frequent disagreements, for each
set: news (questions.jsonl against weakness-second.jsonl), the web corpus's dev and held-out claims (web-dev.jsonl
and heldout.jsonl against weakness-second-web.jsonl), the second batch of web dev claims (web-dev2.jsonl against
weakness-second-web2.jsonl, two labellers) and a second batch of news claims (news2.jsonl against weakness-second-news2.jsonl,
two labellers). Each set ends with a key=value line.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def weaknesses(path: Path) -> dict[str, str]:
    return {row["id"]: row["weakness"] for row in map(json.loads, filter(str.strip, path.open(encoding="utf-8")))}


def agreement(first: dict[str, str], second: dict[str, str], name: str) -> None:
    pairs = [(first[i], second[i]) for i in first if i in second]
    observed = sum(a == b for a, b in pairs) / len(pairs)
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[k] * right.get(k, 0) for k in left) / len(pairs) ** 2
    kappa = (observed - expected) / (1 - expected)
    print(f"{name}: claims labelled by both: {len(pairs)}; raw agreement {observed:.3f}; kappa {kappa:.3f}")
    for (a, b), n in Counter((a, b) for a, b in pairs if a != b).most_common(8):
        print(f"  first {a} / second {b}: {n}")
    print(f"set={name} claims={len(pairs)} raw={observed:.3f} kappa={kappa:.3f}")


def main() -> None:
    second_web = weaknesses(HERE / "weakness-second-web.jsonl")
    agreement(weaknesses(HERE / "questions.jsonl"), weaknesses(HERE / "weakness-second.jsonl"), "news")
    # web-dev's second label came from its own labeller in a later blind pass, so that kappa runs high
    agreement(weaknesses(HERE / "web-dev.jsonl"), second_web, "web-dev")
    agreement(weaknesses(HERE / "heldout.jsonl"), second_web, "heldout")
    agreement(weaknesses(HERE / "web-dev2.jsonl"), weaknesses(HERE / "weakness-second-web2.jsonl"), "web-dev2")
    agreement(weaknesses(HERE / "news2.jsonl"), weaknesses(HERE / "weakness-second-news2.jsonl"), "news2")


if __name__ == "__main__":
    main()
