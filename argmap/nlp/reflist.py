"""Parse a document's reference list (APA, Chicago, Harvard, GB/T 7714; English and Chinese).

The text usually comes from a PDF, so one entry can wrap over several lines; entries are rebuilt
from numbering (``[3]``, ``3.``, ``3)``), blank lines, hanging indents and the look of an entry's
start (``Fuchs, C.``, ``Fuchs C.``, ``王宁，李霞.``), then each entry is split into authors, year,
title and container as well as its style allows. ``Reference.key`` is left empty: ``resolve`` gives keys.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from argmap.model import Reference, normalise_space
from argmap.nlp.translit import has_han, strip_nationality

_NUM_PREFIX = re.compile(
    r"^\s*(?:[\[［]\s*(?P<a>\d{1,3})\s*[\]］]|(?P<b>\d{1,3})\s*[.)．、](?!\d)|[(（]\s*(?P<c>\d{1,3})\s*[)）])\s*"
)
_YEAR = r"(?:1[5-9]\d{2}|20\d{2})"
_MARKER = re.compile(r"(?:(?<=\s)|^)[\[［]\d{1,3}[\]］](?=\s)")
_LINE_MARKER = re.compile(r"(?m)^[ \t]*[\[［]\d{1,3}[\]］](?=\s)")
_BEFORE_INLINE_MARKER = re.compile(r"[ \t]+(?=[\[［]\d{1,3}[\]］]\s)")
_IEEE = re.compile(r"^(?P<authors>[^“\"()]{2,250}?),\s*[“\"](?P<title>[^”\"]{3,}?)[,.]?\s*[”\"]")
_TYPE_CODE = re.compile(r"\[(?:[A-Z]{1,2})(?:/OL)?\]")
_PAREN_YEAR = re.compile(
    rf"[(（]\s*(?P<year>{_YEAR})(?P<suffix>[a-z]?)\s*(?:[,，][^)）]{{0,30}})?[)）]|[(（]n\.\s?d\.[)）]"
)
_CHICAGO_YEAR = re.compile(rf"[.．]\s+(?P<year>{_YEAR})(?P<suffix>[a-z]?)[.．](?:\s|$)")
_ANY_YEAR = re.compile(rf"(?<!\d)(?P<year>{_YEAR})(?P<suffix>[a-z]?)(?![\d])")

_U = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f"
_L = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_SURNAME = rf"(?:(?:van|von|de|der|den|del|da|di|du|la|le|dos)\s+)*[{_U}][{_L}'’\-]*"
# "Fuchs, C." / "Fuchs, C. W." / "van Dijck, J."
_START_INITIALS = re.compile(rf"^{_SURNAME}(?:\s+{_SURNAME})?,\s+(?:[{_U}]\.\s*-?)+")
# "Fuchs, Christian." — also what a wrapped title line can look like, so it is a weak sign.
_START_GIVEN = re.compile(rf"^{_SURNAME},\s+[{_U}][a-z\u00df-\u00f6\u00f8-\u00ff]+")
# GB/T: "Fuchs C." / "Fuchs C, Sevignani S."
_START_GBT = re.compile(rf"^{_SURNAME}\s+[A-Z]{{1,3}}(?:[.,]|\s)")
# Chinese: "王宁, 李霞. …[J]" or "王宁（2021）" or "[英]福克斯. …"
_START_ZH = re.compile(
    r"^(?:[\[［(（][\u4e00-\u9fff]{1,2}[\]］)）])?[\u4e00-\u9fff·]{2,}(?:[,，、]\s*[\u4e00-\u9fff·]{2,})*\s*(?:等)?\s*[.．,，。]"
)
_START_ZH_APA = re.compile(rf"^[\u4e00-\u9fff·、，,]{{2,}}\s*[(（]{_YEAR}")
_TERMINAL = re.compile(r"[.。)）\]］\d]\s*$|https?://\S+\s*$|doi:\S+\s*$")
# "… Western Marxism. Canadian Journal (1977)": a sentence before the year means it is no APA author block.
_SENTENCE_IN_AUTHORS = re.compile(r"[a-z]{3}[.]\s+\S.{20,}")
_BULLET = re.compile(r"^\s*[-*•+]\s+")
_JOINER = re.compile(r"(?:[,，、&:：]|\band|\-)\s*$")


def _number(line: str) -> tuple[int | None, str]:
    m = _NUM_PREFIX.match(line)
    if not m:
        return None, line
    n = m.group("a") or m.group("b") or m.group("c")
    return int(n), line[m.end() :]


def _start_strength(line: str) -> int:
    """2: surely an entry's first line; 1: maybe; 0: no."""
    s = line.strip()
    if _START_INITIALS.match(s) or _START_GBT.match(s) or _START_ZH_APA.match(s):
        return 2
    if _START_ZH.match(s) and (_TYPE_CODE.search(s) or _PAREN_YEAR.search(s[:40])):
        return 2
    if _START_GIVEN.match(s) or _START_ZH.match(s):
        return 1
    return 0


