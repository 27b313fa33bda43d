"""Wording that answers no: a sentence that denies, rejects or doubts ("Rigi and Prey (2015) deny that
audiences produce any value", "Caraway (2011) objects that …", "Hesmondhalgh (2010) is not persuaded …",
"李育松持不同意见", "…否认…"), or reports finding nothing ("they find no reduction in fast-food
employment", "no robust positive effect of aid on growth", "the claim … is not supported", "employment did
not fall", "没有发现", "就业并没有下降").

By the settings contract a debate's pro side answers its question yes and its con side no, and what such
a sentence says no to is most often the question's yes: in the six example corpora 27 of 29 sided
sentences with a denial are con, and 40 of 42 with a finding of nothing (the exceptions deny a con view,
"show no sign that aid has reduced growth"). The words of the clause denied cannot say which way (the
embedding barely reads negation, and reading the clause and flipping it was right for 5 of 11 reported
denials), so this is a lean on the prior, not a verdict. A negated denial ("We do not deny that …",
"并不否认") is a concession and leans nowhere. Saying that something is not so ("the audience is not a
commodity") leans the same way, more weakly. Reporting an effect found ("a positive effect of aid on
growth", "正的平均效应") or endorsing a thesis ("accept the charge of exploitation") leans the other way, to
the side that answers yes.
"""

from __future__ import annotations

import re

import numpy as np

from argmap.mapping.cues import Cues

# How far saying no moves the side-statement prior, whose range is (-0.5, 0.5). bench_robust, six corpora,
# denials alone: 0 → 0.4 → 1.0 gave mean stance 0.674 → 0.693 → 0.697.
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
_NOTHING_FOUND = re.compile(
    r"\b(?:(?:find|finds|found|finding|report|reports|reported|show|shows|showed|yield|yields|yielded) (?:no|little)|"
    r"(?:no|little|scant|weak|negligible|tiny|trivial) (?:\w+ ){0,2}(?:evidence|effects?|sign|indication|association|"
    r"loss|losses|reduction|impact|link)|"
    r"(?:is|are|was|were|has not been|have not been|remains?) (?:not|un|hardly|no longer) ?(?:supported|"
    r"established|robust|significant|shown|proven|borne out|warranted)|did not (?:survive|hold|find|show)|"
    r"does not (?:survive|hold|show|follow)|(?:did|does|do|has|have|had|need) not (?:\w+ )?(?:fall(?:en)?|declined?|"
    r"drop(?:ped)?|rise|risen|increased?|grow|grown|improved?|worsened?|harmed?|hurt|lowered?|cut|cost|reduced?|"
    r"raised?|caused?|created?|produced?)|"
    # What barely moved: "the number of low-wage jobs hardly changes".
    r"(?:hardly|barely) (?:changes?|changed|moved?|moves|falls|fell|fallen|rises|rose|declined?|declines)|"
    r"(?:effects?|impacts?|estimates?) (?:close to|near|indistinguishable from) zero|"
    r"cannot (?:show|establish|demonstrate))\b|"
    r"没有(?:发现|证据)|(?:并未|并没有|没有)(?:减少|下降|降低|增加|上升|提高|改善|恶化|损害|促进|带来|导致|创造|产生)|"
    r"并未发现|不显著|未能(?:发现|证明|找到)|"
    r"并不(?:创造|导致|减少|促进|增加|产生)|无法证明|缺乏(?:证据|稳健)|(?:影响|效应|作用)(?:很|非常|极|十分)?(?:小|微弱)|微乎其微",
    re.IGNORECASE,
)
# Naming an effect found is the mirror: "found a positive effect of aid on growth", "most credible studies
# find negative effects on the employment of low-skilled workers". In the example corpora 19 of 23 sentences
# with a side that name a positive, negative, significant or robust effect, and say no to nothing, are on the
# side that answers yes (2 con, hedging: "even the larger associations remain small"; 2 with no side). The
# effect named under a negation ("did not show a robust effect", "没有表现出稳健的增长效应") is a finding
# of nothing. bench_robust, six corpora: mean stance 0.740 -> 0.751, foreign-aid 0.704 -> 0.765, the
# digital-labour corpora unchanged (they name no effects); a lean of 0.3 gained 0.006 and 0.8 as 0.5.
_EFFECT = re.compile(
    r"\b(?:positive|significant|negative|large|larger|sizeable|sizable|substantial|robust|strong|clear|"
    r"measurable|adverse|harmful|beneficial|causal) (?:[\w-]+ ){0,2}(?:effects?|impacts?|associations?|links?|"
    r"relationships?|correlations?|gains?|losses|reductions?|increases?|declines?)\b|"
    r"(?:(?:显著|正向|负向|积极|消极|稳健)的?|[正负]的)[^，。；、]{0,4}?(?:影响|效应|作用|关联)",
    re.IGNORECASE,
)
# A negation shortly before the effect, in the same clause.
_EFFECT_NEGATED = re.compile(
    r"\b(?:not|no|never|without|neither|nor|lacks?|lacking)\b[^.;:,]*$|(?:没有|未|不|无|缺乏)[^，。；]{0,8}$",
    re.IGNORECASE)
