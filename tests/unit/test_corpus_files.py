"""The shipped example corpora: documents, bibliography, settings and gold labels agree with each other."""

from __future__ import annotations

import fnmatch
import importlib.util
import json
import re
import sys
from pathlib import Path

import bibtexparser
import pytest
from pypdf import PdfReader

from argmap.config import parse_settings

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
DIGITAL = CORPORA / "digital-labour"
QUICK = CORPORA / "quickstart"
# Corpora from other fields, held out when they were written; their own checks are in test_corpus_fields.py.
FIELDS = {name: CORPORA / name for name in ("screen-time", "minimum-wage", "foreign-aid")}
ALL = pytest.mark.parametrize("root", [DIGITAL, QUICK, *FIELDS.values()], ids=["digital-labour", "quickstart", *FIELDS])
DOC_SUFFIXES = {".md", ".txt", ".pdf"}
GENERATED_KEY = re.compile(r"^[a-z]+\d{4}[a-z]?$")  # the contract's surname + year (+ letter)
CJK = re.compile(r"[\u4e00-\u9fff]")


def documents(root: Path) -> list[str]:
    """Document ids as the corpus contract defines them (suffix, minus hidden and excluded files)."""
    exclude = parse_settings(root / "argmap.toml").exclude
    ids = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.suffix not in DOC_SUFFIXES or any(part.startswith(".") for part in rel.split("/")):
            continue
        if any(fnmatch.fnmatch(rel, pattern) for pattern in exclude):
            continue
        ids.append(rel)
    return ids


