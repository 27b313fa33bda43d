"""A document's thesis statements as the prior of its own-voice sentences; label shares that never collapse."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from argmap.mapping.cues import find_cues
from argmap.mapping.stance import axis_prior, propagate
from argmap.mapping.thesis import (
    W_NEGATION,
    W_OWN,
    W_PAPER,
    claim_clause,
    document_voice,
    negation_penalty,
    own_voices,
    thesis_weight,
)
from argmap.model import Sentence, claim_id


def sentence(document: str, text: str, section: str = "", paragraph: int = 0) -> Sentence:
    return Sentence(claim_id(document, text), document, text, 0, len(text), section=section, paragraph=paragraph)


@pytest.mark.parametrize(("text", "weight"), [
    ("This paper argues that audiences do not work.", W_PAPER),
    ("In this essay I argue that users are exploited.", W_PAPER),
    ("本文认为，平台收益主要是租金。", W_PAPER),
    ("本文从马克思劳动价值论出发，论证用户的无酬活动属于生产性劳动。", W_PAPER),
    ("笔者认为，这一区分是必要的。", W_PAPER),
    ("我们认为，这一区分既坚持了劳动价值论。", W_OWN),
    ("In sum, platform income is rent.", W_OWN),
    ("This paper reviews both sides of the debate.", 0.0),  # framing: describes, takes no side
    ("Does this paper argue that users work?", 0.0),  # a question states no thesis
    ("Users post photographs every day.", 0.0),
    # A first-person judgement of a reported work is the writer's verdict on it, not the note's side.
    ("I think the infinite rate of exploitation is the weakest step in the paper.", 0.0),
    ("我认为，这一论证的不足在于忽视了工资。", 0.0),
    ("This paper argues that the audience commodity thesis has a flaw.", W_PAPER),  # still the paper's thesis
])
def test_thesis_weight(text, weight):
    s = sentence("papers/a.md", text)
    assert thesis_weight(s, find_cues(text)) == weight


def test_document_voice_leaves_out_reports_but_keeps_its_own_replies():
    texts = ["I argue that platform income is rent.", "Fuchs argues that users are workers.",
             "Users sell no labour power.", "Against Fuchs, I argue that users are not workers.",
             "Critics reply that Fuchs is right."]
    sentences = [sentence("p.md", t) for t in texts]
    attributed = [None, "fuchs2010", None, None, None]
    voice = document_voice(sentences, [find_cues(t) for t in texts], attributed)
    assert voice.documents == ["p.md"]
    # A report (Fuchs's) and an unnamed group's reply are theirs; the paper's own reply to Fuchs is its own,
    # and here its thesis.
    assert voice.voice.toarray().ravel().tolist() == [1, 0, 1, 1, 0]
    assert voice.thesis.toarray().ravel().tolist() == [W_PAPER, 0, 0, W_PAPER, 0]
    verdict, mass = voice.verdicts(np.array([0.4, -0.9, -0.1, -0.8, 0.9]))
    assert verdict.tolist() == pytest.approx([-0.2]) and mass.tolist() == [2 * W_PAPER]


def test_a_document_turns_against_what_its_own_contrast_answers():
    """A concession or a report followed, in the same paragraph, by the document's own "Yet …" / "但…" is
    the other side's point: -1 in the document's voice, and no thesis."""
    texts = [("I argue that users are exploited.", 0),
             ("We grant that some platform income behaves like rent.", 0),  # conceded ...
             ("Yet a rent still has to be paid out of value produced somewhere.", 0),  # ... and answered
             ("Critics such as Rigi and Prey say that advertisers pay rent.", 1),  # a report, answered
             ("But attention has to be produced continuously by users.", 1),
             ("Users post every day.", 1),
             ("However, Murdock argued that ideology matters.", 1),  # a report opens with the contrast: not the voice
             ("我们承认受众具有能动性。", 2),
             ("但能动性与被出售并不矛盾。", 2),
             ("Platforms sell attention.", 3),
             ("However, this is a new paragraph.", 4)]  # the contrast opens another paragraph: no turn
    sentences = [sentence("p.md", t, paragraph=p) for t, p in texts]
    cues = [find_cues(t) for t, _ in texts]
    attributed: list[str | None] = [None] * len(texts)
    attributed[3] = attributed[6] = "someone2000"
    own = own_voices(sentences, cues, attributed)
    assert own == [1, -1, 1, -1, 1, 1, 0, -1, 1, 1, 1]
    voice = document_voice(sentences, cues, attributed)
    assert voice.voice.toarray().ravel().tolist() == own
    assert voice.thesis.toarray().ravel().tolist()[:3] == [W_PAPER, 0, 0]


def test_a_conceded_point_takes_the_other_side():
    """One paper: its pro thesis, a concession that sits nearer pro than the rest, then "Yet …". Turned
    against, the concession takes the side opposite its paper."""
    from argmap.mapping.thesis import DocumentVoice

    pro, con = np.eye(4, dtype=np.float32)[[0]], np.eye(4, dtype=np.float32)[[1]]
    rows = np.array([[0.9, 0.1, 0.3, 0.0], [0.5, 0.5, 0.1, 0.6], [0.5, 0.5, 0.6, 0.1],
                     [0.2, 0.8, 0.3, 0.1], [0.8, 0.2, 0.1, 0.3], [0.2, 0.8, 0.1, 0.3]], dtype=np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    n = len(rows)
    thesis = sparse.csr_matrix(([1.0], ([0], [0])), shape=(n, 2))
    links = sparse.csr_matrix((n, 0))
    for sign, expected in ((1.0, "pro"), (-1.0, "con")):
        marks = np.array([1, sign, 1, 0, 0, 0])  # sentence 1: in the voice, or turned against
        voice = sparse.csr_matrix((marks, (np.arange(n), [0, 0, 0, 1, 1, 1])), shape=(n, 2))
        voice.eliminate_zeros()
        result = propagate(rows, pro, con, links, [], sparse.csr_matrix((n, n)), {},
                           voice=DocumentVoice(thesis, voice, ["a.md", "b.md"]))
        assert ("pro" if result.score[1] > 0 else "con") == expected


def _two_papers():
    """Two papers whose thesis statements lie near opposite sides while their other sentences lean,
    weakly, the other way (as similarity to the side statements often does)."""
    rng = np.random.default_rng(0)
    dim = 16
    pro, con = np.eye(dim)[[0]], np.eye(dim)[[1]]
    rows, docs = [], []
    for doc, (near, far) in enumerate([(0, 1), (1, 0)]):
        thesis = np.eye(dim)[near] * 0.9 + rng.normal(0, 0.05, dim)
        rows.append(thesis)
        docs.append(doc)
        for _ in range(4):
            v = np.eye(dim)[far] * 0.35 + np.eye(dim)[near] * 0.25 + rng.normal(0, 0.3, dim)
            v[0:2] = np.eye(dim)[far][0:2] * 0.35 + np.eye(dim)[near][0:2] * 0.25
            rows.append(v)
            docs.append(doc)
    vectors = np.asarray(rows, dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    n = len(vectors)
    thesis = sparse.csr_matrix(([1.0, 1.0], ([0, 5], [0, 1])), shape=(n, 2))
    voice = sparse.csr_matrix((np.ones(n), (np.arange(n), docs)), shape=(n, 2))
    return vectors, pro.astype(np.float32), con.astype(np.float32), thesis, voice


def test_thesis_carries_a_paper_s_own_voice():
    from argmap.mapping.thesis import DocumentVoice

    vectors, pro, con, thesis, voice = _two_papers()
    n = len(vectors)
    empty_links, empty_para = sparse.csr_matrix((n, 0)), sparse.csr_matrix((n, n))
    without = propagate(vectors, pro, con, empty_links, [], empty_para, {})
    with_voice = propagate(vectors, pro, con, empty_links, [], empty_para, {},
                           voice=DocumentVoice(thesis, voice, ["a.md", "b.md"]))
    # Without the thesis, the body sentences follow their (misleading) similarity; with it, their paper.
    assert (without.score[1:5] < 0).all() and (without.score[6:10] > 0).all()
    assert (with_voice.score[0:5] > 0).all() and (with_voice.score[5:10] < 0).all()
    assert with_voice.thesis is not None and with_voice.thesis[1] > 0 > with_voice.thesis[6]


@pytest.mark.parametrize("labelled", [{0: -1}, {0: -1, 1: -1, 2: -1, 5: -1}])
def test_reader_labels_do_not_move_the_split_of_the_rest(labelled):
    # The reader labels the claims the machine is least sure of: their share of one side says nothing of
    # the rest, which the sides still split half and half.
    vectors, pro, con, _, _ = _two_papers()
    n = len(vectors)
    result = propagate(vectors, pro, con, sparse.csr_matrix((n, 0)), [], sparse.csr_matrix((n, n)), labelled)
    free = np.delete(result.score, list(labelled))
    assert (free > 0).sum() == (free < 0).sum() == len(free) // 2


@pytest.mark.parametrize(("text", "clause"), [
    ("This paper argues that minimum wage increases reduce employment among the young, even when prominent "
     "studies report no effect.", "minimum wage increases reduce employment among the young"),
    ("I argue that users are workers, although they are paid nothing.", "users are workers"),
    ("In sum, the evidence of harm is weak.", "the evidence of harm is weak"),
    ("本文认为，在存在买方垄断的劳动力市场中，适度提高最低工资不会减少就业，尽管高标准可能有害。",
     "适度提高最低工资不会减少就业"),
    ("本文认为最低工资的提高会减少就业。", "最低工资的提高会减少就业"),
    # No claim clause: the lead names a position, not a claim; or the sentence is no thesis at all.
    ("I defend the position of Terranova and Fuchs against the claim that platform income is rent.", None),
    ("Fuchs argues that users are exploited.", None),
])
def test_the_claim_clause_of_a_thesis(text, clause):
    assert claim_clause(text) == clause


def test_a_thesis_is_read_by_its_claim_clause():
    """Swap the two theses' vectors, as a concession's words can pull a thesis to the wrong side; the prior
    read from the claim clauses (``prior_vectors``) still gives each paper its own side."""
    from argmap.mapping.thesis import DocumentVoice

    vectors, pro, con, thesis, voice = _two_papers()
    n = len(vectors)
    misread = vectors.copy()
    misread[[0, 5]] = vectors[[5, 0]]
    args = (pro, con, sparse.csr_matrix((n, 0)), [], sparse.csr_matrix((n, n)), {})
    document = DocumentVoice(thesis, voice, ["a.md", "b.md"])
    wrong = propagate(misread, *args, voice=document)
    right = propagate(misread, *args, voice=document, prior_vectors=vectors)
    assert wrong.thesis[1] < 0 < wrong.thesis[6]
    assert (right.score[1:5] > 0).all() and (right.score[6:10] < 0).all()


def test_a_turn_is_found_in_document_order_whatever_the_input_order():
    """An incremental build may hand over a document's sentences after others: the turn follows each
    sentence's place in its document, not in the list."""
    texts = ["We grant that some platform income behaves like rent.", "Yet a rent still has to be paid out of value.",
             "Users post every day."]
    placed = [Sentence(claim_id("p.md", t), "p.md", t, start, start + len(t)) for t, start in zip(texts, (0, 60, 120), strict=True)]
    other = sentence("q.md", "However, nothing here turns.")
    shuffled = [placed[1], other, placed[2], placed[0]]
    own = own_voices(shuffled, [find_cues(s.text) for s in shuffled], [None] * 4)
    assert own == [1, 1, 1, -1]