W_EFFECT = 0.5
DENIES = "denies, rejects or doubts something"
FINDS_NOTHING = "reports finding no effect or evidence"
FINDS_EFFECT = "reports an effect found"
# Finding fault ("calling users exploited is a category error", "这一概念过于宽泛", "its weakness is …";
# ``Cues.critique``) says no as a denial does: in the digital-labour corpora 14 of 17 sided sentences that
# find fault (and say no in no other way) are con, for the critics answer the labour thesis. In the other
# fields it is 3 con against 6 pro, three of those six no fault at all (睡眠不足 "too little sleep", an
# estimate's "error"), so the lean is the debates' usual shape, not a rule of the wording. bench_robust, six
# corpora, as a lean of 0.25 / 0.5 / 0.8: mean stance 0.751 -> 0.753 / 0.758 / 0.758; at 0.5
# digital-labour 0.777 -> 0.791, reading-group 0.671 -> 0.691, minimum-wage 0.792 -> 0.799, screen-time and
# foreign-aid as they were.
FINDS_FAULT = "finds fault with something"
# Saying that something is not so ("the audience is not a commodity", "users are not workers", "并不是劳动")
# leans the same way, more weakly: in the six example corpora 18 of 25 sided sentences that do so, and say
# no in no other way, are on the side that answers no. "Not only", "not X but Y" and "而不是" set one thing
# against another and lean nowhere (their sides split about evenly). bench_robust, six corpora, leans of
# 0.3 and 0.5: stance 0.784 -> 0.785 both, counters 0.490 -> 0.494 / 0.493, no corpus lower at 0.3.
W_NOT_SO = 0.3
NOT_SO = "says something is not so"
_NOT_SO_EN = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?!only\b|just\b|merely\b|simply\b|because\b|that\b|so\b|the only\b|least\b)|"
    r"\b(?:isn't|aren't|wasn't|weren't)\s+(?!only\b|just\b)", re.IGNORECASE)
_NOT_SO_ZH = re.compile(r"(?:并不是|不是|并非)(?!因为)")
_NOT_BUT = re.compile(r"\bbut\b|\brather\b|而是|而不是")


