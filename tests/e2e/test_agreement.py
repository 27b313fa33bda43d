"""On a real corpus, the claims that state one work's view take one side (``argmap.mapping.agreement``)."""

from collections import defaultdict

from argmap.mapping.agreement import MIN_STATEMENTS
from argmap.pipeline import build


def test_the_statements_of_a_work_s_view_share_a_side(built_digital_labour):
    claims = build(built_digital_labour).map.claims
    groups = defaultdict(list)
    for c in claims:
        if c.debate and c.stance and c.attributed_to:
            groups[(c.debate, c.attributed_to)].append(c)
    voted = [c for group in groups.values() if len(group) >= MIN_STATEMENTS for c in group]
    assert len(voted) >= 20
    for (debate, work), group in groups.items():
        if len(group) >= MIN_STATEMENTS:
            assert len({c.stance for c in group}) == 1, (debate, work, [(c.stance, c.text[:60]) for c in group])
    # Each claim moved says so, and names the work; Smythe's own complaint about ideology reads like the
    # con statement about ideology, yet states his (pro) view.
    moved = {c.text: c for c in voted if any(r.startswith("states the view of") for r in c.reasons)}
    assert moved
    assert all(f"states the view of {c.attributed_to}," in " ".join(c.reasons) for c in moved.values())
    smythe = next(c for c in claims if c.text.startswith("Smythe insists in the rejoinder"))
    assert smythe.stance == "pro"
    # Livant's two statements read con, but Livant (1979) "supported Smythe": they take Smythe's side.
    livant = next(c for c in claims if c.text.startswith("Livant (1979) supported Smythe"))
    assert livant.stance == "pro"
    assert any("sides with smytheCommunicationsBlindspotWestern1977" in r for r in livant.reasons)
    # A report that reads as framing ("started the debate by arguing") still states Smythe's view.
    started = next(c for c in claims if c.text.startswith("Smythe (1977) started the debate by arguing"))
    assert started.stance == "pro"
    assert "framing or question: takes no side" not in started.reasons
