"""In-text citation finding: every form of the brief, English and Chinese, and what is not a citation."""

from __future__ import annotations

import pytest

from argmap.nlp.citations import find_citations, find_citations_marked


def found(text: str) -> list[tuple[list[str], int | None, str]]:
    return [(c.surnames, c.year, c.suffix) for c in find_citations(text)]


# (sentence, expected [(surnames, year, suffix)], narrative?)
AUTHOR_YEAR = [
    ("Audiences work (Fuchs, 2014).", [(["Fuchs"], 2014, "")], False),
    ("Audiences work (Fuchs 2014).", [(["Fuchs"], 2014, "")], False),
    ("Audiences work (Fuchs, 2014, p. 12).", [(["Fuchs"], 2014, "")], False),
    ("Audiences work (Fuchs, 2014: 12).", [(["Fuchs"], 2014, "")], False),
    ("Audiences work (see Fuchs, 2014).", [(["Fuchs"], 2014, "")], False),
    (
        "Audiences work (e.g., Fuchs, 2014; Terranova, 2000).",
        [(["Fuchs"], 2014, ""), (["Terranova"], 2000, "")],
        False,
    ),
    ("Audiences work (Fuchs, 2010, 2014).", [(["Fuchs"], 2010, ""), (["Fuchs"], 2014, "")], False),
    ("Audiences work (Fuchs, 2012a, 2012b).", [(["Fuchs"], 2012, "a"), (["Fuchs"], 2012, "b")], False),
    ("Audiences work (Fuchs, 2012a, b).", [(["Fuchs"], 2012, "a"), (["Fuchs"], 2012, "b")], False),
    ("Value is affect (Arvidsson & Colleoni, 2012).", [(["Arvidsson", "Colleoni"], 2012, "")], False),
    ("Value is affect (Arvidsson and Colleoni, 2012).", [(["Arvidsson", "Colleoni"], 2012, "")], False),
    ("Users work hours (Jardim et al., 2017).", [(["Jardim"], 2017, "")], False),
    ("Users work hours (Jardim et al. 2017).", [(["Jardim"], 2017, "")], False),
    ("Fuchs (2014) argues that users work.", [(["Fuchs"], 2014, "")], True),
    ("Fuchs (2014, p. 5) argues that users work.", [(["Fuchs"], 2014, "")], True),
    ("Arvidsson and Colleoni (2012) disagree.", [(["Arvidsson", "Colleoni"], 2012, "")], True),
    ("Jhally and Livant (1986) call it working.", [(["Jhally", "Livant"], 1986, "")], True),
    ("Jardim et al. (2017) measured it.", [(["Jardim"], 2017, "")], True),
    ("Fuchs's (2014) reply was sharp.", [(["Fuchs"], 2014, "")], True),
    ("Fuchs’s (2014) reply was sharp.", [(["Fuchs"], 2014, "")], True),
    ("Bolaño and Vieira (2015) deny it.", [(["Bolaño", "Vieira"], 2015, "")], True),
    ("Kücklich (2005) coined playbour.", [(["Kücklich"], 2005, "")], True),
    ("Kuecklich (2005) coined playbour.", [(["Kuecklich"], 2005, "")], True),
    ("Platforms shape sociality (van Dijck, 2013).", [(["van Dijck"], 2013, "")], False),
    ("Tactics resist strategies (de Certeau, 1984).", [(["de Certeau"], 1984, "")], False),
    ("As van Dijck (2013) shows.", [(["van Dijck"], 2013, "")], True),
    ("Fuchs (2010; 2014) repeats it.", [(["Fuchs"], 2010, ""), (["Fuchs"], 2014, "")], True),
    ("Capital is value in motion (Marx, 1867/1976).", [(["Marx"], 1976, "")], False),
    ("It is so (Fuchs, 2010; 2014).", [(["Fuchs"], 2010, ""), (["Fuchs"], 2014, "")], False),
    # Chinese
    ("受众是商品（Smythe，1977）。", [(["Smythe"], 1977, "")], False),
    ("受众是商品（Smythe, 1977）。", [(["Smythe"], 1977, "")], False),
    ("受众是商品（福克斯，2014）。", [(["福克斯"], 2014, "")], False),
    ("受众是商品（福克斯 2014）。", [(["福克斯"], 2014, "")], False),
    ("福克斯（2014）认为受众是商品。", [(["福克斯"], 2014, "")], True),
    ("史麦兹（Smythe，1977）认为受众是商品。", [(["Smythe"], 1977, "")], True),
    ("史麦兹（Smythe, 1977）认为受众是商品。", [(["Smythe"], 1977, "")], True),
    ("王宁（2021）认为用户在劳动。", [(["王宁"], 2021, "")], True),
    (
        "用户在劳动（王宁，2021；齐磊磊、李霞，2022）。",
        [(["王宁"], 2021, ""), (["齐磊磊", "李霞"], 2022, "")],
        False,
    ),
    ("齐磊磊和李霞（2022）访谈了骑手。", [(["齐磊磊", "李霞"], 2022, "")], True),
    ("哈特和内格里（2000）提出诸众。", [(["哈特", "内格里"], 2000, "")], True),
    ("正如王宁（2021）所说。", [(["王宁"], 2021, "")], True),
    ("克里斯蒂安·福克斯（2014）认为。", [(["福克斯"], 2014, "")], True),
    ("福克斯等（2014）认为。", [(["福克斯"], 2014, "")], True),
    ("研究如此（参见福克斯等，2014）。", [(["福克斯"], 2014, "")], False),
    ("马克思（2004：56）指出。", [(["马克思"], 2004, "")], True),
    ("Fuchs（2014）指出。", [(["Fuchs"], 2014, "")], True),
]


