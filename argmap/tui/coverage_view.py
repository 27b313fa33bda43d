"""Rows for the Coverage screen: counts per side and position, with the core's verdicts.

Which positions are thin and which sides are unbalanced is decided once, in ``argmap.coverage``
(the same report ``argmap coverage`` prints); this module only arranges it into table rows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from argmap.coverage import coverage
from argmap.model import ArgumentMap, Claim


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


def _row(label: str, side: str, claims: list[Claim], position: str | None = None, thin: bool = False) -> Row:
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
        thin=thin,
        position=position,
    )


def coverage_rows(amap: ArgumentMap) -> list[DebateCoverage]:
    """One entry per debate: a row per side, a row per position, and the report's notes."""
    report = {d.id: d for d in coverage(amap).debates}
    live = [c for c in amap.claims if c.is_claim and c.debate]
    out: list[DebateCoverage] = []
    for debate in amap.debates:
        verdict = report.get(debate.id)
        thin = {p.id: p for p in verdict.thin_positions} if verdict else {}
        mine = [c for c in live if c.debate == debate.id]
        sides = [_row(side.upper(), side, [c for c in mine if c.stance == side]) for side in ("pro", "con")]
        positions = [
            _row(p.label, p.side, [c for c in mine if c.position == p.id and c.stance == p.side], p.id,
                 thin=p.id in thin)
            for p in debate.positions
        ]
        notes = list(verdict.warnings) if verdict else []
        notes += [f"thin position: “{p.label}” rests on {len(p.sources)} source(s)" for p in thin.values()]
        out.append(DebateCoverage(debate.id, debate.question, sides, positions, notes))
    return out
