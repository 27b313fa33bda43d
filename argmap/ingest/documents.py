"""Read one document (txt, Markdown or PDF) into a ``Document``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from argmap.errors import IngestError
from argmap.ingest.discover import document_id
from argmap.ingest.encoding import decode_text
from argmap.ingest.pdf import read_pdf
from argmap.ingest.titles import first_line, markdown_title, meaningful_pdf_title, split_front_matter
from argmap.model import Document

MARKDOWN_SUFFIXES = (".md", ".markdown")


def read_bytes(path: Path, where: str) -> bytes:
    """The file's bytes; every OS failure becomes an IngestError naming the file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise IngestError(
            "has vanished (deleted or moved while argmap was reading the folder)",
            path=where,
            remedy="run the command again",
        ) from None
    except PermissionError:
        raise IngestError(
            "cannot be read (permission denied)", path=where, remedy="check the file's permissions"
        ) from None
    except IsADirectoryError:
        raise IngestError("is a folder, not a file", path=where) from None
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})", path=where) from None


def _kind(path: Path, data: bytes) -> str:
    # By content first: a PDF saved as .txt is still a PDF.
    if data[:1024].lstrip().startswith(b"%PDF-") or path.suffix.lower() == ".pdf":
        return "pdf"
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return "md"
    return "txt"


def read_document(path: Path, root: Path, data: bytes | None = None) -> Document:
    """Read a document file; ``data`` is its bytes if the caller already has them.

    Raises IngestError (path = document id) when nothing usable can be read; smaller problems
    are listed in ``Document.warnings`` without the document id (the pipeline adds it).
    """
    where = document_id(path, root)
    if data is None:
        data = read_bytes(path, where)
    sha1 = hashlib.sha1(data).hexdigest()
    kind = _kind(path, data)
    if kind == "pdf":
        if not data:
            raise IngestError("is empty", path=where, remedy="download or export the PDF again")
        pdf = read_pdf(data, where)
        title = meaningful_pdf_title(pdf.metadata_title) or first_line(pdf.text)
        return Document(
            id=where,
            title=title or path.stem,
            text=pdf.text,
            kind="pdf",
            sha1=sha1,
            page_starts=pdf.page_starts,
            warnings=pdf.warnings,
        )

    decoded = decode_text(data, where)
    text = decoded.text
    if kind == "md":
        front, text = split_front_matter(text)
        title = markdown_title(front, text)
    else:
        title = first_line(text)
    if not text.strip():
        raise IngestError("has no text", path=where, remedy="add some text or remove the file")
    return Document(
        id=where, title=title or path.stem, text=text, kind=kind, sha1=sha1, warnings=decoded.warnings
    )
