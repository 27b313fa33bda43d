"""The ``.argmap/`` cache under a corpus folder: parsed documents, sentence vectors, the last map.

Everything here can be rebuilt, so a cache that cannot be read (junk in ``cache.sqlite``, another
program's database, an older schema) is set aside and started afresh, never reported as an error.
SQLite serialises writers between processes; ``timeout`` makes a second process wait, not fail.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import orjson

CACHE_DIR = ".argmap"
DB_FILE = "cache.sqlite"
MAP_FILE = "map.json"
CORPUS_FILE = "corpus.json"  # the documents as read and cited (argmap.cite_cache.CorpusSnapshot)
SCHEMA_VERSION = "1"
# Hashes the saved vectors array may lack, or hold unasked, before it is rewritten (or 2% of the corpus).
MATRIX_SLACK = 400
# Older SQLite builds allow 999 host parameters per statement; stay under it.
_CHUNK = 900

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    sha1 TEXT NOT NULL, version TEXT NOT NULL, payload TEXT NOT NULL,
    PRIMARY KEY (sha1, version)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS vectors (
    model TEXT NOT NULL, hash TEXT NOT NULL, dtype TEXT NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (model, hash)) WITHOUT ROWID;
"""


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """True for a file that is not (our) database; False for a busy or read-only one, which is not ours to fix."""
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return any(word in text for word in ("malformed", "not a database", "no such table", "no such column",
                                             "has no column"))
    return not isinstance(exc, (sqlite3.IntegrityError, sqlite3.ProgrammingError))


def _is_unwritable(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("readonly", "read-only", "unable to open", "disk i/o", "full"))


