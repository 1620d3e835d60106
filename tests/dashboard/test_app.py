"""The app script run headless with Streamlit's AppTest on a temporary store."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "m.sqlite"))
    import dashboard.data as data

    monkeypatch.setattr(data, "DEFAULT_DB", tmp_path / "m.sqlite")
    at = AppTest.from_file(APP, default_timeout=120)
    map_drawn(at)
    at.run()
    return at


def map_drawn(at: AppTest) -> None:
    """What the browser reports once the map is on screen (see dashboard.page_ready)."""
    from dashboard.page_ready import KEY

    at.session_state[KEY] = {"drawn": True}


def test_opens_on_the_seeds_with_no_setup(app):
    assert not app.exception
    assert "events at" in app.markdown[-1].value or any(
        "events at" in m.value for m in app.markdown)
    assert app.slider(key="range").value[0].year == 2021


def test_narrowing_the_range_filters_the_table(app):
    before = len(app.dataframe[-1].value)
    start, _end = app.slider(key="range").value
    app.slider(key="range").set_value((start, start)).run()
    assert not app.exception
    assert 0 < len(app.dataframe[-1].value) < before


def test_text_filter(app):
    app.text_input[1].input("لافروف").run()
    table = app.dataframe[-1].value
    assert len(table) >= 1 and table["passage"].str.contains("لافروف").all()


def test_problems_drawer_lists_what_is_not_on_the_map(app):
    assert any("Not on the map" in e.label for e in app.expander)


def test_a_dated_event_with_no_place_is_listed_not_mapped(tmp_path, monkeypatch):
    from events.ingest import ingest

    db = tmp_path / "unplaced.sqlite"
    article = tmp_path / "drone.txt"
    article.write_text("Published: 2024-12-07\nOn Friday, a drone targeted a convoy.",
                       encoding="utf-8")
    ingest([article], db)
    import dashboard.data as data

    monkeypatch.setattr(data, "DEFAULT_DB", db)
    at = AppTest.from_file(APP, default_timeout=120)
    map_drawn(at)
    at.run()
    assert not at.exception
    drawer = next(e for e in at.expander if "Not on the map" in e.label)
    assert "1 events with no place" in drawer.label
    assert any("drone targeted a convoy" in " ".join(map(str, frame.value.get("passage", [])))
               for frame in at.dataframe)



def element_types(at: AppTest) -> set[str]:
    """The kinds of element on the page, sidebar included."""
    def walk(node):
        for child in getattr(node, "children", {}).values():
            yield child
            yield from walk(child)

    return {getattr(node, "type", "") for node in walk(at._tree)}


def test_the_map_comes_first_and_the_chart_and_tables_once_it_is_drawn(tmp_path, monkeypatch):
    import dashboard.data as data

    monkeypatch.setattr(data, "DEFAULT_DB", tmp_path / "m.sqlite")
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    first = element_types(at)
    assert "component_instance" in first  # the map
    assert "dataframe" not in first and "vega_lite_chart" not in first
    assert any("Loading the table" in c.value for c in at.caption)
    map_drawn(at)
    at.run()
    assert not at.exception
    complete = element_types(at)
    assert {"component_instance", "dataframe", "vega_lite_chart"} <= complete
    assert not any("Loading the table" in c.value for c in at.caption)