SIDES = ["Users' unpaid activity is labour that produces value.",
         "Using a platform is not labour, so it creates no value."]


def test_a_claim_clause_loses_to_the_statements_whose_negation_it_does_not_share():
    assert negation_penalty("users' activity is labour that produces value", SIDES).tolist() == [0.0, W_NEGATION]
    assert negation_penalty("platform users do not create value", SIDES).tolist() == [W_NEGATION, 0.0]
    assert negation_penalty("users can't be exploited", SIDES).tolist() == [W_NEGATION, 0.0]
    assert negation_penalty("nobody denies the notion of labour", SIDES).tolist() == [0.0, W_NEGATION]  # words, not letters


def test_a_chinese_claim_clause_is_not_read_for_negation():
    # 无偿 ("unpaid") and 不仅没有过时 ("not only not outdated") are not denials.
    assert negation_penalty("用户的无偿活动创造价值", SIDES) is None


def test_the_penalty_tips_a_clause_equally_near_both_sides():
    pro, con = np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]])
    vectors = np.array([[0.7, 0.7], [0.7, 0.7], [0.9, 0.1], [0.1, 0.9]])  # two ties, one pro, one con
    penalty = np.zeros((4, 2))
    penalty[0, 1] = W_NEGATION  # the first tie does not share the con statement's negation
    plain, penalised = axis_prior(vectors, pro, con), axis_prior(vectors, pro, con, penalty)
    assert plain[0] == pytest.approx(plain[1])
    assert penalised[0] > 0 > penalised[1]
    assert penalised[2] > 0 > penalised[3]


