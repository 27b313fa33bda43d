"""The answer head (mapping/answer.py): a lean towards the side a sentence's vector reads as answering,
fitted on the example corpora and tried here on the cities fixture, a field it was not fitted on (real
use-multilingual-v3 vectors, stored)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from argmap.mapping import MapInput, map_corpus
from argmap.mapping.answer import KIND, W_ANSWER, answer_lean
from argmap.mapping.denial import no_side
from argmap.mapping.neutral import head_file
from argmap.model import DebateSpec

USE = "use-multilingual-v3"


@pytest.fixture(scope="module")
def fixture(cities_corpus):
    return cities_corpus


def test_the_answer_head_ships_for_the_default_model_only(fixture):
    vectors = fixture[1]
    assert head_file(USE, KIND).is_file()
    lean = answer_lean(USE, vectors)
    assert lean.shape == (len(vectors),)
    assert answer_lean("all-MiniLM-L6-v2", vectors) is None
    assert answer_lean(USE, vectors[:, :384]) is None  # another model's vectors under the name
    assert answer_lean(USE, vectors[:0]) is None


def test_the_lean_is_centred_on_the_debate_and_bounded(fixture):
    lean = answer_lean(USE, fixture[1])
    assert abs(float(np.median(lean))) < 1e-6
    assert (np.abs(lean) < W_ANSWER / 2).all() and np.abs(lean).max() > W_ANSWER / 4


def test_it_leans_more_sentences_to_their_side_than_not_in_an_unseen_field(fixture):
    sentences, vectors, *_, gold = fixture
    sided = [i for i, s in enumerate(sentences) if gold["stance"][s.id] in ("pro", "con")]
    lean = answer_lean(USE, vectors[sided])
    right = [(lean[k] > 0) == (gold["stance"][sentences[i].id] == "pro") for k, i in enumerate(sided)]
    assert sum(right) > 0.5 * len(right)  # measured 23 of 40: weak alone, which is why it is only a lean


def _leans(claim) -> list[tuple[str, str, float]]:
    return [(m[1], m[2], float(m[3])) for r in claim.reasons
            if (m := re.fullmatch(r"its wording reads as answering (yes|no) \(fitted head\): leans (pro|con) "
                                  r"\(([-+.\d]+)\)", r))]


def test_a_claim_says_how_its_wording_leans(fixture):
    sentences, vectors, debates, references, embed, _ = fixture
    result = map_corpus(MapInput(sentences, vectors, debates, embed, references, {}, 0, model=USE))
    shown = [(c, lean) for c in result.claims for lean in _leans(c)]
    assert shown
    for _, (answer, side, size) in shown:
        assert (side == "pro") == (answer == "yes") == (size > 0) and 0.1 <= abs(size) < W_ANSWER / 2
    plain = map_corpus(MapInput(sentences, vectors, debates, embed, references, {}, 0))
    assert not any(_leans(c) for c in plain.claims)  # no model named, no head


def test_where_the_pro_side_answers_no_the_lean_turns_with_it(fixture):
    """The settings contract makes pro the side that answers yes, unless only the pro statements say no
    (``denial.no_side``): then a sentence that reads as answering yes leans con."""
    sentences, vectors, debates, references, embed, _ = fixture
    flipped = [DebateSpec(d.id, d.question, list(d.con), list(d.pro)) for d in debates]
    turned = {d.id for d in flipped if no_side(d.pro, d.con) == 1}  # remote-work: "… emissions do not fall"
    assert turned == {"remote-work"}
    result = map_corpus(MapInput(sentences, vectors, flipped, embed, references, {}, 0, model=USE))
    shown = [(c.debate in turned, lean) for c in result.claims for lean in _leans(c)]
    assert {t for t, _ in shown} == {True, False}
    for turns, (answer, side, _) in shown:
        assert (side == ("con" if turns else "pro")) == (answer == "yes")
