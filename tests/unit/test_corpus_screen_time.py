"""The held-out screen-time corpus: documents, bibliography, settings, gold labels and segmentation agree."""

from __future__ import annotations

import bibtexparser
import pytest

from argmap.config import parse_settings
from argmap.ingest.documents import read_document
from argmap.model import normalise_space
from argmap.nlp.segment import segment
from tests.unit.test_corpus_files import CJK, SCREEN, documents, gold, load_gold_tools, screen_keys

ROOT = SCREEN


def library():
    return bibtexparser.parse_string((ROOT / "references.bib").read_text(encoding="utf-8"))


def test_every_work_in_the_bibliography_is_cited_by_some_gold_sentence() -> None:
    cited = {key for record in gold(ROOT)[0] for key in record["citations"]}
    assert screen_keys() <= cited, f"works in the bib that no gold sentence cites: {screen_keys() - cited}"


def test_counts() -> None:
    docs = documents(ROOT)
    sentences, counters = gold(ROOT)
    chinese_docs = [d for d in docs if len(CJK.findall((ROOT / d).read_text(encoding="utf-8"))) > 200]
    zh = [s for s in sentences if CJK.search(s["text"])]
    assert 12 <= len(docs) <= 16
    assert len(chinese_docs) >= 4
    assert len(sentences) >= 120 and len(zh) >= 35
    assert sum(s["debate"] is None for s in sentences) / len(sentences) >= 0.15
    assert {s["stance"] for s in sentences} == {"pro", "con", None}
    assert len(counters) >= 12
    # some counter pairs cross languages, as held-out corpora will
    assert any(bool(CJK.search(p["a"]["text"])) != bool(CJK.search(p["b"]["text"])) for p in counters)
    assert {s["document"] for s in sentences} == set(docs), "every document contributes to the gold file"


def test_bibliography_parses_cleanly() -> None:
    lib = library()
    assert lib.failed_blocks == []
    keys = [entry.key for entry in lib.entries]
    assert len(keys) == len(set(keys))
    assert "twengeIncreasesDepressiveSymptoms2018" in keys and "orbenAssociationAdolescentWellbeing2019" in keys


def test_settings_name_one_debate() -> None:
    settings = parse_settings(ROOT / "argmap.toml")
    assert "README.md" in settings.exclude
    assert [d.id for d in settings.debates] == ["screen-harm"]
    assert all(d.pro and d.con and d.question.endswith("?") for d in settings.debates)


def test_segmenter_gives_each_gold_sentence_whole() -> None:
    """argmap's own segmentation yields every gold sentence as exactly one sentence."""
    by_doc: dict[str, set[str]] = {}
    for doc_id in documents(ROOT):
        doc = read_document(ROOT / doc_id, ROOT)
        by_doc[doc_id] = {normalise_space(s.text) for s in segment(doc).sentences}
    missing = [r["text"] for r in gold(ROOT)[0] if normalise_space(r["text"]) not in by_doc[r["document"]]]
    assert missing == []


@pytest.fixture(scope="module")
def tools():
    return load_gold_tools(ROOT, "argmap_screen_time_gold_tools")


def test_gold_file_matches_its_generator(tools) -> None:
    expected = tools.gold_lines(ROOT, tools.LABELS, tools.COUNTERS)
    assert (ROOT / "argmap-gold.jsonl").read_text(encoding="utf-8").splitlines() == expected
