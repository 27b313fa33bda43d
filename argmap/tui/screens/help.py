"""Every key binding, read from the bindings themselves so the list cannot go out of date."""

from __future__ import annotations

from dataclasses import replace

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static


def binding_rows(groups: list[tuple[str, list[Binding]]], key_display) -> list[tuple[str, str, str]]:
    """(group, keys, description), bindings with the same description merged ('u / ctrl+z')."""
    rows: dict[tuple[str, str], list[str]] = {}
    for group, bindings in groups:
        for b in bindings:
            if not b.description:
                continue
            for key in b.key.split(","):  # "u,ctrl+z" is two keys for one action
                rows.setdefault((group, b.description), []).append(key_display(replace(b, key=key.strip())))
    return [(group, " / ".join(dict.fromkeys(keys)), desc) for (group, desc), keys in rows.items()]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Close help")]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column("keys", style="bold", no_wrap=True)
        table.add_column("action")
        group = None
        for g, keys, desc in self.rows:
            if g != group:
                table.add_row(f"[underline]{g}[/]", "")
                group = g
            table.add_row(keys, desc)
        with VerticalScroll(classes="dialog", id="help-dialog"):
            yield Label("argmap — keys (ctrl+p: every action by name)", classes="dialog-title")
            yield Static(table)
            yield Label("esc close", classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
