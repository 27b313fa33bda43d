"""Sentence boundaries: English abbreviations, citations, quotes; Chinese punctuation; mixed text."""

from __future__ import annotations

import pytest

from argmap.nlp.sentences import split_sentences

CASES = [
    # English abbreviations never end a sentence before more of the same sentence.
    (
        "Smythe et al. argue that audiences work. Others disagree.",
        ["Smythe et al. argue that audiences work.", "Others disagree."],
    ),
    ("See pp. 12-14 for details. The point stands.", ["See pp. 12-14 for details.", "The point stands."]),
    (
        "As noted on p. 5 labour is unpaid. This matters.",
        ["As noted on p. 5 labour is unpaid.", "This matters."],
    ),
    (
        "Platforms, e.g. Facebook, sell attention. Users work.",
        ["Platforms, e.g. Facebook, sell attention.", "Users work."],
    ),
    (
        "Audiences, i.e. Viewers, are sold. They labour.",
        ["Audiences, i.e. Viewers, are sold.", "They labour."],
    ),
    (
        "See vol. 3, no. 2 of the journal. It was reprinted.",
        ["See vol. 3, no. 2 of the journal.", "It was reprinted."],
    ),
    (
        "The essay in Smith ed. 1990 recurs. Jones eds. 1991 disagrees.",
        ["The essay in Smith ed. 1990 recurs.", "Jones eds. 1991 disagrees."],
    ),
    ("Cf. Fuchs on this point. He agrees.", ["Cf. Fuchs on this point.", "He agrees."]),
    ("Labour vs. Leisure is the question. It is old.", ["Labour vs. Leisure is the question.", "It is old."]),
    ("Dr. Terranova wrote this. She was right.", ["Dr. Terranova wrote this.", "She was right."]),
    (
        "D. W. Smythe wrote the essay. It began a debate.",
        ["D. W. Smythe wrote the essay.", "It began a debate."],
    ),
    (
        "As Smythe, D. W. (1977) argued, audiences work. Murdock replied.",
        ["As Smythe, D. W. (1977) argued, audiences work.", "Murdock replied."],
    ),
    (
        "The rate rose 3.5 percent in 2012. It fell later.",
        ["The rate rose 3.5 percent in 2012.", "It fell later."],
    ),
    ("He paused... Then he went on.", ["He paused...", "Then he went on."]),
    ("He paused... and went on.", ["He paused... and went on."]),
    (
        "Value is created (Wang et al., 2021). Others disagree.",
        ["Value is created (Wang et al., 2021).", "Others disagree."],
    ),
    (
        "Value is created (Wang et al. 2021; Fuchs 2014. Cf. Smythe). Others disagree.",
        ["Value is created (Wang et al. 2021; Fuchs 2014. Cf. Smythe).", "Others disagree."],
    ),
    ('He wrote "free labour." Then he stopped.', ['He wrote "free labour."', "Then he stopped."]),
    ('"Is it free?" he asked. Nobody answered.', ['"Is it free?" he asked.', "Nobody answered."]),
    ("Is value created? Yes, it is! Fine.", ["Is value created?", "Yes, it is!", "Fine."]),
    (
        "This is shown in Wang et al. Their data are new.",
        ["This is shown in Wang et al.", "Their data are new."],
    ),
    ("Wang et al. (2021) disagree. So do we.", ["Wang et al. (2021) disagree.", "So do we."]),
    ("Fans, clicks, etc. All of it counts.", ["Fans, clicks, etc.", "All of it counts."]),
    (
        "Audiences work. (Smythe, 1977). Murdock disagreed.",
        ["Audiences work. (Smythe, 1977).", "Murdock disagreed."],
    ),
    ("Users labour for free.12 The platform profits.", ["Users labour for free.12", "The platform profits."]),
    ("Users work.\nThe platforms profit.", ["Users work.", "The platforms profit."]),
    (
        "Prof. Fuchs and Mr. Smythe agree on St. Paul. They met.",
        ["Prof. Fuchs and Mr. Smythe agree on St. Paul.", "They met."],
    ),
    # Chinese: 。！？；…… end sentences, with closing quotes; parentheses and book titles do not.
    ("数字劳动创造价值。平台剥削用户！这对吗？", ["数字劳动创造价值。", "平台剥削用户！", "这对吗？"]),
    ("有人赞成；有人反对。", ["有人赞成；", "有人反对。"]),
    ("这一观点受到质疑……然而它仍有影响。", ["这一观点受到质疑……", "然而它仍有影响。"]),
    (
        "福克斯指出：“用户的活动是无酬劳动。”然而并非如此。",
        ["福克斯指出：“用户的活动是无酬劳动。”", "然而并非如此。"],
    ),
    ("他说「；」然后离开。", ["他说「；」", "然后离开。"]),
    ("有学者认为（详见第三章。下同）用户不创造价值。", ["有学者认为（详见第三章。下同）用户不创造价值。"]),
    ("斯麦兹（Smythe, 1977）提出了这一概念。", ["斯麦兹（Smythe, 1977）提出了这一概念。"]),
    ("《劳动是免费的吗？》一书影响很大。", ["《劳动是免费的吗？》一书影响很大。"]),
    ("王宁说：「劳动是自由的。」我们同意。", ["王宁说：「劳动是自由的。」", "我们同意。"]),
    # Mixed: English abstract then Chinese.
    (
        "Users work for advertisers. 用户为广告商劳动。平台获利。",
        ["Users work for advertisers.", "用户为广告商劳动。", "平台获利。"],
    ),
    ("用户是否劳动?这是问题。", ["用户是否劳动?", "这是问题。"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_boundaries(text: str, expected: list[str]) -> None:
    spans = split_sentences(text, "mixed")
    assert [text[a:b] for a, b in spans] == expected


def test_spans_are_stripped_offsets() -> None:
    text = "  First claim here.   Second claim here.  \n"
    spans = split_sentences(text, "en")
    assert spans == [(2, 19), (22, 40)]
    for start, end in spans:
        assert not text[start].isspace() and not text[end - 1].isspace()


def test_empty_and_blank_text() -> None:
    assert split_sentences("", "en") == []
    assert split_sentences("  \n ", "zh") == []


def test_unbalanced_parenthesis_does_not_swallow_the_paragraph() -> None:
    text = "First (unclosed claim. Second claim. Third claim."
    assert len(split_sentences(text, "en")) == 3
