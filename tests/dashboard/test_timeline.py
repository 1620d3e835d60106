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


def test_timeline_spec_stacks_non_empty_days_colours_types_and_shades_the_range():
    from datetime import date

    from dashboard.timeline import timeline_spec

    frame = pd.DataFrame({"event_date": ["2021-11-05", "2021-11-05", "2021-11-08"],
                          "event_type": ["airstrike", "clash", "airstrike"]})
    spec = timeline_spec(daily_counts(frame), "day", {"airstrike": "#d62728"},
                         date(2021, 11, 5), date(2021, 11, 6))
    shade, bars = spec["layer"]
    assert shade["data"]["values"] == [{"start": "2021-11-05", "end": "2021-11-06"}]
    assert sorted((r["day"], r["event_type"], r["events"]) for r in bars["data"]["values"]) == [
        ("2021-11-05", "airstrike", 1), ("2021-11-05", "clash", 1), ("2021-11-08", "airstrike", 1)]
    scale = bars["encoding"]["color"]["scale"]
    assert scale == {"domain": ["airstrike", "clash"], "range": ["#d62728", "#555555"]}
    assert spec["params"][0]["name"] == "brush" and spec["params"][0]["views"] == [bars["name"]]


def test_a_brushed_range_is_read_in_either_form_and_kept_within_the_span():
    from datetime import date

    from dashboard.timeline import brushed_range

    first, last = date(2021, 11, 1), date(2021, 11, 30)
    ms = pd.Timestamp("2021-11-03").value // 10**6
    state = {"selection": {"brush": {"day": [ms, pd.Timestamp("2021-12-25").value // 10**6]}}}
    assert brushed_range(state, first, last) == (date(2021, 11, 3), last)
    iso = {"selection": {"brush": {"day": ["2021-10-01T00:00:00", "2021-11-10T00:00:00"]}}}
    assert brushed_range(iso, first, last) == (first, date(2021, 11, 10))
    assert brushed_range({"selection": {"brush": {}}}, first, last) is None
    assert brushed_range(None, first, last) is None
