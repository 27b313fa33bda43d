"""Argdown (https://argdown.org) export, for the Argdown VS Code extension and its map views.

Mapping:

- each debate's question is a titled statement ``[Question title]: question`` at the top;
- ``# <question>`` heading per debate, ``## Yes: <position>`` / ``## No: <position>`` per position
  (Argdown turns headings into groups, so positions become boxes in the map);
- each claim is an argument ``<Title>: text {claim: "c-…", cites: ["key"]}`` followed by its
  relations: ``+> [Question title]`` on the yes side, ``-> [Question title]`` on the no side, and
  ``-> <Other>`` for each counterclaim (counters are symmetric, so both arguments attack each other);
- claims off every position and claims outside every debate are listed as plain arguments in
  groups of their own, without relations to a question.

Titles are unique and never contain ``[]<>{}``; claim text has Argdown's markup characters
escaped with a backslash.
"""

from __future__ import annotations

import json
import re

from argmap.export.common import (
    SIDE_WORD,
    SIDES,
    claims_off_positions,
    claims_outside_debates,
    document_works,
    live_claims,
    ordered_positions,
    outline_keys,
    position_claims,
)
from argmap.model import ArgumentMap, Claim, Reference

_TITLE_UNSAFE = re.compile(r"[\[\]<>{}@#*_:\\/`]+")
_TEXT_SPECIAL = re.compile(r"([\\\[\]<>{}@#*_/`])")
_TITLE_WORDS = 6


def escape(text: str) -> str:
    """Claim text on one line, Argdown markup characters escaped."""
    return _TEXT_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def clean_title(text: str) -> str:
    """A title fragment without the characters that end or nest Argdown titles."""
    return " ".join(_TITLE_UNSAFE.sub(" ", text).split())


def _short(text: str, words: int = _TITLE_WORDS) -> str:
    cleaned = clean_title(text)
    parts = cleaned.split(" ")
    if len(parts) > 1:
        return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
    # Chinese has no spaces: keep the first characters instead.
    return cleaned[:16] + ("…" if len(cleaned) > 16 else "")


class _Titles:
    """Hands out unique titles: ``Smythe 1977 - audiences work for advertisers``, ``… (2)`` on clashes."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def get(self, wanted: str) -> str:
        title = wanted or "untitled"
        n = 2
        while title.casefold() in self.taken:
            title = f"{wanted} ({n})"
            n += 1
        self.taken.add(title.casefold())
        return title


def _claim_title(claim: Claim, keys: list[str], refs: dict[str, Reference]) -> str:
    ref = refs.get(keys[0]) if keys else None
    who = ""
    if ref is not None and ref.first_surname:
        who = f"{ref.first_surname} {ref.year}" if ref.year else ref.first_surname
    elif keys:
        who = keys[0]
    who = clean_title(who)
    head = _short(claim.text)
    return f"{who} - {head}" if who else head


def render(amap: ArgumentMap) -> str:
    """The map as an Argdown document (see the module docstring for the mapping)."""
    claims = live_claims(amap)
    index = {c.id: c for c in claims}
    works = document_works(amap)
    refs = amap.reference_index()
    titles = _Titles()

    # Titles first, in a fixed order, so that counters can refer to arguments defined later.
    question_title = {d.id: titles.get(clean_title(d.question) or d.id) for d in amap.debates}
    claim_title = {c.id: titles.get(_claim_title(c, outline_keys(c, works), refs)) for c in claims}

    title = (amap.title or "Argument map").replace('"', "'")
    out: list[str] = ["===", f"title: {json.dumps(title, ensure_ascii=False)}", "==="]

    def argument(claim: Claim, target: str | None, side: str | None) -> None:
        data: dict[str, object] = {"claim": claim.id, "document": claim.document}
        keys = outline_keys(claim, works)
        if keys:
            data["cites"] = keys
        data_text = ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items())
        out.extend(["", f"<{claim_title[claim.id]}>: {escape(claim.text)} {{{data_text}}}"])
        if target is not None and side in SIDES:
            out.append(f"  {'+>' if side == 'pro' else '->'} [{target}]")
        for other_id in sorted(dict.fromkeys(claim.counters)):
            if other_id in claim_title:
                out.append(f"  -> <{claim_title[other_id]}>")

    for debate in amap.debates:
        target = question_title[debate.id]
        out.extend(["", f"# {clean_title(debate.question or debate.id)}", "",
                    f"[{target}]: {escape(debate.question or debate.id)} {{debate: {json.dumps(debate.id)}}}"])
        for position in ordered_positions(debate):
            label = clean_title(position.label or position.id)
            out.extend(["", f"## {SIDE_WORD.get(position.side, position.side)}: {label}"])
            for claim in position_claims(position, index):
                argument(claim, target, position.side)
        loose = claims_off_positions(amap, debate, claims)
        if loose:
            out.extend(["", f"## {clean_title(debate.id)}: claims in no position"])
            for claim in loose:
                argument(claim, target, claim.stance)

    outside = claims_outside_debates(amap, claims)
    if outside:
        out.extend(["", "# Claims outside every debate"])
        for claim in outside:
            argument(claim, None, None)
    return "\n".join(out) + "\n"
