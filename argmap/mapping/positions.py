"""Positions: clusters of claims on one side of one debate, labelled by c-TF-IDF keywords and their
most central claim, with ids that survive rebuilds (matched to the previous build by member overlap)."""

from __future__ import annotations

import hashlib
import heapq

import numpy as np

from argmap.mapping.keywords import ctfidf_keywords, proper_nouns
from argmap.model import Position

MAX_POSITIONS = 6
AGGLOMERATIVE_LIMIT = 2000  # above this, agglomerative clustering's n² memory is too much: k-means; also
# the silhouette's sample
KMEANS_SAMPLE = 4000  # claims k-means is fitted on; the rest are assigned to the nearest centre
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
        rest = values[values != small]
        centroids = np.stack([vectors[labels == v].mean(axis=0) for v in rest])
        members = np.flatnonzero(labels == small)
        # Each member joins the nearest remaining centroid (argmax takes the first: ties to the lowest label).
        labels[members] = rest[np.argmax(vectors[members] @ centroids.T, axis=1)]


def _silhouette_sample(x: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The rows silhouette_score(sample_size=AGGLOMERATIVE_LIMIT, random_state=seed) would draw, and their
    cosine distances: computed once per side instead of once per k."""
    rows = np.random.RandomState(seed).permutation(len(x))[:AGGLOMERATIVE_LIMIT]  # check_random_state(seed)
    return rows, _cosine_distances(x[rows])


# scikit-learn's import costs a second or more, and what positions need of it is small except k-means:
# the three helpers below compute what sklearn's cosine_distances, silhouette_score(metric="precomputed")
# and ward_tree compute, step for step in the same floating-point order (same results to the bit), so
# that sklearn is imported only when a side is large enough for k-means.
def _cosine_distances(x: np.ndarray) -> np.ndarray:
    """sklearn.metrics.pairwise.cosine_distances(x) for dense float64 ``x``."""
    norms = np.sqrt(np.einsum("ij,ij->i", x, x))  # normalize(): row_norms, then near-zero norms -> 1
    norms[norms < 10 * np.finfo(norms.dtype).eps] = 1.0
    unit = x / norms[:, None]
    distances = unit @ unit.T
    distances *= -1
    distances += 1
    distances = np.clip(distances, 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    return distances


def _silhouette_score(distances: np.ndarray, labels: np.ndarray, columns: np.ndarray | None = None) -> float:
    """sklearn.metrics.silhouette_score(distances, labels, metric="precomputed"); ``columns`` is
    ``distances.T`` in C order, when the caller scores several labellings of one sample."""
    _, labels = np.unique(labels, return_inverse=True)  # LabelEncoder
    n, k = len(labels), int(labels.max()) + 1
    if not 1 < k < n:
        raise ValueError(f"Number of labels is {k}. Valid values are 2 to n_samples - 1 (inclusive)")
    freqs = np.bincount(labels)
    if columns is None:
        columns = np.ascontiguousarray(distances.T)
    # sklearn bincounts each row's distances by label: for each row and cluster, a sum from 0.0 over the
    # cluster's columns in index order. Summing the cluster's rows of ``columns`` along axis 0 adds them
    # one row after another, so each entry gets the same additions in the same order, without building
    # an n² index array.
    sums = np.zeros((n, k), dtype=distances.dtype)
    for c in range(k):
        sums[:, c] = np.add.reduce(columns[labels == c], axis=0)
    cluster = np.zeros((n, k), dtype=distances.dtype)
    cluster += sums
    own = (np.arange(n), labels)
    intra = cluster[own]
    cluster[own] = np.inf
    cluster /= freqs
    inter = cluster.min(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        intra /= (freqs - 1).take(labels, mode="clip")
        samples = inter - intra
        samples /= np.maximum(intra, inter)
    return float(np.mean(np.nan_to_num(samples)))


def _agglomerative(x: np.ndarray, max_k: int) -> list[np.ndarray]:
    """Ward partitions for k in 2..max_k, labelled as AgglomerativeClustering(k, linkage="ward") labels
    them, from one tree (AgglomerativeClustering would rebuild the same tree for every k)."""
    children = _ward_children(x)
    return [_cut(children, len(x), k) for k in range(2, max_k + 1)]


def _euclidean(x: np.ndarray) -> np.ndarray:
    """Square, symmetric matrix of Euclidean distances between the rows of ``x``: scipy's pdist to within
    rounding, and like pdist's, equal for equal rows (repeated claims are one point to Ward, exactly)."""
    first: dict[bytes, int] = {}
    inverse = np.array([first.setdefault(row.tobytes(), len(first)) for row in x], dtype=np.intp)
    unique = x[np.unique(inverse, return_index=True)[1]] if len(first) < len(x) else x
    squares = np.einsum("ij,ij->i", unique, unique)
    distances = unique @ unique.T
    distances *= -2.0
    distances += squares[:, None]
    distances += squares[None, :]
    np.maximum(distances, 0.0, out=distances)
    np.sqrt(distances, out=distances)
    # One value per pair, as in a condensed matrix: the upper triangle mirrored below. Adding the other
    # triangle's zeros changes no value (at most a -0.0 becomes 0.0, which compares and squares the same),
    # and costs far less than copying the triangle through its n² index arrays.
    upper = np.triu(distances, 1)
    distances = upper + upper.T
    np.fill_diagonal(distances, 0.0)
    return distances[np.ix_(inverse, inverse)] if len(first) < len(x) else distances


# scipy.cluster.hierarchy.ward imports scipy.cluster and scipy.spatial (0.3 s or more on a cold build);
# the nearest-neighbour chain below is scipy's own (_hierarchy.nn_chain with its Ward update, then its
# stable sort by height and union-find relabelling), step for step, so the merges are scipy's.
def _ward_children(x: np.ndarray) -> np.ndarray:
    """The first two columns of ``scipy.cluster.hierarchy.ward(x)`` (the merged nodes, as intp)."""
    n = len(x)
    d = _euclidean(x)
    np.fill_diagonal(d, np.inf)  # inactive clusters and a cluster itself: never the nearest (inf rows)
    size = np.ones(n)  # float: the Ward update's int-to-double conversions, done once
    merges = np.empty((n - 1, 2), dtype=np.intp)
    heights = np.empty(n - 1)
    chain: list[int] = []
    alive = 0  # lowest index of a cluster not yet merged away
    with np.errstate(invalid="ignore"):
        for k in range(n - 1):
            if not chain:
                while size[alive] == 0:
                    alive += 1
                chain.append(alive)
            while True:
                a = chain[-1]
                row = d[a]
                b = int(row.argmin())  # the first of equal minima, as scipy's scan
                # scipy prefers the previous element of the chain on a tie (mutual neighbours: merge).
                if len(chain) > 1 and row[chain[-2]] <= row[b]:
                    b = chain[-2]
                    break
                chain.append(b)
            del chain[-2:]
            if a > b:
                a, b = b, a
            current = float(d[a, b])
            na, nb = size[a], size[b]
            merges[k] = a, b
            heights[k] = current
            size[a] = 0.0
            size[b] = na + nb
            # Lance-Williams for Ward over whole rows: inactive clusters (and a, b themselves) have inf
            # distances, which stay inf; the active ones get scipy's _ward, operation for operation.
            t = 1.0 / (na + nb + size)
            da, db = d[a], d[b]
            new = np.sqrt((size + na) * t * da * da + (size + nb) * t * db * db - size * t * current * current)
            new[b] = np.inf
            d[b] = new
            d[:, b] = new
            d[a] = np.inf
            d[:, a] = np.inf
    merges = merges[np.argsort(heights, kind="mergesort")]
    # scipy's label(): node ids by merge order, children as the roots of their union-find trees.
    parent = list(range(2 * n - 1))

    def root(node: int) -> int:
        top = node
        while parent[top] != top:
            top = parent[top]
        while parent[node] != top:
            parent[node], node = top, parent[node]
        return top

    children = np.empty((n - 1, 2), dtype=np.intp)
    for k, (a, b) in enumerate(merges.tolist()):
        ra, rb = root(a), root(b)
        children[k] = (ra, rb) if ra < rb else (rb, ra)
        parent[ra] = parent[rb] = n + k
    return children


def _cut(children: np.ndarray, n_leaves: int, k: int) -> np.ndarray:
    """sklearn's ``_hc_cut``: undo the last k-1 merges; clusters numbered by their place in the heap."""
    nodes = [-(int(max(children[-1])) + 1)]
    for _ in range(k - 1):
        these = children[-nodes[0] - n_leaves]
        heapq.heappush(nodes, -int(these[0]))
        heapq.heappushpop(nodes, -int(these[1]))
    labels = np.zeros(n_leaves, dtype=np.intp)
    for label, node in enumerate(nodes):
        stack, leaves = [-node], []
        while stack:
            top = stack.pop()
            if top < n_leaves:
                leaves.append(top)
            else:
                stack.extend(children[top - n_leaves].tolist())
        labels[leaves] = label
    return labels


def _kmeans(x: np.ndarray, seed: int, max_k: int) -> list[np.ndarray]:
    """k-means partitions for k in 2..max_k of a large side: each k fitted once (seeded) on a sample, then
    every claim assigned to its nearest centre with one matrix product, so time grows linearly with n."""
    from sklearn.cluster import KMeans

    rows = np.random.default_rng(seed).choice(len(x), size=min(len(x), KMEANS_SAMPLE), replace=False)
    sample = x[np.sort(rows)].astype(np.float32)  # single precision is enough for centres, at half the cost
    out = []
    for k in range(2, max_k + 1):
        centres = KMeans(n_clusters=k, n_init=1, random_state=seed).fit(sample).cluster_centers_
        # argmin |x - c|² = argmax x·c - |c|²/2
        centres = centres.astype(np.float64)
        out.append(np.argmax(x @ centres.T - 0.5 * (centres * centres).sum(axis=1), axis=1))
    return out


def cluster_claims(vectors: np.ndarray, seed: int = 0, max_k: int = MAX_POSITIONS) -> np.ndarray:
    """Cluster labels (0..k-1) for one side's claims: agglomerative (Ward) on centred vectors (k-means fitted
    on a sample above AGGLOMERATIVE_LIMIT claims), k chosen by silhouette in 2..max_k on a sample of at
    most AGGLOMERATIVE_LIMIT claims, clusters too small to be a position merged into their nearest (1 if too
    few)."""
    n = len(vectors)
    if n < 2 * MIN_SIZE:
        return np.zeros(n, dtype=int)
    x = _centred(np.asarray(vectors, dtype=np.float64))
    max_k = min(max_k, n // MIN_SIZE)
    partitions = _agglomerative(x, max_k) if n <= AGGLOMERATIVE_LIMIT else _kmeans(x, seed, max_k)
    rows, distances = _silhouette_sample(x, seed)
    columns = np.ascontiguousarray(distances.T)  # once for every k
    best_score, best_labels = MIN_SILHOUETTE, np.zeros(n, dtype=int)
    for labels in partitions:
        labels = _merge_small(labels, x)
        if len(np.unique(labels[rows])) < 2:
            continue
        score = _silhouette_score(distances, labels[rows], columns)
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
