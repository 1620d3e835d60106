"""Pure scoring of place and date predictions against gold annotations (see eval/FORMAT.md).

Everything here works on plain values so it can be tested on hand-made fixtures; the adapters
that run the gazetteer, the events room and the baselines live in ``benchmarks/evaluate.py``.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field

AREA_KINDS = frozenset({"country", "governorate", "region", "river"})
NEAR_KM = 25.0
AREA_KM = 161.0


@dataclass(frozen=True)
class PredictedPlace:
    """One place mention predicted in an article."""

    surface: str
    start: int
    end: int
    lat: float
    lon: float
    kind: str
    country: str | None
    place_id: str


@dataclass(frozen=True)
class PredictedEvent:
    """One dated passage predicted in an article."""

    passage: str
    event_date: str | None  # YYYY-MM-DD


@dataclass
class ArticleScore:
    """Counts for one article, plus what went wrong."""

    article_id: str
    language: str
    gold_places: int = 0
    found_places: int = 0  # gold places matched by some prediction
    predicted: int = 0  # distinct predicted places
    correct_predicted: int = 0  # distinct predicted places matching some gold place
    trap_hits: int = 0
    errors_km: list[float] = field(default_factory=list)  # resolution errors of recognised names
    dated_events: int = 0
    dates_right: int = 0
    published_right: bool = False
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    date_misses: list[str] = field(default_factory=list)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def matches(gold: dict, pred: PredictedPlace) -> bool:
    """A prediction matches a gold place within 25 km (161 km for areas), or a predicted country
    matches a gold country with the same ISO code."""
    if gold.get("kind") == "country" and pred.kind == "country" and gold.get("country"):
        return pred.country == gold["country"]
    if gold.get("lat") is None or gold.get("lon") is None:
        return False
    limit = AREA_KM if gold.get("kind") in AREA_KINDS else NEAR_KM
    return km(gold["lat"], gold["lon"], pred.lat, pred.lon) <= limit


def spans_of(text: str, surface: str) -> list[tuple[int, int]]:
    """Every occurrence of ``surface`` in ``text``."""
    out, pos = [], text.find(surface)
    while pos >= 0 and surface:
        out.append((pos, pos + len(surface)))
        pos = text.find(surface, pos + 1)
    return out


def score_places(text: str, gold: dict, preds: list[PredictedPlace], score: ArticleScore) -> None:
    """Fill the place counts of ``score``: distinct places, traps, resolution errors."""
    by_place: dict[str, PredictedPlace] = {}
    for p in preds:
        by_place.setdefault(p.place_id, p)
    distinct = list(by_place.values())
    gold_places: dict[str, dict] = {}
    for g in gold.get("places", []):
        gold_places.setdefault(g.get("canonical") or g["surface"], g)
    locatable = {k: g for k, g in gold_places.items()
                 if g.get("lat") is not None or g.get("kind") == "country"}
    score.gold_places = len(locatable)
    for name, g in locatable.items():
        if any(matches(g, p) for p in distinct):
            score.found_places += 1
        else:
            score.misses.append(f"{g['surface']} ({name}, {g.get('kind')})")
    # a place the annotator marked but could not locate (the Middle East, a river) can be
    # neither right nor wrong: predictions on its spans are left out of the count
    unlocated = [span for k, g in gold_places.items() if k not in locatable
                 for span in spans_of(text, g["surface"])]
    score.predicted = 0
    for p in distinct:
        if any(matches(g, p) for g in locatable.values()):
            score.correct_predicted += 1
        elif any(q.start < e and q.end > s for q in preds if q.place_id == p.place_id
                 for s, e in unlocated):
            continue
        else:
            score.false_hits.append(f"{p.surface} → {p.place_id} ({p.kind}, {p.country})")
        score.predicted += 1
    for g in gold.get("places", []):
        if g.get("lat") is None:
            continue
        occurrences = spans_of(text, g["surface"])
        named = [p for p in preds if any(p.start < e and p.end > s for s, e in occurrences)]
        if named:
            score.errors_km.append(min(km(g["lat"], g["lon"], p.lat, p.lon) for p in named))
    for trap in gold.get("non_places", []):
        for s, e in spans_of(text, trap["surface"]):
            for p in preds:
                if p.start < e and p.end > s:
                    score.trap_hits += 1
                    score.traps.append(f"{p.surface} inside {trap['surface']!r}")


def date_right(gold_event: dict, predicted: str | None) -> bool:
    """Same day; or same month for month precision; same year for year precision."""
    if not predicted:
        return False
    precision = gold_event.get("date_precision", "day")
    size = {"month": 7, "year": 4}.get(precision, 10)
    return predicted[:size] == gold_event["date"][:size]


def score_dates(gold: dict, published: str | None, events: list[PredictedEvent],
                score: ArticleScore) -> None:
    """Fill the date counts of ``score``: dated events right, publication date right."""
    score.published_right = published == gold.get("published")
    for g in gold.get("dated_events", []):
        score.dated_events += 1
        candidates = [e for e in events if g["quote"] in e.passage]
        if any(date_right(g, e.event_date) for e in candidates):
            score.dates_right += 1
        else:
            got = sorted({e.event_date or "none" for e in candidates}) or ["no passage"]
            score.date_misses.append(f"{g['quote'][:50]!r}: gold {g['date']}, got {', '.join(got)}")


def totals(scores: list[ArticleScore]) -> dict:
    """Micro-averaged totals over articles."""
    gold = sum(s.gold_places for s in scores)
    found = sum(s.found_places for s in scores)
    predicted = sum(s.predicted for s in scores)
    correct = sum(s.correct_predicted for s in scores)
    precision = correct / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    errors = [e for s in scores for e in s.errors_km]
    dated = sum(s.dated_events for s in scores)
    return {
        "places": {
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "trap_hits": sum(s.trap_hits for s in scores),
            "acc_at_161km": round(sum(e <= AREA_KM for e in errors) / len(errors), 4)
            if errors else None,
            "median_error_km": round(statistics.median(errors), 2) if errors else None,
            "gold": gold, "predicted": predicted,
        },
        "dates": {
            "event_date_accuracy": round(sum(s.dates_right for s in scores) / dated, 4)
            if dated else None,
            "published_accuracy": round(sum(s.published_right for s in scores) / len(scores), 4)
            if scores else None,
            "dated_events": dated,
        },
        "articles": len(scores),
    }
