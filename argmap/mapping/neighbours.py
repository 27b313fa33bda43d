"""Chunked top-k cosine neighbours on L2-normalised vectors: no dense n×n matrix at scale."""

from __future__ import annotations

import numpy as np

CHUNK = 2048
# Candidates are the values at least the (k+1)-th largest of every SAMPLE_STRIDE-th column: about
# SAMPLE_STRIDE·(k+1) per row, so the exact selection runs on those instead of on the whole row.
SAMPLE_STRIDE = 8
SAMPLE_FROM = 4096  # rows shorter than this are cheap to select from whole


def top_k(queries: np.ndarray, items: np.ndarray, k: int, exclude_self: bool = False,
          exclude: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(similarities, indices), each (len(queries), k), best first; ties broken by lower index.

    With ``exclude_self`` the queries are the items and each one's own row is skipped; ``exclude`` lists
    items never returned (searching the rest without copying it)."""
    skipped = np.unique(np.asarray(exclude, dtype=int)) if exclude is not None else np.zeros(0, dtype=int)
    k = min(k, len(items) - len(skipped) - (1 if exclude_self else 0))
    if k <= 0 or len(queries) == 0:
        return np.zeros((len(queries), 0)), np.zeros((len(queries), 0), dtype=int)
    sims_out = np.empty((len(queries), k), dtype=np.float32)
    idx_out = np.empty((len(queries), k), dtype=int)
    for start in range(0, len(queries), CHUNK):
        block = queries[start:start + CHUNK] @ items.T
        if len(skipped):
            block[:, skipped] = -np.inf
        if exclude_self:
            rows = np.arange(block.shape[0])
            block[rows, rows + start] = -np.inf
        stop = start + len(block)
        sims_out[start:stop], idx_out[start:stop] = _select(block, k)
    return sims_out, idx_out


def _select(block: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's k largest values and their columns, ordered by (-value, column): by ``_select_plain``'s
    rule, found among a few candidates per row. Where the k-th and (k+1)-th largest values tie, which of
    the tied columns ``np.argpartition`` keeps is its own affair, so those rows go to ``_select_plain``."""
    m, n = block.shape
    sample = block[:, ::SAMPLE_STRIDE]
    if n < SAMPLE_FROM or k + 1 > sample.shape[1] or np.isnan(block).any():
        return _select_plain(block, k)
    # The (k+1)-th largest of a sample is at most the row's (k+1)-th largest: every one of the row's
    # k+1 largest values passes the cut.
    cut = np.partition(sample, sample.shape[1] - (k + 1), axis=1)[:, sample.shape[1] - (k + 1)]
    rows, cols = np.nonzero(block >= cut[:, None])
    vals = block[rows, cols]
    order = np.lexsort((cols, -vals, rows))
    rows, cols, vals = rows[order], cols[order], vals[order]
    starts = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=m))[:-1]))
    at = starts[:, None] + np.arange(k + 1)[None, :]
    best_cols, best_vals = cols[at], vals[at]
    sims, idx = best_vals[:, :k].copy(), best_cols[:, :k].copy()
    tied = np.flatnonzero(best_vals[:, k - 1] == best_vals[:, k])
    if len(tied):
        sims[tied], idx[tied] = _select_plain(block[tied], k)
    return sims, idx


def _select_plain(block: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's k largest values and their columns by argpartition, ordered by (-value, column)."""
    part = np.argpartition(-block, k - 1, axis=1)[:, :k] if k < block.shape[1] else np.tile(
        np.arange(block.shape[1]), (block.shape[0], 1))
    # Order each row by (-similarity, index): sort by index, then stably by similarity.
    part = np.take_along_axis(part, np.argsort(part, axis=1, kind="stable"), axis=1)
    vals = np.take_along_axis(block, part, axis=1)
    order = np.argsort(-vals, axis=1, kind="stable")
    return np.take_along_axis(vals, order, axis=1), np.take_along_axis(part, order, axis=1)
