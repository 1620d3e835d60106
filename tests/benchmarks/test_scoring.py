"""The scorer on hand-made gold: perfect, missing, far, traps, countries, months, JSON shape."""

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.scoring import (
    ArticleScore,
    PredictedEvent,
    PredictedPlace,
    score_dates,
    score_places,
    totals,
)

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = (FIXTURES / "a1.txt").read_text(encoding="utf-8")
GOLD = json.loads((FIXTURES / "a1.json").read_text(encoding="utf-8"))


def place(surface, lat, lon, kind="city", country="SY", pid=None):
    start = TEXT.find(surface)
    return PredictedPlace(surface, start, start + len(surface), lat, lon, kind, country,
                          pid or surface)


HOMS = place("Homs", 34.73, 36.71)
HAMA = place("Hama", 35.13, 36.75)
SYRIA = PredictedPlace("Syria", 0, 0, 34.8, 38.9, "country", "SY", "country:SY")


def scored(preds):
    s = ArticleScore("a1", "en")
    score_places(TEXT, GOLD, preds, s)
    return s


def test_perfect_prediction_scores_one():
    t = totals([scored([HOMS, HAMA, SYRIA])])["places"]
    assert (t["precision"], t["recall"], t["f1"], t["trap_hits"]) == (1.0, 1.0, 1.0, 0)


def test_missing_place_lowers_recall_by_its_share():
    t = totals([scored([HOMS, SYRIA])])["places"]
    assert t["precision"] == 1.0 and abs(t["recall"] - 2 / 3) < 1e-3


def test_far_away_prediction_is_a_false_hit():
    far = place("Hama", 36.2, 37.1, pid="elsewhere")  # ~130 km off: wrong for a city
    s = scored([HOMS, far, SYRIA])
    assert s.correct_predicted == 2 and s.predicted == 3 and s.found_places == 2


def test_country_matches_by_iso_code_wherever_its_centroid():
    s = scored([PredictedPlace("Syria", 0, 0, 10.0, 10.0, "country", "SY", "c")])
    assert s.found_places == 1


def test_prediction_inside_a_non_place_is_a_trap_hit():
    trap = place("Deir Ezzor", 35.33, 40.14, pid="deir")
    assert scored([HOMS, trap]).trap_hits == 1


def test_month_precision_date_needs_same_month_only():
    s = ArticleScore("a1", "en")
    events = [PredictedEvent("Fighting in Homs on Friday.", "2024-12-06"),
              PredictedEvent("The Deir Ezzor 24 network said Hama was calm.", "2024-12-20")]
    score_dates(GOLD, "2024-12-07", events, s)
    assert (s.dates_right, s.dated_events, s.published_right) == (2, 2, True)
    wrong = ArticleScore("a1", "en")
    score_dates(GOLD, None, [PredictedEvent("Fighting in Homs on Friday.", "2024-12-07")], wrong)
    assert (wrong.dates_right, wrong.published_right) == (0, False)


def test_cli_json_shape_and_clear_error(tmp_path):
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-m", "benchmarks.evaluate", str(FIXTURES), "--json"],
                         cwd=root, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    for key in ("precision", "recall", "f1", "trap_hits"):
        assert key in data["places"] and key in data["baselines"]["places"]
    for key in ("event_date_accuracy", "published_accuracy"):
        assert key in data["dates"] and key in data["baselines"]["dates"]
    assert data["places"]["recall"] == 1.0 and data["places"]["trap_hits"] == 0
    (tmp_path / "x.json").write_text("{broken", encoding="utf-8")
    (tmp_path / "x.txt").write_text("text", encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "benchmarks.evaluate", str(tmp_path)], cwd=root,
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode != 0 and "x.json" in bad.stderr and "invalid JSON" in bad.stderr


def test_a_place_the_annotator_could_not_locate_is_neither_right_nor_wrong():
    gold = {**GOLD, "places": [*GOLD["places"],
                               {"surface": "Hama", "canonical": "Hama-unlocated", "lat": None,
                                "lon": None, "kind": "town"}]}
    gold["places"] = [g for g in gold["places"] if g.get("canonical") != "Hama"
                      and not (g["surface"] == "Hama" and g.get("lat") is not None)]
    s = ArticleScore("a1", "en")
    elsewhere = place("Hama", 10.0, 10.0, pid="far-hama")
    stray = PredictedPlace("Syria", 0, 0, 1.0, 1.0, "city", "XX", "nowhere")
    score_places(TEXT, gold, [HOMS, elsewhere, stray], s)
    assert s.predicted == 2 and s.correct_predicted == 1  # Hama left out; the stray still counts
    assert s.false_hits == ["Syria → nowhere (city, XX)"]
