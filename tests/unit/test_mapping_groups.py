"""Reported views whose holders are an unnamed group ("Sceptics reply that …", "有学者认为…") or a finding
someone reported: they are not the view of the document that reports them.

Made-up names, so that the rules, not the words of one debate, are what is tested.
"""

import numpy as np
import pytest
from scipy import sparse

from argmap.mapping.attribution import NameIndex, continue_attribution, relate
from argmap.mapping.cues import find_cues
from argmap.mapping.stance import own_voice_links
from argmap.mapping.thesis import DOCUMENT_KEY, document_voice
from argmap.model import Sentence
from tests.unit.test_mapping_attribution import REFS, _sentence, _signs


@pytest.mark.parametrize(("text", "critical"), [
    ("Sceptics reply that correlational data cannot show which way the influence runs.", True),
    ("Critics note that the experiment involved adults.", True),
    ("Some scholars argue that the effects are small.", False),
    ("Others have also argued that the effects are small.", False),
    ("有学者认为，两者的关联微乎其微。", False),
    ("但批评者指出，这一研究存在缺陷。", True),
    ("Birch's critics also point out that the villages were run with unusual resources.", True),
    ("Defenders of higher minimum wages appeal to monopsony (Alder, 2010).", False),
    ("Others point to the Seattle study by Alder (2010), which found that hours fell.", False),
    ("Alder et al.'s supporters argue that the effect is real.", False),
    ("奥德的批评者指出，这一研究存在缺陷。", True),
    # A possessive pronoun's critics or supporters.
    ("Its first critics answered that the media are as much ideological as economic [2].", True),
    ("His critics reply that users are not paid.", True),
    ("Their supporters argue that it holds.", False),
    # Openers stack before the group: 当然 + 也.
    ("当然，也有学者认为受众的活动出于自身目的，不能简单等同于劳动（卡拉维，2011）。", False),
    ("但是，同时也有学者指出，这一概念过于宽泛。", False),
    # A reading group's members.
    ("Several people thought that Alder (2010) was right to separate fun from internships.", False),
    ("Most of the group agreed that the structure is the same as in Birch (1977).", False),
    ("另一位同学补充说，伯奇早在1977年就指出受众在为广告商工作。", False),
])
def test_an_unnamed_group_as_subject(text, critical):
    cues = find_cues(text)
    assert cues.group > 0 and cues.critical_group is critical


@pytest.mark.parametrize("text", [
    "Some teenagers report more anxiety.",  # "some" is a determiner here, not the subject of "report"
    "Supporters of the thesis now lean on two papers.",  # no reporting verb
    "The critics were few.",
    "Several people in the sample used their phones daily.",  # no reporting verb
])
def test_no_group_subject(text):
    assert find_cues(text).group == -1


def test_reported_is_a_reporting_verb():
    s = _sentence("Alder (2010) famously reported that the effect is smaller than that of eating potatoes.",
                  [("Alder (2010)", "alder2010", "Alder")])
    assert _signs(s) == ({"alder2010": 1}, "alder2010")


def test_a_parenthetical_citation_names_the_group_whose_view_is_reported():
    s = _sentence("Sceptics also argue that average effects are tiny (e.g., Alder, 2010; Birch, 1977).",
                  [("Alder, 2010", "alder2010", "Alder"), ("Birch, 1977", "birch1977", "Birch")])
    assert _signs(s) == ({"alder2010": 1, "birch1977": 1}, "alder2010")


def test_chinese_some_scholars_with_a_citation():
    s = _sentence("有学者认为，屏幕时间与幸福感的关联微乎其微（奥德，2010）。", [("（奥德，2010）", "alder2010", "奥德")])
    assert _signs(s) == ({"alder2010": 1}, "alder2010")


def test_a_group_answers_whom_its_reply_names():
    # Not only critics: "Defenders of X reply to Y" answers Y, whatever side the group is on.
    s = _sentence("Defenders of the thesis reply to Birch that her argument rests on anecdotes.",
                  [("Birch", "birch1977", "Birch")])
    assert _signs(s) == ({"birch1977": -1}, None)


def test_a_group_that_replies_with_a_work_of_its_own_speaks_for_it():
    s = _sentence("Sceptics reply that the effects are tiny (Alder, 2010).", [("Alder, 2010", "alder2010", "Alder")])
    assert _signs(s) == ({"alder2010": 1}, "alder2010")


