"""Area outlines: Syrian and Iraqi admin units (OCHA) and countries (Natural Earth), simplified."""

from __future__ import annotations

import json
from functools import lru_cache

from gazetteer.lexicon import DATA


@lru_cache(maxsize=1)
def _areas() -> dict[str, dict]:
    out: dict[str, dict] = {}
    admin = json.loads((DATA / "admin_areas.geojson").read_text(encoding="utf-8"))
    for f in admin["features"]:
        out[f"ocha:{f['properties']['pcode']}"] = f
    countries = json.loads((DATA / "countries.geojson").read_text(encoding="utf-8"))
    for f in countries["features"]:
        out[f"country:{f['properties']['iso2']}"] = f
    return out


def area_geometry(place_id: str) -> dict | None:
    """The GeoJSON geometry of an area place id (``ocha:SY09``, ``country:IQ``), else ``None``."""
    feature = _areas().get(place_id)
    return None if feature is None else feature["geometry"]


def outlines() -> dict:
    """Country outlines of the region around Syria and Syrian governorates, as one GeoJSON
    FeatureCollection small enough to embed in a web page (the dashboard's offline basemap)."""
    features = []
    for place_id, f in _areas().items():
        p = f["properties"]
        if place_id.startswith("country:") and p.get("region"):
            features.append({"type": "Feature", "geometry": f["geometry"],
                             "properties": {"kind": "country", "name": p["name_en"],
                                            "id": place_id}})
        elif p.get("kind") == "governorate" and p.get("country") == "SY":
            features.append({"type": "Feature", "geometry": f["geometry"],
                             "properties": {"kind": "governorate", "name": p["name_en"],
                                            "name_ar": p["name_ar"], "id": place_id}})
    return {"type": "FeatureCollection", "features": features}