def split_entries(text: str) -> list[tuple[int | None, str]]:
    """Rebuild entries from the lines of a reference list: [(number or None, entry text)]."""
    at_line_start = len(_LINE_MARKER.findall(text))
    inline = len(_MARKER.findall(text)) - at_line_start
    if inline >= 1 and inline >= at_line_start:
        # The PDF lost the line breaks between entries: "[1] Smythe … [2] Fuchs …" on one line.
        text = _BEFORE_INLINE_MARKER.sub("\n", text)
    lines = text.splitlines()
    numbered = sum(1 for ln in lines if _NUM_PREFIX.match(ln) and ln.strip())
    entries: list[tuple[int | None, list[str]]] = []
    blank_before = True
    for line in lines:
        if not line.strip():
            blank_before = True
            continue
        bullet = _BULLET.match(line)
        if bullet:  # Markdown lists: "- Fuchs, C. (2014) …" — each bullet is an entry
            line = line[bullet.end() :]
            blank_before = True
        if numbered >= 2:
            n, rest = _number(line)
            prev_n = next((e[0] for e in reversed(entries) if e[0] is not None), 0)
            if n is not None and (not entries or n > prev_n):
                entries.append((n, [rest]))
            elif entries:
                entries[-1][1].append(line)
            else:
                entries.append((None, [line]))
            blank_before = False
            continue
        indented = line[:1] in (" ", "\t", "\u3000")
        prev = entries[-1][1][-1] if entries else ""
        so_far = " ".join(entries[-1][1]) if entries else ""
        strength = _start_strength(line)
        new = (
            blank_before
            or not entries
            or (
                not indented
                and strength > 0
                and (
                    (_TERMINAL.search(prev) and (strength == 2 or _ANY_YEAR.search(so_far)))
                    or (strength == 2 and not _JOINER.search(prev) and _ANY_YEAR.search(so_far))
                )
            )
        )
        if new:
            entries.append((None, [line]))
        else:
            entries[-1][1].append(line)
        blank_before = False
    return [(n, _join_lines(parts)) for n, parts in entries if "".join(parts).strip()]


def _join_lines(parts: list[str]) -> str:
    """Join wrapped lines: no space between Chinese characters, de-hyphenate 'politi-\\ncal'."""
    out = ""
    for part in parts:
        part = part.strip()
        if not out:
            out = part
        elif re.search(r"[\u4e00-\u9fff]$", out) and re.match(r"[\u4e00-\u9fff]", part):
            out += part
        elif re.search(r"[a-z]-$", out) and re.match(r"[a-z]", part):
            out = out[:-1] + part
        elif out.endswith(("/", "-")):
            out += part
        else:
            out += " " + part
    return normalise_space(out)


# --- authors ---------------------------------------------------------------------------------

_INITIALS = re.compile(rf"^(?:[{_U}]\.?\s*-?\s*)+$|^(?:[{_U}][a-z]?\.\s*)+$")
_PARTICLES = {"van", "von", "de", "der", "den", "del", "da", "di", "du", "la", "le", "dos", "ten", "ter"}


def _given_then_surname(name: str) -> str:
    """'Sebastian Sevignani' -> 'Sevignani, Sebastian'; 'José van Dijck' -> 'van Dijck, José'."""
    words = name.split()
    if len(words) < 2:
        return name
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in _PARTICLES:
        i -= 1
    return f"{' '.join(words[i:])}, {' '.join(words[:i])}"


