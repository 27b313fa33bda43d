"""The detail pane: the claim in its paragraph, where it comes from, what it cites, why it got its
stance, and the claims that answer or support it (each one keystroke away)."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from argmap.model import Claim
from argmap.tui.map_index import MapIndex, balance_bar, reference_line
from argmap.tui.widgets.map_tree import MARK, SIDE_STYLE

MAX_RELATED = 9  # keys 1–9


def highlight(paragraph: str, sentence: str) -> Text:
    """The paragraph with the sentence in reverse video (readable without colour too)."""
    text = Text(paragraph)
    at = paragraph.find(sentence)
    if at >= 0:
        text.stylize("reverse bold", at, at + len(sentence))
    else:
        text = Text.assemble((sentence, "reverse bold"), "\n", (paragraph, "dim"))
    return text


class ClaimDetail(VerticalScroll):
    """Shows one node of the map. ``related`` are the claim ids that keys 1–9 jump to."""

    class Jump(Message):
        def __init__(self, claim_id: str) -> None:
            super().__init__()
            self.claim_id = claim_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.related: list[str] = []
        self.claim_id: str | None = None
        self.plain = ""  # what the pane says, as plain text (tests and screen readers)

    def compose(self):
        yield Static(id="detail-body")
        yield OptionList(id="related")

    # -- what to show --------------------------------------------------------------------------
    def show_claim(self, index: MapIndex, claim: Claim, paragraph: str | None) -> None:
        self.claim_id = claim.id
        side = claim.stance or "none"
        parts: list[Text] = [Text(claim.text, style="bold")]
        where = Text("\n", style="dim")
        where.append(index.documents.get(claim.document, claim.document), style="italic")
        where.append(f" — {claim.document}")
        if claim.section:
            where.append(f" · § {claim.section}")
        if claim.page:
            where.append(f" · p. {claim.page}")
        where.append(f" · {claim.language}")
        parts.append(where)
        debate = index.debates.get(claim.debate or "")
        pos = index.positions.get(claim.position or "")
        placed = Text("\n")
        placed.append(f"{MARK[side]} {side.upper()}", style=SIDE_STYLE[side])
        placed.append(f"  {debate.id if debate else 'outside every debate'}")
        if pos is not None:
            placed.append(" › ")
            placed.append(pos.label, style="bold")
        parts.append(placed)
        parts.append(Text("\nIn its paragraph", style="underline"))
        parts.append(highlight(paragraph, claim.text) if paragraph else Text("…", style="dim"))
        if claim.citations:
            parts.append(Text("\nCites", style="underline"))
            for key in claim.citations:
                ref = index.references.get(key)
                line = Text(f"[{key}] ", style="bold")
                if ref is None:
                    line.append("no bibliography entry", style="italic red")
                else:
                    line.append(reference_line(ref))
                    if ref.document is None:
                        line.append("  ✗ not in corpus", style="red")
                    else:
                        line.append(f"  ✓ {ref.document}", style="green")
                parts.append(line)
        why = Text(f"\nWhy {side}", style="underline")
        why.append(f"  confidence {claim.confidence:.2f}, decided by the {claim.source}", style="dim")
        parts.append(why)
        for reason in claim.reasons or ["(no reasons recorded)"]:
            parts.append(Text(f"• {reason}"))
        if claim.attributed_to:
            parts.append(Text(f"• reports the view of {claim.attributed_to}"))
        self._body(parts)
        related: list[tuple[str, Text]] = []
        for cid in claim.counters:
            other = index.claims.get(cid)
            if other is not None and other.is_claim:
                related.append((cid, Text.assemble(("⚔ answers ", "bold red"), other.text)))
        for other in index.supporting(claim):
            if other.is_claim:
                related.append((other.id, Text.assemble(("＋ supports ", "bold green"), other.text)))
        self._set_related(related[:MAX_RELATED], len(related))

    def show_summary(self, index: MapIndex, key: str) -> None:
        """A debate, side or position node: what it holds."""
        self.claim_id = None
        kind, _, rest = key.partition(":")
        parts: list[Text] = []
        if kind == "debate":
            debate = index.debates[rest]
            n = index.counts[rest]
            parts.append(Text(debate.question, style="bold"))
            parts.append(
                Text(
                    f"\n{n.total} claims: pro {n.pro} {balance_bar(n.pro, n.con)} con {n.con}"
                    + (f", {n.neutral} without side" if n.neutral else "")
                )
            )
            for side, statements in (("pro", debate.pro), ("con", debate.con)):
                for s in statements:
                    parts.append(Text.assemble((f"{side.upper()}: ", SIDE_STYLE[side]), s))
            if debate.proposed:
                parts.append(Text("\n(proposed by argmap, not declared in argmap.toml)", style="italic"))
        elif kind == "position":
            pos = index.positions[rest]
            claims = index.by_position.get(rest, [])
            parts.append(Text(pos.label, style="bold"))
            parts.append(
                Text(
                    f"\n{pos.side.upper()} in {pos.debate} · {len(claims)} claims shown "
                    f"from {len({c.document for c in claims})} readings",
                    style=SIDE_STYLE[pos.side],
                )
            )
            if pos.keywords:
                parts.append(Text("keywords: " + ", ".join(pos.keywords)))
            central = index.claims.get(pos.central or "")
            if central is not None:
                parts.append(Text.assemble(("\nMost central: ", "underline"), central.text))
            parts.append(Text("\nR rename · M merge into another position", style="dim"))
        elif kind == "side":
            debate, side = rest.split("|")
            parts.append(Text(f"{side.upper()}: {index.debates[debate].question}", style=SIDE_STYLE[side]))
            for s in getattr(index.debates[debate], side):
                parts.append(Text(f"• {s}"))
        else:
            parts.append(
                Text(
                    "Claims not placed in a position."
                    if kind == "unplaced"
                    else "Sentences argmap kept as claims but could not tie to a debate."
                )
            )
        self._body(parts)
        self._set_related([], 0)

    def show_empty(self, message: str) -> None:
        self.claim_id = None
        self._body([Text(message, style="italic")])
        self._set_related([], 0)

    def _body(self, parts: list[Text]) -> None:
        self.plain = "\n".join(p.plain for p in parts)
        self.query_one("#detail-body", Static).update(Group(*parts))

    def _set_related(self, related: list[tuple[str, Text]], total: int) -> None:
        self.related = [cid for cid, _ in related]
        options = self.query_one("#related", OptionList)
        options.clear_options()
        for n, (cid, label) in enumerate(related, 1):
            options.add_option(Option(Text.assemble((f"{n} ", "bold"), label), id=cid))
        options.display = bool(related)
        keys = "key 1" if len(related) == 1 else f"keys 1–{len(related)}"
        options.border_title = f"Related ({total}) — {keys}" if related else ""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Jump(event.option.id))
