"""Incremental builds: a few added, changed or removed documents are mapped against the last map."""

import json
import shutil
from pathlib import Path

import pytest

from argmap import annotations
from argmap.pipeline import build

PAPER = "papers/users-produce-value.md"
NOTE = "notes/smythe1977.md"


@pytest.fixture(scope="module")
def full_map(built_digital_labour):
    """The full build of the whole corpus, claim by id."""
    return {c.id: c for c in build(built_digital_labour).map.claims}


@pytest.fixture
def without(built_digital_labour, tmp_path):
    """A copy of the built corpus with one document taken out and the map rebuilt (fully) without it."""

    def make(*documents: str) -> tuple[Path, dict[str, bytes]]:
        root = tmp_path / "corpus"
        shutil.copytree(built_digital_labour, root)
        held = {}
        for doc in documents:
            held[doc] = (root / doc).read_bytes()
            (root / doc).unlink()
        build(root, full=True)
        return root, held

    return make


def _put_back(root: Path, held: dict[str, bytes]) -> None:
    for doc, data in held.items():
        (root / doc).write_bytes(data)


def test_an_added_paper_is_mapped_alone_and_agrees_with_a_full_build(without, full_map):
    root, held = without(PAPER, NOTE)
    before = {c.id: c for c in build(root).map.claims}
    _put_back(root, held)
    result = build(root)
    new = [c for c in result.map.claims if c.document in held]
    assert result.stats.incremental == len(new) > 20
    assert all(any("mapped incrementally" in r for r in c.reasons) for c in new)
    # Debates agree with the full build everywhere, stances nearly everywhere (measured: 36 of 36, 35 of 36).
    assert sum(full_map[c.id].debate == c.debate for c in new) == len(new)
    assert sum(full_map[c.id].stance == c.stance for c in new) >= 0.9 * len(new)
    # Every new claim that takes a side sits in a position of that side; old claims keep theirs.
    positions = {p.id: p for d in result.map.debates for p in d.positions}
    for c in new:
        if c.stance:
            assert c.id in positions[c.position].claims and positions[c.position].side == c.stance
    for c in result.map.claims:
        if c.document not in held:
            old = before[c.id]
            assert (c.debate, c.stance, c.position) == (old.debate, old.stance, old.position)
            assert set(old.counters) <= set(c.counters)


def test_counter_links_stay_symmetric_and_between_opposite_sides(without):
    root, held = without(PAPER)
    _put_back(root, held)
    claims = {c.id: c for c in build(root).map.claims}
    gained = [c for c in claims.values() if c.document == PAPER and c.counters]
    assert gained, "the re-added paper answers someone"
    for c in claims.values():
        for other in c.counters:
            assert c.id in claims[other].counters
            assert claims[other].debate == c.debate and {claims[other].stance, c.stance} == {"pro", "con"}