def parse_authors(text: str) -> list[str]:
    """An author block -> ['Surname, Given', …] or ['王宁', …]."""
    text = re.sub(r"\s*[(（](?:eds?|hrsg|coord|comp|主编|编)\.?[)）]\.?", "", text, flags=re.I)
    text = text.strip().rstrip("．。,， ")
    text = re.sub(r"[,，]?\s*(?:et al\.?|等人?|\.\.\.|…)\s*$", "", text)
    text = re.sub(r"(?<=[a-z\u00df-\u024f\u4e00-\u9fff])\.$", "", text)  # keep the dot of a final initial
    if not text:
        return []
    if has_han(text) and not re.search(rf"[{_L}]{{2}}", text):
        names = [strip_nationality(n) for n in re.split(r"\s*[,，、;；]\s*|\s+(?:和|与|及)\s*", text)]
        out = []
        for n in names:
            n = n.strip(" .．")
            if not n:
                continue
            parts = [p for p in re.split(r"[·•・]", n) if p]
            # A translated Western name (克里斯蒂安·福克斯) is stored surname first, like Latin names.
            out.append(f"{parts[-1]}, {'·'.join(parts[:-1])}" if len(parts) > 1 else n)
        return out
    groups = re.split(r"\s*,?\s*(?:&|\band\b)\s+|\s*;\s*", text)
    authors: list[str] = []
    for group in groups:
        tokens = [t.strip() for t in group.split(",") if t.strip()]
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            gbt = re.fullmatch(rf"({_SURNAME}(?:\s+{_SURNAME})*?)\s+([A-Z](?:\s?[A-Z]){{0,2}})", tok)
            if nxt and (
                _INITIALS.match(nxt)
                or (not authors and i == 0 and " " not in tok and re.fullmatch(rf"[{_U}][{_L}.\s\-]+", nxt))
            ):
                authors.append(f"{tok}, {nxt}")
                i += 2
            elif gbt:  # GB/T 7714 writes "Fuchs C", "Smythe D W"
                authors.append(f"{gbt.group(1)}, {gbt.group(2)}")
                i += 1
            elif " " in tok and not _INITIALS.match(tok):
                authors.append(_given_then_surname(tok))
                i += 1
            else:
                authors.append(tok)
                i += 1
    return [a for a in authors if a and not a.lower().startswith("et al")]


# --- entries ---------------------------------------------------------------------------------


def _first_sentence(text: str) -> tuple[str, str]:
    """Split 'Title. Rest' at the first full stop that ends a sentence (not 'Vol.' or an initial)."""
    m = re.search(r"(?<=[^\sA-Z.][^\s.])[.?!。．](?=\s|$|[\u4e00-\u9fff])|[?!？！](?=\s)|[。．]", text)
    if not m:
        return text.strip(), ""
    end = m.end() if text[m.start()] in "?!？！" else m.start()
    return text[:end].strip(), text[m.end() :].strip()


def _container(rest: str) -> str:
    rest = rest.strip().lstrip(".．。,， ")
    rest = re.sub(r"^(?:In|in)[:\s]+", "", rest)
    m = re.match(r"([^,，.。(（\d]+)", rest)
    if not m:
        return ""
    value = m.group(1).strip()
    if ":" in value or "：" in value:  # "London: Routledge"
        value = re.split(r"[:：]", value)[-1].strip()
    return value


def _parse_gbt(body: str, code: re.Match[str]) -> Reference:
    head = body[: code.start()].strip()
    tail = body[code.end() :]
    m = re.search(
        r"(?<=[^\s.][^\s.])[.．](?=\s|[\u4e00-\u9fff\[［]|$)|(?<=[\u4e00-\u9fff])[.．]|(?<=\s[A-Z])[.．]\s|(?<=\s[A-Z]{2})[.．]\s|[。．]",
        head,
    )
    if m:
        authors_text, title = head[: m.start()], head[m.end() :]
    else:
        authors_text, title = "", head
    ym = _ANY_YEAR.search(tail)
    year = int(ym.group("year")) if ym else None
    # Translators ("周延云, 译.") are not the container; a book's container is its publisher.
    tail = re.sub(r"[.．]\s*[^.．\[]{1,40}?[,，]?\s*(?:译|编译|校|trans(?:lated)?\.?)[.．]", ".", tail)
    publisher = re.search(rf"[:：]\s*([^,，:：]+?)\s*[,，]\s*{_YEAR}", tail)
    kind = {"J": "article", "M": "book", "C": "inproceedings", "D": "phdthesis", "N": "article"}.get(
        code.group().strip("[]").split("/")[0], "misc"
    )
    return Reference(
        key="",
        authors=parse_authors(authors_text),
        year=year,
        title=title.strip(" .．"),
        container=publisher.group(1).strip() if publisher else _container(tail),
        kind=kind,
    )


