"""Pure functions over the events frame: filtering, date ranges, grouping per place, escaping."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

import pandas as pd


@dataclass(frozen=True)
class EventFilter:
    """What the sidebar selected; empty tuples and None mean "no restriction"."""

    text: str = ""
    places: tuple[str, ...] = ()
    governorates: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    languages: tuple[str, ...] = field(default=())
    min_confidence: float = 0.0
    start: date | None = None
    end: date | None = None


def _in(frame: pd.DataFrame, column: str, allowed: tuple[str, ...]) -> pd.Series:
    if not allowed or column not in frame:
        return pd.Series(True, index=frame.index)
    return frame[column].isin(allowed)


def filter_events(frame: pd.DataFrame, chosen: EventFilter) -> pd.DataFrame:
    """Return the rows of an events frame that satisfy every restriction in ``chosen``."""
    keep = pd.Series(True, index=frame.index)
    keep &= _in(frame, "name", chosen.places)
    keep &= _in(frame, "admin1", chosen.governorates)
    keep &= _in(frame, "country", chosen.countries)
    keep &= _in(frame, "event_type", chosen.event_types)
    keep &= _in(frame, "source", chosen.outlets)
    keep &= _in(frame, "language", chosen.languages)
    if chosen.actors:
        actor_sets = frame["actors"].fillna("").str.split(";")
        keep &= actor_sets.apply(lambda names: bool(set(names) & set(chosen.actors)))
    if chosen.min_confidence > 0:
        keep &= frame["confidence"].fillna(0) >= chosen.min_confidence
    if chosen.text:
        needle = chosen.text.casefold()
        haystack = (frame["passage"].fillna("") + " " + frame["title"].fillna("")).str.casefold()
        keep &= haystack.str.contains(needle, regex=False)
    keep &= in_range(frame, chosen.start, chosen.end)
    return frame[keep]


def in_range(frame: pd.DataFrame, start: date | None, end: date | None) -> pd.Series:
    """Mask of events dated within [start, end]; undated events fall outside a bounded range."""
    dates = pd.to_datetime(frame["event_date"], errors="coerce").dt.date
    keep = pd.Series(True, index=frame.index)
    if start is not None:
        keep &= dates.notna() & (dates >= start)
    if end is not None:
        keep &= dates.notna() & (dates <= end)
    return keep


def per_place(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per place with its event count and most common event type, for map markers."""
    placed = frame.dropna(subset=["lat", "lon"])
    if placed.empty:
        return pd.DataFrame(
            columns=[
                "place_id", "name", "name_ar", "lat", "lon", "geo_precision", "count", "event_type"
            ]
        )
    grouped = placed.groupby("place_id", sort=False)
    places = grouped.agg(
        name=("name", "first"),
        name_ar=("name_ar", "first"),
        lat=("lat", "first"),
        lon=("lon", "first"),
        geo_precision=("geo_precision", "first"),
        count=("event_id", "size"),
    )
    # the most common type per place (ties: alphabetical), without a Python call per place
    typed = placed.dropna(subset=["event_type"])
    per_type = typed.groupby(["place_id", "event_type"]).size().reset_index(name="n")
    per_type = per_type.sort_values(["place_id", "n", "event_type"], ascending=[True, False, True])
    top = per_type.drop_duplicates("place_id").set_index("place_id")["event_type"]
    places["event_type"] = top.reindex(places.index).fillna("")
    return places.reset_index().sort_values("count", ascending=False, ignore_index=True)


def escaped(text: object) -> str:
    """Article text made safe for HTML: ``<script>`` becomes visible characters, never markup."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    return html.escape(str(text))


def highlighted_passage(passage: str, surface_start: int, surface_end: int) -> str:
    """Escaped passage with the place name (passage-relative offsets) in ``<mark>``."""
    if not 0 <= surface_start < surface_end <= len(passage):
        return escaped(passage)
    return (
        escaped(passage[:surface_start])
        + "<mark>"
        + escaped(passage[surface_start:surface_end])
        + "</mark>"
        + escaped(passage[surface_end:])
    )
