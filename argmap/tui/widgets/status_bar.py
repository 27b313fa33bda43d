"""One line at the bottom: what the app is doing, the active filter, and build progress."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class StatusBar(Horizontal):
    """Follows the app's ``status`` and ``build_progress`` reactives (so every screen shows the build)."""

    def compose(self) -> ComposeResult:
        yield Label(id="status-message")
        yield Label(id="status-filter")
        yield ProgressBar(id="build-progress", show_eta=False)

    def on_mount(self) -> None:
        self.watch(self.app, "status", self._on_status)
        self.watch(self.app, "build_progress", self._on_progress)

    def _on_status(self, status: str) -> None:
        self.query_one("#status-message", Label).update(status)

    def set_filter(self, text: str) -> None:
        self.query_one("#status-filter", Label).update(text)

    def _on_progress(self, progress: tuple[str, int, int] | None) -> None:
        bar = self.query_one("#build-progress", ProgressBar)
        bar.display = progress is not None
        if progress is not None:
            _stage, done, total = progress
            bar.update(total=max(total, 1), progress=done)
