"""Events per day stacked by type, the data behind the timeline chart."""

from __future__ import annotations

from datetime import date

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


def timeline_spec(counts: pd.DataFrame, unit: str, colours: dict[str, str],
                  start: date | None, end: date | None, height: int = 140) -> dict:
    """The Vega-Lite spec of the timeline: bars per ``unit`` stacked by type (coloured as on the
    map), the selected range shaded, and an x-interval brush named ``brush``. Written as a plain
    dict: building it through Altair validates the whole schema on every rerun."""
    long = counts.reset_index().melt("day", var_name="event_type", value_name="events")
    long = long[long["events"] > 0]  # empty days draw nothing: keep the chart's data small
    types = sorted(long["event_type"].unique())
    rows = [{"day": day.strftime("%Y-%m-%d"), "event_type": kind, "events": int(n)}
            for day, kind, n in zip(long["day"], long["event_type"], long["events"], strict=True)]
    shaded = [{"start": str(start), "end": str(end)}] if start and end else []
    return {
        "height": height,
        "layer": [
            {"data": {"values": shaded}, "mark": {"type": "rect", "color": "#000", "opacity": 0.12},
             "encoding": {"x": {"field": "start", "type": "temporal"}, "x2": {"field": "end"}}},
            {"name": "bars", "data": {"values": rows}, "mark": {"type": "bar"},
             "encoding": {
                 "x": {"field": "day", "type": "temporal", "title": None},
                 "y": {"aggregate": "sum", "field": "events", "type": "quantitative",
                       "title": f"events per {unit}"},
                 "color": {"field": "event_type", "type": "nominal", "title": "type",
                           "scale": {"domain": types,
                                     "range": [colours.get(t, "#555555") for t in types]}},
                 "tooltip": [{"field": "day", "type": "temporal"},
                             {"field": "event_type", "type": "nominal"},
                             {"field": "events", "type": "quantitative"}]}},
        ],
        "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x"]},
                    "views": ["bars"]}],
    }


def brushed_range(selection: object, first_day: date, last_day: date) -> tuple[date, date] | None:
    """The date range brushed on the timeline (Streamlit's selection state), kept within the
    events' span; ``None`` when nothing is brushed."""
    brush = selection.get("selection", {}).get("brush", {}) if isinstance(selection, dict) else {}
    days = brush.get("day") if isinstance(brush, dict) else None
    if not days:
        return None
    # Vega-Lite reports temporal brushes as epoch milliseconds (or ISO strings)
    lo, hi = (pd.to_datetime(d, unit="ms" if isinstance(d, int | float) else None).date()
              for d in (days[0], days[-1]))
    return max(lo, first_day), min(hi, last_day)
