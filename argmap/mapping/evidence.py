"""Citation evidence: sentences ↔ works as a signed sparse matrix, and scores passed along it.

A work's stance (or debate) is what the sentences that speak for it say, minus what the sentences
that answer it say; a sentence then inherits the stance of the works it speaks for and the opposite
of the works it answers. This crosses languages: a Chinese sentence citing Smythe 1977 meets the
English ones that cite it.
"""

from __future__ import annotations

import re

import numpy as np
from scipy import sparse

from argmap.keys import fold
from argmap.mapping.attribution import Relation
from argmap.mapping.cues import attributive_verbs
from argmap.model import Reference


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


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
HOLDER_REACH = 60  # characters before a reporting verb where the statement names who holds the view


def _holders(text: str) -> set[str]:
    """Folded words a statement names as holding its view: those just before one of its reporting verbs
    ("as Terranova and Fuchs argue", "Smythe argued that …"), not the objects of a reply ("… misreads Marx")."""
    words: set[str] = set()
    for start, _, kind in attributive_verbs(text):
        if kind == "report":
            words.update(fold(w) for w in _WORD.findall(text[max(0, start - HOLDER_REACH):start]))
    return words


def named_works(pro: list[str], con: list[str], references: dict[str, Reference]) -> dict[str, float]:
    """Works whose first author a side's statements name as holding that side's view ("Platforms exploit
    their users as free workers, as Terranova and Fuchs argue."): +1 for pro, -1 for con, by reference key.
    The reader has said where these authors stand; an author named on both sides is left out, and so is
    one a statement only answers ("calling users exploited misreads Marx" says nothing of where Marx stands)."""
    sides = {1.0: set().union(*map(_holders, pro)), -1.0: set().union(*map(_holders, con))}
    named: dict[str, float] = {}
    for key in sorted(references):
        surname = fold(references[key].first_surname)
        if len(surname) < 3:
            continue
        signs = [sign for sign, words in sides.items() if surname in words]
        if len(signs) == 1:
            named[key] = signs[0]
    return named