@pytest.mark.parametrize("text,expected,narrative", AUTHOR_YEAR, ids=[t for t, _, _ in AUTHOR_YEAR])
def test_author_year_forms(text, expected, narrative):
    cits = find_citations(text)
    assert [(c.surnames, c.year, c.suffix) for c in cits] == expected
    assert all(c.narrative is narrative for c in cits)
    assert all(c.number is None for c in cits)
    for c in cits:
        assert text[c.start : c.end] == c.text


NUMBERED = [
    ("As shown [3].", [3]),
    ("As shown [1, 4].", [1, 4]),
    ("As shown [1,4].", [1, 4]),
    ("As shown [2-5].", [2, 3, 4, 5]),
    ("As shown [2–5].", [2, 3, 4, 5]),
    ("As shown [1; 3].", [1, 3]),
    ("As shown [3, p. 7].", [3]),
    ("如前所述[1]。", [1]),
    ("如前所述［1］。", [1]),
    ("福克斯[3]认为用户在劳动。", [3]),
    ("As shown [1]-[3].", [1, 2, 3]),
]


@pytest.mark.parametrize("text,numbers", NUMBERED, ids=[t for t, _ in NUMBERED])
def test_numbered_forms(text, numbers):
    cits = find_citations(text)
    assert [c.number for c in cits] == numbers
    assert all(c.year is None and not c.surnames for c in cits)
    for c in cits:
        assert text[c.start : c.end] == c.text


NOT_CITATIONS = [
    "In 1977, Smythe published his essay.",
    "The essay (1977) was ignored for years.",
    "He discusses it on pages 12-15 (pp. 12–15).",
    "The text is wrong [sic] but quoted.",
    "See [the appendix](appendix.md) and [1](https://example.org).",
    "A footnote marker[^1] is not a citation.",
    "A period of growth (2014-2016) followed.",
    "(In 2014, the platform changed its terms.)",
    "As of March (2014) nothing changed.",
    "1977年，这篇文章发表时并未引起注意。",
    "本研究（2023）以访谈资料为基础。",
    "《数字劳动》（2014）一书影响很大。",
    "Markdown reference links [text][1] are links.",
]


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_not_citations(text):
    assert find_citations(text) == []


def test_offsets_and_surface_forms_of_a_multi_citation_parenthesis():
    text = "Value is contested (e.g., Fuchs, 2014; Terranova, 2000) today."
    a, b = find_citations(text)
    assert (a.text, b.text) == ("Fuchs, 2014", "Terranova, 2000")
    assert text[a.start : a.end] == a.text and text[b.start : b.end] == b.text


def test_single_citation_spans_the_parentheses():
    text = "Audiences work (see Fuchs, 2014, p. 3)."
    (c,) = find_citations(text)
    assert c.text == "(see Fuchs, 2014, p. 3)"


def test_citations_come_in_order_of_appearance():
    text = "Smythe (1977) and [2] and (Fuchs, 2014)."
    assert [c.start for c in find_citations(text)] == sorted(c.start for c in find_citations(text))
    assert [c.year or c.number for c in find_citations(text)] == [1977, 2, 2014]


def test_comma_before_a_name_does_not_make_a_coauthor():
    (c,) = find_citations("As argued by Smythe, Fuchs (2014) extends it.")
    assert c.surnames == ["Fuchs"]


def test_bare_name_and_year_is_found_and_flagged():
    marked = find_citations_marked(
        "The structure is the same as in Smythe 1977 and (Murdock, 1978; Fuchs, 2014)."
    )
    assert [(c.surnames, c.year, bare) for c, bare in marked] == [
        (["Smythe"], 1977, True),
        (["Murdock"], 1978, False),
        (["Fuchs"], 2014, False),
    ]
    assert find_citations("Growth from Smythe 1977-1980 was slow.") == []
