"""The corpora from other fields (screen-time, minimum-wage, foreign-aid): documents, bibliography,
settings, gold labels and segmentation agree. The checks every corpus shares are in test_corpus_files.py."""

from __future__ import annotations

from pathlib import Path

import bibtexparser
import pytest

from argmap.config import parse_settings
from argmap.ingest.documents import read_document
from argmap.model import normalise_space
from argmap.nlp.segment import segment
from tests.unit.test_corpus_files import CJK, FIELDS, documents, gold, load_gold_tools

# corpus: (debate id, two keys its bibliography must hold, most documents, least gold sentences / Chinese ones)
SPEC = {
    "screen-time": ("screen-harm", ("twengeIncreasesDepressiveSymptoms2018", "orbenAssociationAdolescentWellbeing2019"),
                    16, 120, 35),
    "minimum-wage": ("minwage-jobs", ("cardMinimumWagesEmployment1994", "neumarkMinimumWagesEmployment2000"),
                     15, 110, 30),
    "foreign-aid": ("aid-growth", ("burnsideAidPoliciesGrowth2000", "easterlyAidPoliciesGrowth2004"), 15, 110, 30),
}
EACH = pytest.mark.parametrize("root", [FIELDS[name] for name in SPEC], ids=list(SPEC))


def _keys(root: Path) -> list[str]:
    library = bibtexparser.parse_string((root / "references.bib").read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    return [entry.key for entry in library.entries]


@EACH
def test_the_bibliography_parses_and_every_work_in_it_is_cited(root: Path) -> None:
    keys = _keys(root)
    assert len(keys) == len(set(keys)) and set(SPEC[root.name][1]) <= set(keys)
    cited = {key for record in gold(root)[0] for key in record["citations"]}
    assert cited <= set(keys), f"gold cites works missing from the bib: {cited - set(keys)}"
    assert set(keys) <= cited, f"works in the bib that no gold sentence cites: {set(keys) - cited}"


@EACH
def test_counts(root: Path) -> None:
    _, _, most_documents, least_sentences, least_chinese = SPEC[root.name]
    docs = documents(root)
    sentences, counters = gold(root)
    chinese_docs = [d for d in docs if len(CJK.findall((root / d).read_text(encoding="utf-8"))) > 200]
    zh = [s for s in sentences if CJK.search(s["text"])]
    assert 12 <= len(docs) <= most_documents and len(chinese_docs) >= 4
    assert len(sentences) >= least_sentences and len(zh) >= least_chinese
    assert sum(s["debate"] is None for s in sentences) / len(sentences) >= 0.15
    assert {s["stance"] for s in sentences} == {"pro", "con", None}
    assert len(counters) >= 12
    # pairs within one document, across documents, and across languages, as held-out corpora will have
    assert any(p["a"]["document"] == p["b"]["document"] for p in counters)
    assert any(p["a"]["document"] != p["b"]["document"] for p in counters)
    assert any(bool(CJK.search(p["a"]["text"])) != bool(CJK.search(p["b"]["text"])) for p in counters)
    assert {s["document"] for s in sentences} == set(docs), "every document contributes to the gold file"


@EACH
def test_settings_name_one_debate(root: Path) -> None:
    settings = parse_settings(root / "argmap.toml")
    assert "README.md" in settings.exclude
    assert [d.id for d in settings.debates] == [SPEC[root.name][0]]
    assert all(d.pro and d.con and d.question.endswith("?") for d in settings.debates)


@EACH
def test_segmenter_gives_each_gold_sentence_whole(root: Path) -> None:
    """argmap's own segmentation yields every gold sentence as exactly one sentence."""
    by_doc: dict[str, set[str]] = {}
    for doc_id in documents(root):
        doc = read_document(root / doc_id, root)
        by_doc[doc_id] = {normalise_space(s.text) for s in segment(doc).sentences}
    missing = [r["text"] for r in gold(root)[0] if normalise_space(r["text"]) not in by_doc[r["document"]]]
    assert missing == []


@EACH
def test_gold_file_matches_its_generator(root: Path) -> None:
    tools = load_gold_tools(root, f"argmap_{root.name.replace('-', '_')}_gold_tools")
    expected = tools.gold_lines(root, tools.LABELS, tools.COUNTERS)
    assert (root / "argmap-gold.jsonl").read_text(encoding="utf-8").splitlines() == expected
