import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QUICKSTART = ROOT / "corpora" / "quickstart"
DIGITAL_LABOUR = ROOT / "corpora" / "digital-labour"
BAD = ROOT / "tests" / "fixtures" / "bad"


@pytest.fixture
def quickstart(tmp_path) -> Path:
    """A private copy, so builds never write into the repository."""
    dest = tmp_path / "quickstart"
    shutil.copytree(QUICKSTART, dest, ignore=shutil.ignore_patterns(".argmap"))
    return dest


@pytest.fixture(scope="session")
def built_digital_labour(tmp_path_factory) -> Path:
    from argmap.cli import main

    dest = tmp_path_factory.mktemp("dl") / "digital-labour"
    shutil.copytree(DIGITAL_LABOUR, dest, ignore=shutil.ignore_patterns(".argmap"))
    assert main(["build", str(dest), "--quiet"]) == 0
    return dest
