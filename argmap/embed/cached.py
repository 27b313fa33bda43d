"""``embed_cached``: embed sentences, re-using vectors the ``.argmap/`` cache already holds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from argmap.embed.base import Embedder
from argmap.model import text_hash

if TYPE_CHECKING:
    from argmap.store import Store


def embed_cached(embedder: Embedder, texts: Sequence[str], store: Store | None,
                 progress: Callable[[int, int], None] | None = None, batch_size: int = 64) -> np.ndarray:
    """``(len(texts), dim)`` float32 vectors in input order; only texts not cached are encoded.

    Texts are de-duplicated and looked up by ``(embedder.name, sha1(text))``. The missing ones are
    encoded ``batch_size`` at a time and stored after each batch, so an interrupted build keeps
    what it did. ``progress(done, total)`` counts distinct texts: it is called once with the
    cached count, then after each batch.
    """
    texts = list(texts)
    hashes = [text_hash(t) for t in texts]
    unique = list(dict.fromkeys(hashes))
    first_text = dict(zip(hashes, texts, strict=True))  # equal hashes mean equal texts
    cached: dict[str, np.ndarray] = {}
    snapshot = store.load_matrix(embedder.name) if store is not None and unique else None
    if snapshot is not None:
        rows, matrix = snapshot
        known = [h for h in unique if h in rows]
        if known:
            block = np.asarray(matrix[[rows[h] for h in known]], dtype=np.float32)
            cached = dict(zip(known, block, strict=True))
    rest = [h for h in unique if h not in cached]
    if store is not None and rest:
        cached.update(store.get_vectors(embedder.name, rest))

    missing = [h for h in unique if h not in cached]
    # Similar lengths in one batch waste less padding in transformer backends.
    missing.sort(key=lambda h: len(first_text[h]))
    total = len(unique)
    done = total - len(missing)
    if progress:
        progress(done, total)

    found: dict[str, np.ndarray] = dict(cached)
    for start in range(0, len(missing), max(1, batch_size)):
        batch = missing[start : start + batch_size]
        vectors = np.asarray(embedder.encode([first_text[h] for h in batch]), dtype=np.float32)
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
    return np.stack([found[h] for h in hashes]).astype(np.float32, copy=False)
