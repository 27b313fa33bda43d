"""Adding papers to a mapped corpus without remapping all of it (an incremental build).

A full build's debates, stances and counterclaims are global: works, theses and paragraphs pass
evidence along one graph, so remapping everything for one new paper costs as much as the cold map.
Instead the new documents' sentences are mapped inside a *context* of claims already mapped (those
that cite the same works, those nearest in meaning, and those the reader labelled), held at their
debate and at their propagated stance value, with the debate cut-off and stance calibration of the
last full build. New claims join the nearest position of their side; counterclaims are searched
among new claims and that context. Position clusters and keywords stay as the full build made them;
``argmap build --full`` (or enough accumulated change, see the pipeline) remaps everything.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from argmap.mapping import MapInput, MapResult
from argmap.mapping.assemble import Frozen, map_declared
from argmap.mapping.neighbours import top_k
from argmap.model import ArgumentMap, Claim, Debate, Position

NEIGHBOURS = 8  # nearest mapped claims per new sentence joined to the context
PER_WORK = 50  # citers of one work joined to the context (the first ones in corpus order)


class NotExtendable(Exception):
    """The new claims cannot be placed without a full remap (say, they open a side with no position)."""


def context_of(inp: MapInput, new: list[int], cited: list[list[str]] | None = None) -> list[int]:
    """Indices of mapped sentences that inform the new ones: co-citers, nearest neighbours, labelled.

    ``cited`` is each sentence's ``cited_keys``, when the caller has them already."""
    if cited is None:
        cited = [s.cited_keys for s in inp.sentences]
    new_set = set(new)
    old = [i for i in range(len(inp.sentences)) if i not in new_set]
    wanted = {k for i in new for k in cited[i]}
    chosen: set[int] = set()
    per_work: dict[str, int] = {}
    for i in old:
        for key in cited[i]:
            if key in wanted and per_work.get(key, 0) < PER_WORK:
                per_work[key] = per_work.get(key, 0) + 1
                chosen.add(i)
    if old and new:
        # Among every vector but the new ones: the same neighbours as a search among a copy of the old
        # rows, without that copy (41 MB of fresh memory at 20,000 sentences).
        _, idx = top_k(inp.vectors[new], inp.vectors, NEIGHBOURS, exclude=np.asarray(new))
        chosen.update(idx.ravel().tolist())
    if inp.labels:
        chosen.update(i for i in old if inp.sentences[i].id in inp.labels)
    # Paragraph and document evidence only joins sentences of one document; unchanged documents'
    # claims keep their own, so no further context is needed for them.
    return sorted(chosen)


def _place(claim: Claim, debate: Debate, centroids: dict[str, np.ndarray], vector: np.ndarray) -> str:
    """The id of the nearest position on the claim's side (by centroid similarity)."""
    side = [p for p in debate.positions if p.side == claim.stance and p.id in centroids]
    if not side:
        raise NotExtendable(f"a new claim takes the {claim.stance} side of '{debate.id}', which has no position yet")
    best = max(side, key=lambda p: (float(centroids[p.id] @ vector), p.id))
    return best.id


