"""Citation finding and resolution per document, cached in ``.argmap/`` so a rebuild skips it.

A document's citations depend on its own text, the reader's bibliography, the resolving code, and
the generated keys earlier documents claimed (two documents citing the same unlisted work share a
generated key). So each document's entry is keyed by all four: the last one as a running digest of
the generated keys claimed so far, which only moves when a document claims a new one. Adding a paper
at the end of the corpus then misses only for that paper.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from argmap.model import Citation, Reference, Segmented
from argmap.serialize import from_dict, to_dict

_CITATION_FIELDS = [f.name for f in fields(Citation)]
_VERSION_TAG = "cite-1"  # the layout of a cached entry


@lru_cache(maxsize=1)
def resolver_version() -> str:
    """Changes whenever the code that finds or resolves citations changes."""
    here = Path(__file__).parent
    digest = hashlib.sha1(_VERSION_TAG.encode())
    for path in sorted([here / "keys.py", *(here / "nlp" / n for n in ("citations.py", "reflist.py", "resolve.py",
                                                                        "translit.py"))]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def bibliography_digest(refs: list[Reference]) -> str:
    body = json.dumps([to_dict(r) for r in refs], ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(f"{resolver_version()}\n{body}".encode()).hexdigest()


def cite_all(segmented: list[Segmented], bibliography, bib_refs: list[Reference], store, parser: str,
             progress: Callable[[int, int], None]):
    """Run ``resolve.cite`` over the documents in order (or replay it from the cache).

    ``parser`` is the segmenter's version (sentence offsets depend on it). Returns the generated
    references (key → Reference) and the summed ``CiteStats``."""
    from argmap.nlp.resolve import CiteStats, cite

    generated = _Recording()
    total = CiteStats()
    state = f"{parser}:{bibliography_digest(bib_refs)}"
    for n, seg in enumerate(segmented, 1):
        key = hashlib.sha1(f"{state}\n{seg.document.id}\n{seg.document.sha1}".encode()).hexdigest()
        entry = store.get_document(key, "cite") if store is not None and seg.document.sha1 else None
        if entry is not None and _replay(seg, entry, generated):
            delta = entry["generated"]
            stats = CiteStats(entry["citations"], entry["resolved"], list(entry["unresolved"]))
        else:
            generated.touched.clear()
            stats = cite(seg, bibliography, generated)
            delta = {k: to_dict(generated[k]) for k in sorted(generated.touched)}
            if store is not None and seg.document.sha1:
                store.put_document(key, "cite", _entry(seg, stats, delta))
        if delta:
            state = hashlib.sha1(f"{state}\n{json.dumps(delta, ensure_ascii=False, sort_keys=True)}".encode()).hexdigest()
        total.citations += stats.citations
        total.resolved += stats.resolved
        total.unresolved.extend(f"{seg.document.id}: {form}" for form in stats.unresolved)
        progress(n, len(segmented))
    return dict(generated), total


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
        "sentences": [[[getattr(c, name) for name in _CITATION_FIELDS] for c in s.citations] for s in seg.sentences],
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


__all__ = ["bibliography_digest", "cite_all", "resolver_version"]
