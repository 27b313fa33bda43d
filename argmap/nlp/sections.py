"""Headings and sections of a document's text.

Markdown headings (ATX ``#`` and setext underlines) in ``md`` documents; in ``txt`` and ``pdf``
text, short lines that look like headings: numbered ("2. Method", "2.1 Results", "IV. Data"),
all capitals ("INTRODUCTION"), Chinese ("一、引言", "（二）", "第一章"). In every kind a stand-alone
"Abstract" / "摘要" or reference-list title ("References", "参考文献" ...) is a heading; the
section under a reference-list title is marked ``is_references`` and no sentence comes from it.

``scan_lines`` is the structural pass that segmentation builds on: it tells, line by line, what is
a heading, what is never prose (front-matter, code, setext underlines, PDF running headers) and
what is left for the sentence splitter.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from argmap.model import Section

_REFERENCE_NAMES = (
    r"references?|bibliography|works\s+cited|literature\s+cited|reference\s+list|sources"
    r"|notes\s+and\s+references|references\s+and\s+notes|参\s*考\s*文\s*献|引\s*用\s*文\s*献|参考书目|参考资料"
)
_NUMBER_PREFIX = r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s*|[IVX]{1,4}\.\s*|[一二三四五六七八九十]+、\s*)?"
_EMPHASIS = r"[*_]{0,2}"
_REFERENCES = re.compile(
    rf"{_EMPHASIS}{_NUMBER_PREFIX}(?:{_REFERENCE_NAMES}){_EMPHASIS}\s*[:：]?\s*{_EMPHASIS}", re.IGNORECASE
)
# Titles that head a reference list only when what follows reads like one ("## Sources" in reading
# notes is often prose about a work's sources).
_AMBIGUOUS_REFERENCES = re.compile(r"[*_]*(?:\d+\.?\s*)?sources[*_]*\s*[:：]?", re.IGNORECASE)
# A reference-list entry: "Smythe, D. W. (1977) ...", "[3] Smythe ...", "2. Fuchs C. ...", "王宁. 2021 ...".
_ENTRY = re.compile(
    r"\s*(?:[-*•]\s*)?(?:\[\d+\]\s*|\d+\.\s+)?(?:[A-Z][\w'’-]+,?\s+[A-Z][\w.]*[.,\s]|[\u4e00-\u9fff]{2,4}[.．，,、])"
)
_ABSTRACT = re.compile(
    rf"{_EMPHASIS}(?:abstract|摘\s*要|内容提要|提\s*要){_EMPHASIS}\s*[:：]?", re.IGNORECASE
)

_ATX = re.compile(r"\ufeff? {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_SETEXT_1 = re.compile(r" {0,3}=+[ \t]*")
_SETEXT_2 = re.compile(r" {0,3}-+[ \t]*")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_BOLD_LINE = re.compile(r"(\*\*|__)([^*_].*?)\1\s*")
_LIST_START = re.compile(r"\s*(?:[-*+•]|\d+[.)])\s")

_NUMBERED = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(\S.*)")
_ROMAN = re.compile(r"([IVX]{1,4})\.[ \t]+(\S.*)")
_ZH_LEVEL1 = re.compile(r"[一二三四五六七八九十百]+[、．][ \t]*(.*)")
_ZH_LEVEL2 = re.compile(r"[（(][一二三四五六七八九十百]+[）)][ \t]*(.*)")
_ZH_CHAPTER = re.compile(r"第[一二三四五六七八九十百零〇\d]+([章篇部节])[ \t]*(.*)")
_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.IGNORECASE)
# Headings do not end like sentences or clauses.
_OPEN_ENDING = tuple(".,;:。，；：、")
_SENTENCE_END = tuple(".!?。！？:：”\"')")
_MAX_HEADING_WORDS = 12
_MAX_HEADING_CHARS = 90
_MAX_ZH_HEADING_CHARS = 30


@dataclass
class Line:
    """One line of the text. ``role``: 'blank', 'heading', 'skip' (never prose) or 'text'."""

    start: int
    end: int  # end of the content, before the line break
    text: str
    role: str = "text"
    heading: Section | None = None  # set on the first line of a heading


def split_lines(text: str) -> list[Line]:
    """Every line with its offsets; ``\\r\\n`` and ``\\r`` count as line breaks."""
    lines: list[Line] = []
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if match.start() == match.end() and match.start() == len(text) and lines:
            break
        content = match.group().rstrip("\r\n")
        start = match.start()
        lines.append(Line(start, start + len(content), content, "blank" if not content.strip() else "text"))
    return lines


def references_title(line: str) -> bool:
    """Whether a stand-alone line is a reference-list title ("References", "7. Bibliography:", "参考文献")."""
    return bool(_REFERENCES.fullmatch(line.strip()))


def _title_of(line: str) -> str:
    return line.strip().strip("*_").strip().rstrip(":：").strip()


def _short(title: str) -> bool:
    return (
        0 < len(title) <= _MAX_HEADING_CHARS
        and len(title.split()) <= _MAX_HEADING_WORDS
        and not title.endswith(_OPEN_ENDING)
    )


def _plain_heading(line: str) -> tuple[int, str] | None:
    """(level, kind) of a plain-text heading line, or None. kind is 'numbered' or 'strong'."""
    stripped = line.strip()
    if not _short(stripped):
        return None
    if match := _NUMBERED.fullmatch(stripped):
        title = match.group(2)
        if (title[0].isupper() or "\u4e00" <= title[0] <= "\u9fff") and not _MONTH.match(title):
            return match.group(1).count(".") + 1, "numbered"
        return None
    if _ROMAN.fullmatch(stripped):
        return 1, "strong"
    if len(stripped) <= _MAX_ZH_HEADING_CHARS:
        if match := _ZH_CHAPTER.fullmatch(stripped):
            return (2 if match.group(1) == "节" else 1), "strong"
        if _ZH_LEVEL1.fullmatch(stripped):
            return 1, "strong"
        if _ZH_LEVEL2.fullmatch(stripped):
            return 2, "numbered"
    letters = [ch for ch in stripped if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters) and all(ch.isascii() for ch in letters):
        return 1, "strong"
    return None


def _mark_front_matter(lines: list[Line]) -> int:
    """Mark YAML/TOML front-matter as skipped; return the index of the first line after it."""
    if not lines or lines[0].text.strip().lstrip("\ufeff") not in ("---", "+++"):
        return 0
    fence = lines[0].text.strip().lstrip("\ufeff")
    closers = ("---", "...") if fence == "---" else ("+++",)
    for i in range(1, len(lines)):
        if lines[i].text.strip() in closers:
            for line in lines[: i + 1]:
                line.role = "skip"
            return i + 1
    return 0


def _mark_running_headers(lines: list[Line]) -> None:
    """PDF page headers and footers repeat on every page: the same line, digits aside, 3+ times."""

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", text.strip().lower())

    counts = Counter(key(line.text) for line in lines if line.role == "text")
    for line in lines:
        if line.role == "text" and counts[key(line.text)] >= 3 and len(line.text.strip()) <= 80:
            line.role = "skip"


def _heading(line: Line, title: str, level: int, is_references: bool, end: int | None = None) -> None:
    line.role = "heading"
    line.heading = Section(
        title=title, level=level, start=line.start, end=end or line.end, is_references=is_references
    )


def scan_lines(text: str, kind: str) -> list[Line]:
    """Lines of ``text`` with their roles and headings, for a document of ``kind`` (txt, md, pdf)."""
    lines = split_lines(text)
    markdown = kind == "md"
    first = _mark_front_matter(lines) if markdown else 0
    if kind == "pdf":
        _mark_running_headers(lines)
    fence: str | None = None
    in_comment = False
    in_references = False
    for i in range(first, len(lines)):
        line = lines[i]
        if line.role != "text":
            continue
        raw = line.text
        # Plain-text notes are often written in Markdown style; PDFs have no "#" headings.
        if kind == "txt" and (match := _ATX.fullmatch(raw)) and match.group(2):
            _heading(line, match.group(2).strip(), len(match.group(1)), references_title(match.group(2)))
            continue
        if markdown:
            if fence is not None:
                line.role = "skip"
                if raw.strip().startswith(fence):
                    fence = None
                continue
            if in_comment or raw.lstrip().startswith("<!--"):
                line.role = "skip"
                in_comment = "-->" not in (raw.split("<!--", 1)[-1] if not in_comment else raw)
                continue
            if match := _FENCE.match(raw):
                fence = match.group(1)[:3]
                line.role = "skip"
                continue
            if match := _ATX.fullmatch(raw):
                title = (match.group(2) or "").strip()
                _heading(line, title, len(match.group(1)), references_title(title))
                continue
            below = lines[i + 1] if i + 1 < len(lines) else None
            above_blank = i == first or lines[i - 1].role in ("blank", "skip", "heading")
            if below is not None and above_blank and not _LIST_START.match(raw):
                level = 1 if _SETEXT_1.fullmatch(below.text) else 2 if _SETEXT_2.fullmatch(below.text) else 0
                if level:
                    _heading(line, raw.strip(), level, references_title(raw), end=below.end)
                    below.role = "skip"
                    continue
            if _SETEXT_2.fullmatch(raw) or _SETEXT_1.fullmatch(raw):
                line.role = "skip"  # a thematic break
                continue
        if references_title(raw):
            level = 6 if markdown else _number_depth(raw)
            _heading(line, _title_of(raw), level, True)
            in_references = True
            continue
        if _ABSTRACT.fullmatch(raw.strip()):
            _heading(line, _title_of(raw), 6 if markdown else 1, False)
            continue
        if markdown:
            bold = _BOLD_LINE.fullmatch(raw.strip())
            if bold and _short(bold.group(2).strip()):
                _heading(line, bold.group(2).strip(), 6, False)
            continue
        found = _plain_heading(raw)
        if found is None:
            continue
        level, strength = found
        # Numbered reference entries ("3. Smythe D W. Communications") are not headings, nor is a
        # wrapped line that happens to start with a number ("12 Facebook users ...").
        if strength == "numbered" and (in_references or not _after_break(lines, i, first)):
            continue
        in_references = False
        _heading(line, _title_of(raw), level, False)
    _drop_prose_sources(lines)
    return lines


def _drop_prose_sources(lines: list[Line]) -> None:
    """Un-mark a "Sources" heading whose lines are mostly not reference entries."""
    for i, line in enumerate(lines):
        head = line.heading
        if head is None or not head.is_references or not _AMBIGUOUS_REFERENCES.fullmatch(head.title):
            continue
        body: list[str] = []
        for later in lines[i + 1 :]:
            if later.heading is not None:
                break
            if later.role == "text":
                body.append(later.text)
        entries = sum(1 for text in body if _ENTRY.match(text) and re.search(r"\d{4}", text))
        if entries * 2 < len(body):
            head.is_references = False


def _after_break(lines: list[Line], i: int, first: int) -> bool:
    """Whether line ``i`` starts afresh: after a blank line, a heading, or a finished sentence."""
    if i == first:
        return True
    above = lines[i - 1]
    return above.role != "text" or above.text.rstrip().endswith(_SENTENCE_END)


def _number_depth(line: str) -> int:
    match = re.match(r"\s*[*_]*(\d{1,2}(?:\.\d{1,2})*)", line)
    return match.group(1).count(".") + 1 if match else 1


def sections_from(lines: list[Line], text_length: int) -> list[Section]:
    """Sections from scanned lines: each runs to the next heading of the same or a higher level."""
    headings = [line.heading for line in lines if line.heading is not None]
    sections: list[Section] = []
    for i, head in enumerate(headings):
        end = text_length
        for later in headings[i + 1 :]:
            if later.level <= head.level:
                end = later.start
                break
        sections.append(Section(head.title, head.level, head.start, end, head.is_references))
    return sections


def find_sections(text: str, kind: str) -> list[Section]:
    """Sections of ``text`` (a document of ``kind`` 'txt', 'md' or 'pdf') in document order."""
    return sections_from(scan_lines(text, kind), len(text))
