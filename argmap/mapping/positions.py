"""Positions: clusters of claims on one side of one debate, labelled by c-TF-IDF keywords and their
most central claim, with ids that survive rebuilds (matched to the previous build by member overlap)."""

from __future__ import annotations

import hashlib

import numpy as np
from sklearn.cluster import AgglomerativeClustering, MiniBatchKMeans
from sklearn.metrics import silhouette_score

from argmap.mapping.keywords import ctfidf_keywords
from argmap.model import Position

MAX_POSITIONS = 6
AGGLOMERATIVE_LIMIT = 2000  # above this, agglomerative clustering's n² memory is too much: k-means
MIN_SILHOUETTE = 0.03


def cluster_claims(vectors: np.ndarray, seed: int = 0, max_k: int = MAX_POSITIONS) -> np.ndarray:
    """Cluster labels (0..k-1) for one side's claims, k chosen by silhouette in 2..max_k (1 if too few)."""
    n = len(vectors)
    if n < 4:
        return np.zeros(n, dtype=int)
    best_k, best_score, best_labels = 1, MIN_SILHOUETTE, np.zeros(n, dtype=int)
    small = n <= AGGLOMERATIVE_LIMIT
    # One distance matrix serves every k (small sides only; large ones use k-means and sampled scores).
    distances = np.clip(1 - vectors @ vectors.T, 0, None).astype(np.float64) if small else None
    if distances is not None:
        np.fill_diagonal(distances, 0)
    for k in range(2, min(max_k, n // 2) + 1):
        if small:
            model = AgglomerativeClustering(n_clusters=k, metric="precomputed", linkage="average")
            labels = model.fit_predict(distances)
        else:
            labels = MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=1024).fit_predict(vectors)
        if len(set(labels.tolist())) < 2:
            continue
        if small:
            score = silhouette_score(distances, labels, metric="precomputed")
        else:
            score = silhouette_score(vectors, labels, metric="cosine", sample_size=AGGLOMERATIVE_LIMIT, random_state=seed)
        if score > best_score + 1e-9:
            best_k, best_score, best_labels = k, score, labels
    return _canonical(best_labels) if best_k > 1 else best_labels


def _canonical(labels: np.ndarray) -> np.ndarray:
    """Renumber clusters by first appearance so that equal partitions get equal labels."""
    mapping: dict[int, int] = {}
    for value in labels.tolist():
        mapping.setdefault(value, len(mapping))
    return np.array([mapping[v] for v in labels.tolist()], dtype=int)


def position_id(debate: str, side: str, central: str) -> str:
    return "p-" + hashlib.sha1(f"{debate}\n{side}\n{central}".encode()).hexdigest()[:10]


def build_positions(
    debate: str,
    side: str,
    claim_ids: list[str],
    texts: list[str],
    vectors: np.ndarray,
    seed: int = 0,
) -> list[Position]:
    """Cluster one side's claims into positions, each with keywords, a label and its central claim."""
    if not claim_ids:
        return []
    labels = cluster_claims(vectors, seed)
    groups = [np.flatnonzero(labels == k) for k in range(int(labels.max()) + 1)]
    keywords = ctfidf_keywords([[texts[i] for i in g] for g in groups])
    positions = []
    for members, words in zip(groups, keywords, strict=False):
        centroid = vectors[members].mean(axis=0)
        central = int(members[int(np.argmax(vectors[members] @ centroid))])
        label = " / ".join(words[:3]) if words else texts[central][:60]
        positions.append(Position(
            id=position_id(debate, side, claim_ids[central]),
            debate=debate,
            side=side,  # type: ignore[arg-type]
            label=label,
            keywords=words,
            claims=sorted(claim_ids[i] for i in members),
            central=claim_ids[central],
        ))
    return positions


def keep_previous_ids(positions: list[Position], previous: list[Position], min_overlap: float = 0.5) -> None:
    """Give each new position the id of the previous one (same debate and side) it overlaps most
    (Jaccard ≥ ``min_overlap``), one-to-one; a position the reader renamed keeps its name too."""
    pairs = []
    for i, new in enumerate(positions):
        members = set(new.claims)
        for j, old in enumerate(previous):
            if old.debate != new.debate or old.side != new.side:
                continue
            union = members | set(old.claims)
            overlap = len(members & set(old.claims)) / len(union) if union else 0.0
            if overlap >= min_overlap:
                pairs.append((-overlap, old.id, new.id, i, j))
    used_new: set[int] = set()
    used_old: set[int] = set()
    for _, _, _, i, j in sorted(pairs):
        if i in used_new or j in used_old:
            continue
        used_new.add(i)
        used_old.add(j)
        positions[i].id = previous[j].id
        if previous[j].source == "reader":
            positions[i].label = previous[j].label
            positions[i].source = "reader"
