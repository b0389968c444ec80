"""A problem in a record: where it is and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, order=True)
class Problem:
    """One line of `validate` output: `FILE:LINE: field.path: message`."""

    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.path}: {self.message}"


@dataclass(frozen=True)
class Finding:
    """A problem found inside a parsed record, before it is tied to a file and line."""

    loc: tuple[Any, ...]
    message: str


def dotted(loc: tuple[Any, ...]) -> str:
    """('claims', 3, 'count') -> 'claims[3].count'; () -> '(record)'."""
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "(record)"


def display_path(path: Path) -> str:
    """A path relative to the working directory when it is inside it, else as given.

    Only the folder is resolved: the file may be a link, and its target is never shown."""
    try:
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)
