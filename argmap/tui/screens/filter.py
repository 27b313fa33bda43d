"""The filter modal: side, document, language and minimum confidence; returns a ClaimFilter."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from argmap.model import ArgumentMap
from argmap.tui.filtering import ClaimFilter


class FilterScreen(ModalScreen[ClaimFilter | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, amap: ArgumentMap, current: ClaimFilter) -> None:
        super().__init__()
        self.amap = amap
        self.current = current

    def compose(self) -> ComposeResult:
        c = self.current
        languages = sorted({cl.language for cl in self.amap.claims})
        with Vertical(classes="dialog", id="filter-dialog"):
            yield Label("Filter claims", classes="dialog-title")
            yield Label("Side")
            yield Select(
                [("pro", "pro"), ("con", "con"), ("no side", "none")],
                value=c.side or Select.NULL,
                prompt="any side",
                id="filter-side",
            )
            yield Label("Document")
            yield Select(
                [(d.title or d.id, d.id) for d in self.amap.documents],
                value=c.document or Select.NULL,
                prompt="any document",
                id="filter-document",
            )
            yield Label("Language")
            yield Select(
                [(lang, lang) for lang in languages],
                value=c.language or Select.NULL,
                prompt="any language",
                id="filter-language",
            )
            yield Label("Minimum confidence (0–1)")
            yield Input(
                f"{c.min_confidence:g}" if c.min_confidence else "", placeholder="0", id="filter-confidence"
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Apply", variant="primary", id="apply")
                yield Button("Clear", id="clear")

    def _value(self, widget_id: str) -> str | None:
        value = self.query_one(widget_id, Select).value
        return None if value is Select.NULL else str(value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "clear":
            self.dismiss(self.current.with_(side=None, document=None, language=None, min_confidence=0.0))
            return
        self._apply()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._apply()

    def _apply(self) -> None:
        raw = self.query_one("#filter-confidence", Input).value.strip() or "0"
        try:
            confidence = float(raw)
        except ValueError:
            self.notify(f"Confidence must be a number between 0 and 1, not {raw!r}", severity="error")
            return
        self.dismiss(
            self.current.with_(
                side=self._value("#filter-side"),
                document=self._value("#filter-document"),
                language=self._value("#filter-language"),
                min_confidence=max(0.0, min(confidence, 1.0)),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
