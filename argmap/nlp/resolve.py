"""Resolve in-text citations to reference keys: the reader's bibliography first, then the document's
own reference list, then a generated ``surname+year`` key shared across the corpus.

Names are compared folded (``Kücklich`` = ``Kuecklich``, ``Bolaño`` = ``Bolano``), without particles
(``van Dijck`` = ``Dijck, José van``), and through the transliteration table (福克斯 = Fuchs). A Chinese
rendering that matches nothing that way is compared by sound (``phonetic``: 特温格 = Twenge) with the
authors of works of the cited year only, which keeps the choice small and safe.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from argmap.keys import fold, fold_loose, generated_key
from argmap.model import Citation, Reference, Segmented
from argmap.nlp import phonetic, translit
from argmap.nlp.citations import find_citations_marked, may_render_foreign
from argmap.nlp.reflist import parse_reference_list, split_entries, year_suffix

_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "del",
    "della",
    "da",
    "di",
    "du",
    "la",
    "le",
    "dos",
    "das",
    "ten",
    "ter",
}
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_TITLE_MATCH = 85  # rapidfuzz ratio from which two titles are the same work
_REF_HEADING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:references?|bibliography|works cited|literature(?: cited)?|sources|"
    r"参考文献|参考资料|引用文献|文献)\W*$",
    re.I,
)


# Names and titles recur across every citation of a corpus: the helpers below are memoised (bounded)
# because a build calls them hundreds of thousands of times on a few thousand distinct strings.
@lru_cache(maxsize=1 << 16)
def surname_of(author: str) -> str:
    """'Fuchs, Christian' -> 'Fuchs'; 'Christian Fuchs' -> 'Fuchs'; '克里斯蒂安·福克斯' -> '福克斯'."""
    author = author.strip()
    if "," in author:
        return author.split(",")[0].strip()
    if translit.has_han(author) and not _LATIN.search(author):
        return translit.han_surname(author)
    words = author.split()
    if len(words) < 2:
        return author
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in _PARTICLES:
        i -= 1
    return " ".join(words[i:])


def name_forms(name: str) -> set[str]:
    """Folded spellings a surname can be compared by: '福克斯' -> {'福克斯', 'fuchs'}."""
    return set(_forms(name))


@lru_cache(maxsize=1 << 16)
def _forms(name: str) -> frozenset[str]:
    """``name_forms``, memoised and immutable (so callers may share the cached set)."""
    name = name.strip()
    if not name:
        return frozenset()
    if translit.has_han(name) and not _LATIN.search(name):
        base = translit.han_surname(name)
        forms = {fold(name), fold(base)}
        for latin in translit.to_latin(base):
            forms |= _forms(latin)
        return frozenset(forms - {""})
    words = name.split()
    while len(words) > 1 and words[0].lower() in _PARTICLES:
        words = words[1:]
    forms = {fold_loose(" ".join(words)), fold_loose(name)}
    if len(words) > 1 and not words[-1].endswith("."):
        forms.add(fold_loose(words[-1]))  # "Sanchez Ruiz" is also cited as "Ruiz"
    return frozenset(forms - {""})


def _checkable(name: str) -> bool:
    """False for a Chinese rendering the table does not know (普雷): it cannot be compared to 'Prey'."""
    return not (translit.has_han(name) and not _LATIN.search(name) and not translit.known(name))


_INITIALS = re.compile(r"(?:\s+[A-Z]{1,2}\.?)+$")


def sound_surname(author: str) -> str:
    """The surname to compare by sound: 'Twenge, Jean M.' and 'TWENGE J M' (GB/T 7714) -> the first word."""
    surname = surname_of(author)
    return _INITIALS.sub("", surname) or surname


def _han_only(name: str) -> bool:
    return translit.has_han(name) and not _LATIN.search(name)


def _fit(cited: str, author: str) -> tuple[float, float] | None:
    """How well a cited name fits an author: (1, 1) for the same name by spelling or the table, the
    phonetic rank for a Chinese rendering that sounds like the Latin surname, None when neither."""
    if _forms(cited) & _forms(surname_of(author)):
        return (1.0, 1.0)
    surname = sound_surname(author)
    if not _han_only(cited) or not _LATIN.search(surname) or not may_render_foreign(cited):
        return None
    rank = phonetic.rank(cited, surname)
    return rank if rank[0] >= phonetic.MATCH else None


def latin_surname(name: str) -> str:
    """The surname to build a generated key from: the Latin form of a known Chinese rendering."""
    if translit.has_han(name):
        latin = translit.to_latin(translit.han_surname(name))
        if latin:
            return latin[0]
    return name


@lru_cache(maxsize=1 << 14)
def _norm_title(title: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", title.casefold())).strip()


def title_score(a: str, b: str) -> float:
    """How alike two titles are (0–100): whole titles, main titles, or one a prefix of the other."""
    a, b = _norm_title(a), _norm_title(b)
    if not a or not b:
        return 0.0
    score = fuzz.ratio(a, b)
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 15 and long_.startswith(short):
        score = max(score, 95.0)
    return float(score)


def _title_order(ref: Reference) -> tuple[str, str]:
    title = re.sub(r"^(?:the|a|an)\s+", "", _norm_title(ref.title))
    return title, ref.key


class Bibliography:
    """The reader's references (.bib/.ris/CSL), indexed for citation matching."""

    def __init__(self, references: list[Reference]):
        self.references = list(references)
        self._by_year: dict[int | None, list[Reference]] = {}
        self._forms: dict[int, list[frozenset[str]]] = {}
        self._surnames: frozenset[str] | None = None
        for ref in self.references:
            self._by_year.setdefault(ref.year, []).append(ref)
            self._forms[id(ref)] = [_forms(surname_of(a)) for a in ref.authors]

    def keys(self) -> set[str]:
        """Every key in the bibliography."""
        return {r.key for r in self.references}

    def author_forms(self, ref: Reference) -> list[frozenset[str]]:
        forms = self._forms.get(id(ref))
        return forms if forms is not None else [_forms(surname_of(a)) for a in ref.authors]

    def candidates(self, surnames: list[str], year: int | None) -> list[Reference]:
        """Entries of that year whose first author (and second, when cited) match the cited names."""
        if not surnames:
            return []
        cited = [_forms(s) for s in surnames]
        out = []
        for ref in self._by_year.get(year, []):
            forms = self.author_forms(ref)
            if not forms or not (cited[0] & forms[0]):
                continue
            if len(cited) >= 2 and _checkable(surnames[1]) and (len(forms) < 2 or not (cited[1] & forms[1])):
                continue
            out.append(ref)
        return out

    def loose_candidates(self, surnames: list[str], year: int | None) -> list[Reference]:
        """Fallbacks when ``candidates`` finds nothing: the last cited name alone ("a misuse of Marx and
        Comor (2015)"), then a unique entry of that year with the cited name among any of its authors
        ("co-writes with Livant (1986)" for Jhally and Livant 1986)."""
        if len(surnames) >= 2:
            last = self.candidates(surnames[-1:], year)
            if len(last) == 1:
                return last
        if not surnames:
            return []
        cited = _forms(surnames[0])
        anywhere = [r for r in self._by_year.get(year, []) if any(cited & f for f in self.author_forms(r))]
        return anywhere if len(anywhere) == 1 else []

    @staticmethod
    def pick_suffix(candidates: list[Reference], year: int | None, suffix: str) -> Reference | None:
        """'2012a'/'2012b' among same-author, same-year entries: by the entry's own suffix or key,
        else the a-th entry in title order (how APA assigns the letters)."""
        for ref in candidates:
            if year_suffix(ref) == suffix:
                return ref
        for ref in candidates:
            if year is not None and re.search(rf"{year}{suffix}$", ref.key):
                return ref
        ordered = sorted(candidates, key=_title_order)
        index = ord(suffix) - ord("a")
        return ordered[index] if 0 <= index < len(ordered) else None

    def match(self, surnames: list[str], year: int | None, suffix: str = "") -> Reference | None:
        """The entry an author-year citation points to, or None."""
        cands = self.candidates(surnames, year)
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        if suffix:
            return self.pick_suffix(cands, year, suffix)
        return sorted(cands, key=lambda r: r.key)[0]

    def of_year(self, year: int | None) -> list[Reference]:
        """The entries of one year."""
        return self._by_year.get(year, [])

    def phonetic_candidates(self, surnames: list[str], year: int | None) -> list[Reference]:
        """Entries of that year whose first author (and second, when cited) sound like the cited Chinese
        renderings: the best-fitting ones, or [] when none fits or two different names fit equally."""
        if not surnames or not _han_only(surnames[0]):
            return []
        scored: list[tuple[tuple[float, float], Reference]] = []
        for ref in self._by_year.get(year, []):
            if not ref.authors or (len(surnames) >= 2 and len(ref.authors) < 2):
                continue
            first = _fit(surnames[0], ref.authors[0])
            if first is None or (len(surnames) >= 2 and _fit(surnames[1], ref.authors[1]) is None):
                continue
            scored.append((first, ref))
        if not scored:
            return []
        top = max(rank for rank, _ in scored)
        best = [ref for rank, ref in scored if rank == top]
        if len({fold_loose(sound_surname(r.authors[0])) for r in best}) > 1:
            return []  # two names sound equally right: no safe choice
        return best

    def surnames(self) -> frozenset[str]:
        """Every author's surname, folded (built once, on first use)."""
        if self._surnames is None:
            self._surnames = frozenset(
                fold_loose(sound_surname(a)) for ref in self.references for a in ref.authors
            )
        return self._surnames

    def match_reference(self, ref: Reference) -> Reference | None:
        """A document's reference-list entry -> the bibliography entry for the same work, or None."""
        same_year = self._by_year.get(ref.year, [])
        if not same_year:
            return None
        if ref.title:
            scored = [(title_score(ref.title, r.title), r) for r in same_year if r.title]
            if scored:
                best, hit = max(scored, key=lambda x: x[0])
                if best >= _TITLE_MATCH:
                    return hit
        names = [surname_of(a) for a in ref.authors[:2]]
        cands = self.candidates(names[:1], ref.year)
        if len(cands) > 1 and len(names) > 1:
            cands = self.candidates(names, ref.year) or cands
        if len(cands) == 1:
            return cands[0]
        suffix = year_suffix(ref)
        if len(cands) > 1 and suffix:
            return self.pick_suffix(cands, ref.year, suffix)
        return None


