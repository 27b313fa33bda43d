"""Cues and attribution, English and Chinese."""

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