def test_a_removed_paper_leaves_no_trace(built_digital_labour, tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(built_digital_labour, root)
    gone = {c.id for c in build(root).map.claims if c.document == PAPER}
    (root / PAPER).unlink()
    result = build(root)
    assert result.stats.incremental == 0
    ids = {c.id for c in result.map.claims}
    assert not gone & ids
    assert not any(set(c.counters) & gone for c in result.map.claims)
    assert not any(set(p.claims) & gone for d in result.map.debates for p in d.positions)


def test_touching_a_file_keeps_the_map(built_digital_labour, tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(built_digital_labour, root)
    before = build(root).map
    (root / PAPER).write_bytes((root / PAPER).read_bytes())  # new mtime, same bytes
    after = build(root).map
    assert [(c.id, c.debate, c.stance, c.position, c.counters) for c in after.claims] == \
        [(c.id, c.debate, c.stance, c.position, c.counters) for c in before.claims]


@pytest.mark.parametrize("change", ["settings", "decision", "full", "too-much"])
def test_what_forces_a_full_remap(without, change):
    root, held = without(PAPER)
    _put_back(root, held)
    full = False
    if change == "settings":
        toml = root / "argmap.toml"
        toml.write_text(toml.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    elif change == "decision":
        claim = next(c for c in build(root, full=True).map.claims if c.debate and c.document != PAPER)
        (root / PAPER).write_text((root / PAPER).read_text(encoding="utf-8") + "\nOne more sentence.\n",
                                  encoding="utf-8")
        annotations.append(root, annotations.annotate_claim(claim, kind="stance", stance="con"))
    elif change == "full":
        full = True
    else:  # more than a tenth of the corpus changed since the last full build
        shutil.rmtree(root / "reviews")
    result = build(root, full=full)
    assert result.stats.incremental is None


def test_the_saved_map_records_what_the_next_increment_needs(without):
    root, held = without(PAPER)
    _put_back(root, held)
    build(root)
    body = json.loads((root / ".argmap" / "map.json").read_text(encoding="utf-8"))["map"]
    calibration = body["calibration"]
    assert set(calibration) >= {"threshold", "stance", "values", "added"}
    at = body["claim_fields"].index("document")  # the cache writes claims as rows
    assert calibration["added"] == sum(1 for c in body["claims"] if c[at] == PAPER)
    assert all(d["sha1"] for d in body["documents"])


def _map_of(result) -> list[tuple]:
    return [(c.id, c.debate, c.stance, c.position, c.confidence, c.citations, c.counters, c.reasons)
            for c in result.map.claims]


@pytest.mark.parametrize("damage", ["torn", "stale", "other-layout", "missing"])
def test_a_bad_corpus_snapshot_gives_the_same_map(without, damage):
    """The snapshot of the documents as read and cited only saves time: torn, from another parser,
    of another layout or gone, the documents are read and cited again and the map is the same."""
    root, held = without(PAPER)
    _put_back(root, held)
    other = root.parent / "other"
    shutil.copytree(root, other)  # keeps mtimes: the same fingerprint
    expected = build(root)
    assert expected.stats.incremental is not None
    snapshot = other / ".argmap" / "corpus.json"
    body = json.loads(snapshot.read_bytes())
    if damage == "torn":
        snapshot.write_bytes(snapshot.read_bytes()[:-100])
    elif damage == "stale":
        snapshot.write_text(json.dumps(body | {"start": "an older parser"}), encoding="utf-8")
    elif damage == "other-layout":
        for entry in body["documents"][3:]:
            entry["sentences"] = [row[1:] for row in entry["sentences"]]
        snapshot.write_text(json.dumps(body), encoding="utf-8")
    else:
        snapshot.unlink()
    result = build(other)
    assert result.stats.incremental == expected.stats.incremental
    assert _map_of(result) == _map_of(expected)
    assert json.loads(snapshot.read_bytes()) == json.loads((root / ".argmap" / "corpus.json").read_bytes())


def test_the_cycle_collector_runs_again_after_a_build(built_digital_labour, tmp_path):
    import gc

    root = tmp_path / "corpus"
    shutil.copytree(built_digital_labour, root)
    assert gc.isenabled()
    build(root)
    assert gc.isenabled()


def test_a_paper_that_sorts_first_and_claims_a_new_key_gives_the_citations_of_a_fresh_read(
        built_digital_labour, tmp_path):
    """Every later document was cited under another state: each is read again (its reference list needs
    its text) and cited afresh, so citations and keys are those of a build with no cache at all."""
    root = tmp_path / "corpus"
    shutil.copytree(built_digital_labour, root)
    (root / "aaa-new.md").write_text("# New\n\nAs Nobody (1999) and Smythe (1977) held, audiences work.\n",
                                     encoding="utf-8")
    rebuilt = build(root)
    fresh = build(root, use_cache=False)

    def citations(result):
        return [(s.id, [(c.key, c.start, c.resolved) for c in s.citations]) for s in result.sentences]

    assert citations(rebuilt) == citations(fresh)
    assert [r.key for r in rebuilt.map.references] == [r.key for r in fresh.map.references]
    assert "nobody1999" in {c.key for s in rebuilt.sentences for c in s.citations}


def test_the_session_reports_an_incremental_build(without):
    from argmap.session import Session

    root, held = without(PAPER)
    session = Session(root)
    session.build()
    assert session.incremental is None  # nothing changed since the full build: the saved map
    _put_back(root, held)
    session.build()
    assert session.incremental == sum(1 for c in session.map.claims if c.document == PAPER) > 0
