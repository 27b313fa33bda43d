"""The reader's labels train the stance prior only as far as the embedding can carry them to other claims."""

import numpy as np

from argmap.mapping.stance import held_out_skill, refit_prior


def _points(separable: bool, n: int = 40, dim: int = 8, seed: int = 0):
    rng = np.random.default_rng(seed)
    y = np.array([0, 1] * (n // 2))
    x = rng.normal(0, 1, (n, dim))
    if separable:
        x[:, 0] += 4 * (2 * y - 1)
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32), y


def test_skill_is_high_where_the_sides_separate_and_nil_where_they_do_not():
    assert held_out_skill(*_points(True), seed=0) > 0.8
    assert held_out_skill(*_points(False), seed=0) < 0.3


def test_too_few_labels_of_one_side_have_no_skill():
    x, _ = _points(True, n=6)
    assert held_out_skill(x, np.array([0, 1, 1, 1, 1, 1]), seed=0) == 0.0


def test_refit_reports_its_skill_with_the_prior():
    x, y = _points(True)
    labelled = {i: (1 if y[i] else -1) for i in range(len(y))}
    prior, skill = refit_prior(x, labelled, seed=0)
    assert prior.shape == (len(x),) and np.all(np.abs(prior) < 0.8)
    assert np.mean(np.sign(prior) == 2 * y - 1) > 0.9 and skill > 0.8
    assert refit_prior(x, {0: 1, 1: -1}, seed=0) is None  # fewer than two per side


def test_one_label_does_not_outweigh_every_other_claim_citing_its_work():
    """A label holds its claim at the scale propagated values reach (``LABEL_SEED``), not at ±1: one con
    label on a claim of a work that four clearly pro claims also state leaves those four pro."""
    from scipy import sparse

    from argmap.mapping.attribution import Relation
    from argmap.mapping.evidence import incidence
    from argmap.mapping.stance import LABEL_SEED, propagate

    pro, con = np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]])
    vectors = np.array([[0.95, 0.31], [0.93, 0.37], [0.92, 0.39], [0.9, 0.44], [0.71, 0.71],
                        [0.31, 0.95], [0.37, 0.93], [0.39, 0.92], [0.44, 0.9], [0.6, 0.8]], dtype=np.float32)
    works = ["alder2010"] * 5 + ["birch1977"] * 5
    links, keys = incidence([[Relation(key, 1, 1.0, "")] for key in works])
    n = len(vectors)
    result = propagate(vectors, pro, con, links, keys, sparse.csr_matrix((n, n)), {4: -1})
    assert LABEL_SEED < 0.5
    assert all(result.score[i] > 0 for i in range(4))
