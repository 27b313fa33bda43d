"""Language of a stretch of text, by the share of Chinese characters against Latin words."""

from __future__ import annotations

import re
from typing import Literal

# Han ideographs (basic block, extension A, compatibility ideographs).
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")

# A Han character carries about as much as an English word, so the two are counted as equals.
# Above ZH_SHARE of the units the text is Chinese, below EN_SHARE English, mixed in between.
ZH_SHARE = 0.75
EN_SHARE = 0.25


def han_count(text: str) -> int:
    """Number of Chinese characters in ``text``."""
    return len(_HAN.findall(text))


def latin_word_count(text: str) -> int:
    """Number of runs of Latin letters in ``text``."""
    return len(_LATIN_WORD.findall(text))


def is_han(char: str) -> bool:
    """Whether one character is a Chinese ideograph."""
    return bool(_HAN.match(char))


def detect_language(text: str) -> Literal["en", "zh", "mixed"]:
    """'zh', 'en' or 'mixed' by the share of Han characters among Han characters plus Latin words.

    Text with neither (numbers, punctuation, empty) counts as English, the corpus default.
    """
    han = han_count(text)
    latin = latin_word_count(text)
    total = han + latin
    if total == 0:
        return "en"
    share = han / total
    if share >= ZH_SHARE:
        return "zh"
    if share <= EN_SHARE:
        return "en"
    return "mixed"
