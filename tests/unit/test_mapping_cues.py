"""Cues and attribution, English and Chinese."""

from dataclasses import replace

import pytest

from argmap.mapping.attribution import NameIndex, relate
from argmap.mapping.cues import aside_section, find_cues
from argmap.model import Citation, Reference, Sentence


def _sentence(text, cites=()):
    citations = [Citation(text=name, start=text.index(name), end=text.index(name) + len(name), key=key,
                          resolved=True, surnames=[name]) for name, key in cites]
    return Sentence(id="c-x", document="d.md", text=text, start=0, end=len(text), citations=citations)


def test_cues_en_and_zh():
    assert find_cues("However, critics reject this.").opens_with_contrast
    assert find_cues("然而，这一观点忽视了商户的损失。").opens_with_contrast
    assert find_cues("This essay reviews the debate.").framing
    assert find_cues("Is watching work?").question
    assert find_cues("I thank the reviewers.").aside
    assert not find_cues("Users produce value for platforms.").aside
    assert aside_section("Methods") and not aside_section("Data and value")


def test_reply_opposes_the_answered_work_and_attributes_the_replier():
    refs = {"murdock1978": Reference("murdock1978", ["Murdock, G."], 1978),
            "smythe1977": Reference("smythe1977", ["Smythe, D."], 1977)}
    s = _sentence("Murdock replied to Smythe (1977) that Europeans had studied media economics.",
                  [("Smythe", "smythe1977")])
    index = NameIndex().fit([s], refs)
    relations, author = relate(s, find_cues(s.text), index)
    assert author == "murdock1978"
    assert {(r.key, r.sign) for r in relations} == {("murdock1978", 1), ("smythe1977", -1)}


def test_transliterated_name_learned_from_a_citation():
    refs = {"fuchs2014": Reference("fuchs2014", ["Fuchs, C."], 2014)}
    cited = _sentence("福克斯（2014）认为用户劳动创造价值。", [("福克斯", "fuchs2014")])
    bare = _sentence("福克斯指出平台剥削用户。")
    index = NameIndex().fit([cited, bare], refs)
    _, author = relate(bare, find_cues(bare.text), index)
    assert author == "fuchs2014"


def test_possessive_target_after_reply_is_not_the_author():
    refs = {"moreau2020": Reference("moreau2020", ["Moreau, C."], 2020)}
    s = _sentence("Critics reject Moreau's claim that air improved.")
    index = NameIndex().fit([s], refs)
    relations, author = relate(s, find_cues(s.text), index)
    assert author is None and relations[0].sign == -1


def _in_doc(text, paragraph=0, start=0, cites=()):
    s = _sentence(text, cites)
    s.start, s.end, s.paragraph = start, start + len(text), paragraph
    s.id = f"c-{start:010d}"
    # Citation offsets are in the document, like the sentence's own.
    s.citations = [replace(c, start=c.start + start, end=c.end + start) for c in s.citations]
    return s


FUCHS_SMYTHE = {"fuchs2010": Reference("fuchs2010", ["Fuchs, C."], 2010),
                "smythe1977": Reference("smythe1977", ["Smythe, D."], 1977)}


def _attributed(sentences, refs):
    """What ``relate`` attributes each sentence to, and then ``continue_attribution``."""
    from argmap.mapping.attribution import continue_attribution

    index = NameIndex().fit(sentences, refs)
    related = [relate(s, find_cues(s.text), index) for s in sentences]
    return [a for _, a in related], continue_attribution(sentences, [r for r, _ in related],
                                                         [a for _, a in related])[1]


def test_pronoun_subject_goes_on_reporting_the_author_before_it():
    from argmap.mapping.attribution import continue_attribution
    refs = {"terranova2000": Reference("terranova2000", ["Terranova, T."], 2000)}
    first = _in_doc("Terranova (2000) argues that free labour sustains the net.", 0, 0, [("Terranova", "terranova2000")])
    second = _in_doc("She holds that the digital economy depends on it.", 0, 100)
    third = _in_doc("It is striking how often this is cited.", 0, 200)
    zh = _in_doc("他认为平台依赖用户的无偿活动。", 0, 300)
    sentences = [first, second, third, zh]
    index = NameIndex().fit(sentences, refs)
    related = [relate(s, find_cues(s.text), index) for s in sentences]
    relations, attributed = continue_attribution(sentences, [r for r, _ in related], [a for _, a in related])
    assert attributed == ["terranova2000", "terranova2000", None, "terranova2000"]
    assert [(r.key, r.sign) for r in relations[1]] == [("terranova2000", 1)]
    assert relations[2] == []


