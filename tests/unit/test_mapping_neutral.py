"""The neutral-sentence head (mapping/neutral.py): fitted on the example corpora, tried here on the cities
fixture, a field it was not fitted on (real use-multilingual-v3 vectors, stored)."""

from __future__ import annotations

import numpy as np
import pytest

from argmap.mapping import MapInput, map_corpus
from argmap.mapping.neutral import NEUTRAL_ABOVE, head_file, neutral_probability

USE = "use-multilingual-v3"


@pytest.fixture(scope="module")
def fixture(cities_corpus):
    return cities_corpus


def test_the_head_ships_for_the_default_model_only(fixture):
    vectors = fixture[1]
    assert head_file(USE).is_file()
    p = neutral_probability(USE, vectors)
    assert p.shape == (len(vectors),) and ((p > 0) & (p < 1)).all()
    assert neutral_probability("all-MiniLM-L6-v2", vectors) is None
    assert neutral_probability("", vectors) is None
    assert neutral_probability(USE, vectors[:, :384]) is None  # another model's vectors under the name


def test_it_ranks_descriptions_above_claims_in_an_unseen_field(fixture):
    sentences, vectors, *_, gold = fixture
    p = neutral_probability(USE, vectors)
    in_debate = [i for i, s in enumerate(sentences) if gold["debate"][s.id]]
    neutral = [p[i] for i in in_debate if gold["stance"][sentences[i].id] is None]
    sided = [p[i] for i in in_debate if gold["stance"][sentences[i].id]]
    pairs = [(a > b) + 0.5 * (a == b) for a in neutral for b in sided]
    assert sum(pairs) / len(pairs) >= 0.8  # AUC; measured 0.86
    assert not any(q > NEUTRAL_ABOVE for q in sided)


def test_a_description_takes_no_side_and_says_why(fixture, monkeypatch):
    sentences, vectors, debates, references, embed, gold = fixture
    monkeypatch.setattr("argmap.mapping.assemble.answer_lean", lambda model, v: None)  # this head alone
    plain = map_corpus(MapInput(sentences, vectors, debates, embed, references, {}, 0))
    headed = map_corpus(MapInput(sentences, vectors, debates, embed, references, {}, 0, model=USE))
    p = neutral_probability(USE, vectors)
    described = [i for i, c in enumerate(headed.claims) if c.debate and p[i] > NEUTRAL_ABOVE]
    assert described, "the fixture has descriptions the head is sure of"
    for i in described:
        claim = headed.claims[i]
        assert claim.stance is None and gold["stance"][claim.id] is None
        assert any(r.startswith("reads as description rather than a claim") for r in claim.reasons)
    untouched = [i for i in range(len(sentences)) if i not in described]
    assert [headed.claims[i].stance for i in untouched] == [plain.claims[i].stance for i in untouched]


def test_the_readers_label_wins_over_the_head(fixture):
    sentences, vectors, debates, references, embed, _ = fixture
    p = neutral_probability(USE, vectors)
    headed = map_corpus(MapInput(sentences, vectors, debates, embed, references, {}, 0, model=USE))
    i = next(k for k in np.argsort(-p) if p[k] > NEUTRAL_ABOVE and headed.claims[k].debate)
    labels = {sentences[i].id: {"stance": "pro"}}
    result = map_corpus(MapInput(sentences, vectors, debates, embed, references, labels, 0, model=USE))
    assert result.claims[i].stance == "pro"
    assert "stance set by the reader" in result.claims[i].reasons


def test_a_weak_claim_still_takes_its_side(fixture):
    """No band of weak scores is sideless: what takes no side is a description, a framing sentence or a
    question, and the claim at the split point (score exactly zero) takes its side statements' side unless
    it also sits at their split point (prior exactly zero). Under the old band of 0.08 the claims scoring
    below it went sideless, most of them gold pro or con."""
    import re

    sentences, vectors, debates, references, embed, gold = fixture
    result = map_corpus(MapInput(sentences, vectors, debates, embed, references, {}, 0, model=USE))
    in_debate = [c for c in result.claims if c.debate]
    weakest = [c for c in in_debate if "too weak to take a side" in c.reasons]
    assert len(weakest) <= 1 and all(any(re.fullmatch(r"stance score [-+]0\.00 \(prior [-+]0\.00\)", r)
                                         for r in c.reasons) for c in weakest)
    scores = {c.id: float(re.search(r"stance score ([-+.\d]+)", r)[1])
              for c in in_debate for r in c.reasons if r.startswith("stance score")}
    weak = [c for c in in_debate if c.id in scores and abs(scores[c.id]) < 0.08
            and not any("takes no side" in r for r in c.reasons) and c not in weakest]
    assert len(weak) >= 5 and all(c.stance in ("pro", "con") for c in weak)
    assert sum(c.stance == gold["stance"][c.id] for c in weak) >= 0.6 * len(weak)
