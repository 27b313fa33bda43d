"""Signs of the relations ``relate`` gives: who a sentence speaks for, and whom it answers.

Each case is one of the kinds of wrong-sign "answers" link found on a real corpus, written with made-up
names so that the rules, not the words of one debate, are what is tested.
"""

import pytest

from argmap.mapping.attribution import NameIndex, Relation, continue_attribution, relate
from argmap.mapping.cues import find_cues
from argmap.model import Citation, Reference, Sentence, claim_id

REFS = {
    "alder2010": Reference("alder2010", ["Alder, A."], 2010),
    "birch1977": Reference("birch1977", ["Birch, B."], 1977),
    "cole1978": Reference("cole1978", ["Cole, C."], 1978),
}


def _sentence(text, cites=(), document="d.md"):
    """A sentence whose citations are (surface text, key, surname) triples found in ``text``."""
    citations = [Citation(text=surface, start=text.index(surface), end=text.index(surface) + len(surface),
                          key=key, resolved=True, surnames=[surname]) for surface, key, surname in cites]
    return Sentence(id=claim_id(document, text), document=document, text=text, start=0, end=len(text),
                    citations=citations)


def _signs(sentence, others=(), refs=REFS):
    """{key: sign} of ``sentence``'s relations and the key it is attributed to."""
    index = NameIndex().fit([sentence, *others], refs)
    relations, author = relate(sentence, find_cues(sentence.text), index)
    return {r.key: r.sign for r in relations}, author


# 1. "defend X against …": the sentence speaks for X; what follows "against" is what it answers.

def test_defending_a_work_against_a_claim_speaks_for_it():
    s = _sentence("I defend the position of Alder against the claim that platform income is rent.")
    assert _signs(s)[0] == {"alder2010": 1}


def test_siding_with_one_work_against_another():
    s = _sentence("Alder sides with Birch against Cole but moves the argument.")
    signs, _ = _signs(s)
    assert signs["birch1977"] == 1 and signs["cole1978"] == -1
    assert signs["alder2010"] == 1


def test_chinese_support_against_reply():
    s = _sentence("王宁支持伯奇（1977），反对科尔（1978）的看法。",
                  [("伯奇（1977）", "birch1977", "伯奇"), ("科尔（1978）", "cole1978", "科尔")])
    signs, _ = _signs(s)
    assert signs == {"birch1977": 1, "cole1978": -1}


# 2. "X accepts … but rejects …": the reply verb is X's own; X speaks.

def test_accepting_then_rejecting_still_reports_the_subject():
    s = _sentence("Alder, for instance, accepts that platforms profit from unpaid activity but rejects the "
                  "vocabulary of exploitation (Alder, 2010).", [("(Alder, 2010)", "alder2010", "Alder")])
    assert _signs(s) == ({"alder2010": 1}, "alder2010")


def test_chinese_conceding_then_rejecting_reports_the_subject():
    s = _sentence("阿尔德（2010）承认平台从无偿活动中获利，但反对剥削的说法。",
                  [("阿尔德（2010）", "alder2010", "阿尔德")])
    assert _signs(s) == ({"alder2010": 1}, "alder2010")


def test_a_contrast_with_a_new_subject_still_turns_against_the_author():
    s = _sentence("Alder (2010) argues that users create value, but this ignores rent.",
                  [("Alder (2010)", "alder2010", "Alder")])
    assert _signs(s) == ({"alder2010": -1}, None)
    zh = _sentence("阿尔德（2010）认为用户创造价值，但这一观点忽视了租金。", [("阿尔德（2010）", "alder2010", "阿尔德")])
    assert _signs(zh) == ({"alder2010": -1}, None)


def test_a_second_speaker_after_a_reply_speaks_for_itself():
    s = _sentence("Alder (2010) denies that labour time measures value, and Birch (1977) argues that income is rent.",
                  [("Alder (2010)", "alder2010", "Alder"), ("Birch (1977)", "birch1977", "Birch")])
    assert _signs(s) == ({"alder2010": 1, "birch1977": 1}, "alder2010")


def test_what_the_replier_turns_to_afterwards_is_not_answered():
    s = _sentence("Another student replied that the income is rent, and pointed to Birch (1977).",
                  [("Birch (1977)", "birch1977", "Birch")])
    assert _signs(s)[0] == {"birch1977": 1}
    still = _sentence("Cole replied that Birch (1977) ignores the state.", [("Birch (1977)", "birch1977", "Birch")])
    assert _signs(still) == ({"birch1977": -1, "cole1978": 1}, "cole1978")