def test_critique_cue_en_and_zh():
    assert find_cues("Its weakness is that it says little about audiences.").critique >= 0
    assert find_cues("这一概念过于宽泛。").critique >= 0
    assert find_cues("Users produce value for platforms.").critique == -1
    # Calling a view a misuse, a misreading or a conflation finds fault with it.
    assert find_cues("Reveley (2013) calls the language of exploitation a misuse of Marx.").critique >= 0
    assert find_cues("这一论证的问题在于，它把“被出售”与“被剥削”混为一谈。").critique >= 0
    assert find_cues("博拉尼奥和维埃拉（2015）批评福克斯重复了斯麦兹的错误。").critique >= 0
    # Generalising from one case is a fault found; a result that generalises is not.
    assert find_cues("He thinks Smythe generalises from North American commercial television.").critique >= 0
    assert find_cues("The result generalises to other platforms.").critique == -1
    # Hitting the crux of a theory finds its fatal flaw; "切中要害" with no object upholds (``endorse``).
    assert find_cues("我认为这一批评击中了受众商品论的要害。").critique >= 0
    assert find_cues("科尔的批评切中要害。").critique == -1


def test_disagreeing_with_a_work_answers_it():
    cues = find_cues("They agree that profits are real; they disagree with Alder (2010) about their source.")
    assert cues.reply_word == "disagree with"
    assert find_cues("They agree with Alder (2010).").reply == -1


def test_fault_finding_note_sentence_answers_the_note_subject():
    from argmap.mapping.assemble import _voice_links
    refs = {"smythe1977": Reference("smythe1977", ["Smythe, D."], 1977)}
    texts = ["Smythe argues that audiences work (Smythe, 1977).", "Smythe holds that time is sold (Smythe, 1977).",
             "Its weakness is that it stretches the word work.", "Audiences are sold to advertisers."]
    sentences = [_in_doc(t, 0, 100 * k, [("Smythe", "smythe1977")] if "(Smythe" in t else []) for k, t in enumerate(texts)]
    cues = [find_cues(s.text) for s in sentences]
    index = NameIndex().fit(sentences, refs)
    related = [relate(s, c, index) for s, c in zip(sentences, cues, strict=True)]
    links = _voice_links(sentences, [r for r, _ in related], [a for _, a in related], refs, cues)
    assert links[2] == [("smythe1977", -1, links[2][0][2])]
    assert links[3][0][:2] == ("doc:d.md", 1)


def test_sentences_about_the_sides_frame_but_a_stated_thesis_does_not():
    assert find_cues("Neither side has offered a measurement that the other would accept.").framing
    assert find_cues("Its roots lie in the theory of immaterial labour.").framing
    assert find_cues("主持人指出，双方的分歧主要不在于事实。").framing
    assert not find_cues("Users produce value that platforms capture.").framing
    # The text's own thesis takes a side even though it names the text.
    assert find_cues("本文综述了相关研究。").framing
    assert not find_cues("本文认为，平台收入是一种租金。").framing
    assert not find_cues("This paper argues that platform income is rent.").framing


def test_his_answer_reports_the_named_author_rather_than_answering_him():
    refs = {"fisher2012": Reference("fisher2012", ["Fisher, E."], 2012)}
    s = _sentence("His answer is that social media offer less alienation (Fisher, 2012).",
                  [("Fisher, 2012", "fisher2012")])
    cues = find_cues(s.text)
    assert cues.reply == -1 and cues.report == 0
    relations, _ = relate(s, cues, NameIndex().fit([s], refs))
    assert all(r.sign > 0 for r in relations)
    # A real reply after it still counts.
    assert find_cues("His reply was short: he rejects the rent thesis.").reply_word == "rejects"
    assert find_cues("他的回答是，社交媒体带来的异化更少。").reply == -1


