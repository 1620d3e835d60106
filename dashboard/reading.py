"""The click-to-read panel: a place's passages newest first, escaped, the place name marked."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from dashboard.filters import escaped, highlighted_passage

PRECISION_WORDS = {
    "day": "on this day",
    "week": "that week",
    "month": "that month",
    "year": "that year",
    "reported": "date of the report: the passage gives none",
}


def direction(text: str) -> str:
    """``rtl`` for Arabic text, else ``ltr``."""
    arabic = sum("\u0600" <= c <= "\u06ff" for c in text[:400])
    latin = sum(c.isascii() and c.isalpha() for c in text[:400])
    return "rtl" if arabic > latin else "ltr"


def passages_for(frame: pd.DataFrame, place_ids: str | Iterable[str]) -> pd.DataFrame:
    """Events at one place (or several sharing a spot), newest first (undated last)."""
    ids = {place_ids} if isinstance(place_ids, str) else set(place_ids)
    rows = frame[frame["place_id"].isin(ids)]
    return rows.sort_values("event_date", ascending=False, na_position="last")


def same_spot(places: pd.DataFrame, place_id: str, tolerance: float = 0.005) -> list[str]:
    """The place and those drawn on the same spot (a town and its quarters that fall back to
    the town's coordinates), most events first."""
    row = places[places["place_id"] == place_id]
    if row.empty:
        return [place_id]
    lat, lon = float(row["lat"].iloc[0]), float(row["lon"].iloc[0])
    near = places[((places["lat"] - lat).abs() < tolerance)
                  & ((places["lon"] - lon).abs() < tolerance)]
    return list(near.sort_values("count", ascending=False)["place_id"])


def passage_card(row: pd.Series) -> str:
    """HTML for one passage: date and precision, title and outlet, the passage with the place
    name marked, right-to-left when Arabic. All article text is escaped."""
    passage = str(row["passage"])
    start = int(row["surface_start"]) - int(row["start"])
    end = int(row["surface_end"]) - int(row["start"])
    body = highlighted_passage(passage, start, end)
    when = row["event_date"].isoformat() if pd.notna(row["event_date"]) else "undated"
    precision = PRECISION_WORDS.get(str(row["time_precision"]), str(row["time_precision"]))
    outlet = f" · {escaped(row['source'])}" if pd.notna(row.get("source")) and row.get(
        "source") else ""
    kind = f" · {escaped(row['event_type'])}" if pd.notna(row.get("event_type")) and row.get(
        "event_type") else ""
    return (
        f'<div class="marsad-card"><div class="marsad-meta"><b>{escaped(when)}</b> '
        f"({escaped(precision)}){kind}{outlet}<br><i>{escaped(row['title'])}</i></div>"
        f'<p dir="{direction(passage)}" class="marsad-passage">{body}</p></div>'
    )


def article_with_passage(text: str, start: int, end: int) -> str:
    """The whole article, escaped, with the passage marked and line breaks kept."""
    if not 0 <= start < end <= len(text):
        marked = escaped(text)
    else:
        marked = (escaped(text[:start]) + "<mark>" + escaped(text[start:end]) + "</mark>"
                  + escaped(text[end:]))
    return f'<div dir="{direction(text)}" style="white-space:pre-wrap">{marked}</div>'
