"""What a snapshot shows and how big it is, and the few words it prints, in each language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


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

#: The smallest text a snapshot may show, in CSS px, at the width the image is meant to be shown at.
MIN_TEXT_CSS_PX = 11.0


@dataclass(frozen=True)
class Preset:
    """An image size, and the width in CSS px it is meant to be shown at: text is sized so that
    none is below MIN_TEXT_CSS_PX there (an image shown at half its width needs twice the px)."""

    width: int
    height: int
    shown_at: int
    where: str

    @property
    def min_text_px(self) -> float:
        return min_text_px(self.width, self.shown_at)


#: name -> size and display width, declared once (the CLI's and the app's choices).
#: The widths are those at which every shipped record's panel still fits beside or below a map
#: (see tests/test_print.py): shown smaller, text falls below 11 CSS px; `phone` is for phones.
PRESETS: dict[str, Preset] = {
    "article": Preset(1600, 900, 1000, "a wide article figure, 1000 CSS px"),
    "social": Preset(1200, 675, 900, "a social-media image opened on a desktop, 900 CSS px"),
    "square": Preset(1080, 1080, 720, "a square figure 720 CSS px wide"),
    "phone": Preset(1080, 1920, 390, "the full width of a 390 CSS px phone"),
}


def min_text_px(width: int, shown_at: int | None) -> float:
    """The smallest text, in image px, of an image `width` px wide shown `shown_at` CSS px wide
    (None: shown at its own width)."""
    return MIN_TEXT_CSS_PX * width / (shown_at or width)


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
    #: CSS px wide the image is meant to be shown at (None: at its own width); text grows to stay legible there
    shown_at: int | None = None

    def __post_init__(self) -> None:
        if not (320 <= self.width <= 6000 and 320 <= self.height <= 6000):
            raise ValueError("width and height must be between 320 and 6000 pixels")
        if self.shown_at is not None and not (self.width / 3 <= self.shown_at <= self.width):
            raise ValueError(f"shown_at must be between a third of the width and the width ({self.width} px)")
        if self.lang not in WORDS:
            raise ValueError(f"unknown language {self.lang!r}: use one of {', '.join(sorted(WORDS))}")

    @classmethod
    def for_preset(cls, name: str, **kwargs: Any) -> SnapshotOptions:
        """Options for one of PRESETS: its size and the width it is shown at."""
        if name not in PRESETS:
            raise ValueError(f"unknown preset {name!r}: use one of {', '.join(PRESETS)}")
        p = PRESETS[name]
        return cls(width=p.width, height=p.height, shown_at=p.shown_at, **kwargs)

    @property
    def min_text_px(self) -> float:
        """The smallest text this image may carry, in image px."""
        return min_text_px(self.width, self.shown_at)


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