def test_theses_equally_near_both_sides_take_the_side_whose_negation_they_share():
    """The map reads the claim clause of "This paper argues that …" against the statements' negation, and its
    reasons say so: two clauses the embedding puts exactly between the sides go with the one each agrees with."""
    from argmap.mapping.assemble import map_declared
    from argmap.model import DebateSpec

    pro, con = SIDES
    yes = "This paper argues that users' activity is labour that produces value."
    no = "This paper argues that users' activity is not labour and produces nothing."
    between = [0.7, 0.7, 0.1]
    unit = {pro: [1, 0, 0], con: [0, 1, 0], claim_clause(yes): between, claim_clause(no): between,
            yes: [0.6, 0.6, 0.5], no: [0.6, 0.6, 0.5],
            "Platforms sell what users do.": [0.8, 0.2, 0.5], "Nobody is paid for scrolling.": [0.2, 0.8, 0.5]}
    vectors_of = {t: np.array(v, dtype=np.float32) / np.linalg.norm(v) for t, v in unit.items()}

    def embed(texts):
        return np.stack([vectors_of.get(t, np.array([0, 0, 1], dtype=np.float32)) for t in texts])

    sentences = [sentence("papers/a.md", yes), sentence("papers/b.md", no),
                 sentence("notes/c.md", "Platforms sell what users do."),
                 sentence("notes/d.md", "Nobody is paid for scrolling.")]
    spec = DebateSpec("value", "Does users' activity create value?", [pro], [con])
    _, claims, _ = map_declared(sentences, embed([s.text for s in sentences]), [spec], embed, {}, {},
                                fixed_debates=["value"] * 4)
    assert [c.stance for c in claims[:2]] == ["pro", "con"]
    assert "its claim clause is not negated, unlike 1 of the 2 side statements: 0.10 less similar to those" \
        in claims[0].reasons
    assert "its claim clause is negated, unlike 1 of the 2 side statements: 0.10 less similar to those" \
        in claims[1].reasons
    assert not any(r.startswith("its claim clause") for c in claims[2:] for r in c.reasons)


@pytest.mark.parametrize(("text", "sign"), [
    ("We accept that monopsony can explain why a small increase costs few jobs.", -1),
    ("We do not deny that badly designed aid can harm governance.", -1),
    ("我们承认受众具有能动性。", -1),
    ("I agree with Odgers that a single-cause story is risky.", 1),  # agreeing is no concession
    ("We argue that aid raises growth.", 1),
])
def test_what_a_document_concedes_in_the_first_person_is_the_other_sides_point(text, sign):
    s = sentence("papers/a.md", text)
    assert own_voices([s], [find_cues(text)], [None]) == [sign]
