"""Shared fixtures for the Pilot and snapshot tests of the app."""

from __future__ import annotations

import pytest

from tests.functional.fakes import FakeSession


@pytest.fixture(autouse=True)
def no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor makes snapshots flaky (STYLE.md); the reactive is replaced by a constant."""
    monkeypatch.setattr("textual.widgets._input.Input.cursor_blink", False)


@pytest.fixture(autouse=True)
def no_color_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests decide colour themselves: a NO_COLOR in the developer's shell must not change snapshots."""
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def session() -> FakeSession:
    return FakeSession()
