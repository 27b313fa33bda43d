"""PDF text via pypdf, page by page, reflowed into paragraphs.

pypdf gives one line of text per line on the page. Claims are sentences, so wrapped lines are
joined into one paragraph line, line-end hyphens are undone ("la-\\nbour" → "labour") and
paragraphs are separated by a blank line. Pages are joined with a blank line too and
``page_starts`` records where each page's text begins. A sentence that runs on over a
page break is joined with a space instead, so segmentation does not cut it in two.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import warnings
from dataclasses import dataclass, field

from argmap.errors import IngestError

_OCR_REMEDY = "run OCR (e.g. ocrmypdf) and add the result"
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
_SENTENCE_END = re.compile(r"[.!?:;。！？；：…][\"'”’)\]）」』]*$")
_NEW_BLOCK = re.compile(r"^(\[\d{1,3}\]|\d{1,3}[.)]\s|[•▪●◦■\-–—*]\s|（?\d{1,3}）|[一二三四五六七八九十]+、)")
_PAGE_NUMBER = re.compile(r"^(-\s*)?(\d{1,4}|[ivxlcdm]{1,6})(\s*-)?$", re.I)
_HYPHEN_END = re.compile(r"[^\W\d_]-$")


@dataclass
class PdfText:
    text: str
    page_starts: list[int]
    metadata_title: str = ""
    warnings: list[str] = field(default_factory=list)


def _join(prev: str, line: str) -> str:
    """Join a wrapped line onto the paragraph so far."""
    if _HYPHEN_END.search(prev):
        # "la-/bour" was one word split by the typesetter; "Anglo-/Saxon" keeps its hyphen.
        return prev[:-1] + line if line[:1].islower() else prev + line
    if _CJK.match(line[:1]) and _CJK.match(prev[-1:]):
        return prev + line
    return prev + " " + line


def reflow_page(raw: str) -> str:
    """One page of extracted text → paragraphs separated by blank lines, wrapped lines joined."""
    lines = [ln.strip() for ln in raw.translate(_LIGATURES).replace("\u00ad", "").splitlines()]
    # A bare number at the top or bottom of a page is a page number, not text.
    while lines and (not lines[0] or _PAGE_NUMBER.match(lines[0])):
        lines.pop(0)
    while lines and (not lines[-1] or _PAGE_NUMBER.match(lines[-1])):
        lines.pop()
    widths = [len(ln) for ln in lines if ln]
    if not widths:
        return ""
    # The last line of a paragraph is usually short; "short" is relative to this page's lines.
    full = statistics.quantiles(widths, n=5)[-1] if len(widths) >= 5 else max(widths)
    paragraphs: list[str] = []
    current = ""
    previous_line = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = previous_line = ""
            continue
        # A line that stops well short of the margin ends a paragraph or is a heading,
        # unless it ends in a hyphen: then the word goes on on the next line.
        short = len(previous_line) < 0.6 * full or (
            _SENTENCE_END.search(previous_line) and len(previous_line) < 0.8 * full
        )
        breaks = not current or _NEW_BLOCK.match(line) or (short and not _HYPHEN_END.search(previous_line))
        if breaks:
            if current:
                paragraphs.append(current)
            current = line
        else:
            current = _join(current, line)
        previous_line = line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _page_text(page: object) -> str:
    """A page's text with a blank line wherever the vertical gap between lines is paragraph-sized.

    pypdf's plain extraction gives one line per line but loses the spacing that separates
    paragraphs; its text visitor reports each fragment's position, which gives it back.
    """
    fragments: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        # y on the page = text matrix × current transformation matrix
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5] if cm and tm else 0.0
        fragments.append((text, y))

    raw = page.extract_text(visitor_text=visit) or ""  # type: ignore[attr-defined]
    if "".join(text for text, _ in fragments) != raw:
        return raw  # the visitor saw something else: keep pypdf's own text
    lines: list[tuple[str, float | None]] = [("", None)]
    for text, y in fragments:
        for n, piece in enumerate(text.split("\n")):
            if n:
                lines.append(("", None))
            line, line_y = lines[-1]
            lines[-1] = (line + piece, line_y if line_y is not None or not piece.strip() else y)
    gaps = [
        prev_y - y
        for (_, prev_y), (_, y) in zip(lines, lines[1:], strict=False)
        if prev_y is not None and y is not None and prev_y - y > 0
    ]
    if len(gaps) < 2:
        return raw
    # Line spacing: the smallest usual gap (short pages may have as many paragraph gaps as line
    # gaps, so not the median); gaps far below the median are super/subscripts, not lines.
    median = statistics.median(gaps)
    spacing = min(g for g in gaps if g >= 0.5 * median)
    out: list[str] = []
    prev_y: float | None = None
    for line, y in lines:
        if out and prev_y is not None and y is not None and prev_y - y > 1.4 * spacing:
            out.append("")
        out.append(line)
        if y is not None:
            prev_y = y
    return "\n".join(out)


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _drop_running_lines(pages: list[str]) -> list[str]:
    """Drop running headers and footers: a first or last line repeated on many pages.

    Digits are ignored when comparing, so "Page 3 of 9" and "Journal 12(3), p. 41" repeat too.
    """
    if len(pages) < 3:
        return pages
    split = [[ln for ln in page.splitlines()] for page in pages]
    edges: dict[str, int] = {}
    for lines in split:
        filled = [ln for ln in lines if ln.strip()]
        for key in {_running_key(ln) for ln in filled[:1] + filled[-1:]}:
            edges[key] = edges.get(key, 0) + 1
    running = {key for key, count in edges.items() if count >= max(3, 0.4 * len(pages)) and key}
    if not running:
        return pages
    out = []
    for lines in split:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        drop = {i for i in filled[:1] + filled[-1:] if _running_key(lines[i]) in running}
        out.append("\n".join(ln for i, ln in enumerate(lines) if i not in drop))
    return out


def _runs_on(before: str, after: str) -> bool:
    """Whether a sentence runs on from one page to the next (no full stop, next page starts in lower case)."""
    return bool(before) and bool(after) and not _SENTENCE_END.search(before) and after[:1].islower()


def _ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


def read_pdf(data: bytes, where: str) -> PdfText:
    """Text, page offsets and metadata title of a PDF's bytes. Raises IngestError if no text can be had."""
    from pypdf import PdfReader

    head = data[:1024]
    if b"%PDF-" not in head:
        looks = "an HTML page: a failed download?" if b"<html" in head.lower() else "something else"
        raise IngestError(f"is not a PDF (it looks like {looks})", path=where, remedy="download it again")
    # A PDF ends with %%EOF (trailing junk after it is common, so look at the tail, not the last bytes).
    if b"%%EOF" not in data[-4096:]:
        raise IngestError(
            "is truncated (no end-of-file marker)", path=where, remedy="download or copy the PDF again"
        )

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                # Many PDFs are "encrypted" with an empty user password only to restrict printing.
                try:
                    opened = reader.decrypt("")
                except Exception:
                    opened = 0
                if not opened:
                    raise IngestError(
                        "is encrypted (password-protected)",
                        path=where,
                        remedy="save an unprotected copy (e.g. qpdf --decrypt) and add that",
                    )
            pages_raw = [_page_text(page) for page in reader.pages]
            try:
                metadata_title = reader.metadata.title if reader.metadata else ""
            except Exception:
                metadata_title = ""
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises many kinds (PdfReadError, KeyError, ValueError…) on damaged files
        raise IngestError(
            f"is damaged and cannot be read as a PDF ({type(exc).__name__})",
            path=where,
            remedy="download or export the PDF again",
        ) from None

    if not pages_raw:
        raise IngestError("has no pages", path=where, remedy="download or export the PDF again")
    pages = [reflow_page(raw) for raw in _drop_running_lines(pages_raw)]
    empty = [n for n, text in enumerate(pages, 1) if not text]
    if len(empty) == len(pages):
        raise IngestError("has no text layer; it looks scanned", path=where, remedy=_OCR_REMEDY)

    text_parts: list[str] = []
    page_starts: list[int] = []
    offset = 0
    for n, page_text in enumerate(pages):
        if n:
            separator = " " if _runs_on(text_parts[-1], page_text) else "\n\n"
            text_parts.append(separator)
            offset += len(separator)
        page_starts.append(offset)
        text_parts.append(page_text)
        offset += len(page_text)
    result = PdfText("".join(text_parts), page_starts, str(metadata_title or ""))
    if empty:
        result.warnings.append(
            f"page(s) {_ranges(empty)} of {len(pages)} have no text (scanned? {_OCR_REMEDY})"
        )
    return result
