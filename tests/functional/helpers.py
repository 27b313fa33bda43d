"""Small helpers shared by the functional tests."""

from __future__ import annotations

from textual.pilot import Pilot

from argmap.model import Claim


async def settle(pilot: Pilot) -> None:
    """Wait for workers (paragraphs, builds, searches) and the resulting repaints."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def claim_by_text(pilot: Pilot, start: str) -> Claim:
    return next(c for c in pilot.app.amap.claims if c.text.startswith(start))


async def go_to_claim(pilot: Pilot, start: str) -> Claim:
    """Put the map cursor on the claim whose text starts with ``start``."""
    claim = claim_by_text(pilot, start)
    pilot.app.screen.reveal_claim(claim.id)
    await settle(pilot)
    assert pilot.app.screen.map_tree.cursor_key == f"claim:{claim.id}"
    return claim
