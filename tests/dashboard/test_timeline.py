import pandas as pd

from dashboard.timeline import daily_counts


def test_daily_counts_stack_types_fill_gaps_and_drop_undated():
    frame = pd.DataFrame(
        {
            "event_date": ["2021-11-05", "2021-11-05", "2021-11-07", None],
            "event_type": ["airstrike", "clash", "airstrike", "clash"],
        }
    )
    counts = daily_counts(frame)
    assert len(counts) == 3
    assert counts.loc["2021-11-05"].to_dict() == {"airstrike": 1, "clash": 1}
    assert counts.loc["2021-11-06"].sum() == 0
    assert counts.to_numpy().sum() == 3


def test_daily_counts_of_only_undated_events_is_empty():
    frame = pd.DataFrame({"event_date": [None], "event_type": ["clash"]})
    assert daily_counts(frame).empty


def test_long_spans_are_binned_by_week_then_month_and_keep_every_event():
    from dashboard.timeline import binned_counts

    days = pd.date_range("2022-01-01", periods=1000, freq="D").strftime("%Y-%m-%d")
    frame = pd.DataFrame({"event_date": list(days), "event_type": ["clash"] * len(days)})
    counts, unit = binned_counts(frame, max_bars=200)
    assert unit == "week" and len(counts) <= 200 and counts.to_numpy().sum() == 1000
    counts, unit = binned_counts(frame, max_bars=40)
    assert unit == "month" and counts.to_numpy().sum() == 1000
    counts, unit = binned_counts(frame.head(30))
    assert unit == "day" and len(counts) == 30
