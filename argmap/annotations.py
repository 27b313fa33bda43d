"""The reader's decisions: ``argmap-annotations.jsonl`` (DESIGN.md, contract).

Append-only, one JSON object per line, flushed and fsynced; the last decision for a target wins.
A torn last line (a crash mid-write) is reported and skipped, never rewritten away. Decisions whose
claim no longer exists are kept in the file and reported on every build.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from argmap.errors import AnnotationError
from argmap.model import ArgumentMap, Claim, Position, claim_id, normalise_space

ANNOTATIONS_FILE = "argmap-annotations.jsonl"

STANCES = ("pro", "con", "none")
# kind -> required fields (besides "kind")
KINDS: dict[str, tuple[str, ...]] = {
    "stance": ("claim", "stance"),
    "position": ("claim", "position"),
    "debate": ("claim", "debate"),
    "not-claim": ("claim",),
    "counter": ("claim", "other", "action"),
    "rename-position": ("position", "label"),
    "merge-position": ("position", "into"),
    "undo": ("decision",),
}


@dataclass
class Decisions:
    """Decisions read from the file, in order, with undone ones already removed."""

    items: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    digest: str = ""  # sha1 of the file's bytes ("" when there is none): what a build was trained on

    def labels(self) -> dict[str, dict[str, str | None]]:
        """Per claim id, the reader's last stance/debate: the training labels for mapping."""
        out: dict[str, dict[str, str | None]] = {}
        for d in self.items:
            if d["kind"] == "stance":
                out.setdefault(d["claim"], {})["stance"] = d["stance"]
            elif d["kind"] == "debate":
                out.setdefault(d["claim"], {})["debate"] = d["debate"]
            elif d["kind"] == "not-claim":
                out.setdefault(d["claim"], {})["debate"] = None
        return out


def validate(decision: dict[str, Any]) -> None:
    kind = decision.get("kind")
    if kind not in KINDS:
        raise AnnotationError(f"unknown decision kind {kind!r}; valid kinds: {', '.join(KINDS)}")
    missing = [k for k in KINDS[kind] if k not in decision]
    if missing:
        raise AnnotationError(f"a '{kind}' decision needs {', '.join(missing)}")
    if kind == "stance" and decision["stance"] not in STANCES:
        raise AnnotationError(f"stance must be one of {', '.join(STANCES)}, not {decision['stance']!r}")
    if kind == "counter" and decision["action"] not in ("add", "remove"):
        raise AnnotationError("a counter decision's action is 'add' or 'remove'")


