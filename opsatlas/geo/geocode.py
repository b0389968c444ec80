"""Optional online geocoding (geopy's Nominatim) behind a persistent cache.

Off by default. The app never calls it; the CLI uses it only when OPSATLAS_GEOCODE=online.
Answers, including "not found", are stored in a JSON file so a place is asked for at most once
and later runs, tests and the app read the cache offline.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol

from .. import settings

USER_AGENT = "operations-atlas/0.1 (offline-first newsroom map; cached, 1 request/s)"


class Geocoder(Protocol):
    def geocode(self, query: str, **kwargs: Any) -> Any: ...


class CachedGeocoder:
    """Look up 'town, country' once; remember the answer on disk."""

    def __init__(self, cache_path: Path | None = None, online: bool | None = None,
                 geocoder: Geocoder | None = None) -> None:
        self.cache_path = cache_path or settings.geocode_cache_path()
        self.online = settings.geocode_online() if online is None else online
        self._geocoder = geocoder
        self._cache: dict[str, list[float] | None] = self._read()

    def _read(self) -> dict[str, list[float] | None]:
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.cache_path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._cache, fh, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(tmp, self.cache_path)  # atomic: a crash never leaves half a cache

    @staticmethod
    def key(name: str, iso2: str) -> str:
        return f"{name.strip().casefold()}|{iso2.upper()}"

    def lookup(self, name: str, iso2: str) -> tuple[float, float] | None:
        """(lat, lon) from the cache, or online when enabled; None when unknown."""
        key = self.key(name, iso2)
        if key in self._cache:
            hit = self._cache[key]
            return (hit[0], hit[1]) if hit else None
        if not self.online:
            return None
        geocoder = self._geocoder or self._nominatim()
        location = geocoder.geocode(name, country_codes=iso2.lower(), exactly_one=True, timeout=10)
        answer = None
        if location is not None:
            lat, lon = float(location.latitude), float(location.longitude)
            if -90 <= lat <= 90 and -180 <= lon <= 180:  # geopy wraps out-of-range values silently
                answer = [round(lat, 5), round(lon, 5)]
        self._cache[key] = answer
        self._write()
        return (answer[0], answer[1]) if answer else None

    @staticmethod
    def _nominatim() -> Geocoder:
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        limited = RateLimiter(Nominatim(user_agent=USER_AGENT).geocode, min_delay_seconds=1.0)

        class _Limited:
            def geocode(self, query: str, **kwargs: Any) -> Any:
                return limited(query, **kwargs)

        return _Limited()
