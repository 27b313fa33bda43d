"""Counterclaim links: explicit replies, answers in the same document, shared authors, and the rules
every link keeps (opposite sides of one debate, symmetric). Gold debate/stance are fed in, so these test
the counter logic, not stance."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "mapping"))
from loader import load  # noqa: E402

from argmap.mapping.attribution import NameIndex, relate  # noqa: E402
from argmap.mapping.counters import find_counters, scored_pairs  # noqa: E402
from argmap.mapping.cues import find_cues  # noqa: E402
from argmap.model import Citation, Reference, Sentence, claim_id  # noqa: E402


@pytest.fixture(scope="module")
def cities():
    sentences, vectors, _debates, references, _embed, gold = load("cities")
    index = NameIndex().fit(sentences, references)
    relations = [relate(s, find_cues(s.text), index)[0] for s in sentences]
    debate = [gold["debate"][s.id] for s in sentences]
    stance = [gold["stance"][s.id] for s in sentences]
    return sentences, vectors, references, relations, debate, stance, gold


def _pairs(links, sentences):
    return {frozenset((sentences[i].id, sentences[j].id)) for i in links for j in links[i]}


def test_gold_stances_recover_most_gold_counters(cities):
    sentences, vectors, references, relations, debate, stance, gold = cities
    links = find_counters(debate, stance, vectors, relations, sentences=sentences, references=references)
    found = _pairs(links, sentences)
    wanted = {frozenset(p) for p in gold["counters"]}
    assert len(found & wanted) / len(wanted) >= 0.8
    # Few links: about a human's count, not every opposite pair.
    assert len(found) <= 2 * sum(1 for s in stance if s)


def test_links_join_opposite_sides_of_one_debate_and_are_symmetric(cities):
    sentences, vectors, references, relations, debate, stance, _ = cities
    links = find_counters(debate, stance, vectors, relations, sentences=sentences, references=references)
    assert links
    for i, others in links.items():
        for j, why in others.items():
            assert debate[i] is not None and debate[i] == debate[j]
            assert {stance[i], stance[j]} == {"pro", "con"}
            assert links[j][i] == why


def test_old_call_without_sentences_still_links_explicit_replies(cities):
    sentences, vectors, _references, relations, debate, stance, _ = cities
    links = find_counters(debate, stance, vectors, relations)
    hale = next(i for i, s in enumerate(sentences) if s.text.startswith("Hale (2021) replied"))
    brandt = next(i for i, s in enumerate(sentences) if s.text.startswith("Brandt (2016) contends"))
    assert brandt in links.get(hale, {})


def test_deterministic(cities):
    sentences, vectors, references, relations, debate, stance, _ = cities
    first = find_counters(debate, stance, vectors, relations, sentences=sentences, references=references)
    again = find_counters(debate, stance, vectors, relations, sentences=sentences, references=references)
    assert first == again


def _doc(sentences_spec, references):
    """Sentences of one small corpus: (document, paragraph, text, [(surname, key)])."""
    out, offset = [], {}
    for document, paragraph, text, cites in sentences_spec:
        start = offset.get(document, 0)
        citations = [Citation(text=name, start=start + text.index(name), end=start + text.index(name) + len(name),
                              key=key, resolved=True, surnames=[name]) for name, key in cites]
        out.append(Sentence(id=claim_id(document, text), document=document, text=text, start=start,
                            end=start + len(text), paragraph=paragraph, citations=citations))
        offset[document] = start + len(text) + 1
    return out


def _orthogonal(n, dim=16):
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(rng.normal(size=(dim, dim)))
    return q[:n].astype(np.float32)  # unrelated topics: similarity ~0 everywhere


def test_note_writers_objection_answers_the_reported_view_before_it():
    refs = {"ito2019": Reference("ito2019", ["Ito, K."], 2019)}
    sentences = _doc([
        ("notes/ito.md", 0, "Ito (2019) argues that tides drive the whole coastal economy.", [("Ito", "ito2019")]),
        ("notes/ito.md", 0, "He adds that harbours grew where tides were strongest.", []),
        ("notes/ito.md", 1, "Fishing fleets are mentioned only in passing.", []),
        ("notes/ito.md", 1, "I am not sure the tidal story holds, because inland trade grew just as fast.", []),
    ], refs)
    vectors = _orthogonal(len(sentences))
    index = NameIndex().fit(sentences, refs)
    relations = [relate(s, find_cues(s.text), index)[0] for s in sentences]
    debate = ["tides"] * 4
    stance = ["pro", "pro", None, "con"]
    links = find_counters(debate, stance, vectors, relations, sentences=sentences, references=refs)
    assert 0 in links[3]  # the objection answers the thesis, even with unrelated vectors
    assert 2 not in links  # a claim without a side is never linked


def test_reply_to_an_author_reaches_the_authors_view_in_another_document_and_language():
    refs = {"ito2019": Reference("ito2019", ["Ito, K."], 2019),
            "ito2021": Reference("ito2021", ["Ito, K."], 2021),
            "ruiz2020": Reference("ruiz2020", ["Ruiz, M."], 2020)}
    sentences = _doc([
        ("zh/review.md", 0, "伊藤（Ito，2019）认为潮汐决定了沿海经济。", [("Ito", "ito2019")]),
        ("notes/ruiz.md", 0, "Ruiz (2020) replies that Ito (2021) ignores inland trade.", [("Ruiz", "ruiz2020"), ("Ito", "ito2021")]),
        ("notes/other.md", 0, "Ports have their own politics.", []),
    ], refs)
    vectors = _orthogonal(len(sentences))
    index = NameIndex().fit(sentences, refs)
    relations = [relate(s, find_cues(s.text), index)[0] for s in sentences]
    debate = ["tides", "tides", "tides"]
    stance = ["pro", "con", "pro"]
    links = find_counters(debate, stance, vectors, relations, sentences=sentences, references=refs)
    assert set(links[1]) == {0}  # answers Ito (another work of the same author), not the unrelated claim
    assert "ito" in links[1][0]


def test_scored_pairs_rank_explicit_answers_above_similarity(cities):
    sentences, vectors, references, relations, debate, stance, _ = cities
    pairs = scored_pairs(debate, stance, vectors, relations, sentences=sentences, references=references)
    explicit = [p.score for p in pairs if p.why.startswith("answers ") and "whose view" in p.why]
    alone = [p.score for p in pairs if p.why.startswith("close claim")]
    assert explicit and (not alone or min(explicit) > max(alone))