def test_additive_cue_and_its_paragraph_edge():
    from argmap.mapping.assemble import _paragraph_edges

    assert find_cues("Huws (2014) also treats the fee as rent.").additive
    assert find_cues("齐磊磊和李霞进一步区分内容创作与行为数据。").additive
    assert not find_cues("也有同学提出反对意见。").additive  # 也 alone often brings in the other side
    texts = ["Rigi and Prey (2015) argue that users produce no value.",
             "Huws (2014) also treats the fee as rent.",  # next paragraph, reports someone else
             "Caraway (2011) argues that audiences are free."]  # next paragraph, no additive cue
    sentences = [Sentence(id=f"c-{k}", document="d.md", text=t, start=100 * k, end=100 * k + len(t), paragraph=k)
                 for k, t in enumerate(texts)]
    cues = [find_cues(t) for t in texts]
    reported = [[object()]] * 3  # each reports a work, so only the additive cue can join them
    edges = _paragraph_edges(sentences, cues, [0, 1, 2], reported).toarray()
    assert edges[0, 1] == edges[1, 0] == 1.0
    assert edges[1, 2] == 0.0


@pytest.mark.parametrize(("text", "answers"), [
    ("That study left out workers at multi-site employers.", True),
    ("That result rests on telephone surveys whose figures were noisy.", True),
    ("That claim did not survive the addition of more countries.", True),
    ("The analogy is illuminating about unpaid care, but domestic labour reproduces labour power.", True),
    ("然而，这一结论依赖于劳动力市场完全竞争的假设。", True),
    ("这一论证的问题在于，它把“被出售”与“被剥削”混为一谈。", True),
    ("The result holds across different time horizons.", False),  # points back, finds no fault
    ("Studies that left out hours find no effect.", False),  # finds fault, points back at nothing
])
def test_pointing_back_to_find_fault(text, answers):
    from argmap.mapping.cues import answers_before

    assert answers_before(find_cues(text), text) is answers


def test_a_sentence_that_points_back_to_find_fault_answers_the_one_before():
    from argmap.mapping.assemble import _paragraph_edges

    texts = ["Others point to the Seattle study by Jardim et al. (2017), which found that hours fell.",
             "That study left out workers at multi-site employers.",
             "The result holds, they report, across several cities."]
    sentences = [Sentence(id=f"c-{k}", document="d.md", text=t, start=100 * k, end=100 * k + len(t))
                 for k, t in enumerate(texts)]
    cues = [find_cues(t) for t in texts]
    edges = _paragraph_edges(sentences, cues, [0, 1, 2], [[object()], [], []]).toarray()
    assert edges[0, 1] == -1.0  # it names nobody, yet it is no longer the same voice
    assert edges[1, 2] == 1.0


def test_doubting_reports_the_doubter():
    refs = {"hesmondhalgh2010": Reference("hesmondhalgh2010", ["Hesmondhalgh, D."], 2010)}
    s = _sentence("Hesmondhalgh (2010) doubts that unpaid activity online should be called exploitation.",
                  [("Hesmondhalgh", "hesmondhalgh2010")])
    relations, author = relate(s, find_cues(s.text), NameIndex().fit([s], refs))
    assert author == "hesmondhalgh2010"
    assert [(r.key, r.sign, r.weight) for r in relations] == [("hesmondhalgh2010", 1, 1.0)]


def test_thinking_reports_the_thinker():
    refs = {"jhally1982": Reference("jhally1982", ["Jhally, S."], 1982)}
    s = _sentence("Jhally (1982) thinks the idea of the audience as a commodity can survive only with more theory.",
                  [("Jhally", "jhally1982")])
    relations, author = relate(s, find_cues(s.text), NameIndex().fit([s], refs))
    assert author == "jhally1982"
    assert [(r.key, r.sign) for r in relations] == [("jhally1982", 1)]


def test_pronoun_after_an_opener_and_in_their_view_go_on_reporting():
    refs = FUCHS_SMYTHE
    sentences = [
        _in_doc("Fuchs (2010) holds that platforms sell their users.", 0, 0, [("Fuchs", "fuchs2010")]),
        _in_doc("In his book he extends this argument to mining.", 1, 100),
        _in_doc("Platform income, in their view, comes from rent.", 1, 200),
        _in_doc("In their view the audience of commercial television works for advertisers (Smythe, 1977).", 1, 300, [("Smythe", "smythe1977")]),
        _in_doc("Platforms exploit their users as free workers.", 1, 400),
    ]
    _, attributed = _attributed(sentences, refs)
    # A sentence that names a work itself is about that work; "their users" is not a reporting subject.
    assert attributed == ["fuchs2010", "fuchs2010", "fuchs2010", None, None]


