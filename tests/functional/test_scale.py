"""The tree populates lazily: a large map does not become one tree node per claim up front."""

from __future__ import annotations

from argmap.tui.app import make_app
from tests.functional.fakes import FakeSession, synthetic_map
from tests.functional.helpers import settle


async def test_large_map_creates_nodes_only_on_expand() -> None:
    amap = synthetic_map(5000)
    app = make_app(FakeSession(amap))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        tree = app.screen.map_tree
        assert len(tree._by_key) < 40  # debates, two sides, their positions
        target = amap.claims[4321]
        app.screen.reveal_claim(target.id)
        await settle(pilot)
        assert tree.cursor_key == f"claim:{target.id}"
        # Only the target's position was filled: 5000 / 40 positions = 125 claims.
        assert sum(k.startswith("claim:") for k in tree._by_key) == 125