@pytest.mark.parametrize(("text", "name"), [
    ("Birch's critics also point out that the villages were run with unusual resources.", "Birch"),
    ("伯奇的批评者指出，这些村庄得到了异常多的资源。", "伯奇"),
])
def test_whose_critics_they_are_is_what_they_answer(text, name):
    s = _sentence(text, [(name, "birch1977", name)])
    assert _signs(s) == ({"birch1977": -1}, None)


def test_critics_answer_the_work_their_clause_speaks_of():
    s = _sentence("Critics note that the experiment involved adults and that the platform studied by "
                  "Birch (1977) differs from today's.", [("Birch (1977)", "birch1977", "Birch")])
    assert _signs(s) == ({"birch1977": -1}, None)


def test_critics_of_a_work_answer_it_and_critics_such_as_a_work_speak_for_it():
    s = _sentence("Critics of Birch (1977) argue that the effect is small.", [("Birch (1977)", "birch1977", "Birch")])
    assert _signs(s) == ({"birch1977": -1}, None)
    s = _sentence("Critics such as Cole (1978) argue that the effect is small.", [("Cole (1978)", "cole1978", "Cole")])
    assert _signs(s) == ({"cole1978": 1}, "cole1978")


def test_a_group_report_is_not_the_documents_own_voice():
    texts = ["This paper argues that screens harm teenagers.",
             "Sceptics reply that correlational data cannot show which way the influence runs.",
             "The harm is not mysterious."]
    sentences = [_sentence(t, document="p.md") for t in texts]
    cues = [find_cues(t) for t in texts]
    voice = document_voice(sentences, cues, [None, None, None])
    assert voice.voice.toarray().ravel().tolist() == [1.0, 0.0, 1.0]
    # Its link to the document's own voice (added by whoever builds the links) is dropped as well.
    links = sparse.csr_matrix(np.array([[1.0, 0.3], [1.0, 0.0], [1.0, 0.0]]))
    kept = own_voice_links(links, [DOCUMENT_KEY + "p.md", "alder2010"], voice).toarray()
    assert kept.tolist() == [[1.0, 0.3], [0.0, 0.0], [1.0, 0.0]]


def test_the_authors_go_on_reporting_the_work_named_before():
    first = _sentence("Alder (2010) finds that heavier use goes with more symptoms.",
                      [("Alder (2010)", "alder2010", "Alder")])
    second = _sentence("The authors trace part of the association through poor sleep.")
    second = Sentence(id="c-2", document="d.md", text=second.text, start=100, end=100 + len(second.text))
    index = NameIndex().fit([first, second], REFS)
    related = [relate(s, find_cues(s.text), index) for s in (first, second)]
    relations, attributed = continue_attribution([first, second], [r for r, _ in related], [a for _, a in related])
    assert attributed == ["alder2010", "alder2010"]
    assert [(r.key, r.sign) for r in relations[1]] == [("alder2010", 1)]


@pytest.mark.parametrize("text", [
    "A further objection is that platform income is a rent (Alder, 2010).",
    "A later critique locates the commodity in ratings [3].",
    "The main objection is that nobody supervises a viewer.",
    "另一种批评认为，用户并不劳动（奥德，2010）。",
])
def test_an_objection_brought_in_as_such_is_the_critics_view(text):
    cues = find_cues(text)
    assert cues.group > 0 and cues.critical_group


@pytest.mark.parametrize("text", [
    "This objection takes the wage as the test of labour.",  # points back at one stated before
    "The objection describes a historical exception.",
])
def test_an_objection_pointed_back_at_is_not_a_group(text):
    assert find_cues(text).group == -1


@pytest.mark.parametrize(("text", "surface"), [
    ("A further objection is that platform income is a rent (Alder, 2010).", "Alder, 2010"),
    # A numbered citation is the source of the objection, as one in parentheses is, not its target.
    ("A later critique locates the commodity in ratings [3].", "[3]"),
])
def test_the_critics_cite_their_own(text, surface):
    s = _sentence(text, [(surface, "alder2010", "Alder")])
    assert _signs(s) == ({"alder2010": 1}, "alder2010")
