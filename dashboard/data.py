"""Where the app's events come from: the store, filled with the seeds on first run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from events.export import to_geojson
from events.ingest import ingest
from events.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEFAULT_DB = Path(os.environ.get("MARSAD_DB", ROOT / "data" / "marsad.sqlite"))


def ensure_seeded(db_path: Path) -> bool:
    """Ingest the seed articles into an empty store; True when it did."""
    with Store(db_path) as store:
        if store.counts()["articles"]:
            return False
    ingest([SEEDS], db_path)
    return True


def load_events(db_path: Path) -> pd.DataFrame:
    """Every event of the store, with the article's language joined in."""
    with Store(db_path) as store:
        events = store.events_frame()
        articles = store.articles_frame()[["article_id", "language"]]
    return events.merge(articles, on="article_id", how="left")


def load_problems(db_path: Path) -> pd.DataFrame:
    """Articles, or parts of them, that are not on the map, with the reason."""
    with Store(db_path) as store:
        return store.problems_frame()


def load_article(db_path: Path, article_id: str) -> dict | None:
    """One stored article with its full text."""
    with Store(db_path) as store:
        return store.article(article_id)


def db_version(db_path: Path) -> float:
    """Changes whenever the database file does (a cache key)."""
    wal = db_path.with_name(db_path.name + "-wal")
    return max((p.stat().st_mtime for p in (db_path, wal) if p.exists()), default=0.0)


def download_files(rows: pd.DataFrame) -> tuple[bytes, bytes]:
    """The given events as CSV and as GeoJSON (an event with no place has a null geometry)."""
    geojson = to_geojson(rows.drop(columns=["language"], errors="ignore"))
    return (rows.to_csv(index=False).encode("utf-8"),
            json.dumps(geojson, ensure_ascii=False).encode("utf-8"))
