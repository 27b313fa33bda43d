"""The ``argmap/1`` JSON contract (DESIGN.md). ``from_json`` reads it back for the app and the cache."""

from __future__ import annotations

import json
from dataclasses import fields
from operator import attrgetter
from typing import Any

from argmap.model import ArgumentMap, Claim, Debate, Document, Position, Reference
from argmap.serialize import from_dict, to_dict

SCHEMA = "argmap/1"
_CLAIM_FIELDS = frozenset(f.name for f in fields(Claim))
_CLAIM_ORDER = [f.name for f in fields(Claim)]
_claim_row = attrgetter(*_CLAIM_ORDER)  # a claim's fields' values in order, as a tuple
# The cache's layout (``rows=True``): claims as rows of these fields, named once. Twenty thousand claims
# read back in about half the time of one object each, and the row's order is checked against the
# fields, so a Claim with other fields reads an older cache by name.
ROW_FIELDS_KEY = "claim_fields"


def _claim_dict(claim: Claim) -> dict[str, Any]:
    """``to_dict`` for a Claim, which holds only scalars and lists of strings: the cache writes tens of
    thousands on every build, and the generic walk over each value was most of that time."""
    out = dict(claim.__dict__)
    for name in ("citations", "counters", "reasons"):
        out[name] = list(out[name])
    return out


def _claim(data: dict[str, Any]) -> Claim:
    if len(data) == len(_CLAIM_FIELDS) and _CLAIM_FIELDS.issuperset(data):
        # Every field present (what argmap writes): skip __init__, which a 20,000-claim cache felt.
        claim = object.__new__(Claim)
        claim.__dict__.update(data)
        return claim
    return Claim(**{k: v for k, v in data.items() if k in _CLAIM_FIELDS})


def to_json_dict(amap: ArgumentMap, *, include_non_claims: bool = False, rows: bool = False) -> dict[str, Any]:
    """The contract lists only what argmap treats as claims; the cache keeps every sentence.

    ``rows`` writes each claim as a tuple of its fields' values (for orjson to write directly), with
    their names under ``ROW_FIELDS_KEY``: the cache's layout, not the contract."""
    claims = amap.claims if include_non_claims else [c for c in amap.claims if c.is_claim]
    out = {
        "schema": SCHEMA,
        "corpus": {
            "title": amap.title,
            "model": amap.model,
            "seed": amap.seed,
            "built": amap.built,
            "argmap_version": amap.argmap_version,
        },
        "documents": [
            {"id": d.id, "title": d.title, "language": d.language, "kind": d.kind, "sha1": d.sha1,
             "warnings": list(d.warnings)}
            for d in amap.documents
        ],
        "references": [
            {"key": r.key, "authors": list(r.authors), "year": r.year, "title": r.title,
             "container": r.container, "kind": r.kind, "document": r.document, "fields": dict(r.fields)}
            for r in amap.references
        ],
        "debates": [
            {"id": d.id, "question": d.question, "pro": list(d.pro), "con": list(d.con), "proposed": d.proposed,
             "positions": [to_dict(p) for p in d.positions]}
            for d in amap.debates
        ],
        "claims": [_claim_row(c) for c in claims] if rows else [_claim_dict(c) for c in claims],
        "warnings": list(amap.warnings),
    }
    if rows:
        out[ROW_FIELDS_KEY] = _CLAIM_ORDER
    return out


def render(amap: ArgumentMap) -> str:
    return json.dumps(to_json_dict(amap), ensure_ascii=False, indent=2) + "\n"


def from_json_dict(data: dict[str, Any]) -> ArgumentMap:
    corpus = data.get("corpus", {})
    return ArgumentMap(
        title=corpus.get("title", ""),
        model=corpus.get("model", ""),
        seed=corpus.get("seed", 0),
        built=corpus.get("built", ""),
        argmap_version=corpus.get("argmap_version", ""),
        documents=[Document(id=d["id"], title=d.get("title", ""), text="", kind=d.get("kind", ""),
                            language=d.get("language", "en"), sha1=d.get("sha1", ""), warnings=d.get("warnings", []))
                   for d in data.get("documents", [])],
        references=[from_dict(Reference, r) for r in data.get("references", [])],
        debates=[Debate(id=d["id"], question=d.get("question", ""), pro=d.get("pro", []), con=d.get("con", []),
                        proposed=d.get("proposed", False),
                        positions=[from_dict(Position, p) for p in d.get("positions", [])])
                 for d in data.get("debates", [])],
        claims=_claims(data),
        warnings=data.get("warnings", []),
    )


def _claims(data: dict[str, Any]) -> list[Claim]:
    """The claims of a ``to_json_dict`` payload: objects by name, or rows (``rows=True``)."""
    names = data.get(ROW_FIELDS_KEY)
    if names is None:
        return [_claim(c) for c in data.get("claims", [])]
    if not isinstance(names, list):
        raise TypeError(f"{ROW_FIELDS_KEY} is not a list")
    if names == _CLAIM_ORDER:
        width = len(names)
        claims = []
        for row in data.get("claims", []):
            if len(row) != width:
                raise ValueError("a claim row of another length than its field names")
            claims.append(Claim(*row))
        return claims
    return [_claim(dict(zip(names, row, strict=True))) for row in data.get("claims", [])]