def _author_block_end(body: str) -> int:
    """End of the author block in 'Smythe, Dallas W. Communications: …' (Chicago, MLA)."""
    m = re.match(rf"^[^.]+?,\s+[{_U}][a-z]+(?:\s+[{_U}]\.)+\s", body)
    if m:
        return m.end() - 1
    m = re.search(r"(?<=[a-z\u00e0-\u024f]{2})\.\s|(?<=\s[A-Z]\.)\s(?=[A-Z][a-z]+\s[a-z])", body)
    return m.start() + 1 if m else -1


def parse_entry(text: str) -> Reference:
    """One reference-list entry (without its number) -> a Reference with ``raw`` = the entry text."""
    # Documents of one corpus list the same works again and again: parse each entry text once and hand
    # out copies (callers set ``key`` and ``source`` on the Reference they get).
    ref = _parse_entry(text)
    return replace(ref, authors=list(ref.authors), fields=dict(ref.fields))


@lru_cache(maxsize=1 << 14)
def _parse_entry(text: str) -> Reference:
    body = normalise_space(text)
    code = _TYPE_CODE.search(body)
    ieee = _IEEE.match(body)
    if code:
        ref = _parse_gbt(body, code)
    elif ieee:  # IEEE / ACM: A. Author and B. Author, “Title,” Journal, vol. 1, 2014.
        years = list(_ANY_YEAR.finditer(body[ieee.end() :]))
        ref = Reference(
            key="",
            authors=parse_authors(ieee.group("authors")),
            year=int(years[-1].group("year")) if years else None,
            title=ieee.group("title").strip(" ,."),
            container=_container(body[ieee.end() :]),
        )
    else:
        py = _PAREN_YEAR.search(body)
        cy = _CHICAGO_YEAR.search(body)
        if (
            py and py.start() < 400 and not _SENTENCE_IN_AUTHORS.search(body[: py.start()])
        ):  # APA / Harvard: Authors (2014). Title. Container
            authors_text, rest = body[: py.start()], body[py.end() :]
            year = int(py.group("year")) if py.group("year") else None
        elif cy and cy.start() < 300:  # Chicago author-date: Authors. 2014. Title. Container
            authors_text, rest = body[: cy.start()], body[cy.end() :]
            year = int(cy.group("year"))
        else:  # Chicago/MLA bibliography: Authors. Title. Place: Publisher, 2014.
            end = _author_block_end(body)
            authors_text, rest = (body[:end], body[end:]) if end > 0 else ("", body)
            years = list(_ANY_YEAR.finditer(rest))
            year = int(years[-1].group("year")) if years else None
        rest = rest.lstrip(" .．。,，:：")
        quoted = re.match(r"[“\"]([^”\"]+)[”\"]", rest)
        if quoted:  # Chicago/MLA quote article titles: “Title.” Journal
            title, after = quoted.group(1), rest[quoted.end() :]
        else:
            title, after = _first_sentence(rest)
        ref = Reference(
            key="",
            authors=parse_authors(authors_text),
            year=year,
            title=title.strip(' .．。"“”'),
            container=_container(after),
        )
    ref.raw = body
    return ref


def year_suffix(ref: Reference) -> str:
    """The 'a' of '2012a' in an entry's raw text ('' when none)."""
    if ref.year is None:
        return ""
    m = re.search(rf"(?<!\d){ref.year}([a-z])(?![a-z])", ref.raw)
    return m.group(1) if m else ""


def parse_reference_list(text: str, source: str) -> list[tuple[int | None, Reference]]:
    """A reference-list section's text -> its entries in order, with their numbers where numbered."""
    out = []
    for number, entry in split_entries(text):
        if len(entry) < 8 or not re.search(r"[\w\u4e00-\u9fff]", entry):
            continue
        ref = parse_entry(entry)
        ref.source = source
        out.append((number, ref))
    return out
