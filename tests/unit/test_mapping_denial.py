"""A denial leans con: by the settings contract, con is the side that answers the question no."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from argmap.mapping.cues import find_cues
from argmap.mapping.denial import W_DENIAL, denial_lean, denies
from argmap.mapping.stance import propagate


@pytest.mark.parametrize(("text", "expected"), [
    ("Rigi and Prey (2015) deny that audiences produce any value at all.", True),
    ("Caraway (2011) objects that audiences have agency.", True),
    ("Hesmondhalgh (2010) is not persuaded that this kind of free labour should be called exploitation.", True),
    ("Reveley rejects the whole line of argument.", True),
    ("Caraway (2011) disagrees.", True),
    ("He also doubts that audiences labour in the sense Marx gave the word.", True),
    ("李育松（2024）持不同意见，认为用户没有受到直接剥削。", True),
    ("博拉尼奥否认用户的活动是劳动。", True),
    # A negated denial is a concession; a dispute described is no denial.
    ("We do not deny that badly designed aid can harm governance.", False),
    ("Huws does not deny that people are exploited in the digital economy.", False),
    ("批评数字劳动理论并不否认平台对用户的控制。", False),
    ("They disagree about where the point lies beyond which losses begin.", False),
    ("The employment effect of minimum wages remains disputed.", False),
    ("Fuchs (2014) argues that users are exploited.", False),
])
def test_denies(text, expected):
    assert denies(text) is expected


def test_framing_and_questions_lean_nowhere():
    texts = ["Rigi and Prey (2015) deny that audiences produce any value.",
             "This review sets out why some authors reject the labour theory of value and others defend it.",
             "Do critics who reject the audience commodity deny that audiences work?",
             "Users post photographs."]
    lean = denial_lean(texts, [find_cues(t) for t in texts])
    assert lean.tolist() == [-W_DENIAL, 0.0, 0.0, 0.0]


def test_a_denial_tips_an_undecided_claim_to_con():
    """Two claims equally near both sides: the one that denies goes con, the other does not move."""
    pro, con = np.eye(3, dtype=np.float32)[[0]], np.eye(3, dtype=np.float32)[[1]]
    rows = np.array([[0.6, 0.6, 0.5], [0.6, 0.6, 0.5], [0.9, 0.1, 0.4], [0.1, 0.9, 0.4]], dtype=np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    n = len(rows)
    args = (rows, pro, con, sparse.csr_matrix((n, 0)), [], sparse.csr_matrix((n, n)), {})
    plain = propagate(*args)
    leaning = propagate(*args, lean=np.array([-W_DENIAL, 0.0, 0.0, 0.0]))
    assert plain.prior[0] == pytest.approx(plain.prior[1])
    assert leaning.prior[0] == pytest.approx(plain.prior[0] - W_DENIAL)
    assert leaning.prior[1] == pytest.approx(plain.prior[1])
    assert leaning.score[0] < 0 and leaning.score[0] < leaning.score[1]
