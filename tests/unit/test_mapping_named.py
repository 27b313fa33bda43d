"""Authors the reader's side statements name as holding a side anchor their works on that side."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from argmap.mapping.evidence import named_works
from argmap.mapping.stance import propagate
from argmap.model import Reference

REFS = {
    "tarn2000": Reference("tarn2000", ["Tarn, T."], 2000),
    "fell2014": Reference("fell2014", ["Fell, C."], 2014),
    "marl1976": Reference("marl1976", ["Marl, K."], 1976),
    "bolt2015": Reference("bolt2015", ["Bolt, C."], 2015),
}


def test_holders_of_a_view_are_named_but_the_authors_a_statement_answers_are_not():
    named = named_works(["Ports exploit their crews as free workers, as Tarn and Fell argue."],
                        ["Calling crews exploited misreads Marl.", "Bolt argued that ports earn rent."], REFS)
    assert named == {"tarn2000": 1.0, "fell2014": 1.0, "bolt2015": -1.0}


def test_an_author_named_on_both_sides_is_left_out():
    assert named_works(["As Tarn argues, crews work."], ["Tarn also holds that crews rest."], REFS) == {}


def test_a_named_work_pulls_the_claims_that_speak_for_it():
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(6, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    pro, con = vectors[:1] * 0 + 0.01, vectors[:1] * 0 - 0.01  # statements that say nothing by meaning
    links = sparse.csr_matrix((np.ones(3), ([0, 1, 2], [0, 0, 0])), shape=(6, 1))  # claims 0-2 speak for tarn
    plain = propagate(vectors, pro, con, links, ["tarn2000"], sparse.csr_matrix((6, 6)), {})
    anchored = propagate(vectors, pro, con, links, ["tarn2000"], sparse.csr_matrix((6, 6)), {},
                         named={"tarn2000": 1.0})
    assert (anchored.score[:3] > plain.score[:3]).all()
