"""Citation finding and resolution per document, cached in ``.argmap/`` so a rebuild skips it.

A document's citations depend on its own text, the reader's bibliography, the resolving code, and
the generated keys earlier documents claimed (two documents citing the same unlisted work share a
generated key). So each document's entry is keyed by all four: the last one as a running digest of
the generated keys claimed so far, which only moves when a document claims a new one. Adding a paper
at the end of the corpus then misses only for that paper.

The whole corpus as read and cited is also kept as one file (``CorpusSnapshot``): a rebuild takes
the unchanged documents from it, with their citations, in one read, instead of decoding two cache
rows and rebuilding each document (half a second for 500 papers).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from argmap.model import Citation, Document, Reference, Section, Segmented, Sentence
from argmap.serialize import from_dict, to_dict

_CITATION_FIELDS = [f.name for f in fields(Citation)]
_SENTENCE_FIELDS = [f.name for f in fields(Sentence) if f.name != "citations"]
_CITATIONS_AT = [f.name for f in fields(Sentence)].index("citations")  # a snapshot row holds them last
_REFERENCE_FIELDS = [f.name for f in fields(Reference)]
_SECTION_FIELDS = [f.name for f in fields(Section)]
_VERSION_TAG = "cite-1"  # the layout of a cached entry
# The layout of a snapshot entry: a snapshot written with other fields is never read.
_SNAPSHOT_TAG = hashlib.sha1(repr(("corpus-1", _SENTENCE_FIELDS, _CITATION_FIELDS, _REFERENCE_FIELDS, _SECTION_FIELDS,
                                   [f.name for f in fields(Document)])).encode()).hexdigest()[:12]


# The modules of argmap/nlp that find and resolve citations: their code keys this cache, and (being redone
# on every build) not the parsed-document cache (``pipeline.parser_version``).
RESOLVING_MODULES = ("citations.py", "phonetic.py", "reflist.py", "resolve.py", "translit.py")


@lru_cache(maxsize=1)
def resolver_version() -> str:
    """Changes whenever the code that finds or resolves citations changes."""
    here = Path(__file__).parent
    digest = hashlib.sha1(_VERSION_TAG.encode())
    for path in sorted([here / "keys.py", *(here / "nlp" / n for n in RESOLVING_MODULES)]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def bibliography_digest(refs: list[Reference]) -> str:
    body = json.dumps([to_dict(r) for r in refs], ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(f"{resolver_version()}\n{body}".encode()).hexdigest()


def cite_state(parser: str, bib_refs: list[Reference]) -> str:
    """Where the chain of per-document cache keys starts: the segmenter's and resolver's versions and the
    reader's bibliography."""
    return f"{parser}:{bibliography_digest(bib_refs)}"


def cite_all(segmented: list[Segmented], bibliography, bib_refs: list[Reference], store, parser: str,
             progress: Callable[[int, int], None], *, snapshot: CorpusSnapshot | None = None,
             records: list[dict] | None = None, reread: Callable[[Segmented], Segmented | None] | None = None):
    """Run ``resolve.cite`` over the documents in order (or replay it from the cache).

    ``parser`` is the segmenter's version (sentence offsets depend on it). Documents ``snapshot`` gave
    the build are cited already: when the state before them is the one they were cited under, or no
    generated key they read has moved since, only their counts and generated keys are replayed;
    otherwise they are cited again from the cache, or
    from ``reread(seg)``, the same document with its text (None when it cannot be read again).
    ``records``, when given, receives each document's result in order (the snapshot's ``cite``
    entries). Returns the generated references (key → Reference) and the summed ``CiteStats``."""
    from argmap.nlp.resolve import CiteStats

    generated = _Recording()
    total = CiteStats()
    state = cite_state(parser, bib_refs)
    bib_keys = {r.key for r in bib_refs}
    for n, seg in enumerate(segmented, 1):
        hit = snapshot.replay(seg.document.id, state) if snapshot is not None else None
        if hit is not None:  # cited under this very state: its record, the digest after it included, holds
            record, delta_refs = hit
            generated.update(delta_refs)
            state = record["state"]
        else:
            delta, stats = _cite_one(seg, n, segmented, state, bibliography, bib_keys, generated, store, snapshot,
                                     reread)
            if delta:
                state = hashlib.sha1(f"{state}\n{json.dumps(delta, ensure_ascii=False, sort_keys=True)}".encode()
                                     ).hexdigest()
            record = {"state": state, "citations": stats.citations, "resolved": stats.resolved,
                      "unresolved": list(stats.unresolved), "generated": delta}
        if records is not None:
            records.append(record)
        total.citations += record["citations"]
        total.resolved += record["resolved"]
        total.unresolved.extend(f"{seg.document.id}: {form}" for form in record["unresolved"])
        progress(n, len(segmented))
    return dict(generated), total


