"""Argdown export, checked by a small validator (no Argdown parser exists on PyPI) and the golden file."""

from __future__ import annotations

import json
import re

from argmap.export import render
from argmap.export.argdown import clean_title, escape
from tests.fixtures.export.small_map import small_map

_DEFINITION = re.compile(r"^(\[([^\[\]<>]+)\]|<([^\[\]<>]+)>): (.+)$")
_RELATION = re.compile(r"^  (\+>|->|<\+|<-|\+|-) (?:\[([^\[\]<>]+)\]|<([^\[\]<>]+)>)$")
_DATA = re.compile(r" \{([^{}]*)\}$")
_DATA_ITEM = re.compile(r"(\w+): (\"(?:[^\"\\]|\\.)*\"|\[[^\]]*\])")


def validate(text: str) -> dict:
    """Check the subset of Argdown the exporter writes; return what it defines.

    Rules: optional ``===`` front matter; blocks separated by blank lines; a block is a heading, or
    a statement/argument definition followed by indented relations; titles unique, free of
    ``[]<>``; every title a relation names is defined; unescaped text holds no ``[]<>{}``; the
    trailing ``{…}`` data is a YAML flow map (written here as JSON values).
    """
    lines = text.split("\n")
    assert text.endswith("\n")
    if lines[0] == "===":
        end = lines.index("===", 1)
        lines = lines[end + 1:]
    statements: dict[str, str] = {}
    arguments: dict[str, dict] = {}
    relations: list[tuple[str, str, str, str]] = []  # (from kind, from title, symbol, to)
    current: tuple[str, str] | None = None
    for n, line in enumerate(lines):
        if not line:
            current = None
            continue
        if line.startswith("#"):
            assert re.match(r"^#{1,6} \S", line), line
            assert current is None and (n == 0 or not lines[n - 1]), f"heading not in its own block: {line}"
            continue
        if line.startswith("  "):
            m = _RELATION.match(line)
            assert m and current is not None, f"bad relation line: {line!r}"
            target = f"[{m.group(2)}]" if m.group(2) else f"<{m.group(3)}>"
            relations.append((*current, m.group(1), target))
            continue
        m = _DEFINITION.match(line)
        assert m and current is None, f"bad definition line: {line!r}"
        body = m.group(4)
        data = {}
        d = _DATA.search(body)
        if d:
            data = {k: json.loads(v) for k, v in _DATA_ITEM.findall(d.group(1))}
            assert ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items()) == d.group(1)
            body = body[: d.start()]
        unescaped = re.sub(r"\\.", "", body)
        assert not re.search(r"[\[\]<>{}]", unescaped), f"unescaped markup in {body!r}"
        if m.group(2):
            assert m.group(2) not in statements, f"duplicate statement {m.group(2)}"
            statements[m.group(2)] = body
            current = ("statement", m.group(2))
        else:
            assert m.group(3) not in arguments, f"duplicate argument {m.group(3)}"
            arguments[m.group(3)] = data
            current = ("argument", m.group(3))
    for _, _, _, target in relations:
        if target.startswith("["):
            assert target[1:-1] in statements, f"undefined statement {target}"
        else:
            assert target[1:-1] in arguments, f"undefined argument {target}"
    return {"statements": statements, "arguments": arguments, "relations": relations}


def test_export_passes_the_validator_and_covers_every_live_claim():
    amap = small_map()
    parsed = validate(render(amap, "argdown"))
    assert set(parsed["statements"]) == {d.question for d in amap.debates}
    claim_ids = {data["claim"] for data in parsed["arguments"].values()}
    assert claim_ids == {c.id for c in amap.claims if c.is_claim}


def test_sides_support_or_attack_the_question_and_counters_attack_both_ways():
    amap = small_map()
    parsed = validate(render(amap, "argdown"))
    title_of = {data["claim"]: title for title, data in parsed["arguments"].items()}
    by_id = amap.claim_index()
    question = {d.id: d.question for d in amap.debates}
    rel = {(a, sym, t) for _, a, sym, t in parsed["relations"]}
    for claim in amap.claims:
        if not claim.is_claim or claim.stance is None:
            continue
        symbol = "+>" if claim.stance == "pro" else "->"
        assert (title_of[claim.id], symbol, f"[{question[claim.debate]}]") in rel
    for claim in amap.claims:
        for other in claim.counters:
            if claim.is_claim and by_id[other].is_claim:
                assert (title_of[claim.id], "->", f"<{title_of[other]}>") in rel
    # the neutral framing claim and the claim outside every debate relate to nothing
    neutral = [c for c in amap.claims if c.is_claim and c.stance is None]
    assert neutral and all(title_of[c.id] not in {a for _, a, _, _ in parsed["relations"]} for c in neutral)


def test_cites_kept_as_data():
    amap = small_map()
    parsed = validate(render(amap, "argdown"))
    cites = {data["claim"]: data.get("cites") for data in parsed["arguments"].values()}
    c1 = next(c for c in amap.claims if c.citations == ["smythe1977"])
    assert cites[c1.id] == ["smythe1977"]


def test_titles_unique_even_for_identical_openings():
    amap = small_map()
    twin = amap.claims[0]
    from dataclasses import replace
    amap.claims.append(replace(twin, id="c-twin000000", text=twin.text + " Again.", counters=[], start=999))
    parsed = validate(render(amap, "argdown"))
    assert len(parsed["arguments"]) == len([c for c in amap.claims if c.is_claim])


def test_escape_and_clean_title():
    assert escape("a [b] <c> {d} #e @f") == r"a \[b\] \<c\> \{d\} \#e \@f"
    assert clean_title("Smythe [1977] <x>: {y}") == "Smythe 1977 x y"


def test_validator_rejects_broken_argdown():
    import pytest

    with pytest.raises(AssertionError):
        validate("<A>: text\n  +> [Undefined]\n")
    with pytest.raises(AssertionError):
        validate("<A>: text with [brackets]\n")
    with pytest.raises(AssertionError):
        validate("<A>: one\n\n<A>: two\n")
