"""``embed_cached``: embed sentences, re-using vectors the ``.argmap/`` cache already holds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from argmap.embed.base import Embedder, encode_batches
from argmap.model import text_hash

if TYPE_CHECKING:
    from argmap.store import Store


def embed_cached(embedder: Embedder, texts: Sequence[str], store: Store | None,
                 progress: Callable[[int, int], None] | None = None, batch_size: int = 64,
                 hashes: Sequence[str] | None = None) -> np.ndarray:
    """``(len(texts), dim)`` float32 vectors in input order; only texts not cached are encoded.

    Texts are de-duplicated and looked up by ``(embedder.name, sha1(text))``: first in the last build's
    vectors array, then in the database. The missing ones are encoded ``batch_size`` at a time (spread
    over processes when the embedder has ``encode_batches``) and stored after each batch, so an
    interrupted build keeps what it did. ``progress(done, total)`` counts distinct texts: it is called
    once with the cached count, then after each batch. ``hashes``: the texts' ``text_hash``, when the
    caller has them already.
    """
    texts = list(texts)
    hashes = [text_hash(t) for t in texts] if hashes is None else list(hashes)
    first_text = dict(zip(hashes, texts, strict=True))  # equal hashes mean equal texts
    snapshot = store.load_matrix(embedder.name) if store is not None and texts else None
    rows, matrix = snapshot if snapshot is not None else ({}, None)
    others = [h for h in first_text if h not in rows]
    found: dict[str, np.ndarray] = store.get_vectors(embedder.name, others) if store is not None and others else {}

    missing = [h for h in others if h not in found]
    # Similar lengths in one batch waste less padding in transformer backends.
    missing.sort(key=lambda h: len(first_text[h]))
    total = len(first_text)
    done = total - len(missing)
    if progress:
        progress(done, total)

    size = max(1, batch_size)
    batches = [missing[start : start + size] for start in range(0, len(missing), size)]
    for index, vectors in encode_batches(embedder, [[first_text[h] for h in b] for b in batches]):
        batch = batches[index]
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.shape[0] != len(batch):
            raise ValueError(f"embedder {embedder.name} returned {vectors.shape[0]} vectors for {len(batch)} texts")
        if store is not None:
            store.put_vectors(embedder.name, batch, vectors)
        found.update(zip(batch, vectors, strict=True))
        done += len(batch)
        if progress:
            progress(done, total)

    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    if matrix is None or not rows.keys() & first_text.keys():
        return np.stack([found[h] for h in hashes]).astype(np.float32, copy=False)
    # Most rows come from the array: one gather straight into the array returned (no stacking of
    # thousands of row views, no second copy of the array with the new rows appended); the few others
    # are written in after.
    order = np.fromiter((rows.get(h, -1) for h in hashes), dtype=np.int64, count=len(hashes))
    out = np.asarray(matrix[np.maximum(order, 0)], dtype=np.float32)
    for i in np.flatnonzero(order < 0).tolist():
        out[i] = found[hashes[i]]
    return out

