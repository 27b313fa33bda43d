"""Positions (balanced clusters, names kept out of keywords) and discovery (questions, a fragment that parses)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.cluster import AgglomerativeClustering, ward_tree

from argmap.config import parse_settings
from argmap.mapping import positions
from argmap.mapping.discovery import discover, proposal_toml, question_for
from argmap.mapping.keywords import ctfidf_keywords, proper_nouns
from argmap.mapping.positions import build_positions, cluster_claims
from argmap.model import DebateSpec, Sentence, claim_id


def _side(seed: int = 0, sizes=(20, 15, 12), outliers: int = 2, dim: int = 32) -> np.ndarray:
    """One side of a debate: a strong shared topic direction, a few sub-views, and stray claims."""
    rng = np.random.default_rng(seed)
    topic = rng.normal(size=dim)
    rows = []
    for size in sizes:
        view = rng.normal(size=dim)
        rows += [3 * topic + 1.5 * view + 0.4 * rng.normal(size=dim) for _ in range(size)]
    rows += [3 * topic + 1.5 * rng.normal(size=dim) for _ in range(outliers)]
    x = np.asarray(rows, dtype=np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_clusters_are_the_sub_views_and_no_singletons():
    vectors = _side()
    labels = cluster_claims(vectors)
    sizes = sorted(np.bincount(labels).tolist())
    assert len(sizes) == 3
    assert min(sizes) >= 3  # the stray claims joined a position instead of standing alone
    # Each planted view lands in one cluster.
    for start, size in ((0, 20), (20, 15), (35, 12)):
        assert len(set(labels[start:start + size].tolist())) == 1


def test_clustering_is_deterministic_and_small_sides_stay_whole():
    vectors = _side(seed=3)
    assert cluster_claims(vectors).tolist() == cluster_claims(vectors).tolist()
    assert cluster_claims(vectors[:4]).tolist() == [0, 0, 0, 0]


def test_one_ward_tree_cut_per_k_labels_as_agglomerative_clustering_does():
    x = positions._centred(_side(seed=5, sizes=(9, 7, 6, 5), outliers=3).astype(np.float64))
    children, _, leaves, _ = ward_tree(x)
    for k in range(2, 7):
        expected = AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(x)
        assert positions._cut(children, leaves, k).tolist() == expected.tolist()


def test_merge_small_folds_each_member_into_its_nearest_remaining_cluster():
    x = np.array([[1, 0], [1, 0.1], [1, -0.1], [0, 1], [0.1, 1], [-0.1, 1], [0.9, 0.2], [0.2, 0.9]])
    labels = np.array([0, 0, 0, 1, 1, 1, 2, 2])  # cluster 2 (two claims) is below MIN_SIZE
    assert positions._merge_small(labels, x).tolist() == [0, 0, 0, 1, 1, 1, 0, 1]


def test_large_sides_find_the_planted_views_with_k_means_on_a_sample(monkeypatch: pytest.MonkeyPatch):
    # Thresholds lowered so that a "large" side stays small enough for a unit test.
    monkeypatch.setattr(positions, "AGGLOMERATIVE_LIMIT", 60)
    monkeypatch.setattr(positions, "KMEANS_SAMPLE", 100)
    sizes = (90, 70, 60)
    vectors = _side(seed=2, sizes=sizes, outliers=0)
    labels = cluster_claims(vectors, seed=0)
    assert labels.tolist() == cluster_claims(vectors, seed=0).tolist()  # seeded
    assert sorted(np.bincount(labels).tolist()) == sorted(sizes)
    start = 0
    for size in sizes:  # the claims past the sample were assigned to their view's centre too
        assert len(set(labels[start:start + size].tolist())) == 1
        start += size


def test_keywords_skip_author_names_years_and_citation_debris():
    groups = [["Smythe (1977) argues that the audience is a commodity sold to advertisers.",
               "For Smythe, advertisers buy audience attention (Smythe, 1977; Jhally et al., 1986)."],
              ["福克斯（2010）认为，用户的劳动创造价值 [3]。", "Fuchs says users' labour creates value for platforms."]]
    found = proper_nouns([t for g in groups for t in g])
    assert {"smythe", "jhally", "福克斯"} <= found  # written mid-sentence or before a citation
    assert "fuchs" not in found  # only ever sentence-initial: the caller's names must say so
    words = ctfidf_keywords(groups, skip=found | {"fuchs"})
    flat = {w for ws in words for w in ws}
    assert not flat & {"smythe", "fuchs", "jhally", "福克斯", "1977", "al"}
    assert "advertisers" in words[0] or "audience" in words[0]


def test_positions_have_labels_keywords_and_central_claims():
    vectors = _side(sizes=(8, 8), outliers=0)
    texts = [f"Claim about rivers and floods number {i}." for i in range(8)] + \
            [f"Claim about deserts and drought number {i}." for i in range(8)]
    ids = [claim_id("d.md", t) for t in texts]
    positions = build_positions("water", "pro", ids, texts, vectors)
    assert len(positions) == 2
    assert sorted(c for p in positions for c in p.claims) == sorted(ids)
    for p in positions:
        assert p.central in p.claims and p.keywords and p.label
        assert p.id.startswith("p-")


def test_questions_read_like_questions():
    assert question_for("Smythe (1977) argues that the audience is the commodity that media sell.", []) == \
        "Is the audience the commodity that media sell?"
    assert question_for("Car bans do not remove traffic; they push it elsewhere.", []) == \
        "Do car bans not remove traffic?"
    assert question_for("福克斯（2010）认为，用户的时间都是劳动时间。", []) == "用户的时间都是劳动时间吗？"
    fallback = question_for("Huws treats advertising payments as rent.", ["rent", "advertising"], {"huws"})
    assert fallback.endswith("?") and "Huws treats" in fallback


def test_discovery_proposes_debates_whose_fragment_parses(tmp_path: Path):
    vectors = np.vstack([_side(seed=1, sizes=(10, 10), outliers=0), _side(seed=2, sizes=(10, 10), outliers=0)])
    sentences = [Sentence(id=claim_id(f"doc{i % 4}.md", f"Sentence {i}"), document=f"doc{i % 4}.md",
                          text=f"Topic {i // 20} claim {i} says that \"things\" are \\ different.", start=i, end=i + 1)
                 for i in range(len(vectors))]
    specs, assignment = discover(sentences, vectors)
    assert specs and all(s.pro and s.con and s.question.endswith(("?", "？")) for s in specs)
    assert {a for a in assignment if a} == {s.id for s in specs}
    path = tmp_path / "argmap.toml"
    path.write_text(proposal_toml(specs), encoding="utf-8")
    settings = parse_settings(path)
    assert [d.id for d in settings.debates] == [s.id for s in specs]
    assert settings.debates[0].pro == specs[0].pro


def test_proposal_escapes_quotes_and_backslashes(tmp_path: Path):
    spec = DebateSpec("q", 'Is "value" a \\ word?', ['He said "yes" \\ no.'], ["不是。"])
    path = tmp_path / "argmap.toml"
    path.write_text(proposal_toml([spec]), encoding="utf-8")
    assert parse_settings(path).debates[0].pro == ['He said "yes" \\ no.']


def _ward_inputs(seed: int):
    """Sides of every awkward shape: Gaussian, integer grids (exact ties), repeated rows (zero distances),
    and centred unit vectors as cluster_claims makes them, with and without repeats."""
    rng = np.random.default_rng(seed)
    for trial in range(60):
        n, d = int(rng.integers(2, 120)), int(rng.integers(1, 24))
        kind = trial % 5
        if kind == 0:
            x = rng.standard_normal((n, d))
        elif kind == 1:
            x = rng.integers(0, 3, (n, d)).astype(float)
        elif kind == 2:
            x = rng.standard_normal((max(1, n // 3), d))[rng.integers(0, max(1, n // 3), n)]
        else:
            v = rng.standard_normal((n if kind == 3 else max(1, n // 2), d + 8)).astype(np.float32)
            x = positions._centred(v if kind == 3 else v[rng.integers(0, len(v), n)])
        yield kind, np.ascontiguousarray(x, dtype=np.float64)


@pytest.mark.parametrize("seed", [0, 1])
def test_nearest_neighbour_chain_merges_as_scipy_ward_does(seed: int):
    from scipy.cluster import hierarchy

    for kind, x in _ward_inputs(seed):
        expected = hierarchy.ward(x)[:, :2].astype(np.intp)
        assert positions._ward_children(x).tolist() == expected.tolist(), (kind, x.shape)


def test_clustering_does_not_import_scipy_cluster():
    import subprocess
    import sys

    code = ("import sys, numpy as np; from argmap.mapping.positions import cluster_claims; "
            "v = np.random.default_rng(0).normal(size=(60, 8)); cluster_claims(v / np.linalg.norm(v, axis=1)[:, None]); "
            "print('scipy.cluster' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_proper_nouns_search_sentence_starts_as_the_whole_prefix_would():
    import random

    from argmap.mapping import keywords

    def reference(texts):  # the rule as first written: the regex over the whole text before each word
        capital, lower, names = set(), set(), set()
        for text in texts:
            for match in keywords._LATIN_TOKEN.finditer(text):
                word = match.group(0)
                if word[:1].islower():
                    lower.add(keywords._key(word))
                elif not keywords._SENTENCE_START.search(text[:match.start()]) and not word.isupper():
                    capital.add(keywords._key(word))
            names.update(keywords._CJK_NAME_BEFORE_CITATION.findall(text))
        return (capital - lower) | names

    rng = random.Random(0)
    pieces = list("aAbB ('’-.!?:\n\t“（)\"xY") + ["Smythe", "FUCHS", "Fuchs's", "福克斯（2010）", "\u3000", "  "]
    for _ in range(3000):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(rng.randint(1, 3))]
        assert proper_nouns(texts) == reference(texts), texts


def test_euclidean_mirrors_the_upper_triangle_and_matches_direct_distances():
    x = positions._centred(np.random.default_rng(3).normal(size=(60, 8)))
    x[5] = x[9]  # a repeated claim: one point, distance exactly 0
    d = positions._euclidean(x)
    assert np.array_equal(d, d.T) and not np.diag(d).any() and d[5, 9] == 0.0
    assert np.array_equal(d[5], d[9])
    direct = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=2))
    assert np.allclose(d, direct, atol=1e-7)


def test_silhouette_with_precomputed_columns_scores_to_the_bit():
    x = positions._centred(np.random.default_rng(4).normal(size=(90, 6)))
    _, distances = positions._silhouette_sample(x, seed=0)
    columns = np.ascontiguousarray(distances.T)
    rng = np.random.default_rng(5)
    for k in (2, 4, 6):
        labels = rng.integers(0, k, len(distances))
        assert positions._silhouette_score(distances, labels, columns) == positions._silhouette_score(distances, labels)
