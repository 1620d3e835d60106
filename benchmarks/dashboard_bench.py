"""Dashboard speed in a real browser: first render and a slider change, 10k and 100k events.

Run: ``python -m benchmarks.dashboard_bench``. Generates stores of synthetic events at real
places, starts the app on each, and times in headless Chromium (Debian's ``/usr/bin/chromium``):
the first render (page load until the map shows markers), the complete page (until the timeline
chart and the table, drawn once the map is up, are there too) and narrowing the date range
(until the summary line changes). The seeds-only store is the baseline measured in the same run.
Each page is a new browser context: nothing is in the browser's cache.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.app_server import CHROMIUM, CHROMIUM_ARGS, start_app, stop_app


def make_store(db: Path, n_events: int, seed: int = 5) -> None:
    """A store with ``n_events`` events spread over 200 real places and three years."""
    from events.reader import make_article
    from events.records import Event
    from events.store import Store
    from gazetteer import Gazetteer

    gaz = Gazetteer.load()
    places = [p for p in gaz.index.places if p.country == "SY" and p.kind in ("city", "town")]
    rng = random.Random(seed)
    places = rng.sample(places, min(200, len(places)))
    types = ["airstrike", "clash", "withdrawal", "deployment", "statement", None]
    per_article = 20
    with Store(db) as store:
        batch = []
        for a in range(n_events // per_article):
            published = date(2022, 1, 1) + timedelta(days=rng.randrange(1000))
            text = f"Report {a} on {published}. " + "Fighting was reported. " * per_article
            article = make_article(text, published=published.isoformat(), source="bench")
            events = []
            for k in range(per_article):
                p = rng.choice(places)
                events.append(Event(
                    event_id=f"{a}-{k}", article_id=article.article_id,
                    event_date=published - timedelta(days=rng.randrange(3)),
                    time_precision="day", place_id=p.place_id, name=p.name, name_ar=p.name_ar,
                    lat=p.lat, lon=p.lon, geonameid=p.geonameid, kind=p.kind,
                    geo_precision=1, country=p.country, admin1=p.admin1,
                    passage="Fighting was reported.", start=0, end=10, surface=p.name,
                    surface_start=0, surface_end=len(p.name), confidence=0.9,
                    event_type=rng.choice(types), actors=("bench",)))
            batch.append((article, events, []))
            if len(batch) >= 200:
                store.add_batch(batch)
                batch = []
        store.add_batch(batch)


def measure(browser, url: str) -> tuple[float, float, float]:
    """Seconds to first render with markers, to the complete page, and to redraw after
    narrowing the date range."""
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    t = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    summary = page.get_by_text("events at")
    summary.wait_for(timeout=300_000)
    while not any("streamlit_folium" in f.url and f.locator(
            ".marsad-marker, .marker-cluster, .marsad-area").count() for f in page.frames):
        page.wait_for_timeout(50)
    first = time.perf_counter() - t
    page.locator("[data-testid='stVegaLiteChart']").first.wait_for(timeout=60_000)
    page.locator("[data-testid='stDataFrame']").last.wait_for(timeout=60_000)
    complete = time.perf_counter() - t
    before = summary.inner_text()
    thumb = page.locator('input[type="range"][aria-label^="Dates"]').last
    thumb.focus()
    t = time.perf_counter()
    page.keyboard.press("PageDown")  # one step of the end date back: a single slider change
    while summary.inner_text() == before:
        page.wait_for_timeout(20)
    change = time.perf_counter() - t
    page.close()
    return first, complete, change


def main() -> None:
    """Print the figures."""
    from playwright.sync_api import sync_playwright

    from dashboard.data import ensure_seeded

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        runs = []
        for label, n in (("seeds (baseline)", 0), ("10,000 events", 10_000),
                         ("100,000 events", 100_000)):
            db = Path(tmp) / f"{n}.sqlite"
            if n:
                make_store(db, n)
            else:
                ensure_seeded(db)
            proc, url = start_app(db)
            try:
                measure(browser, url)  # warm the app's caches like a returning user
                first, complete, change = measure(browser, url)
            finally:
                stop_app(proc)
            runs.append((label, first, change))
            print(f"{label:18} first render {first:5.2f} s   complete page {complete:5.2f} s   "
                  f"date-range change {change:5.2f} s")
        browser.close()
    base = runs[0][1]
    print(f"10k first render / seeds first render: {runs[1][1] / base:.2f}x  "
          f"(targets: 10k first render < 2 s, change < 1 s; 100k usable)")


if __name__ == "__main__":
    main()
