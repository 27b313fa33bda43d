"""A Document's text → the sentences that may be claims, with their sections and paragraphs.

Headings, reference lists and list debris (tables, bare markers, URLs, images, keyword lines,
front-matter, code) never become sentences. A bullet item that is a sentence does, without its
marker. Lines are grouped into units (a run of prose lines, or one list item with its wrapped
lines); each unit is split into sentences, so no sentence runs from one list item into the next.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from argmap.model import Document, Section, Segmented, Sentence, claim_id
from argmap.nlp.lang import detect_language, han_count, latin_word_count
from argmap.nlp.sections import Line, scan_lines, sections_from
from argmap.nlp.sentences import split_sentences

# List markers: Latin ones need a space after them, Chinese ones do not ("（一）", "二、").
_MARKER = re.compile(
    r"\s*(?:(?:[-*+•·▪◦‣–—]|\d{1,3}[.)]|[（(]\d{1,3}[）)]|[a-z]\)|\[\^[^\]]+\]:)[ \t]+(?:\[[ xX]\][ \t]+)?"
    r"|(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d{1,3}、)[ \t]*)"
)
_QUOTE_MARKER = re.compile(r"\s*(?:>\s?)+")
_LABEL = re.compile(
    r"\s*(?:[*_]{0,2}(?:abstract|summary|摘\s*要|内容提要)[*_]{0,2}\s*[:：.]\s*[*_]{0,2}|【摘\s*要】)\s*",
    re.IGNORECASE,
)
# Labelled metadata lines: keywords, identifiers, the source a note was taken from.
_KEYWORDS = re.compile(
    r"\s*[*_]{0,2}(?:key\s*words?|keywords|key\s+terms|关键词|关键字|关\s*键\s*词|jel|doi|issn|isbn|url"
    r"|sources?|来\s*源|出\s*处)[*_]{0,2}\s*[:：]",
    re.IGNORECASE,
)
_LINK_ONLY = re.compile(r"(?:\s*!?\[[^\]]*\]\([^)]*\))+\s*")
_URL_ONLY = re.compile(r"\s*<?(?:https?://|www\.)\S+?>?[.,]?\s*", re.IGNORECASE)
_TAG_ONLY = re.compile(r"\s*(?:<[^>]*>\s*)+")
_HAS_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u3400-\u9fff]")
_ENDS_SENTENCE = re.compile(r"[.!?。！？…][\"'”’」』）)\]】]*$")


@dataclass
class _Unit:
    start: int
    end: int
    paragraph: int
    listed: bool = False  # a list item (its marker stripped)
    lines: int = 1


def _is_debris(text: str) -> bool:
    """A line that is never prose: table row, link or image alone, URL alone, keywords, no words."""
    stripped = text.strip()
    return (
        stripped.startswith("|")
        or stripped.count("|") >= 2
        or not _HAS_WORD.search(stripped)
        or bool(_LINK_ONLY.fullmatch(stripped))
        or bool(_URL_ONLY.fullmatch(stripped))
        or bool(_TAG_ONLY.fullmatch(stripped))
        or bool(_KEYWORDS.match(stripped))
        or stripped.startswith("<!--")
    )


def _units(lines: list[Line], references: list[Section]) -> list[_Unit]:
    """Group prose lines into units: paragraphs broken at headings, debris and list items."""
    ref_spans = [(s.start, s.end) for s in references]
    units: list[_Unit] = []
    current: _Unit | None = None
    paragraph = -1
    previous_blank = True
    for line in lines:
        if line.role == "blank":
            previous_blank = True
            current = None
            continue
        if previous_blank:
            paragraph += 1
            previous_blank = False
        in_references = any(start <= line.start < end for start, end in ref_spans)
        if line.role != "text" or in_references or _is_debris(line.text):
            current = None
            continue
        start = line.start
        fresh = False
        if quote := _QUOTE_MARKER.match(line.text):
            start += quote.end()
        if marker := _MARKER.match(line.text, start - line.start):
            start = line.start + marker.end()
            fresh = True
        if label := _LABEL.match(line.text, start - line.start):
            start = line.start + label.end()
            fresh = True
        if start >= line.end:
            current = None  # a bare marker
            continue
        if current is None or fresh:
            current = _Unit(start, line.end, paragraph, listed=marker is not None)
            units.append(current)
        else:
            current.end = line.end
            current.lines += 1
    return units


def _claimable(text: str) -> bool:
    """Whether a span is worth keeping as a sentence: enough words, or a short but finished sentence."""
    if not _HAS_WORD.search(text) or _URL_ONLY.fullmatch(text) or _LINK_ONLY.fullmatch(text):
        return False
    if _KEYWORDS.match(text):  # "Keywords: ..." glued to the abstract's last line in PDF text
        return False
    words = latin_word_count(text) + han_count(text) / 2
    if words >= 3:
        return True
    return words >= 2 and bool(_ENDS_SENTENCE.search(text))


def _looks_like_title(text: str) -> bool:
    """Unpunctuated lines in title case: a title, a byline, an affiliation ("数字劳动与受众商品")."""
    if _ENDS_SENTENCE.search(text):
        return False
    return all(_title_line(line) for line in text.splitlines() if line.strip())


def _title_line(text: str) -> bool:
    if any(ch in text for ch in "，,;；"):
        return False
    if han_count(text):
        return han_count(text) <= 20
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text) if len(w) > 3]
    return len(words) <= 10 and sum(w[0].isupper() for w in words) >= 0.6 * max(len(words), 1)


def _run_in_label(text: str) -> bool:
    """'Main idea.' or 'First round.' opening a paragraph: a label, not a claim.

    A cited or verb-like opener ("Caraway (2011) disagrees.", "Fuchs objects.") stays a sentence;
    the verb test is crude (a last word in -s or -ed) but labels are rarely verbs.
    """
    if han_count(text) or latin_word_count(text) > 2 or not text.endswith("."):
        return False
    if any(ch.isdigit() or ch in "([" for ch in text):
        return False
    last = re.findall(r"[A-Za-z]+", text)[-1].lower() if latin_word_count(text) else ""
    return not (len(last) > 3 and last.endswith(("s", "ed")))


def _unfinished(text: str) -> bool:
    """A short line that does not end like a sentence: a title, byline or affiliation."""
    return not _ENDS_SENTENCE.search(text) and latin_word_count(text) + han_count(text) / 2 <= 15


def _trim_emphasis(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a Markdown emphasis marker that a sentence boundary cut from its partner.

    "*Reading notes, week 2. Not for citation.*" splits into two spans, each with one stray "*".
    """
    span = text[start:end]
    lead = len(span) - len(span.lstrip("*_"))
    if lead and span[:lead] not in span[lead:]:
        start += lead
        span = span[lead:]
    trail = len(span) - len(span.rstrip("*_"))
    if trail and span[-trail:] not in span[:-trail]:
        end -= trail
    return start, end


