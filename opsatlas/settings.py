"""Paths and switches, each read from the environment in one place.

| variable              | default             | meaning                                             |
|-----------------------|---------------------|-----------------------------------------------------|
| OPSATLAS_DATA_DIR     | data/operations     | folder of operation records (`<id>.yaml`)           |
| OPSATLAS_GEOCODE      | off                 | `online` lets the CLI ask Nominatim for unknown towns |
| OPSATLAS_GEOCODE_CACHE| data/cache/geocode.json | persistent cache of online geocoding answers    |
| OPSATLAS_CACHE_DIR    | data/cache          | derived caches rebuilt when stale (the gazetteer index); never a source of truth |
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
    """Where derived, rebuildable caches live (the gazetteer's name index)."""
    value = os.environ.get("OPSATLAS_CACHE_DIR")
    return Path(value).expanduser() if value else DATA_ROOT / "cache"
