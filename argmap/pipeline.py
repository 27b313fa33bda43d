"""The build: the one place that runs the stages in order (DESIGN.md, data flow).

ingest → segment → cite → embed → map → annotations. Problems with single files become warnings and
the rest of the corpus is still mapped. Segmented documents and sentence vectors are cached in
``.argmap/`` by content hash, so a rebuild only reads and embeds what changed.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from argmap import __version__, annotations
from argmap.config import SETTINGS_FILE, Settings, load_settings
from argmap.errors import IngestError, NothingToMap
from argmap.model import ArgumentMap, Document, Reference, Segmented, Sentence, text_hash
from argmap.serialize import from_dict, to_dict

Progress = Callable[[str, int, int], None]

STAGES = ("read", "cite", "embed", "map")


@dataclass
class BuildStats:
    documents: int = 0
    documents_cached: int = 0
    sentences: int = 0
    references: int = 0
    citations: int = 0
    resolved: int = 0
    unresolved: list[str] = field(default_factory=list)
    embedded: int = 0  # sentences that needed the model this time
    incremental: int | None = None  # sentences mapped against the last map (None: a full or reused map)
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class BuildResult:
    map: ArgumentMap
    sentences: list[Sentence]
    stats: BuildStats
    warnings: list[str]
    settings: Settings
    proposal: str | None = None  # argmap.toml fragment when debates were discovered


def _source_digest(paths: list[Path]) -> str:
    digest = hashlib.sha1(__version__.encode())
    for path in sorted(paths):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def parser_version() -> str:
    """Changes whenever the code that reads or segments documents changes, so stale cache entries miss."""
    from argmap.cite_cache import RESOLVING_MODULES

    here = Path(__file__).parent
    # Citation resolution is redone on every build, so its modules are not part of the cache key.
    return _source_digest([p for p in [*here.glob("ingest/*.py"), *here.glob("nlp/*.py")]
                           if p.name not in RESOLVING_MODULES])


@lru_cache(maxsize=1)
def code_version() -> str:
    """Changes whenever argmap's core code changes, so a map built by older code counts as stale."""
    here = Path(__file__).parent
    # The fitted heads (mapping/heads/*.npz) decide as much as code does.
    return _source_digest([p for p in [*here.rglob("*.py"), *here.rglob("*.npz")] if "tui" not in p.parts])


def _noop(stage: str, done: int, total: int) -> None:
    pass


