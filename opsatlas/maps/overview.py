"""The overview map: countries shaded by how many of the chosen operations involve them."""

from __future__ import annotations

import pandas as pd
import pydeck as pdk

from ..geo import boundaries
from .countries import base_layer
from .labels import text_layer
from .style import BLUES, MAP_STYLE_URL, position


def overview_deck(table: pd.DataFrame) -> pdk.Deck:
    """`table` is `overview.participation(...)`: code, country, operations, then one column per operation."""
    shapes = boundaries.countries()
    top = int(table["operations"].max()) if not table.empty else 1
    features, labels = [], []
    for _, row in table.sort_values("code").iterrows():
        shape = shapes.get(row["code"])
        if shape is None:
            continue
        n = int(row["operations"])
        colour = BLUES[min(len(BLUES) - 1, round((n - 1) / max(1, top - 1) * (len(BLUES) - 1)))] if top > 1 else BLUES[2]
        details = "; ".join(f"{col}: {row[col]}" for col in table.columns[3:] if row[col])
        features.append({"type": "Feature", "geometry": shape.geometry, "properties": {
            "iso3": row["code"], "fill": [*colour, 230],
            "tooltip": f"{row['country']}: {n} operation(s)\n{details}"}})
        labels.append({"id": row["code"], "position": position(shape.label_lat, shape.label_lon), "text": str(n),
                       "size": 14, "offset": [0, 0], "anchor": "middle"})
    layer = pdk.Layer("GeoJsonLayer", id="overview-countries",
                      data={"type": "FeatureCollection", "features": features}, pickable=True, stroked=True,
                      filled=True, get_fill_color="properties.fill", get_line_color=[40, 40, 40, 255],
                      line_width_min_pixels=1)
    return pdk.Deck(layers=[base_layer(), layer, text_layer("overview-labels", labels, (20, 20, 20, 255))],
                    initial_view_state=pdk.ViewState(latitude=20, longitude=0, zoom=0.6),
                    map_style=MAP_STYLE_URL, map_provider="carto", tooltip={"text": "{tooltip}"})
