"""SVG snapshots of each screen at a fixed size (review with ``pytest --snapshot-update`` and the report)."""

from __future__ import annotations

from textual.pilot import Pilot

from argmap.tui.app import make_app
from tests.functional.fakes import FakeSession
from tests.functional.helpers import go_to_claim, settle

SIZE = (120, 36)


def test_main_screen(snap_compare) -> None:
    assert snap_compare(make_app(FakeSession()), terminal_size=SIZE, run_before=settle)


def test_claim_detail(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await go_to_claim(pilot, "Users of social media perform")

    assert snap_compare(make_app(FakeSession()), terminal_size=SIZE, run_before=run_before)


def test_chinese_claim_detail(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await go_to_claim(pilot, "外卖骑手")

    assert snap_compare(make_app(FakeSession()), terminal_size=SIZE, run_before=run_before)


def test_sources(snap_compare) -> None:
    assert snap_compare(make_app(FakeSession()), terminal_size=SIZE, press=["s"], run_before=settle)


def test_coverage(snap_compare) -> None:
    assert snap_compare(make_app(FakeSession()), terminal_size=SIZE, press=["v"], run_before=settle)


def test_help(snap_compare) -> None:
    assert snap_compare(
        make_app(FakeSession()), terminal_size=SIZE, press=["question_mark"], run_before=settle
    )


def test_move_picker(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await go_to_claim(pilot, "Every click is exploited")
        await pilot.press("m")

    assert snap_compare(make_app(FakeSession()), terminal_size=SIZE, run_before=run_before)


def test_small_terminal_80x24(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await go_to_claim(pilot, "Free labour is both")

    assert snap_compare(make_app(FakeSession()), terminal_size=(80, 24), run_before=run_before)
