"""RIS → References, via rispy, one record at a time.

rispy silently drops a record that lacks its ``ER`` line or is cut short by the next ``TY``;
splitting the file into records first lets argmap keep every good record and name the bad one.
"""

from __future__ import annotations

import re

import rispy

from argmap.ingest.refcommon import RIS_KINDS, clean, parse_year
from argmap.keys import generated_key
from argmap.model import Reference

_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_MAPPED = {
    "id", "type_of_reference", "authors", "first_authors", "title", "primary_title",
    "year", "publication_year", "date", "secondary_title", "journal_name", "alternate_title3",
    "alternate_title1", "alternate_title2", "publisher", "unknown_tag", "end_of_reference",
}  # fmt: skip


def _records(text: str, source: str) -> tuple[list[tuple[int, list[str]]], list[str]]:
    """(first line number, lines) per record, plus warnings about lines outside records."""
    records: list[tuple[int, list[str]]] = []
    warnings: list[str] = []
    current: list[str] | None = None
    start = 0
    stray_line = 0
    for number, line in enumerate(text.splitlines(), 1):
        line = line.rstrip()
        match = _TAG.match(line)
        tag = match.group(1) if match else None
        if tag == "TY":
            if current is not None:
                warnings.append(
                    f"{source}: record at line {start} has no 'ER  - ' end line; read up to line {number - 1}"
                )
                records.append((start, current + ["ER  - "]))
            current, start = [line], number
        elif current is not None:
            current.append(line)
            if tag == "ER":
                records.append((start, current))
                current = None
        elif line.strip() and not stray_line:
            stray_line = number
    if current is not None:
        warnings.append(
            f"{source}: record at line {start} has no 'ER  - ' end line; read to the end of the file"
        )
        records.append((start, current + ["ER  - "]))
    if stray_line:
        warnings.append(f"{source}: line {stray_line} is outside any record (no 'TY  - ' before it); ignored")
    return records, warnings


def _first(record: dict, *keys: str) -> str:
    for key in keys:
        value = record.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v.strip()), "")
        if isinstance(value, str) and value.strip():
            return clean(value)
    return ""


def _to_reference(record: dict, source: str, taken: set[str]) -> Reference:
    authors = [clean(a) for a in (record.get("authors") or record.get("first_authors") or []) if clean(a)]
    year = parse_year(_first(record, "year", "publication_year", "date"))
    key = _first(record, "id").replace(" ", "")
    if not key or key in taken:
        surname = authors[0].split(",")[0] if authors else ""
        key = generated_key(surname, year, taken)
    taken.add(key)
    fields = {
        k: "; ".join(map(str, v)) if isinstance(v, list) else str(v)
        for k, v in record.items()
        if k not in _MAPPED and v
    }
    return Reference(
        key=key,
        authors=authors,
        year=year,
        title=_first(record, "title", "primary_title"),
        container=_first(
            record, "secondary_title", "journal_name", "alternate_title3", "alternate_title1", "publisher"
        ),
        kind=RIS_KINDS.get(str(record.get("type_of_reference", "")).upper(), "misc"),
        source=source,
        fields=fields,
    )


def parse_ris(text: str, source: str) -> tuple[list[Reference], list[str]]:
    """References from RIS text; a warning per record that is broken or empty."""
    records, warnings = _records(text, source)
    references: list[Reference] = []
    taken: set[str] = set()
    for start, lines in records:
        try:
            parsed = rispy.loads("\n".join(lines) + "\n")
        except Exception as exc:  # rispy raises plain exceptions on odd input
            warnings.append(f"{source}: record at line {start} cannot be parsed ({exc}); skipped")
            continue
        for record in parsed:
            if not (
                _first(record, "title", "primary_title")
                or record.get("authors")
                or record.get("first_authors")
            ):
                warnings.append(f"{source}: record at line {start} has neither title nor authors; skipped")
                continue
            references.append(_to_reference(record, source, taken))
    if not records:
        warnings.append(f"{source}: has no RIS records (each starts with 'TY  - '); skipped")
    return references, warnings