def _section_lookup(sections: list[Section]) -> Callable[[int], str]:
    starts = [s.start for s in sections]

    def title_at(offset: int) -> str:
        # The last heading before an offset always encloses it: its section runs to the next
        # heading of the same or a higher level, which must come after the offset.
        k = bisect.bisect_right(starts, offset) - 1
        return sections[k].title if k >= 0 else ""

    return title_at


def segment(doc: Document) -> Segmented:
    """Sentences and sections of ``doc``; sets ``doc.language`` (en, zh or mixed) from its sentences.

    ``references`` and ``numbered`` are left empty for the citation stage.
    """
    text = doc.text
    lines = scan_lines(text, doc.kind)
    sections = sections_from(lines, len(text))
    units = _units(lines, [s for s in sections if s.is_references])
    title_at = _section_lookup(sections)
    # Before the first heading (or in the first paragraph of a document without any) lie the
    # title, authors and affiliations; there an unfinished lone line is not a claim.
    first_heading = sections[0].start if sections else None

    by_paragraph: dict[int, list[_Unit]] = {}
    for unit in units:
        by_paragraph.setdefault(unit.paragraph, []).append(unit)
    sentences: list[Sentence] = []
    for paragraph, members in by_paragraph.items():
        language = detect_language(" ".join(text[u.start : u.end] for u in members))
        for unit in members:
            spans = split_sentences(text[unit.start : unit.end], language)
            lone_line = unit.lines <= 3 and not unit.listed and len(spans) == 1
            for start, end in spans:
                start, end = _trim_emphasis(text, start + unit.start, end + unit.start)
                sentence_text = text[start:end]
                if not _claimable(sentence_text):
                    continue
                if lone_line and _looks_like_title(sentence_text):
                    continue
                in_title_block = start < first_heading if first_heading is not None else paragraph == 0
                if lone_line and in_title_block and _unfinished(sentence_text):
                    continue
                if start == unit.start and len(spans) > 1 and _run_in_label(sentence_text):
                    continue
                sentences.append(
                    Sentence(
                        id=claim_id(doc.id, sentence_text),
                        document=doc.id,
                        text=sentence_text,
                        start=start,
                        end=end,
                        language=language,
                        section=title_at(start),
                        paragraph=paragraph,
                        page=doc.page_at(start),
                    )
                )
    doc.language = detect_language(" ".join(s.text for s in sentences) if sentences else text)
    return Segmented(document=doc, sentences=sentences, sections=sections)
