"""One file per real-world bad input (tests/fixtures/bad/), each with the outcome argmap owes the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.errors import IngestError
from argmap.ingest import discover, read_document, read_references

BAD = Path(__file__).parents[1] / "fixtures" / "bad"

# file -> ("ok", substring of the text) | ("error", words in the message) | ("refs", count, warning words)
EXPECTED: dict[str, tuple] = {
    "corrupt.pdf": ("error", ["corrupt.pdf", "damaged"]),
    "truncated.pdf": ("error", ["truncated.pdf", "truncated"]),
    "scanned.pdf": ("error", ["no text layer", "scanned", "ocrmypdf"]),
    "junk.txt": ("error", ["junk.txt", "not text"]),
    "empty.md": ("error", ["empty.md", "empty"]),
    "gbk.txt": ("ok", "福克斯认为，用户的无偿活动创造了价值"),
    "big5.txt": ("ok", "福克斯認為，用戶的無償活動創造了價值"),
    "utf16.txt": ("ok", "Kücklich calls modding 数字劳动.\n"),
    "bom.md": ("ok", "# Notes on playbour\n\nModders"),
    "broken.bib": ("refs", 2, ["broken.bib", "broken2001", "line 7"]),
    "not-csl.json": ("refs", 0, ["not-csl.json", "CSL-JSON"]),
}


def test_every_bad_file_has_an_expectation():
    on_disk = {
        p.name for p in BAD.iterdir() if p.name != "make_bad.py" and not p.name.startswith((".", "__"))
    }
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input(name: str):
    path = BAD / name
    expected = EXPECTED[name]
    if expected[0] == "ok":
        doc = read_document(path, BAD)
        assert expected[1] in doc.text
        assert "\r" not in doc.text and "\ufeff" not in doc.text
        assert doc.id == name
    elif expected[0] == "error":
        with pytest.raises(IngestError) as info:
            read_document(path, BAD)
        message = str(info.value)
        assert info.value.path == name
        for word in expected[1]:
            assert word in message
    else:
        _, count, words = expected
        references, warnings = read_references(path, BAD)
        assert len(references) == count
        assert len(warnings) == 1
        for word in words:
            assert word in warnings[0]


def test_legacy_chinese_encodings_are_named_in_a_warning():
    assert read_document(BAD / "gbk.txt", BAD).warnings == ["not UTF-8; decoded as GB18030"]
    assert "BIG5" in read_document(BAD / "big5.txt", BAD).warnings[0]
    assert read_document(BAD / "utf16.txt", BAD).warnings == []


def test_broken_bib_keeps_the_good_entries_around_the_bad_one():
    references, _ = read_references(BAD / "broken.bib", BAD)
    assert [r.key for r in references] == ["smythe1977", "terranova2004"]
    assert references[1].container == "Pluto Press"


def test_discover_sorts_the_bad_folder_and_warns_about_the_json():
    found = discover(BAD)
    assert [p.name for p in found.references] == ["broken.bib"]
    assert "not-csl.json" not in [p.name for p in found.documents]
    assert [p.name for p in found.documents][:3] == ["big5.txt", "bom.md", "corrupt.pdf"]
    assert len(found.warnings) == 1 and found.warnings[0].startswith("not-csl.json: ")