def _unnegated(pattern: re.Pattern[str], negated: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` occurs in ``text`` somewhere not just after a negation (``negated``)."""
    return any(not negated.search(text[:match.start()]) for match in pattern.finditer(text))


def denies(text: str) -> bool:
    """Whether the sentence denies, rejects or doubts something, and not in a negated form."""
    return _unnegated(_DENY_EN, _NEGATED_EN, text) or _unnegated(_DENY_ZH, _NEGATED_ZH, text)


def _effect(text: str) -> str | None:
    """``FINDS_EFFECT`` when the sentence names an effect, ``FINDS_NOTHING`` when a negation governs it."""
    match = _EFFECT.search(text)
    if match is None:
        return None
    before = text[max(0, match.start() - 40):match.start()]
    return FINDS_NOTHING if _EFFECT_NEGATED.search(before) else FINDS_EFFECT


def _answer(text: str) -> str | None:
    """How the sentence answers the question by its wording: ``DENIES``, ``FINDS_NOTHING``, ``FINDS_EFFECT``
    or None. The effect is looked for only when nothing else answers, and once."""
    if denies(text):
        return DENIES
    if _NOTHING_FOUND.search(text):
        return FINDS_NOTHING
    return _effect(text)


def says_no(text: str) -> str | None:
    """How the sentence answers no (``DENIES``, ``FINDS_NOTHING``), or None."""
    how = _answer(text)
    return None if how == FINDS_EFFECT else how


def finds_effect(text: str) -> str | None:
    """``FINDS_EFFECT`` when the sentence reports an effect found and no negation governs it, else None."""
    return FINDS_EFFECT if _effect(text) == FINDS_EFFECT else None


# Endorsing a thesis, claim or view ("Napoli (2010) and Nixon (2014) also defend the claim that audiences
# work", "Fisher (2012) and Rey (2012) accept the charge of exploitation", "Rey agrees that users are
# exploited", "take the same line") is the mirror of denying one and leans to the side that answers yes: in
# the six example corpora 15 of 16 sided sentences that do so, and answer in no other way, are pro (the
# thesis a debate is about is mostly its yes). bench_robust, six corpora, both heads fitted without the
# corpus scored, leans of 0.3 and 0.5: stance 0.784 -> 0.790 / 0.789, counters 0.514 -> 0.545 / 0.544.
W_ENDORSES = 0.3
ENDORSES = "endorses a thesis, claim or view"
_ENDORSES = re.compile(
    r"\b(?:(?:defend|support|accept|endors|uph[oe]ld|agree(?:s|d)? with|confirm|vindicat|extend|refin)\w*\s+"
    r"(?:(?:the|a|an|his|her|their|its|this|that|these)\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:thesis|claim|charge|view|position|idea|argument|theory|case|line)\b|agree(?:s|d)? that|"
    r"(?:take|takes|taken|took) the same line)|"
    r"(?:支持|赞同|认同|捍卫)了?(?:这一|该|其|他的|她的)?(?:观点|论点|立场|论断|主张)",
    re.IGNORECASE)


def endorses(text: str) -> bool:
    """Whether the sentence endorses a thesis, claim or view (``ENDORSES``), and not in a negated form."""
    return _unnegated(_ENDORSES, _NEGATED_EN if text.isascii() else _NEGATED_ZH, text)


def not_so(text: str) -> bool:
    """Whether the sentence says that something is not so, and sets nothing against it (``NOT_SO``)."""
    if "而不是" in text:
        return False
    match = (_NOT_SO_EN if text.isascii() else _NOT_SO_ZH).search(text)
    return match is not None and not _NOT_BUT.search(text, match.end())


def no_side(pro: list[str], con: list[str]) -> int:
    """Which side of a debate answers no: -1 (con), as the settings contract has it, unless only the pro
    statements say no ("Is platform income only rent?" with pro "Users' activity creates no value"), +1."""
    pro_no, con_no = any(says_no(t) for t in pro), any(says_no(t) for t in con)
    return 1 if pro_no and not con_no else -1


def saying_no(texts: list[str], cues: list[Cues]) -> tuple[np.ndarray, list[str | None]]:
    """Per sentence, how far its saying no moves the prior towards the side that answers no (``no_side``):
    ``W_DENIAL`` (a denial, a finding of nothing, a fault found), ``W_NOT_SO`` (something said not to be so),
    or away from it ``-W_EFFECT`` for an effect found and ``-W_ENDORSES`` for a thesis endorsed, else 0; and
    how it answers.
    ``texts`` are what each sentence claims: a thesis statement by its claim clause, for "…, even when
    prominent studies report no effect" concedes rather than claims. Framing and questions say nothing
    ("… that every later contribution has to accept or reject")."""
    how = [None if c.framing or c.question
           else _answer(t) or (FINDS_FAULT if c.critique >= 0 else None) or (NOT_SO if not_so(t) else None)
           or (ENDORSES if endorses(t) else None)
           for t, c in zip(texts, cues, strict=True)]
    lean = {FINDS_EFFECT: -W_EFFECT, ENDORSES: -W_ENDORSES, NOT_SO: W_NOT_SO, None: 0.0}
    return np.array([lean.get(h, W_DENIAL) for h in how]), how
