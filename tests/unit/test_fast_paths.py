"""The speed paths of the mapping and citation stages give exactly what the plain code they replace gave:
sklearn's helpers, per-row products, case-insensitive patterns, unmemoised parsing."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import numpy as np
import pytest
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics import silhouette_score
from sklearn.metrics.pairwise import cosine_distances

from argmap.keys import _NON_ALNUM, fold
from argmap.mapping import cues, debate, neighbours, positions
from argmap.mapping.attribution import NameIndex
from argmap.mapping.keywords import ctfidf_keywords
from argmap.model import Citation, Reference, Sentence
from argmap.nlp.reflist import parse_entry


def _points(n: int, dim: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=(n, dim))


@pytest.mark.parametrize("n,dim", [(7, 3), (120, 16), (400, 64)])
def test_cosine_distances_and_silhouette_match_sklearn_to_the_bit(n: int, dim: int):
    x = _points(n, dim, seed=n)
    x[1] = 0.0  # a zero row: its norm is taken as 1, as sklearn's normalize does
    x[2] = x[3]  # duplicates
    distances = positions._cosine_distances(x)
    assert np.array_equal(distances, cosine_distances(x))
    rng = np.random.default_rng(dim)
    for k in (2, 3, 5):
        labels = rng.integers(0, k, n) * 7 + 3  # arbitrary label values, as LabelEncoder sees them
        assert positions._silhouette_score(distances, labels) == silhouette_score(distances, labels,
                                                                                  metric="precomputed")
    singleton = np.zeros(n, dtype=int)
    singleton[0] = 1
    assert positions._silhouette_score(distances, singleton) == silhouette_score(distances, singleton,
                                                                                 metric="precomputed")
    with pytest.raises(ValueError):
        positions._silhouette_score(distances, np.arange(n))


def test_ward_partitions_match_agglomerative_clustering():
    x = positions._centred(_points(40, 8, seed=1))
    for k, labels in zip(range(2, 7), positions._agglomerative(x, 6), strict=True):
        assert labels.tolist() == AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(x).tolist()


def test_small_sides_cluster_without_importing_scikit_learn():
    code = ("import sys, numpy as np\nfrom argmap.mapping.positions import cluster_claims\n"
            "from argmap.mapping.keywords import ctfidf_keywords\n"
            "cluster_claims(np.random.default_rng(0).normal(size=(60, 8)))\n"
            "ctfidf_keywords([['platform labour is unpaid work'], ['automation displaces routine work']])\n"
            "print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def _ctfidf_with_count_vectorizer(groups: list[list[str]], top: int = 5) -> list[list[str]]:
    """The c-TF-IDF ranking as written with CountVectorizer before (texts already tokenised)."""
    docs = [" ".join(texts) for texts in groups]
    vectorizer = CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False)
    counts = vectorizer.fit_transform(docs).toarray().astype(float)
    vocab = vectorizer.get_feature_names_out()
    tf = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    idf = np.log(1 + counts.sum() / len(groups) / np.maximum(counts.sum(axis=0), 1))
    weights = tf * idf
    out = []
    for row in weights:
        order = sorted(range(len(vocab)), key=lambda j: (-row[j], vocab[j]))
        out.append([str(vocab[j]) for j in order[:top] if row[j] > 0])
    return out


def test_ctfidf_keywords_rank_as_count_vectorizer_did():
    groups = [["platform users produce value", "unpaid platform labour produces value", "value value"],
              ["automation displaces routine tasks", "routine tasks shrink"],
              ["tasks"],
              ["zebra yak xylophone wombat vole urchin tapir"]]  # ties broken alphabetically
    assert ctfidf_keywords(groups, skip=set()) == _ctfidf_with_count_vectorizer(groups)


def test_nearest_statements_equal_the_per_row_products_even_at_ties_and_rounding_edges():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(500, 64)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    statements = [vectors[rng.choice(500, 4)].copy(), vectors[rng.choice(500, 3)].copy()]
    statements[0][1] = statements[0][0]  # two identical statements: the first must win, as argmax gives
    tops = rng.integers(0, 2, 500)
    nearest, sims = debate._nearest_statements(vectors, statements, tops)
    for i in range(500):
        row = vectors[i] @ statements[tops[i]].T
        assert nearest[i] == int(np.argmax(row))
        assert f"{sims[i]:.2f}" == f"{float(row[nearest[i]]):.2f}"


def test_lowercased_ascii_patterns_find_the_same_spans_as_the_case_insensitive_ones():
    texts = ["HOWEVER, Fuchs ARGUES that users are NOT paid; Murdock Replied to Smythe.",
             "This Paper Argues that We Review the debate; Its Weakness is clear. Also, I doubt it.",
             "His Answer Is that audiences work, but Thanks to the Grant we Interviewed participants.",
             "Nevertheless the Literature remains Open whether Jhally didn't Go Further in Addition."]
    for text in texts:
        lowered = text.lower()
        for name, pattern in vars(cues._ANY_CASE).items():
            fast = getattr(cues._LOWER_CASE, name)
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in fast.finditer(lowered)], name
        assert cues.attributive_verbs(text) == sorted(
            [(m.start(), m.group(0), "report") for m in cues.REPORT.finditer(text)]
            + [(m.start(), m.group(0), "reply") for m in cues.REPLY.finditer(text)])


def test_name_pattern_lookahead_keeps_longest_names_first():
    refs = {"fuchs2014": Reference("fuchs2014", ["Fuchs, Christian"], 2014),
            "fuchsberger2020": Reference("fuchsberger2020", ["Fuchsberger, A."], 2020),
            "smythe1977": Reference("smythe1977", ["史麦兹"], 1977)}
    s = Sentence(id="d:1", document="d", start=0, end=60, text="Fuchsberger and Fuchs follow 史麦兹 here.",
                 citations=[Citation("(x)", 0, 0, key="fuchs2014", surnames=["Fuchs"])])
    index = NameIndex().fit([s], refs)
    found = [(m.group(0), m.start()) for m in index.pattern_.finditer(s.text)]
    assert found == [("Fuchsberger", 0), ("Fuchs", 16), ("史麦兹", 29)]


def test_fold_of_ascii_names_skips_normalisation_with_the_same_result():
    def slow(name: str) -> str:
        text = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
        text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
        return _NON_ALNUM.sub("", text.lower())

    for name in ["van Dijck", "O'Neil-Smith", "ABC 123", "", "Kücklich", "Bolaño", "Łukasz", "福克斯"]:
        assert fold(name) == slow(name)


def test_parsed_entries_are_copies_callers_may_change():
    text = "Fuchs, C. (2014). Digital labour and Karl Marx. Routledge."
    first = parse_entry(text)
    first.key, first.source = "mine", "doc.md"
    first.authors.append("Someone, Else")
    second = parse_entry(text)
    assert (second.key, second.source, second.authors) == ("", "", ["Fuchs, C."])


def _top_k_plain(queries: np.ndarray, items: np.ndarray, k: int, exclude_self: bool) -> tuple[np.ndarray, np.ndarray]:
    block = queries @ items.T
    if exclude_self:
        np.fill_diagonal(block, -np.inf)
    return neighbours._select_plain(block, k)


@pytest.mark.parametrize("ties", [False, True])
def test_top_k_from_sampled_candidates_equals_selecting_from_whole_rows(monkeypatch: pytest.MonkeyPatch, ties: bool):
    monkeypatch.setattr(neighbours, "SAMPLE_FROM", 0)  # take the candidate path even for small rows
    rng = np.random.default_rng(7)
    x = rng.normal(size=(300, 8)).astype(np.float32)
    if ties:
        x = np.round(x)  # many equal similarities, also at the k-th place
        x[:40] = x[0]
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    for k in (1, 5, 20):
        for exclude_self in (False, True):
            fast = neighbours.top_k(x, x, k, exclude_self=exclude_self)
            plain = _top_k_plain(x, x, k, exclude_self)
            assert np.array_equal(fast[0], plain[0]) and np.array_equal(fast[1], plain[1])


@pytest.mark.parametrize("sampled", [False, True])
def test_top_k_excluding_items_equals_searching_the_rest(monkeypatch: pytest.MonkeyPatch, sampled: bool):
    if sampled:
        monkeypatch.setattr(neighbours, "SAMPLE_FROM", 0)
    rng = np.random.default_rng(3)
    x = rng.normal(size=(400, 6)).astype(np.float32)  # no ties: which of tied items is kept may differ
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    queries, skipped = x[:30], np.arange(0, 400, 3)
    rest = np.setdiff1d(np.arange(400), skipped)
    for k in (1, 8):
        sims, idx = neighbours.top_k(queries, x, k, exclude=skipped)
        rest_sims, rest_idx = neighbours.top_k(queries, x[rest], k)
        assert np.array_equal(idx, rest[rest_idx]) and np.array_equal(sims, rest_sims)
    few = neighbours.top_k(queries, x[:4], 8, exclude=[0, 1])[1]  # only two items left to return
    assert few.shape == (30, 2) and set(few.ravel().tolist()) <= {2, 3}
