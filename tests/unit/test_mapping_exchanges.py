"""A reply belongs to the exchange it answers, even when its own words are far from every side statement
("Orben and Przybylski (2020) replied that choosing the largest specifications …", "针对这一批评，…回应说")."""

import numpy as np
import pytest
from scipy import sparse

from argmap.mapping.cues import find_cues, takes_up
from argmap.mapping.debate import assign_debates
from argmap.model import DebateSpec, Sentence, claim_id

SPEC = DebateSpec("harm", "Do screens harm teenagers?", ["Screens harm teenagers."], ["Screens do not harm teenagers."])
ON_TOPIC, OFF_TOPIC = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])


def _embed(texts):
    return np.stack([ON_TOPIC for _ in texts]).astype(np.float32)


def _sentences(*items):
    """(document, text) pairs, in reading order within each document."""
    out, offset = [], {}
    for document, text in items:
        start = offset.get(document, 0)
        out.append(Sentence(id=claim_id(document, text), document=document, text=text, start=start,
                            end=start + len(text)))
        offset[document] = start + len(text) + 1
    return out


def _assign(sentences, vectors, replies, fixed=None):
    n = len(sentences)
    return assign_debates(sentences, np.asarray(vectors, dtype=np.float32), [SPEC], _embed,
                          sparse.csr_matrix((n, 0)), [], np.zeros(n), fixed, follows_on=replies.__getitem__)


def test_a_reply_joins_the_debate_of_the_sentence_it_answers():
    sentences = _sentences(("a.md", "Kim (2020) argue that screens harm teenagers."),
                           ("a.md", "Lee (2021) replied that picking the largest estimates is a forking path."),
                           ("a.md", "The weather was fine that year."))
    result = _assign(sentences, [ON_TOPIC, OFF_TOPIC, OFF_TOPIC], [False, True, False])
    assert result.debate == ["harm", "harm", None]
    assert "takes up the sentence before it, in 'harm'" in result.reasons[1]


def test_without_the_reply_cue_or_across_documents_it_stays_out():
    reply = "Lee (2021) replied that picking the largest estimates is a forking path."
    same = _sentences(("a.md", "Kim (2020) argue that screens harm teenagers."), ("a.md", reply))
    other = _sentences(("a.md", "Kim (2020) argue that screens harm teenagers."), ("b.md", reply))
    assert _assign(same, [ON_TOPIC, OFF_TOPIC], [False, False]).debate == ["harm", None]
    assert _assign(other, [ON_TOPIC, OFF_TOPIC], [False, True]).debate == ["harm", None]


def test_a_reply_reaches_only_a_few_sentences_back():
    filler = [("a.md", f"Filler sentence {k}.") for k in range(3)]
    sentences = _sentences(("a.md", "Kim (2020) argue that screens harm teenagers."), *filler,
                           ("a.md", "Lee (2021) replied that this is wrong."))
    result = _assign(sentences, [ON_TOPIC] + [OFF_TOPIC] * 4, [False] * 4 + [True])
    assert result.debate[-1] is None


def test_the_readers_decision_wins_over_the_exchange():
    sentences = _sentences(("a.md", "Kim (2020) argue that screens harm teenagers."),
                           ("a.md", "Lee (2021) replied that picking the largest estimates is a forking path."))
    assert _assign(sentences, [ON_TOPIC, OFF_TOPIC], [False, True], fixed={1: None}).debate == ["harm", None]


@pytest.mark.parametrize("text", [
    "Still, the article sets the terms that every later contribution to the Blindspot Debate has to accept.",
    "Some recent work tries to step outside the dispute.",
    "Several authors accept parts of both views.",
    "王宁对上述两种观点都提出了质疑。",
])
def test_sentences_about_the_debate_itself_are_framing(text):
    assert find_cues(text).framing


@pytest.mark.parametrize(("text", "takes_up_before"), [
    ("Orben and Przybylski (2020) replied that choosing the largest specifications is a forking path.", True),
    ("Arndt, Jones and Tarp (2010) likewise found a positive average effect.", True),
    ("针对这一批评，海特的支持者回应说，等待完美的因果证据本身就有代价。", True),
    ("杜贝等（2010）同样没有发现就业损失。", True),
    ("The seminar meets on Tuesday.", False),
])
def test_what_takes_up_the_sentence_before(text, takes_up_before):
    assert takes_up(find_cues(text), text) is takes_up_before


@pytest.mark.parametrize("text", [
    "伊斯特利等（2004）在扩充样本之后重新估计，发现伯恩赛德和多拉尔的结论并不稳健。",  # a sample is research
])
def test_research_wording_is_no_aside(text):
    assert not find_cues(text).aside
