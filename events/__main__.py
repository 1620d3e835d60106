"""Command line: ``python -m events ingest|extract|export``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from events.export import export
from events.extract import extract
from events.ingest import ingest
from events.reader import ArticleError, read_article
from events.store import StoreError

DEFAULT_DB = Path("data") / "marsad.sqlite"


def _extract_json(path: Path, published: str | None) -> dict:
    article = read_article(path, published=published)
    return {
        "article": {
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language, "source": article.source, "url": article.url,
            "article_id": article.article_id, "published_evidence": article.published_evidence,
        },
        "events": [
            {k: e.as_dict()[k] for k in (
                "event_date", "time_precision", "name", "name_ar", "lat", "lon", "geo_precision",
                "kind", "country", "surface", "passage", "start", "end", "event_type", "actors",
                "confidence", "date_reason", "place_reason")}
            for e in extract(article)
        ],
    }


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m events``."""
    parser = argparse.ArgumentParser(prog="python -m events", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_ingest = sub.add_parser("ingest", help="read files or folders into the store")
    p_ingest.add_argument("paths", nargs="+", type=Path)
    p_ingest.add_argument("--db", type=Path, default=DEFAULT_DB)
    p_ingest.add_argument("--published", help="publication date for articles that lack one")
    p_extract = sub.add_parser("extract", help="print one article's events (no database)")
    p_extract.add_argument("file", type=Path)
    p_extract.add_argument("--json", action="store_true", help="machine-readable output")
    p_extract.add_argument("--published", help="publication date (YYYY-MM-DD) to assume")
    p_export = sub.add_parser("export", help="write the store's events to a file")
    p_export.add_argument("--db", type=Path, default=DEFAULT_DB)
    p_export.add_argument("--format", choices=("geojson", "parquet", "csv"), required=True)
    p_export.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    try:
        if args.command == "ingest":
            from tqdm import tqdm

            bar = tqdm(unit="file", file=sys.stderr, disable=not sys.stderr.isatty())

            def progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            report = ingest(args.paths, args.db, progress, published=args.published)
            bar.close()
            print(report.summary())
            print(f"store: {args.db}")
            return 0
        if args.command == "extract":
            data = _extract_json(args.file, args.published)
            if args.json:
                print(json.dumps(data, ensure_ascii=False, indent=2))
            else:
                a = data["article"]
                print(f"{a['title']}\npublished {a['published']} ({a['published_evidence']})\n")
                for e in data["events"]:
                    print(f"{e['event_date'] or '????-??-??'} {e['time_precision']:<8} "
                          f"{e['name'] or '(no place)':<24} {e['event_type'] or '':<11} "
                          f"{e['passage'][:70]}")
            return 0
        count = export(args.db, args.format, args.out)
        print(f"wrote {count} events to {args.out}")
        return 0
    except (ArticleError, StoreError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
