"""Read one bibliography file (BibTeX, RIS, CSL-JSON, or a .txt holding one of them)."""

from __future__ import annotations

from pathlib import Path

from argmap.errors import IngestError
from argmap.ingest.discover import document_id
from argmap.ingest.documents import read_bytes
from argmap.ingest.encoding import decode_text
from argmap.ingest.formats import REFERENCE_SUFFIXES, sniff_reference_text
from argmap.model import Reference


def _parser(fmt: str):
    # Imported on first use: bibtexparser and rispy are slow to import and most commands never need them.
    if fmt == "bibtex":
        from argmap.ingest.bibtex import parse_bibtex

        return parse_bibtex
    if fmt == "ris":
        from argmap.ingest.ris import parse_ris

        return parse_ris
    from argmap.ingest.csljson import parse_csl_json

    return parse_csl_json


def read_references(path: Path, root: Path) -> tuple[list[Reference], list[str]]:
    """The references in a bibliography file, and warnings ("relpath: problem").

    Never raises for a bad file: a broken entry costs that entry (one warning), an unreadable
    or unparseable file gives ``([], [warning])``.
    """
    source = document_id(path, root)
    try:
        decoded = decode_text(read_bytes(path, source), source)
    except IngestError as exc:
        return [], [f"{exc}; no references read"]
    # Content first (a .txt or a mislabelled .bib may hold RIS), then the suffix.
    fmt = sniff_reference_text(decoded.text) or REFERENCE_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        if decoded.text.lstrip().startswith(("[", "{")):
            fmt = "csl-json"
        else:
            return [], [f"{source}: is not a BibTeX, RIS or CSL-JSON bibliography; skipped"]
    try:
        references, warnings = _parser(fmt)(decoded.text, source)
    except Exception as exc:  # a parser library failing on odd input must not stop the build
        return [], [f"{source}: cannot be parsed as {fmt} ({type(exc).__name__}: {exc}); skipped"]
    return references, [f"{source}: {w}" for w in decoded.warnings] + warnings