def extend_map(inp: MapInput, previous: ArgumentMap, new: list[int], calibration: dict,
               cited: list[list[str]] | None = None) -> MapResult:
    """The map of ``inp.sentences`` where only the sentences at ``new`` are mapped afresh.

    ``previous`` is the last machine map (no reader decisions applied); every sentence not in ``new``
    has its claim there. The result's calibration carries the new claims' stance values; counting the
    change since the last full build is the caller's. ``cited``: each sentence's ``cited_keys``, when
    the caller has them. Raises NotExtendable."""
    sentences, vectors = inp.sentences, np.asarray(inp.vectors, dtype=np.float32)
    old_claims = {c.id: c for c in previous.claims}
    new_set = set(new)
    context = context_of(inp, new, cited)
    sub = sorted(new_set | set(context))
    values = calibration.get("values", {})
    frozen = Frozen(calibration=calibration)
    for a, i in enumerate(sub):
        if i in new_set:
            continue
        claim = old_claims[sentences[i].id]
        frozen.debates[a] = claim.debate
        frozen.sides[a] = claim.stance
        if claim.debate is not None:
            frozen.stances[a] = float(values.get(claim.id, 0.0))
    sub_labels = {sentences[i].id: inp.labels[sentences[i].id] for i in sub if sentences[i].id in inp.labels}
    _, sub_claims, sub_calibration = map_declared(
        [sentences[i] for i in sub], vectors[sub], inp.debates, inp.embed, inp.references, sub_labels,
        inp.seed, None, frozen=frozen, model=inp.model)
    fresh = {sub[a]: c for a, c in enumerate(sub_claims) if sub[a] in new_set}
    new_ids = {c.id for c in fresh.values()}
    # Links the context gained to new claims, with their reasons.
    gained: dict[str, list[tuple[str, str]]] = {}
    for a, c in enumerate(sub_claims):
        if sub[a] in new_set:
            continue
        for target in c.counters:
            if target in new_ids:
                why = next((r for r in c.reasons if r.startswith(f"counters {target}:")), f"counters {target}")
                gained.setdefault(c.id, []).append((target, why))

    index = {s.id: i for i, s in enumerate(sentences)}
    debates = [replace(d, positions=[replace(p, claims=[c for c in p.claims if c in index and index[c] not in new_set])
                                     for p in d.positions]) for d in previous.debates]
    by_id = {d.id: d for d in debates}
    # Each position's centroid, as one product with a position × sentence membership matrix: gathering
    # every position's rows first copied most of the corpus's vectors (33 MB of fresh memory at 20,000).
    placed = [p for d in debates for p in d.positions if p.claims]
    members = np.zeros((len(placed), len(sentences)), dtype=np.float32)
    for row, p in enumerate(placed):
        members[row, [index[c] for c in p.claims]] = 1.0 / len(p.claims)
    centres = members @ vectors
    centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), np.finfo(np.float32).tiny)
    centroids = {p.id: centres[row] for row, p in enumerate(placed)}
    position_of: dict[str, Position] = {p.id: p for d in debates for p in d.positions}
    for i in sorted(fresh):
        claim = fresh[i]
        claim.reasons.append(f"mapped incrementally against {len(context)} claims already mapped")
        if claim.debate is not None and claim.stance is not None and claim.debate in by_id:
            claim.position = _place(claim, by_id[claim.debate], centroids, vectors[i])
            position_of[claim.position].claims.append(claim.id)

    claims: list[Claim] = []
    # Counter links may stay when they reach a sentence still here and not mapped afresh.
    valid = index.keys() - {sentences[i].id for i in new_set}
    for i, s in enumerate(sentences):
        if i in fresh:
            claims.append(fresh[i])
            continue
        old = old_claims[s.id]
        added = gained.get(s.id, [])
        if not added and valid.issuperset(old.counters):
            claims.append(old)  # most claims: untouched (copying twenty thousand of them cost half a second)
            continue
        kept = [c for c in old.counters if c in valid]
        reasons = [r for r in old.reasons if not r.startswith("counters ") or r.split(" ", 2)[1].rstrip(":") in kept]
        claims.append(replace(old, counters=sorted(kept + [t for t, _ in added]), reasons=reasons + [w for _, w in added]))
    for d in debates:
        for p in d.positions:
            if p.central not in p.claims:
                p.central = p.claims[0] if p.claims else None
        d.positions = [p for p in d.positions if p.claims]

    updated = dict(calibration)
    updated["values"] = {cid: v for cid, v in values.items() if cid in index and index[cid] not in new_set}
    updated["values"].update({cid: v for cid, v in sub_calibration["values"].items() if cid in new_ids})
    return MapResult(debates, claims, calibration=updated)


__all__ = ["NotExtendable", "context_of", "extend_map"]
