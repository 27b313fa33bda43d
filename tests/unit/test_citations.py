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


# --- names the transliteration table does not know ---------------------------------------------


@pytest.mark.parametrize(
    "text,surnames",
    [
        ("奥本等（2022）的纵向研究表明。", ["奥本"]),
        ("凯利等（2018）发现。", ["凯利"]),
        ("研究如此，凯利等人（2018）发现。", ["凯利"]),
    ],
)
def test_two_character_rendering_before_deng_is_a_name(text, surnames):
    (c,) = find_citations(text)
    assert (c.surnames, c.year, c.narrative) == (surnames, int(text.split("（")[1][:4]), True)
    assert c.text == text[c.start : c.end] and c.text.startswith(surnames[0])


def test_two_ordinary_characters_without_deng_are_no_name():
    assert find_citations("本研究（2023）以访谈资料为基础。") == []


class _Heard:
    """NameHints over a fixed list of Latin surnames, by sound (what ``resolve.CorpusNames`` does per year)."""

    def __init__(self, *surnames: str):
        from argmap.nlp.phonetic import SurnameIndex

        self.index = SurnameIndex(surnames)

    def han_name(self, run, years):
        return self.index.best_suffix(run)

    def is_surname(self, word):
        return False


@pytest.mark.parametrize(
    "text,surnames",
    [
        ("布拉吉耶里等（2022）利用自然实验。", ["布拉吉耶里"]),  # not 吉耶里
        ("奥本和普日贝尔斯基（2020）随即回应。", ["奥本", "普日贝尔斯基"]),  # not 贝尔斯基
        ("我们将继续讨论奥本（2022）。", ["奥本"]),  # a two-character name the corpus knows
        ("然而，特温格、海特等（2020）指出。", ["特温格", "海特"]),
    ],
)
def test_known_authors_tell_where_a_rendering_starts(text, surnames):
    hints = _Heard("Braghieri", "Orben", "Przybylski", "Twenge", "Haidt")
    (c,) = find_citations(text, hints)
    assert c.surnames == surnames
    assert c.text == text[c.start : c.end] and c.text.startswith(surnames[0])


def test_chinese_names_and_words_are_not_heard_as_latin_ones():
    hints = _Heard("Wang", "Ning", "Chen", "Ennis", "Yan")
    assert [c.surnames for c in find_citations("正如王宁（2021）所说。", hints)] == [["王宁"]]
    assert find_citations("本研究（2023）以访谈资料为基础。", hints) == []


@pytest.mark.parametrize(
    "text,surnames,surface",
    [
        (
            "Earlier, Przybylski and Weinstein (2017) had shown it.",
            ["Przybylski", "Weinstein"],
            "Przybylski and Weinstein (2017)",
        ),
        (
            "Similarly, Orben, Przybylski and Kievit (2022) find windows.",
            ["Orben", "Przybylski", "Kievit"],
            None,
        ),
        (
            "Earlier, Przybylski and Weinstein 2017 had shown it.",
            ["Przybylski", "Weinstein"],
            "Przybylski and Weinstein 2017",
        ),
    ],
)
def test_sentence_opening_connective_is_not_an_author(text, surnames, surface):
    (c,) = find_citations(text)
    assert c.surnames == surnames
    assert c.text == (surface or c.text) == text[c.start : c.end]


def test_three_author_list_keeps_its_first_author():
    (c,) = find_citations("Twenge, Haidt, Joiner and Campbell (2020) argue otherwise.")
    assert c.surnames == ["Twenge", "Haidt", "Joiner", "Campbell"]