def _cite_one(seg: Segmented, n: int, segmented: list[Segmented], state: str, bibliography, bib_keys: set[str],
              generated: _Recording, store, snapshot: CorpusSnapshot | None, reread):
    """``(generated keys it wrote, CiteStats)`` for the ``n``-th document under ``state``: from the snapshot
    when the keys it reads did not move, else from the per-document cache, else citing it (which may
    put a re-read copy in its place in ``segmented``)."""
    from argmap.nlp.resolve import cite

    unaffected = snapshot.replay_unaffected(seg, bib_keys) if snapshot is not None else None
    if unaffected is not None:  # cited under another state, but none of the keys it reads moved
        record, delta_refs = unaffected
        generated.update(delta_refs)
        return record["generated"], _counts(record)
    key = hashlib.sha1(f"{state}\n{seg.document.id}\n{seg.document.sha1}".encode()).hexdigest()
    entry = store.get_document(key, "cite") if store is not None and seg.document.sha1 else None
    if entry is not None and _replay(seg, entry, generated):
        delta, stats = entry["generated"], _counts(entry)
    else:
        if snapshot is not None and snapshot.taken(seg.document.id):
            # From the snapshot, without its text, which its reference list is parsed from. Without
            # ``reread``'s copy (the file vanished or changed since), it is cited with no list of its own.
            fresh = reread(seg) if reread is not None else None
            if fresh is not None:
                segmented[n - 1] = seg = fresh
        generated.touched.clear()
        stats = cite(seg, bibliography, generated)
        delta = {k: to_dict(generated[k]) for k in sorted(generated.touched)}
        if store is not None and seg.document.sha1:
            store.put_document(key, "cite", _entry(seg, stats, delta))
    if snapshot is not None:
        snapshot.drifted(delta)
    return delta, stats


def _counts(saved: dict):
    """The ``CiteStats`` a cache entry or snapshot record holds."""
    from argmap.nlp.resolve import CiteStats

    return CiteStats(saved["citations"], saved["resolved"], list(saved["unresolved"]))


class _Recording(dict):
    """The shared generated-key table, noting which keys a document sets (copying it per document to
    compare was quadratic in the corpus)."""

    def __init__(self) -> None:
        super().__init__()
        self.touched: set[str] = set()

    def __setitem__(self, key: str, value: Reference) -> None:
        self.touched.add(key)
        super().__setitem__(key, value)


def _entry(seg: Segmented, stats, delta: dict) -> dict:
    return {
        "references": [to_dict(r) for r in seg.references],
        "numbered": {str(k): v for k, v in seg.numbered.items()},
        # Citations as bare rows: tens of thousands of them are rebuilt on every build.
        "sentences": [_citation_rows(s) for s in seg.sentences],
        "citations": stats.citations, "resolved": stats.resolved, "unresolved": list(stats.unresolved),
        "generated": delta,
    }


def _replay(seg: Segmented, entry: dict, generated: dict[str, Reference]) -> bool:
    """Put a cached entry's results on ``seg``; False (nothing changed) when it does not fit the document."""
    rows = entry.get("sentences")
    if not isinstance(rows, list) or len(rows) != len(seg.sentences):
        return False
    try:
        # Rows are the fields in order (``_entry``); a row of another length raises TypeError: a miss.
        citations = [[Citation(*row) for row in cs] for cs in rows]
        references = [from_dict(Reference, r) for r in entry["references"]]
        delta = {k: from_dict(Reference, r) for k, r in entry["generated"].items()}
        numbered = {int(k): v for k, v in entry["numbered"].items()}
    except (KeyError, TypeError, ValueError):
        return False
    for sentence, cs in zip(seg.sentences, citations, strict=True):
        sentence.citations = cs
    seg.references = references
    seg.numbered = numbered
    for key, ref in delta.items():
        generated[key] = ref
    return True


