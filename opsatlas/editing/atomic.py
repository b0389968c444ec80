"""Writing a file so that a crash at any moment leaves the old file or the new one, never a mix.

The new bytes go to a temporary file in the same folder (same file system, so the rename is
atomic), which is flushed and synced; `os.replace` swaps it in; the folder is synced so that the
rename itself survives a power cut. Temporary names start with a dot, which the record store
never reads, and a later save removes any a crash left behind.

Each step calls `checkpoint(step)`: tests stop the writing process there to prove the claim.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

#: The steps of a save, in order, as `checkpoint` hears them.
STEPS = ("locked", "temp-written", "temp-synced", "replaced", "folder-synced")

LOCK_NAME = ".opsatlas-edit.lock"
TEMP_SUFFIX = ".tmp"
#: A temporary file older than this is a crash's leftover (a save takes well under a second).
STALE_SECONDS = 600

Checkpoint = Callable[[str], None]


def _no_checkpoint(step: str) -> None:
    return None


class WriteError(Exception):
    """The file could not be written; the message says why and what to do. Nothing was changed."""


_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def explain(exc: OSError, folder: Path) -> WriteError:
    """A clear message for an OS error met while saving into `folder`."""
    if exc.errno in _READ_ONLY:
        return WriteError(f"cannot write to the records folder {folder}: it is read-only for the app "
                          f"({exc.strerror}). Nothing was changed and your edit is kept in the editor: give the "
                          "app's user write access to the folder, or set OPSATLAS_DATA_DIR to a writable folder.")
    if exc.errno in _FULL:
        return WriteError(f"the disk holding the records folder {folder} is full ({exc.strerror}). Nothing was "
                          "changed and your edit is kept in the editor: free some space, then save again.")
    return WriteError(f"could not write to the records folder {folder} ({exc.strerror or type(exc).__name__}). "
                      "Nothing was changed and your edit is kept in the editor: check the disk and the folder.")


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock over saves into `folder`, across processes (released on exit or on a crash)."""
    path = folder / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as exc:
        if exc.errno in _READ_ONLY and path.exists():
            try:
                fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            except OSError as again:
                raise explain(again, folder) from None
        else:
            raise explain(exc, folder) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _temp_names(target: Path) -> Iterator[Path]:
    prefix = f".{target.name}."
    try:
        with os.scandir(target.parent) as entries:
            for e in entries:
                if e.name.startswith(prefix) and e.name.endswith(TEMP_SUFFIX):
                    yield target.parent / e.name
    except OSError:
        return


def remove_leftovers(target: Path, older_than: float = STALE_SECONDS) -> int:
    """Delete temporary files of `target` that a crashed save left behind; returns how many."""
    removed = 0
    now = time.time()
    for path in _temp_names(target):
        try:
            if now - path.lstat().st_mtime >= older_than:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes, checkpoint: Checkpoint = _no_checkpoint) -> None:
    """Replace `target` with `data` atomically (see the module's docstring); raises WriteError.

    The caller holds `folder_lock`. The file's permission bits are kept (0644 for a new file)."""
    folder = target.parent
    temp = folder / f".{target.name}.{os.getpid()}.{time.monotonic_ns()}{TEMP_SUFFIX}"
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    fd = -1
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        checkpoint("temp-written")
        os.fsync(fd)
        os.close(fd)
        fd = -1
        checkpoint("temp-synced")
        os.replace(temp, target)
    except OSError as exc:
        if fd >= 0:
            os.close(fd)
        try:
            temp.unlink()
        except OSError:
            pass
        raise explain(exc, folder) from None
    checkpoint("replaced")
    try:
        _fsync_folder(folder)  # the new file is in place: a folder that cannot be synced changes nothing
    except OSError:
        pass
    checkpoint("folder-synced")
