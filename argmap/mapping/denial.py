"""Denials: a sentence that denies, rejects or doubts ("Rigi and Prey (2015) deny that audiences produce
any value", "Caraway (2011) objects that …", "Hesmondhalgh (2010) is not persuaded …", "李育松持不同意见",
"…否认…") answers no to something, and in a debate what is denied is most often the question's yes.

By the settings contract a debate's pro side answers its question yes and its con side no, so a denial
leans con. The words of the denied clause cannot say which way (the embedding barely reads negation, and
reading the clause and flipping it was right for 5 of 11 reported denials), so the lean is only a nudge
to the prior. A negated denial ("We do not deny that …", "并不否认") is a concession and leans nowhere.
"""

from __future__ import annotations

import re

import numpy as np

from argmap.mapping.cues import Cues

# How far a denial moves the side-statement prior, whose range is (-0.5, 0.5). bench_robust, six corpora:
# 0 → 0.4 → 1.0 gave mean stance 0.674 → 0.693 → 0.697 (digital-labour +0.018, reading-group +0.039,
# minimum-wage +0.003, foreign-aid -0.005 at 0.4).
W_DENIAL = 0.5

_DENY_EN = re.compile(
    r"\b(?:den(?:y|ies|ied) (?:that|the|any|it)|reject(?:s|ed|ing)?|object(?:s|ed|ing)? (?:that|to)|"
    r"doubt(?:s|ed|ing)? (?:that|whether|it)|disput(?:es|ed|ing) (?:that|the)|"
    r"(?:is|are|was|were|remains?) (?:not|un)(?: yet)? ?(?:persuaded|convinced)|"
    r"disagree(?:s|d)?(?! about| over| on)\b|takes? issue with)",
    re.IGNORECASE,
)
_DENY_ZH = re.compile(r"否认|反对|不同意|持不同意见|质疑|怀疑|不认同|不赞同|驳斥")
_NEGATED_EN = re.compile(r"\b(?:not|never|no one|nobody|hardly)\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
_NEGATED_ZH = re.compile(r"(?:不|没有|并不|并没有|并非|无意|从未)$")


def denies(text: str) -> bool:
    """Whether the sentence denies, rejects or doubts something, and not in a negated form."""
    for match in _DENY_EN.finditer(text):
        if not _NEGATED_EN.search(text[:match.start()]):
            return True
    for match in _DENY_ZH.finditer(text):
        if not _NEGATED_ZH.search(text[:match.start()]):
            return True
    return False


def denial_lean(texts: list[str], cues: list[Cues]) -> np.ndarray:
    """Per sentence, the prior's lean from a denial: ``-W_DENIAL`` (towards con), else 0. Framing and
    questions lean nowhere ("… that every later contribution has to accept or reject")."""
    return np.array([-W_DENIAL if denies(t) and not (c.framing or c.question) else 0.0
                     for t, c in zip(texts, cues, strict=True)])
