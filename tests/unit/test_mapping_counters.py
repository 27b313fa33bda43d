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
from argmap.mapping.counters import (  # noqa: E402
    MAX_PER_ANSWER,
    _Pair,
    _select,
    _top_columns,
    find_counters,
    scored_pairs,
)
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


def test_closeness_alone_is_a_reason_and_never_a_link():
    """Two claims on opposite sides that say nearly the same thing, with nothing else between them (no
    document, author or reply in common), are no counter pair; with other evidence, closeness is a reason."""
    vectors = np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 1.0]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    debate, stance = ["d", "d", "d"], ["pro", "con", "pro"]
    pairs = scored_pairs(debate, stance, vectors, [[], [], []])
    alone = [p for p in pairs if p.why.startswith("close claim on the other side")]
    assert alone and alone[0].score > 0.9 and not any(p.kept for p in alone)
    assert find_counters(debate, stance, vectors, [[], [], []]) == {}


def _by_sort(row: np.ndarray, k: int) -> list[int]:
    """The reference ranking: sort by (-similarity, column)."""
    return sorted(range(len(row)), key=lambda c: (-float(row[c]), c))[:k]


def test_top_columns_match_a_full_sort_including_ties():
    rng = np.random.default_rng(3)
    block = rng.integers(0, 6, size=(40, 25)).astype(np.float32)  # few distinct values: ties everywhere
    for k in (1, 3, 24, 25):
        got = _top_columns(block, k)
        assert [g.tolist() for g in got] == [_by_sort(row, k) for row in block]


def test_ranked_answers_each_claim_from_its_pool_in_blocks():
    rng = np.random.default_rng(4)
    vectors = rng.normal(size=(300, 8)).astype(np.float32)
    vectors[7] = vectors[9] = vectors[11]  # equal similarities: the lower index wins
    pool = np.arange(0, 300, 2)  # even claims
    asked = {j: 1 + j % 4 for j in range(1, 300, 2)}
    from argmap.mapping import counters

    small = counters.ROWS_PER_BLOCK
    counters.ROWS_PER_BLOCK = 1000  # several blocks of queries
    try:
        got = counters._ranked(vectors, pool, asked)
    finally:
        counters.ROWS_PER_BLOCK = small
    for j, k in asked.items():
        sims = vectors[pool] @ vectors[j]
        assert got[j].tolist() == [int(pool[c]) for c in _by_sort(sims, k)]


def _speaker_doc(n_speakers: int) -> tuple[list[Sentence], dict[str, Reference]]:
    refs = {"ito2019": Reference("ito2019", ["Ito, K."], 2019),
            "ruiz2020": Reference("ruiz2020", ["Ruiz, M."], 2020)}
    rows = [(f"notes/p{i}.md", 0, f"Ito (2019) argues that tides drive coastal trade, case {i}.",
             [("Ito", "ito2019")]) for i in range(n_speakers)]
    rows.append(("notes/reply.md", 0, "Ruiz (2020) replies that Ito (2019) ignores inland trade.",
                 [("Ruiz", "ruiz2020"), ("Ito", "ito2019")]))
    return _doc(rows, refs), refs


