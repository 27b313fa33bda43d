"""Saying no leans con: by the settings contract, con is the side that answers the question no."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from argmap.mapping.cues import find_cues
from argmap.mapping.denial import (
    DENIES,
    ENDORSES,
    FINDS_EFFECT,
    FINDS_FAULT,
    FINDS_NOTHING,
    NOT_SO,
    W_DENIAL,
    W_EFFECT,
    W_ENDORSES,
    W_NOT_SO,
    denies,
    endorses,
    finds_effect,
    no_side,
    not_so,
    saying_no,
    says_no,
)
from argmap.mapping.stance import propagate


@pytest.mark.parametrize(("text", "expected"), [
    ("Rigi and Prey (2015) deny that audiences produce any value at all.", True),
    ("Caraway (2011) objects that audiences have agency.", True),
    ("Hesmondhalgh (2010) is not persuaded that this kind of free labour should be called exploitation.", True),
    ("Reveley rejects the whole line of argument.", True),
    ("Caraway (2011) disagrees.", True),
    ("He also doubts that audiences labour in the sense Marx gave the word.", True),
    ("李育松（2024）持不同意见，认为用户没有受到直接剥削。", True),
    ("博拉尼奥否认用户的活动是劳动。", True),
    # A negated denial is a concession; a dispute described is no denial.
    ("We do not deny that badly designed aid can harm governance.", False),
    ("Huws does not deny that people are exploited in the digital economy.", False),
    ("批评数字劳动理论并不否认平台对用户的控制。", False),
    ("They disagree about where the point lies beyond which losses begin.", False),
    ("The employment effect of minimum wages remains disputed.", False),
    ("Fuchs (2014) argues that users are exploited.", False),
])
def test_denies(text, expected):
    assert denies(text) is expected


@pytest.mark.parametrize(("text", "how"), [
    ("Rigi and Prey (2015) deny that audiences produce any value at all.", DENIES),
    ("With these data they find no reduction in fast-food employment in New Jersey.", FINDS_NOTHING),
    ("The broadest cross-country study finds no robust positive effect of aid on growth.", FINDS_NOTHING),
    ("For the increases actually studied, the claim that they destroy jobs is not supported by the evidence.",
     FINDS_NOTHING),
    ("That claim did not survive the addition of more countries and years.", FINDS_NOTHING),
    ("Most studies cannot show that technology causes poor mental health.", FINDS_NOTHING),
    ("研究没有发现最低工资提高导致就业减少。", FINDS_NOTHING),
    ("提高最低工资并未减少就业。", FINDS_NOTHING),
    # A change that did not happen: the intransitive twin of "did not reduce".
    ("Card and Krueger (1994) reported that employment did not fall in New Jersey.", FINDS_NOTHING),
    ("Decades of large aid flows have not produced the take-off that this argument predicts.", FINDS_NOTHING),
    ("发现新泽西州提高最低工资之后，就业并没有下降，甚至略有上升。", FINDS_NOTHING),
    ("新泽西州提高最低工资后，快餐店的就业没有减少。", FINDS_NOTHING),
    # A result that is gone, an effect near zero or negligible, a count that barely moves, a cost not needed.
    ("With the larger sample, the interaction between aid and good policy is no longer significant.", FINDS_NOTHING),
    ("Designs that compare adjacent counties find effects close to zero [2].", FINDS_NOTHING),
    ("The studies report negligible employment effects.", FINDS_NOTHING),
    ("They count jobs by wage and find that the number of low-wage jobs hardly changes.", FINDS_NOTHING),
    ("Monopsony offers a reason why a moderate minimum wage need not cost jobs.", FINDS_NOTHING),
    ("李娜（2021）的研究也表明，最低工资对就业的影响很小。", FINDS_NOTHING),
    # Ruling out another explanation is not finding no effect.
    ("Academic pressure did not change in a way that matches the curve.", None),
    ("Users who are unpaid are exploited in a strict sense.", None),
    ("这一批评并未否定受众被出售这一事实。", None),  # a generic "did not" finds nothing
])
def test_says_no(text, how):
    assert says_no(text) == how


@pytest.mark.parametrize(("text", "effect", "no"), [
    ("Hansen and Tarp (2001), by contrast, found a positive effect of aid on growth that did not depend on policy.",
     FINDS_EFFECT, None),
    ("Neumark and Wascher (2008) conclude that most credible studies find negative effects on the employment of "
     "low-skilled workers.", FINDS_EFFECT, None),
    ("Separating early-impact aid and lagging it yields a modest positive association with growth [5].",
     FINDS_EFFECT, None),
    ("阿恩特等（2010）也发现，从长期看援助对增长具有正的平均效应。", FINDS_EFFECT, None),
    ("Arndt, Jones and Tarp (2010) find a positive long-run effect of aid on growth.", FINDS_EFFECT, None),
    # The effect under a negation is a finding of nothing, in either language.
    ("Their estimates do not show any significant effect on employment.", None, FINDS_NOTHING),
    ("一些学者认为，援助在跨国数据中没有表现出稳健的增长效应（拉詹、苏布拉马尼安，2008）。", None, FINDS_NOTHING),
    ("The broadest cross-country study finds no robust positive effect of aid on growth.", None, FINDS_NOTHING),
    # A negation in another clause does not govern it; naming no effect finds none.
    ("Aid did not reach the poorest, yet donors found a positive effect on schooling.", FINDS_EFFECT, None),
    ("Users who are unpaid are exploited in a strict sense.", None, None),
    ("正在进行的研究仍然关注平台的影响。", None, None),  # 正在 ("under way") is no 正的 ("positive")
])
def test_finds_effect(text, effect, no):
    assert finds_effect(text) == effect
    assert says_no(text) == no


def test_an_effect_found_leans_away_from_the_side_that_says_no():
    texts = ["Burnside and Dollar (2000) find that aid has a positive effect on growth in countries with good "
             "policies.",
             "Rajan and Subramanian (2008) report no robust positive link between aid and growth.",
             "Whether aid has a positive effect on growth is the question of this review."]
    weight, how = saying_no(texts, [find_cues(t) for t in texts])
    assert weight.tolist() == [-W_EFFECT, W_DENIAL, 0.0]
    assert how == [FINDS_EFFECT, FINDS_NOTHING, None]


def test_finding_fault_says_no():
    """A fault found leans as a denial does; a denial or a finding of nothing in it names how it says no."""
    texts = ["For Reveley (2013), calling users exploited is a category error.",
             "这一概念过于宽泛，几乎把一切消费活动都纳入了劳动范畴。",
             "Its weakness is that it finds no effect at all.",
             "Users produce value for platforms."]
    weight, how = saying_no(texts, [find_cues(t) for t in texts])
    assert weight.tolist() == [W_DENIAL, W_DENIAL, W_DENIAL, 0.0]
    assert how == [FINDS_FAULT, FINDS_FAULT, FINDS_NOTHING, None]


@pytest.mark.parametrize(("text", "expected"), [
    ("If that is right, the audience is not straightforwardly a commodity at all.", True),
    ("The people behind the number are not workers.", True),
    ("Users aren't paid for it.", True),
    ("使用广告资助的平台并不是劳动。", True),
    # One thing set against another, or a negation that adds: no lean.
    ("What advertisers buy is not the audience but the ratings.", False),
    ("This unpaid activity is not a marginal hobby; rather, it is structural.", False),
    ("Platforms are not only sellers of attention.", False),
    ("广告商购买的并不是受众本身，而是收视率。", False),
    ("平台的收益来自数据租金，而不是用户创造的剩余价值。", False),
    ("Users produce value for platforms.", False),
])
def test_not_so(text, expected):
    assert not_so(text) is expected


def test_saying_something_is_not_so_leans_more_weakly_than_a_denial():
    texts = ["The audience is not a commodity.", "Rigi and Prey (2015) deny that audiences produce any value.",
             "The audience is not a commodity but a measurement."]
    weight, how = saying_no(texts, [find_cues(t) for t in texts])
    assert weight.tolist() == [W_NOT_SO, W_DENIAL, 0.0]
    assert how == [NOT_SO, DENIES, None]
    assert 0 < W_NOT_SO < W_DENIAL


@pytest.mark.parametrize(("text", "expected"), [
    ("Napoli (2010) and Nixon (2014) also defend the claim that audiences work.", True),
    ("Fisher (2012) and Rey (2012) accept the charge of exploitation and debate only how alienated users are.", True),
    ("Rey agrees that users are exploited but separates exploitation from alienation.", True),
    ("Writers on audience labour in the digital era take the same line (Napoli, 2010; Nixon, 2014).", True),
    ("利万特赞同这一观点。", True),
    # Not endorsed, or endorsing no thesis.
    ("He does not accept the thesis.", False),
    ("李育松并不赞同这一观点。", False),
    ("Smythe argues that the commodity produced by advertiser-supported media is the audience.", False),
    ("Andrejevic (2002) argues that interactive media invite people to accept being monitored.", False),
])
def test_endorses(text, expected):
    assert endorses(text) is expected


def test_endorsing_a_thesis_leans_to_the_side_that_answers_yes():
    texts = ["Nixon (2014) defends the claim that audiences work.", "The audience is not a commodity.",
             "Rigi and Prey (2015) reject the thesis."]
    weight, how = saying_no(texts, [find_cues(t) for t in texts])
    assert weight.tolist() == [-W_ENDORSES, W_NOT_SO, W_DENIAL]
    assert how == [ENDORSES, NOT_SO, DENIES]


def test_framing_and_questions_lean_nowhere():
    texts = ["Rigi and Prey (2015) deny that audiences produce any value.",
             "This review sets out why some authors reject the labour theory of value and others defend it.",
             "Do critics who reject the audience commodity deny that audiences work?",
             "Users post photographs.",
             "They find no reduction in employment."]
    weight, how = saying_no(texts, [find_cues(t) for t in texts])
    assert weight.tolist() == [W_DENIAL, 0.0, 0.0, 0.0, W_DENIAL]
    assert how == [DENIES, None, None, None, FINDS_NOTHING]


def test_a_thesis_is_read_by_its_claim_clause():
    """What a thesis concedes ("even when prominent studies report no effect") is not what it claims: the
    map reads a thesis's lean from its claim clause, as it reads its side."""
    from argmap.mapping.thesis import claim_clause

    thesis = ("This paper argues that minimum wage increases reduce employment among the young, even when "
              "prominent studies report no effect.")
    assert says_no(thesis) == FINDS_NOTHING
    assert says_no(claim_clause(thesis) or thesis) is None


