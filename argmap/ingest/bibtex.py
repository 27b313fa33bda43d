"""BibTeX / BibLaTeX → References, via bibtexparser 2.x."""

from __future__ import annotations

import logging
import re

import bibtexparser
from bibtexparser import middlewares as mw
from bibtexparser.model import DuplicateBlockKeyBlock, Entry, MiddlewareErrorBlock, ParsingFailedBlock

from argmap.ingest.refcommon import clean, parse_year
from argmap.model import Reference

# Fields that become Reference attributes; everything else is kept in Reference.fields.
_NAME_FIELDS = ("author", "editor")
_CONTAINER_FIELDS = ("journal", "journaltitle", "booktitle", "publisher", "school", "institution")
_KEY_IN_RAW = re.compile(r"@\s*\w+\s*[{(]\s*([^,\s]+)")


def _person(parts: mw.NameParts) -> str:
    """'Surname, Given' (von particles kept with the surname, Jr. after it); mononyms as they are."""
    surname = clean(" ".join(parts.von + parts.last))
    given = clean(" ".join(parts.first))
    junior = clean(" ".join(parts.jr))
    if junior:
        surname = f"{surname}, {junior}"
    return f"{surname}, {given}" if given else surname


def _names(value: object) -> list[str]:
    if isinstance(value, list):
        names = [_person(p) if isinstance(p, mw.NameParts) else clean(str(p)) for p in value]
        return [n for n in names if n and n.lower() != "others"]
    return [clean(str(value))] if str(value).strip() else []


def _entry_to_reference(entry: Entry, source: str) -> Reference:
    values = {f.key.lower(): f.value for f in entry.fields}
    authors = _names(values.get("author", "")) or _names(values.get("editor", ""))
    year = parse_year(values.get("year")) or parse_year(values.get("date"))
    container_field = next((k for k in _CONTAINER_FIELDS if clean(str(values.get(k, "")))), "")
    fields: dict[str, str] = {}
    for key, value in values.items():
        if key in ("author", "title", "year", container_field):
            continue
        if key in _NAME_FIELDS:
            fields[key] = " and ".join(_names(value))
        else:
            fields[key] = clean(str(value))
    return Reference(
        key=entry.key,
        authors=authors,
        year=year,
        title=clean(str(values.get("title", ""))),
        container=clean(str(values.get(container_field, ""))) if container_field else "",
        kind=entry.entry_type.lower(),
        source=source,
        fields=fields,
    )


def _failed_block_warning(block: ParsingFailedBlock, source: str) -> str:
    line = (block.start_line or 0) + 1  # bibtexparser counts lines from 0
    match = _KEY_IN_RAW.match(block.raw or "")
    what = f"entry '{match.group(1)}'" if match else "an entry"
    if isinstance(block, DuplicateBlockKeyBlock):
        return f"{source}: {what} (line {line}) repeats a key used earlier; the first one is kept"
    if isinstance(block, MiddlewareErrorBlock):
        return f"{source}: {what} (line {line}) has fields argmap cannot decode; skipped"
    return (
        f"{source}: {what} (line {line}) is malformed BibTeX (an unclosed brace or missing comma?); skipped"
    )


def parse_bibtex(text: str, source: str) -> tuple[list[Reference], list[str]]:
    """References from BibTeX text; one warning per entry that could not be parsed."""
    logging.getLogger("bibtexparser").setLevel(logging.ERROR)
    library = bibtexparser.parse_string(
        text,
        append_middleware=[
            # Braced groups kept so "{World Bank}" stays one name; braces are stripped afterwards.
            mw.LatexDecodingMiddleware(keep_braced_groups=True),
            mw.SeparateCoAuthors(),
            mw.SplitNameParts(),
        ],
    )
    warnings = [_failed_block_warning(block, source) for block in library.failed_blocks]
    references = [_entry_to_reference(entry, source) for entry in library.entries]
    if not references and not warnings:
        warnings.append(f"{source}: has no BibTeX entries; skipped")
    return references, warnings