class Store:
    """The cache of one corpus folder. Creates ``root/.argmap/`` on the first write, and writes nowhere else.

    ``float16=True`` stores new vectors at half size (reads always return float32).
    """

    def __init__(self, root: Path, *, float16: bool = False, timeout: float = 30.0):
        self.root = Path(root)
        self.dir = self.root / CACHE_DIR
        self.db_path = self.dir / DB_FILE
        self.map_path = self.dir / MAP_FILE
        self.corpus_path = self.dir / CORPUS_FILE
        self.float16 = float16
        self.timeout = timeout
        self.reset_reason: str | None = None  # why the cache was started afresh, if it was
        self.disabled = False  # set when the folder cannot be written; reads then miss, writes do nothing
        self.warnings: list[str] = []
        self._conn: sqlite3.Connection | None = None
        self._matrices: dict[str, tuple[dict[str, int], np.ndarray] | None] = {}
        self._pending: list[tuple[str, str, str]] | None = None

    # -- connection ------------------------------------------------------------------------------

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        """The open connection; None when there is no cache yet (and ``create`` is False) or it is off."""
        if self._conn is not None or self.disabled:
            return self._conn
        if not create and not self.db_path.is_file():
            return None
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            try:
                self._conn = self._open()
            except sqlite3.DatabaseError as exc:
                if not _is_damage(exc):
                    raise
                self._set_aside(f"unreadable ({exc})")
                self._conn = self._open()
        except (OSError, sqlite3.OperationalError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and not _is_unwritable(exc):
                raise
            self._disable(exc)
        return self._conn

    def _open(self) -> sqlite3.Connection:
        """Connect, and check the file is our cache at our schema version (else start afresh)."""
        conn = sqlite3.connect(self.db_path, timeout=self.timeout)
        # A disposable cache: losing the last writes in a power cut costs a re-embed, not data, so
        # skip the fsync per transaction that made embedding batches wait on the disk.
        conn.execute("PRAGMA synchronous=OFF")
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if tables and "meta" not in tables:
                raise sqlite3.DatabaseError("not an argmap cache (no meta table)")
            if tables:
                row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                version = row[0] if row else None
                if version == SCHEMA_VERSION:
                    return conn  # nothing to write: a read-only corpus folder can still be read
                conn.close()
                self._remove_files()
                self.reset_reason = f"schema {version} replaced by {SCHEMA_VERSION}"
                conn = sqlite3.connect(self.db_path, timeout=self.timeout)
            # One transaction, so a second process never sees the tables without the version row.
            conn.executescript(f"BEGIN IMMEDIATE;{_SCHEMA}"
                               f"INSERT OR IGNORE INTO meta VALUES ('schema', '{SCHEMA_VERSION}');COMMIT;")
        except BaseException:
            conn.close()
            raise
        return conn

    def _disable(self, exc: BaseException) -> None:
        self.disabled = True
        self.warnings.append(f"{self.dir}: cache cannot be used ({exc}); going on without it")
        self.close()

    def _remove_files(self) -> None:
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{self.db_path}{suffix}")

    def _set_aside(self, reason: str) -> None:
        """Move a damaged or foreign file out of the way (kept once as ``cache.sqlite.bad``)."""
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
        with contextlib.suppress(FileNotFoundError):
            os.replace(self.db_path, self.db_path.with_name(DB_FILE + ".bad"))
        self._remove_files()
        self.reset_reason = reason

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn damage found mid-use into a fresh cache; the caller then sees a miss."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise
            self._set_aside(f"damaged ({exc})")

    def _write(self, sql: str, rows: list[tuple]) -> None:
        """Run one statement over ``rows`` in one transaction; a damaged file is replaced and tried once more.

        A folder where the cache cannot be written (read-only, full disk) turns the cache off with
        a warning: the build goes on, only slower next time.
        """
        for _ in range(2):
            conn = self._connect(create=True)
            if conn is None:
                return
            try:
                with self._guard():
                    with conn:
                        conn.executemany(sql, rows)
                    return
            except sqlite3.OperationalError as exc:
                if not _is_unwritable(exc):
                    raise
                self._disable(exc)
                return

    def close(self) -> None:
        """Close the database; the Store reopens it if used again."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents -------------------------------------------------------------------------------

    def get_document(self, sha1: str, version: str) -> dict | None:
        """The payload stored for a file's bytes under a parser version, or None."""
        conn = self._connect(create=False)
        if conn is None:
            return None
        with self._guard():
            row = conn.execute(
                "SELECT payload FROM documents WHERE sha1=? AND version=?", (sha1, version)).fetchone()
            if row is not None:
                try:
                    return orjson.loads(row[0])
                except orjson.JSONDecodeError:
                    return None
        return None

    def put_document(self, sha1: str, version: str, payload: dict) -> None:
        """Store a JSON-able payload for a file's bytes under a parser version (replacing any); inside
        ``deferred()``, when it ends."""
        text = orjson.dumps(payload, option=orjson.OPT_NON_STR_KEYS).decode("utf-8")
        if self._pending is not None:
            self._pending.append((sha1, version, text))
            return
        self._write("INSERT OR REPLACE INTO documents VALUES (?, ?, ?)", [(sha1, version, text)])

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Hold document writes and make them one transaction at the end: a cold build of a hundred
        documents otherwise commits two hundred times. Held writes are lost if the block raises."""
        self._pending = []
        try:
            yield
            rows = self._pending
        finally:
            self._pending = None
        if rows:
            self._write("INSERT OR REPLACE INTO documents VALUES (?, ?, ?)", rows)

    # -- vectors ---------------------------------------------------------------------------------

    def get_vectors(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """Cached float32 vectors of ``model`` for those of ``hashes`` that are present."""
        conn = self._connect(create=False)
        found: dict[str, np.ndarray] = {}
        if conn is None or not hashes:
            return found
        unique = list(dict.fromkeys(hashes))
        by_dtype: dict[str, tuple[list[str], list[bytes]]] = {}
        with self._guard():
            for start in range(0, len(unique), _CHUNK):
                chunk = unique[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(
                    f"SELECT hash, dtype, data FROM vectors WHERE model=? AND hash IN ({marks})",
                    (model, *chunk))
                for hash_, dtype, data in rows:
                    keys, blobs = by_dtype.setdefault(dtype, ([], []))
                    keys.append(hash_)
                    blobs.append(data)
            # One array per dtype, not one per row: per-row conversion was most of a 20,000-sentence rebuild's read.
            for dtype, (keys, blobs) in by_dtype.items():
                sizes = {len(b) for b in blobs}
                if len(sizes) != 1:
                    found.update((k, np.frombuffer(b, dtype=dtype).astype(np.float32)) for k, b in zip(keys, blobs, strict=True))
                    continue
                matrix = np.frombuffer(b"".join(blobs), dtype=dtype).reshape(len(blobs), -1).astype(np.float32)
                found.update(zip(keys, matrix, strict=True))
            return found
        return {}

    def put_vectors(self, model: str, hashes: Sequence[str], vectors: np.ndarray) -> None:
        """Store one vector per hash for ``model``, in one transaction."""
        vectors = np.asarray(vectors)
        if vectors.ndim != 2 or len(vectors) != len(hashes):
            raise ValueError(f"need one row per hash: {len(hashes)} hashes, vectors of shape {vectors.shape}")
        if not len(hashes):
            return
        dtype = np.dtype("<f2" if self.float16 else "<f4")
        stored = np.ascontiguousarray(vectors, dtype=dtype)
        rows = [(model, h, dtype.str, stored[i].tobytes()) for i, h in enumerate(hashes)]
        self._write("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)", rows)

    # -- the last build's vectors, as one array ------------------------------------------------------

    def _matrix_path(self, model: str) -> Path:
        # Two .npy arrays back to back (vectors, then hashes) in one file: an .npz (a zip) took twice as
        # long to read back, checking its checksum and copying through the archive.
        return self.dir / ("vectors-" + hashlib.sha1(model.encode("utf-8")).hexdigest()[:12] + ".npy")

    def save_matrix(self, model: str, hashes: Sequence[str], matrix: np.ndarray) -> None:
        """Keep the corpus's vectors as one float32 array beside the database, with their text hashes in
        the same file (replaced atomically, so two builds at once never pair one's hashes with the other's
        vectors): a rebuild after adding a paper reads 20,000 vectors from it in milliseconds, where
        fetching rows took half a second.

        The array is a lookup table, not the corpus in order: nothing is written while it holds all but
        a few of ``hashes`` (those few come from the database, a few milliseconds for a paper's worth)
        and few rows that are no longer asked for. Rewriting 20,000 rows cost 0.14 s of adding a paper."""
        if self.disabled or len(hashes) != len(matrix):
            return
        found = self.load_matrix(model)
        if found is not None and self._matrix_will_do(found[0], hashes):
            return
        self._matrices.pop(model, None)
        path = self._matrix_path(model)
        with contextlib.suppress(OSError):
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=self.dir)
            try:
                with os.fdopen(fd, "wb") as handle:
                    np.save(handle, np.ascontiguousarray(matrix, dtype="<f4"), allow_pickle=False)
                    np.save(handle, np.array(hashes, dtype="S40"), allow_pickle=False)
                os.replace(tmp, path)
                with contextlib.suppress(FileNotFoundError):  # the layout before this one
                    os.remove(path.with_suffix(".npz"))
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(tmp)

    @staticmethod
    def _matrix_will_do(rows: dict[str, int], hashes: Sequence[str]) -> bool:
        wanted = set(hashes)
        missing = sum(1 for h in wanted if h not in rows)
        unused = len(rows) - (len(wanted) - missing)
        slack = max(MATRIX_SLACK, len(wanted) // 50)
        return missing <= slack and unused <= slack

    def load_matrix(self, model: str) -> tuple[dict[str, int], np.ndarray] | None:
        """``(row of each hash, float32 array)`` saved by ``save_matrix``, or None."""
        if model in self._matrices:  # side statements ask again for every debate
            return self._matrices[model]
        self._matrices[model] = found = self._read_matrix(model)
        return found

    def _read_matrix(self, model: str) -> tuple[dict[str, int], np.ndarray] | None:
        try:
            with open(self._matrix_path(model), "rb") as handle:
                matrix = np.lib.format.read_array(handle, allow_pickle=False)
                saved = np.lib.format.read_array(handle, allow_pickle=False)
                if saved.dtype.kind != "S" or saved.ndim != 1 or handle.read(1):
                    return None
            hashes = [h.decode("ascii") for h in saved.tolist()]
        except (OSError, ValueError, EOFError, UnicodeDecodeError):
            return None
        if matrix.ndim != 2 or len(matrix) != len(hashes) or matrix.dtype != np.float32:
            return None
        return {h: i for i, h in enumerate(hashes)}, matrix

    # -- the last build --------------------------------------------------------------------------

    def save_map(self, payload: dict, fingerprint: str) -> None:
        """Write ``.argmap/map.json`` (the map and the fingerprint of its inputs) atomically.

        Map and fingerprint share one file, so a crash can never pair a new fingerprint with an
        old map: readers see the previous file or the new one.
        """
        self._write_json(self.map_path, {"fingerprint": fingerprint, "map": payload})

    def _write_json(self, path: Path, body: dict) -> None:
        """Replace ``path`` with ``body`` as JSON atomically: readers see the old file or the new one."""
        self.dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=self.dir)
        try:
            # No fsync: this is a cache. A torn file after a crash fails to parse and means a rebuild.
            with os.fdopen(fd, "wb") as handle:
                handle.write(orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS))
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.remove(tmp)
            raise

    def load_map(self) -> tuple[dict, str] | None:
        """``(payload, fingerprint)`` of the last saved map, or None when absent or unreadable."""
        try:
            body = orjson.loads(self.map_path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return None
        if (not isinstance(body, dict) or not isinstance(body.get("map"), dict)
                or not isinstance(body.get("fingerprint"), str)):
            return None
        return body["map"], body["fingerprint"]

    # -- the last build's documents, as read and cited -------------------------------------------

    def save_corpus(self, payload: dict) -> None:
        """Write ``.argmap/corpus.json`` atomically; a folder that cannot be written keeps the old one (or none)."""
        if self.disabled:
            return
        with contextlib.suppress(OSError):
            self._write_json(self.corpus_path, payload)

    def load_corpus(self) -> dict | None:
        """The payload ``save_corpus`` wrote, or None when absent or unreadable (the caller checks its layout)."""
        try:
            body = orjson.loads(self.corpus_path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return None
        return body if isinstance(body, dict) else None