def test_a_denial_tips_an_undecided_claim_to_con():
    """Two claims equally near both sides: the one that denies goes con, the other does not move."""
    pro, con = np.eye(3, dtype=np.float32)[[0]], np.eye(3, dtype=np.float32)[[1]]
    rows = np.array([[0.6, 0.6, 0.5], [0.6, 0.6, 0.5], [0.9, 0.1, 0.4], [0.1, 0.9, 0.4]], dtype=np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    n = len(rows)
    args = (rows, pro, con, sparse.csr_matrix((n, 0)), [], sparse.csr_matrix((n, n)), {})
    plain = propagate(*args)
    leaning = propagate(*args, lean=np.array([-W_DENIAL, 0.0, 0.0, 0.0]))
    assert plain.prior[0] == pytest.approx(plain.prior[1])
    assert leaning.prior[0] == pytest.approx(plain.prior[0] - W_DENIAL)
    assert leaning.prior[1] == pytest.approx(plain.prior[1])
    assert leaning.score[0] < 0 and leaning.score[0] < leaning.score[1]


def test_the_map_leans_what_says_no_and_says_why():
    """The cities fixture (a field no rule was written for, real use-multilingual-v3 vectors): its three
    sentences that say no carry the lean in their reasons and end on the con side, as its gold has them."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "mapping"))
    from loader import load

    from argmap.mapping import MapInput, map_corpus

    sentences, vectors, debates, references, embed, gold = load("cities")
    result = map_corpus(MapInput(sentences, vectors, debates, embed, references, {}, 0))
    saying_no = [c for s, c in zip(sentences, result.claims, strict=True) if c.debate and says_no(s.text)]
    assert len(saying_no) == 3
    for claim in saying_no:
        assert any(r.endswith(f"leans con ({-W_DENIAL:+.2f})") for r in claim.reasons)
        assert claim.stance == gold["stance"][claim.id] == "con"
    others = [c for c in result.claims if c not in saying_no]
    assert not any("leans con" in r for c in others for r in c.reasons)


def test_no_side_is_con_unless_only_the_pro_statements_say_no():
    minimum_wage = (["Minimum wage increases reduce employment among the low-skilled."],
                    ["Minimum wage increases have little or no effect on employment."])
    assert no_side(*minimum_wage) == -1
    assert no_side([], []) == -1  # nothing to go by: the contract's con
    assert no_side(minimum_wage[1], minimum_wage[0]) == 1  # the question asked the other way round
    assert no_side(minimum_wage[1], minimum_wage[1]) == -1  # both sides say no: the contract's con


def test_a_debate_asked_the_other_way_round_leans_pro():
    """The cities fixture with a pro statement that says no and con statements that do not: what says no
    now leans pro, and the reasons say so."""
    import dataclasses
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "mapping"))
    from loader import load

    from argmap.mapping import MapInput, map_corpus

    sentences, vectors, debates, references, embed, _ = load("cities")
    # A sentence of the fixture as the added statement: the fixture stores the vectors of its texts only.
    denial = next(s.text for s in sentences if s.text.startswith("However, critics reject"))
    turned = [dataclasses.replace(d, pro=[*d.pro, denial]) if d.id == "car-free" else d for d in debates]
    result = map_corpus(MapInput(sentences, vectors, turned, embed, references, {}, 0))
    leaning: dict[str, list[str]] = {"car-free": [], "remote-work": []}
    for s, c in zip(sentences, result.claims, strict=True):
        if c.debate and says_no(s.text):
            leaning[c.debate] += [r for r in c.reasons if r.startswith((DENIES, FINDS_NOTHING))]
    assert leaning["car-free"] and all(r.endswith(f"leans pro ({W_DENIAL:+.2f})") for r in leaning["car-free"])
    assert leaning["remote-work"] and all(r.endswith(f"leans con ({-W_DENIAL:+.2f})") for r in leaning["remote-work"])
