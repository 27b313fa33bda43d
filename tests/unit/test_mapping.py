"""The mapping stage on a small other-field fixture (car-free city centres / remote work), offline.

Vectors were computed once with use-multilingual-v3 and stored (float16) in tests/fixtures/mapping/.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import tomllib

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "mapping"))
from loader import load  # noqa: E402

from argmap.mapping import MapInput, map_corpus  # noqa: E402
from argmap.model import ArgumentMap  # noqa: E402


@pytest.fixture(scope="module")
def fixture():
    return load("cities")


@pytest.fixture(scope="module")
def mapped(fixture):
    sentences, vectors, debates, references, embed, _ = fixture
    return map_corpus(MapInput(sentences, vectors, debates, embed, references, {}, 0))


def test_one_claim_per_sentence_in_order(fixture, mapped):
    sentences = fixture[0]
    assert [c.id for c in mapped.claims] == [s.id for s in sentences]
    assert all(0.0 <= c.confidence <= 1.0 for c in mapped.claims)
    assert all(c.reasons for c in mapped.claims)


def test_debate_assignment_beats_target_and_drops_asides(fixture, mapped):
    gold = fixture[5]["debate"]
    correct = sum(c.debate == gold[c.id] for c in mapped.claims)
    assert correct / len(mapped.claims) >= 0.85
    asides = [c for c in mapped.claims if gold[c.id] is None]
    assert all(c.debate is None for c in asides)
    assert all(c.stance is None for c in mapped.claims if c.debate is None)


def test_same_input_same_output(fixture, mapped):
    sentences, vectors, debates, references, embed, _ = fixture
    again = map_corpus(MapInput(sentences, vectors, debates, embed, references, {}, 0))
    assert [(c.debate, c.stance, c.position, c.counters, c.confidence, c.reasons) for c in again.claims] == [
        (c.debate, c.stance, c.position, c.counters, c.confidence, c.reasons) for c in mapped.claims]
    assert [[p.id for p in d.positions] for d in again.debates] == [[p.id for p in d.positions] for d in mapped.debates]


def test_counters_join_opposite_sides_of_one_debate_symmetrically(mapped):
    index = {c.id: c for c in mapped.claims}
    links = [(c, index[o]) for c in mapped.claims for o in c.counters]
    assert links, "expected some counter links"
    for a, b in links:
        assert a.debate == b.debate and a.debate is not None
        assert {a.stance, b.stance} == {"pro", "con"}
        assert a.id in b.counters


def test_reply_to_a_cited_author_is_linked_as_counter(fixture, mapped):
    index = {c.id: c for c in mapped.claims}
    hale = next(c for c in mapped.claims if c.text.startswith("Hale (2021) replied"))
    assert hale.attributed_to == "hale2021"
    brandt = next(c for c in mapped.claims if c.text.startswith("Brandt (2016) contends"))
    assert brandt.attributed_to == "brandt2016"
    if hale.stance and brandt.stance and hale.stance != brandt.stance:
        assert brandt.id in hale.counters
    assert all(index[o].stance != hale.stance for o in hale.counters)


def test_positions_partition_each_side(mapped):
    for debate in mapped.debates:
        for position in debate.positions:
            assert position.id.startswith("p-") and len(position.id) == 12
            assert position.central in position.claims
            assert position.keywords
        members = [cid for p in debate.positions for cid in p.claims]
        assert len(members) == len(set(members))
    stanced = {c.id for c in mapped.claims if c.stance}
    assert stanced == {cid for d in mapped.debates for p in d.positions for cid in p.claims}


def test_reader_labels_refit_and_move_a_neighbour(fixture):
    sentences, vectors, debates, references, embed, gold = fixture
    by_text = {s.text[:20]: s.id for s in sentences}
    # The reader labels two claims per side; the Chinese sentence that speaks for Brandt 2016 must follow
    # the English one the reader put on the con side, and its label must hold.
    labels = {
        by_text["Brandt (2016) conten"]: {"stance": "con"},
        by_text["Castillo (2019) obje"]: {"stance": "con"},
        by_text["Okafor (2018) argues"]: {"stance": "pro"},
        by_text["Quieter streets attr"]: {"stance": "pro"},
    }
    target = by_text["布兰特（2016）指出，停车位减少直接导致顾客流失。"[:20]]
    flipped = {cid: {"stance": "pro" if v["stance"] == "con" else "con"} for cid, v in labels.items()}
    results = {}
    for name, given in (("labels", labels), ("flipped", flipped)):
        result = map_corpus(MapInput(sentences, vectors, debates, embed, references, given, 0))
        claims = {c.id: c for c in result.claims}
        assert all(claims[cid].stance == v["stance"] for cid, v in given.items())
        results[name] = claims[target].stance
    assert results["labels"] == "con"
    assert results["flipped"] == "pro"


def test_reader_debate_label_wins(fixture):
    sentences, vectors, debates, references, embed, _ = fixture
    target = sentences[1].id
    result = map_corpus(MapInput(sentences, vectors, debates, embed, references, {target: {"debate": None}}, 0))
    assert result.claims[1].debate is None and result.claims[1].stance is None


def test_position_ids_survive_a_small_change(fixture, mapped):
    sentences, vectors, debates, references, embed, _ = fixture
    previous = ArgumentMap(debates=mapped.debates, claims=mapped.claims)
    renamed = mapped.debates[0].positions[0]
    renamed_copy = replace(renamed, label="Reader's name", source="reader")
    previous.debates = [replace(mapped.debates[0], positions=[renamed_copy, *mapped.debates[0].positions[1:]]),
                        *mapped.debates[1:]]
    keep = [i for i in range(len(sentences)) if i != 5]  # drop one sentence
    result = map_corpus(MapInput([sentences[i] for i in keep], vectors[keep], debates, embed, references, {}, 0,
                                 previous=previous))
    old_ids = {p.id for d in mapped.debates for p in d.positions}
    new_ids = {p.id for d in result.debates for p in d.positions}
    assert len(old_ids & new_ids) >= len(old_ids) // 2
    same = [p for d in result.debates for p in d.positions if p.id == renamed.id]
    if same:
        assert same[0].label == "Reader's name" and same[0].source == "reader"


def test_discovery_proposes_parseable_toml(fixture):
    sentences, vectors, _, references, embed, _ = fixture
    result = map_corpus(MapInput(sentences, vectors, [], embed, references, {}, 0))
    assert result.proposal
    proposed = tomllib.loads(result.proposal)["debate"]
    assert proposed and all(d["pro"] and d["con"] and d["question"].endswith("?") for d in proposed)
    assert all(d.proposed for d in result.debates)
    assert {d["id"] for d in proposed} == {d.id for d in result.debates}


def test_empty_input():
    result = map_corpus(MapInput([], np.zeros((0, 8), np.float32), [], lambda t: np.zeros((len(t), 8)), {}, {}, 0))
    assert result.claims == [] and result.debates == [] and result.proposal is None


def test_a_stated_view_outweighs_passing_citations_when_scoring_a_work():
    """One pro claim states work 0's view (1.0); four con claims cite it in passing (0.3 each). Plain
    weights would put the work on the con side (1.0 < 1.2); stated views counting most put it on pro."""
    from scipy import sparse

    from argmap.mapping.stance import propagate, sharpened

    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(5, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    pro, con = vectors[:1] + 0.0, -vectors[:1]
    links = sparse.csr_matrix(np.array([[1.0], [0.3], [0.3], [0.3], [0.3]]))
    labelled = {0: 1, 1: -1, 2: -1, 3: -1, 4: -1}
    result = propagate(vectors, pro, con, links, ["w"], sparse.csr_matrix((5, 5)), labelled)
    assert result.work_score[0] > 0
    assert np.allclose(sharpened(links, 1.0).toarray(), links.toarray())
    assert np.allclose(sharpened(-links, 2.0).toarray(), -(links.toarray() ** 2))
