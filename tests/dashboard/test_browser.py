"""The real app in headless Chromium: markers, slider, click-to-read, escaping, screenshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.ingest import ingest

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


def map_frame(page):
    for _ in range(60):
        for frame in page.frames:
            if "streamlit_folium" in frame.url and frame.locator(
                    ".marsad-marker, .marsad-area, .marker-cluster").count():
                return frame
        page.wait_for_timeout(500)
    raise AssertionError("the map did not draw any marker")


def click_marker(frame, lat: float, lon: float) -> None:
    """Click the marker nearest (lat, lon), zooming into its cluster first as a user would."""
    find = """([lat, lon]) => {
        const map = Object.values(window).find(v => v && v instanceof L.Map);
        let best = null, bestD = 1e9, group = null;
        map.eachLayer(l => {
            const members = l.zoomToShowLayer ? l.getLayers() : [l];
            for (const m of members) {
                if (!m.getLatLng || m.feature !== undefined) continue;
                const p = m.getLatLng(), d = (p.lat - lat) ** 2 + (p.lng - lon) ** 2;
                if (d < bestD) { bestD = d; best = m; group = l.zoomToShowLayer ? l : group; }
            }
        });
        return [map, best, group];
    }"""
    frame.evaluate(f"""(args) => {{ const [map, best, group] = ({find})(args);
        if (group && group.hasLayer(best)) map.setView(best.getLatLng(), 12); }}""", [lat, lon])
    frame.page.wait_for_timeout(2500)
    point = frame.evaluate(f"""(args) => {{ const [map, best, group] = ({find})(args);
        const p = map.latLngToContainerPoint(best.getLatLng()); return [p.x, p.y]; }}""",
                           [lat, lon])
    box = frame.frame_element().bounding_box()
    frame.page.mouse.click(box["x"] + point[0], box["y"] + point[1])


def open_place(page, lat: float, lon: float) -> None:
    """Click a place's marker until its passages show (the map may redraw while the app
    settles after loading)."""
    for _attempt in range(4):
        page.wait_for_timeout(2000)
        click_marker(map_frame(page), lat, lon)
        try:
            page.get_by_text("passages, newest first").wait_for(timeout=10_000)
            return
        except Exception:
            continue
    raise AssertionError(f"clicking the marker at {lat}, {lon} showed no passages")


def markers(page) -> int:
    frame = map_frame(page)
    return sum(frame.locator(sel).count() for sel in (".marsad-marker", ".marsad-area",
                                                       ".marker-cluster"))


@pytest.fixture(scope="module")
def page(app_url, browser):
    url, _db = app_url
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_text("Click a marker to read").wait_for(timeout=90_000)
    map_frame(page)
    page.requests = requests
    yield page
    page.close()


def test_seed_places_appear_as_markers_and_nothing_comes_from_a_cdn(page):
    assert markers(page) >= 5
    external = [u for u in page.requests
                if not u.startswith(("http://127.0.0.1", "data:", "blob:"))]
    assert external == []


def test_the_chart_and_the_table_follow_the_map(page):
    # drawn after the map has told the page it is up (dashboard.page_ready); the map stays
    page.locator("[data-testid='stVegaLiteChart']").first.wait_for(timeout=30_000)
    page.locator("[data-testid='stDataFrame']").last.wait_for(timeout=30_000)
    assert markers(page) >= 5


def test_narrowing_the_date_range_changes_the_markers(page):
    before = markers(page)
    end_thumb = page.locator('input[type="range"][aria-label^="Dates"]').last
    end_thumb.focus()
    page.keyboard.press("End")
    page.keyboard.press("Home")  # the end of the range down to its start: a single day
    page.wait_for_timeout(4000)
    after = markers(page)
    assert after != before


def test_brushing_the_timeline_sets_the_date_range(page):
    page.reload(wait_until="domcontentloaded")
    page.get_by_text("Click a marker to read").wait_for(timeout=90_000)
    chart = page.locator('[data-testid="stVegaLiteChart"] canvas, '
                         '[data-testid="stVegaLiteChart"] svg').first
    chart.wait_for(timeout=30_000)
    thumbs = page.locator('input[type="range"][aria-label^="Dates"]')
    thumbs.last.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    before = [thumbs.nth(i).get_attribute("aria-valuetext") for i in range(thumbs.count())]
    assert len(before) == 2 and None not in before
    box = chart.bounding_box()
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    page.mouse.up()
    for _ in range(40):
        after = [thumbs.nth(i).get_attribute("aria-valuetext") for i in range(thumbs.count())]
        if after != before:
            break
        page.wait_for_timeout(250)
    assert after != before, "brushing the timeline did not move the date slider"


def test_clicking_albukamal_shows_a_seed_passage(page):
    page.reload(wait_until="domcontentloaded")
    page.get_by_text("Click a marker to read").wait_for(timeout=90_000)
    open_place(page, 34.45, 40.92)
    assert page.locator(".marsad-passage").filter(has_text="البوكمال").count() >= 1
    ROOT.joinpath("docs").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))  # the README's picture


def test_article_with_a_script_tag_shows_as_text(app_url, browser, tmp_path):
    url, db = app_url
    evil = tmp_path / "evil.txt"
    evil.write_text("Published: 2024-12-07\nClashes in Homs on Saturday <script>window.pwned=1"
                    "</script> and <img src=x onerror=\"window.pwned=2\"> near Homs.",
                    encoding="utf-8")
    ingest([evil], db)
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_text("Click a marker to read").wait_for(timeout=90_000)
    open_place(page, 34.73, 36.72)
    card = page.locator(".marsad-passage").filter(has_text="<script>")
    assert card.count() >= 1
    assert page.evaluate("window.pwned") is None
    assert all(f.evaluate("window.pwned") is None for f in page.frames)
    page.close()
