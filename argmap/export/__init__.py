"""Exports of an ArgumentMap: ``render(amap, fmt)`` to text, ``write_atomic`` to a file.

Every export skips claims the reader marked "not a claim", sorts its output and carries no
timestamp other than the map's own ``built``, so the same map always gives the same bytes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from argmap.errors import UsageError
from argmap.model import ArgumentMap

FORMATS = ("json", "markdown", "argdown", "graphml", "csv", "bibtex")
# File suffix for each format, for callers that name output files.
SUFFIXES = {"json": ".json", "markdown": ".md", "argdown": ".argdown", "graphml": ".graphml",
            "csv": ".csv", "bibtex": ".bib"}


def render(amap: ArgumentMap, fmt: str, *, position: str | None = None) -> str:
    """The map as text in ``fmt`` (one of FORMATS).

    ``position`` (a position id) narrows the ``bibtex`` export to the works behind that position's
    claims; the other formats accept it only as None. Raises UsageError for an unknown format or
    position, naming the valid ones.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}'", remedy=f"valid formats: {', '.join(FORMATS)}")
    if position is not None:
        known = sorted(amap.position_index())
        if position not in known:
            raise UsageError(f"unknown position '{position}'",
                             remedy=f"valid positions: {', '.join(known) or 'none (the map has no positions)'}")
        if fmt != "bibtex":
            raise UsageError(f"--position works only with the bibtex format, not '{fmt}'")
    # Imported here so that asking for one format does not import every exporter's libraries.
    if fmt == "json":
        from argmap.export import json_export
        return json_export.render(amap)
    if fmt == "markdown":
        from argmap.export import markdown
        return markdown.render(amap)
    if fmt == "argdown":
        from argmap.export import argdown
        return argdown.render(amap)
    if fmt == "graphml":
        from argmap.export import graphml
        return graphml.render(amap)
    if fmt == "csv":
        from argmap.export import csv_export
        return csv_export.render(amap)
    from argmap.export import bibtex
    return bibtex.render(amap, position=position)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the new one, never half.

    The text goes to a temporary file in the same folder (same filesystem, so ``os.replace`` is
    atomic), is flushed and fsynced, then replaces ``path``. On any failure the temporary file is
    removed and the old file is left untouched.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # mkstemp creates 0600 files; keep the permissions the reader gave the old file.
            os.chmod(tmp_name, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself survive a power cut; not possible (nor needed) on Windows.
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
