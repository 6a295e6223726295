"""The scoring head: logistic regression on standardised sentence embeddings plus rule features, numpy only.

Inputs are the embedding followed by ``feature_names`` (see llm/features.py);
``size`` is the embedding's width, which is what an engine must produce.

The shipped weights (``claimlight/data/head.json``) are trained by
``scripts/train_head.py``; a reader's feedback refits a personal copy with the
shipped weights as the prior (an L2 pull toward them), so a handful of
examples nudges the head instead of overwriting what the corpus taught it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from ..store.atomic import atomic_write

SHIPPED_HEAD = "head.json"


class HeadError(ValueError):
    """The head file is missing fields or does not fit the embeddings."""


@dataclass
class LogisticHead:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float = 0.5
    meta: dict = field(default_factory=dict)
    feature_names: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        """The embedding width the head expects (the features come after it)."""
        return int(self.weights.shape[0]) - len(self.feature_names)

    def inputs(self, embeddings: np.ndarray, features: np.ndarray | None = None) -> np.ndarray:
        """Embeddings joined with their features; without features, the training mean stands in.

        The mean is the neutral point (standardised zero), so a caller that has
        only the text still gets the embedding's reading, unmoved by the rules.
        """
        embeddings = np.atleast_2d(np.asarray(embeddings, dtype=np.float64))
        if embeddings.shape[1] != self.size:
            raise HeadError(f"embeddings have {embeddings.shape[1]} dimensions, the head expects {self.size}")
        if not self.feature_names:
            return embeddings
        if features is None:
            features = np.tile(self.mean[self.size:], (len(embeddings), 1))
        features = np.atleast_2d(np.asarray(features, dtype=np.float64))
        if features.shape != (len(embeddings), len(self.feature_names)):
            raise HeadError(f"features have shape {features.shape}, the head expects {len(self.feature_names)} a row")
        return np.hstack([embeddings, features])

    def standardise(self, inputs: np.ndarray) -> np.ndarray:
        return (np.asarray(inputs, dtype=np.float64) - self.mean) / self.scale

    def probabilities(self, embeddings: np.ndarray, features: np.ndarray | None = None) -> np.ndarray:
        return _sigmoid(self.standardise(self.inputs(embeddings, features)) @ self.weights + self.bias)

    def to_json(self) -> dict:
        return {"meta": self.meta, "threshold": self.threshold, "bias": self.bias, "feature_names": list(self.feature_names),
                "mean": self.mean.tolist(), "scale": self.scale.tolist(), "weights": self.weights.tolist()}

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(self.to_json(), separators=(",", ":")))

    @classmethod
    def from_json(cls, data: dict) -> "LogisticHead":
        try:
            head = cls(mean=np.asarray(data["mean"], dtype=np.float64), scale=np.asarray(data["scale"], dtype=np.float64),
                       weights=np.asarray(data["weights"], dtype=np.float64), bias=float(data["bias"]),
                       threshold=float(data.get("threshold", 0.5)), meta=dict(data.get("meta", {})),
                       feature_names=tuple(str(n) for n in data.get("feature_names", ())))
        except (KeyError, TypeError, ValueError) as exc:
            raise HeadError(f"head file is malformed: {exc}") from None
        if not (head.mean.shape == head.scale.shape == head.weights.shape) or head.weights.ndim != 1:
            raise HeadError("head file arrays disagree in shape")
        if head.size < 0:  # size 0 is a head on the features alone (the claims bench's ablation)
            raise HeadError("head file names more features than it has weights")
        return head

    @classmethod
    def load(cls, path: Path) -> "LogisticHead":
        try:
            return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise HeadError(f"cannot read head {path}: {exc}") from None

    @classmethod
    def shipped(cls) -> "LogisticHead":
        text = resources.files("claimlight").joinpath("data", SHIPPED_HEAD).read_text(encoding="utf-8")
        return cls.from_json(json.loads(text))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float | np.ndarray, prior_weights: np.ndarray | None = None,
                 prior_bias: float = 0.0, sample_weight: np.ndarray | None = None, iterations: int = 50) -> tuple[np.ndarray, float]:
    """Newton's method on the L2-penalised log loss, penalty pulling toward the prior (zero if none).

    ``l2`` is one strength or one per column (the few rule features need less shrinking than 576 embedding dims).

    Deterministic: no random initialisation, so the same data gives the same head. Each step is halved until the
    loss falls, so a start far out on the sigmoid converges instead of swinging.
    """
    n, d = x.shape
    prior = np.zeros(d + 1)
    if prior_weights is not None:
        prior[:d] = prior_weights
        prior[d] = prior_bias
    design = np.hstack([x, np.ones((n, 1))])
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    column_penalty = np.broadcast_to(np.asarray(l2, dtype=np.float64), (d,))
    penalty = np.append(column_penalty, float(np.mean(column_penalty)) if prior_weights is not None else 1e-6)  # the bias is free unless a prior holds it
    theta = prior.copy()

    def loss(at: np.ndarray) -> float:
        z = design @ at
        return float(np.sum(sw * (np.logaddexp(0.0, z) - y * z)) + 0.5 * np.sum(penalty * (at - prior) ** 2))

    for _ in range(iterations):
        p = _sigmoid(design @ theta)
        gradient = design.T @ (sw * (p - y)) + penalty * (theta - prior)
        hessian = (design * (sw * p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        # A full Newton step from a saturated start (a few feedback examples the prior scores near 0 or 1) can
        # overshoot to the other side and back forever: halve it until the loss falls.
        current, scale = loss(theta), 1.0
        while scale > 1e-6 and loss(theta - scale * step) > current:
            scale /= 2
        theta -= scale * step
        if np.max(np.abs(scale * step)) < 1e-8:
            break
    return theta[:d], float(theta[d])


def train_head(x: np.ndarray, y: np.ndarray, l2: float | np.ndarray, meta: dict | None = None,
               feature_names: tuple[str, ...] = ()) -> LogisticHead:
    """``x`` is embeddings with ``feature_names`` columns appended; every column is standardised."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    weights, bias = fit_logistic((x - mean) / scale, y.astype(np.float64), l2)
    return LogisticHead(mean=mean, scale=scale, weights=weights, bias=bias, meta=dict(meta or {}),
                        feature_names=tuple(feature_names))


def refit_with_prior(shipped: LogisticHead, x: np.ndarray, y: np.ndarray, pull: float,
                     features: np.ndarray | None = None) -> LogisticHead:
    """Fit the reader's examples, keeping the weights near the shipped ones (``pull`` is the L2 strength).

    Examples without features sit at the neutral point, so only the embedding weights learn from them.
    """
    weights, bias = fit_logistic(shipped.standardise(shipped.inputs(x, features)), y.astype(np.float64), pull,
                                 prior_weights=shipped.weights, prior_bias=shipped.bias)
    meta = {**shipped.meta, "personal": True, "examples": int(len(y))}
    return LogisticHead(mean=shipped.mean, scale=shipped.scale, weights=weights, bias=bias,
                        threshold=shipped.threshold, meta=meta, feature_names=shipped.feature_names)


def f1_report(y_true: np.ndarray, y_pred: np.ndarray) -> dict:
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    fp = int(np.sum((y_true == 0) & (y_pred == 1)))
    fn = int(np.sum((y_true == 1) & (y_pred == 0)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": round(f1, 4), "precision": round(precision, 4), "recall": round(recall, 4), "n": int(len(y_true))}


