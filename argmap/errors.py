"""One error hierarchy. Messages say which file, what is wrong, and what the reader can do.

The CLI prints ``str(error)`` once, without a traceback, and exits with ``error.exit_code``.
"""

from __future__ import annotations


class ArgmapError(Exception):
    exit_code = 1
    title = "argmap error"

    def __init__(self, problem: str, *, path: str | None = None, remedy: str | None = None):
        self.problem = problem
        self.path = path
        self.remedy = remedy
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.path}: {self.problem}" if self.path else self.problem
        if self.remedy:
            text += f" ({self.remedy})"
        return text


class UsageError(ArgmapError):
    title = "usage"


class SettingsError(ArgmapError):
    title = "settings"


class IngestError(ArgmapError):
    """One file could not be read. Ingestion turns these into warnings and goes on."""

    title = "unreadable file"


class ModelNotAvailable(ArgmapError):
    title = "model not available"


class NothingToMap(ArgmapError):
    exit_code = 2
    title = "nothing to map"


class AnnotationError(ArgmapError):
    title = "annotations"
