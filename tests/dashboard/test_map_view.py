import pandas as pd

from dashboard.map_view import build_map, colour_of, legend_html, tooltip_html
from dashboard.offline import STATIC_URL, localize


def _places() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "place_id": ["abukamal", "deir", "sy"],
            "name": ["Abu Kamal", "<script>alert(1)</script>", "Syria"],
            "name_ar": ["البوكمال", "دير الزور", "سوريا"],
            "lat": [34.45, 35.33, 33.51],
            "lon": [40.92, 40.14, 36.29],
            "geo_precision": [1, 3, 4],
            "count": [2, 1, 4],
            "event_type": ["airstrike", "clash", "clash"],
        }
    )


def test_tooltip_carries_both_names_and_count():
    tip = tooltip_html("Abu Kamal", "البوكمال", 2)
    assert "Abu Kamal" in tip and "البوكمال" in tip and "2 events" in tip


def test_map_escapes_place_names_and_never_emits_their_script_tag():
    html = build_map(_places()).get_root().render()
    assert "alert(1)</script>" not in html


def test_town_is_clustered_marker_governorate_is_outline_country_not_pinned():
    square = {"type": "Polygon", "coordinates": [[[40, 35], [41, 35], [41, 36], [40, 35]]]}
    fmap = build_map(_places(), geometry=lambda pid: square if pid == "deir" else None)
    html = fmap.get_root().render()
    assert "L.circleMarker(" in html and "L.circle(" in html and "L.geoJson(" in html
    assert "[33.51, 36.29]" not in html


def test_legend_lists_types_with_their_colours():
    legend = legend_html(["airstrike", "<b>odd</b>"])
    assert colour_of("airstrike") in legend and "&lt;b&gt;odd" in legend


def test_localized_map_loads_nothing_from_a_cdn(tmp_path):
    fmap = build_map(_places(), tiles=False)
    assert localize(fmap, tmp_path) == []
    html = fmap.get_root().render()
    assert "https://cdn" not in html and "code.jquery.com" not in html
    assert f"{STATIC_URL}/leaflet.js" in html
    assert (tmp_path / "leaflet.js").stat().st_size > 100_000


def test_town_markers_are_one_data_list_that_no_name_can_break_out_of():
    places = _places().assign(name=["</script><img src=x onerror=alert(1)>", "Deir", "Syria"])
    html = build_map(places).get_root().render()
    assert "[34.45, 40.92, 8, 1, " in html  # lat, lon, radius 6 + count, weight
    assert "</script><img" not in html and "onerror=alert(1)>" not in html
    assert "\\u003c/script\\u003e" not in html  # escaped once as text, not a tag in a string
    assert "&lt;/script&gt;" in html.replace("\\u0026", "&")
