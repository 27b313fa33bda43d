"""The ``argmap open`` Textual app. Textual is imported only when the app runs."""

from __future__ import annotations

from pathlib import Path


def run(root: Path, model: str | None = None) -> None:
    """Open the app on a corpus folder (builds in the background when the map is stale)."""
    from argmap.session import Session
    from argmap.tui.app import make_app

    make_app(Session(root, model)).run()
