"""Paths and switches, each declared once here (name, default, meaning) and read from the
environment in one place. The README's settings table lists every one (a test checks it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_ROOT = ROOT / "data"
GEO_DIR = DATA_ROOT / "geo"
DEFAULT_RECORDS_DIR = DATA_ROOT / "operations"


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    def raw(self) -> str | None:
        value = os.environ.get(self.name)
        return value if value not in (None, "") else None


SETTINGS: tuple[Setting, ...] = (
    Setting("OPSATLAS_DATA_DIR", "data/operations", "folder of operation records (`<id>.yaml`)"),
    Setting("OPSATLAS_GEOCODE", "off", "`online` lets the command line ask OpenStreetMap Nominatim for a town the "
                                       "offline gazetteer does not know (1 request/s, cached); the app never asks"),
    Setting("OPSATLAS_GEOCODE_CACHE", "data/cache/geocode.json", "where online geocoding answers are kept"),
    Setting("OPSATLAS_CACHE_DIR", "data/cache", "checked records and the gazetteer index; safe to delete"),
    Setting("OPSATLAS_HISTORY_URL", "sqlite:///<data folder's parent>/history.sqlite",
            "the edit history's database (SQLAlchemy URL; PostgreSQL: postgresql+psycopg://...)"),
    Setting("OPSATLAS_EDITORS", "(none)", "e-mail addresses allowed to edit, import and restore, comma-separated"),
    Setting("OPSATLAS_LOCAL_EDITOR", "(off)", "`Name <email>`: edit without signing in, only while the server "
                                              "listens on localhost"),
    Setting("OPSATLAS_EDIT_GIT", "off", "`on`: commit each save with the editor as author when the data folder is "
                                        "in a git repository"),
)

SETTING: dict[str, Setting] = {s.name: s for s in SETTINGS}


def _path(name: str, default: Path) -> Path:
    value = SETTING[name].raw()
    return Path(value).expanduser() if value else default


def records_dir() -> Path:
    """The folder of operation records the app and the CLI read."""
    return _path("OPSATLAS_DATA_DIR", DEFAULT_RECORDS_DIR)


_online_allowed = False


def allow_online_geocoding() -> None:
    """Called by the command line only: the app never geocodes online, whatever the setting says."""
    global _online_allowed
    _online_allowed = True


def geocode_online() -> bool:
    """OPSATLAS_GEOCODE=online, in a process that allows it (the command line)."""
    return _online_allowed and (SETTING["OPSATLAS_GEOCODE"].raw() or "off").strip().lower() == "online"


def geocode_cache_path() -> Path:
    return _path("OPSATLAS_GEOCODE_CACHE", DATA_ROOT / "cache" / "geocode.json")


def cache_dir() -> Path:
    """Where derived, rebuildable files live (never a source of truth; safe to delete)."""
    return _path("OPSATLAS_CACHE_DIR", DATA_ROOT / "cache")


def history_url() -> str:
    """Where the edit history lives: SQLite beside the records folder unless a URL is given."""
    value = SETTING["OPSATLAS_HISTORY_URL"].raw()
    if value:
        return value.strip()
    return f"sqlite:///{records_dir().expanduser().resolve().parent / 'history.sqlite'}"


def editors() -> frozenset[str]:
    """The e-mail addresses allowed to edit (compared without regard to case)."""
    raw = SETTING["OPSATLAS_EDITORS"].raw() or ""
    return frozenset(e.strip().lower() for e in raw.replace(";", ",").split(",") if e.strip())


def local_editor() -> str:
    """`Name <email>` of the one person editing on their own machine, or "" (local mode off)."""
    return (SETTING["OPSATLAS_LOCAL_EDITOR"].raw() or "").strip()


def edit_git() -> bool:
    return (SETTING["OPSATLAS_EDIT_GIT"].raw() or "off").strip().lower() == "on"
