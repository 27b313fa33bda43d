"""BibTeX export: parsed back with bibtexparser 2."""

from __future__ import annotations

import bibtexparser

from argmap.export import render
from argmap.export.bibtex import escape_value, keep_value
from tests.fixtures.export.small_map import small_map


def _parse(text: str):
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    return {e.key: e for e in library.entries}


def test_all_cited_works_parse_back_with_their_keys():
    entries = _parse(render(small_map(), "bibtex"))
    # every work behind a live claim, including the papers that make uncited claims (arvidsson2012)
    # and no key that only the "not a claim" sentence cites
    assert set(entries) == {"arvidsson2012", "comor2015", "fuchs2014", "hall2018", "murdock1978",
                            "rosenblat2016", "smythe1977", "terranova2000"}


def test_bibliography_fields_kept_and_generated_entries_escaped():
    entries = _parse(render(small_map(), "bibtex"))
    smythe = entries["smythe1977"]
    assert smythe.entry_type == "article"
    assert smythe["volume"] == "1" and smythe["pages"] == "1--27"
    assert smythe["note"] == "The {audience commodity} essay"
    assert smythe["author"] == "Smythe, Dallas W." and smythe["year"] == "1977"
    assert entries["fuchs2014"].entry_type == "book" and entries["fuchs2014"]["publisher"] == "Routledge"
    assert entries["terranova2000"]["doi"] == "10.1215/01642472-18-2_63-33"  # kept, not escaped
    assert entries["murdock1978"]["journal"] == r"Canadian Journal of Political \& Social Theory"
    assert entries["comor2015"]["title"] == r"Revisiting Marx's value theory: 100\% of \{the prosumer"
    assert entries["rosenblat2016"]["author"] == "Rosenblat, Alex and Stark, Luke"


def test_one_position_only():
    entries = _parse(render(small_map(), "bibtex", position="p-affect003"))
    assert set(entries) == {"arvidsson2012", "comor2015"}


def test_unknown_cited_key_gets_a_stub():
    amap = small_map()
    amap.claims[0].citations.append("ghost1999")
    entries = _parse(render(amap, "bibtex"))
    assert entries["ghost1999"].entry_type == "misc"


def test_value_escaping():
    assert escape_value("R&D 5% $x #1 a_b") == r"R\&D 5\% \$x \#1 a\_b"
    assert escape_value(r"already \& fine") == r"already \& fine"
    assert escape_value("{B}alanced") == "{B}alanced"
    assert escape_value("un}balanced{") == r"un\}balanced\{"
    assert keep_value("Caf{\\'e} & co") == "Caf{\\'e} & co"
