from pathlib import Path

import pytest

from argmap.config import DEFAULT_MODEL, load_settings, parse_settings
from argmap.errors import SettingsError

GOOD = """
[corpus]
title = "Digital labour"
seed = 3
exclude = ["README.md"]

[[debate]]
id = "platform-value"
question = "Does unpaid platform activity create value?"
pro = ["Users' unpaid activity creates value for platforms."]
con = "Platforms earn rent; users create no value."
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "argmap.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_contract_fields(tmp_path):
    settings = parse_settings(write(tmp_path, GOOD))
    assert settings.title == "Digital labour"
    assert settings.seed == 3
    assert settings.model == DEFAULT_MODEL
    assert settings.exclude == ["README.md"]
    (debate,) = settings.debates
    assert debate.id == "platform-value"
    assert debate.con == ["Platforms earn rent; users create no value."]


def test_missing_file_gives_defaults_and_model_override(tmp_path):
    settings = load_settings(tmp_path, model_override="fake")
    assert settings.debates == [] and settings.model == "fake"


def test_mistyped_keys_are_named_with_valid_ones(tmp_path):
    path = write(tmp_path, GOOD.replace("seed = 3", "sede = 3").replace('question =', 'questoin ='))
    with pytest.raises(SettingsError) as info:
        parse_settings(path)
    message = str(info.value)
    assert "argmap.toml" in message
    assert "corpus.sede" in message and "did you mean 'seed'" in message
    assert "debate[1].questoin" in message and "Valid keys: id, question, pro, con" in message


def test_every_problem_reported_at_once(tmp_path):
    path = write(tmp_path, '[corpus]\nseed = "x"\n[[debate]]\nid = "a b"\n[[debate]]\nid = "ok"\nquestion = "?"\n')
    with pytest.raises(SettingsError) as info:
        parse_settings(path)
    message = str(info.value)
    assert "seed' must be an integer" in message
    assert "debate[1].id" in message
    assert "debate[2]' needs at least one 'pro'" in message


def test_invalid_toml_names_file(tmp_path):
    with pytest.raises(SettingsError, match="not valid TOML"):
        parse_settings(write(tmp_path, "[corpus\n"))
