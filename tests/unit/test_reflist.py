"""Reference-list parsing: numbering, wrapped PDF lines, APA / Chicago / Harvard / GB/T 7714 / IEEE."""

from __future__ import annotations

import pytest

from argmap.nlp.reflist import parse_entry, parse_reference_list, year_suffix


def entries(text: str):
    return parse_reference_list(text, "doc.md")


def test_apa_entries_with_wrapped_lines_and_hanging_indent():
    text = (
        "Arvidsson, A., & Colleoni, E. (2012). Value in informational capitalism and on the\n"
        "Internet. The Information Society, 28(3), 135–150.\n"
        "Fuchs, C. (2014). Digital labour and Karl Marx. New York: Routledge.\n"
        "Jardim, E., Okafor, N., & Lindqvist, P. (2017). Unpaid hours: Measuring content work on social\n"
        "    platforms. New Media & Society, 19(4), 501–519.\n"
    )
    got = entries(text)
    assert [n for n, _ in got] == [None, None, None]
    a, f, j = (r for _, r in got)
    assert a.authors == ["Arvidsson, A.", "Colleoni, E."] and a.year == 2012
    assert a.title == "Value in informational capitalism and on the Internet"
    assert a.container == "The Information Society"
    assert (
        f.authors == ["Fuchs, C."]
        and f.title == "Digital labour and Karl Marx"
        and f.container == "Routledge"
    )
    assert j.authors == ["Jardim, E.", "Okafor, N.", "Lindqvist, P."]
    assert j.title == "Unpaid hours: Measuring content work on social platforms"
    assert a.raw.startswith("Arvidsson") and a.raw.endswith("135–150.") and a.source == "doc.md"


@pytest.mark.parametrize("prefix", ["[{n}] ", "{n}. ", "{n}) ", "［{n}］"])
def test_numbered_prefixes_and_continuation_lines(prefix):
    text = "\n".join(
        [
            prefix.format(n=1) + "Smythe, D. W. (1977). Communications: Blindspot of Western Marxism.",
            "   Canadian Journal of Political and Social Theory, 1(3), 1–27.",
            prefix.format(n=2) + "Fuchs, C. (2014). Digital labour and Karl Marx. New York:",
            "Routledge.",
        ]
    )
    got = entries(text)
    assert [n for n, _ in got] == [1, 2]
    assert got[0][1].container == "Canadian Journal of Political and Social Theory"
    assert got[1][1].raw.endswith("New York: Routledge.")


def test_numbered_list_that_lost_its_line_breaks():
    text = (
        "[1] Smythe D W. Communications[J]. Canadian Journal, 1977, 1(3): 1-27. "
        "[2] Fuchs C. Digital labour and Karl Marx[M]. London: Routledge, 2014."
    )
    assert [(n, r.year) for n, r in entries(text)] == [(1, 1977), (2, 2014)]


def test_gbt_chinese_and_english_entries():
    text = "\n".join(
        [
            "[1] 福克斯. 数字劳动与卡尔·马克思[M]. 周延云, 译. 北京: 人民出版社, 2020.",
            "[2] Fuchs C. Digital labour and Karl Marx[M]. London: Routledge, 2014.",
            "[3] 王宁, 李霞. 数字劳动的政治经济学",
            "批判[J]. 马克思主义研究, 2021(3): 1-10.",
            "[4] Smythe D W. Communications: blindspot of western Marxism[J]. Canadian Journal of Political"
            " and Social Theory, 1977, 1(3): 1-27.",
            "[5] 齐磊磊、李霞．平台资本主义研究[J]．新闻与传播研究，2022，29（2）：5-20．",
            "[6] [英]克里斯蒂安·福克斯. 社交媒体批判导言[M]. 北京: 中国传媒大学出版社, 2018.",
        ]
    )
    got = dict(entries(text))
    assert (got[1].authors, got[1].year, got[1].title, got[1].container, got[1].kind) == (
        ["福克斯"],
        2020,
        "数字劳动与卡尔·马克思",
        "人民出版社",
        "book",
    )
    assert (got[2].authors, got[2].year, got[2].title, got[2].container) == (
        ["Fuchs, C"],
        2014,
        "Digital labour and Karl Marx",
        "Routledge",
    )
    assert got[3].authors == ["王宁", "李霞"] and got[3].title == "数字劳动的政治经济学批判"
    assert got[3].container == "马克思主义研究" and got[3].year == 2021 and got[3].kind == "article"
    assert got[4].authors == ["Smythe, D W"] and got[4].year == 1977
    assert got[5].authors == ["齐磊磊", "李霞"] and got[5].year == 2022 and got[5].title == "平台资本主义研究"
    assert got[6].authors == ["福克斯, 克里斯蒂安"] and got[6].first_surname == "福克斯"


