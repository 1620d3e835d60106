"""Build the folium map from per-place rows: markers for towns, outlines or circles for areas.

Geo precision follows ACLED (1 the site or town, 2 near a town, 3 a governorate or region,
4 a country): 1–2 are solid clustered markers, 3 a translucent outline (or circle when no outline
is known), and 4 is not pinned at all — country-level events are listed beside the map.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import folium
import pandas as pd
from branca.element import MacroElement
from folium.plugins import MarkerCluster
from jinja2 import Template

from dashboard.filters import escaped
from dashboard.page_ready import MAP_DRAWN_JS

#: Colour per event type (the legend shows them); anything else is grey.
TYPE_COLOURS = {
    "airstrike": "#d62728",
    "clash": "#ff7f0e",
    "explosion": "#8c564b",
    "withdrawal": "#1f77b4",
    "evacuation": "#17becf",
    "deployment": "#9467bd",
    "crossing": "#2ca02c",
    "meeting": "#e377c2",
    "statement": "#7f7f7f",
    "protest": "#bcbd22",
    "arrest": "#393b79",
    "displacement": "#637939",
}
OTHER_COLOUR = "#555555"
AREA_RADIUS_METRES = 25_000
OSM_ATTRIBUTION = "© OpenStreetMap contributors"


def colour_of(event_type: object) -> str:
    """The legend colour of an event type."""
    return TYPE_COLOURS.get(str(event_type), OTHER_COLOUR)


def tooltip_html(name: str, name_ar: str, count: int) -> str:
    """Escaped tooltip: the English name, the Arabic name right-to-left, and the event count."""
    arabic = f' · <span dir="rtl">{escaped(name_ar)}</span>' if name_ar else ""
    return f"{escaped(name)}{arabic} — {int(count)} event{'s' if int(count) != 1 else ''}"


def legend_html(types: list[str]) -> str:
    """A small HTML legend of the event types present."""
    items = "".join(
        f'<span style="display:inline-block;margin-right:12px">'
        f'<span style="display:inline-block;width:11px;height:11px;border-radius:50%;'
        f'background:{colour_of(t)};margin-right:4px"></span>{escaped(t)}</span>'
        for t in types
    )
    return f'<div class="marsad-legend">{items}</div>'


class PlaceMarkers(MacroElement):
    """All the town markers of the map in one element: a JSON list turned into Leaflet circle
    markers by one loop, instead of a folium marker and tooltip (two Jinja templates) per place —
    the map of 10,000 events renders in a tenth of the time."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var rows = {{ this.rows_json }};
            for (var i = 0; i < rows.length; i++) {
                var r = rows[i];
                L.circleMarker([r[0], r[1]], {radius: r[2], weight: r[3], color: "#222",
                    fill: true, fillColor: r[4], fillOpacity: r[5], className: "marsad-marker"})
                 .bindTooltip(r[6], {sticky: true})
                 .addTo({{ this._parent.get_name() }});
            }
        })();
        {% endmacro %}
    """)

    def __init__(self, rows: list[list]) -> None:
        super().__init__()
        self._name = "PlaceMarkers"
        # "<" escaped so that no text can close the page's <script> element
        self.rows_json = (json.dumps(rows, ensure_ascii=False).replace("<", "\\u003c")
                          .replace(">", "\\u003e").replace("&", "\\u0026"))


class DrawnSignal(MacroElement):
    """Tells the app page that the map is drawn (see :mod:`dashboard.page_ready`); it comes
    last in the map's script, after every marker and outline is added."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.js }}
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__()
        self._name = "DrawnSignal"
        self.js = MAP_DRAWN_JS


def build_map(
    places: pd.DataFrame,
    *,
    outlines: dict | None = None,
    geometry: Callable[[str], dict | None] | None = None,
    tiles: bool = True,
    selected: str | None = None,
) -> folium.Map:
    """The map: an outline basemap (offline), optional OpenStreetMap tiles, one marker per place.

    ``places`` has one row per place (``place_id, name, name_ar, lat, lon, geo_precision, count,
    event_type``); ``geometry(place_id)`` gives an area's GeoJSON outline when known.
    """
    fmap = folium.Map(location=[35.0, 38.5], zoom_start=6, tiles=None, control_scale=True)
    fmap.options["maxZoom"] = 18  # clustering needs it, and with no tile layer nobody sets it
    if tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", attr=OSM_ATTRIBUTION).add_to(fmap)
    if outlines:
        folium.GeoJson(
            outlines, name="outlines",
            style_function=lambda f: {
                "color": "#444" if f["properties"]["kind"] == "country" else "#999",
                "weight": 1.2 if f["properties"]["kind"] == "country" else 0.6,
                "fill": f["properties"]["kind"] == "country", "fillColor": "#f4f1ea",
                "fillOpacity": 0.6,
            },
        ).add_to(fmap)
    cluster = MarkerCluster(name="places", options={"maxClusterRadius": 35}).add_to(fmap)
    pinned = places[places["geo_precision"].fillna(1).astype(int) < 4]
    markers = []
    for row in pinned.itertuples(index=False):
        colour = colour_of(row.event_type)
        weight = 3 if row.place_id == selected else 1
        if int(row.geo_precision) < 3:
            markers.append([float(row.lat), float(row.lon), 6 + min(int(row.count), 14), weight,
                            colour, 0.9 if int(row.geo_precision) == 1 else 0.55,
                            tooltip_html(row.name, row.name_ar or "", row.count)])
        else:
            tip = folium.Tooltip(tooltip_html(row.name, row.name_ar or "", row.count))
            shape = geometry(row.place_id) if geometry else None
            if shape:
                folium.GeoJson(
                    {"type": "Feature", "geometry": shape,
                     "properties": {"name": str(row.name), "place_id": str(row.place_id)}},
                    style_function=lambda _f, c=colour, w=weight: {
                        "color": c, "weight": w, "fillColor": c, "fillOpacity": 0.18},
                ).add_to(fmap)
            folium.Circle([row.lat, row.lon], radius=AREA_RADIUS_METRES if not shape else 4000,
                          color=colour, weight=weight, fill=True, fill_opacity=0.25,
                          tooltip=tip, class_name="marsad-area").add_to(fmap)
    PlaceMarkers(markers).add_to(cluster)
    if not pinned.empty:
        south, north = pinned["lat"].min(), pinned["lat"].max()
        west, east = pinned["lon"].min(), pinned["lon"].max()
        pad = 0.3
        fmap.fit_bounds([[south - pad, west - pad], [north + pad, east + pad]])
    if tiles:
        folium.LayerControl(collapsed=True).add_to(fmap)
    DrawnSignal().add_to(fmap)
    return fmap