def test_an_answer_to_an_author_with_many_speakers_takes_the_most_similar_on_the_other_side():
    sentences, refs = _speaker_doc(40)
    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(len(sentences), 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = NameIndex().fit(sentences, refs)
    relations = [relate(s, find_cues(s.text), index)[0] for s in sentences]
    reply = len(sentences) - 1
    debate = ["tides"] * len(sentences)
    stance = ["pro" if i % 3 else "con" for i in range(reply)] + ["con"]  # every third speaker is on its side
    pairs = scored_pairs(debate, stance, vectors, relations, sentences=sentences, references=refs)
    chosen = {p.i for p in pairs if p.j == reply and "answers ito" in p.why}
    other_side = [i for i in range(reply) if stance[i] == "pro"]
    assert chosen == set(_pick(vectors, other_side, reply, MAX_PER_ANSWER))


def _pick(vectors: np.ndarray, pool: list[int], j: int, k: int) -> list[int]:
    sims = vectors[pool] @ vectors[j]
    return [pool[c] for c in _by_sort(sims, k)]


def test_theses_answer_the_closest_theses_of_other_documents_only():
    refs: dict[str, Reference] = {}
    sentences = _doc([
        ("a.md", 0, "This paper argues that tides drive trade.", []),  # 0 pro
        ("a.md", 0, "We argue that tides do not drive trade.", []),  # 1 con, same document as 0
        ("b.md", 0, "This essay argues that tides hardly matter.", []),  # 2 con
        ("c.md", 0, "I argue that tides matter a little.", []),  # 3 con
        ("d.md", 0, "This note argues that tides matter less than roads.", []),  # 4 con
        ("e.md", 0, "Roads matter.", []),  # 5: not a thesis
        ("x.md", 0, "This chapter argues that tides shape ports.", []),  # 6 pro
        ("y.md", 0, "This study argues that tides shape towns.", []),  # 7 pro
        ("z.md", 0, "This book argues that tides shape everything.", []),  # 8 pro
    ], refs)
    vectors = np.eye(len(sentences), 16, dtype=np.float32)
    vectors[1] = vectors[0]  # the closest to 0 is in its own document: never a pair
    vectors[[2, 3, 4]] = (vectors[6] + vectors[7]) / np.sqrt(2)
    relations: list[list] = [[] for _ in sentences]
    debate = ["tides"] * len(sentences)
    stance = ["pro", "con", "con", "con", "con", "con", "pro", "pro", "pro"]
    pairs = scored_pairs(debate, stance, vectors, relations, sentences=sentences, references=refs)
    theses = {(p.i, p.j) for p in pairs if "theses" in p.why}
    assert theses == {(0, 2), (0, 3),  # 0: all of b, c, d equally far: the lower indices
                      (2, 6), (2, 7), (3, 6), (3, 7), (4, 6), (4, 7),  # b, c, d: the closest, 6 and 7
                      (1, 6), (1, 7),  # 1: 6, 7, 8 equally far (0 is its own document's)
                      (1, 8), (2, 8)}  # 8: 1..4 equally far


def test_a_reply_answers_its_own_documents_statement_of_the_view_first():
    """A review narrates an exchange: the reply answers the statement in the same review, even when other
    claims of the review come between and statements of the same author elsewhere are closer in meaning."""
    refs = {"ito2019": Reference("ito2019", ["Ito, K."], 2019), "ruiz2020": Reference("ruiz2020", ["Ruiz, M."], 2020),
            "kay2018": Reference("kay2018", ["Kay, L."], 2018)}
    spec = [("reviews/r.md", 0, "Ito (2019) started the debate by arguing that tides drive the coastal economy.",
             [("Ito", "ito2019")])]
    spec += [("reviews/r.md", 1, f"Kay (2018) argues that harbour {k} grew with the tides.", [("Kay", "kay2018")])
             for k in range(5)]
    spec += [("reviews/r.md", 2, "Ruiz (2020) replied that Ito ignored inland trade.", [("Ruiz", "ruiz2020")])]
    spec += [(f"notes/n{k}.md", 0, f"Ito (2019) holds that tides matter, point {k}.", [("Ito", "ito2019")])
             for k in range(MAX_PER_ANSWER + 2)]
    sentences = _doc(spec, refs)
    review_statement, reply = 0, 6
    axes = _orthogonal(len(sentences) + 1, dim=32)
    vectors = axes[:len(sentences)].copy()
    vectors[reply] = axes[-1]
    vectors[review_statement] = 0.2 * axes[-1] + np.sqrt(0.96) * axes[0]  # far in meaning from the reply
    for k in [*range(1, 6), *range(7, len(sentences))]:  # the others closer to it
        vectors[k] = np.sqrt(0.3) * axes[-1] + np.sqrt(0.7) * axes[k]
    index = NameIndex().fit(sentences, refs)
    relations = [relate(s, find_cues(s.text), index)[0] for s in sentences]
    debate = ["tides"] * len(sentences)
    stance = ["pro"] * 6 + ["con"] + ["pro"] * (MAX_PER_ANSWER + 2)
    links = find_counters(debate, stance, vectors, relations, sentences=sentences, references=refs)
    assert review_statement in links[reply]
    assert "in the same document" in links[reply][review_statement]


def test_stated_views_of_opposite_sides_are_paired_without_other_evidence():
    refs = {"ito2019": Reference("ito2019", ["Ito, K."], 2019), "ruiz2020": Reference("ruiz2020", ["Ruiz, M."], 2020),
            "kay2018": Reference("kay2018", ["Kay, L."], 2018)}
    sentences = _doc([
        ("notes/ito.md", 0, "Ito (2019) holds that tides drive the coastal economy.", [("Ito", "ito2019")]),
        ("notes/ruiz.md", 0, "Ruiz (2020) argues that inland trade, not tides, made the ports.", [("Ruiz", "ruiz2020")]),
        ("notes/kay.md", 0, "Kay (2018) argues that tides made the harbours rich.", [("Kay", "kay2018")]),
        ("notes/misc.md", 0, "Harbours differ in depth.", []),
    ], refs)
    axes = _orthogonal(5)
    vectors = np.sqrt(0.3) * axes[4] + np.sqrt(0.7) * axes[:4]  # every pair as far apart as 0.3
    vectors[3] = axes[3]
    index = NameIndex().fit(sentences, refs)
    relations = [relate(s, find_cues(s.text), index)[0] for s in sentences]
    debate = ["tides"] * 4
    stance = ["pro", "con", "pro", "con"]
    links = find_counters(debate, stance, vectors, relations, sentences=sentences, references=refs)
    assert set(links[1]) <= {0, 2} and links[1]  # Ruiz's view against a stated view of the other side
    assert "author's view" in next(iter(links[1].values()))
    assert 3 not in links  # a claim that states nobody's view gains nothing from this


def test_a_work_does_not_answer_itself():
    # Two statements of Ito's view read on opposite sides (one misread): no exchange, however close.
    refs = {"ito2019": Reference("ito2019", ["Ito, K."], 2019)}
    sentences = _doc([
        ("notes/ito.md", 0, "Ito (2019) argues that tides drive the whole coastal economy.", [("Ito", "ito2019")]),
        ("notes/ito.md", 0, "Ito (2019) finds that harbours grew where tides were weakest.", [("Ito", "ito2019")]),
        ("notes/ito.md", 1, "I am not sure the tidal story holds, because inland trade grew just as fast.", []),
    ], refs)
    vectors = _orthogonal(len(sentences))
    index = NameIndex().fit(sentences, refs)
    relations = [relate(s, find_cues(s.text), index)[0] for s in sentences]
    links = find_counters(["tides"] * 3, ["pro", "con", "con"], vectors, relations, sentences=sentences,
                          references=refs)
    assert 1 not in links.get(0, {})
    assert 2 in links[0]  # the note's own objection still answers Ito


def test_theses_are_the_sentences_stance_reads_as_theses():
    """Counters and stance agree on what states a document's thesis (``thesis.thesis_weight``): in any case,
    in Chinese, and not a document describing itself or a sentence naming no verb of its own."""
    refs: dict[str, Reference] = {}
    sentences = _doc([
        ("a.md", 0, "THIS PAPER argues that tides drive trade.", []),  # 0 pro
        ("b.md", 0, "本文认为潮汐并不推动贸易。", []),  # 1 con
        ("c.md", 0, "This paper reviews the debate about tides.", []),  # 2 con: describes itself
        ("d.md", 0, "This paperweight is heavy.", []),  # 3 con
    ], refs)
    vectors = np.eye(len(sentences), 8, dtype=np.float32)
    pairs = scored_pairs(["tides"] * 4, ["pro", "con", "con", "con"], vectors, [[] for _ in sentences],
                         sentences=sentences, references=refs)
    assert {(p.i, p.j) for p in pairs if "theses" in p.why} == {(0, 1)}


def test_each_claims_links_come_strongest_first():
    pairs = [_Pair(0.6, 2, 5, "a"), _Pair(0.9, 3, 5, "b"), _Pair(0.7, 5, 1, "c"), _Pair(0.8, 2, 4, "d")]
    links = _select(pairs, 3)
    assert list(links[5]) == [3, 1, 2]  # 0.9, 0.7, 0.6: not the order the claims picked them in
    assert list(links[2]) == [4, 5]
    assert links[3] == {5: "b"} and links[1] == {5: "c"} and links[4] == {2: "d"}
    # Picking one each, claim 5 keeps its best and claim 1 still picks its only pair; claim 2 picks 4.
    assert list(_select(pairs, 1)[5]) == [3, 1]
