"""What every export (and the coverage report) agrees on: which claims count, in what order, and
which works stand behind a claim.

Keeping these rules in one place is what makes the Markdown outline, the BibTeX file and the
coverage report agree: a key the outline cites is always in the BibTeX file, and a position the
coverage report calls "cited" is one whose works appear in the outline.
"""

from __future__ import annotations

from argmap.model import ArgumentMap, Claim, Debate, Position

SIDES = ("pro", "con")
SIDE_WORD = {"pro": "Yes", "con": "No"}


def live_claims(amap: ArgumentMap) -> list[Claim]:
    """Claims every export shows: the reader's "not a claim" marks are skipped; sorted by place."""
    return sorted((c for c in amap.claims if c.is_claim), key=lambda c: (c.document, c.start, c.id))


def document_works(amap: ArgumentMap) -> dict[str, str]:
    """Corpus document id -> key of the reference that *is* that document (the first key if several)."""
    works: dict[str, str] = {}
    for ref in sorted(amap.references, key=lambda r: r.key):
        if ref.document:
            works.setdefault(ref.document, ref.key)
    return works


def cited_keys(claim: Claim) -> list[str]:
    """Keys the sentence cites, then the author whose view it reports; no duplicates, order kept."""
    keys = dict.fromkeys(claim.citations)
    if claim.attributed_to:
        keys.setdefault(claim.attributed_to, None)
    return [k for k in keys if k]


def claim_works(claim: Claim, works: dict[str, str]) -> list[str]:
    """Every work behind a claim: what it cites, whose view it reports, and the paper it stands in.

    The paper itself counts because its author asserts the sentence: a draft that cites
    Terranova 2000 covers the claims made in Terranova 2000 even when they cite nobody. It does
    not count when the sentence reports someone else's view ("Murdock replied that …" in Fuchs
    2014 is Murdock's claim, not Fuchs's).
    """
    keys = dict.fromkeys(cited_keys(claim))
    own = works.get(claim.document)
    if own and not claim.attributed_to:
        keys.setdefault(own, None)
    return list(keys)


def speaks_for(claim: Claim, works: dict[str, str]) -> list[str]:
    """The works whose side a claim takes: the author it reports, when it reports one.

    "Arvidsson and Colleoni (2012) object that Fuchs (2010) …" cites Fuchs but speaks for Arvidsson
    and Colleoni; counting Fuchs would put his work on the side that answers it. Without an
    attribution, every work behind the claim (``claim_works``).
    """
    if claim.attributed_to:
        return [claim.attributed_to]
    return claim_works(claim, works)


def outline_keys(claim: Claim, works: dict[str, str]) -> list[str]:
    """The keys an outline puts after a claim: what it cites, or else the paper that makes it."""
    keys = cited_keys(claim)
    if keys:
        return keys
    own = works.get(claim.document)
    return [own] if own else []


def ordered_positions(debate: Debate) -> list[Position]:
    """Yes side first, then the bigger positions, then by label and id: stable across runs."""
    return sorted(
        debate.positions,
        key=lambda p: (SIDES.index(p.side) if p.side in SIDES else 2, -len(p.claims), p.label, p.id),
    )


def position_claims(position: Position, claims: dict[str, Claim]) -> list[Claim]:
    """The live claims of a position, its central claim first, then by place in the corpus."""
    members = [claims[cid] for cid in dict.fromkeys(position.claims) if cid in claims]
    return sorted(members, key=lambda c: (c.id != position.central, c.document, c.start, c.id))


def claims_off_positions(amap: ArgumentMap, debate: Debate, claims: list[Claim]) -> list[Claim]:
    """Live claims of a debate that belong to none of its positions (neutral framing, unclustered)."""
    placed = {cid for p in debate.positions for cid in p.claims}
    return [c for c in claims if c.debate == debate.id and c.id not in placed]


def claims_outside_debates(amap: ArgumentMap, claims: list[Claim]) -> list[Claim]:
    """Live claims in no declared debate (``debate`` is None or names a debate that is gone)."""
    known = {d.id for d in amap.debates}
    return [c for c in claims if c.debate not in known]
