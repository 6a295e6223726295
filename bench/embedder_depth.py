"""Which depth of the bundled model to embed with: speed and what the head can read, per number of blocks.

For each depth (the bundled GGUF's first N of its 30 blocks, derived to Q8_0
exactly as the server's embedder is; 30 is the whole model in Q8_0):

- speed: ms a sentence embedding 160 corpus sentences in chunks of 16, as
  scoring does, beside the whole bundled Q4_1 GGUF loaded the same way in the
  same run (the baseline: what scoring embedded before the embedder was derived);
- the embedding alone: cross-validated F1 on the training pages of a logistic
  head on the embedding only (best L2 of 100, 300, 1000);
- the head as shipped (embedding plus the served rule features): cross-validated
  F1 on the training pages and F1 on the held-out pages, exactly as
  scripts/train_head.py fits it.

    .venv/bin/python bench/embedder_depth.py [--depths 4,8,12,30]

Embeddings are cached like the training script's, so a second run only re-times.
The last line is key=value pairs.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import train_head  # noqa: E402  (scripts/ is not a package)
from claimlight.llm.embedder import EMBED_CHUNK, derive_embedder, open_embedding_context, prepare_for_embedding  # noqa: E402
from claimlight.llm.head import f1_report, train_head as fit_head  # noqa: E402
from claimlight.settings import default_cache_dir  # noqa: E402

TIMED_SENTENCES = 160


def ms_per_sentence(model: Path, texts: list[str], rounds: int = 3) -> float:
    """Best of ``rounds`` passes (the least disturbed by other work on the machine), ms a sentence."""
    llama = open_embedding_context(model, threads=2)
    prepared = [prepare_for_embedding(t) or "." for t in texts]
    llama.embed(prepared[:EMBED_CHUNK])
    passes = []
    for _ in range(rounds):
        started = time.perf_counter()
        for i in range(0, len(prepared), EMBED_CHUNK):
            llama.embed(prepared[i:i + EMBED_CHUNK], truncate=True)
        passes.append((time.perf_counter() - started) * 1000 / len(prepared))
    llama.close()
    return min(passes)


def embedding_alone_cv(embeddings: np.ndarray, y: np.ndarray, folds: np.ndarray) -> float:
    best = 0.0
    for l2 in (100.0, 300.0, 1000.0):
        scores = np.zeros(len(y))
        for fold in range(train_head.FOLDS):
            held = folds == fold
            scores[held] = fit_head(embeddings[~held], y[~held], l2).probabilities(embeddings[held])
        best = max(best, max(f1_report(y, (scores >= t).astype(int))["f1"] for t in np.arange(0.2, 0.81, 0.05)))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depths", default="4,8,12,30")
    args = parser.parse_args()
    depths = [int(d) for d in args.depths.split(",")]
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")

    source = train_head.bundled_model_path()
    examples = train_head.load_examples()
    texts, features, _ = train_head.served_inputs(examples, train_head.DEFAULT_DATA)
    y = np.array([int(e["is_claim"]) for e in examples])
    test, folds = train_head.split(examples)
    timed = random.Random(1).sample(texts, TIMED_SENTENCES)
    model_sha = train_head.file_sha256(source)

    baseline = ms_per_sentence(source, timed)
    print(f"baseline, whole bundled GGUF (Q4_1, 30 blocks): {baseline:.1f} ms/sentence")
    tail = {"baseline_ms": round(baseline, 1)}
    for depth in depths:
        embeddings = train_head.embed_all(texts, source, model_sha, blocks=depth)
        speed = ms_per_sentence(derive_embedder(source, default_cache_dir(), depth), timed)
        alone = embedding_alone_cv(embeddings[~test], y[~test], folds)
        x = np.hstack([embeddings, features])
        l2, threshold, cv = train_head.cross_validate(x[~test], y[~test], folds)
        head = fit_head(x[~test], y[~test], train_head.penalties(*l2, x.shape[1]), feature_names=train_head.FEATURE_NAMES)
        held_out = f1_report(y[test], (head.probabilities(embeddings[test], features[test]) >= threshold).astype(int))["f1"]
        print(f"{depth:>2} blocks (Q8_0): {speed:.1f} ms/sentence ({speed / baseline:.2f}x baseline); embedding alone CV F1 "
              f"{alone:.3f}; head CV F1 {cv['cv_f1']:.3f}, held-out F1 {held_out:.3f} (embedding l2 {l2[0]:g})")
        tail.update({f"blocks{depth}_ms": round(speed, 1), f"blocks{depth}_ratio": round(speed / baseline, 2),
                     f"blocks{depth}_alone_cv_f1": alone, f"blocks{depth}_head_cv_f1": cv["cv_f1"],
                     f"blocks{depth}_held_out_f1": held_out})
    print(" ".join(f"{k}={v}" for k, v in tail.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
