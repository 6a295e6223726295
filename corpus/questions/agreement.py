"""Agreement on each labelled claim's main weakness between the question set's labeller and a blind second one.

    python3 corpus/questions/agreement.py

Raw agreement and Cohen's kappa over the claims both labelled (questions.jsonl against
weakness-second.jsonl), then the most frequent disagreements. The last line is key=value.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def weaknesses(path: Path) -> dict[str, str]:
    return {row["id"]: row["weakness"] for row in map(json.loads, filter(str.strip, path.open(encoding="utf-8")))}


def main() -> None:
    first, second = weaknesses(HERE / "questions.jsonl"), weaknesses(HERE / "weakness-second.jsonl")
    pairs = [(first[i], second[i]) for i in first if i in second]
    observed = sum(a == b for a, b in pairs) / len(pairs)
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[k] * right.get(k, 0) for k in left) / len(pairs) ** 2
    kappa = (observed - expected) / (1 - expected)
    print(f"claims labelled by both: {len(pairs)}; raw agreement {observed:.3f}; kappa {kappa:.3f}")
    for (a, b), n in Counter((a, b) for a, b in pairs if a != b).most_common(8):
        print(f"  first {a} / second {b}: {n}")
    print(f"claims={len(pairs)} raw={observed:.3f} kappa={kappa:.3f}")


if __name__ == "__main__":
    main()
