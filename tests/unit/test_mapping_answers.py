"""Answers without a reply verb or a plain contrast word (concessions, "In reply, …", a named limitation,
the other camp brought in) read as answering the claim before them; an unnamed group ("Sceptics reply
…") speaks in neither its paragraph's nor its document's voice."""

from __future__ import annotations

import numpy as np
import pytest

from argmap.mapping.attribution import NameIndex, relate
from argmap.mapping.counters import find_counters
from argmap.mapping.cues import answers_cue, find_cues
from argmap.model import Citation, Reference, Sentence, claim_id


def _document(document: str, texts: list[tuple[str, list[tuple[str, str]]]]) -> list[Sentence]:
    """One paragraph of sentences, each with its (surname, key) citations found in its text."""
    sentences, start = [], 0
    for text, cites in texts:
        citations = [Citation(text=n, start=start + text.index(n), end=start + text.index(n) + len(n), key=k,
                              resolved=True, surnames=[n]) for n, k in cites]
        sentences.append(Sentence(id=claim_id(document, text), document=document, text=text, start=start,
                                  end=start + len(text), paragraph=0, citations=citations))
        start += len(text) + 1
    return sentences


@pytest.mark.parametrize("text", [
    "Still, the data are observational, and anxious pupils may simply read more.",
    "Even so, the survey cannot tell which way the influence runs.",
    "In reply, Ito and Sato (2020) argue that the largest estimates were picked after the fact.",
    "A limitation is that the survey measures reading time crudely.",
    "This objection is fair, but the field experiment points the other way.",
    "Critics note that the experiment involved adults only.",
    "对此，有研究者指出，这些数据只能说明相关。",
    "有学者认为，阅读时间与幸福感的关联微乎其微。",
])
def test_answering_turns_read_as_answers(text):
    assert answers_cue(find_cues(text), text)


@pytest.mark.parametrize("text", [
    "Ito (2019) finds that heavier reading goes with better grades.",
    "The survey was still running in 2019.",  # "still" inside a sentence is not a concession
    "The sample is large and the measures are standard.",
    "阅读时间在过去十年明显增加。",
])
def test_plain_statements_do_not(text):
    assert not answers_cue(find_cues(text), text)


def test_a_concession_answers_the_finding_before_it_in_the_same_note():
    refs = {"ito2019": Reference("ito2019", ["Ito, K."], 2019)}
    texts = [
        ("Ito (2019) finds that heavier reading goes with better grades.", [("Ito", "ito2019")]),
        ("The sample covered twelve schools in two cities.", []),
        ("Pupils also reported their hours of sleep.", []),
        ("Still, the data are observational, and able pupils may simply read more.", []),
    ]
    sentences = _document("notes/ito.md", texts)
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(rng.normal(size=(16, 16)))
    vectors = q[:4].astype(np.float32)  # unrelated in meaning: only the turn links them
    vectors[1] = vectors[2] = (vectors[3] + vectors[0]) / np.linalg.norm(vectors[3] + vectors[0])
    index = NameIndex().fit(sentences, refs)
    relations = [relate(s, find_cues(s.text), index)[0] for s in sentences]
    links = find_counters(["reading"] * 4, ["pro", "pro", "pro", "con"], vectors, relations,
                          sentences=sentences, references=refs)
    assert 0 in links.get(3, {})


def test_an_unnamed_group_is_neither_the_paragraphs_voice_nor_its_documents():
    from argmap.mapping.assemble import _paragraph_edges, _voice_links

    texts = ["Heavy readers sleep less and report lower mood.",
             "Sceptics reply that tired pupils may simply read more.",
             "The link holds in every wave of the survey."]
    sentences = [Sentence(id=f"c-{k}", document="p.md", text=t, start=100 * k, end=100 * k + len(t), paragraph=0)
                 for k, t in enumerate(texts)]
    cues = [find_cues(t) for t in texts]
    assert cues[1].group >= 0 and cues[0].group < 0
    nobody = [[], [], []]
    edges = _paragraph_edges(sentences, cues, [0, 1, 2], nobody).toarray()
    assert edges[0, 1] == 0.0  # the sceptics do not go on in the writer's voice
    links = _voice_links(sentences, nobody, [None, None, None], {}, cues)
    assert links[1] == [] and links[0] and links[2]


def test_a_reported_reply_with_no_named_target_answers_the_view_stated_before_it():
    refs = {"ito2019": Reference("ito2019", ["Ito, K."], 2019), "sato2020": Reference("sato2020", ["Sato, M."], 2020)}
    texts = [("Ito (2019) argues that tides drive the whole coastal economy.", [("Ito", "ito2019")])]
    texts += [(f"Background sentence number {k} describes the harbours.", []) for k in range(6)]
    texts += [("Sato (2020) objected that inland trade grew just as fast.", [("Sato", "sato2020")])]
    sentences = _document("review.md", texts)
    rng = np.random.default_rng(1)
    q, _ = np.linalg.qr(rng.normal(size=(16, 16)))
    vectors = q[:len(texts)].astype(np.float32)
    index = NameIndex().fit(sentences, refs)
    relations = [relate(s, find_cues(s.text), index)[0] for s in sentences]
    debate = ["tides"] + [None] * 6 + ["tides"]
    stance = ["pro"] + [None] * 6 + ["con"]
    links = find_counters(debate, stance, vectors, relations, sentences=sentences, references=refs)
    assert 0 in links.get(7, {})  # far apart in the review, unrelated in meaning: the reply is the evidence
    assert "answers ito" in links[7][0]
