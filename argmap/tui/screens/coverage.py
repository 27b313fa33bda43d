"""Coverage: per debate, sources and languages per side and position; thin positions flagged."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from argmap.tui.coverage_view import DebateCoverage, Row, coverage_rows
from argmap.tui.widgets.map_tree import SIDE_STYLE
from argmap.tui.widgets.status_bar import StatusBar


def _table(entry: DebateCoverage) -> Table:
    table = Table(
        title=Text(f"{entry.debate}: {entry.question}", style="bold"),
        title_justify="left",
        expand=True,
        show_edge=False,
    )
    for name, just in (
        ("side / position", "left"),
        ("claims", "right"),
        ("readings", "right"),
        ("works cited", "right"),
        ("languages", "left"),
        ("", "left"),
    ):
        table.add_column(name, justify=just)  # type: ignore[arg-type]

    def add(row: Row, indent: str) -> None:
        langs = ", ".join(f"{k} {v}" for k, v in row.languages.items()) or "—"
        flag = Text("⚠ thin", style="bold yellow") if row.thin else Text("")
        table.add_row(
            Text(indent + row.label, style=SIDE_STYLE[row.side] if not indent else ""),
            str(row.claims),
            str(row.documents),
            str(row.cited),
            langs,
            flag,
        )

    for side in entry.sides:
        add(side, "")
        for pos in entry.positions:
            if pos.side == side.side:
                add(pos, "  ")
    return table


class CoverageScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.switch_mode('map')", "Back to map")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="coverage"):
            yield Static(id="coverage-body")
        yield StatusBar()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#coverage").border_title = "Coverage"
        self.watch(self.app, "map_version", lambda _: self._fill(), init=True)

    def _fill(self) -> None:
        amap = self.app.amap  # type: ignore[attr-defined]
        if amap is None:
            return
        parts = []
        for entry in coverage_rows(amap):
            parts.append(_table(entry))
            for note in entry.notes:
                parts.append(Text(f"  ⚠ {note}", style="yellow"))
            parts.append(Text(""))
        self.query_one("#coverage-body", Static).update(Group(*parts) if parts else Text("No debates."))
