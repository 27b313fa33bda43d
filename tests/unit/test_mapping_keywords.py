"""Keywords' tokenizer: Chinese names kept out, and jieba's segmentation of a run memoised exactly."""

from __future__ import annotations

from argmap.mapping import keywords

RUNS = ["福克斯认为数字劳动创造价值", "然而", "平台用户的无偿劳动是否生产剩余价值仍有争议", "史麦兹的受众商品论",
        "研究表明青少年使用社交媒体的时间与抑郁症状相关", "最低工资提高并未显著减少就业", "外援促进经济增长"]


def test_tokenize_drops_chinese_names_in_skip():
    tokens = keywords.tokenize("福克斯认为数字劳动创造价值 (Fuchs 2014)", {"福克斯", "fuchs"})
    assert "福克斯" not in tokens and "fuchs" not in tokens
    assert "劳动" in tokens and "价值" in tokens


def test_memoised_segmentation_is_jiebas():
    jieba = keywords._jieba()
    for run in RUNS + RUNS:
        assert list(keywords._segment(run)) == jieba.lcut(run)


def test_reporting_verbs_are_no_keywords():
    """A position's label says what its claims hold, not that someone thinks, asks or finds it."""
    groups = [["Jhally thinks the audience works.", "Murdock asks what the media sell and finds ideology.",
               "Smythe notes that the audience works for advertisers."],
              ["Caraway thinks audiences have agency.", "Meehan asks about ratings and finds measurement."]]
    words = [w for group in keywords.ctfidf_keywords(groups, top=8) for w in group]
    assert {"audience", "ratings"} <= set(words)
    assert not {"thinks", "asks", "finds", "notes"} & set(words)
    assert "认为" not in keywords.tokenize("史麦兹发现受众在劳动") and "发现" not in keywords.tokenize("史麦兹发现受众在劳动")


def test_accented_names_are_one_word():
    tokens = keywords.tokenize("Bolaño and Vieira argue that Bolaño's critics misread Marx.", {"bolaño", "vieira"})
    assert "bola" not in tokens and "bolaño" not in tokens and "misread" in tokens
    assert "bolaño" in keywords.proper_nouns(["Critics of Bolaño disagree."])
