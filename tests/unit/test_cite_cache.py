"""Citations cached per document: a replay equals a fresh run, and only what could change is redone."""

from __future__ import annotations

import copy
import hashlib

import orjson
import pytest

from argmap.cite_cache import cite_all
from argmap.model import Reference
from argmap.nlp.resolve import Bibliography
from argmap.serialize import to_dict
from argmap.store import Store
from tests.unit.test_resolve import segment

BIB = [Reference(key="fuchs2014", authors=["Fuchs, Christian"], year=2014, title="Digital Labour and Karl Marx")]
DOCS = {
    "a.md": "# A\n\nFuchs (2014) argues that users work. Smythe (1977) saw the audience as a commodity.\n",
    "b.md": "# B\n\nAgainst Smythe (1977), Murdock (1978) replied. Fuchs (2014) is cited again.\n",
    "c.md": "# C\n\nTerranova (2000) wrote of free labour. Smythe (1977) is the blindspot.\n",
    "known.md": "# K\n\nFuchs (2014) is right about users.\n",  # cites only the bibliography: claims no key
    # Two works by two Smiths of 2000, and bare citations: which gets smith2000a depends on the order.
    "s1.md": "# S1\n\nSmith (2000) argued that users work.\n\n## References\n\n"
             "Smith, J. (2000). Alpha of the audience. Media Journal, 1, 1-10.\n",
    "s2.md": "# S2\n\nSmith (2000) argued the opposite.\n\n## References\n\n"
             "Smith, K. (2000). Beta of platforms. Other Journal, 2, 3-9.\n",
    "s3.md": "# S3\n\nAs Smith (2000) and Jones (1999) say, labour is free.\n",
    "j.md": "# J\n\nJones (1999) wrote on rent.\n\n## References\n\nJones, A. (1999). Rent and value. Rent Review, 4, 1-2.\n",
}


def _segs(names):
    segs = []
    for name in names:
        seg = segment(name, DOCS[name])
        seg.document.sha1 = hashlib.sha1(DOCS[name].encode()).hexdigest()
        segs.append(seg)
    return segs


class CountingStore(Store):
    def __init__(self, root):
        super().__init__(root)
        self.writes = 0

    def put_document(self, sha1, version, payload):
        self.writes += 1
        super().put_document(sha1, version, payload)


def _run(names, store):
    segs = _segs(names)
    generated, stats = cite_all(segs, Bibliography(BIB), BIB, store, "parser-1", lambda d, t: None)
    snapshot = [[to_dict(c) for s in seg.sentences for c in s.citations] for seg in segs]
    return snapshot, {k: to_dict(r) for k, r in generated.items()}, (stats.citations, stats.resolved,
                                                                        sorted(stats.unresolved))


def test_replay_equals_a_fresh_run(tmp_path):
    fresh = _run(["a.md", "b.md", "c.md"], None)
    store = CountingStore(tmp_path)
    first = _run(["a.md", "b.md", "c.md"], store)
    assert store.writes == 3
    replayed = _run(["a.md", "b.md", "c.md"], store)
    assert store.writes == 3  # every document came from the cache
    assert fresh == first == replayed
    # Generated keys are shared across documents: smythe1977 is one work, cited in all three.
    keys = {c["key"] for doc in replayed[0] for c in doc}
    assert "smythe1977" in keys and "fuchs2014" in keys


def test_a_document_added_at_the_end_is_the_only_miss(tmp_path):
    store = CountingStore(tmp_path)
    _run(["a.md", "b.md"], store)
    assert store.writes == 2
    result = _run(["a.md", "b.md", "c.md"], store)
    assert store.writes == 3
    assert result == _run(["a.md", "b.md", "c.md"], None)


def test_a_document_claiming_new_keys_first_redoes_the_rest(tmp_path):
    """c.md claims terranova2000 and smythe1977 before b.md sees them: b's entry is keyed differently."""
    store = CountingStore(tmp_path)
    _run(["a.md", "b.md"], store)
    before = store.writes
    result = _run(["c.md", "a.md", "b.md"], store)
    assert store.writes > before + 1
    assert result == _run(["c.md", "a.md", "b.md"], None)


def test_a_changed_bibliography_misses(tmp_path):
    store = CountingStore(tmp_path)
    _run(["a.md"], store)
    segs = _segs(["a.md"])
    bib = [*copy.deepcopy(BIB), Reference(key="smythe1977x", authors=["Smythe, Dallas"], year=1977, title="Blindspot")]
    cite_all(segs, Bibliography(bib), bib, store, "parser-1", lambda d, t: None)
    assert store.writes == 2
    assert "smythe1977x" in {c.key for s in segs[0].sentences for c in s.citations}


# -- the corpus snapshot: every document as read and cited, in one file --------------------------


def _snapshot_run(names, payload):
    """Cite ``names`` taking what the snapshot ``payload`` gives; returns the result, the snapshot written
    and how many documents' citations were replayed from it."""
    from argmap.cite_cache import CorpusSnapshot, cite_state

    start = cite_state("parser-1", BIB)
    snapshot = CorpusSnapshot(payload, start)
    segs = []
    for seg in _segs(names):
        segs.append(snapshot.take(seg.document.id, seg.document.sha1) or seg)
    records: list[dict] = []
    generated, stats = cite_all(segs, Bibliography(BIB), BIB, None, "parser-1", lambda d, t: None,
                                snapshot=snapshot, records=records,
                                reread=lambda seg: _segs([seg.document.id])[0])
    result = ([[to_dict(c) for s in seg.sentences for c in s.citations] for seg in segs],
              {k: to_dict(r) for k, r in generated.items()}, (stats.citations, stats.resolved, sorted(stats.unresolved)))
    written = orjson.loads(orjson.dumps(snapshot.payload(segs, records)))
    return result, written, snapshot.replayed, segs


