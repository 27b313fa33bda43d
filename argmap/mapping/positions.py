"""Positions: clusters of claims on one side of one debate, labelled by c-TF-IDF keywords and their
most central claim, with ids that survive rebuilds (matched to the previous build by member overlap)."""

from __future__ import annotations

import hashlib

import numpy as np
from sklearn.cluster import AgglomerativeClustering, MiniBatchKMeans
from sklearn.metrics import silhouette_score

from argmap.mapping.keywords import ctfidf_keywords, proper_nouns
from argmap.model import Position

MAX_POSITIONS = 6
AGGLOMERATIVE_LIMIT = 2000  # above this, agglomerative clustering's n² memory is too much: k-means
MIN_SILHOUETTE = 0.02  # below this no split is real: one position
MIN_SHARE = 0.05  # clusters smaller than this share of the side (and than MIN_SIZE) join their nearest
MIN_SIZE = 3


def _centred(vectors: np.ndarray) -> np.ndarray:
    """Vectors minus the side's mean, re-normalised: what the claims share (the debate's topic) would
    otherwise dominate every distance and leave one big cluster plus outliers."""
    centred = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    return (centred / np.where(norms > 1e-9, norms, 1.0)).astype(np.float64)


def _merge_small(labels: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Fold clusters that are too small to be a position into the cluster whose centroid is nearest."""
    labels = labels.copy()
    n = len(labels)
    floor = max(MIN_SIZE, int(np.ceil(MIN_SHARE * n)))
    while True:
        values, counts = np.unique(labels, return_counts=True)
        if len(values) < 2 or counts.min() >= floor:
            return labels
        small = int(values[np.argmin(counts)])  # smallest first; ties: lowest label
        centroids = {int(v): vectors[labels == v].mean(axis=0) for v in values if v != small}
        members = np.flatnonzero(labels == small)
        for m in members:  # each member joins the nearest remaining centroid
            labels[m] = min(centroids, key=lambda v: (-float(vectors[m] @ centroids[v]), v))


def cluster_claims(vectors: np.ndarray, seed: int = 0, max_k: int = MAX_POSITIONS) -> np.ndarray:
    """Cluster labels (0..k-1) for one side's claims: agglomerative (Ward) on centred vectors, k chosen by
    silhouette in 2..max_k, clusters too small to be a position merged into their nearest (1 if too few)."""
    n = len(vectors)
    if n < 2 * MIN_SIZE:
        return np.zeros(n, dtype=int)
    x = _centred(np.asarray(vectors, dtype=np.float64))
    small = n <= AGGLOMERATIVE_LIMIT
    best_score, best_labels = MIN_SILHOUETTE, np.zeros(n, dtype=int)
    tree = None
    for k in range(2, min(max_k, n // MIN_SIZE) + 1):
        if small:
            # One Ward tree serves every k (compute_full_tree with memory would too; this is simpler).
            tree = AgglomerativeClustering(n_clusters=k, linkage="ward")
            labels = tree.fit_predict(x)
        else:
            labels = MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=1024).fit_predict(x)
        labels = _merge_small(labels, x)
        if len(set(labels.tolist())) < 2:
            continue
        score = silhouette_score(x, labels, metric="cosine", sample_size=min(n, AGGLOMERATIVE_LIMIT),
                                 random_state=seed)
        if score > best_score + 1e-9:
            best_score, best_labels = score, labels
    return _canonical(best_labels)


def _canonical(labels: np.ndarray) -> np.ndarray:
    """Renumber clusters by first appearance so that equal partitions get equal labels."""
    mapping: dict[int, int] = {}
    for value in labels.tolist():
        mapping.setdefault(value, len(mapping))
    return np.array([mapping[v] for v in labels.tolist()], dtype=int)


def _distinct(words: list[str]) -> list[str]:
    """Keywords without plural/singular repeats ("platforms" after "platform")."""
    out: list[str] = []
    for w in words:
        if not any(w.rstrip("s") == o.rstrip("s") for o in out):
            out.append(w)
    return out


def position_id(debate: str, side: str, central: str) -> str:
    return "p-" + hashlib.sha1(f"{debate}\n{side}\n{central}".encode()).hexdigest()[:10]


def build_positions(
    debate: str,
    side: str,
    claim_ids: list[str],
    texts: list[str],
    vectors: np.ndarray,
    seed: int = 0,
    names: set[str] | None = None,
) -> list[Position]:
    """Cluster one side's claims into positions, each with keywords, a label and its central claim.

    ``names`` (author surnames, as the corpus writes them) are kept out of the keywords; by default the
    proper nouns of ``texts`` are."""
    if not claim_ids:
        return []
    labels = cluster_claims(vectors, seed)
    groups = [np.flatnonzero(labels == k) for k in range(int(labels.max()) + 1)]
    skip = proper_nouns(texts) | ({n.lower() for n in names} if names else set())
    keywords = ctfidf_keywords([[texts[i] for i in g] for g in groups], skip=skip)
    positions = []
    for members, words in zip(groups, keywords, strict=False):
        centroid = vectors[members].mean(axis=0)
        central = int(members[int(np.argmax(vectors[members] @ centroid))])
        label = " / ".join(_distinct(words)[:3]) if words else texts[central][:60]
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