# 3. Negated reply verbs answer nobody, except where an argument is found to fail against a work.

def test_negated_reply_does_not_answer():
    s = _sentence("Cole does not refute Birch; he describes how audiences are measured (Cole, 1978).",
                  [("(Cole, 1978)", "cole1978", "Cole")])
    signs, author = _signs(s)
    assert signs == {"birch1977": 1, "cole1978": 1} and author == "cole1978"
    # "Cole's point … does not refute Birch": the writer finds Cole's argument fails, and so upholds Birch.
    s = _sentence("Cole's point (Cole, 1978) does not refute Birch; it describes how audiences are measured.",
                  [("(Cole, 1978)", "cole1978", "Cole")])
    signs, author = _signs(s)
    assert signs == {"birch1977": 1, "cole1978": -1} and author is None
    s = _sentence("科尔（1978）的批评并未驳斥伯奇（1977）。",
                  [("科尔（1978）", "cole1978", "科尔"), ("伯奇（1977）", "birch1977", "伯奇")])
    assert _signs(s) == ({"birch1977": 1, "cole1978": -1}, None)
    assert find_cues("Cole never rejects Birch.").reply == -1
    assert find_cues("Cole not only rejects Birch.").reply_word == "rejects"  # "not only" is no negation


def test_chinese_negated_reply_does_not_answer():
    s = _sentence("科尔（1978）没有反驳伯奇（1977）。",
                  [("科尔（1978）", "cole1978", "科尔"), ("伯奇（1977）", "birch1977", "伯奇")])
    assert find_cues(s.text).reply == -1
    assert _signs(s)[0] == {"birch1977": 1, "cole1978": 1}


# 4. Reply words used as nouns name a text; they answer nobody unless "an answer to Y".

def test_reply_noun_reports_the_author():
    s = _sentence("In his reply, Cole (1978) argues that media are also ideological.",
                  [("Cole (1978)", "cole1978", "Cole")])
    assert _signs(s) == ({"cole1978": 1}, "cole1978")
    mine = _sentence("My answer is the one Cole gave (Cole, 1978).", [("(Cole, 1978)", "cole1978", "Cole")])
    assert _signs(mine)[0] == {"cole1978": 1}


def test_in_a_rejoinder_does_not_answer_the_next_author():
    s = _sentence("Birch (1977) defended the thesis in a rejoinder, while Alder (2010) argued that the blindspot "
                  "lay elsewhere.", [("Birch (1977)", "birch1977", "Birch"), ("Alder (2010)", "alder2010", "Alder")])
    signs, author = _signs(s)
    assert author == "birch1977" and signs == {"alder2010": 1, "birch1977": 1}


def test_counted_answers_are_nouns_but_an_answer_to_someone_answers_them():
    s = _sentence("Alder treats the question as having had two answers so far: messages and audiences (Birch).",
                  [("(Birch)", "birch1977", "Birch")])
    assert _signs(s)[0] == {"alder2010": 1, "birch1977": 1}
    answer = _sentence("The book is a direct answer to Alder's worry about pleasure.")
    assert _signs(answer)[0] == {"alder2010": -1}


def test_chinese_reply_noun_reports_the_author():
    s = _sentence("科尔（1978）的回应是，媒介也是意识形态机构。", [("科尔（1978）", "cole1978", "科尔")])
    assert find_cues(s.text).reply == -1
    assert _signs(s)[0] == {"cole1978": 1}


# 5. Upholding someone's objection speaks for them.

def test_upheld_objection_speaks_for_its_author():
    for text in ("Cole's objection (Cole, 1978) has held up.", "Cole's critique (Cole, 1978) remains convincing."):
        s = _sentence(text, [("(Cole, 1978)", "cole1978", "Cole")])
        assert _signs(s)[0] == {"cole1978": 1}, text
    weaker = _sentence("Cole's objection (Cole, 1978) is weaker today.", [("(Cole, 1978)", "cole1978", "Cole")])
    assert _signs(weaker)[0] == {"cole1978": -1}


def test_unanswered_objection_turns_against_the_defender():
    s = _sentence("Birch (1977) defended his thesis in a rejoinder, but Cole's objection that it fits one country "
                  "has never been fully answered.", [("Birch (1977)", "birch1977", "Birch")])
    signs, author = _signs(s)
    assert signs == {"birch1977": -1, "cole1978": 1} and author is None


