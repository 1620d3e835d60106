"""Export events as GeoJSON, GeoParquet or ACLED-style CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from events.store import Store

#: Our columns → ACLED-like names for the CSV export.
ACLED_COLUMNS = {
    "event_id": "event_id_cnty", "event_date": "event_date", "time_precision": "time_precision",
    "event_type": "event_type", "actors": "actor1", "country": "country", "admin1": "admin1",
    "name": "location", "name_ar": "location_ar", "lat": "latitude", "lon": "longitude",
    "geo_precision": "geo_precision", "source": "source", "url": "source_url",
    "passage": "notes", "title": "source_title", "published": "source_date",
    "geonameid": "geonameid", "confidence": "confidence",
}


def _jsonable(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in ("event_date", "published"):
        out[column] = out[column].map(lambda d: d.isoformat() if pd.notna(d) else None)
    return out


def to_geojson(frame: pd.DataFrame) -> dict:
    """A FeatureCollection of points, one per event, with every column as a property."""
    features = []
    for row in _jsonable(frame).to_dict(orient="records"):
        props = {k: (None if isinstance(v, float) and pd.isna(v) else v) for k, v in row.items()}
        props["actors"] = [a for a in (props.get("actors") or "").split(";") if a]
        features.append({"type": "Feature", "properties": props,
                         "geometry": None if props.get("lat") is None else
                         {"type": "Point", "coordinates": [row["lon"], row["lat"]]}})
    return {"type": "FeatureCollection", "features": features}


def export(db_path: Path | str, fmt: str, out: Path | str) -> int:
    """Write the store's events to ``out`` in ``fmt`` (geojson, parquet, csv); returns the count."""
    with Store(db_path) as store:
        frame = store.events_frame()
    out = Path(out)
    if fmt == "geojson":
        out.write_text(json.dumps(to_geojson(frame), ensure_ascii=False), encoding="utf-8")
    elif fmt == "parquet":
        import geopandas as gpd

        data = _jsonable(frame)
        points = gpd.points_from_xy(data["lon"], data["lat"])
        points[data["lat"].isna().to_numpy()] = None  # an event the text does not place
        gdf = gpd.GeoDataFrame(data, geometry=points, crs="EPSG:4326")
        gdf.to_parquet(out)
    elif fmt == "csv":
        _jsonable(frame)[list(ACLED_COLUMNS)].rename(columns=ACLED_COLUMNS).to_csv(
            out, index=False, encoding="utf-8")
    else:
        raise ValueError(f"unknown export format {fmt!r}: use geojson, parquet or csv")
    return len(frame)
