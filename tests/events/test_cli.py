"""The events command line: the extract --json contract and clear errors."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, "-m", "events", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_extract_json_contract():
    out = run("extract", "seeds/000_a52b791169a06a87.txt", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data["article"]) >= {"title", "published", "language", "source"}
    assert data["article"]["published"] == "2024-12-07"
    keys = {"event_date", "time_precision", "name", "lat", "lon", "geo_precision", "surface",
            "passage", "start", "end", "event_type", "actors"}
    assert data["events"] and all(keys <= set(e) for e in data["events"])
    assert any(e["event_date"] == "2024-12-05" and e["surface"] == "بغداد" for e in data["events"])


def test_missing_file_is_one_line_error():
    out = run("extract", "no/such/file.txt", "--json")
    assert out.returncode != 0
    assert "no/such/file.txt" in out.stderr and "Traceback" not in out.stderr


def test_ingest_then_export(tmp_path):
    db = tmp_path / "m.sqlite"
    out = run("ingest", "seeds", "--db", str(db))
    assert out.returncode == 0 and "new: 2" in out.stdout
    out = run("export", "--db", str(db), "--format", "geojson", "--out", str(tmp_path / "e.json"))
    assert out.returncode == 0 and (tmp_path / "e.json").exists()


def test_extract_lists_an_event_without_a_place(tmp_path):
    article = tmp_path / "drone.txt"
    article.write_text("Published: 2024-12-07\nOn Friday, a drone targeted a convoy.\n",
                       encoding="utf-8")
    table = run("extract", str(article))
    assert table.returncode == 0, table.stderr
    assert "2024-12-06" in table.stdout and "(no place)" in table.stdout
    event = json.loads(run("extract", str(article), "--json").stdout)["events"][0]
    assert event["lat"] is None and event["name"] is None and event["event_date"] == "2024-12-06"
