import pandas as pd

from dashboard.map_view import build_map, tooltip_html


def _places() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "place_id": ["abukamal", "deir", "sy"],
            "name": ["Abu Kamal", "<script>alert(1)</script>", "Syria"],
            "name_ar": ["البوكمال", "دير الزور", "سوريا"],
            "lat": [34.45, 35.33, 33.51],
            "lon": [40.92, 40.14, 36.29],
            "geo_precision": ["town", "governorate", "country"],
            "count": [2, 1, 4],
            "event_type": ["airstrike", "clash", "clash"],
        }
    )


def test_tooltip_carries_both_names_and_count():
    tip = tooltip_html("Abu Kamal", "البوكمال", 2)
    assert "Abu Kamal" in tip and "البوكمال" in tip and "2 events" in tip


def test_map_escapes_place_names_and_never_emits_their_script_tag():
    html = build_map(_places(), {"airstrike": "#d62728"}).get_root().render()
    assert "alert(1)</script>" not in html


def test_town_is_clustered_marker_and_governorate_is_area_circle_country_not_pinned():
    fmap = build_map(_places(), {})
    html = fmap.get_root().render()
    assert "L.circleMarker(" in html and "L.circle(" in html
    assert "[33.51, 36.29]" not in html