class CorpusSnapshot:
    """The last build's documents as read and cited (``.argmap/corpus.json``).

    ``take`` gives a document back, already cited, when the snapshot holds it with the same id and
    bytes. Its citations hold when the citation state before it (the generated keys claimed by the
    documents before it) is the one it was cited under: ``replay`` says so while ``cite_all`` walks the
    corpus. So a paper added in the middle of the corpus only costs a second look at the documents
    after it when it claims new generated keys. A snapshot of another start state (parser, resolver,
    bibliography) or layout gives nothing; a damaged entry gives nothing for that document."""

    def __init__(self, payload: Any, start: str):
        entries = []
        if isinstance(payload, dict) and payload.get("tag") == _SNAPSHOT_TAG and payload.get("start") == start:
            entries = payload.get("documents")
        self.entries: list = entries if isinstance(entries, list) else []
        self.start = start
        self._at = {e.get("id"): i for i, e in enumerate(self.entries) if isinstance(e, dict)}
        # document id → (cite record, generated keys, citation state before it, the entry as read)
        self._taken: dict[str, tuple[dict, dict[str, Reference], str, dict]] = {}
        self._index: dict[str, int] = {}  # a taken document's place in the snapshot
        self._used: set[str] = set()  # documents whose snapshot entries hold as they are
        self._seen: set[int] = set()  # places of the documents replayed so far in this build
        self._highest = -1  # the largest of them
        self._drift: set[str] = set()  # key families written by documents cited (or cache-replayed) afresh

    def take(self, doc_id: str, sha1: str) -> Segmented | None:
        """The document as the snapshot holds it (without its text), or None."""
        index = self._at.get(doc_id)
        if index is None:
            return None
        entry = self.entries[index]
        if entry.get("sha1") != sha1:
            return None
        try:
            seg, record, delta = _from_entry(entry)
            before = self.start if index == 0 else self.entries[index - 1]["cite"]["state"]
            if not isinstance(before, str):
                raise ValueError("cite record of another layout")
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        self._taken[doc_id] = (record, delta, before, entry)
        self._index[doc_id] = index
        return seg

    def taken(self, doc_id: str) -> bool:
        return doc_id in self._taken

    def replay(self, doc_id: str, state: str) -> tuple[dict, dict[str, Reference]] | None:
        """``(cite record, generated keys)`` of a taken document when it was cited under ``state``, else None."""
        hit = self._taken.get(doc_id)
        if hit is None or hit[2] != state:
            return None
        self._used.add(doc_id)
        self._see(self._index[doc_id])
        return hit[0], hit[1]

    def replay_unaffected(self, seg: Segmented, bib_keys: set[str]) -> tuple[dict, dict[str, Reference]] | None:
        """``(cite record, generated keys)`` of a taken document cited under another state, when the
        generated keys it reads are as they were then; else None.

        Citing reads the generated-key table only within the families of the keys it gives (``base``,
        ``base`` + letters, ``base``-n: first come, first keyed). Those are as they were when no document
        cited afresh in this build wrote to them, and no document that came before it in the snapshot
        but not now (removed, changed, moved), or now but not then, wrote to them either."""
        doc_id = seg.document.id
        hit = self._taken.get(doc_id)
        if hit is None:
            return None
        reads = {_family(k) for k in _keys_given(seg) if k not in bib_keys}
        if reads & self._drift:
            return None
        index = self._index[doc_id]
        if len(self._seen) != index or self._highest >= index:  # not exactly the places before it
            for other in self._seen.symmetric_difference(range(index)):
                written = self._written(other)
                if written is None or reads & written:
                    return None
        self._see(index)
        return hit[0], hit[1]

    def _see(self, index: int) -> None:
        self._seen.add(index)
        self._highest = max(self._highest, index)

    def drifted(self, delta: dict) -> None:
        """A document was cited (or replayed from the per-document cache) afresh, writing ``delta``."""
        self._drift.update(_family(k) for k in delta)

    def _written(self, index: int) -> set[str] | None:
        """Key families the snapshot's document ``index`` wrote; None when its entry can't say."""
        try:
            return {_family(k) for k in self.entries[index]["cite"]["generated"]}
        except (KeyError, TypeError, IndexError, AttributeError):
            return None

    @property
    def replayed(self) -> int:
        """How many documents' citations came from the snapshot (under their own state or unaffected)."""
        return len(self._seen)

    def complete(self, segmented: list[Segmented]) -> bool:
        """True when the snapshot holds exactly these documents, in this order, all replayed from it."""
        return len(self._used) == len(segmented) == len(self.entries) and all(
            e.get("id") == s.document.id for e, s in zip(self.entries, segmented, strict=True))

    def payload(self, segmented: list[Segmented], records: list[dict]) -> dict:
        """The snapshot of this build: replayed entries as they were, the rest written from ``segmented``."""
        documents = [self._taken[seg.document.id][3] if seg.document.id in self._used else _to_entry(seg, record)
                     for seg, record in zip(segmented, records, strict=True)]
        return {"tag": _SNAPSHOT_TAG, "start": self.start, "documents": documents}


