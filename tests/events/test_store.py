"""The SQLite store: idempotent ingest, problems kept, bad files reported, exports."""

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from events.export import export
from events.ingest import ingest
from events.store import SCHEMA_VERSION, Store, StoreError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "undated.txt").write_text("Clashes were reported near Hama.", encoding="utf-8")
    (folder / "nowhere.txt").write_text("Published: 2024-12-07\nNothing happened anywhere today.",
                                        encoding="utf-8")
    (folder / "broken.json").write_text("{oops", encoding="utf-8")
    (folder / "no_place.txt").write_text("Published: 2024-12-07\nOn Friday, a drone targeted a "
                                         "convoy.", encoding="utf-8")
    return folder


def test_ingest_is_idempotent_and_keeps_problems(tmp_path, corpus):
    db = tmp_path / "m.sqlite"
    first = ingest([corpus], db)
    assert (first.articles_read, first.new, first.duplicates) == (5, 5, 0)
    assert first.undated == 1 and first.unplaced == 2 and first.events_without_place == 1
    assert "events without a place: 1" in first.summary()
    assert [Path(p).name for p, _ in first.failures] == ["broken.json"]
    assert "invalid JSON" in first.failures[0][1]
    second = ingest([corpus], db)
    assert (second.new, second.duplicates, second.events) == (0, 5, 0)
    with Store(db) as store:
        assert store.counts()["articles"] == 5
        assert store.counts()["events"] == first.events
        kinds = set(store.problems_frame()["kind"])
        assert {"undated", "unplaced", "unplaced-event"} <= kinds
        unplaced = store.events_frame().query("lat != lat")  # NaN: the drone strike, no place
        assert list(unplaced["event_type"]) == ["airstrike"]
        assert store.schema_version == SCHEMA_VERSION


def test_date_range_query_and_full_article(tmp_path, corpus):
    db = tmp_path / "m.sqlite"
    ingest([corpus], db)
    with Store(db) as store:
        frame = store.events_frame("2021-11-01", "2021-11-30")
        assert not frame.empty
        assert frame["event_date"].map(lambda d: d.year == 2021 and d.month == 11).all()
        row = frame.iloc[0]
        article = store.article(row["article_id"])
        assert article["text"][row["start"]:row["end"]] == row["passage"]


def test_a_failed_batch_loses_nothing_already_stored(tmp_path, corpus, monkeypatch):
    db = tmp_path / "m.sqlite"
    ingest([SEEDS / "003_c6bdd8fb93e6e5a7.txt"], db)
    with Store(db) as store:
        before = store.counts()

    def boom(self, items):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "add_batch", boom)
    with pytest.raises(RuntimeError):
        ingest([corpus], db)
    monkeypatch.undo()
    with Store(db) as store:
        assert store.counts() == before


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "x.sqlite"
    path.write_text("this is not sqlite", encoding="utf-8")
    with pytest.raises(StoreError, match="not a Marsad database"):
        Store(path)


def test_newer_schema_refused(tmp_path):
    path = tmp_path / "x.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_exports(tmp_path):
    db = tmp_path / "m.sqlite"
    ingest([SEEDS], db)
    n = export(db, "geojson", tmp_path / "e.geojson")
    data = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))
    assert len(data["features"]) == n > 0
    assert isinstance(data["features"][0]["properties"]["actors"], list)
    export(db, "csv", tmp_path / "e.csv")
    csv = pd.read_csv(tmp_path / "e.csv")
    assert {"event_date", "latitude", "longitude", "location", "notes"} <= set(csv.columns)
    export(db, "parquet", tmp_path / "e.parquet")
    import geopandas as gpd

    assert len(gpd.read_parquet(tmp_path / "e.parquet")) == n


def test_exports_keep_an_event_without_a_place(tmp_path):
    db = tmp_path / "m.sqlite"
    (tmp_path / "a.txt").write_text("Published: 2024-12-07\nOn Friday, a drone targeted a convoy.",
                                    encoding="utf-8")
    ingest([tmp_path / "a.txt"], db)
    assert export(db, "geojson", tmp_path / "e.geojson") == 1
    feature = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))["features"][0]
    assert feature["geometry"] is None and feature["properties"]["event_date"] == "2024-12-06"
    export(db, "parquet", tmp_path / "e.parquet")
    import geopandas as gpd

    frame = gpd.read_parquet(tmp_path / "e.parquet")
    assert len(frame) == 1 and (frame.geometry.isna() | frame.geometry.is_empty).all()
    export(db, "csv", tmp_path / "e.csv")
    assert pd.read_csv(tmp_path / "e.csv")["latitude"].isna().all()
