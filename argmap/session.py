"""One open corpus: the last build, the reader's decisions, and the actions the app and CLI share.

The app never decides anything itself; it calls these methods. The machine map (as last built) sits
in ``.argmap/``; loading applies every decision on top of it, an edit applies just the new decision,
and an undo reloads and re-applies them all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from argmap import annotations
from argmap.config import load_settings
from argmap.model import ArgumentMap


class Session:
    def __init__(self, root: Path, model: str | None = None):
        self.root = Path(root).resolve()
        self.model = model
        self.map: ArgumentMap | None = None
        self.warnings: list[str] = []
        self._vectors: np.ndarray | None = None
        self._vector_ids: list[str] = []
        self._embedder = None
        self._fingerprint: str | None = None  # of the build last loaded
        self.incremental: int | None = None  # after ``build``: new sentences mapped against the last map

    # -- loading and building ---------------------------------------------------------------
    def is_stale(self) -> bool:
        from argmap.pipeline import fingerprint
        from argmap.store import Store

        if not (self.root / ".argmap").exists():
            return True
        built = self._fingerprint
        if built is None:
            loaded = Store(self.root).load_map()  # reads map.json only; the database stays closed
            if loaded is None:
                return True
            built = loaded[1]
        settings = load_settings(self.root, self.model)
        return built != fingerprint(self.root, settings)

    def load(self) -> ArgumentMap | None:
        """The last build from ``.argmap/`` with the reader's decisions applied; no models are loaded."""
        from argmap.pipeline import cyclic_gc_paused, saved_map
        from argmap.store import Store

        if not (self.root / ".argmap").exists():
            return None
        with cyclic_gc_paused():  # tens of thousands of small objects at once: half the load was collecting
            loaded = Store(self.root).load_map()
            amap = saved_map(loaded)
        if amap is None:
            return None
        self._fingerprint = loaded[1]
        machine_warnings = list(amap.warnings)
        decisions = annotations.read(self.root)
        self.warnings = [*decisions.warnings, *annotations.apply(amap, decisions)]
        amap.warnings = [*machine_warnings, *self.warnings]
        self.map = amap
        self._vectors = None
        return amap

    def build(self, progress: Callable[[str, int, int], None] | None = None) -> ArgumentMap:
        from argmap.pipeline import build

        result = build(self.root, self.model, progress)
        self.incremental = result.stats.incremental
        # The pipeline applied decisions to its map; keep a clean machine copy by reloading the cache.
        if self.load() is None:
            self.map = result.map
        self.warnings = list(result.warnings)
        return self.map  # type: ignore[return-value]

    def load_or_build(self, progress: Callable[[str, int, int], None] | None = None) -> ArgumentMap:
        if not self.is_stale():
            loaded = self.load()
            if loaded is not None:
                return loaded
        return self.build(progress)

    # -- the reader's corrections -------------------------------------------------------------
    def annotate(self, decision: dict[str, Any]) -> ArgumentMap:
        claim_id = decision.get("claim")
        if self.map is not None and claim_id:
            claim = self.map.claim_index().get(claim_id)
            if claim is not None:
                decision = {**annotations.annotate_claim(claim), **decision}
        record = annotations.append(self.root, decision)
        if self.map is None:
            return self.load()  # type: ignore[return-value]
        # Decisions apply in order and the last one wins, so applying just the new one is enough.
        self.warnings.extend(annotations.apply(self.map, annotations.Decisions([record])))
        return self.map

    def undo(self) -> ArgumentMap | None:
        last = annotations.last_undoable(self.root)
        if last is None or "id" not in last:
            return None
        annotations.append(self.root, {"kind": "undo", "decision": last["id"]})
        return self.load()

    # -- looking things up --------------------------------------------------------------------
    def search(self, query: str, k: int = 20) -> list[tuple[str, float]]:
        """Claims nearest in meaning to ``query`` (embeds with the build's model; cached vectors)."""
        from argmap.embed import embed_cached, select_embedder
        from argmap.store import Store

        if self.map is None or not query.strip():
            return []
        claims = [c for c in self.map.claims if c.is_claim]
        if self._embedder is None:
            self._embedder = select_embedder(self.model or self.map.model or load_settings(self.root).model)
        store = Store(self.root)
        try:
            if self._vectors is None or self._vector_ids != [c.id for c in claims]:
                self._vectors = embed_cached(self._embedder, [c.text for c in claims], store)
                self._vector_ids = [c.id for c in claims]
            q = embed_cached(self._embedder, [query], None)[0]
        finally:
            store.close()
        scores = self._vectors @ q
        order = np.argsort(-scores, kind="stable")[:k]
        return [(self._vector_ids[i], float(scores[i])) for i in order]

    def _document_text(self, document_id: str) -> str:
        from argmap.ingest import read_document

        try:
            return read_document(self.root / document_id, self.root).text
        except Exception:  # the file may have gone since the build; the detail view degrades
            return ""

    def source_location(self, claim_id: str) -> tuple[Path, int]:
        """The claim's file and 1-based line, for ``$EDITOR +LINE FILE``."""
        assert self.map is not None
        claim = self.map.claim_index()[claim_id]
        path = self.root / claim.document
        if path.suffix.lower() == ".pdf":
            return path, 1
        try:
            raw = path.read_text(encoding="utf-8-sig", errors="replace")
        except OSError:
            return path, 1
        # Offsets are into normalised text; find the sentence itself so line numbers match the file.
        index = raw.find(claim.text[:40])
        if index < 0:
            index = min(claim.start, len(raw))
        return path, raw.count("\n", 0, index) + 1

    def paragraph(self, claim_id: str) -> str:
        """The paragraph that holds the claim, read from the source file."""
        assert self.map is not None
        claim = self.map.claim_index()[claim_id]
        text = self._document_text(claim.document)
        if not text or text[claim.start : claim.end] != claim.text:
            return claim.text
        start = text.rfind("\n\n", 0, claim.start)
        end = text.find("\n\n", claim.end)
        return text[start + 2 if start >= 0 else 0 : end if end >= 0 else len(text)].strip()
