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


def binned_counts(frame: pd.DataFrame, max_bars: int = 200) -> tuple[pd.DataFrame, str]:
    """Events per day — or per week, or per month when the days would be more than ``max_bars``
    bars — stacked by type; returns the table (indexed by each bin's first day) and the unit."""
    table = daily_counts(frame)
    if table.empty or len(table) <= max_bars:
        return table, "day"
    for unit, rule in (("week", "W-MON"), ("month", "MS")):
        binned = table.resample(rule, label="left", closed="left").sum()
        if len(binned) <= max_bars or unit == "month":
            return binned.rename_axis("day"), unit
    raise AssertionError("unreachable")
