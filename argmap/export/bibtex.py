"""BibTeX of the works the map cites, written with bibtexparser 2, keys kept.

Which works: every work behind a live claim (what it cites, whose view it reports, and the paper
it stands in — see ``common.claim_works``), so every key the Markdown outline cites resolves. With
``position``, only the works behind that position's claims.

Entries from the reader's bibliography keep their extra fields (``Reference.fields``) as written;
author, year and title come from the Reference. Text argmap produced itself (titles and names
parsed from reference lists) has LaTeX specials escaped. A key cited but known nowhere still gets
a ``@misc`` stub, so a pandoc run over the outline never stops on a missing key.
"""

from __future__ import annotations

import re

import bibtexparser
from bibtexparser import BibtexFormat, model

from argmap.export.common import claim_works, document_works, live_claims
from argmap.model import ArgumentMap, Claim, Reference

# Entry types BibTeX and biblatex styles know; anything else becomes @misc.
ENTRY_TYPES = frozenset({
    "article", "book", "booklet", "inbook", "incollection", "inproceedings", "conference", "manual",
    "mastersthesis", "phdthesis", "misc", "proceedings", "techreport", "unpublished", "online", "report",
    "thesis", "collection", "reference", "periodical",
})
_CONTAINER_FIELD = {"article": "journal", "incollection": "booktitle", "inproceedings": "booktitle",
                    "conference": "booktitle", "inbook": "booktitle", "book": "publisher"}
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_-]*")
# LaTeX specials in plain text; a backslash already before one means it is escaped.
_LATEX_SPECIAL = re.compile(r"(?<!\\)([&%$#_])")


def _balanced(text: str) -> bool:
    depth = 0
    for i, ch in enumerate(text):
        if ch == "{" and (i == 0 or text[i - 1] != "\\"):
            depth += 1
        elif ch == "}" and (i == 0 or text[i - 1] != "\\"):
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def escape_value(text: str) -> str:
    """Plain text as a braced BibTeX value: LaTeX specials escaped, stray braces escaped."""
    text = _LATEX_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return text if _balanced(text) else re.sub(r"(?<!\\)([{}])", r"\\\1", text)


def keep_value(text: str) -> str:
    """A value from the reader's bibliography, kept as written unless its braces would break the file."""
    text = " ".join(text.split())
    return text if _balanced(text) else re.sub(r"(?<!\\)([{}])", r"\\\1", text)


def cited_keys_of(amap: ArgumentMap, claims: list[Claim]) -> list[str]:
    """Sorted keys of every work behind the given claims."""
    works = document_works(amap)
    return sorted({key for claim in claims for key in claim_works(claim, works)})


def entry(ref: Reference) -> model.Entry:
    """One BibTeX entry for a Reference (see the module docstring for which values are escaped)."""
    kind = ref.kind.lower() if ref.kind.lower() in ENTRY_TYPES else "misc"
    values: dict[str, str] = {}
    if ref.authors:
        values["author"] = escape_value(" and ".join(ref.authors))
    if ref.title:
        values["title"] = escape_value(ref.title)
    if ref.year:
        values["year"] = str(ref.year)
    if ref.container:
        values[_CONTAINER_FIELD.get(kind, "howpublished")] = escape_value(ref.container)
    for name, value in sorted(ref.fields.items()):
        name = name.lower()
        if _FIELD_NAME.fullmatch(name) and name not in values and str(value).strip():
            values[name] = keep_value(str(value))
    return model.Entry(kind, ref.key, [model.Field(k, v) for k, v in values.items()])


def render(amap: ArgumentMap, position: str | None = None) -> str:
    """BibTeX text of the cited works (of one position's claims when ``position`` is an id)."""
    claims = live_claims(amap)
    if position is not None:
        members = set(amap.position_index()[position].claims)
        claims = [c for c in claims if c.id in members]
    refs = amap.reference_index()
    library = bibtexparser.Library()
    for key in cited_keys_of(amap, claims):
        ref = refs.get(key)
        if ref is None:
            library.add(model.Entry("misc", key, [model.Field("note", "cited in the corpus; no details found")]))
        else:
            library.add(entry(ref))
    fmt = BibtexFormat()
    fmt.indent = "  "
    fmt.block_separator = "\n"
    text = bibtexparser.write_string(library, bibtex_format=fmt)
    return text.strip("\n") + "\n" if text.strip() else ""
