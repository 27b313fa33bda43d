"""The reading-group corpus (a held-out check on the two digital-labour debates): documents,
bibliography, settings, gold labels and segmentation agree with each other."""

from __future__ import annotations

from collections import Counter

import bibtexparser
import pytest

from argmap.config import parse_settings
from argmap.ingest.documents import read_document
from argmap.model import normalise_space
from argmap.nlp.segment import segment
from tests.unit.test_corpus_files import CJK, CORPORA, documents, gold, load_gold_tools

ROOT = CORPORA / "reading-group"


def _bib_keys() -> list[str]:
    library = bibtexparser.parse_string((ROOT / "references.bib").read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    return [entry.key for entry in library.entries]


def _is_chinese(text: str) -> bool:
    return bool(CJK.search(text))


def test_settings_declare_the_two_debates() -> None:
    settings = parse_settings(ROOT / "argmap.toml")
    assert {"README.md", "gold_tools.py"} <= set(settings.exclude)
    assert [d.id for d in settings.debates] == ["blindspot", "platform-value"]
    assert all(d.pro and d.con and d.question.endswith("?") for d in settings.debates)


def test_gold_sentences_are_verbatim_whole_sentences_of_existing_documents() -> None:
    docs = set(documents(ROOT))
    for record in gold(ROOT)[0]:
        assert record["document"] in docs, f"gold names a missing document: {record['document']}"
        text = (ROOT / record["document"]).read_text(encoding="utf-8")
        assert record["text"] in text, f"not verbatim: {record['text']}"
        assert record["text"].rstrip("”’\"')）").endswith(tuple(".?!。！？"))


def test_the_bibliography_parses_and_matches_the_gold_citations() -> None:
    keys = _bib_keys()
    assert len(keys) == len(set(keys))
    assert "smytheCommunicationsBlindspotWestern1977" in keys and "fuchsDigitalLabourKarl2014" in keys
    cited = {key for record in gold(ROOT)[0] for key in record["citations"]}
    assert cited <= set(keys), f"gold cites works missing from the bib: {cited - set(keys)}"
    assert set(keys) <= cited, f"works in the bib that no gold sentence cites: {set(keys) - cited}"


def test_counts_and_mix() -> None:
    docs = documents(ROOT)
    sentences, counters = gold(ROOT)
    chinese_docs = [d for d in docs if len(CJK.findall((ROOT / d).read_text(encoding="utf-8"))) > 200]
    assert 13 <= len(docs) <= 16 and len(chinese_docs) >= 4
    assert len(sentences) >= 130 and sum(_is_chinese(s["text"]) for s in sentences) >= 35
    assert sum(s["debate"] is None for s in sentences) / len(sentences) >= 0.15
    assert len(counters) >= 15
    # both sides of both debates in both languages, and neutral sentences inside each debate
    mix = Counter((s["debate"], s["stance"], _is_chinese(s["text"])) for s in sentences)
    for debate in ("blindspot", "platform-value"):
        for stance in ("pro", "con"):
            assert mix[(debate, stance, False)] >= 10 and mix[(debate, stance, True)] >= 5
        assert mix[(debate, None, False)] + mix[(debate, None, True)] >= 5
    assert {s["document"] for s in sentences} == set(docs), "every document contributes to the gold file"


def test_counter_pairs_join_opposite_sides_within_across_documents_and_languages() -> None:
    sentences, counters = gold(ROOT)
    label = {(r["document"], r["text"]): r for r in sentences}
    assert len(label) == len(sentences), "a sentence is labelled twice"
    debates = {d.id for d in parse_settings(ROOT / "argmap.toml").debates}
    for record in sentences:
        assert record["debate"] in debates | {None} and record["stance"] in {"pro", "con", None}
        assert record["debate"] is not None or record["stance"] is None, "a stance needs a debate"
    for pair in counters:
        a = label[(pair["a"]["document"], pair["a"]["text"])]
        b = label[(pair["b"]["document"], pair["b"]["text"])]
        assert a["debate"] == b["debate"] and {a["stance"], b["stance"]} == {"pro", "con"}
    assert any(p["a"]["document"] == p["b"]["document"] for p in counters)
    assert any(p["a"]["document"] != p["b"]["document"] for p in counters)
    assert any(_is_chinese(p["a"]["text"]) != _is_chinese(p["b"]["text"]) for p in counters)


def test_segmenter_gives_each_gold_sentence_whole() -> None:
    """argmap's own segmentation yields every gold sentence as exactly one sentence."""
    by_doc = {
        doc_id: {normalise_space(s.text) for s in segment(read_document(ROOT / doc_id, ROOT)).sentences}
        for doc_id in documents(ROOT)
    }
    missing = [r["text"] for r in gold(ROOT)[0] if normalise_space(r["text"]) not in by_doc[r["document"]]]
    assert missing == []


@pytest.fixture(scope="module")
def tools():
    return load_gold_tools(ROOT, "argmap_reading_group_gold_tools")


def test_gold_file_matches_its_generator(tools) -> None:
    expected = tools.gold_lines(ROOT, tools.LABELS, tools.COUNTERS)
    assert (ROOT / "argmap-gold.jsonl").read_text(encoding="utf-8").splitlines() == expected


def test_sentence_finder_stops_at_the_sentence_end(tools) -> None:
    text = "See (e.g., Fuchs, 2014) here. Next one.\n- Listed item ends. 福克斯（2014）认为如此。后句。"
    assert tools.find_sentence(text, "See (e.g.", "t") == "See (e.g., Fuchs, 2014) here."
    assert tools.find_sentence(text, "Listed", "t") == "Listed item ends."
    assert tools.find_sentence(text, "福克斯", "t") == "福克斯（2014）认为如此。"
    with pytest.raises(ValueError):
        tools.find_sentence(text, "Fuchs, 2014", "t")  # not a sentence start
