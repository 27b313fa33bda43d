"""Chunked top-k cosine neighbours on L2-normalised vectors: no dense n×n matrix at scale."""

from __future__ import annotations

import numpy as np

CHUNK = 2048


def top_k(queries: np.ndarray, items: np.ndarray, k: int, exclude_self: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(similarities, indices), each (len(queries), k), best first; ties broken by lower index.

    With ``exclude_self`` the queries are the items and each one's own row is skipped."""
    k = min(k, len(items) - (1 if exclude_self else 0))
    if k <= 0 or len(queries) == 0:
        return np.zeros((len(queries), 0)), np.zeros((len(queries), 0), dtype=int)
    sims_out = np.empty((len(queries), k), dtype=np.float32)
    idx_out = np.empty((len(queries), k), dtype=int)
    for start in range(0, len(queries), CHUNK):
        block = queries[start:start + CHUNK] @ items.T
        if exclude_self:
            rows = np.arange(block.shape[0])
            block[rows, rows + start] = -np.inf
        part = np.argpartition(-block, k - 1, axis=1)[:, :k] if k < block.shape[1] else np.tile(
            np.arange(block.shape[1]), (block.shape[0], 1))
        # Order each row by (-similarity, index): sort by index, then stably by similarity.
        part = np.take_along_axis(part, np.argsort(part, axis=1, kind="stable"), axis=1)
        vals = np.take_along_axis(block, part, axis=1)
        order = np.argsort(-vals, axis=1, kind="stable")
        idx_out[start:start + len(block)] = np.take_along_axis(part, order, axis=1)
        sims_out[start:start + len(block)] = np.take_along_axis(vals, order, axis=1)
    return sims_out, idx_out
