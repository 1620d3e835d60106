"""Marsad — مرصد: news events on a map. Run with ``streamlit run dashboard/app.py``."""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run dashboard/app.py` puts dashboard/ first, not root
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from streamlit_folium import st_folium  # noqa: E402

from dashboard import data  # noqa: E402
from dashboard.filters import EventFilter, filter_events, per_place  # noqa: E402
from dashboard.map_view import TYPE_COLOURS, build_map, legend_html  # noqa: E402
from dashboard.offline import localize  # noqa: E402
from dashboard.page_ready import map_drawn  # noqa: E402
from dashboard.reading import (  # noqa: E402
    article_with_passage,
    passage_card,
    passages_for,
    same_spot,
)
from dashboard.timeline import binned_counts, brushed_range, timeline_spec  # noqa: E402
from events.ingest import ingest  # noqa: E402
from events.reader import SUPPORTED  # noqa: E402
from gazetteer import Gazetteer, outlines  # noqa: E402

st.set_page_config(page_title="Marsad — مرصد", page_icon="🛰️", layout="wide")
st.markdown(
    "<style>.marsad-card{border-left:3px solid #bbb;padding:4px 10px;margin:8px 0}"
    ".marsad-passage{font-size:1.05em;line-height:1.6}.marsad-meta{color:#555;font-size:.85em}"
    "mark{background:#ffe08a}</style>",
    unsafe_allow_html=True,
)


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per server."""
    return Gazetteer.load()


@st.cache_data(show_spinner=False)
def basemap() -> dict:
    """Country and governorate outlines for the offline basemap."""
    return outlines()


# cache_resource, not cache_data: frames are shared read-only instead of copied on every rerun
@st.cache_resource(show_spinner="Reading events…", max_entries=4)
def events_of(db: str, version: float):
    """Every event of the store (reloaded when the file changes)."""
    return data.load_events(Path(db))


@st.cache_data(show_spinner=False)
def problems_of(db: str, version: float):
    """What is not on the map, with reasons."""
    return data.load_problems(Path(db))


@st.cache_resource(show_spinner=False, max_entries=16)
def filtered(db: str, version: float, chosen: EventFilter):
    """The events the sidebar and the slider select."""
    return filter_events(events_of(db, version), chosen)


@st.cache_resource(show_spinner=False, max_entries=16)
def places_of(db: str, version: float, chosen: EventFilter):
    """The selected events grouped per place (one map marker each)."""
    return per_place(filtered(db, version, chosen))


@st.cache_resource(show_spinner=False, max_entries=16)
def timeline_counts(db: str, version: float, chosen: EventFilter):
    """Events per day (or week or month) and type over the whole span the filters leave, and
    how many of them are dated only to the month or year (left off the chart)."""
    unranged = filtered(db, version, chosen)
    # a bar per day: events known only to the month or year would stand on the 1st and mislead
    by_day = unranged["time_precision"].isin(["day", "week", "reported"])
    counts, unit = binned_counts(unranged[by_day])
    return counts, unit, int((~by_day).sum())


@st.cache_data(show_spinner=False, max_entries=4)
def downloads(db: str, version: float, chosen: EventFilter) -> tuple[bytes, bytes]:
    """The selected events as CSV and GeoJSON bytes."""
    return data.download_files(filtered(db, version, chosen))


def area_outline(place_id: str) -> dict | None:
    """An area's outline for the map, if the gazetteer has one."""
    return gazetteer().geometry(place_id)


# --- sidebar: database, uploads, filters ----------------------------------------------------
st.sidebar.title("Marsad · مرصد")
db_path = Path(st.sidebar.text_input("Database file", value=str(data.DEFAULT_DB)))
seeded = data.ensure_seeded(db_path)
if seeded:
    st.toast("Loaded the seed articles into a new database.")

uploads = st.sidebar.file_uploader(
    "Add articles", accept_multiple_files=True,
    type=sorted(s.lstrip(".") for s in SUPPORTED), help="txt, md, html, json, jsonl",
)
if uploads and st.sidebar.button("Ingest uploaded files", type="primary"):
    bar = st.sidebar.progress(0.0, text="Reading…")
    with tempfile.TemporaryDirectory() as tmp:
        for upload in uploads:
            (Path(tmp) / Path(upload.name).name).write_bytes(upload.getvalue())
        report = ingest([tmp], db_path, lambda done, total: bar.progress(
            done / total, text=f"{done}/{total} files"), gaz=gazetteer())
    bar.empty()
    st.sidebar.success(f"{report.new} new articles, {report.events} events, "
                       f"{report.duplicates} duplicates")
    for path, reason in report.failures:
        st.sidebar.error(f"{Path(path).name}: {reason}")

version = data.db_version(db_path)
events = events_of(str(db_path), version)
problems = problems_of(str(db_path), version)

st.sidebar.subheader("Filters")


def options(column: str) -> list[str]:
    """The distinct values of a column, for a filter."""
    return sorted(v for v in events[column].dropna().unique() if v) if column in events else []


all_actors = sorted({a for cell in events["actors"].dropna() for a in cell.split(";") if a})
chosen = EventFilter(
    text=st.sidebar.text_input("Text in passage or title"),
    places=tuple(st.sidebar.multiselect("Place", options("name"))),
    governorates=tuple(st.sidebar.multiselect("Governorate", options("admin1"))),
    countries=tuple(st.sidebar.multiselect("Country", options("country"))),
    event_types=tuple(st.sidebar.multiselect("Event type", options("event_type"))),
    actors=tuple(st.sidebar.multiselect("Actor", all_actors)),
    outlets=tuple(st.sidebar.multiselect("Outlet", options("source"))),
    languages=tuple(st.sidebar.multiselect("Language", options("language"))),
    min_confidence=st.sidebar.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05),
)
tiles = st.sidebar.toggle("OpenStreetMap tiles (needs internet)", value=False)
with st.sidebar:
    # the chart and the tables wait until the browser has drawn the map (see page_ready)
    complete = map_drawn()

# --- title and time range ------------------------------------------------------------------
st.title("Marsad · مرصد")
dated = events.dropna(subset=["event_date"])
if dated.empty:
    st.info("No dated events yet — add articles in the sidebar.")
    first_day = last_day = None
else:
    first_day, last_day = dated["event_date"].min(), dated["event_date"].max()
    if last_day == first_day:
        last_day = first_day + timedelta(days=1)
    if "range" not in st.session_state or st.session_state.get("range_bounds") != (
            first_day, last_day):
        # open on the day-dated events; month/year background ("in 1979 ...") stays reachable
        precise = dated[dated["time_precision"].isin(["day", "week", "reported"])]
        opening = precise["event_date"].min() if not precise.empty else first_day
        st.session_state["range"] = (min(opening, last_day - timedelta(days=1)), last_day)
        st.session_state["range_bounds"] = (first_day, last_day)

    if st.session_state.get("playing"):
        start, end = st.session_state["range"]
        width = max(end - start, timedelta(days=1))
        step = max(timedelta(days=1), (last_day - first_day) / 30)
        new_end = min(end + step, last_day)
        st.session_state["range"] = (max(first_day, new_end - width), new_end)
        if new_end >= last_day:
            st.session_state["playing"] = False

    play_col, slider_col = st.columns([1, 9])
    with play_col:
        label = "⏸ Pause" if st.session_state.get("playing") else "▶ Play"
        if st.button(label, key="play"):
            st.session_state["playing"] = not st.session_state.get("playing")
            if st.session_state["playing"]:
                start, end = st.session_state["range"]
                width = max(end - start, timedelta(days=1))
                if end >= last_day:
                    st.session_state["range"] = (first_day, min(first_day + width, last_day))
            st.rerun()
    with slider_col:
        st.slider("Dates", min_value=first_day, max_value=last_day, key="range",
                  format="YYYY-MM-DD")

start, end = st.session_state.get("range", (None, None))
chosen = EventFilter(**{**chosen.__dict__, "start": start, "end": end})
shown = filtered(str(db_path), version, chosen)
undated_shown = filter_events(events[events["event_date"].isna()],
                              EventFilter(**{**chosen.__dict__, "start": None, "end": None}))

# --- timeline --------------------------------------------------------------------------------
unranged_filter = EventFilter(**{**chosen.__dict__, "start": None, "end": None})
counts, unit, month_or_year = timeline_counts(str(db_path), version, unranged_filter)


def on_timeline_select() -> None:
    """A range brushed on the timeline becomes the slider's range."""
    if first_day is not None:
        picked = brushed_range(st.session_state.get("timeline"), first_day, last_day)
        if picked:
            st.session_state["range"] = picked


TIMELINE_HEIGHT = 140
chart_slot = st.container()  # the same place in every run, so the map is never remounted
if not counts.empty and complete:
    chart_slot.vega_lite_chart(timeline_spec(counts, unit, TYPE_COLOURS, start, end,
                                             height=TIMELINE_HEIGHT),
                               width="stretch", key="timeline", on_select=on_timeline_select,
                               selection_mode="brush")
    if month_or_year:
        chart_slot.caption(f"{month_or_year} events dated only to the month or year are in the "
                           "map and table for their range but not drawn on this chart.")
elif not counts.empty:
    # keep the chart's room, so that the map does not jump down when the chart comes
    chart_slot.space(TIMELINE_HEIGHT)

# --- map and reading panel -------------------------------------------------------------------
places = places_of(str(db_path), version, chosen)
selected = st.session_state.get("selected_place")
if selected is not None and selected not in set(places["place_id"]):
    selected = None
map_col, read_col = st.columns([3, 2])
with map_col:
    present = sorted(t for t in shown["event_type"].dropna().unique())
    st.markdown(legend_html([t for t in TYPE_COLOURS if t in present]
                            + [t for t in present if t not in TYPE_COLOURS]),
                unsafe_allow_html=True)
    fmap = build_map(places, outlines=basemap(), geometry=area_outline, tiles=tiles,
                     selected=selected)
    if selected is not None:
        row = places[places["place_id"] == selected].iloc[0]
        fmap.location = [float(row["lat"]), float(row["lon"])]
    localize(fmap)
    clicked = st_folium(fmap, height=520, use_container_width=True, key="map",
                        returned_objects=["last_object_clicked", "last_clicked"])
    # markers drawn out of a cluster report only a map click, so take whichever came
    point = (clicked or {}).get("last_object_clicked") or (clicked or {}).get("last_clicked")
    if point and not places.empty:
        distance = (places["lat"] - point["lat"]) ** 2 + (places["lon"] - point["lng"]) ** 2
        nearest = places.loc[distance.idxmin()]
        if distance.min() < 0.01 and nearest["place_id"] != st.session_state.get("clicked"):
            st.session_state["clicked"] = nearest["place_id"]
            st.session_state["selected_place"] = selected = nearest["place_id"]
    country_level = places[places["geo_precision"].fillna(1).astype(int) >= 4]
    if not country_level.empty:
        st.caption("Country-level events (not pinned): " + ", ".join(
            f"{r.name} ({r.count})" for r in country_level.itertuples()))
        pick = st.selectbox("Read country-level events", ["—", *country_level["name"]],
                            key="country_pick")
        if pick != "—":
            selected = country_level[country_level["name"] == pick]["place_id"].iloc[0]

with read_col:
    if selected is None:
        st.subheader("Click a marker to read")
        st.write(f"{len(shown)} events at {len(places)} places in the selected range; "
                 f"{len(undated_shown)} undated.")
    else:
        spot = same_spot(places, selected)
        rows = passages_for(shown, spot)
        if not rows.empty:
            first = rows[rows["place_id"] == spot[0]].iloc[0]
            arabic = f" · {first['name_ar']}" if first["name_ar"] else ""
            st.subheader(f"{first['name']}{arabic}")
            if len(spot) > 1:
                others = rows[rows["place_id"] != spot[0]]["name"].unique()
                st.caption("Also drawn here: " + ", ".join(others))
            st.caption(f"{len(rows)} passages, newest first")
            for _, row in rows.head(50).iterrows():
                st.markdown(passage_card(row), unsafe_allow_html=True)
                with st.expander("Whole article"):
                    article = data.load_article(db_path, row["article_id"])
                    if article:
                        if article.get("url"):
                            st.markdown(f"[Source]({article['url']})")
                        st.markdown(article_with_passage(article["text"], int(row["start"]),
                                                         int(row["end"])),
                                    unsafe_allow_html=True)

# --- what is not on the map, the table, downloads ---------------------------------------------
unplaced_shown = shown[shown["lat"].isna()]
with st.expander(f"Not on the map ({len(problems)} problems, {len(undated_shown)} undated "
                 f"events, {len(unplaced_shown)} events with no place in the range)"):
    if not complete:
        st.caption("Loading the lists…")
    else:
        st.dataframe(problems, hide_index=True, width="stretch")
        if not unplaced_shown.empty:
            st.caption("Dated events whose place the text does not name")
            st.dataframe(unplaced_shown[["event_date", "event_type", "passage", "title",
                                         "source", "place_reason"]],
                         hide_index=True, width="stretch")

st.subheader("Events")
table = shown[["event_date", "time_precision", "name", "country", "event_type", "surface",
               "passage", "title", "source", "confidence", "place_id"]]
TABLE_ROWS = 1000
if len(table) > TABLE_ROWS:
    st.caption(f"Showing the first {TABLE_ROWS:,} of {len(table):,} events; the downloads have "
               "them all.")
    table = table.head(TABLE_ROWS)
if complete:
    picked = st.dataframe(table.drop(columns=["place_id"]), hide_index=True,
                          width="stretch", on_select="rerun", selection_mode="single-row",
                          key="table")
    rows_picked = picked.selection.rows if picked else []
else:
    st.caption("Loading the table…")
    rows_picked = []
if rows_picked:
    place_id = table.iloc[rows_picked[0]]["place_id"]
    if isinstance(place_id, str) and st.session_state.get("selected_place") != place_id:
        # (an event without a place has no marker to focus)
        st.session_state["selected_place"] = place_id
        st.rerun()

left, right = st.columns(2)
# built when clicked, not on every rerun: 100,000 events make a GeoJSON of tens of megabytes
left.download_button("Download CSV", lambda: downloads(str(db_path), version, chosen)[0],
                     file_name="marsad-events.csv", mime="text/csv")
right.download_button("Download GeoJSON", lambda: downloads(str(db_path), version, chosen)[1],
                      file_name="marsad-events.geojson", mime="application/geo+json")
st.caption("Place data © GeoNames (CC BY 4.0), UN OCHA (CC BY-IGO), Natural Earth, OpenSyria.")

if st.session_state.get("playing"):
    time.sleep(0.8)
    st.rerun()
