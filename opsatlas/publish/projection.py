"""Equal Earth projection (Šavrič, Patterson and Jenny, 2018), fitted to a frame.

Equal-area, so countries keep their relative sizes: the right choice for a map whose fills count
things per country.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


@lru_cache(maxsize=65536)
def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Unscaled (x, y) with y up (remembered: layouts project the same marks many times)."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


@lru_cache(maxsize=1024)
def _unit_bounds(extent: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The projected extent's bounding box (unscaled), sampled along a 9 x 9 grid (meridians curve)."""
    lon0, lat0, lon1, lat1 = extent
    pts = [equal_earth(lon0 + (lon1 - lon0) * i / 8, lat0 + (lat1 - lat0) * j / 8) for i in range(9) for j in range(9)]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class Frame:
    """Maps (lon, lat) to pixel (x, y) inside a box, fitting a lon/lat extent with a margin."""

    scale: float
    dx: float
    dy: float

    @classmethod
    def fit(cls, extent: tuple[float, float, float, float], box: tuple[float, float, float, float]) -> Frame:
        """`extent` = (lon_min, lat_min, lon_max, lat_max); `box` = (x, y, width, height) in pixels."""
        x0, y0, x1, y1 = _unit_bounds(tuple(extent))
        bx, by, bw, bh = box
        scale = min(bw / max(1e-9, x1 - x0), bh / max(1e-9, y1 - y0))
        cx, cy = (x1 + x0) / 2, (y1 + y0) / 2
        return cls(scale, bx + bw / 2 - cx * scale, by + bh / 2 + cy * scale)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = equal_earth(lon, lat)
        return round(self.dx + x * self.scale, 1), round(self.dy - y * self.scale, 1)

    def bounds(self, extent: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """Pixel box (x0, y0, x1, y1) around a lon/lat extent, sampled along its edges."""
        lon0, lat0, lon1, lat1 = extent
        pts = [self(lon0 + (lon1 - lon0) * i / 8, lat0 + (lat1 - lat0) * j / 8)
               for i in range(9) for j in range(9) if i in (0, 8) or j in (0, 8)]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return min(xs), min(ys), max(xs), max(ys)

    @property
    def transform(self) -> str:
        """SVG transform from unscaled Equal Earth (x, y up) to this frame's pixels."""
        return f"matrix({self.scale:.4f} 0 0 {-self.scale:.4f} {self.dx:.2f} {self.dy:.2f})"