def gold(root: Path) -> tuple[list[dict], list[dict]]:
    sentences, counters = [], []
    for n, line in enumerate((root / "argmap-gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        assert record["type"] in {"sentence", "counter"}, f"line {n}: unknown type"
        (sentences if record["type"] == "sentence" else counters).append(record)
    return sentences, counters


def bib_keys() -> set[str]:
    library = bibtexparser.parse_string((DIGITAL / "references.bib").read_text(encoding="utf-8"))
    return {entry.key for entry in library.entries}


def field_keys(root: Path):
    def keys() -> set[str]:
        library = bibtexparser.parse_string((root / "references.bib").read_text(encoding="utf-8"))
        return {entry.key for entry in library.entries}

    return keys


def csl_keys() -> set[str]:
    return {item["id"] for item in json.loads((QUICK / "references.json").read_text(encoding="utf-8"))}


def chinese_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if CJK.match(ch)) / max(1, len(letters))


@ALL
def test_gold_sentences_are_verbatim_in_existing_documents(root: Path) -> None:
    docs = set(documents(root))
    sentences, _ = gold(root)
    texts = {doc: (root / doc).read_text(encoding="utf-8") for doc in docs if not doc.endswith(".pdf")}
    for record in sentences:
        assert record["document"] in docs, f"gold names a missing document: {record['document']}"
        assert record["text"] in texts[record["document"]], f"not verbatim: {record['text']}"
        assert "\n" not in record["text"] and record["text"].rstrip("”’\"')）").endswith(tuple(".?!。！？"))


@pytest.mark.parametrize(
    "root,keys", [(DIGITAL, bib_keys), (QUICK, csl_keys), *((root, field_keys(root)) for root in FIELDS.values())],
    ids=["digital-labour", "quickstart", *FIELDS],
)
def test_gold_citations_resolve_to_library_or_generated_keys(root: Path, keys) -> None:
    library = keys()
    sentences, _ = gold(root)
    for record in sentences:
        for key in record["citations"]:
            assert key in library or GENERATED_KEY.match(key), f"unknown citation key {key}"


@ALL
def test_gold_labels_are_consistent(root: Path) -> None:
    debates = {d.id for d in parse_settings(root / "argmap.toml").debates}
    sentences, counters = gold(root)
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


def test_digital_labour_counts() -> None:
    docs = documents(DIGITAL)
    sentences, counters = gold(DIGITAL)
    chinese_docs = [
        d
        for d in docs
        if d.endswith(".md") and chinese_share((DIGITAL / d).read_text(encoding="utf-8")) > 0.5
    ]
    zh_sentences = [s for s in sentences if CJK.search(s["text"])]
    assert len(docs) >= 24
    assert len(chinese_docs) >= 5
    assert sum(d.endswith(".pdf") for d in docs) >= 1
    assert sum(d.endswith(".txt") for d in docs) >= 1
    assert len(sentences) >= 150
    assert len(zh_sentences) >= 40 and len(zh_sentences) / len(sentences) >= 0.25
    assert sum(s["debate"] is None for s in sentences) / len(sentences) >= 0.15
    assert {s["stance"] for s in sentences} == {"pro", "con", None}
    assert {s["debate"] for s in sentences} == {"blindspot", "platform-value", None}
    assert len(counters) >= 25
    # every non-PDF document contributes to the gold file
    assert {s["document"] for s in sentences} == {d for d in docs if not d.endswith(".pdf")}


def test_quickstart_counts() -> None:
    docs = documents(QUICK)
    sentences, counters = gold(QUICK)
    assert 5 <= len(docs) <= 6
    assert any(CJK.search(s["text"]) for s in sentences)
    assert len(sentences) >= 15 and len(counters) >= 3


def test_bibliography_parses_cleanly_with_enough_entries() -> None:
    library = bibtexparser.parse_string((DIGITAL / "references.bib").read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    assert len(library.entries) >= 30
    keys = [entry.key for entry in library.entries]
    assert len(keys) == len(set(keys))
    assert "smytheCommunicationsBlindspotWestern1977" in keys and "fuchsDigitalLabourKarl2014" in keys


def test_quickstart_library_is_a_subset_of_the_bib() -> None:
    items = json.loads((QUICK / "references.json").read_text(encoding="utf-8"))
    assert all("id" in item and "type" in item and "issued" in item for item in items)
    assert csl_keys() <= bib_keys()


@ALL
def test_settings_parse(root: Path) -> None:
    settings = parse_settings(root / "argmap.toml")
    assert "README.md" in settings.exclude
    assert all(d.pro and d.con and d.question.endswith("?") for d in settings.debates)


def test_settings_name_the_two_debates() -> None:
    assert [d.id for d in parse_settings(DIGITAL / "argmap.toml").debates] == ["blindspot", "platform-value"]
    assert [d.id for d in parse_settings(QUICK / "argmap.toml").debates] == ["platform-value"]


def test_pdf_has_pages_headings_and_references() -> None:
    reader = PdfReader(DIGITAL / "papers" / "audience-labour-platform-era.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 2
    assert "1. Introduction" in text and "References" in text and "Bolaño" in text


def load_gold_tools(root: Path, name: str):
    """``root/gold_tools.py``, which is a script, not part of the package."""
    spec = importlib.util.spec_from_file_location(name, root / "gold_tools.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@pytest.fixture(scope="module")
def tools():
    return load_gold_tools(DIGITAL, "argmap_corpus_gold_tools")


def test_gold_file_matches_its_generator(tools) -> None:
    expected = tools.gold_lines(DIGITAL, tools.DIGITAL_LABOUR, tools.DIGITAL_LABOUR_COUNTERS)
    assert (DIGITAL / "argmap-gold.jsonl").read_text(encoding="utf-8").splitlines() == expected
    expected = tools.gold_lines(QUICK, tools.QUICKSTART, tools.QUICKSTART_COUNTERS)
    assert (QUICK / "argmap-gold.jsonl").read_text(encoding="utf-8").splitlines() == expected


def test_sentence_finder_stops_at_the_right_place(tools) -> None:
    text = "See Arvidsson et al. (2012) and p. 12 here. Next one.\n福克斯（2014）认为如此。后句。"
    assert tools.find_sentence(text, "See Arvidsson", "t") == "See Arvidsson et al. (2012) and p. 12 here."
    assert tools.find_sentence(text, "福克斯", "t") == "福克斯（2014）认为如此。"
    with pytest.raises(ValueError):
        tools.find_sentence(text, "Arvidsson et al.", "t")  # not a sentence start
