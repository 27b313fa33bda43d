"""Pilot tests: every action of the app, driven by keys, on the in-memory FakeSession."""

from __future__ import annotations

import contextlib

import pytest
from textual.widgets import DataTable, Input, OptionList, Select

from argmap.errors import ArgmapError
from argmap.tui import app as app_module
from argmap.tui.app import make_app
from argmap.tui.commands import ArgmapCommands
from argmap.tui.screens.coverage import CoverageScreen
from argmap.tui.screens.filter import FilterScreen
from argmap.tui.screens.help import HelpScreen
from argmap.tui.screens.main import MainScreen
from argmap.tui.screens.picker import PickerScreen
from argmap.tui.screens.prompt import PromptScreen
from argmap.tui.screens.sources import SourcesScreen
from tests.functional.fakes import FakeSession
from tests.functional.helpers import claim_by_text, go_to_claim, settle

SIZE = (120, 36)


async def test_startup_shows_loaded_map_without_building(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert session.builds == 0
        assert screen.map_tree.cursor_key == "debate:platform-value"
        assert "Does the unpaid activity" in str(screen.query_one("#question").render())
        # Lazy: only the first debate's sides were opened, no claim node exists yet.
        assert not any(k.startswith("claim:") for k in screen.map_tree._by_key)


async def test_stale_or_missing_map_builds_in_background() -> None:
    session = FakeSession(loaded=False)
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert session.builds == 1
        assert app.amap is not None and app.build_progress is None
        assert app.status.startswith("built: 20 claims")


async def test_an_incremental_rebuild_says_so() -> None:
    session = FakeSession(loaded=False)
    session.next_incremental = 7
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.status.startswith("built: 20 claims")
        assert "7 new sentences mapped against the last map" in app.status


async def test_build_failure_is_a_notification_not_a_traceback() -> None:
    error = ArgmapError("cannot read the corpus", path="papers/x.pdf", remedy="check the file")
    session = FakeSession(stale=True, build_error=error)
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.is_running
        messages = [n.message for n in app._notifications]
        assert any("papers/x.pdf: cannot read the corpus (check the file)" in m for m in messages)
        assert app.status == "build failed; showing the last map"
        assert app.amap is not None  # the loaded map stays


async def test_rebuild_key_runs_a_build(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await settle(pilot)
        assert session.builds == 1


@pytest.mark.parametrize(("key", "stance"), [("c", "con"), ("n", None), ("p", "pro")])
async def test_stance_keys_annotate_and_keep_selection(
    session: FakeSession, key: str, stance: str | None
) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = await go_to_claim(pilot, "Every click is exploited")
        await pilot.press(key)
        await settle(pilot)
        assert session.decisions[-1] == {"kind": "stance", "claim": claim.id, "stance": stance or "none"}
        assert app.amap.claim_index()[claim.id].stance == stance
        assert app.screen.map_tree.cursor_key == f"claim:{claim.id}"


async def test_not_claim_hides_it_and_undo_brings_it_back(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = await go_to_claim(pilot, "Posting photos is leisure")
        await pilot.press("x")
        await settle(pilot)
        assert session.decisions == [{"kind": "not-claim", "claim": claim.id}]
        assert f"claim:{claim.id}" not in app.screen.map_tree._by_key
        await pilot.press("u")
        await settle(pilot)
        assert session.decisions == []
        app.screen.reveal_claim(claim.id)
        await settle(pilot)
        assert app.screen.map_tree.cursor_key == f"claim:{claim.id}"


async def test_ctrl_z_undoes_and_nothing_left_is_said(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_claim(pilot, "Every click is exploited")
        await pilot.press("c", "ctrl+z")
        await settle(pilot)
        assert session.decisions == []
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert any(n.message == "Nothing to undo." for n in app._notifications)


async def test_move_to_position_with_picker(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = await go_to_claim(pilot, "Every click is exploited")
        await pilot.press("m")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        options = picker.query_one(OptionList)
        options.highlighted = options.get_option_index("position:p-rent00001")
        await pilot.press("enter")
        await settle(pilot)
        assert session.decisions[-1] == {"kind": "position", "claim": claim.id, "position": "p-rent00001"}
        moved = app.amap.claim_index()[claim.id]
        assert (moved.position, moved.stance) == ("p-rent00001", "con")
        assert app.screen.map_tree.cursor_key == f"claim:{claim.id}"


async def test_move_out_of_every_debate(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = await go_to_claim(pilot, "Every click is exploited")
        await pilot.press("m")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        options.highlighted = options.get_option_index("debate:")
        await pilot.press("enter")
        await settle(pilot)
        assert session.decisions[-1] == {"kind": "debate", "claim": claim.id, "debate": None}
        assert app.screen.map_tree.cursor_key == f"claim:{claim.id}"  # now under "Outside every debate"


async def test_mark_then_link_adds_and_removes_a_counter(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = await go_to_claim(pilot, "Free labour is both")
        await pilot.press("a")
        second = await go_to_claim(pilot, "Posting photos is leisure")
        await pilot.press("l")
        await settle(pilot)
        assert session.decisions[-1] == {
            "kind": "counter",
            "claim": first.id,
            "other": second.id,
            "action": "add",
        }
        assert second.id in app.amap.claim_index()[first.id].counters
        await go_to_claim(pilot, "Free labour is both")
        await pilot.press("a")
        await go_to_claim(pilot, "Posting photos is leisure")
        await pilot.press("l")
        await settle(pilot)
        assert session.decisions[-1]["action"] == "remove"
        assert second.id not in app.amap.claim_index()[first.id].counters


async def test_link_without_mark_explains(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_claim(pilot, "Free labour is both")
        await pilot.press("l")
        await settle(pilot)
        assert session.decisions == []
        assert any("Mark a claim first" in n.message for n in app._notifications)


async def test_rename_position(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.map_tree.reveal("position:p-freelab1")
        await pilot.press("R")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one(Input).value = ""
        await pilot.press(*"Free labour (Terranova)", "enter")
        await settle(pilot)
        assert session.decisions == [
            {"kind": "rename-position", "position": "p-freelab1", "label": "Free labour (Terranova)"}
        ]
        assert app.amap.position_index()["p-freelab1"].label == "Free labour (Terranova)"
        assert app.screen.map_tree.cursor_key == "position:p-freelab1"


async def test_merge_position_from_a_claim(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = await go_to_claim(pilot, "Free labour is both")
        await pilot.press("M")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        assert options.option_count == 4  # the other positions of the same debate
        options.highlighted = options.get_option_index("p-prosumer1")
        await pilot.press("enter")
        await settle(pilot)
        assert session.decisions == [
            {"kind": "merge-position", "position": "p-freelab1", "into": "p-prosumer1"}
        ]
        assert app.amap.claim_index()[claim.id].position == "p-prosumer1"
        assert app.screen.map_tree.cursor_key == f"claim:{claim.id}"


async def test_text_search_filters_live_and_escape_clears(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"algorithm")
        await settle(pilot)
        screen = app.screen
        assert screen.claim_filter.text == "algorithm"
        assert screen.map_index.shown == 2
        await pilot.press("enter")
        assert screen.focused is screen.map_tree
        await pilot.press("escape")
        await settle(pilot)
        assert not screen.claim_filter.active and screen.map_index.shown == 20


async def test_meaning_search_runs_in_a_worker(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("S", *"drivers flexibility", "enter")
        await settle(pilot)
        assert session.searches == ["drivers flexibility"]
        screen = app.screen
        assert (
            screen.claim_filter.ids is not None
            and screen.map_index.shown == len(screen.claim_filter.ids) == 3
        )
        assert "3 hits" in app.status


async def test_filter_modal_by_side_and_language(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FilterScreen)
        app.screen.query_one("#filter-side", Select).value = "con"
        app.screen.query_one("#filter-language", Select).value = "zh"
        await pilot.click("#apply")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert (screen.claim_filter.side, screen.claim_filter.language) == ("con", "zh")
        assert screen.map_index.shown == 2


async def test_filter_modal_rejects_a_bad_confidence(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        app.screen.query_one("#filter-confidence", Input).value = "high"
        await pilot.click("#apply")
        await settle(pilot)
        assert isinstance(app.screen, FilterScreen)  # stays open, says why
        assert any("must be a number" in n.message for n in app._notifications)


async def test_number_key_jumps_to_counterclaim(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_claim(pilot, "Users of social media perform")
        counter = claim_by_text(pilot, "Platforms capture rent")
        assert app.screen.detail.related[0] == counter.id
        await pilot.press("1")
        await settle(pilot)
        assert app.screen.map_tree.cursor_key == f"claim:{counter.id}"


async def test_jump_clears_a_filter_that_hides_the_target(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Users of social", "enter")
        await settle(pilot)
        await go_to_claim(pilot, "Users of social media perform")
        await pilot.press("1")
        await settle(pilot)
        counter = claim_by_text(pilot, "Platforms capture rent")
        assert app.screen.map_tree.cursor_key == f"claim:{counter.id}"
        assert not app.screen.claim_filter.active


async def test_detail_shows_paragraph_citations_and_reasons(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_claim(pilot, "Terranova shows that")
        body = app.screen.detail.plain
        assert "Context sentence 1 of seminar." in body  # the paragraph around it
        assert "✗ not in corpus" in body and "[ghost2001] no bibliography entry" in body
        assert "confidence 0.69, decided by the machine" in body and "cites terranova2000" in body


async def test_sources_screen_marks_missing_works_and_jumps_to_claims(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        table = screen.query_one(DataTable)
        status = {str(table.get_row(k)[0]): str(table.get_row(k)[2]) for k in table.rows}
        assert status["murdock1978"] == "✗ missing" and status["fuchs2014"] == "✓ yes"
        assert status["ghost2001"] == "✗ unknown" and status["huws2003"] == "✗ missing"
        table.move_cursor(row=table.get_row_index("smythe1977"))
        await settle(pilot)
        citing = screen.query_one("#citing", OptionList)
        assert citing.option_count == 2
        citing.focus()
        citing.highlighted = 0
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.map_tree.cursor_key == f"claim:{citing.get_option_at_index(0).id}"


async def test_coverage_screen_flags_thin_positions(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, CoverageScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


async def test_help_lists_every_binding(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        described = {desc for _, _, desc in app.screen.rows}
        for binding in [*MainScreen.BINDINGS, *app.BINDINGS]:
            assert binding.description in described
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_command_palette_offers_every_action(session: FakeSession) -> None:
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        provider = ArgmapCommands(app.screen)
        found = [hit.text async for hit in provider.discover()]
        for expected in (
            "Set stance pro",
            "Move to position or debate",
            "Rebuild",
            "Sources",
            "Coverage",
            "Meaning search",
            "Open source in $EDITOR",
            "Undo",
        ):
            assert expected in found
        hits = [hit async for hit in provider.search("stance con")]
        assert hits and hits[0].text == "Set stance con"
        await hits[0].command()
        await settle(pilot)
        assert session.decisions == []  # the cursor is on a debate: nothing to set, a warning instead
        assert any("Choose a claim" in n.message for n in app._notifications)


async def test_editor_missing_is_a_clear_notification(session: FakeSession, monkeypatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "no-such-editor-argmap")
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_claim(pilot, "Terranova shows that")
        await pilot.press("e")
        await settle(pilot)
        assert any("No editor found" in n.message for n in app._notifications)


async def test_editor_runs_with_line_number(session: FakeSession, monkeypatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "true --wait")
    calls = []
    monkeypatch.setattr(app_module.subprocess, "run", lambda argv, check: calls.append(argv))
    app = make_app(session)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = await go_to_claim(pilot, "Terranova shows that")
        await pilot.press("e")
        await settle(pilot)
        path, line = session.source_location(claim.id)
        assert calls == [["true", "--wait", f"+{line}", str(path)]]
        assert line == 3


async def test_no_color_is_honoured(session: FakeSession, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.no_color
        # Sides stay readable without colour: marks and words, not only green and red.
        await go_to_claim(pilot, "Platforms capture rent")
        assert "− CON" in app.screen.detail.plain