def test_a_snapshot_replays_what_citing_gave():
    fresh = _run(["a.md", "b.md", "c.md"], None)
    first, payload, taken, _ = _snapshot_run(["a.md", "b.md", "c.md"], None)
    assert taken == 0 and first == fresh
    again, rewritten, taken, segs = _snapshot_run(["a.md", "b.md", "c.md"], payload)
    assert taken == 3
    assert again == fresh
    assert rewritten == payload
    # The sentences come back whole, offsets and all (the document text is not kept).
    direct = _segs(["a.md"])[0]
    assert [(s.id, s.text, s.start, s.end, s.paragraph) for s in segs[0].sentences] == \
        [(s.id, s.text, s.start, s.end, s.paragraph) for s in direct.sentences]


def test_documents_that_read_keys_claimed_before_them_are_cited_again():
    _, payload, _, _ = _snapshot_run(["a.md", "b.md", "c.md"], None)
    # c.md first claims smythe1977 and terranova2000: the documents after it were cited under another state.
    result, _, taken, _ = _snapshot_run(["c.md", "a.md", "b.md"], payload)
    assert taken == 0
    assert result == _run(["c.md", "a.md", "b.md"], None)
    # b.md removed: it claimed murdock1978, which c.md doesn't read, so c.md's citations still hold.
    result, _, taken, _ = _snapshot_run(["a.md", "c.md"], payload)
    assert taken == 2
    assert result == _run(["a.md", "c.md"], None)


def test_a_paper_added_in_the_middle_that_claims_no_key_keeps_the_rest():
    _, payload, _, _ = _snapshot_run(["a.md", "c.md"], None)
    result, written, taken, _ = _snapshot_run(["a.md", "known.md", "c.md"], payload)
    assert taken == 2  # a.md and c.md; known.md is read and cited afresh
    assert result == _run(["a.md", "known.md", "c.md"], None)
    assert [d["id"] for d in written["documents"]] == ["a.md", "known.md", "c.md"]
    again, _, taken, _ = _snapshot_run(["a.md", "known.md", "c.md"], written)
    assert taken == 3 and again == result


@pytest.mark.parametrize("damage", [
    lambda p: p.update(tag="other"),
    lambda p: p.update(start="other"),
    lambda p: p["documents"][1]["sentences"][0].pop(),
    lambda p: p["documents"][1]["cite"].pop("state"),
    lambda p: p["documents"][1].update(references=[[1]]),
    lambda p: p.update(documents="junk"),
    lambda p: p["documents"].__setitem__(1, None),
])
def test_a_damaged_snapshot_falls_back_to_citing(damage):
    _, payload, _, _ = _snapshot_run(["a.md", "b.md", "c.md"], None)
    damage(payload)
    result, _, taken, _ = _snapshot_run(["a.md", "b.md", "c.md"], payload)
    assert taken < 3
    assert result == _run(["a.md", "b.md", "c.md"], None)


def test_a_paper_added_in_the_middle_that_claims_other_keys_keeps_the_rest():
    _, payload, _, _ = _snapshot_run(["a.md", "s1.md", "c.md"], None)
    result, _, taken, _ = _snapshot_run(["a.md", "j.md", "s1.md", "c.md"], payload)
    assert taken == 3  # j.md claims jones1999: nothing after it reads that family
    assert result == _run(["a.md", "j.md", "s1.md", "c.md"], None)
    result, _, taken, _ = _snapshot_run(["a.md", "s2.md", "s1.md", "c.md"], payload)
    assert taken == 2  # s2.md takes smith2000 first: s1.md is cited again (and becomes smith2000a)
    assert result == _run(["a.md", "s2.md", "s1.md", "c.md"], None)


def test_any_change_to_the_corpus_gives_the_citations_of_a_fresh_run():
    """Random orders, then a document added, removed, changed in place or moved: the snapshot path
    always equals citing everything afresh."""
    import random

    rng = random.Random(7)
    names = sorted(DOCS)
    for _ in range(60):
        first = rng.sample(names, rng.randint(2, len(names) - 1))
        _, payload, _, _ = _snapshot_run(first, None)
        second = list(first)
        change = rng.choice(["add", "remove", "move", "swap"])
        if change == "add":
            second.insert(rng.randint(0, len(second)), rng.choice([n for n in names if n not in first]))
        elif change == "remove":
            second.pop(rng.randrange(len(second)))
        elif change == "move":
            second.insert(rng.randint(0, len(second) - 1), second.pop(rng.randrange(len(second))))
        else:
            i, j = rng.sample(range(len(second)), 2)
            second[i], second[j] = second[j], second[i]
        result, written, _, _ = _snapshot_run(second, payload)
        assert result == _run(second, None), (first, second)
        again, _, taken, _ = _snapshot_run(second, written)
        assert taken == len(second) and again == result
