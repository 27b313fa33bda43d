"""The held-out foreign-aid corpus: documents, bibliography, settings, gold labels and segmentation agree."""

from __future__ import annotations

from pathlib import Path

import bibtexparser
import pytest

from argmap.config import parse_settings
from argmap.ingest.documents import read_document
from argmap.model import normalise_space
from argmap.nlp.segment import segment
from tests.unit.test_corpus_files import CJK, documents, gold, load_gold_tools

ROOT = Path(__file__).parents[2] / "corpora" / "foreign-aid"


def library():
    return bibtexparser.parse_string((ROOT / "references.bib").read_text(encoding="utf-8"))


def bib_keys() -> set[str]:
    return {entry.key for entry in library().entries}


def test_gold_sentences_are_verbatim_in_existing_documents() -> None:
    docs = set(documents(ROOT))
    texts = {doc: (ROOT / doc).read_text(encoding="utf-8") for doc in docs}
    for record in gold(ROOT)[0]:
        assert record["document"] in docs, f"gold names a missing document: {record['document']}"
        assert record["text"] in texts[record["document"]], f"not verbatim: {record['text']}"
        assert "\n" not in record["text"] and record["text"].rstrip("”’\"')）").endswith(tuple(".?!。！？"))


def test_gold_citations_are_in_the_bibliography_and_every_work_is_cited() -> None:
    keys = bib_keys()
    cited = {key for record in gold(ROOT)[0] for key in record["citations"]}
    assert cited <= keys, f"gold cites works missing from the bib: {cited - keys}"
    assert keys <= cited, f"works in the bib that no gold sentence cites: {keys - cited}"


def test_gold_labels_are_consistent() -> None:
    sentences, counters = gold(ROOT)
    label = {(r["document"], r["text"]): r for r in sentences}
    assert len(label) == len(sentences), "a sentence is labelled twice"
    for record in sentences:
        assert record["debate"] in {"aid-growth", None}
        assert record["stance"] in {"pro", "con", None}
        assert record["debate"] is not None or record["stance"] is None, "a stance needs a debate"
    for pair in counters:
        a = label[(pair["a"]["document"], pair["a"]["text"])]
        b = label[(pair["b"]["document"], pair["b"]["text"])]
        assert a["debate"] == b["debate"] == "aid-growth" and {a["stance"], b["stance"]} == {"pro", "con"}


def test_counts() -> None:
    docs = documents(ROOT)
    sentences, counters = gold(ROOT)
    chinese_docs = [d for d in docs if len(CJK.findall((ROOT / d).read_text(encoding="utf-8"))) > 200]
    zh = [s for s in sentences if CJK.search(s["text"])]
    assert 12 <= len(docs) <= 15
    assert len(chinese_docs) >= 4
    assert len(sentences) >= 110 and len(zh) >= 30
    assert sum(s["debate"] is None for s in sentences) / len(sentences) >= 0.15
    assert {s["stance"] for s in sentences} == {"pro", "con", None}
    assert len(counters) >= 12
    # pairs within one document, across documents, and across languages
    assert any(p["a"]["document"] == p["b"]["document"] for p in counters)
    assert any(p["a"]["document"] != p["b"]["document"] for p in counters)
    assert any(bool(CJK.search(p["a"]["text"])) != bool(CJK.search(p["b"]["text"])) for p in counters)
    assert {s["document"] for s in sentences} == set(docs), "every document contributes to the gold file"


def test_bibliography_parses_cleanly() -> None:
    lib = library()
    assert lib.failed_blocks == []
    keys = [entry.key for entry in lib.entries]
    assert len(keys) == len(set(keys))
    assert "burnsideAidPoliciesGrowth2000" in keys and "easterlyAidPoliciesGrowth2004" in keys


def test_settings_name_one_debate() -> None:
    settings = parse_settings(ROOT / "argmap.toml")
    assert "README.md" in settings.exclude
    assert [d.id for d in settings.debates] == ["aid-growth"]
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
    return load_gold_tools(ROOT, "argmap_foreign_aid_gold_tools")


def test_gold_file_matches_its_generator(tools) -> None:
    expected = tools.gold_lines(ROOT, tools.LABELS, tools.COUNTERS)
    assert (ROOT / "argmap-gold.jsonl").read_text(encoding="utf-8").splitlines() == expected