def test_a_point_that_seems_right_is_upheld():
    s = _sentence("Still, Cole's point about public broadcasters seems right to me for Europe (Cole, 1978).",
                  [("(Cole, 1978)", "cole1978", "Cole")])
    assert _signs(s)[0] == {"cole1978": 1}
    assert find_cues("The account leaves largely unexplained where profits come from.").critique >= 0
    assert find_cues("Cole counts that as a serious gap.").critique >= 0


def test_a_possessive_pronoun_s_argument_found_at_fault_answers_its_author():
    first = _sentence("Alder (2010) holds that users are not exploited.", [("Alder (2010)", "alder2010", "Alder")])
    faulted = _sentence("His alternative leaves unexplained where the profits of platforms come from.",
                        document="d.md")
    reported = _sentence("His alternative starts from the value of labour power.", document="d.md")
    faulted.start, faulted.end = 100, 100 + len(faulted.text)
    reported.start, reported.end = 200, 200 + len(reported.text)
    sentences = [first, faulted, reported]
    index = NameIndex().fit(sentences, REFS)
    related = [relate(s, find_cues(s.text), index) for s in sentences]
    cues = [find_cues(s.text) for s in sentences]
    relations, attributed = continue_attribution(sentences, [r for r, _ in related], [a for _, a in related], cues)
    assert [(r.key, r.sign) for r in relations[1]] == [("alder2010", -1)] and attributed[1] is None
    assert [(r.key, r.sign) for r in relations[2]] == [("alder2010", 1)] and attributed[2] == "alder2010"


def test_chinese_upheld_objection():
    s = _sentence("科尔（1978）的批评令人信服。", [("科尔（1978）", "cole1978", "科尔")])
    assert _signs(s)[0] == {"cole1978": 1}


# 6. A bare surname resolves to the right work.

def test_bare_name_means_the_work_the_same_sentence_cites():
    refs = {"alder2002": Reference("alder2002", ["Alder, A."], 2002),
            "alder2011": Reference("alder2011", ["Alder, A."], 2011)}
    earlier = [_sentence(f"Alder (2002) is cited {k}.", [("Alder (2002)", "alder2002", "Alder")]) for k in range(3)]
    s = _sentence("In the later article Alder holds that monitoring turns back against users (Alder, 2011).",
                  [("(Alder, 2011)", "alder2011", "Alder")])
    assert _signs(s, earlier, refs) == ({"alder2011": 1}, "alder2011")


def test_bare_name_means_a_work_of_that_first_author_not_a_co_authored_one():
    refs = {"birch1986": Reference("birch1986", ["Birch, B.", "Cole, C."], 1986),
            "cole1979": Reference("cole1979", ["Cole, C."], 1979)}
    # The joint work is cited more, and once as "with Cole (1986)", which teaches the index that name.
    joint = [_sentence("Birch later wrote with Cole (1986).", [("Cole (1986)", "birch1986", "Cole")])] * 3
    s = _sentence("Cole argues that the blindspot is the consciousness industry.")
    assert _signs(s, joint, refs) == ({"cole1979": 1}, "cole1979")


def test_a_second_verb_goes_on_with_the_first_subject():
    # "… sides with Birch and argues": the view is Alder's, and Birch is on its side.
    s = _sentence("Alder (2010) sides with Birch and argues that the real blindspot lies elsewhere.",
                  [("Alder (2010)", "alder2010", "Alder")])
    relations, author = relate(s, find_cues(s.text), NameIndex().fit([s], REFS))
    assert author == "alder2010"
    assert {r.key: (r.sign, r.weight) for r in relations} == {"alder2010": (1, 1.0), "birch1977": (1, 0.8)}


def test_coauthors_before_their_verb_are_still_its_subject():
    s = _sentence("Birch and Alder (2010) argue that audiences work.", [("Alder (2010)", "alder2010", "Alder")])
    assert _signs(s)[1] == "alder2010"


def test_the_noun_neglect_answers_nobody():
    s = _sentence("Alder (2010) argues that the blindspot lies in the neglect of the consciousness industry.",
                  [("Alder (2010)", "alder2010", "Alder")])
    assert find_cues(s.text).reply < 0
    assert _signs(s) == ({"alder2010": 1}, "alder2010")
    assert find_cues("Alder neglects the state.").reply >= 0


