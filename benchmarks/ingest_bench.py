"""Ingest speed and store query time over generated articles (targets of issue 4).

Run: ``python -m benchmarks.ingest_bench [--articles 10000]``. Prints articles per second on one
core end to end (read, date, place, store), next to a read-only pass over the same files (the
baseline measured in the same run), peak memory, and the time to open the store and answer a
date-range query.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

AR_TEMPLATES = [
    "{weekday_ar}، قصفت طائرات مجهولة مواقع لمليشيات في مدينة {town_ar} بريف {gov_ar}.",
    "وذكرت مصادر محلية أن أرتالا عسكرية انسحبت من {town_ar} باتجاه {town2_ar} {weekday_ar}.",
    "واندلعت اشتباكات بين قوات النظام ومسلحين محليين في قرية {town2_ar} شرقي {town_ar}.",
    "وقال المرصد السوري لحقوق الإنسان إن الغارات استهدفت مستودعات أسلحة قرب {town_ar}.",
]
EN_TEMPLATES = [
    "An airstrike hit a convoy near {town_en} on {weekday_en}, local sources said.",
    "Iran-backed militias withdrew from {town_en} toward {town2_en} {weekday_en}.",
    "Clashes broke out in {gov_en} province as government forces advanced on {town2_en}.",
]
AR_WEEKDAYS = ["يوم الجمعة", "مساء الخميس", "أمس", "اليوم السبت", "فجر الأربعاء"]
EN_WEEKDAYS = ["on Friday", "late Thursday", "yesterday", "on Saturday"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]


def generate(folder: Path, count: int, seed: int = 3) -> None:
    """Write ``count`` articles (two thirds Arabic) built from templates over real place names."""
    from gazetteer import Gazetteer

    gaz = Gazetteer.load()
    towns = [p for p in gaz.index.places if p.country == "SY" and p.kind in ("city", "town")
             and p.name_ar]
    govs = [p for p in gaz.index.places if p.country == "SY" and p.kind == "governorate"]
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    for i in range(count):
        published = start + timedelta(days=rng.randrange(2000))
        town, town2, gov = rng.choice(towns), rng.choice(towns), rng.choice(govs)
        values = {"town_ar": town.name_ar, "town2_ar": town2.name_ar, "gov_ar": gov.name_ar,
                  "town_en": town.name, "town2_en": town2.name, "gov_en": gov.name,
                  "weekday_ar": rng.choice(AR_WEEKDAYS), "weekday_en": rng.choice(EN_WEEKDAYS)}
        if i % 3:
            head = f"تقرير رقم {i}\n\n{published.day} {AR_MONTHS[published.month - 1]} " \
                   f"{published.year}\n\n"
            body = " ".join(rng.choice(AR_TEMPLATES).format(**values) for _ in range(12))
        else:
            head = f"Report {i}\n\n{published:%B} {published.day}, {published.year}\n\n"
            body = " ".join(rng.choice(EN_TEMPLATES).format(**values) for _ in range(12))
        (folder / f"a{i:05d}.txt").write_text(head + body, encoding="utf-8")


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()

    from events.ingest import ingest
    from events.reader import find_files, read_article
    from events.store import Store
    from gazetteer import Gazetteer

    Gazetteer.load()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        t = time.perf_counter()
        generate(corpus, args.articles)
        print(f"generated {args.articles:,} articles in {time.perf_counter() - t:.1f} s")

        t = time.perf_counter()
        for path in find_files([corpus]):
            read_article(path)
        read_s = time.perf_counter() - t

        db = Path(tmp) / "bench.sqlite"
        t = time.perf_counter()
        report = ingest([corpus], db)
        ingest_s = time.perf_counter() - t
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        t = time.perf_counter()
        with Store(db) as store:
            frame = store.events_frame("2020-03-01", "2020-03-31")
        query_ms = (time.perf_counter() - t) * 1000

    rate = args.articles / ingest_s
    print(f"ingest: {rate:,.0f} articles/s on one core ({report.events:,} events, "
          f"{ingest_s:.1f} s)   target >= 200/s")
    print(f"baseline, reading the same files only: {args.articles / read_s:,.0f} articles/s; "
          f"ingest / read-only ratio {rate / (args.articles / read_s):.2f}")
    print(f"peak memory: {rss:.0f} MB")
    print(f"open store + one-month date-range query: {query_ms:.0f} ms ({len(frame):,} events)"
          f"   target < 100 ms")


if __name__ == "__main__":
    main()
