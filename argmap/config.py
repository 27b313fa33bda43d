"""``argmap.toml`` → typed settings. Every problem is collected and reported with file and key."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path

from argmap.errors import SettingsError
from argmap.model import DebateSpec

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SETTINGS_FILE = "argmap.toml"
DEFAULT_MODEL = "use-multilingual-v3"

_TOP_KEYS = ("corpus", "debate")
_CORPUS_KEYS = ("title", "model", "seed", "exclude")
_DEBATE_KEYS = ("id", "question", "pro", "con")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass
class Settings:
    title: str = ""
    model: str = DEFAULT_MODEL
    seed: int = 0
    exclude: list[str] = field(default_factory=list)
    debates: list[DebateSpec] = field(default_factory=list)
    path: Path | None = None  # the argmap.toml it came from, if any


class _Problems:
    def __init__(self, path: Path):
        self.path = path
        self.items: list[str] = []

    def unknown(self, where: str, key: str, valid: tuple[str, ...]) -> None:
        hint = get_close_matches(key, valid, n=1)
        did_you_mean = f"; did you mean '{hint[0]}'?" if hint else ""
        self.items.append(
            f"unknown key '{where}{key}'{did_you_mean} Valid keys: {', '.join(valid)}"
        )

    def add(self, text: str) -> None:
        self.items.append(text)

    def raise_if_any(self) -> None:
        if self.items:
            raise SettingsError("; ".join(self.items), path=str(self.path))


def _str_list(value: object, where: str, problems: _Problems) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    problems.add(f"'{where}' must be a string or a list of strings")
    return []


def load_settings(root: Path, model_override: str | None = None) -> Settings:
    """Read ``root/argmap.toml`` (absent: defaults). Raises SettingsError listing every problem."""
    path = root / SETTINGS_FILE
    settings = Settings()
    if path.is_file():
        settings = parse_settings(path)
    if model_override:
        settings.model = model_override
    return settings


def parse_settings(path: Path) -> Settings:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise SettingsError("is not UTF-8 text", path=str(path), remedy="save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"is not valid TOML: {exc}", path=str(path)) from None
    problems = _Problems(path)
    settings = Settings(path=path)
    for key in data:
        if key not in _TOP_KEYS:
            problems.unknown("", key, _TOP_KEYS)

    corpus = data.get("corpus", {})
    if not isinstance(corpus, dict):
        problems.add("'corpus' must be a table ([corpus])")
        corpus = {}
    for key, value in corpus.items():
        if key not in _CORPUS_KEYS:
            problems.unknown("corpus.", key, _CORPUS_KEYS)
        elif key == "title":
            settings.title = str(value)
        elif key == "model":
            if isinstance(value, str) and value.strip():
                settings.model = value.strip()
            else:
                problems.add("'corpus.model' must be a non-empty string")
        elif key == "seed":
            if isinstance(value, int) and not isinstance(value, bool):
                settings.seed = value
            else:
                problems.add("'corpus.seed' must be an integer")
        elif key == "exclude":
            settings.exclude = _str_list(value, "corpus.exclude", problems)

    debates = data.get("debate", [])
    if isinstance(debates, dict):
        debates = [debates]
    if not isinstance(debates, list):
        problems.add("'debate' must be an array of tables ([[debate]])")
        debates = []
    seen: set[str] = set()
    for n, table in enumerate(debates, 1):
        where = f"debate[{n}]"
        if not isinstance(table, dict):
            problems.add(f"'{where}' must be a table")
            continue
        for key in table:
            if key not in _DEBATE_KEYS:
                problems.unknown(f"{where}.", key, _DEBATE_KEYS)
        debate_id = table.get("id")
        question = table.get("question")
        if not isinstance(debate_id, str) or not _ID.match(debate_id):
            problems.add(f"'{where}.id' must be a short id of letters, digits, '-', '_' or '.'")
            continue
        if debate_id in seen:
            problems.add(f"'{where}.id' repeats the id '{debate_id}'")
        seen.add(debate_id)
        if not isinstance(question, str) or not question.strip():
            problems.add(f"'{where}.question' is missing: say what the debate asks, as a yes/no question")
            question = ""
        pro = _str_list(table.get("pro", []), f"{where}.pro", problems)
        con = _str_list(table.get("con", []), f"{where}.con", problems)
        if not pro or not con:
            problems.add(f"'{where}' needs at least one 'pro' and one 'con' statement")
        settings.debates.append(DebateSpec(debate_id, question.strip(), pro, con))
    problems.raise_if_any()
    return settings
