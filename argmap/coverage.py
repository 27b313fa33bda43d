"""The reviewer's checks: how each debate is covered by the corpus, and by a draft that cites it.

Without a draft: per debate and side, how many claims, positions, sources and languages; positions
resting on fewer than two sources; works cited but missing from the corpus; corpus documents no
other document cites; the balance between the sides.

With a draft (Markdown with pandoc ``[@key]`` citations, or author-year text): which keys it cites,
which sides and positions of each debate it never cites, the key works it misses, and the
counterclaims it leaves unanswered.

"Works behind a claim" (``argmap.export.common.speaks_for``): the author whose view it reports when
it reports one; otherwise the keys it cites and the paper it stands in. A work a claim only answers
is not behind it, so citing a critic's target never counts as covering the critic's side.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field

from argmap.errors import UsageError
from argmap.export.common import (
    SIDE_WORD,
    SIDES,
    cited_keys,
    document_works,
    live_claims,
    ordered_positions,
    speaks_for,
)
from argmap.export.markdown import escape as md_escape
from argmap.keys import fold_loose
from argmap.model import ArgumentMap, Claim, Position, Reference

THIN_SOURCES = 2  # a position with fewer distinct sources than this is "thin"
KEY_WORKS_PER_SIDE = 3  # most-cited works per side that a draft is expected to cite
DOMINANT_SHARE = 0.75  # one side or one language above this share is flagged
REPORT_FORMATS = ("text", "markdown", "json")


@dataclass
class SideCoverage:
    side: str  # "pro" or "con"
    claims: int = 0
    positions: int = 0
    sources: list[str] = field(default_factory=list)  # distinct works behind its claims, sorted
    languages: dict[str, int] = field(default_factory=dict)  # claim counts by language
    claim_share: float = 0.0  # of the debate's claims on either side
    source_share: float = 0.0  # of the sources cited on either side (a work cited by both counts for both)


@dataclass
class PositionNote:
    id: str
    side: str
    label: str
    claims: int
    sources: list[str] = field(default_factory=list)


@dataclass
class KeyWork:
    key: str
    side: str
    claims: int  # how many claims of that side (or position) stand on it
    position: str = ""  # position id when it is the top work of a position rather than of the side
    label: str = ""  # short "Surname Year" for the reader


@dataclass
class Unanswered:
    claim: str  # claim id whose works the draft cites
    claim_text: str
    claim_works: list[str]
    counter: str  # counterclaim id whose works the draft never cites
    counter_text: str
    counter_side: str
    counter_works: list[str]


@dataclass
class DraftDebate:
    cited_sides: list[str] = field(default_factory=list)
    missing_sides: list[str] = field(default_factory=list)
    cited_positions: list[str] = field(default_factory=list)
    missing_positions: list[PositionNote] = field(default_factory=list)
    missing_key_works: list[KeyWork] = field(default_factory=list)
    unanswered: list[Unanswered] = field(default_factory=list)


@dataclass
class DebateCoverage:
    id: str
    question: str
    sides: list[SideCoverage] = field(default_factory=list)
    thin_positions: list[PositionNote] = field(default_factory=list)
    neutral_claims: int = 0  # in the debate but on neither side
    warnings: list[str] = field(default_factory=list)  # imbalance between sides or languages
    draft: DraftDebate | None = None


@dataclass
class CountedKey:
    key: str
    claims: int  # how many claims cite it
    label: str = ""


@dataclass
class CoverageReport:
    title: str
    claims: int
    debates: list[DebateCoverage] = field(default_factory=list)
    outside_claims: int = 0  # claims in no debate
    not_in_corpus: list[CountedKey] = field(default_factory=list)  # cited works with no document, most cited first
    uncited_documents: list[str] = field(default_factory=list)  # corpus documents no other document cites
    draft_keys: list[str] | None = None  # what the draft cites (None: no draft given)
    draft_unknown_keys: list[str] = field(default_factory=list)  # draft citekeys the map does not know

    def to_dict(self) -> dict:
        return asdict(self)


# --------------------------------------------------------------------------- draft citations

# [@key], [see @key, p. 3; @other], and narrative @key; "-@key" suppresses the author, still a cite.
# A key starts with a letter, digit or _ and may hold internal :.#$%&-+?<>~/ (pandoc's rule).
_CITEKEY = re.compile(r"(?:^|(?<=[\s\[;(\-]))@(?:\{([^}]+)\}|(\w(?:[\w]|[:.#$%&\-+?<>~/](?=\w))*))")
_PAREN = re.compile(r"[(（]([^()（）]*)[)）]")
_YEAR = re.compile(r"(?<![\d])(1[5-9]\d{2}|20\d{2})([a-z]?)(?![\d])")
_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NARRATIVE_WORDS = 6  # "Smythe and Jhally (1978)", "Smythe et al.'s (1977)": surname within this many words
_NARRATIVE_CJK = 12  # characters before "（2018）" searched for a Chinese surname


def _tokens(text: str) -> list[str]:
    return [fold_loose(t) for t in _WORD.findall(text) if fold_loose(t)]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


class _AuthorYearIndex:
    """References by year, each with its first author's surname folded (as tokens, and whole for CJK)."""

    def __init__(self, references: list[Reference]):
        self.by_year: dict[int, list[tuple[Reference, list[str], str]]] = {}
        for ref in references:
            if ref.year and ref.first_surname:
                self.by_year.setdefault(ref.year, []).append(
                    (ref, _tokens(ref.first_surname), fold_loose(ref.first_surname)))

    def match(self, name_text: str, year: int, suffix: str) -> set[str]:
        words = _tokens(name_text)
        folded = fold_loose(name_text)
        hits = []
        for ref, sur_tokens, sur_folded in self.by_year.get(year, []):
            if _CJK.search(sur_folded):
                if sur_folded in folded:
                    hits.append(ref)
            elif _contains(words, sur_tokens):
                hits.append(ref)
        if suffix and len(hits) > 1:
            # "Fuchs 2014a" among fuchs2014a / fuchs2014b: the key's letter decides.
            narrowed = [r for r in hits if r.key.endswith(f"{year}{suffix}")]
            hits = narrowed or hits
        return {r.key for r in hits}


