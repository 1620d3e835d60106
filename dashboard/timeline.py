"""Events per day stacked by type, the data behind the timeline chart."""

from __future__ import annotations

import pandas as pd


def daily_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per day and one column per event type, zero-filled; undated events dropped."""
    dates = pd.to_datetime(frame["event_date"], errors="coerce")
    dated = frame.assign(day=dates).dropna(subset=["day"])
    if dated.empty:
        return pd.DataFrame()
    types = dated["event_type"].fillna("other")
    table = pd.crosstab(dated["day"], types)
    every_day = pd.date_range(table.index.min(), table.index.max(), freq="D")
    return table.reindex(every_day, fill_value=0).rename_axis("day")
