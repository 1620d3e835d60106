"""Regenerate the derived files in ``gazetteer/data/`` from the raw open datasets.

Run once by a maintainer (``python -m gazetteer.prepare_data /path/to/shared/data``); the app and
the tests only read the outputs, which are committed. See ``gazetteer/data/PROVENANCE.md``.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
from pathlib import Path

from shapely.geometry import mapping, shape

DATA = Path(__file__).parent / "data"

#: Countries kept for the basemap outlines (Syria, its neighbours and the region around).
REGION_ISO2 = (
    "SY", "IQ", "LB", "JO", "TR", "IL", "PS", "IR", "SA", "EG", "KW", "CY", "GE", "AM", "AZ", "AE",
    "QA", "BH", "OM", "YE", "GR", "BG", "LY", "SD", "ER", "DJ",
)


def _simplified(geometry: dict, tolerance: float) -> dict:
    geom = shape(geometry).simplify(tolerance, preserve_topology=True)
    return _rounded(mapping(geom))


def _rounded(obj):
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, list | tuple):
        return [_rounded(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _rounded(v) for k, v in obj.items()}
    return obj


def _feature(props: dict, geometry: dict, tolerance: float) -> dict:
    geom = shape(geometry)
    point = geom.representative_point() if not geom.centroid.within(geom) else geom.centroid
    props = {**props, "lat": round(point.y, 5), "lon": round(point.x, 5)}
    return {"type": "Feature", "properties": props, "geometry": _simplified(geometry, tolerance)}


def admin_areas(shared: Path) -> dict:
    """Syrian governorates and districts (OCHA 2016) and Iraqi governorates (OCHA COD-AB 2019)."""
    features = []
    syr = shared / "syria-ocha-admin-2016"
    for level, kind in ((1, "governorate"), (2, "district")):
        data = json.loads((syr / f"syr_admin{level}.geojson").read_text(encoding="utf-8"))
        for f in data["features"]:
            p = f["properties"]
            props = {
                "pcode": p["PCODE"], "name_en": p["NAME_EN"], "name_ar": p["NAME_AR"],
                "kind": kind, "country": "SY",
                "admin1": p.get("ADM1_EN") or p["NAME_EN"],
            }
            features.append(_feature(props, f["geometry"], 0.01))
    irq = shared / "iraq-ocha-cod-ab-2019" / "irq_admbnda_adm1_cso_20190603.geojson"
    for f in json.loads(irq.read_text(encoding="utf-8"))["features"]:
        p = f["properties"]
        props = {
            "pcode": p["ADM1_PCODE"], "name_en": p["ADM1_EN"], "name_ar": p["ADM1_AR"],
            "kind": "governorate", "country": "IQ", "admin1": p["ADM1_EN"],
        }
        features.append(_feature(props, f["geometry"], 0.01))
    return {"type": "FeatureCollection", "features": features}


def countries(shared: Path) -> dict:
    """Natural Earth 1:110m country outlines, simplified; the region in 1:50m detail."""
    features = []
    ne = shared / "natural-earth"
    detailed = json.loads((ne / "ne_50m_admin_0_countries.geojson").read_text(encoding="utf-8"))
    coarse = json.loads((ne / "ne_110m_admin_0_countries.geojson").read_text(encoding="utf-8"))
    seen = set()
    for data, tolerance, only_region in ((detailed, 0.01, True), (coarse, 0.05, False)):
        for f in data["features"]:
            p = f["properties"]
            iso = p.get("ISO_A2") if p.get("ISO_A2") not in (None, "-99") else p.get("ISO_A2_EH")
            if not iso or iso == "-99" or iso in seen:
                continue
            if only_region and iso not in REGION_ISO2:
                continue
            seen.add(iso)
            props = {"iso2": iso, "name_en": p["NAME"], "region": iso in REGION_ISO2}
            features.append(_feature(props, f["geometry"], tolerance))
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    """Write the derived data files from a folder holding the raw datasets."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shared", type=Path, help="folder with the raw datasets (shared/data)")
    args = parser.parse_args()
    shared: Path = args.shared
    shutil.copyfile(
        shared / "syria-ocha-communities-2015" / "syr_communities_ocha2015.csv",
        DATA / "ocha_communities.csv",
    )
    collections = (("admin_areas", admin_areas(shared)), ("countries", countries(shared)))
    for name, collection in collections:
        (DATA / f"{name}.geojson").write_text(
            json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
    iraq_rows = []
    for level in (2, 3):
        path = shared / "iraq-ocha-cod-ab-2019" / f"irq_admbnda_adm{level}_cso_20190603.geojson"
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            p = f["properties"]
            point = shape(f["geometry"]).representative_point()
            iraq_rows.append((p[f"ADM{level}_PCODE"], level, p[f"ADM{level}_EN"],
                              p[f"ADM{level}_AR"], round(point.y, 5), round(point.x, 5),
                              p["ADM1_EN"]))
    with (DATA / "iraq_admin_names.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(("pcode", "level", "name_en", "name_ar", "lat", "lon", "adm1_en"))
        writer.writerows(iraq_rows)
    rows = []
    for level in ("governorates", "districts"):
        path = shared / "syria-opensyria-geography" / f"{level}.json"
        for item in json.loads(path.read_text(encoding="utf-8")):
            target = item.get("externalIds", {}).get("ochaPcode")
            if not target:
                continue
            for alias in item.get("aliases", []):
                if alias["value"].startswith(("منطقة ", "ناحية ", "مدينة ")):
                    # in news "منطقة X" is the area around town X and "مدينة X" the town itself,
                    # not the district
                    continue
                rows.append((alias["value"], alias["language"], f"ocha:{target}", "OpenSyria"))
    with (DATA / "opensyria_aliases.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(("alias", "lang", "target", "source"))
        writer.writerows(rows)


if __name__ == "__main__":
    main()
