"""The argmap Textual app: it shows the map and sends the reader's decisions to the Session.

Services come in through the constructor (``make_app(session)``), used by the CLI and the tests;
slow work (building, meaning search, reading paragraphs) runs in thread workers, and one
``Worker.StateChanged`` handler turns every failure into a notification.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from typing import Any, Protocol

from textual import work
from textual.app import App, SuspendNotSupported
from textual.binding import Binding
from textual.reactive import reactive
from textual.worker import Worker, WorkerState

from argmap.errors import ArgmapError
from argmap.model import ArgumentMap
from argmap.tui.commands import ArgmapCommands
from argmap.tui.screens.coverage import CoverageScreen
from argmap.tui.screens.help import HelpScreen, binding_rows
from argmap.tui.screens.main import MainScreen
from argmap.tui.screens.sources import SourcesScreen


def _counts(amap: ArgumentMap) -> str:
    debates = len(amap.debates)
    return f"{len(amap.claims)} claims in {debates} debate{'' if debates == 1 else 's'}"


class SessionLike(Protocol):  # the part of argmap.session.Session the app uses
    map: ArgumentMap | None

    def is_stale(self) -> bool: ...
    def load(self) -> ArgumentMap | None: ...
    def build(self, progress: Any = None) -> ArgumentMap: ...
    def annotate(self, decision: dict) -> ArgumentMap: ...
    def undo(self) -> ArgumentMap | None: ...
    def search(self, query: str, k: int = 20) -> list[tuple[str, float]]: ...
    def source_location(self, claim_id: str) -> tuple[Any, int]: ...
    def paragraph(self, claim_id: str) -> str: ...


def describe_error(error: BaseException | None) -> tuple[str, str]:
    """(title, message) for a notification: never a traceback."""
    if isinstance(error, ArgmapError):
        return error.title, str(error)
    if error is None:
        return "error", "unknown error"
    return type(error).__name__, str(error) or type(error).__name__


class ArgmapApp(App[None]):
    CSS_PATH = "argmap.tcss"
    TITLE = "argmap"
    COMMANDS = App.COMMANDS | {ArgmapCommands}
    MODES = {"map": MainScreen, "sources": SourcesScreen, "coverage": CoverageScreen}
    DEFAULT_MODE = "map"
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help"),
        Binding("s", "switch_mode('sources')", "Sources"),
        Binding("v", "switch_mode('coverage')", "Coverage"),
        Binding("g", "switch_mode('map')", "Map", show=False),
        Binding("u,ctrl+z", "undo", "Undo"),
        Binding("r", "rebuild", "Rebuild"),
        Binding("q", "quit", "Quit"),
    ]

    status: reactive[str] = reactive("")
    build_progress: reactive[tuple[str, int, int] | None] = reactive(None)
    # The map itself is a plain attribute: comparing two large maps on every assignment would be slow.
    map_version: reactive[int] = reactive(0)

    def __init__(self, session: SessionLike) -> None:
        super().__init__()
        self.session = session
        self.amap: ArgumentMap | None = None

    def on_mount(self) -> None:
        try:
            amap = self.session.load()
            stale = amap is None or self.session.is_stale()
        except ArgmapError as exc:
            title, message = describe_error(exc)
            self.notify(message, title=title, severity="error", timeout=15)
            amap, stale = None, True
        if amap is not None:
            self.set_map(amap)
            self.status = _counts(amap) + (
                " (stale)" if stale else ""
            )
        if stale:
            self.action_rebuild()

    def set_map(self, amap: ArgumentMap) -> None:
        self.amap = amap
        self.map_version += 1

    # -- the core's actions ------------------------------------------------------------------------------
    def annotate(self, decision: dict) -> None:
        """Record one decision now (the Session fsyncs it) and show the updated map."""
        try:
            amap = self.session.annotate(decision)
        except ArgmapError as exc:
            title, message = describe_error(exc)
            self.notify(message, title=title, severity="error")
            return
        self.set_map(amap)
        self.status = f"saved: {decision['kind']}"

    def action_undo(self) -> None:
        try:
            amap = self.session.undo()
        except ArgmapError as exc:
            title, message = describe_error(exc)
            self.notify(message, title=title, severity="error")
            return
        if amap is None:
            self.notify("Nothing to undo.")
            return
        self.set_map(amap)
        self.status = "undone"

    def action_rebuild(self) -> None:
        if any(w.name == "build" and not w.is_finished for w in self.workers):
            self.notify("A build is already running.")
            return
        self.status = "building…"
        self.build_progress = ("start", 0, 1)
        self._build()

    @work(thread=True, exclusive=True, exit_on_error=False, group="build", name="build")
    def _build(self) -> ArgumentMap:
        last: list[Any] = [None, -1]

        def progress(stage: str, done: int, total: int) -> None:
            # Throttle: at most ~100 UI updates per stage, however many items a stage has.
            step = max(total // 100, 1)
            if stage != last[0] or done >= total or done - last[1] >= step:
                last[0], last[1] = stage, done
                self.call_from_thread(self._show_progress, stage, done, total)

        return self.session.build(progress)

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        self.build_progress = (stage, done, total)
        self.status = f"building: {stage} {done}/{total}"

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state == WorkerState.ERROR:
            title, message = describe_error(worker.error)
            self.notify(message, title=f"{title} ({worker.name or 'task'})", severity="error", timeout=15)
            if worker.name == "build":
                self.build_progress = None
                self.status = "build failed; showing the last map" if self.amap else "build failed"
            elif worker.name == "search":
                self.status = "meaning search failed"
        elif event.state == WorkerState.SUCCESS and worker.name == "build":
            self.build_progress = None
            amap = worker.result
            self.set_map(amap)
            self.status = f"built: {_counts(amap)}"
            added = getattr(self.session, "incremental", None)
            if added is not None:  # positions keep their clusters until a full remap: say so
                noun = "sentence" if added == 1 else "sentences"
                self.status += f" · {added} new {noun} mapped against the last map (positions kept)"

    # -- navigation ----------------------------------------------------------------------------------------
    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        palette = Binding("ctrl+p", "command_palette", "Command palette: every action by name")
        rows = binding_rows(
            [
                ("Map", MainScreen.BINDINGS),
                ("Everywhere", [*self.BINDINGS, palette]),
                ("Sources / Coverage", SourcesScreen.BINDINGS),
            ],
            self.get_key_display,
        )
        self.push_screen(HelpScreen(rows))

    def show_claim(self, claim_id: str) -> None:
        """Go to the map and put the cursor on a claim (from Sources)."""
        self.switch_mode("map")
        screen = self.screen
        if isinstance(screen, MainScreen):
            screen.reveal_claim(claim_id)

    def open_in_editor(self, claim_id: str) -> None:
        """Suspend the app and run ``$EDITOR +LINE FILE`` (``$VISUAL`` first, ``vi`` last)."""
        path, line = self.session.source_location(claim_id)
        command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        argv = shlex.split(command)
        if not argv or shutil.which(argv[0]) is None:
            self.notify(
                f"No editor found ({command!r}). Set $EDITOR, e.g. export EDITOR=nano.",
                title="cannot open the source",
                severity="error",
            )
            return
        try:
            with self.suspend():
                subprocess.run([*argv, f"+{line}", str(path)], check=False)
        except SuspendNotSupported:
            self.notify(
                f"This terminal cannot hand over to an editor; open {path} at line {line}.",
                severity="warning",
            )
        except OSError as exc:
            self.notify(f"{argv[0]}: {exc.strerror}", title="cannot open the source", severity="error")
        self.refresh()


def make_app(session: SessionLike) -> ArgmapApp:
    """The app for a session (a real ``argmap.session.Session`` or a test fake)."""
    return ArgmapApp(session)