def fingerprint(root: Path, settings: Settings, found=None, *, documents: bool = True) -> str:
    """What the machine map depends on: the corpus files (path, size, mtime), settings, model and code.

    Not the annotations: they are applied on top. ``found`` saves walking the folder again when the
    caller has just discovered it. ``documents=False`` leaves the documents out: what an incremental
    build needs unchanged (bibliographies, settings, model, code).
    """
    from argmap.ingest import discover

    root = Path(root).resolve()
    found = found if found is not None else discover(root, settings.exclude)
    digest = hashlib.sha1(f"{code_version()}\n{settings.model}\n{settings.seed}\n{documents}".encode())
    for path in [*(found.documents if documents else []), *found.references, root / SETTINGS_FILE]:
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path.relative_to(root)}\n{stat.st_size}\n{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def build(
    root: Path,
    model: str | None = None,
    progress: Progress | None = None,
    *,
    use_cache: bool = True,
    full: bool = False,
) -> BuildResult:
    """Build (incrementally) the map of the corpus at ``root``. Raises NothingToMap when no document reads.

    Unchanged inputs reuse the last map. When only a few documents were added, changed or removed
    since it (at most ``INCREMENTAL_SHARE`` of the sentences, counted since the last full build), only
    their sentences are mapped, against the existing map (``argmap.mapping.incremental``); ``full``
    remaps everything.
    """
    with cyclic_gc_paused():
        return _build(root, model, progress, use_cache=use_cache, full=full)


@contextlib.contextmanager
def cyclic_gc_paused():
    """Hold Python's cycle collector off for the build. A build holds millions of small objects (the
    cache's sentences, claims and their reasons, all read at once), and each full collection walked
    all of them again: a third of an incremental build's time on a 20,000-sentence corpus. What it
    builds is acyclic data, freed by reference counting; the collector resumes when it ends. (Loading a
    saved map is the same: ``Session.load``.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(root: Path, model: str | None, progress: Progress | None, *, use_cache: bool, full: bool
           ) -> BuildResult:
    from argmap.cite_cache import CorpusSnapshot, cite_all, cite_state
    from argmap.embed import embed_cached, select_embedder
    from argmap.ingest import discover, read_references
    from argmap.nlp.resolve import Bibliography
    from argmap.store import Store

    progress = progress or _noop
    root = Path(root).resolve()
    settings = load_settings(root, model)
    stats = BuildStats()
    warnings: list[str] = []
    found = discover(root, settings.exclude)
    warnings.extend(found.warnings)
    store = Store(root) if use_cache else None
    clock = time.perf_counter()

    bib_refs: list[Reference] = []
    for path in found.references:
        refs, problems = read_references(path, root)
        bib_refs.extend(refs)
        warnings.extend(problems)
    bibliography = Bibliography(bib_refs)

    start = cite_state(parser_version(), bib_refs)
    snapshot = CorpusSnapshot(store.load_corpus() if store is not None else None, start)
    segmented: list[Segmented] = []
    total = len(found.documents)
    with store.deferred() if store is not None else contextlib.nullcontext():
        for n, path in enumerate(found.documents, 1):
            seg = _read_one(path, root, store, stats, warnings, snapshot)
            if seg is not None:
                segmented.append(seg)
            progress("read", n, total)
    stats.seconds["read"] = time.perf_counter() - clock
    if not segmented:
        where = "no readable documents" if found.documents else "no documents (*.txt, *.md, *.pdf)"
        raise NothingToMap(f"{where} in this folder", path=str(root), remedy="add readings, or check the warnings")

    clock = time.perf_counter()
    records: list[dict] = []
    with store.deferred() if store is not None else contextlib.nullcontext():
        generated, cited = cite_all(segmented, bibliography, bib_refs, store, parser_version(),
                                    lambda done, total: progress("cite", done, total), snapshot=snapshot,
                                    records=records, reread=lambda seg: _reread(seg, root, store, warnings))
    if store is not None and not snapshot.complete(segmented):
        # Before the references are linked to documents: the snapshot holds what citing gave.
        store.save_corpus(snapshot.payload(segmented, records))
    stats.citations, stats.resolved, stats.unresolved = cited.citations, cited.resolved, cited.unresolved
    sentences: list[Sentence] = [s for seg in segmented for s in seg.sentences]
    cited_keys = [s.cited_keys for s in sentences]  # once: a property, asked for all sentences thrice
    stats.sentences = len(sentences)
    references = _collect_references(bib_refs, segmented, generated, {k for keys in cited_keys for k in keys})
    stats.references = len(references)
    stats.seconds["cite"] = time.perf_counter() - clock

    decisions = annotations.read(root)
    inputs = fingerprint(root, settings, found)
    context = fingerprint(root, settings, found, documents=False)
    last = store.load_map() if store is not None else None
    reused, proposal = (None, None) if full else _reuse_last_map(last, inputs, decisions)
    if reused is not None:  # nothing changed since the last build: skip embedding and mapping
        if store is not None:
            store.close()
        warnings.extend(decisions.warnings)
        warnings.extend(annotations.apply(reused, decisions))
        reused.warnings = list(warnings)
        stats.seconds.update(embed=0.0, map=0.0)
        return BuildResult(reused, sentences, stats, warnings, settings, proposal)

    clock = time.perf_counter()
    embedder = select_embedder(settings.model)
    texts = [s.text for s in sentences]
    before = _Counter(embedder)
    hashes = [text_hash(t) for t in texts]
    vectors = embed_cached(before, texts, store, progress=lambda d, t: progress("embed", d, t), hashes=hashes)
    if store is not None:
        store.save_matrix(embedder.name, hashes, vectors)
    stats.embedded = before.count
    stats.seconds["embed"] = time.perf_counter() - clock

    from argmap.mapping import MapInput

    clock = time.perf_counter()
    previous = saved_map(last)
    warnings.extend(decisions.warnings)
    progress("map", 0, 1)
    inp = MapInput(
        sentences=sentences,
        vectors=vectors,
        debates=settings.debates,
        embed=lambda items: embed_cached(embedder, items, store),
        references={r.key: r for r in references},
        labels=decisions.labels(),
        seed=settings.seed,
        previous=previous,
        model=embedder.name,
    )
    result = None if full else _extend(inp, previous, last, context, decisions, segmented, stats, cited_keys)
    if result is None:
        from argmap.mapping import map_corpus

        result = map_corpus(inp)
    progress("map", 1, 1)
    stats.seconds["map"] = time.perf_counter() - clock

    amap = ArgumentMap(
        title=settings.title or root.resolve().name,
        model=embedder.name,
        seed=settings.seed,
        built=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        argmap_version=__version__,
        documents=[s.document for s in segmented],
        references=references,
        debates=result.debates,
        claims=result.claims,
        warnings=list(warnings),
    )
    if store is not None:
        from argmap.export.json_export import to_json_dict

        warnings.extend(f".argmap/: {w}" for w in store.warnings)

        payload = to_json_dict(amap, include_non_claims=True, rows=True)
        payload[_DECISIONS_KEY] = decisions.digest
        payload[_PROPOSAL_KEY] = result.proposal
        payload[_CONTEXT_KEY] = context
        payload[_CALIBRATION_KEY] = result.calibration
        store.save_map(payload, inputs)
        store.close()
    warnings.extend(annotations.apply(amap, decisions))
    amap.warnings = list(warnings)
    return BuildResult(amap, sentences, stats, warnings, settings, result.proposal)


class _Counter:
    """Wraps an embedder to count how many sentences actually reached the model."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.count = 0

    @property
    def dim(self) -> int:  # lazily: asking a transformer backend its size may load torch
        return self.inner.dim

    def encode(self, texts):
        self.count += len(texts)
        return self.inner.encode(texts)

    def encode_batches(self, batches):
        """The inner embedder's batches (``argmap.embed.base.encode_batches``: helper processes for a large job)."""
        from argmap.embed.base import encode_batches

        self.count += sum(len(b) for b in batches)
        return encode_batches(self.inner, batches)


def _read_one(path: Path, root: Path, store, stats: BuildStats, warnings: list[str], snapshot=None
              ) -> Segmented | None:
    """The document at ``path`` segmented: from the corpus snapshot, the cache, or read afresh."""
    from argmap.ingest import document_id

    doc_id = document_id(path, root)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        warnings.append(f"{doc_id}: vanished while the corpus was being read; skipped")
        return None
    except OSError as exc:
        warnings.append(f"{doc_id}: cannot be read ({exc.strerror or exc}); skipped")
        return None
    sha1 = hashlib.sha1(data).hexdigest()
    seg = snapshot.take(doc_id, sha1) if snapshot is not None else None
    if seg is None and store is not None:
        seg = _cached_document(store, doc_id, sha1)
    if seg is not None:
        stats.documents += 1
        stats.documents_cached += 1
        warnings.extend(f"{doc_id}: {w}" for w in seg.document.warnings)
        return seg
    return _read_afresh(path, root, data, sha1, doc_id, store, stats, warnings)


def _cached_document(store, doc_id: str, sha1: str) -> Segmented | None:
    """The document with these bytes as this segmenter left it in the cache, or None."""
    cached = store.get_document(sha1, f"{parser_version()}:{doc_id}")
    if cached is None:
        return None
    seg = from_dict(Segmented, cached)
    seg.document.sha1 = sha1  # what an incremental build compares to tell changed documents apart
    return seg


def _reread(seg: Segmented, root: Path, store, warnings: list[str]) -> Segmented | None:
    """A document taken from the corpus snapshot, again with its text (from the cache, else its file), for
    citing afresh; None, with a warning, when the file changed or vanished since it was read."""
    from argmap.ingest import read_document
    from argmap.nlp.segment import segment

    doc = seg.document
    fresh = _cached_document(store, doc.id, doc.sha1) if store is not None else None
    if fresh is not None:
        return fresh
    try:
        path = root / doc.id
        data = path.read_bytes()
        if hashlib.sha1(data).hexdigest() != doc.sha1:
            raise OSError("changed")
        fresh = segment(read_document(path, root, data))
    except (OSError, IngestError):
        warnings.append(f"{doc.id}: changed or vanished while the corpus was being read; "
                        "its own reference list was not read again")
        return None
    fresh.document.sha1 = doc.sha1
    return fresh


def _read_afresh(path: Path, root: Path, data: bytes, sha1: str, doc_id: str, store, stats: BuildStats,
                 warnings: list[str]) -> Segmented | None:
    from argmap.ingest import read_document
    from argmap.nlp.segment import segment

    try:
        doc: Document = read_document(path, root, data)
        seg = segment(doc)
    except IngestError as exc:
        warnings.append(str(exc))
        return None
    if not seg.sentences:
        warnings.append(f"{doc_id}: no sentences found (only headings or a reference list?)")
    if store is not None:
        store.put_document(sha1, f"{parser_version()}:{doc_id}", to_dict(seg))
    stats.documents += 1
    warnings.extend(f"{doc_id}: {w}" for w in doc.warnings)
    return seg


def _collect_references(
    bib: list[Reference], segmented: list[Segmented], generated: dict[str, Reference], cited: set[str]
) -> list[Reference]:
    """The reader's bibliography, then works found only in documents' lists or generated (those some
    sentence cites, ``cited``), each key once."""
    refs: dict[str, Reference] = {}
    for ref in bib:
        refs.setdefault(ref.key, ref)
    for seg in segmented:
        for ref in seg.references:
            if ref.key not in refs:
                refs[ref.key] = ref
    for key, ref in sorted(generated.items()):
        if key in cited:
            refs.setdefault(key, ref)
    _link_documents(list(refs.values()), [s.document for s in segmented])
    return sorted(refs.values(), key=lambda r: r.key)


def _link_documents(refs: list[Reference], documents: list[Document]) -> None:
    """A reference *is* a corpus document when their titles match closely: the reference's title is (nearly)
    all in the document's ("Jarrett (2016), Feminism, Labour and Digital Media: …", a note on the book), and
    makes up at least half of it. A short title inside a longer one is not enough: "Social Media and Mental
    Health" (a paper the corpus cites) is not the seminar paper "Not just potatoes: why social media harms
    adolescent girls' mental health"."""
    from rapidfuzz import fuzz, process, utils

    titles = {d.id: d.title.lower() for d in documents if d.title}
    if not titles:
        return
    for ref in refs:
        if not ref.title or ref.document or len(ref.title) <= 12:
            continue
        hit = process.extractOne(ref.title.lower(), titles, scorer=fuzz.token_set_ratio, score_cutoff=92)
        if hit is None:
            continue
        ref_words, doc_words = (set(utils.default_process(t).split()) for t in (ref.title, hit[0]))
        if len(ref_words & doc_words) >= 0.5 * len(doc_words):
            ref.document = hit[2]


_DECISIONS_KEY = "decisions_sha1"  # the reader's labels also train the mapping: a change means remapping
_PROPOSAL_KEY = "proposal"  # discovered debates' argmap.toml fragment, shown again on a rebuild
_CONTEXT_KEY = "context_sha1"  # fingerprint of everything but the documents: must hold for an incremental build
_CALIBRATION_KEY = "calibration"  # cut-offs and stance values an incremental build maps against
# Past this share of the corpus's sentences added, changed or removed since the last full build, a
# build remaps everything: new claims would otherwise never shape the positions or the calibration.
INCREMENTAL_SHARE = 0.1


def _reuse_last_map(last: tuple[dict, str] | None, inputs: str, decisions: annotations.Decisions
                    ) -> tuple[ArgumentMap | None, str | None]:
    """The last machine map (and proposal), when built from these very files, settings, code and decisions."""
    if last is None or last[1] != inputs or last[0].get(_DECISIONS_KEY) != decisions.digest:
        return None, None
    return saved_map(last), last[0].get(_PROPOSAL_KEY)


def saved_map(last: tuple[dict, str] | None) -> ArgumentMap | None:
    """The map of ``Store.load_map()``'s payload; None for none, or for a ``map.json`` of another layout."""
    if last is None:
        return None
    from argmap.export.json_export import from_json_dict

    try:
        return from_json_dict(last[0])
    except (KeyError, TypeError, ValueError):
        return None


def _extend(inp, previous: ArgumentMap | None, last: tuple[dict, str] | None, context: str,
            decisions: annotations.Decisions, segmented: list[Segmented], stats: BuildStats,
            cited_keys: list[list[str]]):
    """The map extended with the documents added or changed since ``previous``, or None for a full build.

    Only when bibliographies, settings, model, code and the reader's decisions are as they were, the
    debates are declared, and the change is small; every unchanged sentence must have its claim, with
    the same citations (a new document can shift generated keys elsewhere). ``cited_keys``: each
    sentence's, in ``inp.sentences`` order."""
    if previous is None or last is None or not inp.debates:
        return None
    payload = last[0]
    calibration = payload.get(_CALIBRATION_KEY)
    if (payload.get(_CONTEXT_KEY) != context or payload.get(_DECISIONS_KEY) != decisions.digest
            or not isinstance(calibration, dict) or not calibration.get("values")):
        return None
    known = {(d.id, d.sha1) for d in previous.documents}
    changed = {seg.document.id for seg in segmented if (seg.document.id, seg.document.sha1) not in known}
    current = {s.id for s in inp.sentences}
    removed = sum(1 for c in previous.claims if c.id not in current or c.document in changed)
    new = [i for i, s in enumerate(inp.sentences) if s.document in changed]
    added = int(calibration.get("added", 0)) + len(new) + removed
    if not new and not removed:  # files touched, not changed: the last map stands
        from argmap.mapping import MapResult

        return MapResult(previous.debates, previous.claims, calibration=calibration)
    if added > INCREMENTAL_SHARE * len(inp.sentences):
        return None
    old = {c.id: c for c in previous.claims}
    for s, keys in zip(inp.sentences, cited_keys, strict=True):
        if s.document in changed:
            continue
        claim = old.get(s.id)
        if claim is None or claim.citations != keys:
            return None
    from argmap.mapping.incremental import NotExtendable, extend_map

    try:
        result = extend_map(inp, previous, new, calibration, cited_keys)
    except NotExtendable:
        return None
    result.calibration["added"] = added
    stats.incremental = len(new)
    return result
