"""A deterministic embedder for tests: similar texts get similar vectors, no model needed."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse

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
        found += _word_features(word)
    return found or [("empty:", 1.0)]


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[tuple[str, float], ...]:
    # Cached: words recur far more than texts do, and their trigrams are the bulk of the features.
    padded = f"<{word}>"
    return (("w:" + word, 1.0), *(("t:" + padded[i : i + 3], 0.5) for i in range(len(padded) - 2)))


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
        # Sparse counts: a text has tens of features among 4096 buckets, so a dense count matrix would make
        # the projection a mostly-zero (batch × 4096) product. Each distinct feature is hashed once per call;
        # duplicates within a text are summed by the sparse constructor, as += did.
        found = [features(text) for text in texts]
        distinct: dict[str, int] = {}
        codes = np.fromiter((distinct.setdefault(name, len(distinct)) for f in found for name, _ in f),
                            dtype=np.intp)
        weights = np.fromiter((w for f in found for _, w in f), dtype=np.float32, count=len(codes))
        hashed = np.array([_bucket(name) for name in distinct], dtype=np.float64).reshape(-1, 2)
        rows = np.repeat(np.arange(len(texts)), [len(f) for f in found])
        values = weights * hashed[codes, 1].astype(np.float32)
        counts = sparse.csr_matrix((values, (rows, hashed[codes, 0].astype(np.intp))), shape=(len(texts), _BUCKETS))
        projected = np.asarray(counts @ self._projection, dtype=np.float32).reshape(len(texts), self.dim)
        return l2_normalise(projected)

    def __repr__(self) -> str:
        return f"FakeEmbedder(dim={self.dim}, seed={self.seed})"
