"""The .argmap/ cache: round trips, chunked lookups, damaged files, the saved map."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import numpy as np
import pytest

from argmap.model import text_hash
from argmap.store import Store


def files_under(root) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def test_reads_create_nothing_and_writes_stay_in_dot_argmap(tmp_path):
    store = Store(tmp_path)
    assert store.get_document("abc", "1") is None
    assert store.get_vectors("m", ["abc"]) == {}
    assert store.load_map() is None
    assert not (tmp_path / ".argmap").exists()
    store.put_document("abc", "1", {"x": 1})
    store.put_vectors("m", ["h"], np.ones((1, 3), dtype=np.float32))
    store.save_map({"claims": []}, "fp")
    store.close()
    assert all(name.startswith(".argmap/") for name in files_under(tmp_path))


def test_documents_round_trip_per_parser_version(tmp_path):
    payload = {"title": "平台劳动", "sentences": [{"text": "Smythe (1977) argues …", "start": 0}], "n": 3}
    with Store(tmp_path) as store:
        store.put_document("sha", "seg-1", payload)
        store.put_document("sha", "seg-2", {"other": True})
    store = Store(tmp_path)
    assert store.get_document("sha", "seg-1") == payload
    assert store.get_document("sha", "seg-2") == {"other": True}
    assert store.get_document("sha", "seg-3") is None


def test_vectors_round_trip_exactly(tmp_path):
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((5, 7)).astype(np.float32)
    hashes = [text_hash(str(i)) for i in range(5)]
    Store(tmp_path).put_vectors("model-a", hashes, vectors)
    got = Store(tmp_path).get_vectors("model-a", hashes + ["absent"])
    assert set(got) == set(hashes)
    for i, h in enumerate(hashes):
        assert got[h].dtype == np.float32
        np.testing.assert_array_equal(got[h], vectors[i])
    assert Store(tmp_path).get_vectors("model-b", hashes) == {}


def test_float16_vectors_come_back_as_close_float32(tmp_path):
    vectors = np.random.default_rng(1).standard_normal((3, 16)).astype(np.float32)
    Store(tmp_path, float16=True).put_vectors("m", ["a", "b", "c"], vectors)
    got = Store(tmp_path).get_vectors("m", ["a", "b", "c"])
    assert got["b"].dtype == np.float32
    np.testing.assert_allclose(got["b"], vectors[1], rtol=1e-3, atol=1e-3)


def test_lookups_of_thousands_of_hashes_are_chunked(tmp_path):
    n = 2500
    hashes = [text_hash(f"sentence {i}") for i in range(n)]
    vectors = np.arange(n * 2, dtype=np.float32).reshape(n, 2)
    store = Store(tmp_path)
    store.put_vectors("m", hashes[::2], vectors[::2])
    if hasattr(store._conn, "setlimit"):  # Python 3.11+: the limit of older SQLite builds, so one big IN fails
        store._conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    got = store.get_vectors("m", hashes)
    assert len(got) == (n + 1) // 2
    np.testing.assert_array_equal(got[hashes[2498]], vectors[2498])
    assert hashes[1] not in got


def test_put_vectors_needs_one_row_per_hash(tmp_path):
    with pytest.raises(ValueError):
        Store(tmp_path).put_vectors("m", ["a", "b"], np.zeros((3, 4)))


@pytest.mark.parametrize("junk", [b"this is not a database\n" * 50, b"SQLite format 3\x00" + b"\xff" * 4000, b""])
def test_junk_cache_file_is_set_aside_silently(tmp_path, junk):
    (tmp_path / ".argmap").mkdir()
    (tmp_path / ".argmap" / "cache.sqlite").write_bytes(junk)
    store = Store(tmp_path)
    assert store.get_vectors("m", ["a"]) == {}
    store.put_vectors("m", ["a"], np.ones((1, 2), dtype=np.float32))
    np.testing.assert_array_equal(store.get_vectors("m", ["a"])["a"], [1, 1])
    if junk:
        assert store.reset_reason
        assert (tmp_path / ".argmap" / "cache.sqlite.bad").read_bytes() == junk


def test_foreign_database_and_old_schema_are_replaced(tmp_path):
    (tmp_path / ".argmap").mkdir()
    path = tmp_path / ".argmap" / "cache.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (t TEXT)")
    conn.close()
    store = Store(tmp_path)
    store.put_document("s", "v", {"ok": 1})
    assert store.get_document("s", "v") == {"ok": 1}
    store.close()

    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value='0' WHERE key='schema'")
    conn.close()
    store = Store(tmp_path)
    assert store.get_document("s", "v") is None  # old schema: started afresh
    assert "schema" in (store.reset_reason or "")


def test_an_unwritable_cache_turns_itself_off_with_a_warning(tmp_path):
    (tmp_path / ".argmap").write_text("a file where the folder should be")
    store = Store(tmp_path)
    store.put_vectors("m", ["a"], np.ones((1, 2), dtype=np.float32))
    store.put_document("s", "v", {})
    assert store.disabled and len(store.warnings) == 1 and ".argmap" in store.warnings[0]
    assert store.get_vectors("m", ["a"]) == {}


def test_two_processes_writing_at_once(tmp_path):
    code = (
        "import sys, numpy as np; from pathlib import Path; from argmap.store import Store\n"
        "s = Store(Path(sys.argv[1])); tag = sys.argv[2]\n"
        "for i in range(40): s.put_vectors('m', [f'{tag}{i}'], np.full((1, 4), i, dtype=np.float32))\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path), tag]) for tag in "ab"]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    got = Store(tmp_path).get_vectors("m", [f"{t}{i}" for t in "ab" for i in range(40)])
    assert len(got) == 80 and got["b39"][0] == 39


def test_map_round_trip_is_atomic_and_tolerates_damage(tmp_path):
    store = Store(tmp_path)
    payload = {"schema": "argmap/1", "claims": [{"id": "c-1", "text": "福克斯指出"}]}
    store.save_map(payload, "fp-1")
    store.save_map(payload | {"title": "v2"}, "fp-2")
    assert store.load_map() == (payload | {"title": "v2"}, "fp-2")
    assert files_under(tmp_path / ".argmap") == {"map.json"}  # no temporary files left behind
    (tmp_path / ".argmap" / "map.json").write_text('{"fingerprint": "fp", "map": [')
    assert store.load_map() is None


def test_matrix_snapshot_round_trip_and_torn_pair(tmp_path):
    store = Store(tmp_path)
    vectors = np.arange(12, dtype=np.float32).reshape(3, 4)
    store.save_matrix("m", ["a", "b", "c"], vectors)
    rows, matrix = store.load_matrix("m")
    assert rows == {"a": 0, "b": 1, "c": 2} and np.array_equal(matrix, vectors)
    assert store.load_matrix("other model") is None
    # A damaged file is no snapshot, not a wrong one: the database answers instead.
    path = store._matrix_path("m")
    path.write_bytes(path.read_bytes()[:200])
    assert Store(tmp_path).load_matrix("m") is None


def test_matrix_is_rewritten_only_when_it_lacks_or_holds_more_than_a_few_rows(tmp_path, monkeypatch):
    import argmap.store

    monkeypatch.setattr(argmap.store, "MATRIX_SLACK", 2)
    hashes = [f"h{i}" for i in range(10)]
    vectors = np.arange(40, dtype=np.float32).reshape(10, 4)
    Store(tmp_path).save_matrix("m", hashes, vectors)
    path = Store(tmp_path)._matrix_path("m")
    written = path.stat().st_mtime_ns

    def saved_after(new_hashes):
        store = Store(tmp_path)
        store.save_matrix("m", new_hashes, np.zeros((len(new_hashes), 4), dtype=np.float32))
        return sorted(Store(tmp_path).load_matrix("m")[0])

    # Two new hashes (a paper) and another order: the array still serves; the two come from the database.
    assert saved_after(["n1", "n2", *reversed(hashes)]) == sorted(hashes)
    assert path.stat().st_mtime_ns == written
    assert saved_after(hashes[:8]) == sorted(hashes)  # two rows no longer asked for: kept
    assert saved_after(["n1", "n2", "n3", *hashes]) == sorted(["n1", "n2", "n3", *hashes])  # three new: rewritten
    assert saved_after(hashes[:5]) == sorted(hashes[:5])  # eight unasked: rewritten


def test_embed_cached_reads_the_snapshot_and_the_database_alike(tmp_path):
    from argmap.embed import embed_cached
    from argmap.embed.fake import FakeEmbedder
    from argmap.model import text_hash

    texts = ["one claim", "another claim", "a third"]
    store = Store(tmp_path)
    first = embed_cached(FakeEmbedder(dim=8), texts, store)
    store.save_matrix("fake:8", [text_hash(t) for t in texts[:2]], first[:2])

    class Refuses(FakeEmbedder):
        def encode(self, texts):
            raise AssertionError("everything is cached")

    again = embed_cached(Refuses(dim=8), texts, store)  # two rows from the snapshot, one from SQLite
    assert np.array_equal(first, again)


def test_corpus_snapshot_round_trip_and_damage(tmp_path):
    store = Store(tmp_path)
    assert store.load_corpus() is None
    payload = {"tag": "t", "documents": [{"id": "zh/王.md", "sentences": [["c-1", "福克斯指出", 0, 5, None]]}]}
    store.save_corpus(payload)
    assert Store(tmp_path).load_corpus() == payload
    assert files_under(tmp_path / ".argmap") == {"corpus.json"}
    (tmp_path / ".argmap" / "corpus.json").write_text('{"tag": "t", "documents": [')
    assert store.load_corpus() is None
    (tmp_path / ".argmap" / "corpus.json").write_text("[1, 2]")
    assert store.load_corpus() is None


@pytest.mark.parametrize("damage", [
    lambda data: data[:-7],  # torn in the hashes
    lambda data: data[:100],  # torn in the vectors
    lambda data: data + b"junk",
    lambda data: b"PK\x03\x04" + data,
])
def test_a_damaged_matrix_file_is_no_matrix(tmp_path, damage):
    store = Store(tmp_path)
    store.save_matrix("m", ["a", "b"], np.ones((2, 3), dtype=np.float32))
    path = store._matrix_path("m")
    path.write_bytes(damage(path.read_bytes()))
    assert Store(tmp_path).load_matrix("m") is None