def test_unnumbered_gbt_list_splits_on_entry_starts():
    text = "\n".join(
        [
            "王宁. 数字劳动的价值争论[J]. 新闻与传播研究, 2021, 28(3): 5-20.",
            "齐磊磊, 李霞. 平台劳动者的日常：一项访谈研究[J]. 国际新闻界, 2022, 44(2):",
            "66-85.",
            "Hardt M, Negri A. Empire[M]. Cambridge, MA: Harvard University Press, 2000.",
        ]
    )
    got = [r for _, r in entries(text)]
    assert [r.authors for r in got] == [["王宁"], ["齐磊磊", "李霞"], ["Hardt, M", "Negri, A"]]
    assert got[1].raw.endswith("44(2):66-85.") or got[1].raw.endswith("44(2): 66-85.")


def test_blank_lines_separate_entries():
    text = "Fuchs, C. (2014). Digital labour.\n\nWang, N. (2021). Shuzi laodong. Beijing: Renmin.\n"
    assert [r.first_surname for _, r in entries(text)] == ["Fuchs", "Wang"]


@pytest.mark.parametrize(
    "entry,authors,year,title,container",
    [
        # Chicago author-date
        (
            "Smythe, Dallas W. 1977. “Communications: Blindspot of Western Marxism.” Canadian Journal of "
            "Political and Social Theory 1 (3): 1–27.",
            ["Smythe, Dallas W"],
            1977,
            "Communications: Blindspot of Western Marxism",
            "Canadian Journal of Political and Social Theory",
        ),
        # Chicago bibliography, second author given-name first
        (
            "Fuchs, Christian, and Sebastian Sevignani. What Is Digital Labour? London: Pluto, 2013.",
            ["Fuchs, Christian", "Sevignani, Sebastian"],
            2013,
            "What Is Digital Labour?",
            "Pluto",
        ),
        # MLA
        (
            "Fuchs, Christian. “Dallas Smythe Today.” tripleC, vol. 10, no. 2, 2012, pp. 692–740.",
            ["Fuchs, Christian"],
            2012,
            "Dallas Smythe Today",
            "tripleC",
        ),
        # Harvard
        (
            "Terranova, T. (2000) Free labor: producing culture for the digital economy. Social Text, 18(2), pp. 33-58.",
            ["Terranova, T."],
            2000,
            "Free labor: producing culture for the digital economy",
            "Social Text",
        ),
        # IEEE
        (
            "D. W. Smythe, “Communications: Blindspot of Western Marxism,” Canadian Journal of Political and "
            "Social Theory, vol. 1, no. 3, pp. 1–27, 1977.",
            ["Smythe, D. W."],
            1977,
            "Communications: Blindspot of Western Marxism",
            "Canadian Journal of Political and Social Theory",
        ),
        # APA with editors and particles
        (
            "Scholz, T. (Ed.). (2013). Digital labor: The Internet as playground and factory. New York: Routledge.",
            ["Scholz, T."],
            2013,
            "Digital labor: The Internet as playground and factory",
            "Routledge",
        ),
        (
            "van Dijck, J. (2013). The culture of connectivity. Oxford: Oxford University Press.",
            ["van Dijck, J."],
            2013,
            "The culture of connectivity",
            "Oxford University Press",
        ),
        # Chinese APA
        ("王宁（2021）。数字劳动研究。北京：人民出版社。", ["王宁"], 2021, "数字劳动研究", "人民出版社"),
    ],
)
def test_styles(entry, authors, year, title, container):
    ref = parse_entry(entry)
    assert (ref.authors, ref.year, ref.title, ref.container) == (authors, year, title, container)


def test_year_suffix_comes_from_the_entry_text():
    ref = parse_entry("Fuchs, C. (2012a). Dallas Smythe today. tripleC, 10(2), 692–740.")
    assert ref.year == 2012 and year_suffix(ref) == "a"
    assert year_suffix(parse_entry("Fuchs, C. (2014). Digital labour. Routledge.")) == ""


def test_debris_lines_are_not_entries():
    assert entries("\n\n  \n") == []
    assert entries("---\n") == []


def test_markdown_bullets_are_entries():
    text = "- Fuchs, C. (2014). Digital labour and Karl Marx. New York: Routledge.\n* Huws, U. (2014). Labor in the global\n  digital economy. New York: Monthly Review Press.\n"
    got = [r for _, r in entries(text)]
    assert [(r.first_surname, r.year) for r in got] == [("Fuchs", 2014), ("Huws", 2014)]
    assert got[1].title == "Labor in the global digital economy"
