"""A deterministic embedder for tests: similar texts get similar vectors, no model needed."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from argmap.embed.base import l2_normalise

_BUCKETS = 4096
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[^\W\d_]+|\d+")


@lru_cache(maxsize=65536)
def _bucket(feature: str) -> tuple[int, float]:
    # hashlib, not hash(): Python salts str hashes per process, and the vectors must not change.
    digest = int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "little")
    return digest % _BUCKETS, (1.0 if digest >> 63 else -1.0)


def features(text: str) -> list[tuple[str, float]]:
    """Weighted features of a text: words and their character trigrams; CJK characters and bigrams.

    Characters stand in for Chinese words so the fake needs no segmenter (jieba).
    """
    text = unicodedata.normalize("NFKC", text).lower()
    found: list[tuple[str, float]] = []
    for run in _CJK.findall(text):
        found += [("c:" + ch, 1.0) for ch in run]
        found += [("b:" + run[i : i + 2], 1.0) for i in range(len(run) - 1)]
    for word in _WORD.findall(_CJK.sub(" ", text)):
        found.append(("w:" + word, 1.0))
        padded = f"<{word}>"
        found += [("t:" + padded[i : i + 3], 0.5) for i in range(len(padded) - 2)]
    return found or [("empty:", 1.0)]


class FakeEmbedder:
    """Hashed character n-grams and words projected to ``dim`` by a fixed seeded Gaussian matrix.

    Deterministic across processes and machines. ``calls`` and ``texts_encoded`` count the work
    done, so tests can check that a cache spared it.
    """

    def __init__(self, dim: int = 64, seed: int = 0):
        if dim < 1:
            raise ValueError(f"dim must be positive, got {dim}")
        self.dim = dim
        self.seed = seed
        self.name = f"fake:{dim}" if seed == 0 else f"fake:{dim}:{seed}"
        self.calls = 0
        self.texts_encoded = 0
        self._projection = np.random.default_rng(seed).standard_normal((_BUCKETS, dim)).astype(np.float32)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dim)`` float32, L2-normalised rows."""
        texts = list(texts)
        self.calls += 1
        self.texts_encoded += len(texts)
        counts = np.zeros((len(texts), _BUCKETS), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature, weight in features(text):
                bucket, sign = _bucket(feature)
                counts[row, bucket] += sign * weight
        return l2_normalise(counts @ self._projection)

    def __repr__(self) -> str:
        return f"FakeEmbedder(dim={self.dim}, seed={self.seed})"