class CorpusNames:
    """The authors one document may cite (the reader's bibliography and its own list), as the hints
    citation finding asks for (``citations.NameHints``). Built per document; its look-ups are lazy, so
    a document without Chinese renderings or comma-led name lists never builds an index."""

    def __init__(self, *bibliographies: Bibliography):
        self._bibliographies = bibliographies
        self._indexes: dict[tuple[int | None, ...], phonetic.SurnameIndex] = {}

    def _index(self, years: tuple[int | None, ...]) -> phonetic.SurnameIndex:
        index = self._indexes.get(years)
        if index is None:
            names = {
                sound_surname(a)
                for bib in self._bibliographies
                for year in years
                for ref in bib.of_year(year)
                for a in ref.authors
            }
            index = self._indexes[years] = phonetic.SurnameIndex(n for n in names if _LATIN.search(n))
        return index

    def han_name(self, run: str, years: Sequence[int | None]) -> str:
        """The suffix of ``run`` that renders (by sound) an author of a work of one of ``years``, or ''."""
        index = self._index(tuple(dict.fromkeys(years)))
        return index.best_suffix(run) if len(index) else ""

    def is_surname(self, word: str) -> bool:
        """True when some known work has an author of that surname."""
        folded = fold_loose(word)
        return any(folded in bib.surnames() for bib in self._bibliographies)


