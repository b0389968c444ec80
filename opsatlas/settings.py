"""Paths and switches, each read from the environment in one place.

| variable              | default             | meaning                                             |
|-----------------------|---------------------|-----------------------------------------------------|
| OPSATLAS_DATA_DIR     | data/operations     | folder of operation records (`<id>.yaml`)           |
| OPSATLAS_GEOCODE      | off                 | `online` lets the CLI ask Nominatim for unknown towns |
| OPSATLAS_GEOCODE_CACHE| data/cache/geocode.json | persistent cache of online geocoding answers    |
| OPSATLAS_CACHE_DIR    | data/cache          | checked records and the gazetteer index; safe to delete |
| OPSATLAS_HISTORY_URL  | sqlite:///<parent of the data folder>/history.sqlite | database of the edit history (SQLAlchemy URL; PostgreSQL: postgresql+psycopg://...) |
| OPSATLAS_EDITORS      | (none)              | e-mail addresses allowed to edit, import and restore, comma-separated |
| OPSATLAS_LOCAL_EDITOR | (off)               | `Name <email>`: edit without signing in, only while the server listens on localhost |
| OPSATLAS_EDIT_GIT     | off                 | `on`: commit each save with the editor as author when the data folder is in a git repository |
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_ROOT = ROOT / "data"
GEO_DIR = DATA_ROOT / "geo"
DEFAULT_RECORDS_DIR = DATA_ROOT / "operations"


def records_dir() -> Path:
    """The folder of operation records the app and the CLI read."""
    value = os.environ.get("OPSATLAS_DATA_DIR")
    return Path(value).expanduser() if value else DEFAULT_RECORDS_DIR


def geocode_online() -> bool:
    return os.environ.get("OPSATLAS_GEOCODE", "off").strip().lower() == "online"


def geocode_cache_path() -> Path:
    value = os.environ.get("OPSATLAS_GEOCODE_CACHE")
    return Path(value).expanduser() if value else DATA_ROOT / "cache" / "geocode.json"


def cache_dir() -> Path:
    """Where derived, rebuildable files live (never a source of truth; safe to delete)."""
    value = os.environ.get("OPSATLAS_CACHE_DIR")
    return Path(value).expanduser() if value else DATA_ROOT / "cache"


def history_url() -> str:
    """Where the edit history lives: SQLite beside the records folder unless a URL is given."""
    value = os.environ.get("OPSATLAS_HISTORY_URL", "").strip()
    if value:
        return value
    return f"sqlite:///{records_dir().expanduser().resolve().parent / 'history.sqlite'}"


def editors() -> frozenset[str]:
    """The e-mail addresses allowed to edit (compared without regard to case)."""
    raw = os.environ.get("OPSATLAS_EDITORS", "")
    return frozenset(e.strip().lower() for e in raw.replace(";", ",").split(",") if e.strip())


def local_editor() -> str:
    """`Name <email>` of the one person editing on their own machine, or "" (local mode off)."""
    return os.environ.get("OPSATLAS_LOCAL_EDITOR", "").strip()


def edit_git() -> bool:
    return os.environ.get("OPSATLAS_EDIT_GIT", "off").strip().lower() == "on"
