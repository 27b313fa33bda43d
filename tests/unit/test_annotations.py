import json

import pytest

from argmap import annotations
from argmap.errors import AnnotationError
from argmap.model import ArgumentMap, Claim, Debate, Position, claim_id


def small_map() -> ArgumentMap:
    def claim(doc, text, stance, pos, cites=()):
        return Claim(id=claim_id(doc, text), document=doc, text=text, start=0, end=len(text),
                     debate="d", position=pos, stance=stance, confidence=0.6, citations=list(cites))

    a = claim("a.md", "Audiences work for advertisers.", "pro", "p-pro", ["smythe1977"])
    b = claim("b.md", "Audiences do not labour.", "con", "p-con", ["murdock1978"])
    c = claim("b.md", "Ratings are the commodity.", "con", "p-con2", ["meehan1984"])
    a.counters, b.counters = [b.id], [a.id]
    debate = Debate("d", "Is the audience a worker?", ["yes"], ["no"], positions=[
        Position("p-pro", "d", "pro", "work", claims=[a.id]),
        Position("p-con", "d", "con", "no labour", claims=[b.id]),
        Position("p-con2", "d", "con", "ratings", claims=[c.id]),
    ])
    return ArgumentMap(debates=[debate], claims=[a, b, c])


def test_stance_decision_wins_and_drops_same_side_counters(tmp_path):
    amap = small_map()
    a, b, _ = amap.claims
    annotations.append(tmp_path, annotations.annotate_claim(a, kind="stance", stance="con"))
    warnings = annotations.apply(amap, annotations.read(tmp_path))
    assert warnings == []
    assert a.stance == "con" and a.source == "reader" and a.confidence == 1.0
    assert a.position in {"p-con", "p-con2"}
    assert b.id not in a.counters and a.id not in b.counters  # both con now: no counter link


def test_last_decision_wins_and_undo(tmp_path):
    amap = small_map()
    a = amap.claims[0]
    annotations.append(tmp_path, {"kind": "stance", "claim": a.id, "stance": "none"})
    last = annotations.append(tmp_path, {"kind": "stance", "claim": a.id, "stance": "con"})
    annotations.append(tmp_path, {"kind": "undo", "decision": last["id"]})
    annotations.apply(amap, annotations.read(tmp_path))
    assert a.stance is None and a.position is None


def test_decision_found_by_text_when_file_renamed(tmp_path):
    amap = small_map()
    a = amap.claims[0]
    annotations.append(tmp_path, {"kind": "stance", "claim": "c-0000000000", "document": "old/a.md",
                                  "text": "Audiences  work for advertisers.", "stance": "con"})
    annotations.apply(amap, annotations.read(tmp_path))
    assert a.stance == "con"


def test_orphaned_decision_is_kept_and_reported(tmp_path):
    annotations.append(tmp_path, {"kind": "stance", "claim": "c-ffffffffff", "stance": "pro"})
    before = (tmp_path / annotations.ANNOTATIONS_FILE).read_text()
    warnings = annotations.apply(small_map(), annotations.read(tmp_path))
    assert len(warnings) == 1 and "1 decision(s)" in warnings[0] and "kept" in warnings[0]
    assert (tmp_path / annotations.ANNOTATIONS_FILE).read_text() == before


def test_torn_last_line_is_reported_skipped_and_kept(tmp_path):
    amap = small_map()
    a = amap.claims[0]
    annotations.append(tmp_path, {"kind": "stance", "claim": a.id, "stance": "con"})
    path = tmp_path / annotations.ANNOTATIONS_FILE
    with path.open("a", encoding="utf-8") as fh:
        fh.write('{"kind": "stance", "claim": "c-12')
    decisions = annotations.read(tmp_path)
    assert len(decisions.items) == 1
    assert "line 2 is torn" in decisions.warnings[0]
    # The next append starts a new line and leaves the torn one where it was.
    annotations.append(tmp_path, {"kind": "not-claim", "claim": a.id})
    lines = path.read_text().splitlines()
    assert lines[1] == '{"kind": "stance", "claim": "c-12'
    assert json.loads(lines[2])["kind"] == "not-claim"
    assert len(annotations.read(tmp_path).items) == 2


def test_counter_add_remove_and_position_merge_rename(tmp_path):
    amap = small_map()
    a, b, c = amap.claims
    annotations.append(tmp_path, {"kind": "counter", "claim": a.id, "other": c.id, "action": "add"})
    annotations.append(tmp_path, {"kind": "counter", "claim": b.id, "other": a.id, "action": "remove"})
    annotations.append(tmp_path, {"kind": "merge-position", "position": "p-con2", "into": "p-con"})
    annotations.append(tmp_path, {"kind": "rename-position", "position": "p-con", "label": "Not labour"})
    annotations.apply(amap, annotations.read(tmp_path))
    assert a.counters == [c.id] and c.counters == [a.id] and b.counters == []
    positions = amap.position_index()
    assert "p-con2" not in positions
    assert positions["p-con"].label == "Not labour" and set(positions["p-con"].claims) == {b.id, c.id}


def test_labels_for_training(tmp_path):
    annotations.append(tmp_path, {"kind": "stance", "claim": "c-1", "stance": "pro"})
    annotations.append(tmp_path, {"kind": "not-claim", "claim": "c-2"})
    assert annotations.read(tmp_path).labels() == {"c-1": {"stance": "pro"}, "c-2": {"debate": None}}


@pytest.mark.parametrize("bad", [{"kind": "nope"}, {"kind": "stance", "claim": "c"},
                                 {"kind": "stance", "claim": "c", "stance": "maybe"}])
def test_invalid_decisions_rejected_before_writing(tmp_path, bad):
    with pytest.raises(AnnotationError):
        annotations.append(tmp_path, bad)
    assert not (tmp_path / annotations.ANNOTATIONS_FILE).exists()
