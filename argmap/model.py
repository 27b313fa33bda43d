"""Plain data passed between pipeline stages.

Every stage is a function of these dataclasses; nothing here knows about files on disk,
terminals or models. Offsets (``start``/``end``) are character offsets into ``Document.text``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Literal

Language = Literal["en", "zh", "mixed"]
Stance = Literal["pro", "con"]
Side = Literal["pro", "con"]

_WS = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    return _WS.sub(" ", text).strip()


def claim_id(document_id: str, text: str) -> str:
    """The stable claim id of the contract: same sentence in the same file, same id."""
    digest = hashlib.sha1(f"{document_id}\n{normalise_space(text)}".encode()).hexdigest()
    return "c-" + digest[:10]


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """One reading, as text. ``id`` is the path relative to the corpus folder, with ``/``."""

    id: str
    title: str
    text: str
    kind: str  # "txt", "md" or "pdf"
    sha1: str = ""  # of the file's bytes
    language: Language = "en"
    # For PDFs: character offset in ``text`` where each page starts (page n starts at page_starts[n-1]).
    page_starts: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        page = 1
        for i, start in enumerate(self.page_starts, 1):
            if start <= offset:
                page = i
            else:
                break
        return page


@dataclass
class Reference:
    """A work that can be cited. ``key`` is the bibliography key or a generated ``surname+year``."""

    key: str
    authors: list[str] = field(default_factory=list)  # "Surname, Given" or "王宁"
    year: int | None = None
    title: str = ""
    container: str = ""  # journal, book or publisher
    kind: str = "article"  # BibTeX entry type where known
    source: str = ""  # file the entry came from (bibliography file or document id)
    document: str | None = None  # corpus document that *is* this work, when one is
    raw: str = ""  # the reference-list line it was parsed from, if any
    fields: dict[str, str] = field(default_factory=dict)  # other BibTeX/CSL fields, kept for export

    @property
    def first_surname(self) -> str:
        if not self.authors:
            return ""
        return self.authors[0].split(",")[0].strip()


@dataclass
class Citation:
    """One in-text citation of one work, e.g. the ``Fuchs, 2014`` part of ``(Fuchs, 2014; Terranova, 2000)``."""

    text: str  # surface form as written, e.g. "(Fuchs, 2014)" or "[3]"
    start: int  # offsets into Document.text
    end: int
    key: str = ""  # resolved reference key (generated when unresolved)
    resolved: bool = False  # True when the key came from the reader's bibliography or the document's list
    surnames: list[str] = field(default_factory=list)  # as written ("Fuchs", "福克斯")
    year: int | None = None
    suffix: str = ""  # "a", "b" in 2012a
    number: int | None = None  # for numbered citations
    narrative: bool = False  # "Fuchs (2014) argues" rather than "(Fuchs, 2014)"


@dataclass
class Section:
    title: str
    level: int
    start: int
    end: int
    is_references: bool = False


@dataclass
class Sentence:
    """A sentence that may be a claim (headings, list debris and reference lists are never Sentences)."""

    id: str  # claim_id(document, text)
    document: str
    text: str
    start: int
    end: int
    language: Language = "en"
    section: str = ""
    paragraph: int = 0  # index of the paragraph in the document
    page: int | None = None
    citations: list[Citation] = field(default_factory=list)

    @property
    def cited_keys(self) -> list[str]:
        seen: dict[str, None] = {}
        for c in self.citations:
            if c.key:
                seen.setdefault(c.key, None)
        return list(seen)


@dataclass
class Segmented:
    """What segmentation and citation finding make of one document."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)  # parsed from the document's own list
    # number -> key for numbered lists ("[3]" -> key of entry 3)
    numbered: dict[int, str] = field(default_factory=dict)


@dataclass
class DebateSpec:
    """A debate as the reader declared it in argmap.toml."""

    id: str
    question: str
    pro: list[str] = field(default_factory=list)
    con: list[str] = field(default_factory=list)


@dataclass
class Position:
    id: str  # "p-" + 10 hex, stable across rebuilds (matched by member overlap)
    debate: str
    side: Side
    label: str
    keywords: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)  # claim ids
    central: str | None = None  # id of the most central claim
    source: str = "machine"  # "reader" once renamed/merged by an annotation


@dataclass
class Debate:
    id: str
    question: str
    pro: list[str] = field(default_factory=list)
    con: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    proposed: bool = False  # discovered, not declared by the reader


@dataclass
class Claim:
    id: str
    document: str
    text: str
    start: int
    end: int
    language: Language = "en"
    section: str = ""
    paragraph: int = 0
    page: int | None = None
    debate: str | None = None
    position: str | None = None
    stance: Stance | None = None
    confidence: float = 0.0
    citations: list[str] = field(default_factory=list)  # reference keys
    counters: list[str] = field(default_factory=list)  # claim ids, symmetric
    source: str = "machine"  # "reader" when an annotation decided it
    reasons: list[str] = field(default_factory=list)  # why it got its debate/stance, human-readable
    attributed_to: str | None = None  # reference key whose author's view this sentence reports
    is_claim: bool = True  # False once the reader marks it "not a claim"


@dataclass
class ArgumentMap:
    title: str = ""
    model: str = ""
    seed: int = 0
    built: str = ""  # ISO-8601
    argmap_version: str = ""
    documents: list[Document] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    debates: list[Debate] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def claim_index(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    def reference_index(self) -> dict[str, Reference]:
        return {r.key: r for r in self.references}

    def position_index(self) -> dict[str, Position]:
        return {p.id: p for d in self.debates for p in d.positions}

    def debate_index(self) -> dict[str, Debate]:
        return {d.id: d for d in self.debates}
