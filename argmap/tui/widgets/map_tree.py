"""The map as a tree: debates → sides → positions → claims, populated lazily on expand.

Node data is a stable key ("debate:ID", "side:DEBATE|pro", "position:ID", "unplaced:DEBATE|side",
"outside", "claim:ID"), so expansion and the cursor survive a rebuild of the tree after every edit.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from argmap.model import Claim
from argmap.tui.map_index import MapIndex, balance_bar

SIDE_STYLE = {"pro": "bold green", "con": "bold red", "none": "bold"}
MARK = {"pro": "+", "con": "−", "none": "·"}


def claim_label(claim: Claim, marked: bool = False) -> Text:
    """'+ 0.91 ✎⚔ text': side, confidence, reader-set, has counters; works without colour."""
    side = claim.stance or "none"
    label = Text()
    label.append(f"{MARK[side]} ", style=SIDE_STYLE[side])
    label.append(f"{claim.confidence:.2f} ", style="dim")
    flags = (
        ("★" if marked else "") + ("✎" if claim.source == "reader" else "") + ("⚔" if claim.counters else "")
    )
    if flags:
        label.append(flags + " ", style="bold yellow")
    if claim.language == "zh":
        label.append("中 ", style="cyan")
    label.append(claim.text)
    return label


class MapTree(Tree[str]):
    """Shows a ``MapIndex``; ``show()`` replaces the contents and keeps expansion and cursor."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("map", id=id)
        self.show_root = False
        self.guide_depth = 2
        self.map_index: MapIndex | None = None
        self.marked: str | None = None  # claim id marked for a counter link
        self._by_key: dict[str, TreeNode[str]] = {}
        self._populated: set[str] = set()

    # -- public ----------------------------------------------------------------------------
    def show(self, index: MapIndex, keep: str | None = None) -> None:
        """Show ``index``; re-expand what was open; put the cursor on ``keep`` (a node key) if it exists."""
        expanded = [k for k, n in self._by_key.items() if n.is_expanded]
        cursor = keep or (self.cursor_node.data if self.cursor_node is not None else None)
        first = not self._by_key
        self.clear()
        self._by_key, self._populated = {}, set()
        self.map_index = index
        amap = index.amap
        for debate in amap.debates:
            self._add(self.root, f"debate:{debate.id}", self._debate_label(debate.id), expandable=True)
        if index.outside:
            self._add(
                self.root,
                "outside",
                Text(f"Outside every debate ({len(index.outside)})", style="italic"),
                expandable=True,
            )
        if first:
            # On first show open the first debate's sides so the reader sees positions at once.
            expanded = [k for k in list(self._by_key)[:1]]
            expanded += (
                [f"side:{amap.debates[0].id}|pro", f"side:{amap.debates[0].id}|con"] if amap.debates else []
            )
        for key in expanded:
            node = self._by_key.get(key)
            if node is not None:
                self.ensure_children(node)
                node.expand()
        if cursor and not self.reveal(cursor) and cursor.startswith("claim:"):
            claim = index.claims.get(cursor[6:])
            parent = index.path_to(claim)[-1] if claim else None
            if parent:
                self.reveal(parent)
        if self.cursor_node is None and self._by_key:
            self.move_cursor(next(iter(self._by_key.values())))

    def reveal(self, key: str) -> bool:
        """Expand the way to node ``key`` (a claim's parents too) and move the cursor there."""
        if self.map_index is None:
            return False
        if key.startswith("claim:"):
            claim = self.map_index.claims.get(key[6:])
            if claim is None:
                return False
            for parent_key in self.map_index.path_to(claim):
                parent = self._by_key.get(parent_key)
                if parent is None:
                    return False
                self.ensure_children(parent)
                parent.expand()
        node = self._by_key.get(key)
        if node is None:
            return False
        # Node line numbers are computed lazily; asking for a line makes the tree lay itself out now.
        self.get_node_at_line(0)
        self.move_cursor(node)
        return True

    def ensure_children(self, node: TreeNode[str]) -> None:
        """Create a node's children the first time it is needed (lazy population)."""
        key = node.data
        if key is None or key in self._populated or self.map_index is None:
            return
        self._populated.add(key)
        index = self.map_index
        kind, _, rest = key.partition(":")
        if kind == "debate":
            for side in ("pro", "con"):
                count = index.side_claims(rest, side)
                n_pos = len(index.positions_of(rest, side))
                label = Text.assemble(
                    (side.upper(), SIDE_STYLE[side]), f"  {count} claims · {n_pos} positions"
                )
                self._add(node, f"side:{rest}|{side}", label, expandable=True)
            neutral = index.unplaced.get((rest, "none"), [])
            if neutral:
                self._add(
                    node,
                    f"unplaced:{rest}|none",
                    Text(f"No side ({len(neutral)})", style="italic"),
                    expandable=True,
                )
        elif kind == "side":
            debate, side = rest.split("|")
            filtering = index.shown != sum(1 for c in index.amap.claims if c.is_claim)
            for pos in index.positions_of(debate, side):
                shown = index.by_position.get(pos.id, [])
                if filtering and not shown:
                    continue
                label = Text.assemble((pos.label, "bold"), f" ({len(shown)})")
                if pos.source == "reader":
                    label.append(" ✎", style="yellow")
                if pos.keywords:
                    label.append("  " + ", ".join(pos.keywords[:4]), style="dim italic")
                self._add(node, f"position:{pos.id}", label, expandable=True)
            loose = index.unplaced.get((debate, side), [])
            if loose:
                self._add(
                    node,
                    f"unplaced:{debate}|{side}",
                    Text(f"No position ({len(loose)})", style="italic"),
                    expandable=True,
                )
        else:
            if kind == "position":
                claims = index.by_position.get(rest, [])
            elif kind == "unplaced":
                debate, side = rest.split("|")
                claims = index.unplaced.get((debate, side), [])
            else:
                claims = index.outside
            for claim in claims:
                self._add(
                    node, f"claim:{claim.id}", claim_label(claim, claim.id == self.marked), expandable=False
                )

    def refresh_claim(self, claim_id: str) -> None:
        node = self._by_key.get(f"claim:{claim_id}")
        if node is not None and self.map_index is not None and claim_id in self.map_index.claims:
            node.set_label(claim_label(self.map_index.claims[claim_id], claim_id == self.marked))

    @property
    def cursor_key(self) -> str | None:
        return self.cursor_node.data if self.cursor_node is not None else None

    # -- internals -------------------------------------------------------------------------
    def _debate_label(self, debate_id: str) -> Text:
        assert self.map_index is not None
        n = self.map_index.counts[debate_id]
        label = Text.assemble((debate_id, "bold"), f"  {n.total} claims  ")
        label.append(f"pro {n.pro} ", style="green")
        label.append(balance_bar(n.pro, n.con, 8))
        label.append(f" {n.con} con", style="red")
        if n.neutral:
            label.append(f"  ·{n.neutral}", style="dim")
        return label

    def _add(self, parent: TreeNode[str], key: str, label: Text, expandable: bool) -> TreeNode[str]:
        node = (
            parent.add(label, data=key, allow_expand=expandable)
            if expandable
            else parent.add_leaf(label, data=key)
        )
        self._by_key[key] = node
        return node

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[str]) -> None:
        self.ensure_children(event.node)
