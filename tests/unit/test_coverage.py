"""The reviewer's coverage report, with and without a draft."""

from __future__ import annotations

import json

import pytest
from markdown_it import MarkdownIt

from argmap.coverage import coverage, parse_draft_citations, render_coverage
from argmap.errors import UsageError
from argmap.model import Reference
from tests.fixtures.export.small_map import small_map

# Cites only the yes side of the platform-value debate, in three citation styles.
PRO_ONLY_DRAFT = """# Chapter 2

Users of platforms work for advertisers (Smythe, 1977), and Fuchs (2014) extends the point.
Their activity is free labour [@terranova2000, p. 35].
"""


def _debate(report, debate_id):
    return next(d for d in report.debates if d.id == debate_id)


def test_pro_only_draft_misses_the_con_side():
    amap = small_map()
    report = coverage(amap, PRO_ONLY_DRAFT)
    assert report.draft_keys == ["fuchs2014", "smythe1977", "terranova2000"]
    d = _debate(report, "platform-value").draft
    assert d.cited_sides == ["pro"] and d.missing_sides == ["con"]
    assert d.cited_positions == ["p-audience01", "p-freelab02"]
    assert [p.id for p in d.missing_positions] == ["p-affect003", "p-reply0004"]
    missing_works = {(k.key, k.side) for k in d.missing_key_works}
    assert missing_works == {("arvidsson2012", "con"), ("comor2015", "con"), ("murdock1978", "con")}


def test_pro_only_draft_leaves_counterclaims_unanswered():
    amap = small_map()
    text = {c.id: c.text for c in amap.claims}
    d = _debate(coverage(amap, PRO_ONLY_DRAFT), "platform-value").draft
    pairs = {(text[u.claim][:20], text[u.counter][:20]) for u in d.unanswered}
    assert pairs == {
        ("Users of commercial ", "Murdock replied that"),
        ("Free labour is simul", "1. Comor (2015) doub"),
        ("福克斯认为，社交媒体用户的无偿活动创造了", "Value on social medi"),
    }
    assert all(u.counter_side == "con" for u in d.unanswered)


def test_citing_the_counter_answers_it():
    draft = PRO_ONLY_DRAFT + "\nMurdock (1978) disagreed.\n"
    d = _debate(coverage(small_map(), draft), "platform-value").draft
    assert "murdock1978" not in {u.counter_works[0] for u in d.unanswered}
    assert "p-reply0004" in d.cited_positions
    assert d.missing_sides == []


def test_draft_that_ignores_a_debate():
    d = _debate(coverage(small_map(), PRO_ONLY_DRAFT), "gig-autonomy").draft
    assert d.cited_sides == [] and d.missing_sides == ["pro", "con"]
    assert {k.key for k in d.missing_key_works} == {"hall2018", "rosenblat2016"}


def test_report_without_draft():
    amap = small_map()
    report = coverage(amap)
    assert report.draft_keys is None
    assert report.claims == 12 and report.outside_claims == 1
    value = _debate(report, "platform-value")
    assert value.draft is None
    pro, con = value.sides
    assert (pro.side, pro.claims, pro.positions) == ("pro", 4, 2)  # the non-claim is not counted
    assert (con.side, con.claims, con.positions) == ("con", 3, 2)
    assert pro.sources == ["fuchs2014", "smythe1977", "terranova2000"]
    assert con.sources == ["arvidsson2012", "comor2015", "murdock1978"]
    assert pro.languages == {"en": 3, "zh": 1}
    assert pro.claim_share == pytest.approx(4 / 7, abs=1e-3) and pro.source_share == 0.5
    assert [p.id for p in value.thin_positions] == ["p-freelab02", "p-reply0004"]
    assert _debate(report, "gig-autonomy").neutral_claims == 1
    assert [k.key for k in report.not_in_corpus] == ["comor2015", "hall2018", "murdock1978", "smythe1977"]
    # fuchs2014 is cited from Wang 2018; terranova2000 and rosenblat2016 from the notes
    assert report.uncited_documents == ["notes/reading-notes.md", "papers/arvidsson2012.md", "papers/wang2018.md"]


def test_one_sided_debate_is_flagged():
    amap = small_map()
    for claim in amap.claims:
        if claim.debate == "gig-autonomy" and claim.stance == "pro":
            claim.is_claim = False
    gig = _debate(coverage(amap), "gig-autonomy")
    assert "the Yes side has no claims" in gig.warnings
    assert "100% of the claims are on the No side" in gig.warnings


REFS = [
    Reference("smythe1977", ["Smythe, Dallas W."], 1977),
    Reference("fuchs2014a", ["Fuchs, Christian"], 2014),
    Reference("fuchs2014b", ["Fuchs, Christian"], 2014),
    Reference("kucklich2005", ["Kücklich, Julian"], 2005),
    Reference("vandijck2013", ["van Dijck, José"], 2013),
    Reference("wang2018", ["王宁"], 2018),
    Reference("murdock1978", ["Murdock, Graham"], 1978),
]


@pytest.mark.parametrize(("text", "expected"), [
    ("as argued [@smythe1977]", {"smythe1977"}),
    ("[see @smythe1977, p. 3; -@murdock1978]", {"smythe1977", "murdock1978"}),
    ("@smythe1977 says so.", {"smythe1977"}),
    ("[@{odd key}]", {"odd key"}),
    ("write to me@example.com", set()),
    ("(Smythe, 1977)", {"smythe1977"}),
    ("(Smythe 1977; Murdock, 1978, p. 12)", {"smythe1977", "murdock1978"}),
    ("(see Smythe and Jhally, 1977)", {"smythe1977"}),
    ("Smythe (1977) argued", {"smythe1977"}),
    ("Smythe et al.'s (1977) view", {"smythe1977"}),
    ("(Fuchs, 2014b)", {"fuchs2014b"}),
    ("(Kuecklich, 2005)", {"kucklich2005"}),
    ("van Dijck (2013)", {"vandijck2013"}),
    ("正如王宁（2018）所说", {"wang2018"}),
    ("（王宁，2018）", {"wang2018"}),
    ("(Smythe, 1978)", set()),  # wrong year
    ("(Jones, 1977)", set()),  # unknown author
    ("In 1977 nothing happened (p. 5).", set()),
])
def test_parse_draft_citations(text, expected):
    assert parse_draft_citations(text, REFS) == expected


def test_render_text_markdown_json():
    report = coverage(small_map(), PRO_ONLY_DRAFT)
    text = render_coverage(report, "text")
    assert "\x1b" not in text
    assert "never cites: No" in text and "Arvidsson & Colleoni 2012 (arvidsson2012)" in text
    assert "Counterclaims left unanswered" in text
    md = render_coverage(report, "markdown")
    heads = [t for t in MarkdownIt("commonmark").parse(md) if t.type == "heading_open"]
    assert [h.tag for h in heads][:2] == ["h1", "h2"]
    data = json.loads(render_coverage(report, "json"))
    assert data["debates"][0]["draft"]["missing_sides"] == ["con"]
    with pytest.raises(UsageError):
        render_coverage(report, "html")
