"""The record store: one YAML file per operation in a folder.

Reading is all the store does today. Its shape is chosen for what comes next: every read
reports a content fingerprint, so a later save can refuse to overwrite a file that changed
since it was read (optimistic concurrency), and caches key on the same fingerprint.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .. import settings
from .problems import Problem
from .schema import Operation
from .validate import Loaded, load_file


class NotFoundError(LookupError):
    """No record with that id in the store."""


@dataclass(frozen=True)
class Catalogue:
    """Every record of the store, loaded: the good ones by id, and the problems of the rest."""

    records: dict[str, Operation]
    problems: tuple[Problem, ...]
    fingerprint: str


class RecordStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else settings.records_dir()

    def paths(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.glob("*.yaml") if p.is_file())

    def fingerprint(self) -> str:
        """SHA-256 over the names and bytes of every record file: changes when any file does."""
        digest = hashlib.sha256()
        for path in self.paths():
            digest.update(path.name.encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
        return digest.hexdigest()

    def load_all(self) -> Catalogue:
        loaded: list[Loaded] = [load_file(p) for p in self.paths()]
        records = {item.record.id: item.record for item in loaded if item.record is not None}
        problems = tuple(p for item in loaded for p in item.problems)
        return Catalogue(dict(sorted(records.items())), problems, self.fingerprint())

    def get(self, operation_id: str) -> Operation:
        """The record with this id, validated; raises NotFoundError or ValueError with the problems."""
        path = self.folder / f"{operation_id}.yaml"
        if not path.is_file():
            known = ", ".join(p.stem for p in self.paths()) or "none"
            raise NotFoundError(f"no operation {operation_id!r} in {self.folder} (known: {known})")
        loaded = load_file(path)
        if loaded.record is None:
            raise ValueError("\n".join(str(p) for p in loaded.problems))
        return loaded.record
