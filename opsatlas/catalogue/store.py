"""The record store: one YAML file per operation in a folder.

Every file is loaded on its own (`validate.load_file`), so a bad file becomes problems for that
file while every other record keeps working. Loading is cheap when nothing changed: each file's
result is remembered in this process under its `os.stat` stamp, and across processes in the
record cache under its content hash, so a rerun reads no file and one edited file is the only
one parsed again. Every record carries the hash of its bytes, which caches key on; a later save
can refuse to overwrite a file that changed since it was read (optimistic concurrency).
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path

from .. import settings
from ..records.files import FileStamp, record_paths, record_stem, stamp
from ..records.problems import Problem, display_path
from ..records.schema import Operation
from .cache import places_state
from .validate import Loaded, load_file


def unique_titles(records: list[Operation]) -> dict[str, str]:
    """Operation id -> its title, with the id added where two of these operations share a title."""
    seen: dict[str, int] = {}
    for op in records:
        seen[op.title] = seen.get(op.title, 0) + 1
    return {op.id: op.title if seen[op.title] == 1 else f"{op.title} ({op.id})" for op in records}


class InvalidRecord(ValueError):
    """A record file that does not validate; its message is the `validate` lines (FILE:LINE: ...)."""


class NotFoundError(LookupError):
    """No record with that id in the store."""


@dataclass(frozen=True)
class Catalogue:
    """Every record of the store, loaded: the good ones by id, and the problems of the rest."""

    records: dict[str, Operation]
    problems: tuple[Problem, ...]
    fingerprint: str  # changes when any file of the folder does
    hashes: dict[str, str] = field(default_factory=dict)  # record id -> SHA-256 of its file

    @property
    def titles(self) -> dict[str, str]:
        """Record id -> a title that tells it apart from every other record's (for choosers)."""
        return unique_titles(list(self.records.values()))

    @property
    def bad_files(self) -> tuple[str, ...]:
        """The files that were not loaded, each once."""
        return tuple(dict.fromkeys(p.file for p in self.problems))


_memo: dict[str, tuple[tuple[FileStamp, str], Loaded]] = {}
_memo_lock = threading.Lock()


def _load(path: Path, folder: Path) -> Loaded:
    key = (stamp(path), places_state())
    name = str(path.absolute())
    with _memo_lock:
        hit = _memo.get(name)
    if hit is not None and hit[0] == key and key[0].error == "":
        return hit[1]
    loaded = load_file(path, folder=folder)
    with _memo_lock:
        _memo[name] = (key, loaded)
    return loaded


def _refuse_duplicates(loaded: list[Loaded]) -> list[Loaded]:
    """Two files holding one id (`x.yaml` and `x.yml`): neither is loaded, both are reported."""
    by_id: dict[str, list[Loaded]] = {}
    for item in loaded:
        if item.record is not None:
            by_id.setdefault(item.record.id, []).append(item)
    out = []
    for item in loaded:
        record = item.record
        twins = by_id.get(record.id, []) if record is not None else []
        if record is not None and len(twins) > 1:
            others = ", ".join(t.path.name for t in twins if t is not item)
            out.append(Loaded(item.path, None, [Problem(
                display_path(item.path), 1, "id",
                f"the record {record.id!r} is also in {others}: keep one of the files")], item.content_hash))
        else:
            out.append(item)
    return out


class RecordStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else settings.records_dir()

    def paths(self) -> list[Path]:
        """Every file named like a record (`.yaml` or `.yml`, any case), sorted by name."""
        return record_paths(self.folder)

    def stamps(self) -> tuple[FileStamp, ...]:
        """What `os.stat` says of every record file: cheap, and changes when any file may have."""
        return tuple(stamp(p) for p in self.paths())

    def load_files(self) -> list[Loaded]:
        """Every record file, checked on its own (two files with one id are both refused)."""
        return _refuse_duplicates([_load(p, self.folder) for p in self.paths()])

    def load_all(self) -> Catalogue:
        loaded = self.load_files()
        records = {item.record.id: item.record for item in loaded if item.record is not None}
        hashes = {item.record.id: item.content_hash for item in loaded if item.record is not None}
        problems = tuple(p for item in loaded for p in item.problems)
        digest = hashlib.sha256()
        for item in loaded:
            digest.update(f"{item.path.name}\0{item.content_hash}\0{len(item.problems)}\0".encode())
        return Catalogue(dict(sorted(records.items())), problems, digest.hexdigest(), dict(sorted(hashes.items())))

    def get(self, operation_id: str) -> Operation:
        """The record with this id, validated; raises NotFoundError or ValueError with the problems."""
        paths = [p for p in self.paths() if record_stem(p) == operation_id]
        if not paths:
            known = ", ".join(record_stem(p) for p in self.paths()) or "none"
            raise NotFoundError(f"no operation {operation_id!r} in {self.folder} (known: {known})")
        loaded = _refuse_duplicates([_load(p, self.folder) for p in paths])
        problems = [p for item in loaded for p in item.problems]
        if problems or loaded[0].record is None:
            raise InvalidRecord("\n".join(str(p) for p in problems))
        return loaded[0].record
