"""What a snapshot shows and how big it is, and the few words it prints, in each language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class UnknownFormat(ValueError):
    """A snapshot format that is not in SNAPSHOT_FORMATS."""


#: Snapshot formats, declared once: name -> MIME type (the CLI's choices, the app's buttons).
SNAPSHOT_FORMATS: dict[str, str] = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "html": "text/html",
}

#: What the map draws at least, declared once: name -> label (the CLI's and the app's choices).
DRAW_PRECISIONS: dict[str, str] = {
    "any": "any precision",
    "country": "a country or finer",
    "subdivision": "a province or finer",
    "point": "a town",
}

#: name -> (width, height) in pixels
PRESETS: dict[str, tuple[int, int]] = {
    "article": (1600, 900),
    "social": (1200, 675),
    "square": (1080, 1080),
    "phone": (1080, 1920),
}


@dataclass(frozen=True)
class SnapshotOptions:
    width: int = 1600
    height: int = 900
    metric: str | None = None
    as_of: date | None = None
    phase: str | None = None
    precision: str = "any"
    title: str | None = None
    subtitle: str | None = None
    credit: str = "Operations Atlas"
    lang: str = "en"

    def __post_init__(self) -> None:
        if not (320 <= self.width <= 6000 and 320 <= self.height <= 6000):
            raise ValueError("width and height must be between 320 and 6000 pixels")
        if self.lang not in WORDS:
            raise ValueError(f"unknown language {self.lang!r}: use one of {', '.join(sorted(WORDS))}")


#: The snapshot's own words. Record text (names, quotes, sources) is never translated.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "legend": "How to read this map", "credit": "Map", "not_drawn": "Not drawn at this scale", "boundaries": "Boundaries: Natural Earth (de facto)",
    },
    "es": {
        "legend": "Cómo leer este mapa", "credit": "Mapa", "not_drawn":
        "No dibujados a esta escala", "boundaries": "Fronteras: Natural Earth (de facto)",
    },
}
