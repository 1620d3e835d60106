"""The event store: one SQLite file holding articles (full text), events and problems.

SQLite because it ships with Python, is a single file a user can copy, reads concurrently with
WAL while the dashboard is open, and its transactions make each ingest batch all-or-nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd

from events.records import Article, Event

SCHEMA_VERSION = 1

EVENT_COLUMNS = (
    "event_id", "article_id", "title", "source", "url", "published", "event_date",
    "time_precision", "place_id", "name", "name_ar", "lat", "lon", "geonameid", "kind",
    "geo_precision", "country", "admin1", "passage", "start", "end", "surface", "surface_start",
    "surface_end", "confidence", "event_type", "actors", "date_text", "date_reason",
    "place_reason",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY, title TEXT, text TEXT NOT NULL, published TEXT,
    published_evidence TEXT, language TEXT, source TEXT, url TEXT, path TEXT,
    date_status TEXT NOT NULL, ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(article_id),
    title TEXT, source TEXT, url TEXT, published TEXT, event_date TEXT, time_precision TEXT,
    place_id TEXT, name TEXT, name_ar TEXT, lat REAL, lon REAL, geonameid INTEGER, kind TEXT,
    geo_precision INTEGER, country TEXT, admin1 TEXT, passage TEXT, start INTEGER, "end" INTEGER,
    surface TEXT, surface_start INTEGER, surface_end INTEGER, confidence REAL, event_type TEXT,
    actors TEXT, date_text TEXT, date_reason TEXT, place_reason TEXT
);
CREATE INDEX IF NOT EXISTS events_by_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_by_article ON events(article_id);
CREATE TABLE IF NOT EXISTS problems (
    article_id TEXT NOT NULL, title TEXT, kind TEXT NOT NULL, detail TEXT NOT NULL,
    PRIMARY KEY (article_id, kind, detail)
);
"""


class StoreError(RuntimeError):
    """The database file is not a Marsad store, or is of a newer schema."""


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class Store:
    """A Marsad event store in one SQLite file (created on first use)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)
            row = self._conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a Marsad database ({exc})") from None
        if row is None:
            with self._conn:
                self._conn.execute("INSERT INTO meta VALUES ('schema_version', ?)",
                                   (str(SCHEMA_VERSION),))
        elif int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {row[0]} is newer than this Marsad "
                             f"({SCHEMA_VERSION}); upgrade Marsad to open it")

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version written in the file."""
        row = self._conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0])

    def has_article(self, article_id: str) -> bool:
        """True when this article is already stored."""
        return self._conn.execute("SELECT 1 FROM articles WHERE article_id=?",
                                  (article_id,)).fetchone() is not None

    def add_batch(self, items: Iterable[tuple[Article, list[Event], list[tuple[str, str]]]]) -> int:
        """Store articles with their events and problems in one transaction; articles already
        stored are skipped. Returns how many were new."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        new = 0
        with self._conn:
            for article, events, problems in items:
                cur = self._conn.execute(
                    "INSERT OR IGNORE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (article.article_id, article.title, article.text, _iso(article.published),
                     article.published_evidence, article.language, article.source, article.url,
                     article.path, "dated" if article.published else "undated", now),
                )
                if cur.rowcount == 0:
                    continue
                new += 1
                self._conn.executemany(
                    f"INSERT OR REPLACE INTO events VALUES ({','.join('?' * len(EVENT_COLUMNS))})",
                    [self._event_row(article, e) for e in events],
                )
                self._conn.executemany(
                    "INSERT OR IGNORE INTO problems VALUES (?,?,?,?)",
                    [(article.article_id, article.title, kind, why) for kind, why in problems],
                )
        return new

    @staticmethod
    def _event_row(article: Article, e: Event) -> tuple:
        return (
            e.event_id, e.article_id, article.title, article.source, article.url,
            _iso(article.published), _iso(e.event_date), e.time_precision, e.place_id, e.name,
            e.name_ar, e.lat, e.lon, e.geonameid, e.kind, e.geo_precision, e.country, e.admin1,
            e.passage, e.start, e.end, e.surface, e.surface_start, e.surface_end, e.confidence,
            e.event_type, ";".join(e.actors), e.date_text, e.date_reason, e.place_reason,
        )

    def events_frame(self, start: date | str | None = None, end: date | str | None = None
                     ) -> pd.DataFrame:
        """Events (one row each), optionally only those dated within ``[start, end]``."""
        sql = "SELECT * FROM events"
        params: list[str] = []
        if start or end:
            sql += " WHERE event_date >= ? AND event_date <= ?"
            params = [str(start or "0000-01-01"), str(end or "9999-12-31")]
        frame = pd.read_sql_query(sql + " ORDER BY event_date, article_id, start", self._conn,
                                  params=params)
        for column in ("event_date", "published"):
            frame[column] = pd.to_datetime(frame[column], errors="coerce",
                                           format="%Y-%m-%d").dt.date
        return frame

    def articles_frame(self) -> pd.DataFrame:
        """Articles without their text."""
        frame = pd.read_sql_query(
            "SELECT article_id, title, published, published_evidence, language, source, url, "
            "path, date_status, ingested_at FROM articles ORDER BY published", self._conn)
        frame["published"] = pd.to_datetime(frame["published"], errors="coerce",
                                            format="%Y-%m-%d").dt.date
        return frame

    def article(self, article_id: str) -> dict | None:
        """One article with its full text, or ``None``."""
        cur = self._conn.execute("SELECT * FROM articles WHERE article_id=?", (article_id,))
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row,
                                                 strict=True))

    def problems_frame(self) -> pd.DataFrame:
        """What could not be dated or placed: ``article_id, title, kind, detail``."""
        return pd.read_sql_query("SELECT * FROM problems ORDER BY kind, title", self._conn)

    def counts(self) -> dict[str, int]:
        """Row counts of the tables."""
        return {t: self._conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "problems")}
