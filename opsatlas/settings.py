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
