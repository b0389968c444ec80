"""Saving, restoring and opening records for editing: the only way the app changes a record file.

Every call that writes takes the `Identity` of the session and checks it first (`require_editor`).
A save:
1. takes the records folder's lock (saves by other processes wait);
2. reads the file and compares its SHA-256 with the hash the edit was based on: a file that
   changed since is not overwritten (`Conflict` carries both versions);
3. validates the new text exactly as `validate` does (`Invalid` carries the FILE:LINE problems):
   an invalid record is never written;
4. does nothing when the new text is the file's text;
5. notes in the history any change made outside the app since the last logged version (and the
   file as first found), so that every version stays restorable;
6. writes atomically (`atomic.write_atomic`), logs the save, and commits it to git if asked.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import settings
from ..records.files import FileProblem, decode, read_record_bytes
from ..records.problems import Problem
from ..records.schema import _slug
from ..catalogue.validate import Loaded, check_bytes
from . import atomic, gitlog, history
from .auth import Identity, require_editor

Checkpoint = Callable[[str], None]


class Conflict(Exception):
    """The file changed since the edit began. Both versions are kept here; nothing was written."""

    def __init__(self, record_id: str, current_text: str, current_hash: str, proposed_text: str) -> None:
        super().__init__(f"{record_id} was changed by someone else since you opened it: nothing was saved. "
                         "Compare both versions, then apply your change to the current one.")
        self.record_id = record_id
        self.current_text = current_text
        self.current_hash = current_hash
        self.proposed_text = proposed_text


class Invalid(ValueError):
    """The new text does not pass validation; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("the record has problems and was not saved:\n" + "\n".join(str(p) for p in problems))
        self.problems = problems


class SaveFailed(Exception):
    """The file or the history could not be written; the message says why and what to do."""


@dataclass(frozen=True)
class Opened:
    """A record as an editor starts from: its text and the hash a save will be checked against."""

    record_id: str
    path: Path
    text: str
    base_hash: str  # "" when the file does not exist yet


@dataclass(frozen=True)
class Saved:
    record_id: str
    changed: bool  # False: the text was the file's text, nothing was written or logged
    new_hash: str
    diff: str
    entry: int | None = None  # the history entry of this save
    notes: list[str] = field(default_factory=list)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def folder_of(folder: Path | None) -> Path:
    return folder if folder is not None else settings.records_dir()


def record_path(record_id: str, folder: Path | None = None) -> Path:
    """`<folder>/<id>.yaml`; the id must be a slug (it becomes a file name)."""
    try:
        _slug(record_id)
    except ValueError as exc:
        raise ValueError(f"record id: {exc}") from None
    base = folder_of(folder)
    for suffix in (".yaml", ".yml", ".YAML", ".YML"):
        if (base / f"{record_id}{suffix}").exists():
            return base / f"{record_id}{suffix}"
    return base / f"{record_id}.yaml"


def _read(path: Path) -> bytes | None:
    if not path.exists() and not path.is_symlink():
        return None
    try:
        return read_record_bytes(path, path.parent)
    except FileProblem as exc:
        raise SaveFailed(f"{path.name} {exc}") from None


def open_record(record_id: str, folder: Path | None = None) -> Opened:
    path = record_path(record_id, folder)
    raw = _read(path)
    if raw is None:
        return Opened(record_id, path, "", "")
    return Opened(record_id, path, decode(raw), sha256(raw))


def unified_diff(old: str, new: str, name: str) -> str:
    """A readable diff of two versions of a record (`a/` the old, `b/` the new)."""
    return "".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        fromfile=f"a/{name}" if old else "/dev/null", tofile=f"b/{name}", n=2))


def check(record_id: str, text: str, folder: Path | None = None) -> Loaded:
    """Validate `text` as the file of `record_id` would be validated (file name, lines, gazetteer)."""
    return check_bytes(record_path(record_id, folder), text.encode("utf-8"))


def _catch_up(record_id: str, current: bytes | None, current_hash: str, url: str | None) -> None:
    """Log the file as it is now when the history does not end with it (first save, or a hand edit)."""
    if current is None:
        return
    last = history.latest(record_id, url)
    if last is not None and last.new_hash == current_hash:
        return
    text = decode(current)
    if last is None:
        history.append(record_id, "outside", "", "as first found", "", current_hash, "", text,
                       "the file as it was before its first save in the app", url)
    else:
        history.append(record_id, "outside", "", "outside the app", last.new_hash, current_hash,
                       unified_diff(last.text, text, f"{record_id}.yaml"), text,
                       "changed outside the app since the last save logged here", url)


def save(identity: Identity, record_id: str, text: str, base_hash: str, *, folder: Path | None = None,
         action: str = "save", note: str = "", checkpoint: Checkpoint | None = None,
         history_url: str | None = None) -> Saved:
    """Write `text` as the record `record_id`, if `identity` is an editor and the file is still the
    version `base_hash` names ("" for a record that has no file yet). See the module's docstring."""
    require_editor(identity)
    step = checkpoint or (lambda _s: None)
    path = record_path(record_id, folder)
    data = text.encode("utf-8")
    loaded = check_bytes(path, data)
    if not loaded.ok:
        raise Invalid(loaded.problems)
    try:
        with atomic.folder_lock(path.parent):
            step("locked")
            current = _read(path)
            current_hash = sha256(current) if current is not None else ""
            if current_hash != base_hash:
                raise Conflict(record_id, decode(current) if current is not None else "", current_hash, text)
            new_hash = sha256(data)
            if current == data:
                return Saved(record_id, False, new_hash, "")
            old_text = decode(current) if current is not None else ""
            diff = unified_diff(old_text, text, path.name)
            _catch_up(record_id, current, current_hash, history_url)
            atomic.remove_leftovers(path)
            atomic.write_atomic(path, data, step)
            notes = []
            try:
                entry: int | None = history.append(record_id, action, identity.email,
                                                   identity.name or identity.email, current_hash, new_hash, diff,
                                                   text, note, history_url)
            except history.HistoryError as exc:
                # The file is saved; the next save logs this version as changed outside the app.
                entry = None
                notes.append(f"saved, but not logged in the history: {exc}")
            step("logged")
    except atomic.WriteError as exc:
        raise SaveFailed(str(exc)) from None
    except history.HistoryError as exc:  # before anything was written
        raise SaveFailed(f"{exc}. Nothing was changed.") from None
    if settings.edit_git():
        summary = f"{action} {record_id} in Operations Atlas" + (f": {note}" if note else "")
        git_note = gitlog.commit(path, identity, summary)
        if git_note:
            notes.append(git_note)
    return Saved(record_id, True, new_hash, diff, entry, notes)


def restore(identity: Identity, record_id: str, entry: int, base_hash: str, *, folder: Path | None = None,
            history_url: str | None = None, checkpoint: Checkpoint | None = None) -> Saved:
    """Save the text of an earlier history entry as the record's current version (itself a save)."""
    require_editor(identity)
    old = history.get(entry, history_url)
    if old is None or old.record_id != record_id:
        raise ValueError(f"the history has no entry {entry} for {record_id}")
    return save(identity, record_id, old.text, base_hash, folder=folder, action="restore",
                note=f"restores entry {entry} ({old.at:%Y-%m-%d %H:%M} UTC)", history_url=history_url,
                checkpoint=checkpoint)
