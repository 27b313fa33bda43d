"""Fixtures shared by the unit tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "mapping"))


@pytest.fixture(scope="session")
def cities_corpus():
    """The cities mapping fixture, a field no example corpus covers: (sentences, vectors, debates, references,
    embed, gold), with real use-multilingual-v3 vectors stored."""
    from loader import load

    return load("cities")
