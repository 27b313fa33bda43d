"""The held-out screen-time corpus: documents, bibliography, settings, gold labels and segmentation agree."""

from __future__ import annotations

import fnmatch
import importlib.util
import json
import re
import sys
from pathlib import Path

import bibtexparser
import pytest

from argmap.config import parse_settings
from argmap.ingest.documents import read_document
from argmap.model import normalise_space
from argmap.nlp.segment import segment

ROOT = Path(__file__).resolve().parents[2] / "corpora" / "screen-time"
DOC_SUFFIXES = {".md", ".txt", ".pdf"}
GENERATED_KEY = re.compile(r"^[a-z]+\d{4}[a-z]?$")  # the contract's surname + year (+ letter)
CJK = re.compile(r"[\u4e00-\u9fff]")


def documents() -> list[str]:
    """Document ids as the corpus contract defines them (suffix, minus hidden and excluded files)."""
    exclude = parse_settings(ROOT / "argmap.toml").exclude
    ids = []
    for path in sorted(ROOT.rglob("*")):
        rel = path.relative_to(ROOT).as_posix()
        if path.suffix not in DOC_SUFFIXES or any(part.startswith(".") for part in rel.split("/")):
            continue
        if any(fnmatch.fnmatch(rel, pattern) for pattern in exclude):
            continue
        ids.append(rel)
    return ids


def gold() -> tuple[list[dict], list[dict]]:
    sentences, counters = [], []
    for n, line in enumerate((ROOT / "argmap-gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        assert record["type"] in {"sentence", "counter"}, f"line {n}: unknown type"
        (sentences if record["type"] == "sentence" else counters).append(record)
    return sentences, counters


def library():
    return bibtexparser.parse_string((ROOT / "references.bib").read_text(encoding="utf-8"))


def test_gold_sentences_are_verbatim_in_existing_documents() -> None:
    docs = set(documents())
    texts = {doc: (ROOT / doc).read_text(encoding="utf-8") for doc in docs}
    for record in gold()[0]:
        assert record["document"] in docs, f"gold names a missing document: {record['document']}"
        assert record["text"] in texts[record["document"]], f"not verbatim: {record['text']}"
        assert "\n" not in record["text"] and record["text"].rstrip("”’\"')）").endswith(tuple(".?!。！？"))


def test_gold_citations_resolve_to_library_or_generated_keys() -> None:
    keys = {entry.key for entry in library().entries}
    cited = set()
    for record in gold()[0]:
        for key in record["citations"]:
            assert key in keys or GENERATED_KEY.match(key), f"unknown citation key {key}"
            cited.add(key)
    assert keys <= cited, f"works in the bib that no gold sentence cites: {keys - cited}"


def test_gold_labels_are_consistent() -> None:
    debates = {d.id for d in parse_settings(ROOT / "argmap.toml").debates}
    sentences, counters = gold()
    label = {}
    for record in sentences:
        assert record["debate"] in debates | {None}
        assert record["stance"] in {"pro", "con", None}
        assert record["debate"] is not None or record["stance"] is None, "a stance needs a debate"
        label[(record["document"], record["text"])] = record
    assert len(label) == len(sentences), "a sentence is labelled twice"
    for pair in counters:
        a = label[(pair["a"]["document"], pair["a"]["text"])]
        b = label[(pair["b"]["document"], pair["b"]["text"])]
        assert a["debate"] == b["debate"] and {a["stance"], b["stance"]} == {"pro", "con"}


def test_counts() -> None:
    docs = documents()
    sentences, counters = gold()
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


def test_settings_parse() -> None:
    settings = parse_settings(ROOT / "argmap.toml")
    assert "README.md" in settings.exclude
    assert [d.id for d in settings.debates] == ["screen-harm"]
    assert all(d.pro and d.con and d.question.endswith("?") for d in settings.debates)


def test_segmenter_gives_each_gold_sentence_whole() -> None:
    """argmap's own segmentation yields every gold sentence as exactly one sentence."""
    by_doc: dict[str, set[str]] = {}
    for doc_id in documents():
        doc = read_document(ROOT / doc_id, ROOT)
        by_doc[doc_id] = {normalise_space(s.text) for s in segment(doc).sentences}
    missing = [r["text"] for r in gold()[0] if normalise_space(r["text"]) not in by_doc[r["document"]]]
    assert missing == []


@pytest.fixture(scope="module")
def tools():
    """``corpora/screen-time/gold_tools.py``, which is a script, not part of the package."""
    spec = importlib.util.spec_from_file_location("argmap_screen_time_gold_tools", ROOT / "gold_tools.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_gold_file_matches_its_generator(tools) -> None:
    expected = tools.gold_lines(ROOT, tools.LABELS, tools.COUNTERS)
    assert (ROOT / "argmap-gold.jsonl").read_text(encoding="utf-8").splitlines() == expected