def parse_draft_citations(text: str, references: list[Reference]) -> set[str]:
    """Keys a draft cites: pandoc citekeys as written, and author-year citations matched to references.

    Pandoc: ``[@key]``, ``[@key, p. 3; @other]``, ``[-@key]``, ``@key`` narrative, ``@{odd key}``.
    Author-year: ``(Smythe, 1977)``, ``(Smythe 1977; Fuchs 2014, p. 3)``, ``(see Smythe and Jhally,
    1978)``, ``(Fuchs, 2014, 2017)``, ``Smythe (1977)``, ``Smythe et al. (1977)``, and the Chinese
    ``福克斯（2014）`` / ``（王宁，2018）``: matched by first-author surname (folded with
    ``fold_loose``, so Kücklich = Kuecklich) and year. Pandoc keys are kept even when the map does
    not know them (the report lists those apart); author-year text is only ever matched to known works.
    """
    keys: set[str] = set()
    for m in _CITEKEY.finditer(text):
        keys.add((m.group(1) or m.group(2)).strip())
    index = _AuthorYearIndex(references)
    for paren in _PAREN.finditer(text):
        inner = paren.group(1)
        if "@" in inner:
            continue
        for part in re.split(r"[;；]", inner):
            years = list(_YEAR.finditer(part))
            if not years:
                continue
            name = part[: years[0].start()]
            if not _WORD.search(name):
                # "(1977)" alone: the author is named just before the parenthesis.
                before = text[: paren.start()]
                name = before[-_NARRATIVE_CJK:] if _CJK.search(before[-2:] or "") else \
                    " ".join(before.split()[-_NARRATIVE_WORDS:])
            for y in years:
                keys |= index.match(name, int(y.group(1)), y.group(2))
    return keys


# --------------------------------------------------------------------------- the report


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _ref_label(key: str, refs: dict[str, Reference]) -> str:
    ref = refs.get(key)
    if ref is None or not ref.first_surname:
        return key
    others = " et al." if len(ref.authors) > 2 else (f" & {ref.authors[1].split(',')[0]}" if len(ref.authors) == 2 else "")
    return f"{ref.first_surname}{others} {ref.year or 'n.d.'}"


