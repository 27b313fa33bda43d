"""Citation evidence: sentences ↔ works as a signed sparse matrix, and scores passed along it.

A work's stance (or debate) is what the sentences that speak for it say, minus what the sentences
that answer it say; a sentence then inherits the stance of the works it speaks for and the opposite
of the works it answers. This crosses languages: a Chinese sentence citing Smythe 1977 meets the
English ones that cite it.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from argmap.mapping.attribution import Relation


def incidence(relations: list[list[Relation]], extra: list[list[tuple[str, int, float]]] | None = None
              ) -> tuple[sparse.csr_matrix, list[str]]:
    """Signed, weighted sentence × work matrix (``sign * weight``) and the work keys (sorted) of its columns.

    ``extra`` adds links that are not citations (e.g. a sentence speaking in its document's own voice).
    """
    rows_links: list[list[tuple[str, float]]] = []
    for i, rels in enumerate(relations):
        links = [(r.key, r.sign * r.weight) for r in rels]
        if extra is not None:
            links += [(key, sign * weight) for key, sign, weight in extra[i]]
        rows_links.append(links)
    keys = sorted({key for links in rows_links for key, _ in links})
    column = {key: j for j, key in enumerate(keys)}
    rows, cols, vals = [], [], []
    for i, links in enumerate(rows_links):
        for key, value in links:
            rows.append(i)
            cols.append(column[key])
            vals.append(value)
    matrix = sparse.csr_matrix((vals, (rows, cols)), shape=(len(relations), len(keys)), dtype=np.float64)
    matrix.sum_duplicates()
    return matrix, keys


def work_scores(matrix: sparse.csr_matrix, scores: np.ndarray, prior_weight: float | np.ndarray = 1.0,
                prior: np.ndarray | None = None) -> np.ndarray:
    """Each work's score: signed weighted mean of its sentences' scores, shrunk towards ``prior`` (0 when
    not given) for rarely cited works; ``prior_weight`` counts as that many sentences (per work, or one for all).

    ``scores`` may be (n,) or (n, d); the result is (works,) or (works, d).
    """
    weight = np.broadcast_to(np.asarray(prior_weight, dtype=np.float64), (matrix.shape[1],))
    mass = np.asarray(abs(matrix).sum(axis=0)).ravel() + weight
    total = matrix.T @ scores
    if prior is not None:
        total = total + (weight[:, None] * prior if total.ndim == 2 else weight * prior)
    return total / (mass[:, None] if total.ndim == 2 else mass)


def sentence_evidence(matrix: sparse.csr_matrix, works: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What the works say about each sentence (signed mean) and how much evidence there is (sum of |weight|)."""
    mass = np.asarray(abs(matrix).sum(axis=1)).ravel()
    total = matrix @ works
    safe = np.where(mass > 0, mass, 1.0)
    return (total / (safe[:, None] if total.ndim == 2 else safe)), mass
