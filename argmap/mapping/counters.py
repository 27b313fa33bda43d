"""Counterclaims: pairs of claims on opposite sides of one debate that answer each other.

Two sources: explicit answers (a claim that answers a work — "replied to Smythe", "Contrary to Brandt"
— is joined to the opposite-side claims that speak for that work, most similar first) and close
opposite-side neighbours (mutual nearest neighbours above a similarity floor). Links are symmetric and
never join claims of the same side or of different debates.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from argmap.mapping.attribution import Relation
from argmap.mapping.neighbours import top_k

MAX_EXPLICIT = 2  # per answering claim and answered work
MAX_PER_CLAIM = 3
MIN_SIMILARITY = 0.35


def find_counters(
    debate: list[str | None],
    stance: list[str | None],
    vectors: np.ndarray,
    relations: list[list[Relation]],
    max_per_claim: int = MAX_PER_CLAIM,
    min_similarity: float = MIN_SIMILARITY,
) -> dict[int, dict[int, str]]:
    """Counter links by sentence index: ``links[i][j]`` is the reason i and j answer each other (symmetric)."""
    links: dict[int, dict[int, str]] = defaultdict(dict)

    def opposite(i: int, j: int) -> bool:
        return (debate[i] is not None and debate[i] == debate[j] and stance[i] is not None
                and stance[j] is not None and stance[i] != stance[j])

    def join(i: int, j: int, why: str) -> None:
        if i != j and opposite(i, j) and j not in links[i]:
            links[i][j] = why
            links[j][i] = why

    # Explicit answers: i answers work k; claims speaking for k on the other side are what i answers.
    speakers: dict[str, list[int]] = defaultdict(list)
    for j, rels in enumerate(relations):
        for r in rels:
            if r.sign > 0 and r.weight >= 0.3:
                speakers[r.key].append(j)
    for i, rels in enumerate(relations):
        for r in rels:
            if r.sign >= 0:
                continue
            candidates = [j for j in speakers.get(r.key, []) if opposite(i, j)]
            candidates.sort(key=lambda j: (-float(vectors[i] @ vectors[j]), j))
            for j in candidates[:MAX_EXPLICIT]:
                join(i, j, f"answers {r.key}, which the other claim speaks for")

    # Close opposite-side neighbours, per debate, mutual top-k only.
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, (d, s) in enumerate(zip(debate, stance, strict=False)):
        if d is not None and s is not None:
            groups[d][s].append(i)
    for d in sorted(groups):
        pro, con = groups[d].get("pro", []), groups[d].get("con", [])
        if not pro or not con:
            continue
        best_pro = _top(vectors[pro], vectors[con], max_per_claim)  # for each pro: con neighbours
        best_con = _top(vectors[con], vectors[pro], max_per_claim)
        for a, (sims, idx) in enumerate(best_pro):
            for sim, b in zip(sims, idx, strict=False):
                if sim < min_similarity or a not in best_con[b][1]:
                    continue
                i, j = pro[a], con[b]
                if len(links[i]) < max_per_claim and len(links[j]) < max_per_claim:
                    join(i, j, f"close claim on the other side ({sim:.2f})")
    return links


def _top(queries: np.ndarray, items: np.ndarray, k: int) -> list[tuple[np.ndarray, list[int]]]:
    sims, idx = top_k(queries, items, k)
    return [(s, i.tolist()) for s, i in zip(sims, idx, strict=False)]
