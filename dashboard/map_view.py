"""Build the folium map from per-place rows: one marker per place, shape by geo precision."""

from __future__ import annotations

import folium
import pandas as pd
from folium.plugins import MarkerCluster

from dashboard.filters import escaped

AREA_PRECISIONS = frozenset({"governorate", "district", "region", "admin1", "admin2"})
AREA_RADIUS_METRES = 25_000


def tooltip_html(name: str, name_ar: str, count: int) -> str:
    """Escaped tooltip: the English name, the Arabic name right-to-left, and the event count."""
    return (
        f"{escaped(name)} · <span dir=\"rtl\">{escaped(name_ar)}</span>"
        f" — {int(count)} event{'s' if int(count) != 1 else ''}"
    )


def build_map(places: pd.DataFrame, colours: dict[str, str]) -> folium.Map:
    """Folium map with sites/towns as solid clustered markers and areas as translucent circles.

    Country-level rows are left out: they are listed beside the map, not pinned on a capital.
    """
    fmap = folium.Map(location=[35.0, 38.5], zoom_start=6, tiles="OpenStreetMap")
    cluster = MarkerCluster(name="places").add_to(fmap)
    pinned = places[places["geo_precision"] != "country"]
    for row in pinned.itertuples(index=False):
        colour = colours.get(row.event_type, "#555555")
        tip = folium.Tooltip(tooltip_html(row.name, row.name_ar, row.count))
        if row.geo_precision in AREA_PRECISIONS:
            folium.Circle(
                [row.lat, row.lon], radius=AREA_RADIUS_METRES, color=colour,
                fill=True, fill_opacity=0.2, tooltip=tip,
            ).add_to(fmap)
        else:
            folium.CircleMarker(
                [row.lat, row.lon], radius=6 + min(int(row.count), 20), color=colour,
                fill=True, fill_opacity=0.9, tooltip=tip,
            ).add_to(cluster)
    if not pinned.empty:
        fmap.fit_bounds(
            [[pinned["lat"].min(), pinned["lon"].min()], [pinned["lat"].max(), pinned["lon"].max()]]
        )
    return fmap
