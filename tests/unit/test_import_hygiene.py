"""The core never imports Textual (DESIGN.md): checked in a fresh interpreter, as Harlequin does."""

import subprocess
import sys
from pathlib import Path

import argmap

CORE = sorted(
    "argmap." + ".".join(p.relative_to(Path(argmap.__file__).parent).with_suffix("").parts)
    for p in Path(argmap.__file__).parent.rglob("*.py")
    if "tui" not in p.parts and p.name not in ("cli.py", "__main__.py")
)


def test_core_modules_never_import_textual():
    modules = [m.removesuffix(".__init__") for m in CORE]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imported Textual: {out.stdout.strip()}"
    assert len(modules) > 10


def test_cli_starts_without_heavy_imports():
    code = (
        "import sys, argmap.cli\n"
        "heavy = [m for m in ('torch', 'spacy', 'sentence_transformers', 'textual', 'sklearn') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
