"""The debate cut-off: side statements that paraphrase their question must not lift it above sentences
that are plainly on topic (it stays near where unrelated text lies for the model)."""

import numpy as np
from scipy import sparse

from argmap.mapping.debate import OFF_TOPIC, assign_debates
from argmap.model import DebateSpec, Sentence, claim_id

QUESTION = "Do minimum wage increases reduce employment?"
SPEC = DebateSpec("jobs", QUESTION, ["Minimum wage increases reduce employment."],
                  ["Minimum wage increases do not reduce employment."])


def _unit(*pairs):
    v = np.zeros(4, dtype=np.float32)
    for axis, value in pairs:
        v[axis] = value
    return v / np.linalg.norm(v)


def _embed(texts):
    """Question and statements nearly one vector; the off-topic probes unrelated to all of them."""
    table = {QUESTION: _unit((0, 1.0)), SPEC.pro[0]: _unit((0, 1.0), (1, 0.1)), SPEC.con[0]: _unit((0, 1.0), (1, -0.1))}
    return np.stack([table.get(t, _unit((3, 1.0))) for t in texts])


def test_paraphrasing_statements_do_not_raise_the_cut_off_above_on_topic_sentences():
    texts = ["Employment fell after the increase.", "Teen jobs held up in the study.", "The seminar is on Monday."]
    sentences = [Sentence(claim_id(f"{k}.md", t), f"{k}.md", t, 0, len(t)) for k, t in enumerate(texts)]
    vectors = np.stack([_unit((0, 0.3), (2, 0.95)), _unit((0, 0.3), (2, -0.95)), _unit((3, 1.0))])
    result = assign_debates(sentences, vectors, [SPEC], _embed, sparse.csr_matrix((3, 0)), [], np.zeros(3))
    anchored = 0.35 * float(np.mean(_embed(SPEC.pro + SPEC.con) @ _embed([QUESTION])[0]))
    assert result.threshold < 0.15 < anchored  # the off-topic probes score 0: the cut-off sits at 0.1
    assert result.debate == ["jobs", "jobs", None]


def test_the_probes_cover_both_languages():
    assert any(t.isascii() for t in OFF_TOPIC) and any(not t.isascii() for t in OFF_TOPIC)


def test_citing_works_of_a_debate_counts_towards_being_in_it(monkeypatch):
    """A sentence with few topic words of its own ("A meta-analysis agreed (Kim, 2001).") is in the debate
    when the work it cites is; the same words without the citation are not."""
    import argmap.mapping.debate as debate

    spec = DebateSpec("aid", "Does aid raise growth?", ["Aid raises growth."], ["Aid does not raise growth."])

    def embed(texts):
        table = {spec.question: _unit((0, 1.0)), spec.pro[0]: _unit((0, 1.0), (1, 0.1)),
                 spec.con[0]: _unit((0, 1.0), (1, -0.1))}
        return np.stack([table.get(t, _unit((3, 1.0))) for t in texts])

    texts = ["Aid raises growth (Kim, 2001).", "A meta-analysis agreed (Kim, 2001).", "A meta-analysis agreed."]
    sentences = [Sentence(claim_id(f"{k}.md", t), f"{k}.md", t, 0, len(t)) for k, t in enumerate(texts)]
    weak = _unit((0, 0.08), (2, 1.0))
    vectors = np.stack([_unit((0, 1.0)), weak, weak])
    cites = sparse.csr_matrix(np.array([[1.0], [1.0], [0.0]]))
    result = assign_debates(sentences, vectors, [spec], embed, cites, ["kim2001"], np.zeros(3))
    assert result.debate == ["aid", "aid", None]
    monkeypatch.setattr(debate, "W_WORKS_PRESENCE", 0.0)
    assert assign_debates(sentences, vectors, [spec], embed, cites, ["kim2001"], np.zeros(3)).debate == ["aid", None, None]