def read(root: Path) -> Decisions:
    path = root / ANNOTATIONS_FILE
    out = Decisions()
    if not path.exists():
        return out
    try:
        raw = path.read_bytes()
    except OSError as exc:
        out.warnings.append(f"{ANNOTATIONS_FILE}: cannot be read ({exc.strerror}); decisions not applied")
        return out
    out.digest = hashlib.sha1(raw).hexdigest()
    lines = raw.decode("utf-8", errors="replace").split("\n")
    records: list[dict[str, Any]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not an object")
            validate(record)
        except (ValueError, AnnotationError) as exc:
            torn = n == len(lines) and not raw.endswith(b"\n")
            what = "is torn (an interrupted write?)" if torn else f"is not a valid decision ({exc})"
            out.warnings.append(f"{ANNOTATIONS_FILE}: line {n} {what}; skipped, left in the file")
            continue
        records.append(record)
    undone = {r["decision"] for r in records if r["kind"] == "undo"}
    out.items = [r for r in records if r["kind"] != "undo" and r.get("id") not in undone]
    return out


def append(root: Path, decision: dict[str, Any], by: str | None = None) -> dict[str, Any]:
    """Validate, stamp (id, time, author) and durably append one decision. Returns the stored record."""
    validate(decision)
    record = {"id": uuid.uuid4().hex[:12], "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    if by or os.environ.get("ARGMAP_USER"):
        record["by"] = by or os.environ.get("ARGMAP_USER")
    record.update(decision)
    path = root / ANNOTATIONS_FILE
    line = json.dumps(record, ensure_ascii=False) + "\n"
    # If the previous writer died mid-line, start on a fresh line so the torn line stays alone.
    prefix = ""
    if path.exists() and path.stat().st_size:
        with path.open("rb") as fh:
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) != b"\n":
                prefix = "\n"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(prefix + line)
        fh.flush()
        os.fsync(fh.fileno())
    return record


def last_undoable(root: Path) -> dict[str, Any] | None:
    items = read(root).items
    return items[-1] if items else None


def annotate_claim(claim: Claim, **fields: Any) -> dict[str, Any]:
    """A decision about a claim that also records its text and document, so it can be found again."""
    return {"claim": claim.id, "document": claim.document, "text": claim.text, **fields}


def apply(amap: ArgumentMap, decisions: Decisions) -> list[str]:
    """Apply decisions on top of machine output, in order. Returns warnings for orphaned decisions."""
    claims = amap.claim_index()
    by_text: dict[tuple[str, str], Claim] = {}
    by_text_any: dict[str, Claim] = {}

    def text_index() -> None:  # built only when a decision misses by id: it costs a regex per claim
        if not by_text:
            for c in amap.claims:
                text = normalise_space(c.text)
                by_text[(c.document, text)] = c
                by_text_any.setdefault(text, c)
    positions = amap.position_index()
    debates = amap.debate_index()
    warnings: list[str] = []
    orphans = 0

    def find_claim(d: dict[str, Any], key: str = "claim") -> Claim | None:
        c = claims.get(d.get(key, ""))
        if c is None and key == "claim" and d.get("text"):
            # The file was renamed or the sentence moved: find it by its words.
            text_index()
            text = normalise_space(d["text"])
            c = by_text.get((d.get("document", ""), text)) or by_text_any.get(text)
        return c

    for d in decisions.items:
        kind = d["kind"]
        if kind in ("rename-position", "merge-position"):
            pos = positions.get(d["position"])
            if pos is None:
                orphans += 1
                continue
            if kind == "rename-position":
                pos.label = str(d["label"])
                pos.source = "reader"
            else:
                into = positions.get(d["into"])
                if into is None or into is pos or into.debate != pos.debate:
                    orphans += 1
                    continue
                for cid in pos.claims:
                    if cid in claims:
                        claims[cid].position = into.id
                        if cid not in into.claims:
                            into.claims.append(cid)
                pos.claims = []
                into.source = "reader"
            continue
        claim = find_claim(d)
        if claim is None:
            orphans += 1
            continue
        if kind == "stance":
            _set_stance(claims, claim, d["stance"], positions)
        elif kind == "debate":
            target = d["debate"]
            if target is not None and target not in debates:
                orphans += 1
                continue
            _detach(claim, positions)
            claim.debate = target
            if target is None:
                claim.stance = None
            _drop_cross_counters(claim, claims)
        elif kind == "position":
            pos = positions.get(d["position"])
            if pos is None:
                orphans += 1
                continue
            _detach(claim, positions)
            claim.debate, claim.stance, claim.position = pos.debate, pos.side, pos.id
            pos.claims.append(claim.id)
            _drop_cross_counters(claim, claims)
        elif kind == "not-claim":
            _detach(claim, positions)
            claim.is_claim = False
            claim.debate = claim.stance = None
            _drop_cross_counters(claim, claims)
        elif kind == "counter":
            other = claims.get(d["other"])
            if other is None:
                orphans += 1
                continue
            if d["action"] == "add":
                if other.id not in claim.counters:
                    claim.counters.append(other.id)
                if claim.id not in other.counters:
                    other.counters.append(claim.id)
            else:
                claim.counters = [x for x in claim.counters if x != other.id]
                other.counters = [x for x in other.counters if x != claim.id]
            other.source = "reader"
        claim.source = "reader"
        claim.confidence = 1.0
        claim.reasons = [f"set by the reader ({kind})", *[r for r in claim.reasons if "by the reader" not in r]]
    for pos in positions.values():
        pos.claims = sorted(dict.fromkeys(pos.claims))
    for debate in amap.debates:
        debate.positions = [p for p in debate.positions if p.claims or p.source == "reader"]
    if orphans:
        warnings.append(
            f"{ANNOTATIONS_FILE}: {orphans} decision(s) refer to claims or positions no longer in the corpus; "
            "kept in the file, not applied"
        )
    return warnings


def _detach(claim: Claim, positions: dict[str, Position]) -> None:
    if claim.position and claim.position in positions:
        pos = positions[claim.position]
        pos.claims = [x for x in pos.claims if x != claim.id]
    claim.position = None


def _set_stance(index: dict[str, Claim], claim: Claim, stance: str, positions: dict[str, Position]) -> None:
    new = None if stance == "none" else stance
    if new == claim.stance:
        return
    _detach(claim, positions)
    claim.stance = new  # type: ignore[assignment]
    if new is not None and claim.debate:
        # Join the nearest position on the new side: the one holding most of the claim's cited works.
        side = [p for p in positions.values() if p.debate == claim.debate and p.side == new]
        if side:
            cited = set(claim.citations)

            def shared(p: Position) -> tuple[int, int, str]:
                works = {k for cid in p.claims if cid in index for k in index[cid].citations}
                return (len(cited & works), len(p.claims), p.id)

            pos = max(side, key=shared)
            pos.claims.append(claim.id)
            claim.position = pos.id
    _drop_cross_counters(claim, index)


def _drop_cross_counters(claim: Claim, claims: dict[str, Claim]) -> None:
    """Counter links only ever join opposite sides of one debate."""
    keep = []
    for oid in claim.counters:
        other = claims.get(oid)
        ok = (
            other is not None
            and claim.debate is not None
            and other.debate == claim.debate
            and claim.stance is not None
            and other.stance is not None
            and other.stance != claim.stance
        )
        if ok:
            keep.append(oid)
        elif other is not None:
            other.counters = [x for x in other.counters if x != claim.id]
    claim.counters = keep


__all__ = ["ANNOTATIONS_FILE", "Decisions", "append", "apply", "read", "validate", "claim_id", "annotate_claim"]
