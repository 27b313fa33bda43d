"""Pandoc Markdown outline of the map, with ``[@key]`` citations, to draft a literature review from.

Layout: a comment naming it an argmap export (``formats.EXPORT_MARK``: a build skips the file if it is
saved into the corpus folder; pandoc drops it), then ``# title``; per debate ``## question``,
``### Yes: …`` / ``### No: …`` with the side statements, ``#### position label`` with its keywords, then
one bullet per claim followed by its citekeys. Counterclaims are listed under the claim they answer. Claims in no debate come last.
Claim text is escaped so that nothing in a sentence turns into Markdown syntax or a citation.
"""

from __future__ import annotations

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
from argmap.ingest.formats import EXPORT_MARK
from argmap.model import ArgumentMap, Claim

# Characters pandoc (and CommonMark) would read as markup or as a citation; all are ASCII
# punctuation, which both accept escaped with a backslash.
_SPECIAL = re.compile(r"([\\`*_\[\]<>@#$~^|{}])")
_LIST_START = re.compile(r"^(\d+)([.)])(\s|$)")
# A pandoc citekey: letters/digits/_ with single internal punctuation; anything else needs @{...}.
_PLAIN_KEY = re.compile(r"\w+(?:[:.#$%&\-+?<>~/]\w+)*")


def escape(text: str) -> str:
    """One line of literal text for pandoc Markdown: whitespace folded, markup characters escaped."""
    text = " ".join(text.split())
    text = _SPECIAL.sub(r"\\\1", text)
    # A sentence starting "1. " or "- " would open a nested list inside the bullet.
    text = _LIST_START.sub(r"\1\\\2\3", text)
    if text[:1] in ("-", "+", "=", ":"):
        text = "\\" + text
    return text


def citekey(key: str) -> str:
    """``@key``, or ``@{key}`` when the key has characters pandoc would end the key at."""
    return f"@{key}" if _PLAIN_KEY.fullmatch(key) else "@{" + key.replace("}", "") + "}"


def citation(keys: list[str]) -> str:
    """`` [@a; @b]`` (with the leading space), or nothing for no keys."""
    if not keys:
        return ""
    return " [" + "; ".join(citekey(k) for k in keys) + "]"


def render(amap: ArgumentMap) -> str:
    """The whole map as a pandoc Markdown outline (see the module docstring for the layout)."""
    claims = live_claims(amap)
    index = {c.id: c for c in claims}
    works = document_works(amap)
    out: list[str] = [f"{EXPORT_MARK} a map, not a reading; argmap build skips this file -->", "",
                      f"# {escape(amap.title or 'Argument map')}", ""]

    def bullet(claim: Claim) -> None:
        out.append(f"- {escape(claim.text)}{citation(outline_keys(claim, works))}")
        for other_id in dict.fromkeys(claim.counters):  # strongest answer first, as the map lists them
            other = index.get(other_id)
            if other is not None:
                out.append(f"  - *Answered by:* {escape(other.text)}{citation(outline_keys(other, works))}")

    def bullets(items: list[Claim]) -> None:
        for claim in items:
            bullet(claim)
        out.append("")

    for debate in amap.debates:
        out += [f"## {escape(debate.question or debate.id)}", ""]
        positions = ordered_positions(debate)
        loose = claims_off_positions(amap, debate, claims)
        for side in SIDES:
            statements = debate.pro if side == "pro" else debate.con
            heading = f"### {SIDE_WORD[side]}"
            if statements:
                heading += f": {escape(statements[0])}"
            out += [heading, ""]
            for extra in statements[1:]:
                out += [f"> {escape(extra)}", ""]
            for position in (p for p in positions if p.side == side):
                out += [f"#### {escape(position.label or position.id)}", ""]
                if position.keywords:
                    out += ["*Keywords:* " + ", ".join(escape(k) for k in position.keywords), ""]
                members = position_claims(position, index)
                if members:
                    bullets(members)
            unplaced = [c for c in loose if c.stance == side]
            if unplaced:
                out += ["#### Other claims on this side", ""]
                bullets(unplaced)
        neutral = [c for c in loose if c.stance not in SIDES]
        if neutral:
            out += ["### Framing and neutral claims", ""]
            bullets(neutral)

    outside = claims_outside_debates(amap, claims)
    if outside:
        out += ["## Claims outside every debate", ""]
        bullets(outside)
    return "\n".join(out).rstrip("\n") + "\n"
