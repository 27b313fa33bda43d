"""Session: the actions the app and the CLI share, on a real build with the fake embedder."""

import shutil
from pathlib import Path

import pytest

from argmap.session import Session

QUICKSTART = Path(__file__).resolve().parents[2] / "corpora" / "quickstart"


@pytest.fixture
def session(tmp_path) -> Session:
    root = tmp_path / "qs"
    shutil.copytree(QUICKSTART, root, ignore=shutil.ignore_patterns(".argmap"))
    s = Session(root, model="fake")
    assert s.is_stale() and s.load() is None
    s.build()
    return s


def test_build_then_fresh_and_loadable(session):
    assert not session.is_stale()
    again = Session(session.root, model="fake")
    loaded = again.load()
    assert loaded is not None and [c.id for c in loaded.claims] == [c.id for c in session.map.claims]
    (session.root / "new.md").write_text("# New\n\nUsers create value for platforms.\n", encoding="utf-8")
    assert session.is_stale()


def test_annotate_applies_at_once_and_undo_restores(session):
    claim = next(c for c in session.map.claims if c.debate)
    before = claim.stance
    new = "con" if before == "pro" else "pro"
    amap = session.annotate({"kind": "stance", "claim": claim.id, "stance": new})
    after = amap.claim_index()[claim.id]
    assert after.stance == new and after.source == "reader"
    # Same result as a fresh session that re-applies the whole file.
    assert Session(session.root, model="fake").load().claim_index()[claim.id].stance == new
    restored = session.undo().claim_index()[claim.id]
    assert restored.stance == before and restored.source == "machine"
    assert session.undo() is None  # nothing left to undo
    lines = (session.root / "argmap-annotations.jsonl").read_text().splitlines()
    assert '"kind": "undo"' in lines[1]


def test_search_source_location_and_paragraph(session):
    claim = next(c for c in session.map.claims if c.document.endswith(".md"))
    hits = session.search(claim.text, k=3)
    assert hits[0][0] == claim.id
    path, line = session.source_location(claim.id)
    assert path.name == Path(claim.document).name
    assert claim.text[:20] in path.read_text(encoding="utf-8").splitlines()[line - 1]
    assert claim.text in session.paragraph(claim.id)
