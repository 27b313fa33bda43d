"""Which reader a file needs, by content as well as by suffix."""

from __future__ import annotations

import codecs
import re
from typing import Literal

RefFormat = Literal["bibtex", "ris", "csl-json"]

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".pdf")
# The first line of a Markdown map that argmap exported: a reader who writes the export into the corpus folder
# would otherwise have the next build read the whole map back as a reading, every claim a second time.
EXPORT_MARK = "<!-- argmap export:"
REFERENCE_SUFFIXES: dict[str, RefFormat] = {
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".ris": "ris",
    ".json": "csl-json",
}

_RIS_START = re.compile(r"^TY  - ", re.M)
_BIBTEX_ENTRY = re.compile(r"^@\s*[A-Za-z]+\s*[{(]")


def head_text(data: bytes) -> str:
    """The start of a file as text, good enough to spot ASCII markers whatever the encoding."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    return data.decode("utf-8", errors="replace")


def sniff_reference_text(text: str) -> RefFormat | None:
    """'ris' or 'bibtex' when a text file is really a bibliography export, else None.

    Only the first non-blank, non-comment line counts: a note that *quotes* "@article{" or
    "TY  - " further down is still a note.
    """
    for line in text.lstrip("\ufeff").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("%"):
            continue
        if _RIS_START.match(line.lstrip()):
            return "ris"
        if _BIBTEX_ENTRY.match(stripped):
            return "bibtex"
        return None
    return None


def is_csl_json(data: object) -> bool:
    """A CSL-JSON bibliography: a list of objects that each carry an ``id`` and a ``type`` or ``title``."""
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]  # some tools wrap the list
    if not isinstance(data, list) or not data:
        return False
    # Most items must look right; the reader warns about the odd broken one.
    good = [item for item in data if is_csl_item(item)]
    return len(good) >= len(data) / 2


def is_csl_item(item: object) -> bool:
    return isinstance(item, dict) and "id" in item and ("type" in item or "title" in item)
