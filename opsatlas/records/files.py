"""Find record files in a folder and read them without trusting the folder.

A records folder is shared and edited by hand, so anything may turn up in it: a symlink to
`/dev/zero` (read until the kernel killed the process at 20 GB), a symlink loop, a file the app's
user cannot read, a pipe that blocks the reader forever, a `.yml` file that used to be ignored
without a word. Each of these becomes a `FileProblem` for that one file, and every other record
keeps working. Nothing is read past `MAX_BYTES`, nothing outside the folder is read, and a
refused link never shows where it points.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .yamlio import MAX_BYTES

#: Record files, matched without regard to case (`.yml` and `.YAML` too).
SUFFIXES = (".yaml", ".yml")


class FileProblem(Exception):
    """A record file that cannot be read; the message says why and what to do."""


@dataclass(frozen=True)
class FileStamp:
    """What `os.stat` says about a file: changes whenever its content may have changed."""

    name: str
    size: int
    mtime_ns: int
    inode: int
    error: str = ""


def is_record_name(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(SUFFIXES)


def record_stem(path: Path) -> str:
    """The file name without its record suffix: the id the file should hold."""
    lower = path.name.lower()
    for suffix in SUFFIXES:
        if lower.endswith(suffix):
            return path.name[: -len(suffix)]
    return path.stem


def record_paths(folder: Path) -> list[Path]:
    """Every entry of the folder named like a record, sorted by name (links and odd files included,
    so that they are reported rather than skipped)."""
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if is_record_name(e.name)]
    except OSError:
        return []
    return [folder / n for n in sorted(names)]


def stamp(path: Path) -> FileStamp:
    try:
        st = path.stat()
    except (OSError, RuntimeError) as exc:
        return FileStamp(path.name, -1, -1, -1, type(exc).__name__)
    return FileStamp(path.name, st.st_size, st.st_mtime_ns, st.st_ino)


def _inside(folder: Path, path: Path) -> Path:
    """The real path of `path`, which must lie inside the real `folder`."""
    try:
        real = path.resolve(strict=True)
    except RuntimeError:  # Python 3.11 reports a symlink loop this way
        raise FileProblem("is a symbolic link that leads back to itself (a loop): remove the link") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FileProblem("is a symbolic link that leads back to itself (a loop): remove the link") from None
        if exc.errno == errno.EACCES:
            raise FileProblem("cannot be read (permission denied): give the app's user read access, "
                              "e.g. chmod a+r, or remove the file") from None
        raise FileProblem("is a symbolic link to nothing, or has disappeared: remove the link") from None
    try:
        root = folder.resolve(strict=True)
    except (OSError, RuntimeError):
        raise FileProblem("its folder cannot be read") from None
    if real != root and root not in real.parents:
        # Never say where the link points: that would show a reader a path outside the folder.
        raise FileProblem("is a link to a file outside the records folder, which is never read: "
                          "copy the record into the folder instead")
    return real


def read_record_bytes(path: Path, folder: Path | None = None, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, at most `limit` of them; raises FileProblem.

    With `folder`, the file (after following links) must lie inside it. Only regular files are
    read; the size is checked before reading and again while reading (a file may grow)."""
    target = _inside(folder, path) if folder is not None else path
    try:
        st = os.stat(target)
    except PermissionError:
        raise FileProblem("cannot be read (permission denied): give the app's user read access, "
                          "e.g. chmod a+r, or remove the file") from None
    except (OSError, RuntimeError):
        raise FileProblem("cannot be found or is a broken link: remove it") from None
    if not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "a device, pipe or socket"
        raise FileProblem(f"is {kind}, not a record file: remove it or rename it")
    if st.st_size > limit:
        raise FileProblem(f"is larger than {limit:,} bytes ({st.st_size:,}): split the record or trim it")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if folder is not None:  # `target` is the resolved path: a link put there since is not followed
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags)
    except PermissionError:
        raise FileProblem("cannot be read (permission denied): give the app's user read access, "
                          "e.g. chmod a+r, or remove the file") from None
    except OSError as exc:
        raise FileProblem(f"cannot be opened ({exc.strerror or type(exc).__name__}): check the file") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else since the stat above
            raise FileProblem("is not a regular file: remove it or rename it")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileProblem(f"is larger than {limit:,} bytes: split the record or trim it")
        return b"".join(chunks)
    except OSError as exc:
        raise FileProblem(f"cannot be read ({exc.strerror or type(exc).__name__}): check the disk and the file") \
            from None
    finally:
        os.close(fd)


def decode(raw: bytes) -> str:
    """UTF-8 text (a leading byte-order mark is dropped); raises UnicodeDecodeError."""
    return raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
