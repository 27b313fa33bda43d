"""The map screen: question line, map tree, claim detail, search bar, status line.

Every correction goes through ``app.annotate`` (the core decides); this screen only keeps the
view state: the filter, which claim is marked for a counter link, the cursor.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, Static, Tree
from textual.worker import Worker, WorkerState

from argmap.model import Claim, Position
from argmap.tui.filtering import ClaimFilter
from argmap.tui.map_index import MapIndex
from argmap.tui.screens.filter import FilterScreen
from argmap.tui.screens.picker import PickerScreen
from argmap.tui.screens.prompt import PromptScreen
from argmap.tui.widgets.claim_detail import ClaimDetail
from argmap.tui.widgets.map_tree import SIDE_STYLE, MapTree
from argmap.tui.widgets.status_bar import StatusBar


class MainScreen(Screen[None]):
    AUTO_FOCUS = "#map"
    BINDINGS = [
        Binding("slash", "search('text')", "Search"),
        Binding("S", "search('meaning')", "Meaning search", show=False),
        Binding("f", "filter", "Filter"),
        Binding("escape", "clear_filter", "Clear search and filter", show=False),
        Binding("p", "stance('pro')", "Set stance pro", show=False),
        Binding("c", "stance('con')", "Set stance con", show=False),
        Binding("n", "stance('none')", "Set no stance", show=False),
        Binding("m", "move", "Move to position or debate", show=False),
        Binding("x", "not_claim", "Mark not a claim", show=False),
        Binding("a", "mark", "Mark claim for a counter link", show=False),
        Binding("l", "link", "Link or unlink counter with marked claim", show=False),
        Binding("R", "rename", "Rename position", show=False),
        Binding("M", "merge", "Merge position into another", show=False),
        Binding("e", "edit", "Open source in $EDITOR", show=False),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        *[Binding(str(n), f"jump({n})", "Jump to related claim (1–9)", show=False) for n in range(1, 10)],
    ]

    def __init__(self) -> None:
        super().__init__()
        self.claim_filter = ClaimFilter()
        self.map_index: MapIndex | None = None
        self.search_mode = "text"
        self._paragraphs: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="question")
        yield Input(id="search")
        with Horizontal(id="body"):
            yield MapTree(id="map")
            yield ClaimDetail(id="detail")
        yield StatusBar()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#map").border_title = "Map"
        self.query_one("#detail").border_title = "Detail"
        self.watch(self.app, "map_version", lambda _: self.refresh_map(), init=True)

    # -- showing the map ------------------------------------------------------------------------
    @property
    def map_tree(self) -> MapTree:
        return self.query_one(MapTree)

    @property
    def detail(self) -> ClaimDetail:
        return self.query_one(ClaimDetail)

    def refresh_map(self, keep: str | None = None) -> None:
        """Rebuild the index from the app's map and filter; the tree keeps expansion and cursor."""
        amap = self.app.amap  # type: ignore[attr-defined]
        if amap is None:
            self.query_one("#question", Static).update("No map yet.")
            self.detail.show_empty("No map yet: building in the background (progress below).")
            return
        self._paragraphs.clear()  # a rebuild may have changed the files
        self.map_index = MapIndex.build(amap, self.claim_filter.matches)
        self.map_tree.show(self.map_index, keep)
        status = self.query_one(StatusBar)
        described = self.claim_filter.describe()
        status.set_filter(f"{described} · {self.map_index.shown} shown" if described else "")
        self._show_node(self.map_tree.cursor_key)

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        self._show_node(event.node.data)

    def _show_node(self, key: str | None) -> None:
        index = self.map_index
        if index is None:
            return
        debate_id = None
        if key is None:
            self.detail.show_empty("Nothing to show." if not index.shown else "Choose a node in the map.")
        elif key.startswith("claim:"):
            claim = index.claims[key[6:]]
            debate_id = claim.debate
            self.detail.show_claim(index, claim, self._paragraphs.get(claim.id))
            if claim.id not in self._paragraphs:
                self._load_paragraph(claim.id)
        else:
            kind, _, rest = key.partition(":")
            if kind == "position":
                debate_id = index.positions[rest].debate
            elif kind in ("debate", "side", "unplaced"):
                debate_id = rest.split("|")[0]
            self.detail.show_summary(index, key)
        self._show_question(debate_id or (index.amap.debates[0].id if index.amap.debates else None))

    def _show_question(self, debate_id: str | None) -> None:
        assert self.map_index is not None
        debate = self.map_index.debates.get(debate_id or "")
        line = Text()
        if debate is None:
            line.append("No debates declared or discovered.", style="italic")
        else:
            n = self.map_index.counts[debate.id]
            line.append("Q ", style="bold reverse")
            line.append(f" {debate.question}", style="bold")
            line.append(f"  (pro {n.pro} · con {n.con})", style="dim")
        self.query_one("#question", Static).update(line)

    @work(thread=True, exclusive=True, group="paragraph", exit_on_error=False)
    def _load_paragraph(self, claim_id: str) -> None:
        # Reading the paragraph may parse a PDF: off the UI thread, the sentence shows at once.
        text = self.app.session.paragraph(claim_id)  # type: ignore[attr-defined]
        self.app.call_from_thread(self._paragraph_loaded, claim_id, text)

    def _paragraph_loaded(self, claim_id: str, text: str) -> None:
        self._paragraphs[claim_id] = text
        if (
            self.detail.claim_id == claim_id
            and self.map_index is not None
            and claim_id in self.map_index.claims
        ):
            self.detail.show_claim(self.map_index, self.map_index.claims[claim_id], text)

    def reveal_claim(self, claim_id: str) -> None:
        """Move the cursor to a claim, clearing the filter if it hides the claim."""
        if self.map_index is None or claim_id not in self.map_index.claims:
            return
        if not self.claim_filter.matches(self.map_index.claims[claim_id]) and self.claim_filter.active:
            self.set_filter(ClaimFilter(), keep=f"claim:{claim_id}")
        elif not self.map_tree.reveal(f"claim:{claim_id}"):
            self.notify("That claim is not shown in the map (marked not a claim?)", severity="warning")
        self.map_tree.focus()

    def on_claim_detail_jump(self, event: ClaimDetail.Jump) -> None:
        self.reveal_claim(event.claim_id)

    # -- search and filter ------------------------------------------------------------------------
    def set_filter(self, flt: ClaimFilter, keep: str | None = None) -> None:
        self.claim_filter = flt
        self.refresh_map(keep)

    def action_search(self, mode: str) -> None:
        self.search_mode = mode
        bar = self.query_one("#search", Input)
        bar.placeholder = (
            "Search claim text (live) — enter: back to the map, esc: clear"
            if mode == "text"
            else "Search by meaning — enter: search, esc: clear"
        )
        bar.border_title = "Text search" if mode == "text" else "Meaning search"
        bar.value = self.claim_filter.text if mode == "text" else ""
        bar.display = True
        bar.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if (
            event.input.id == "search"
            and self.search_mode == "text"
            and event.value != self.claim_filter.text
        ):
            self.set_filter(self.claim_filter.with_(text=event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        if self.search_mode == "meaning" and event.value.strip():
            self.app.status = f'searching by meaning: "{event.value.strip()}"…'  # type: ignore[attr-defined]
            self._meaning_search(event.value.strip())
        # The query stays in the status line; the bar goes so the map gets its rows back.
        event.input.display = False
        self.map_tree.focus()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False, name="search")
    def _meaning_search(self, query: str) -> tuple[str, list[tuple[str, float]]]:
        return query, self.app.session.search(query)  # type: ignore[attr-defined]

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # Failures bubble on to the app, which shows them; here only the search result is used.
        if event.worker.name == "search" and event.state == WorkerState.SUCCESS:
            query, hits = event.worker.result
            self.app.status = f'meaning search "{query}": {len(hits)} hits'  # type: ignore[attr-defined]
            self.set_filter(self.claim_filter.with_(ids=frozenset(cid for cid, _ in hits), text=""))

    def action_clear_filter(self) -> None:
        bar = self.query_one("#search", Input)
        bar.display = False
        if self.claim_filter.active:
            self.set_filter(ClaimFilter())
        self.map_tree.focus()

    def action_filter(self) -> None:
        amap = self.app.amap  # type: ignore[attr-defined]
        if amap is None:
            return

        def done(result: ClaimFilter | None) -> None:
            if result is not None:
                self.set_filter(result)

        self.app.push_screen(FilterScreen(amap, self.claim_filter), done)

    # -- corrections ------------------------------------------------------------------------------------
    def _claim(self) -> Claim | None:
        key = self.map_tree.cursor_key
        if self.map_index is None or not key or not key.startswith("claim:"):
            self.notify("Choose a claim in the map first.", severity="warning")
            return None
        return self.map_index.claims[key[6:]]

    def _position(self) -> Position | None:
        key = self.map_tree.cursor_key or ""
        if self.map_index is not None:
            if key.startswith("position:"):
                return self.map_index.positions[key[9:]]
            if key.startswith("claim:"):
                pos = self.map_index.positions.get(self.map_index.claims[key[6:]].position or "")
                if pos is not None:
                    return pos
        self.notify("Choose a position (or one of its claims) first.", severity="warning")
        return None

    def _annotate(self, decision: dict) -> None:
        self.app.annotate(decision)  # type: ignore[attr-defined]

    def action_stance(self, stance: str) -> None:
        if claim := self._claim():
            self._annotate({"kind": "stance", "claim": claim.id, "stance": stance})

    def action_not_claim(self) -> None:
        if claim := self._claim():
            self._annotate({"kind": "not-claim", "claim": claim.id})

    def action_move(self) -> None:
        claim = self._claim()
        if claim is None or self.map_index is None:
            return
        options: list[tuple[str, str | Text]] = []
        for debate in self.map_index.amap.debates:
            for pos in debate.positions:
                label = Text.assemble(
                    f"{debate.id} › ", (pos.side.upper(), SIDE_STYLE[pos.side]), f" › {pos.label}"
                )
                options.append((f"position:{pos.id}", label))
            options.append((f"debate:{debate.id}", Text(f"{debate.id} › (no position)", style="italic")))
        options.append(("debate:", Text("Outside every debate", style="italic")))

        def done(choice: str | None) -> None:
            if not choice:
                return
            kind, _, target = choice.partition(":")
            if kind == "position":
                self._annotate({"kind": "position", "claim": claim.id, "position": target})
            else:
                self._annotate({"kind": "debate", "claim": claim.id, "debate": target or None})

        self.app.push_screen(PickerScreen("Move the claim to…", options), done)

    def action_mark(self) -> None:
        if claim := self._claim():
            previous, self.map_tree.marked = (
                self.map_tree.marked,
                (None if self.map_tree.marked == claim.id else claim.id),
            )
            for cid in (previous, claim.id):
                if cid:
                    self.map_tree.refresh_claim(cid)
            if self.map_tree.marked:
                self.notify(
                    "Marked. Choose another claim and press l to link or unlink them as counterclaims."
                )

    def action_link(self) -> None:
        claim = self._claim()
        if claim is None or self.map_index is None:
            return
        marked = self.map_index.claims.get(self.map_tree.marked or "")
        if marked is None:
            self.notify(
                "Mark a claim first (a), then press l on the claim that answers it.", severity="warning"
            )
            return
        if marked.id == claim.id:
            self.notify("A claim cannot counter itself.", severity="warning")
            return
        action = "remove" if claim.id in marked.counters else "add"
        self.map_tree.marked = None
        self._annotate({"kind": "counter", "claim": marked.id, "other": claim.id, "action": action})

    def action_rename(self) -> None:
        pos = self._position()
        if pos is None:
            return

        def done(label: str | None) -> None:
            if label and label != pos.label:
                self._annotate({"kind": "rename-position", "position": pos.id, "label": label})

        self.app.push_screen(PromptScreen(f"Rename position “{pos.label}”", pos.label), done)

    def action_merge(self) -> None:
        pos = self._position()
        if pos is None or self.map_index is None:
            return
        others = [p for p in self.map_index.debates[pos.debate].positions if p.id != pos.id]
        if not others:
            self.notify("No other position in this debate to merge into.", severity="warning")
            return
        options: list[tuple[str, str | Text]] = [
            (p.id, Text.assemble((p.side.upper(), SIDE_STYLE[p.side]), f" › {p.label}")) for p in others
        ]

        def done(into: str | None) -> None:
            if into:
                self._annotate({"kind": "merge-position", "position": pos.id, "into": into})

        self.app.push_screen(PickerScreen(f"Merge “{pos.label}” into…", options), done)

    def action_edit(self) -> None:
        if claim := self._claim():
            self.app.open_in_editor(claim.id)  # type: ignore[attr-defined]

    def action_jump(self, n: int) -> None:
        related = self.detail.related
        if 0 < n <= len(related):
            self.reveal_claim(related[n - 1])