def _family(key: str) -> str:
    """The keys ``_claim_key`` may give in place of ``key``: its base with a letter or ``-n`` variant, and
    (coarser, which is safe) every base with the same name and year."""
    return _LETTERS.sub("", _NUMBERED.sub("", key))


_NUMBERED = re.compile(r"-\d+$")
_LETTERS = re.compile(r"[^\W\d_]*$")


def _keys_given(seg: Segmented) -> set[str]:
    keys = {c.key for s in seg.sentences for c in s.citations if c.key}
    keys.update(r.key for r in seg.references if r.key)
    return keys


def _to_entry(seg: Segmented, record: dict) -> dict:
    document = to_dict(seg.document)
    del document["text"]  # read again only when the file changes; nothing after citing needs it
    return {
        "id": seg.document.id, "sha1": seg.document.sha1, "document": document,
        # Rows, fields in order: every document lists its references, ten thousand in a large corpus.
        "sections": [_row(s, _SECTION_FIELDS) for s in seg.sections],
        "references": [_row(r, _REFERENCE_FIELDS) for r in seg.references],
        "numbered": {str(k): v for k, v in seg.numbered.items()},
        # Sentences as bare rows, fields in order, their citations last: tens of thousands are read back.
        "sentences": [[*_row(s, _SENTENCE_FIELDS), _citation_rows(s)] for s in seg.sentences],
        "cite": record,
    }


def _from_entry(entry: dict) -> tuple[Segmented, dict, dict[str, Reference]]:
    """Raises KeyError, TypeError or ValueError for an entry not of this layout."""
    document = from_dict(Document, {**entry["document"], "text": ""})
    width = len(_SENTENCE_FIELDS)
    sentences = []
    for row in entry["sentences"]:
        if len(row) != width + 1:
            raise ValueError("sentence row of another layout")
        values = row[:width]
        values.insert(_CITATIONS_AT, [_make(Citation, _CITATION_FIELDS, c) for c in row[width]])
        sentences.append(Sentence(*values))
    record = entry["cite"]
    if (not isinstance(record.get("state"), str) or not isinstance(record.get("unresolved"), list)
            or not all(isinstance(record.get(k), int) for k in ("citations", "resolved"))):
        raise ValueError("cite record of another layout")
    delta = {k: from_dict(Reference, r) for k, r in record["generated"].items()}
    seg = Segmented(document=document, sentences=sentences,
                    sections=[_make(Section, _SECTION_FIELDS, row) for row in entry["sections"]],
                    references=[_make(Reference, _REFERENCE_FIELDS, row) for row in entry["references"]],
                    numbered={int(k): v for k, v in entry["numbered"].items()})
    return seg, record, delta


def _make(cls: type, names: list[str], row: list) -> Any:
    """``cls`` from a row of all its fields' values, in order. Positional ``__init__``, measured faster
    than filling ``__dict__``; a row of another length is another layout (defaults would hide it)."""
    if len(row) != len(names):
        raise ValueError(f"a {cls.__name__} row of another layout")
    return cls(*row)


def _row(obj: Any, names: list[str]) -> list:
    """``obj``'s fields' values in order: what ``_make`` reads back."""
    return [getattr(obj, name) for name in names]


def _citation_rows(sentence: Sentence) -> list[list]:
    return [_row(c, _CITATION_FIELDS) for c in sentence.citations]


__all__ = ["CorpusSnapshot", "bibliography_digest", "cite_all", "cite_state", "resolver_version"]
