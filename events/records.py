"""Plain records of the events room: an Article read from a file, an Event found in it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One news article: its text exactly as read, and what we know about it."""

    article_id: str  # content hash: the same text ingested twice is stored once
    title: str
    text: str
    published: date | None
    language: str  # "ar" | "en"
    source: str | None = None  # outlet
    url: str | None = None
    path: str | None = None
    published_evidence: str = ""


@dataclass(frozen=True)
class Event:
    """Something reported at a place on a date, with the passage that says so."""

    event_id: str
    article_id: str
    event_date: date | None
    time_precision: str  # day | week | month | year | reported
    place_id: str | None  # None: a dated event whose place the text does not name
    name: str | None
    name_ar: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str | None
    geo_precision: int | None
    country: str | None
    admin1: str | None
    passage: str
    start: int  # the passage's offsets in the article text
    end: int
    surface: str | None
    surface_start: int | None
    surface_end: int | None
    confidence: float
    event_type: str | None
    actors: tuple[str, ...] = field(default_factory=tuple)
    date_text: str | None = None  # the words the date was read from
    date_reason: str = ""
    place_reason: str = "named in the passage"

    def as_dict(self) -> dict:
        """JSON-friendly dict (dates as ISO strings, actors as a list)."""
        out = asdict(self)
        out["event_date"] = self.event_date.isoformat() if self.event_date else None
        out["actors"] = list(self.actors)
        return out