def _top_works(claims: list[Claim], works: dict[str, str], n: int) -> list[tuple[str, int]]:
    counts = Counter(k for c in claims for k in speaks_for(c, works))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def coverage(amap: ArgumentMap, draft: str | None = None) -> CoverageReport:
    """The reviewer's report on ``amap``; with ``draft`` (its text), what that draft cites and misses."""
    claims = live_claims(amap)
    index = {c.id: c for c in claims}
    works = document_works(amap)
    refs = amap.reference_index()
    draft_keys = parse_draft_citations(draft, amap.references) if draft is not None else None

    report = CoverageReport(title=amap.title, claims=len(claims))
    known_debates = {d.id for d in amap.debates}
    report.outside_claims = sum(1 for c in claims if c.debate not in known_debates)
    # Language balance matters only where the corpus has more than one language to balance.
    multilingual = len({d.language for d in amap.documents} | {c.language for c in claims}) > 1

    for debate in amap.debates:
        in_debate = [c for c in claims if c.debate == debate.id]
        # A claim's side is its position's side; a claim off every position counts by its stance.
        side_of = {c.id: c.stance for c in in_debate}
        side_of.update({cid: p.side for p in debate.positions for cid in p.claims if cid in side_of})

        dc = DebateCoverage(id=debate.id, question=debate.question)
        by_side = {s: [c for c in in_debate if side_of[c.id] == s] for s in SIDES}
        dc.neutral_claims = sum(1 for c in in_debate if side_of[c.id] not in SIDES)
        sources = {s: sorted({k for c in by_side[s] for k in speaks_for(c, works)}) for s in SIDES}
        total_claims = sum(len(v) for v in by_side.values())
        total_sources = sum(len(v) for v in sources.values())
        for s in SIDES:
            dc.sides.append(SideCoverage(
                side=s, claims=len(by_side[s]),
                positions=sum(1 for p in debate.positions if p.side == s),
                sources=sources[s],
                languages=dict(sorted(Counter(c.language for c in by_side[s]).items())),
                claim_share=_share(len(by_side[s]), total_claims),
                source_share=_share(len(sources[s]), total_sources)))

        notes: dict[str, PositionNote] = {}
        for p in ordered_positions(debate):
            members = [index[cid] for cid in dict.fromkeys(p.claims) if cid in index]
            note = PositionNote(p.id, p.side, p.label, len(members),
                                sorted({k for c in members for k in speaks_for(c, works)}))
            notes[p.id] = note
            if len(note.sources) < THIN_SOURCES:
                dc.thin_positions.append(note)
        dc.warnings = _balance_warnings(dc, multilingual)
        if draft_keys is not None:
            dc.draft = _draft_debate(debate.positions, notes, by_side, index, works, refs, draft_keys)
        report.debates.append(dc)

    cite_counts = Counter(k for c in claims for k in cited_keys(c))
    missing = [k for k in cite_counts if refs.get(k) is None or refs[k].document is None]
    report.not_in_corpus = [CountedKey(k, cite_counts[k], _ref_label(k, refs))
                            for k in sorted(missing, key=lambda k: (-cite_counts[k], k))]
    cited_by_others = {k for c in claims for k in cited_keys(c) if refs.get(k) and refs[k].document != c.document}
    cited_docs = {refs[k].document for k in cited_by_others}
    report.uncited_documents = sorted(d.id for d in amap.documents if d.id not in cited_docs)
    if draft_keys is not None:
        report.draft_keys = sorted(draft_keys)
        report.draft_unknown_keys = sorted(k for k in draft_keys if k not in refs)
    return report


def _balance_warnings(dc: DebateCoverage, multilingual: bool) -> list[str]:
    out = []
    for side in dc.sides:
        word = SIDE_WORD[side.side]
        if side.claims == 0:
            out.append(f"the {word} side has no claims")
        elif side.claim_share > DOMINANT_SHARE:
            out.append(f"{side.claim_share:.0%} of the claims are on the {word} side")
        if side.claims and side.source_share > DOMINANT_SHARE:
            out.append(f"{side.source_share:.0%} of the sources are on the {word} side")
    languages: Counter[str] = Counter()
    for side in dc.sides:
        languages.update(side.languages)
    total = sum(languages.values())
    if multilingual and total:
        for lang, n in sorted(languages.items()):
            if n / total > DOMINANT_SHARE:
                out.append(f"{n / total:.0%} of the claims are in '{lang}'")
    return out


def _draft_debate(positions: list[Position], notes: dict[str, PositionNote], by_side: dict[str, list[Claim]],
                  index: dict[str, Claim], works: dict[str, str], refs: dict[str, Reference],
                  draft_keys: set[str]) -> DraftDebate:
    dd = DraftDebate()
    for p in positions:
        note = notes[p.id]
        if set(note.sources) & draft_keys:
            dd.cited_positions.append(p.id)
        else:
            dd.missing_positions.append(note)
    dd.cited_positions.sort()
    for side in SIDES:
        side_sources = {k for c in by_side[side] for k in speaks_for(c, works)}
        (dd.cited_sides if side_sources & draft_keys else dd.missing_sides).append(side)
        seen: set[str] = set()
        for key, n in _top_works(by_side[side], works, KEY_WORKS_PER_SIDE):
            if key not in draft_keys:
                dd.missing_key_works.append(KeyWork(key, side, n, "", _ref_label(key, refs)))
            seen.add(key)
        # Each position's most-cited work, so a small position's anchor is not drowned by big ones.
        for p in (p for p in positions if p.side == side):
            members = [index[cid] for cid in p.claims if cid in index]
            for key, n in _top_works(members, works, 1):
                if key not in draft_keys and key not in seen:
                    dd.missing_key_works.append(KeyWork(key, side, n, p.id, _ref_label(key, refs)))
                seen.add(key)
    pairs: set[tuple[str, str]] = set()
    side_of = {c.id: side for side in SIDES for c in by_side[side]}
    for side in SIDES:
        for claim in by_side[side]:
            mine = speaks_for(claim, works)
            if not set(mine) & draft_keys:
                continue
            for other_id in sorted(set(claim.counters)):
                other = index.get(other_id)
                if other is None or (claim.id, other_id) in pairs:
                    continue
                theirs = speaks_for(other, works)
                if not set(theirs) & draft_keys:
                    pairs.add((claim.id, other_id))
                    other_side = side_of.get(other.id, other.stance or "")
                    dd.unanswered.append(Unanswered(claim.id, claim.text, mine, other.id, other.text,
                                                    other_side, theirs))
    return dd