@dataclass
class CiteStats:
    citations: int = 0
    resolved: int = 0
    unresolved: list[str] = field(default_factory=list)  # surface forms, for the build summary


def _drop_heading(text: str, title: str) -> str:
    """A references section's text without its heading line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        bare = line.strip().lstrip("#*").strip().strip("*").strip()
        looks_like_entry = bool(split_entries(line)) and len(bare) > 40
        if (
            bare == title.strip()
            or _REF_HEADING.match(bare)
            or (len(bare) < 40 and not looks_like_entry and not re.match(r"^[\[［(（]?\d", bare))
        ):
            return "\n".join(lines[i + 1 :])
        break
    return text


def _same_author(a: Reference, surnames: list[str]) -> bool:
    if not a.authors or not surnames:
        return not a.authors and not surnames
    return bool(_forms(surname_of(a.authors[0])) & _forms(surnames[0]))


def _claim_key(
    surname: str,
    year: int | None,
    suffix: str,
    new: Reference,
    taken: set[str],
    generated: dict[str, Reference],
) -> str:
    """A generated key for ``new``: reuse the one another document gave the same work, else a fresh one
    (``base``, ``base``+a, +b … where the base is held by another work or a bibliography key)."""
    base = generated_key(latin_surname(surname), year) + suffix
    for key in _key_variants(base):
        if key in taken:
            continue
        existing = generated.get(key)
        if existing is None:
            generated[key] = replace(new, key=key)
            return key
        if _same_work(existing, new):
            if not existing.title and new.title:  # a bare citation's stub learns the list's details
                generated[key] = replace(new, key=key)
            return key
    raise AssertionError("unreachable: _key_variants is endless")  # pragma: no cover


def _key_variants(base: str) -> Iterator[str]:
    yield base
    yield from (base + letter for letter in "abcdefghijklmnopqrstuvwxyz")
    yield from (f"{base}-{n}" for n in itertools.count(2))


def _same_work(existing: Reference, new: Reference) -> bool:
    if not _same_author(existing, [surname_of(a) for a in new.authors[:1]]):
        return False
    if existing.title and new.title:
        return title_score(existing.title, new.title) >= _TITLE_MATCH
    return True


def _parse_own_list(seg: Segmented) -> list[tuple[int | None, Reference]]:
    doc = seg.document
    entries: list[tuple[int | None, Reference]] = []
    for section in seg.sections:
        if section.is_references:
            text = _drop_heading(doc.text[section.start : section.end], section.title)
            entries.extend(parse_reference_list(text, doc.id))
    return entries


def _resolve_author_year(
    c: Citation, bibliography: Bibliography, own: Bibliography, own_refs: list[Reference]
) -> Reference | None:
    cands = bibliography.candidates(c.surnames, c.year)
    if len(cands) == 1:
        return cands[0]
    if cands:
        if c.suffix:
            picked = Bibliography.pick_suffix(cands, c.year, c.suffix)
            if picked:
                return picked
        # Two bibliography entries for "Fuchs (2012)": the document's own list says which one it means.
        own_keys = {r.key for r in own.candidates(c.surnames, c.year)}
        for ref in sorted(cands, key=lambda r: r.key):
            if ref.key in own_keys:
                return ref
        return sorted(cands, key=lambda r: r.key)[0]
    listed = own.candidates(c.surnames, c.year)
    if len(listed) == 1:
        return listed[0]
    if listed:
        if c.suffix:
            picked = Bibliography.pick_suffix(listed, c.year, c.suffix)
            if picked:
                return picked
        return listed[0]
    for index in (bibliography, own):
        loose = index.loose_candidates(c.surnames, c.year)
        if loose:
            return loose[0]
    for index in (bibliography, own):
        # A Chinese rendering the table lacks (特温格), or renders as someone else (海特 = Hardt, for Haidt).
        heard = index.phonetic_candidates(c.surnames, c.year)
        if len(heard) > 1 and c.suffix:
            heard = [Bibliography.pick_suffix(heard, c.year, c.suffix) or heard[0]]
        if heard:
            return sorted(heard, key=lambda r: r.key)[0]
    first = c.surnames[0] if c.surnames else ""
    if translit.has_han(first) and not translit.known(first):
        # 福克斯（2014） with an unknown rendering: the list's only entry of that year, if in Latin script.
        same_year = [r for r in own_refs if r.year == c.year]
        if len(same_year) == 1 and not translit.has_han(same_year[0].first_surname):
            return same_year[0]
    return None


def cite(seg: Segmented, bibliography: Bibliography, generated: dict[str, Reference]) -> CiteStats:
    """Parse the document's reference list, find every sentence's citations and give each a key.

    Fills ``seg.references``, ``seg.numbered`` and each ``Sentence.citations`` (offsets into the
    document); adds works known only by generated keys to ``generated`` (shared across documents).
    """
    stats = CiteStats()
    taken = bibliography.keys()
    seg.references = []
    seg.numbered = {}
    for number, ref in _parse_own_list(seg):
        hit = bibliography.match_reference(ref)
        if hit:
            ref.key = hit.key
        else:
            first = surname_of(ref.authors[0]) if ref.authors else ""
            ref.key = _claim_key(first or "anon", ref.year, year_suffix(ref), ref, taken, generated)
        seg.references.append(ref)
        if number is not None:
            seg.numbered.setdefault(number, ref.key)
    own = Bibliography(seg.references)
    names = CorpusNames(bibliography, own)

    for sentence in seg.sentences:
        found = []
        for c, bare in find_citations_marked(sentence.text, names):
            c.start += sentence.start
            c.end += sentence.start
            if c.number is not None:
                c.key = seg.numbered.get(c.number, "")
                c.resolved = bool(c.key)
            else:
                hit = _resolve_author_year(c, bibliography, own, seg.references)
                if hit:
                    c.key, c.resolved = hit.key, True
                elif bare:  # "Windows 2000" is no citation unless it names a known work
                    continue
                elif c.surnames:
                    stub = Reference(key="", authors=[c.surnames[0]], year=c.year, source=seg.document.id)
                    c.key = _claim_key(c.surnames[0], c.year, c.suffix, stub, taken, generated)
            found.append(c)
            stats.citations += 1
            if c.resolved:
                stats.resolved += 1
            else:
                stats.unresolved.append(c.text)
        sentence.citations = found
    return stats
