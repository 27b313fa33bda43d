"""One author's works share a side: each relation also links to the work's first author when that author
has several works in the bibliography ("Neumark and Wascher (2000)" and "(2008)")."""

import numpy as np
from scipy import sparse

from argmap.mapping.assemble import AUTHOR_KEY, W_AUTHOR, _author_links, first_author
from argmap.mapping.attribution import Relation
from argmap.mapping.evidence import incidence
from argmap.mapping.stance import propagate
from argmap.model import Reference

REFS = {
    "alder2010": Reference("alder2010", ["Alder, Ann"], 2010),
    "alder2015": Reference("alder2015", ["Alder, A.", "Birch, B."], 2015),
    "alder2012": Reference("alder2012", ["Alder, Zoe"], 2012),  # another Alder
    "birch1977": Reference("birch1977", ["Birch, B."], 1977),
    "cole1978": Reference("cole1978", ["Cole, C."], 1978),
    "wang2021": Reference("wang2021", ["王宁"], 2021),
    "anon": Reference("anon", [], 2000),
}


def test_an_author_is_a_surname_and_an_initial():
    assert first_author(REFS["alder2010"]) == first_author(REFS["alder2015"]) == "alder a"
    assert first_author(REFS["alder2012"]) == "alder z"
    assert first_author(REFS["wang2021"]) == "王宁"
    assert first_author(REFS["anon"]) is None


def test_only_authors_with_several_works_get_a_column():
    relations = [[Relation("alder2010", 1, 1.0, "")], [Relation("alder2015", -1, 0.6, "")],
                 [Relation("alder2012", 1, 1.0, ""), Relation("birch1977", 1, 0.3, "")], []]
    assert _author_links(relations, REFS) == [[(AUTHOR_KEY + "alder a", 1, W_AUTHOR)],
                                              [(AUTHOR_KEY + "alder a", -1, 0.6 * W_AUTHOR)], [], []]


def test_a_work_nobody_else_cites_takes_the_side_of_its_authors_other_works():
    # Two sentences state Alder 2010's view (pro) and two Birch's (con); between them, in words exactly
    # between the sides, one speaks for Alder 2015 and one for Cole 1978, which nobody else cites.
    pro, con = np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]])
    vectors = np.array([[0.95, 0.31], [0.9, 0.44], [0.71, 0.71], [0.71, 0.71], [0.44, 0.9], [0.31, 0.95]],
                       dtype=np.float32)
    cites = ["alder2010", "alder2010", "alder2015", "cole1978", "birch1977", "birch1977"]
    relations = [[Relation(key, 1, 1.0, "")] for key in cites]
    n = len(vectors)

    def score(extra):
        links, keys = incidence(relations, extra)
        return propagate(vectors, pro, con, links, keys, sparse.csr_matrix((n, n)), {}).score

    plain = score(None)
    pooled = score(_author_links(relations, REFS))
    assert plain[2] == plain[3]
    assert pooled[2] > 0 > pooled[3]
