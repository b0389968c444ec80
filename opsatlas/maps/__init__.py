"""Maps as pydeck objects. Builders return objects and never render.

Coordinates are (lat, lon) everywhere in the package; `style.position` is the one place that
turns them into deck.gl's [lon, lat]. Layer data are plain sorted lists of dicts with rounded
numbers, so the same record gives the same deck JSON, byte for byte.

How uncertainty looks (`style.legend_items` says the same in words):
- a country with a stated count: filled, darker for more, with its number on it;
- a country named without a count: pale fill, dark outline, "?" on it;
- a disputed country: no fill, thick orange outline, "disputed" on it;
- a province or state: an open ring (somewhere in it), with its number;
- a town: a solid dot;
- a link: an arc from one place to another at their own precision.
"""

from .deck import build_deck, close_up_country, view_state
from .legend import legend_svg
from .style import legend_items

__all__ = ["build_deck", "close_up_country", "legend_items", "legend_svg", "view_state"]
