"""Sources: every reference with the claims that cite it; works missing from the corpus marked."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, OptionList
from textual.widgets.option_list import Option

from argmap.tui.map_index import reference_line
from argmap.tui.sources_view import SourceEntry, source_entries
from argmap.tui.widgets.map_tree import MARK, SIDE_STYLE
from argmap.tui.widgets.status_bar import StatusBar


def _clip(text: str, width: int) -> str:
    # DataTable columns grow to their widest cell; long titles would push the counts off screen.
    return text if len(text) <= width else text[: width - 1] + "…"


class SourcesScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.switch_mode('map')", "Back to map")]

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[SourceEntry] = []

    def compose(self) -> ComposeResult:
        yield DataTable(id="sources-table", cursor_type="row", zebra_stripes=True)
        yield OptionList(id="citing")
        yield StatusBar()
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.border_title = "Sources"
        table.add_columns("key", "work", "in corpus", "claims", "pro", "con", "other")
        self.query_one("#citing", OptionList).border_title = "Claims citing it (enter: show in map)"
        self.watch(self.app, "map_version", lambda _: self._fill(), init=True)

    def _fill(self) -> None:
        amap = self.app.amap  # type: ignore[attr-defined]
        if amap is None:
            return
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        self.entries = source_entries(amap)
        for e in self.entries:
            sides = e.sides()
            if e.reference is None:
                work, status = (
                    Text("no bibliography entry", style="italic"),
                    Text("✗ unknown", style="bold red"),
                )
            else:
                work = Text(_clip(reference_line(e.reference), 60))
                status = Text("✓ yes", style="green") if e.in_corpus else Text("✗ missing", style="bold red")
            table.add_row(
                e.key,
                work,
                status,
                len(e.claims),
                sides.get("pro", 0),
                sides.get("con", 0),
                sides.get("none", 0),
                key=e.key,
            )
        if self.entries:
            table.move_cursor(row=min(row, len(self.entries) - 1))
            self._show(min(row, len(self.entries) - 1))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show(event.cursor_row)

    def _show(self, row: int) -> None:
        citing = self.query_one("#citing", OptionList)
        citing.clear_options()
        if not 0 <= row < len(self.entries):
            return
        amap = self.app.amap  # type: ignore[attr-defined]
        positions = amap.position_index()
        for c in self.entries[row].claims:
            side = c.stance or "none"
            label = Text.assemble((f"{MARK[side]} {side:<4} ", SIDE_STYLE[side]))
            pos = positions.get(c.position or "")
            label.append(f"{c.debate or '—'} › {pos.label if pos else '—'}: ", style="dim")
            label.append(c.text)
            citing.add_option(Option(label, id=c.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.show_claim(event.option.id)  # type: ignore[attr-defined]
