"""CSL-JSON (Zotero's "CSL JSON" export, pandoc's bibliography format) → References."""

from __future__ import annotations

import json

from argmap.ingest.formats import is_csl_item
from argmap.ingest.refcommon import CSL_KINDS, clean, parse_year
from argmap.model import Reference

_MAPPED = {"id", "type", "author", "editor", "title", "issued", "container-title", "publisher"}


def _person(name: object) -> str:
    if not isinstance(name, dict):
        return clean(str(name)) if name else ""
    if name.get("literal"):
        return clean(str(name["literal"]))
    family = clean(" ".join(str(name.get(k, "")) for k in ("non-dropping-particle", "family")))
    given = clean(str(name.get("given", "")))
    if name.get("suffix"):
        family = f"{family}, {clean(str(name['suffix']))}"
    if family and given:
        return f"{family}, {given}"
    return family or given


def _year(issued: object) -> int | None:
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            year = parts[0][0]
            return parse_year(int(year) if isinstance(year, str) and year.isdigit() else year)
        return parse_year(issued.get("raw") or issued.get("literal"))
    return parse_year(issued)


def _text(value: object) -> str:
    if isinstance(value, list):  # some exporters give container-title as a list
        value = value[0] if value else ""
    return clean(str(value)) if value is not None else ""


def _to_reference(item: dict, source: str) -> Reference:
    authors = [p for p in map(_person, item.get("author") or []) if p]
    if not authors:
        authors = [p for p in map(_person, item.get("editor") or []) if p]
    fields = {
        k: _text(v) for k, v in item.items() if k not in _MAPPED and isinstance(v, (str, int, float, list))
    }
    return Reference(
        key=str(item["id"]),
        authors=authors,
        year=_year(item.get("issued")),
        title=_text(item.get("title", "")),
        container=_text(item.get("container-title") or item.get("publisher") or ""),
        kind=CSL_KINDS.get(str(item.get("type", "")), "misc"),
        source=source,
        fields={k: v for k, v in fields.items() if v},
    )


def parse_csl_json(text: str, source: str) -> tuple[list[Reference], list[str]]:
    """References from CSL-JSON text; items without an id are skipped with a warning."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        return [], [f"{source}: is not valid JSON ({exc}); skipped"]
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]
    if not isinstance(data, list):
        return [], [
            f'{source}: is not a CSL-JSON bibliography (a list of items with "id" and "type"); skipped'
        ]
    references: list[Reference] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for number, item in enumerate(data, 1):
        if not is_csl_item(item):
            warnings.append(f'{source}: item {number} has no "id" or no "type"/"title"; skipped')
            continue
        key = str(item["id"])
        if key in seen:
            warnings.append(f"{source}: item {number} repeats the id '{key}'; the first one is kept")
            continue
        seen.add(key)
        references.append(_to_reference(item, source))
    return references, warnings
