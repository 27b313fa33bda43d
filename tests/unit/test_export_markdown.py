"""Markdown outline: structure checked with markdown-it-py, and with pandoc + citeproc when installed."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from markdown_it import MarkdownIt

from argmap.export import render
from argmap.export.markdown import citekey, escape
from tests.fixtures.export.small_map import small_map

_CITE = re.compile(r"\[(@[^\]]+)\]$")


def _parse(text: str):
    return MarkdownIt("commonmark").parse(text)


def _headings(tokens) -> list[tuple[str, str]]:
    out = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            out.append((tok.tag, tokens[i + 1].content))
    return out


def _plain(inline) -> str:
    """The text a reader sees in an inline token (escapes resolved, emphasis dropped)."""
    return "".join(child.content for child in inline.children if child.type in ("text", "code_inline"))


def _top_items(tokens) -> list[str]:
    """Plain text of each top-level bullet (level-1 list items)."""
    items, depth = [], 0
    for i, tok in enumerate(tokens):
        if tok.type == "bullet_list_open":
            depth += 1
        elif tok.type == "bullet_list_close":
            depth -= 1
        elif tok.type == "inline" and depth == 1 and tokens[i - 2].type == "list_item_open":
            items.append(_plain(tok))
    return items


def test_heading_structure():
    amap = small_map()
    heads = _headings(_parse(render(amap, "markdown")))
    assert heads[0] == ("h1", "Digital labour debates")
    h2 = [text for tag, text in heads if tag == "h2"]
    assert h2 == ["Does the unpaid activity of platform users create value?",
                  "Do gig platforms give workers autonomy?", "Claims outside every debate"]
    h3 = [text for tag, text in heads if tag == "h3"]
    assert h3[:2] == ["Yes: Users' unpaid activity is labour that creates value",
                      "No: Users' activity is not productive labour"]
    assert "Framing and neutral claims" in h3
    h4 = [text for tag, text in heads if tag == "h4"]
    assert h4[:4] == ["audience commodity", "free labour", "affect and reputation, not labour time",
                      "audiences do not work"]


def test_every_live_claim_is_one_bullet_with_its_text_intact():
    """Escaping must round-trip: what markdown shows is exactly the claim, then its citekeys."""
    amap = small_map()
    items = _top_items(_parse(render(amap, "markdown")))
    live = [c for c in amap.claims if c.is_claim]
    assert len(items) == len(live)
    shown = {_CITE.sub("", item).rstrip(): item for item in items}
    for claim in live:
        assert claim.text in shown, claim.text


def test_citekeys_follow_each_claim():
    text = render(small_map(), "markdown")
    items = _top_items(_parse(text))
    keys = {m.group(1) for item in items if (m := _CITE.search(item))}
    assert "@smythe1977" in keys
    # attributed claim in Wang 2018 cites the author whose view it reports
    assert any(item.startswith("福克斯认为") and item.endswith("[@fuchs2014]") for item in items)
    # a claim citing nothing is cited to the paper it stands in
    assert any(item.startswith("Value on social media") and item.endswith("[@arvidsson2012]") for item in items)
    # the neutral claim from the notes has no work behind it: no empty brackets
    assert "Gig work is a growing share of employment in many cities." in items
    assert "[]" not in text


def test_counterclaims_nested_under_the_claim_they_answer():
    text = render(small_map(), "markdown")
    lines = text.splitlines()
    i = lines.index("- Users of commercial social media are productive workers who create surplus value "
                    "(Smythe, 1977). [@smythe1977]")
    assert lines[i + 1].startswith("  - *Answered by:* Murdock replied")
    assert lines[i + 1].endswith("[@murdock1978]")


def test_escape_blocks_markup_and_stray_citations():
    tokens = MarkdownIt("commonmark").parseInline(escape("a *b* [c](d) @e _f_ <g> `h`"))
    assert _plain(tokens[0]) == "a *b* [c](d) @e _f_ <g> `h`"
    assert [c.type for c in tokens[0].children] == ["text"] * len(tokens[0].children)
    assert escape("1. first") == "1\\. first"
    assert escape("- dash") == "\\- dash"
    assert escape("two\nlines") == "two lines"


def test_citekey_braces_odd_keys():
    assert citekey("smythe1977") == "@smythe1977"
    assert citekey("doe:2020.x") == "@doe:2020.x"
    assert citekey("key with space") == "@{key with space}"


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_citeproc_resolves_every_key(tmp_path):
    amap = small_map()
    (tmp_path / "map.md").write_text(render(amap, "markdown"), encoding="utf-8")
    (tmp_path / "refs.bib").write_text(render(amap, "bibtex"), encoding="utf-8")
    run = subprocess.run(["pandoc", "map.md", "--citeproc", "--bibliography", "refs.bib", "-t", "plain"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "not found" not in run.stderr
    assert "Smythe" in run.stdout and "[@" not in run.stdout


def test_answers_keep_the_maps_order_strongest_first():
    amap = small_map()
    claim = next(c for c in amap.claims if c.text.startswith("Users of commercial social media"))
    others = {c.id: c for c in amap.claims}
    answers = [cid for cid in others if cid != claim.id and others[cid].is_claim
               and others[cid].debate == claim.debate and others[cid].stance not in (None, claim.stance)]
    assert len(answers) >= 2
    claim.counters = sorted(answers, reverse=True)  # the map's order, here not the order of ids
    lines = render(amap, "markdown").splitlines()
    start = lines.index(next(line for line in lines if line.startswith("- Users of commercial social media")))
    listed = [line for line in lines[start + 1:start + 1 + len(answers)] if line.startswith("  - *Answered by:*")]
    assert len(listed) == len(answers)
    for line, cid in zip(listed, claim.counters, strict=True):
        assert line.startswith(f"  - *Answered by:* {escape(others[cid].text)}")
