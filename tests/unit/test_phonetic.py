"""Phonetic matching of Chinese transliterations to Latin surnames, and its calibration."""

from __future__ import annotations

import pytest

from argmap.nlp import translit
from argmap.nlp.phonetic import MATCH, SurnameIndex, han_skeletons, latin_skeletons, score

# Renderings of another field's authors (psychology), none of them in the transliteration table.
PAIRS = [
    ("特温格", "Twenge"),
    ("奥本", "Orben"),
    ("普日贝尔斯基", "Przybylski"),
    ("海特", "Haidt"),
    ("奥杰斯", "Odgers"),
    ("阿尔科特", "Allcott"),
    ("布拉吉耶里", "Braghieri"),
    ("凯利", "Kelly"),
    ("温斯坦", "Weinstein"),
    ("詹森", "Jensen"),
]


@pytest.mark.parametrize("han,latin", PAIRS)
def test_renderings_match_their_surname(han, latin):
    assert not translit.known(han) or han == "海特"  # 海特 is Hardt/Hart in the table
    assert score(han, latin) >= MATCH


@pytest.mark.parametrize("han,latin", PAIRS)
def test_renderings_do_not_match_the_other_surnames(han, latin):
    for _, other in PAIRS:
        if other != latin:
            assert score(han, other) < MATCH, other


def test_skeletons_keep_consonants_and_a_leading_vowel():
    assert han_skeletons("特温格") == {"TFNK"} and "TFNK" in latin_skeletons("Twenge")
    assert han_skeletons("奥本") == {"VPN"} and "VPN" in latin_skeletons("Orben")  # the coda r may drop
    assert "HLT" in latin_skeletons("Hardt") and "HT" in latin_skeletons("Hardt")  # ... or be 尔


def test_calibration_on_the_transliteration_table():
    """Every pair the table holds is a labelled example: most true pairs match, and a rendering almost
    never matches another scholar's surname (the year restriction then leaves a handful to confuse)."""
    pairs = [(h, latin) for h, names in translit.table().items() for latin in names if "·" not in h]
    surnames = sorted({latin for _, latin in pairs})
    index = SurnameIndex(surnames)
    hits = sum(score(h, latin) >= MATCH for h, latin in pairs)
    false = sum(len(set(index.matches(h)) - set(translit.to_latin(h))) for h, _ in pairs)
    assert hits / len(pairs) >= 0.88
    assert false / (len(pairs) * len(surnames)) <= 0.005


def test_best_suffix_finds_where_the_name_starts():
    index = SurnameIndex(["Braghieri", "Orben", "Przybylski"])
    assert index.best_suffix("研究发现布拉吉耶里") == "布拉吉耶里"
    assert index.best_suffix("我们将继续讨论奥本") == "奥本"
    assert index.best_suffix("普日贝尔斯基") == "普日贝尔斯基"
    assert index.best_suffix("史密特") == ""


def test_pinyin_is_imported_only_when_a_rendering_is_scored():
    import subprocess
    import sys

    code = (
        "import sys; from argmap.nlp import phonetic; assert 'pypinyin' not in sys.modules; "
        "phonetic.latin_skeletons('Twenge'); assert 'pypinyin' not in sys.modules; "
        "phonetic.han_skeletons('特温格'); assert 'pypinyin' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
