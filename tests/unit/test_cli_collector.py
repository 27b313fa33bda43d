"""The ``argmap`` command holds Python's cycle collector off; ``argmap open``, which lives on, turns it on."""

import gc
from pathlib import Path

import pytest

from argmap import cli


@pytest.fixture
def collector():
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()


def test_a_command_runs_without_the_cycle_collector(collector, monkeypatch):
    seen = []
    monkeypatch.setattr(cli, "main", lambda: seen.append(gc.isenabled()) or 3)

    def exit_now(code):
        raise SystemExit(code)

    monkeypatch.setattr(cli.os, "_exit", exit_now)
    monkeypatch.setattr(cli.sys, "gettrace", lambda: None)  # as when no coverage tool watches
    monkeypatch.setattr(cli.sys, "getprofile", lambda: None)
    gc.enable()
    with pytest.raises(SystemExit) as stopped:
        cli.run()
    assert stopped.value.code == 3
    assert seen == [False]


def test_the_app_runs_with_the_cycle_collector(collector, monkeypatch, tmp_path: Path):
    import argmap.tui

    seen = []
    monkeypatch.setattr(argmap.tui, "run", lambda folder, model: seen.append((folder, gc.isenabled())))
    gc.disable()
    assert cli.main(["open", str(tmp_path)]) == 0
    assert seen == [(tmp_path, True)]
