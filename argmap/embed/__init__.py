"""Sentence embedding: the Embedder protocol, its backends, and the cached ``embed_cached``.

Backends: ``use-multilingual-v3`` (the default, ``usem.py``), sentence-transformers models
(``st.py``) and a deterministic fake for tests (``fake.py``). Importing this package imports
neither torch nor sentence-transformers; a backend imports its package when it is chosen.
"""

from argmap.config import DEFAULT_MODEL
from argmap.embed.base import Embedder, l2_normalise
from argmap.embed.cached import embed_cached
from argmap.embed.select import select_embedder


def __getattr__(name: str):
    if name == "FakeEmbedder":  # lazily: it needs scipy, which a rebuild with nothing new never imports
        from argmap.embed.fake import FakeEmbedder

        return FakeEmbedder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DEFAULT_MODEL", "Embedder", "FakeEmbedder", "embed_cached", "l2_normalise", "select_embedder"]
