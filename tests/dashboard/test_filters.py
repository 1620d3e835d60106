from datetime import date

import pandas as pd

from dashboard.filters import (
    EventFilter,
    escaped,
    filter_events,
    highlighted_passage,
    in_range,
    per_place,
)


def _events() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "event_id": ["e1", "e2", "e3", "e4"],
            "title": ["Strike", "Clash", "Raid", "Undated"],
            "source": ["Enab Baladi", "SANA", "Enab Baladi", "SANA"],
            "language": ["ar", "en", "ar", "en"],
            "event_date": ["2021-11-05", "2021-11-07", "2021-11-20", None],
            "place_id": ["abukamal", "abukamal", "deir", "deir"],
            "name": ["Abu Kamal", "Abu Kamal", "Deir ez-Zor", "Deir ez-Zor"],
            "name_ar": ["البوكمال", "البوكمال", "دير الزور", "دير الزور"],
            "lat": [34.45, 34.45, 35.33, 35.33],
            "lon": [40.92, 40.92, 40.14, 40.14],
            "geo_precision": ["town", "town", "governorate", "governorate"],
            "country": ["SY", "SY", "SY", "SY"],
            "admin1": ["Deir ez-Zor", "Deir ez-Zor", "Deir ez-Zor", "Deir ez-Zor"],
            "passage": ["قصف على البوكمال", "clash near Abu Kamal", "raid in Deir ez-Zor", "x"],
            "confidence": [0.9, 0.4, 0.7, 0.8],
            "event_type": ["airstrike", "clash", "airstrike", "clash"],
            "actors": ["Israel;IRGC", "SDF", "IRGC", ""],
        }
    )


def test_no_restriction_keeps_every_event():
    assert list(filter_events(_events(), EventFilter())["event_id"]) == ["e1", "e2", "e3", "e4"]


def test_date_range_excludes_events_outside_and_undated():
    kept = filter_events(_events(), EventFilter(start=date(2021, 11, 5), end=date(2021, 11, 7)))
    assert list(kept["event_id"]) == ["e1", "e2"]


def test_in_range_without_bounds_keeps_undated_events():
    assert in_range(_events(), None, None).all()


def test_actor_filter_matches_one_of_the_joined_actors():
    assert list(filter_events(_events(), EventFilter(actors=("IRGC",)))["event_id"]) == ["e1", "e3"]


def test_text_search_is_case_insensitive_over_passage_and_title():
    assert list(filter_events(_events(), EventFilter(text="ABU KAMAL"))["event_id"]) == ["e2"]
    assert list(filter_events(_events(), EventFilter(text="البوكمال"))["event_id"]) == ["e1"]


def test_minimum_confidence_and_outlet_combine():
    chosen = EventFilter(outlets=("Enab Baladi",), min_confidence=0.8)
    assert list(filter_events(_events(), chosen)["event_id"]) == ["e1"]


def test_per_place_counts_events_and_keeps_arabic_name():
    places = per_place(_events())
    first = places.iloc[0]
    assert (first["place_id"], first["count"], first["name_ar"]) == ("abukamal", 2, "البوكمال")
    assert len(places) == 2


def test_per_place_of_empty_frame_has_marker_columns():
    assert list(per_place(_events().iloc[0:0]).columns)[:2] == ["place_id", "name"]


def test_script_and_onerror_markup_are_escaped_to_text():
    text = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    safe = escaped(text)
    assert "<script>" not in safe and "<img" not in safe
    assert "&lt;script&gt;" in safe


def test_highlight_marks_place_name_and_escapes_the_rest():
    assert highlighted_passage("<b> البوكمال", 4, 12) == "&lt;b&gt; <mark>البوكمال</mark>"


def test_highlight_with_bad_offsets_falls_back_to_plain_escaped_passage():
    assert highlighted_passage("a<b", 5, 9) == "a&lt;b"
