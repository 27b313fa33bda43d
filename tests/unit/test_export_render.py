"""render() dispatch, errors, determinism, golden files and write_atomic."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from argmap.errors import UsageError
from argmap.export import FORMATS, SUFFIXES, json_export, render, write_atomic
from tests.fixtures.export.small_map import small_map

FIXTURES = Path(__file__).parents[1] / "fixtures" / "export"
GOLDEN = FIXTURES / "golden"


def test_unknown_format_lists_the_valid_ones():
    with pytest.raises(UsageError) as err:
        render(small_map(), "docx")
    assert "docx" in str(err.value)
    for fmt in FORMATS:
        assert fmt in str(err.value)


def test_unknown_position_lists_the_valid_ones():
    with pytest.raises(UsageError) as err:
        render(small_map(), "bibtex", position="p-nope")
    assert "p-nope" in str(err.value) and "p-reply0004" in str(err.value)


def test_position_only_narrows_bibtex():
    with pytest.raises(UsageError):
        render(small_map(), "markdown", position="p-reply0004")


def test_json_is_the_argmap1_contract_unchanged():
    amap = small_map()
    assert render(amap, "json") == json_export.render(amap)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "json"])
def test_non_claims_never_exported(fmt):
    text = render(small_map(), fmt)
    assert "appendix" not in text
    if fmt != "graphml":  # GraphML lists every reference; its test checks the node has no edge
        assert "secret2020" not in text
    assert "c-023f8ddda0" not in text  # the non-claim's id, also dropped from counter lists


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_does_not_depend_on_input_order(fmt):
    if fmt == "json":
        pytest.skip("the JSON contract keeps the map's own order")
    amap = small_map()
    shuffled = small_map()
    rng = random.Random(3)
    rng.shuffle(shuffled.claims)
    rng.shuffle(shuffled.references)
    rng.shuffle(shuffled.documents)
    assert render(shuffled, fmt) == render(amap, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt):
    """Exact output on the small map. Regenerate with ARGMAP_UPDATE_GOLDEN=1 and read the diff."""
    path = GOLDEN / f"small{SUFFIXES[fmt]}"
    text = render(small_map(), fmt)
    if os.environ.get("ARGMAP_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.read_bytes().decode("utf-8") == text


def test_write_atomic_creates_and_replaces(tmp_path):
    target = tmp_path / "map.md"
    write_atomic(target, "first 第一\n")
    assert target.read_text(encoding="utf-8") == "first 第一\n"
    write_atomic(target, "second\r\n")
    assert target.read_bytes() == b"second\r\n"  # no newline translation
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.md"]


def test_write_atomic_keeps_old_file_when_replace_fails(tmp_path, monkeypatch):
    target = tmp_path / "map.md"
    target.write_text("old", encoding="utf-8")

    def boom(src, dst):
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.md"]


def test_write_atomic_keeps_old_file_when_text_cannot_be_encoded(tmp_path):
    target = tmp_path / "map.md"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "bad \udc80 surrogate")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.md"]


def test_write_atomic_keeps_permissions(tmp_path):
    target = tmp_path / "map.md"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    write_atomic(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640
