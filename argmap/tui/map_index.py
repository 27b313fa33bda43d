"""The map grouped the way the tree shows it, computed once per map and filter (pure, no Textual).

The tree asks this index for the children of a node when the node is expanded, so a map of
10,000 claims never turns into 10,000 tree nodes up front.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from argmap.model import ArgumentMap, Claim, Debate, Position, Reference

SIDES = ("pro", "con")


@dataclass
class DebateCounts:
    pro: int = 0
    con: int = 0
    neutral: int = 0

    @property
    def total(self) -> int:
        return self.pro + self.con + self.neutral


@dataclass
class MapIndex:
    amap: ArgumentMap
    claims: dict[str, Claim] = field(default_factory=dict)  # every claim, shown or not
    references: dict[str, Reference] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    debates: dict[str, Debate] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)  # id -> title
    # shown claims, grouped
    by_position: dict[str, list[Claim]] = field(default_factory=dict)
    unplaced: dict[tuple[str, str], list[Claim]] = field(default_factory=dict)  # (debate, side|"none")
    outside: list[Claim] = field(default_factory=list)
    counts: dict[str, DebateCounts] = field(default_factory=dict)
    shown: int = 0

    @classmethod
    def build(cls, amap: ArgumentMap, keep: object = None) -> MapIndex:
        """Group the claims for which ``keep(claim)`` is true (default: every claim still a claim)."""
        test = keep if callable(keep) else (lambda c: c.is_claim)
        index = cls(
            amap,
            claims=amap.claim_index(),
            references=amap.reference_index(),
            positions=amap.position_index(),
            debates=amap.debate_index(),
            documents={d.id: d.title or d.id for d in amap.documents},
        )
        by_position: dict[str, list[Claim]] = defaultdict(list)
        unplaced: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        counts = {d: DebateCounts() for d in index.debates}
        for claim in amap.claims:
            if not test(claim):
                continue
            index.shown += 1
            if claim.debate is None or claim.debate not in index.debates:
                index.outside.append(claim)
                continue
            pos = index.positions.get(claim.position or "")
            side = claim.stance or "none"
            if pos is not None and pos.debate == claim.debate and side == pos.side:
                by_position[pos.id].append(claim)
            else:
                unplaced[(claim.debate, side)].append(claim)
            tally = counts[claim.debate]
            if side == "pro":
                tally.pro += 1
            elif side == "con":
                tally.con += 1
            else:
                tally.neutral += 1
        index.by_position = dict(by_position)
        index.unplaced = dict(unplaced)
        index.counts = counts
        return index

    def positions_of(self, debate: str, side: str) -> list[Position]:
        return [p for p in self.debates[debate].positions if p.side == side]

    def side_claims(self, debate: str, side: str) -> int:
        placed = sum(len(self.by_position.get(p.id, [])) for p in self.positions_of(debate, side))
        return placed + len(self.unplaced.get((debate, side), []))

    def supporting(self, claim: Claim) -> list[Claim]:
        """Other claims of the same position (every shown one is fine; the detail pane truncates)."""
        if not claim.position:
            return []
        pos = self.positions.get(claim.position)
        if pos is None:
            return []
        return [self.claims[c] for c in pos.claims if c != claim.id and c in self.claims]

    def path_to(self, claim: Claim) -> list[str]:
        """Tree node keys from the top to the claim's parent (see ``widgets.map_tree``)."""
        if claim.debate is None or claim.debate not in self.debates:
            return ["outside"]
        side = claim.stance or "none"
        keys = [f"debate:{claim.debate}"]
        if side == "none":
            return [*keys, f"unplaced:{claim.debate}|none"]
        keys.append(f"side:{claim.debate}|{side}")
        pos = self.positions.get(claim.position or "")
        if pos is not None and pos.side == side and pos.debate == claim.debate:
            return [*keys, f"position:{pos.id}"]
        return [*keys, f"unplaced:{claim.debate}|{side}"]


def balance_bar(pro: int, con: int, width: int = 10) -> str:
    """A text bar of the pro share, e.g. '▰▰▰▰▰▰▱▱▱▱' for 6 pro to 4 con."""
    total = pro + con
    if not total:
        return "▱" * width
    filled = round(width * pro / total)
    return "▰" * filled + "▱" * (width - filled)


def reference_line(ref: Reference) -> str:
    """'Smythe, D. W. (1977). Title' in one line."""
    authors = "; ".join(ref.authors[:3]) + (" et al." if len(ref.authors) > 3 else "")
    year = ref.year if ref.year else "n.d."
    return f"{authors or 'Anon.'} ({year}). {ref.title}".strip()
