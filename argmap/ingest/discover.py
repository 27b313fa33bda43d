"""Find the documents and bibliographies in a corpus folder (the "Corpus folder" contract)."""

from __future__ import annotations

import fnmatch
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from argmap.errors import UsageError
from argmap.ingest.formats import (
    DOCUMENT_SUFFIXES,
    EXPORT_MARK,
    REFERENCE_SUFFIXES,
    head_text,
    is_csl_json,
    sniff_reference_text,
)

CACHE_DIR = ".argmap"
# Files with a meaning of their own in a corpus folder; never documents or bibliographies.
RESERVED_NAMES = frozenset({"argmap.toml", "argmap-annotations.jsonl", "argmap-gold.jsonl"})
_SNIFF_BYTES = 8192


@dataclass
class Discovered:
    documents: list[Path] = field(default_factory=list)  # absolute paths, sorted by document id
    references: list[Path] = field(default_factory=list)  # bibliography files, sorted by relative path
    warnings: list[str] = field(default_factory=list)  # "relpath: problem"


def document_id(path: Path, root: Path) -> str:
    """The document id of the contract: ``path`` relative to ``root``, with ``/``."""
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return Path(path).as_posix()  # not below root: the best name we have


def is_excluded(rel: str, patterns: Iterable[str]) -> bool:
    """Whether a relative path matches one of the exclude globs.

    ``*`` and ``**`` both cross folders (fnmatch), ``**/x`` also matches ``x`` at the top, and a
    pattern naming a folder ("drafts" or "drafts/") excludes everything below it.
    """
    for pattern in patterns:
        pattern = pattern.strip().removeprefix("./")
        if not pattern:
            continue
        folder = pattern.rstrip("/")
        candidates = {pattern, folder + "/**"}
        if pattern.startswith("**/"):
            candidates.add(pattern[3:])
        if any(fnmatch.fnmatchcase(rel, p) for p in candidates):
            return True
    return False


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # ~$ = Office lock files


def _head(path: Path) -> str:
    """The start of a text file, decoded (``head_text``); empty when it cannot be read, which
    ``read_document`` then reports properly."""
    try:
        with path.open("rb") as handle:
            return head_text(handle.read(_SNIFF_BYTES))
    except OSError:
        return ""


def _csl_problem(path: Path) -> str | None:
    """None when the .json file is a CSL-JSON bibliography, else what is wrong with it."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return f"is not valid JSON ({type(exc).__name__}); skipped"
    if not is_csl_json(data):
        return 'is not a CSL-JSON bibliography (a list of items with "id" and "type"); skipped'
    return None


def discover(root: Path, exclude: Iterable[str] = ()) -> Discovered:
    """List the documents and bibliography files below ``root``.

    Raises UsageError when ``root`` is missing or not a folder. Hidden files and folders,
    ``.argmap/``, argmap's own files and its Markdown exports are skipped, as is anything matching ``exclude``
    (globs relative to ``root``); a ``.txt`` holding a RIS or BibTeX export is a bibliography.
    """
    root = Path(root)
    if not root.exists():
        raise UsageError("no such folder", path=str(root), remedy="give the path of a corpus folder")
    if not root.is_dir():
        raise UsageError("is not a folder", path=str(root), remedy="give the folder that holds the readings")
    patterns = list(exclude)
    root_abs = Path(os.path.abspath(root))
    found = Discovered()
    docs: list[tuple[str, Path]] = []
    refs: list[tuple[str, Path]] = []

    def on_error(exc: OSError) -> None:
        name = document_id(Path(exc.filename), root_abs) if exc.filename else str(root)
        found.warnings.append(f"{name}: cannot be listed ({exc.strerror or exc}); skipped")

    for folder, subfolders, files in os.walk(root_abs, onerror=on_error):
        here = Path(folder)
        # Prune in place so os.walk never descends into hidden folders or the cache.
        subfolders[:] = sorted(
            d
            for d in subfolders
            if not _hidden(d) and not is_excluded(document_id(here / d, root_abs) + "/", patterns)
        )
        for name in files:
            path = here / name
            rel = document_id(path, root_abs)
            if _hidden(name) or rel in RESERVED_NAMES or is_excluded(rel, patterns):
                continue
            if not path.is_file():  # broken symlink, socket …
                continue
            suffix = path.suffix.lower()
            if suffix in REFERENCE_SUFFIXES:
                if suffix == ".json":
                    problem = _csl_problem(path)
                    if problem:
                        found.warnings.append(f"{rel}: {problem}")
                        continue
                refs.append((rel, path))
            elif suffix in DOCUMENT_SUFFIXES:
                head = _head(path) if suffix != ".pdf" else ""  # one read serves both checks below
                if suffix == ".txt" and sniff_reference_text(head):
                    refs.append((rel, path))
                elif head.startswith(EXPORT_MARK):  # a Markdown map argmap exported (its first line)
                    found.warnings.append(f"{rel}: is a map that argmap exported, not a reading; skipped "
                                          "(write exports outside the corpus folder)")
                else:
                    docs.append((rel, path))
    found.documents = [p for _, p in sorted(docs)]
    found.references = [p for _, p in sorted(refs)]
    return found
