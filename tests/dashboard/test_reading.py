"""The reading panel: passages newest first, escaped and marked, places sharing a spot."""

import pandas as pd

from dashboard.reading import article_with_passage, direction, passage_card, passages_for, same_spot


def _events():
    return pd.DataFrame({
        "place_id": ["town", "quarter", "town"],
        "event_date": [pd.Timestamp("2024-12-05").date(), pd.Timestamp("2024-12-07").date(),
                       None],
        "passage": ["قصف في البوكمال", "<script>x</script> قصف مدفعي على حي الجمعيات", "n"],
        "start": [0, 0, 0], "surface_start": [7, 36, 0], "surface_end": [15, 44, 1],
        "time_precision": ["day", "reported", "reported"], "title": ["t", "t", "t"],
        "source": [None, "Outlet", None], "event_type": ["airstrike", None, None],
    })


def test_passages_newest_first_and_shared_spot():
    rows = passages_for(_events(), ["town", "quarter"])
    assert list(rows["place_id"]) == ["quarter", "town", "town"]
    places = pd.DataFrame({"place_id": ["town", "quarter", "far"], "lat": [34.4523, 34.4524, 35.0],
                           "lon": [40.9185, 40.9185, 40.0], "count": [5, 2, 1]})
    assert same_spot(places, "quarter") == ["town", "quarter"]


def test_card_escapes_text_marks_the_place_and_reads_right_to_left():
    card = passage_card(_events().iloc[1])
    assert "&lt;script&gt;" in card and "<script>" not in card
    assert "<mark>" in card and 'dir="rtl"' in card
    assert direction("Clashes in Homs") == "ltr"


def test_whole_article_marks_the_passage():
    html = article_with_passage("one <b>two</b> three", 4, 14)
    assert "<mark>&lt;b&gt;two&lt;/b&gt;</mark>" in html