def test_on_his_account_reports_the_work_it_cites_when_no_one_was_named_before():
    refs = FUCHS_SMYTHE
    sentences = [
        _in_doc("Users of social media, on his account, produce data that platforms sell (Fuchs, 2010).", 0, 0,
                [("Fuchs", "fuchs2010")]),
        _in_doc("According to them, platform income comes from rent.", 1, 100),
        _in_doc("On his account the audience works for advertisers (Smythe, 1977).", 1, 200, [("Smythe", "smythe1977")]),
    ]
    related, attributed = _attributed(sentences, refs)
    assert related == [None, None, None]
    # The first names nobody before it, so "his" is the author it cites; the third cites another work than
    # the one being reported, so it is about that work.
    assert attributed == ["fuchs2010", "fuchs2010", None]


def test_a_pronoun_with_no_one_reporting_before_reports_the_one_work_it_cites_not_one_it_names():
    refs = FUCHS_SMYTHE
    sentences = [
        _in_doc("He holds that platforms sell their users (Fuchs, 2010).", 0, 0, [("Fuchs", "fuchs2010")]),
        _in_doc("She treats Smythe's emphasis on ideology as a description of effects.", 1, 100),
    ]
    assert _attributed(sentences[:1], refs)[1] == ["fuchs2010"]
    assert _attributed(sentences[1:], refs)[1] == [None]  # Smythe is named, not cited: what "she" speaks of


def test_a_pronoun_that_reports_after_a_long_opener_or_as_they_goes_on_reporting():
    refs = {"jhally1986": Reference("jhally1986", ["Jhally, S.", "Livant, B."], 1986)}
    sentences = [
        _in_doc("Jhally and Livant (1986) hold that watching is labour.", 0, 0, [("Jhally and Livant", "jhally1986")]),
        _in_doc("Networks, they add, try to get more watching out of viewers.", 1, 100),
        _in_doc("Because these viewers are not paid at all, he concludes that they are exploited.", 2, 200),
        _in_doc("When networks sell advertising time, they earn a rent.", 3, 300),  # no reporting verb
    ]
    _, attributed = _attributed(sentences, refs)
    assert attributed == ["jhally1986", "jhally1986", "jhally1986", None]


@pytest.mark.parametrize(("text", "method"), [
    ("The authors pool two large surveys and follow the trend from 2010 to 2015.", True),
    ("They then ask which everyday activities rose or fell.", True),
    ("Hesmondhalgh examines the free labour thesis from the standpoint of cultural industries research.", True),
    ("She builds on Terranova (2000) and on Fuchs (2014).", True),
    ("Orben and Przybylski use specification curve analysis.", True),
    ("Kelly et al. (2018) use a British birth cohort.", True),
    ("This is a randomised experiment in which adult users were paid to deactivate their accounts.", True),
    ("They use a panel of countries observed over four-year periods.", True),  # a participle reports nothing
    ("They use a panel of countries and find a decline.", False),
    # What a study found or holds is a view, not a method.
    ("They find that heavier use goes with more depressive symptoms.", False),
    ("The authors pool two surveys and conclude that screens are to blame.", False),
    # A capitalised word before a noun is not a name before its verb.
    ("Heavy use displaces sleep.", False),
    ("Technology use explains at most 0.4 per cent of the variation.", False),
    ("However, they test it only on adults.", False),
    # Calling something by a name states a view.
    ("Reveley (2013) calls the language of exploitation a misuse of Marx.", False),
    ("Roberts (2016) calls prosumer co-creation unproductive labour.", False),
])
def test_a_sentence_about_what_a_study_does(text, method):
    assert find_cues(text).method is method


@pytest.mark.parametrize("text", [
    "下周读书会由我主讲，需要提前把幻灯片发给老师。",
    "图书馆那本《最低工资》已经被借走了，只能先看电子版。",
])
def test_chinese_logistics_are_asides(text):
    assert find_cues(text).aside


@pytest.mark.parametrize("text,expected", [
    ("I THINK this is the weakest step.", True),  # ASCII text is lowercased: case never matters
    ("We Doubt that the data bear it out.", True),
    ("In Reply, the audience is not sold.", True),
    ("ADMITTEDLY the figures are fair, but they are old.", True),
    ("Limitations remain.", True),
    ("Île de France is large; I think otherwise.", True),  # non-ASCII text: the case-insensitive pattern
    ("笔者认为这一说法过于宽泛。", True),
    ("对此，默多克提出了不同看法。", True),
    ("The audience watches television in the evening.", False),
    ("Iterate over the sample twice.", False),
])
def test_answers_cue_is_case_insensitive_in_english_and_reads_chinese(text: str, expected: bool):
    from argmap.mapping.cues import answers_cue

    assert answers_cue(find_cues(text), text) is expected

