"""The table's downloads: every selected event, with or without a place."""

import io
import json

import pandas as pd

from dashboard.data import download_files, load_events
from events.ingest import ingest


def test_downloads_carry_every_selected_event(tmp_path):
    (tmp_path / "a.txt").write_text("Published: 2024-12-07\nOn Friday, an airstrike hit Abu "
                                    "Kamal.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Published: 2024-12-07\nOn Thursday, a drone targeted a "
                                    "convoy.", encoding="utf-8")
    db = tmp_path / "m.sqlite"
    ingest([tmp_path / "a.txt", tmp_path / "b.txt"], db)
    rows = load_events(db)
    csv_bytes, geojson_bytes = download_files(rows)
    table = pd.read_csv(io.BytesIO(csv_bytes))
    assert len(table) == len(rows) == 2
    features = json.loads(geojson_bytes)["features"]
    placed = [f for f in features if f["geometry"]]
    assert [f["properties"]["surface"] for f in placed] == ["Abu Kamal"]
    assert [f["properties"]["event_date"] for f in features if not f["geometry"]] == ["2024-12-05"]
