"""Every cited work with the claims that cite it, for the Sources screen (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from argmap.model import ArgumentMap, Claim, Reference


@dataclass
class SourceEntry:
    key: str
    reference: Reference | None  # None: cited, but no bibliography entry for the key
    claims: list[Claim] = field(default_factory=list)

    @property
    def in_corpus(self) -> bool:
        return self.reference is not None and self.reference.document is not None

    def sides(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.claims:
            out[c.stance or "none"] = out.get(c.stance or "none", 0) + 1
        return out


def source_entries(amap: ArgumentMap) -> list[SourceEntry]:
    """References (and unknown cited keys), most cited first, then by key."""
    entries = {r.key: SourceEntry(r.key, r) for r in amap.references}
    for claim in amap.claims:
        if not claim.is_claim:
            continue
        for key in dict.fromkeys(claim.citations):
            entries.setdefault(key, SourceEntry(key, None)).claims.append(claim)
    return sorted(entries.values(), key=lambda e: (-len(e.claims), e.key))