# --------------------------------------------------------------------------- rendering


def render_coverage(report: CoverageReport, fmt: str) -> str:
    """The report as ``text`` (plain, for a terminal, no ANSI codes), ``markdown`` or ``json``."""
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt not in REPORT_FORMATS:
        raise UsageError(f"unknown report format '{fmt}'", remedy=f"valid formats: {', '.join(REPORT_FORMATS)}")
    md = fmt == "markdown"
    out: list[str] = []
    esc = md_escape if md else str

    def heading(text: str, level: int) -> None:
        if md:
            out.extend([f"{'#' * level} {text}", ""])
        else:
            out.extend([text, ("=" if level == 1 else "-" if level == 2 else "~") * len(text), ""])

    def items(lines: list[str], empty: str | None = None) -> None:
        if not lines and empty is None:
            return
        for line in lines or [empty]:
            out.append(f"- {line}" if md else f"  * {line}")
        out.append("")

    def para(text: str) -> None:
        out.extend([text, ""])

    heading(f"Coverage: {esc(report.title or 'argument map')}", 1)
    para(f"{report.claims} claims, {len(report.debates)} debates, {report.outside_claims} claims outside every debate.")
    for dc in report.debates:
        heading(f"{esc(dc.question or dc.id)} ({dc.id})", 2)
        lines = []
        for s in dc.sides:
            langs = ", ".join(f"{lang} {n}" for lang, n in s.languages.items()) or "none"
            lines.append(f"{SIDE_WORD[s.side]}: {s.claims} claims ({s.claim_share:.0%}), {s.positions} positions, "
                         f"{len(s.sources)} sources ({s.source_share:.0%}); languages: {langs}")
        if dc.neutral_claims:
            lines.append(f"Neutral: {dc.neutral_claims} claims")
        items(lines)
        if dc.warnings:
            para("Balance: " + "; ".join(dc.warnings) + ".")
        if dc.thin_positions:
            para("Thin positions (fewer than 2 sources):")
            items([f"{SIDE_WORD[p.side]} / {esc(p.label)} ({p.id}): {', '.join(p.sources) or 'no sources'}"
                   for p in dc.thin_positions])
        if dc.draft is not None:
            d = dc.draft
            para("Draft cites sides: " + (", ".join(SIDE_WORD[s] for s in d.cited_sides) or "none")
                 + "; never cites: " + (", ".join(SIDE_WORD[s] for s in d.missing_sides) or "none") + ".")
            para("Positions the draft never cites:")
            items([f"{SIDE_WORD[p.side]} / {esc(p.label)} ({p.id}): {', '.join(p.sources) or 'no sources'}"
                   for p in d.missing_positions], "none")
            para("Key works the draft misses:")
            items([f"{SIDE_WORD[k.side]}: {esc(k.label)} ({k.key}), behind {k.claims} claim(s)"
                   + (f" of {k.position}" if k.position else "") for k in d.missing_key_works], "none")
            para("Counterclaims left unanswered:")
            items([f"{esc(u.claim_text)} ({', '.join(u.claim_works)}) is answered by {esc(u.counter_text)} "
                   f"({', '.join(u.counter_works) or 'no source'})" for u in d.unanswered], "none")
    heading("Corpus", 2)
    para("Works cited but not in the corpus:")
    items([f"{esc(k.label)} ({k.key}): cited by {k.claims} claim(s)" for k in report.not_in_corpus], "none")
    para("Corpus documents no other document cites:")
    items(report.uncited_documents, "none")
    if report.draft_keys is not None:
        heading("Draft", 2)
        para("Cites: " + (", ".join(report.draft_keys) or "nothing argmap recognises") + ".")
        if report.draft_unknown_keys:
            para("Keys not in the map's references: " + ", ".join(report.draft_unknown_keys) + ".")
    return "\n".join(out).rstrip("\n") + "\n"
