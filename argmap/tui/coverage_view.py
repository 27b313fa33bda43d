"""Per debate: how many sources and languages stand behind each side and position (pure).

The reviewer's question is whether a side or position rests on too few readings, or on one
language only; this module answers it from the map alone, for the Coverage screen.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from argmap.model import ArgumentMap, Claim

THIN_DOCUMENTS = 2  # a position argued in fewer readings than this is flagged as thin


@dataclass
class Row:
    label: str
    side: str
    claims: int
    documents: int
    cited: int  # distinct works cited
    languages: dict[str, int] = field(default_factory=dict)
    thin: bool = False
    position: str | None = None


@dataclass
class DebateCoverage:
    debate: str
    question: str
    sides: list[Row]
    positions: list[Row]
    notes: list[str]


def _row(label: str, side: str, claims: list[Claim], position: str | None = None) -> Row:
    docs = {c.document for c in claims}
    cited = {k for c in claims for k in c.citations}
    langs = Counter(c.language for c in claims)
    return Row(
        label,
        side,
        len(claims),
        len(docs),
        len(cited),
        dict(sorted(langs.items())),
        thin=position is not None and len(docs) < THIN_DOCUMENTS,
        position=position,
    )


def coverage_rows(amap: ArgumentMap) -> list[DebateCoverage]:
    """One entry per debate: a row per side, a row per position, and notes on imbalance."""
    live = [c for c in amap.claims if c.is_claim and c.debate]
    out: list[DebateCoverage] = []
    for debate in amap.debates:
        mine = [c for c in live if c.debate == debate.id]
        sides = [_row(side.upper(), side, [c for c in mine if c.stance == side]) for side in ("pro", "con")]
        positions = [
            _row(p.label, p.side, [c for c in mine if c.position == p.id and c.stance == p.side], p.id)
            for p in debate.positions
        ]
        notes = []
        pro, con = sides
        if pro.claims + con.claims and min(pro.claims, con.claims) * 3 < max(pro.claims, con.claims):
            heavy = pro if pro.claims > con.claims else con
            notes.append(f"one-sided: {heavy.label} holds {heavy.claims} of {pro.claims + con.claims} claims")
        for row in sides:
            if len(row.languages) == 1 and row.claims >= 3:
                notes.append(
                    f"{row.label} side cites readings in one language only ({next(iter(row.languages))})"
                )
        for row in positions:
            if row.thin:
                notes.append(f"thin position: “{row.label}” rests on {row.documents} reading(s)")
        out.append(DebateCoverage(debate.id, debate.question, sides, positions, notes))
    return out