def test_a_pronoun_that_reports_is_the_subject_and_what_it_names_is_spoken_of():
    # "He also points out that Birch's argument …" reports whoever "he" is (Alder, named before), and
    # finds fault with Birch; it is not Birch arguing.
    first = _sentence("Alder (2010) replies that European Marxists had long studied the media economically.",
                      [("Alder (2010)", "alder2010", "Alder")])
    second = _sentence("他还指出，伯奇的论证以北美商业电视为原型，忽视了国家和公共广播的作用。", [("伯奇", "birch1977", "伯奇")])
    index = NameIndex().fit([first, second], REFS)
    related = [relate(s, find_cues(s.text), index) for s in (first, second)]
    assert related[1] == ([Relation("birch1977", -1, 0.6, "finds fault with birch1977")], None)
    relations, attributed = continue_attribution([first, second], [r for r, _ in related], [a for _, a in related])
    assert attributed[1] == "alder2010"
    assert {r.key: r.sign for r in relations[1]} == {"alder2010": 1, "birch1977": -1}


def test_whose_account_overlooks_something_is_found_fault_with():
    s = _sentence("Birch's account overlooks the public broadcasters.", [("Birch", "birch1977", "Birch")])
    assert _signs(s) == ({"birch1977": -1}, None)
    own = _sentence("Birch's critique answers the commodity thesis.", [("Birch", "birch1977", "Birch")])
    assert _signs(own)[0] == {"birch1977": 1}  # the objection is Birch's own


def test_a_pronouns_view_is_not_the_view_of_the_work_it_names():
    # "In their view" is the view of whoever "they" are, named before; Alder is what it is about.
    s = _sentence("In their view Alder (2010) repeats the error they find in Birch (1977).",
                  [("Alder (2010)", "alder2010", "Alder"), ("Birch (1977)", "birch1977", "Birch")])
    signs, author = _signs(s)
    assert author is None
    assert signs["alder2010"] == -1  # the error is found in Alder's work


def test_a_pronoun_right_before_the_verb_is_its_subject():
    s = _sentence("Alder (2010) repeats what they find in Birch.", [("Alder (2010)", "alder2010", "Alder")])
    assert _signs(s)[1] is None


def test_agreeing_that_reports_the_one_who_agrees():
    s = _sentence("Alder agrees that users are exploited but separates exploitation from alienation.",
                  [("Alder", "alder2010", "Alder")])
    assert _signs(s) == ({"alder2010": 1}, "alder2010")
    assert _signs(_sentence("According to Alder (2010), users work.", [("Alder (2010)", "alder2010", "Alder")]))[1] \
        == "alder2010"


@pytest.mark.parametrize("text", [
    "For Alder (2010), calling users exploited is a category error.",
    "For Alder the media are economic and ideological at once.",
])
def test_for_whom_names_whose_view_it_is(text):
    surface = "Alder (2010)" if "(2010)" in text else "Alder"
    assert _signs(_sentence(text, [(surface, "alder2010", "Alder")])) == ({"alder2010": 1}, "alder2010")


def test_calling_something_a_fault_is_the_caller_s_view():
    # "misuse" finds fault, but with what Alder names, not with Alder.
    s = _sentence("Alder (2010) calls the language of exploitation a misuse of Marx.",
                  [("Alder (2010)", "alder2010", "Alder")])
    assert _signs(s) == ({"alder2010": 1}, "alder2010")


def test_comparing_is_the_comparer_s_view():
    s = _sentence("Alder (2010) compares users to housewives whose unpaid work adds value.",
                  [("Alder (2010)", "alder2010", "Alder")])
    assert _signs(s) == ({"alder2010": 1}, "alder2010")


# A clause of the writer's own after ", but" turns against the work just reported.

@pytest.mark.parametrize("text, sign", [
    ("Cole (1978) argues that audiences act freely, but a commodity can be made by free activity.", -1),
    ("Cole (1978) argues that audiences act freely, but that advertisers still buy their time.", 1),
    ("Cole (1978) argues that audiences act freely, but he adds that they are watched.", 1),
    ("Cole (1978) argues that audiences act freely but rarely.", 1),  # no comma: one clause
    ("Cole (1978) argues that audiences act freely, but rejects the word labour.", 1),  # Cole's own verb
    ("科尔（1978）承认受众没有工资，但认为观看是劳动。", 1),  # Chinese drops the shared subject: not read
])
def test_a_clause_of_the_writer_s_own_after_but_turns_against_the_report(text, sign):
    surface = "科尔（1978）" if "科尔" in text else "Cole (1978)"
    s = _sentence(text, [(surface, "cole1978", "科尔" if "科尔" in text else "Cole")])
    signs, author = _signs(s)
    assert signs == {"cole1978": sign}
    assert author == ("cole1978" if sign > 0 else None)
