"""The app's pure helpers: filtering, grouping for the tree, coverage rows, sources."""

from __future__ import annotations

from argmap.tui.coverage_view import coverage_rows
from argmap.tui.filtering import ClaimFilter
from argmap.tui.map_index import MapIndex, balance_bar, reference_line
from argmap.tui.sources_view import source_entries
from tests.functional.fakes import sample_map


def test_filter_conditions_combine() -> None:
    amap = sample_map()
    assert sum(ClaimFilter().matches(c) for c in amap.claims) == 20
    zh_con = ClaimFilter(side="con", language="zh")
    assert [c.text[:4] for c in amap.claims if zh_con.matches(c)] == ["然而，用", "外卖骑手"]
    assert sum(ClaimFilter(side="none").matches(c) for c in amap.claims) == 2
    assert sum(ClaimFilter(text="ALGORITHM").matches(c) for c in amap.claims) == 2
    assert sum(ClaimFilter(min_confidence=0.85).matches(c) for c in amap.claims) == 5
    only = ClaimFilter(ids=frozenset({amap.claims[3].id}))
    assert [c for c in amap.claims if only.matches(c)] == [amap.claims[3]]
    amap.claims[3].is_claim = False
    assert not only.matches(amap.claims[3])


def test_filter_describe_is_empty_when_inactive() -> None:
    assert ClaimFilter().describe() == "" and not ClaimFilter().active
    assert ClaimFilter(text="rent", side="con").describe() == 'filter: text "rent", side con'


def test_index_groups_claims_as_the_tree_shows_them() -> None:
    index = MapIndex.build(sample_map())
    assert index.shown == 20
    assert (index.counts["platform-value"].pro, index.counts["platform-value"].con) == (7, 4)
    assert index.counts["platform-value"].neutral == 1
    assert len(index.outside) == 1 and len(index.by_position["p-prosumer1"]) == 3
    assert index.side_claims("gig-autonomy", "con") == 4
    neutral = next(c for c in index.claims.values() if c.stance is None and c.debate)
    assert index.path_to(neutral) == ["debate:platform-value", "unplaced:platform-value|none"]
    placed = index.by_position["p-algo00001"][0]
    assert index.path_to(placed) == ["debate:gig-autonomy", "side:gig-autonomy|con", "position:p-algo00001"]


def test_index_puts_a_claim_whose_stance_disagrees_with_its_position_under_no_position() -> None:
    amap = sample_map()
    claim = next(c for c in amap.claims if c.position == "p-flex00001")
    claim.stance = "con"
    index = MapIndex.build(amap)
    assert claim in index.unplaced[("gig-autonomy", "con")]
    assert index.path_to(claim)[-1] == "unplaced:gig-autonomy|con"


def test_index_with_a_filter_counts_only_shown_claims() -> None:
    index = MapIndex.build(sample_map(), ClaimFilter(language="zh").matches)
    assert index.shown == 4 and index.counts["platform-value"].pro == 2


def test_balance_bar_and_reference_line() -> None:
    assert balance_bar(6, 4) == "▰▰▰▰▰▰▱▱▱▱"
    assert balance_bar(0, 0, 4) == "▱▱▱▱"
    ref = sample_map().reference_index()["rosenblat2016"]
    assert reference_line(ref).startswith("Rosenblat, Alex; Stark, Luke (2016). Algorithmic labor")


def test_coverage_flags_thin_positions_and_one_language_sides() -> None:
    rows = {d.debate: d for d in coverage_rows(sample_map())}
    gig = rows["gig-autonomy"]
    assert [(r.label, r.thin) for r in gig.positions] == [
        ("Flexibility", True),
        ("Entrepreneurial freedom", True),
        ("Algorithmic management", False),
        ("Precarity", True),
    ]
    assert gig.sides[0].languages == {"en": 3}
    assert "86% of the claims are in 'en'" in gig.notes  # the core's verdict (argmap.coverage)
    assert "thin position: “Precarity” rests on 1 source(s)" in gig.notes
    value = rows["platform-value"]
    assert value.sides[0].languages == {"en": 5, "zh": 2} and value.sides[0].documents == 3


def test_coverage_notes_a_one_sided_debate() -> None:
    amap = sample_map()
    debate = next(d for d in amap.debates if d.id == "platform-value")
    target = next(p for p in debate.positions if p.side == "pro")
    for c in amap.claims:
        if c.debate == "platform-value" and c.stance == "con":
            c.stance, c.position = "pro", target.id
            target.claims.append(c.id)
    debate.positions = [p for p in debate.positions if p.side == "pro"]
    notes = {d.debate: d.notes for d in coverage_rows(amap)}["platform-value"]
    assert "the No side has no claims" in notes and "100% of the claims are on the Yes side" in notes


def test_sources_mark_missing_and_unknown_works() -> None:
    entries = {e.key: e for e in source_entries(sample_map())}
    assert entries["fuchs2014"].in_corpus and not entries["smythe1977"].in_corpus
    assert entries["ghost2001"].reference is None and len(entries["ghost2001"].claims) == 1
    assert entries["huws2003"].claims == []
    assert entries["rosenblat2016"].sides() == {"pro": 1, "con": 2}


def test_status_counts_say_debate_or_debates():
    from types import SimpleNamespace

    from argmap.tui.app import _counts

    assert _counts(SimpleNamespace(claims=[1, 2], debates=["d"])) == "2 claims in 1 debate"
    assert _counts(SimpleNamespace(claims=[], debates=["d", "e"])) == "0 claims in 2 debates"
