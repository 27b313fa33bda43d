"""Segmentation of whole documents: sections, reference lists, list debris, offsets, ids, pages."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from argmap.model import Document, claim_id
from argmap.nlp.sections import find_sections
from argmap.nlp.segment import segment

FIXTURES = Path(__file__).parents[1] / "fixtures" / "segment"


def _doc(name: str, kind: str) -> Document:
    return Document(id=name, title=name, text=(FIXTURES / name).read_text(encoding="utf-8"), kind=kind)


@pytest.fixture
def markdown():
    return segment(_doc("notes.md", "md"))


@pytest.fixture
def chinese_paper():
    return segment(_doc("paper_zh.txt", "txt"))


def test_markdown_sentences(markdown) -> None:
    texts = [s.text for s in markdown.sentences]
    assert texts == [
        "Smythe argues that audiences work for advertisers (Smythe, 1977).",
        "Murdock et al. replied that\nthis stretches the concept of labour.",
        "Smythe argues that audiences work for advertisers.",
        "Fuchs extends the argument to social media users,\n  whose attention is sold to advertisers.",
        "Terranova calls this free labour.",
        "Caraway holds that the audience commodity thesis ignores resistance.",
        "The debate is not settled.",
    ]


def test_markdown_sections(markdown) -> None:
    titles = [(s.title, s.level, s.is_references) for s in markdown.sections]
    assert titles == [
        ("The audience commodity", 1, False),
        ("Key points", 2, False),
        ("Setext heading", 2, False),
        ("References", 2, True),
        ("Afterword", 1, False),
    ]
    refs = markdown.sections[3]
    assert markdown.document.text[refs.start : refs.end].startswith("## References")
    assert markdown.document.text[refs.end :].startswith("# Afterword")
    by_text = {s.text: s.section for s in markdown.sentences}
    assert by_text["Terranova calls this free labour."] == "Key points"
    assert by_text["The debate is not settled."] == "Afterword"


def test_markdown_never_yields_debris(markdown) -> None:
    joined = "\n".join(s.text for s in markdown.sentences)
    for debris in (
        "title:",
        "Value",
        "1977\n",
        "|",
        "diagram",
        "https://",
        "Keywords",
        "Never",
        "Setext",
        "Blindspot",
    ):
        assert debris not in joined


def test_offsets_and_ids(markdown, chinese_paper) -> None:
    for seg in (markdown, chinese_paper):
        for s in seg.sentences:
            assert seg.document.text[s.start : s.end] == s.text
            assert s.id == claim_id(seg.document.id, s.text)
            assert s.document == seg.document.id
            assert s.page is None
    again = segment(_doc("notes.md", "md"))
    assert [s.id for s in again.sentences] == [s.id for s in markdown.sentences]
    assert segment(_doc("notes.md", "md")).references == [] and markdown.numbered == {}


def test_chinese_paper(chinese_paper) -> None:
    assert chinese_paper.document.language == "zh"
    sections = [(s.title, s.level, s.is_references) for s in chinese_paper.sections]
    assert sections == [
        ("摘要", 1, False),
        ("一、引言", 1, False),
        ("（一）理论争论", 2, False),
        ("2. Method", 1, False),
        ("2.1 Results", 2, False),
        ("参考文献", 1, True),
    ]
    texts = [s.text for s in chinese_paper.sentences]
    assert texts[0] == "本文讨论受众商品理论在社交媒体时代的适用性。"
    assert "数字劳动与受众商品" not in texts  # the title line
    assert "福克斯（Fuchs, 2014）进一步指出：“社交媒体用户的活动是无酬劳动。”" in texts
    assert "然而，这一观点受到质疑……" in texts
    assert "有学者认为用户并不创造价值（详见第三节。下同）；" in texts
    assert "The sample follows Wang et al. (2021)." in texts
    assert not any("关键词" in t or "Smythe D W" in t or "人民出版社" in t for t in texts)
    langs = {s.text: s.language for s in chinese_paper.sentences}
    assert langs["The sample follows Wang et al. (2021)."] == "en"
    assert langs["难道注意力不是商品吗？"] == "zh"
    sections_of = {s.text: s.section for s in chinese_paper.sentences}
    assert sections_of["难道注意力不是商品吗？"] == "（一）理论争论"
    assert sections_of["Then they rest."] == "2.1 Results"


def test_mixed_paragraph_and_document() -> None:
    text = (
        "Abstract: Users work for advertisers. Platforms sell their attention.\n\n"
        "摘要：用户为广告商劳动。平台出售他们的注意力。\n\n"
        "Users work for advertisers, as Smythe argued. 用户为广告商劳动，平台从中获利。"
    )
    seg = segment(Document(id="mixed.txt", title="", text=text, kind="txt"))
    assert [s.text for s in seg.sentences] == [
        "Users work for advertisers.",
        "Platforms sell their attention.",
        "用户为广告商劳动。",
        "平台出售他们的注意力。",
        "Users work for advertisers, as Smythe argued.",
        "用户为广告商劳动，平台从中获利。",
    ]
    assert [s.language for s in seg.sentences] == ["en", "en", "zh", "zh", "mixed", "mixed"]
    assert [s.paragraph for s in seg.sentences] == [0, 0, 1, 1, 2, 2]
    assert seg.document.language == "mixed"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("References", "References"),
        ("REFERENCES", "REFERENCES"),
        ("7. Bibliography:", "7. Bibliography"),
        ("Works Cited", "Works Cited"),
        ("Literature cited", "Literature cited"),
        ("Reference List", "Reference List"),
        ("Sources", "Sources"),
        ("Notes and references", "Notes and references"),
        ("参考文献：", "参考文献"),
        ("引用文献", "引用文献"),
        ("**References**", "References"),
        ("### References", "References"),
    ],
)
def test_reference_headings(line: str, title: str) -> None:
    text = f"Users work for advertisers.\n\n{line}\n\nSmythe, D. W. (1977). Communications: Blindspot of western Marxism.\n"
    for kind in ("txt", "md"):
        seg = segment(Document(id="x", title="", text=text, kind=kind))
        refs = [s for s in seg.sections if s.is_references]
        assert [s.title for s in refs] == [title]
        assert refs[0].end == len(text)
        assert [s.text for s in seg.sentences] == ["Users work for advertisers."]


def test_plain_headings() -> None:
    text = (
        "INTRODUCTION\n\nAudiences work for advertisers.\n\n"
        "2. Method\nWe read the debate closely. 12 Facebook users\nwere interviewed.\n\n"
        "2.1 Data\nThe data are new.\n\n"
        "第一章 导论\n平台剥削用户。\n\n"
        "III. Discussion\nFree labour is contested.\n"
    )
    sections = find_sections(text, "txt")
    assert [(s.title, s.level) for s in sections] == [
        ("INTRODUCTION", 1),
        ("2. Method", 1),
        ("2.1 Data", 2),
        ("第一章 导论", 1),
        ("III. Discussion", 1),
    ]
    assert sections[1].end == sections[3].start  # the level-2 section nests inside "2. Method"
    # In Markdown, numbered lines are list items, not headings.
    assert find_sections("1. Introduction\n2. Method\n", "md") == []


def test_pdf_pages_and_running_headers() -> None:
    header = "Journal of Platform Studies"
    pages = [
        f"{header} 1\nUsers work for advertisers. Platforms sell\ntheir attention.\n1\n",
        f"{header} 2\nMurdock replied that audiences do not work.\n2\n",
        f"{header} 3\nThe debate goes on in China.\n3\n",
    ]
    starts, text = [], ""
    for page in pages:
        starts.append(len(text))
        text += page
    doc = Document(id="paper.pdf", title="", text=text, kind="pdf", page_starts=starts)
    seg = segment(doc)
    assert [(s.text, s.page) for s in seg.sentences] == [
        ("Users work for advertisers.", 1),
        ("Platforms sell\ntheir attention.", 1),
        ("Murdock replied that audiences do not work.", 2),
        ("The debate goes on in China.", 3),
    ]
    assert seg.sections == []


def test_bullets_tables_and_short_lines() -> None:
    text = (
        "- Smythe argues that audiences work for advertisers.\n"
        "- Free labour\n"
        "-\n"
        "* [x] Fuchs holds that users are exploited\n"
        "(1) Terranova calls it free labour.\n"
        "| a | b |\n"
        "---\n"
        "[Smythe 1977](https://example.org)\n"
        "关键词：数字劳动；平台\n"
        "Key words: labour\n"
    )
    seg = segment(Document(id="list.md", title="", text=text, kind="md"))
    assert [s.text for s in seg.sentences] == [
        "Smythe argues that audiences work for advertisers.",
        "Fuchs holds that users are exploited",
        "Terranova calls it free labour.",
    ]


def test_four_thousand_sentences_are_fast() -> None:
    paragraph = (
        "Smythe et al. argue that audiences work (Smythe, 1977, p. 3). Murdock replied, e.g. in vol. 2. "
        "斯麦兹（Smythe, 1977）提出受众商品概念。福克斯指出：“用户劳动是无酬的。”然而并非如此……\n\n"
    )
    text = "# Notes\n\n" + paragraph * 800
    began = time.perf_counter()
    seg = segment(Document(id="big.md", title="", text=text, kind="md"))
    elapsed = time.perf_counter() - began
    assert len(seg.sentences) == 4000
    assert elapsed < 2.0, f"segmenting 4,000 sentences took {elapsed:.2f}s"


def test_english_pdf_text() -> None:
    seg = segment(_doc("paper_en_pdf.txt", "pdf"))
    sections = [(s.title, s.level, s.is_references) for s in seg.sections]
    assert sections == [
        ("THE AUDIENCE COMMODITY REVISITED", 1, False),
        ("Abstract", 1, False),
        ("1 Introduction", 1, False),
        ("1.1 Scope", 2, False),
        ("2 The Debate", 1, False),
        ("References", 1, True),  # numbered entries inside do not end it ...
        ("APPENDIX A", 1, False),  # ... a strong heading does
    ]
    texts = [s.text for s in seg.sentences]
    assert not any("Jane Doe" in t or "Keywords" in t or "Routledge" in t for t in texts)
    assert texts[1] == (
        "We argue\nthat social media users are not exploited in the Marxian sense "
        "(cf. Caraway 2011, pp. 693–\n708)."
    )
    assert "12 Facebook users were interviewed for this study." in texts
    assert "Andrejevic [4] agrees." in texts
    assert texts[-1] == "Interview guide questions are listed here for reference."
    assert seg.document.language == "en"


def test_sources_heading_over_prose_is_not_a_reference_list() -> None:
    text = (
        "# Fuchs (2010)\n\n## Sources\n\n"
        "He builds on Smythe (1977) and on Terranova (2000), and he reads Jhally and Livant (1986) closely.\n"
    )
    seg = segment(Document(id="n.md", title="", text=text, kind="md"))
    assert not any(s.is_references for s in seg.sections)
    assert [s.section for s in seg.sentences] == ["Sources"]


def test_title_block_labels_and_emphasis() -> None:
    text = (
        "KUECKLICH 2005 - PRECARIOUS PLAYBOUR (notes typed up from my notebook)\n\n"
        "*Reading notes, week 2. Check pages before quoting.*\n\n"
        "Main idea. Kuecklich describes modding as playbour. Caraway (2011) disagrees.\n\n"
        "Source: Kuecklich, J. (2005). Precarious playbour. Fibreculture Journal 5.\n"
    )
    seg = segment(Document(id="k.txt", title="", text=text, kind="txt"))
    assert [s.text for s in seg.sentences] == [
        "Reading notes, week 2.",
        "Check pages before quoting.",
        "Kuecklich describes modding as playbour.",
        "Caraway (2011) disagrees.",
    ]
