"""The deck: layers in drawing order, and a view that fits the operation's places."""

from __future__ import annotations

import json
import math

import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from ..view import OperationView
from .countries import base_layer, choropleth_layer, selected_layer
from .labels import NO_FRAME, Frame, frame_around, placed_label_rows, text_layer
from .marks import link_layer, point_layer, subdivision_layer
from .style import ARC, MAP_STYLE_URL
from .symbols import FINER_THAN


def _mercator_y(lat: float) -> float:
    lat = max(-85.0, min(85.0, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

MIN_ZOOM = -1.0


def _fit(points: list[tuple[float, float]], width: int, height: int, pad: float) -> pdk.ViewState:
    """Web-Mercator centre and zoom at which the points, padded by `pad` degrees, fit the map."""
    if not points:
        return pdk.ViewState(latitude=20, longitude=0, zoom=0.5)
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    lon_span = max(lons) - min(lons) + 2 * pad
    y_top, y_bottom = _mercator_y(max(lats) + pad / 2), _mercator_y(min(lats) - pad / 2)
    # At zoom 0 the world is 512 px wide (360 degrees) and 512 px high (2*pi in Mercator y).
    zoom = min(math.log2(width * 360 / (512 * lon_span)),
               math.log2(height * 2 * math.pi / (512 * (y_top - y_bottom))))
    mid_lat = math.degrees(2 * math.atan(math.exp((y_top + y_bottom) / 2)) - math.pi / 2)
    # Below zoom 0 the world is narrower than 512 px: a phone-wide map can hold operations that span
    # the globe (Trojan Shield: the United States to New Zealand). The map draws its own countries,
    # so nothing breaks there; MIN_ZOOM lets the reader zoom out that far too.
    return pdk.ViewState(latitude=round(mid_lat, 2), longitude=round((max(lons) + min(lons)) / 2, 2),
                         zoom=round(max(MIN_ZOOM, min(7.0, zoom)), 2), min_zoom=MIN_ZOOM)

def view_state(view: OperationView, focus: str | None = None, width: int = 640, height: int = 560
               ) -> pdk.ViewState:
    """Centre and zoom that fit the operation's places and link ends (or one country's places)."""
    if focus is not None:
        pts = [(p.lat, p.lon) for p in view.places.values()
               if p.iso3 == focus and p.lat is not None and p.lon is not None and p.precision != "country"]
        return _fit(pts, width, height, pad=4)
    # Frame what the map shows: places with a figure and the ends of the links drawn (a country named
    # only as a coordinator's seat must not widen the view until, on a phone, figures fall out of it).
    link_ends = {lk.to for lk in view.links} | {lk.from_place for lk in view.links}
    with_figures = {c.place for c in view.record.claims if c.place} | link_ends
    located = [p for p in view.places.values() if p.lat is not None and p.lon is not None]
    framed = [p for p in located if p.id in with_figures and (p.precision != "region" or p.id in link_ends)]
    pts = [(p.lat, p.lon) for p in framed or located if p.lat is not None and p.lon is not None]
    return _fit(pts, width, height, pad=20)

def close_up_country(view: OperationView) -> str | None:
    """The country with the most figures placed below country level, if any (gets a close-up map)."""
    counts: dict[str, int] = {}
    for p in view.figures.places:
        if p.iso3:
            counts[p.iso3] = counts.get(p.iso3, 0) + 1
    return min(counts, key=lambda k: (-counts[k], k)) if counts else None

class CompactDeck(pdk.Deck):
    """A Deck whose JSON has no indentation.

    pydeck writes `indent=2` (81 % of Víbora's map JSON was whitespace) and Streamlit sends
    whatever `to_json()` returns on every rerun. Same keys, same order (sorted), same serializer;
    checked with pydeck 0.9.3 and Streamlit 1.67 (tests/test_map.py fails if either changes it)."""

    def to_json(self) -> str:
        # Written once: a deck is not changed after it is built, and the app caches decks, so a
        # rerun that shows the same map does not serialize it again.
        memo = self.__dict__.get("_json_memo")
        if memo is None:
            memo = json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))
            self.__dict__["_json_memo"] = memo
        return memo


#: The narrowest map the app draws (a 390-px phone, less the page's margins). The initial view fits
#: every figure into this width, so nothing with a figure is out of frame on a phone; on a wider
#: screen the same view shows more of the world around it.
FIT_WIDTH = 340


def label_frame(initial: pdk.ViewState, position: tuple[float, float, float] | None = None,
                height: int = 520) -> Frame:
    """Where labels may go: inside the initial view at the narrowest map (FIT_WIDTH), so none runs
    off a phone's map; anywhere for a position from a shared link (its screen is unknown)."""
    if position is not None:
        return NO_FRAME
    return frame_around(float(initial.latitude), float(initial.longitude), float(initial.zoom), FIT_WIDTH - 8,
                        height - 8)


def build_deck(view: OperationView, focus: str | None = None, width: int = FIT_WIDTH, height: int = 520,
               precision: str = "any", selected: str | None = None,
               position: tuple[float, float, float] | None = None) -> pdk.Deck:
    """The map for one operation and metric.

    `focus`: a close-up of one country's places. `precision`: draw only figures placed at least
    that finely ('subdivision' hides country-only fills). `selected`: outline that country.
    `position`: (lat, lon, zoom) instead of the fitted view, e.g. from a shared link."""
    shown = FINER_THAN[precision]
    layers = [base_layer(focus)]
    if "country" in shown:
        layers.append(choropleth_layer(view, focus))
    if selected is not None:
        layers.append(selected_layer(selected))
    layers.append(link_layer(view))
    if "subdivision" in shown:
        layers.append(subdivision_layer(view))
    layers.append(point_layer(view, focus))
    if position is not None:
        initial = pdk.ViewState(latitude=round(position[0], 4), longitude=round(position[1], 4),
                                zoom=round(position[2], 2))
    else:
        initial = view_state(view, focus, width, height)
    # labels set by the one placer at the initial zoom (their places relative to each other do not
    # depend on the reader's screen width); what does not fit is listed by `unplaced_labels`
    texts, _ = placed_label_rows(view, float(initial.zoom), focus, precision, label_frame(initial, position, height))
    if focus is None:
        if "country" in shown:
            layers.append(text_layer("labels", texts.get("labels", []), (20, 20, 20, 255)))
        layers.append(text_layer("region-labels", texts.get("region-labels", []), ARC))
    else:
        layers.append(text_layer("place-labels", texts.get("place-labels", []), (20, 20, 20, 255)))
    return CompactDeck(
        layers=layers,
        initial_view_state=initial,
        map_style=MAP_STYLE_URL,
        map_provider="carto",  # with a local style URL: the provider only selects MapLibre
        tooltip={"text": "{tooltip}"},
    )
