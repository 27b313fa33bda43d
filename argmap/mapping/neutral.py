"""Whether a sentence in a debate states a claim at all, or only describes, frames or reports method.

"On 1 April 1992 New Jersey raised its minimum wage …", "Eastern Pennsylvania serves as the comparison
group …", "This working paper classifies the main designs …": such sentences sit close to a debate's side
statements in words and took a side as readily as claims did, while the cue rules (framing, method) catch
only the wordings they list. What tells a description from a claim is the kind of sentence, not the debate,
so a logistic regression on the sentence's own vector, fitted on the example corpora's gold labels, carries
to debates it was not fitted on: leaving each corpus out in turn, it ranked that corpus's neutral sentences
above its claims with an AUC of 0.82-0.90 (``tools/train_heads.py`` prints these figures).

A head belongs to one embedding model's space; a model without one keeps the rules alone.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

HEADS = Path(__file__).parent / "heads"
# Above this probability a sentence takes no side whatever its stance score. Measured with
# benchmarks/bench_robust.py and heads fitted without the corpus scored: 0.8 raised stance on every
# example corpus (mean 0.637 -> 0.658); 0.7 lost foreign-aid 0.015, 0.9 gained half as much.
NEUTRAL_ABOVE = 0.8


def head_file(model: str, kind: str = "neutral") -> Path:
    """Where the head of ``kind`` ("neutral", or "answer": ``answer.py``) for ``model`` ships."""
    return HEADS / f"{kind}-{model}.npz"


@lru_cache(maxsize=8)
def _head(model: str, kind: str) -> tuple[np.ndarray, float] | None:
    path = head_file(model, kind)
    if not model or not path.is_file():
        return None
    with np.load(path) as data:
        return data["coef"].astype(np.float32), float(data["intercept"])


def head_logits(model: str, vectors: np.ndarray, kind: str = "neutral") -> np.ndarray | None:
    """(n,) the logistic head's logit for each vector, or None when ``model`` has no head of ``kind`` (or its
    vectors are not the size the head was fitted on)."""
    head = _head(model, kind)
    if head is None or vectors.ndim != 2 or vectors.shape[1] != head[0].shape[0]:
        return None
    coef, intercept = head
    return np.asarray(vectors, dtype=np.float32) @ coef + intercept


def neutral_probability(model: str, vectors: np.ndarray) -> np.ndarray | None:
    """(n,) probability that each sentence describes rather than claims, or None when ``model`` has no head
    (or its vectors are not the size the head was fitted on)."""
    logits = head_logits(model, vectors)
    return None if logits is None else 1.0 / (1.0 + np.exp(-logits))
