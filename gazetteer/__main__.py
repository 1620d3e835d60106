"""Command line: ``python -m gazetteer resolve NAME``, ``find FILE``, ``build``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from gazetteer.core import Gazetteer
from gazetteer.records import Candidate, Mention


def _candidate_json(c: Candidate) -> dict:
    p = c.place
    return {
        "name": p.name, "name_ar": p.name_ar, "lat": p.lat, "lon": p.lon, "kind": p.kind,
        "country": p.country, "admin1": p.admin1, "geonameid": p.geonameid,
        "place_id": p.place_id, "score": c.score, "reasons": list(c.reasons),
    }


def _mention_json(m: Mention) -> dict:
    p = m.place
    return {
        "surface": m.surface, "start": m.start, "end": m.end, "name": p.name, "name_ar": p.name_ar,
        "lat": p.lat, "lon": p.lon, "kind": p.kind, "country": p.country,
        "place_id": p.place_id, "confidence": m.confidence, "role": m.role,
        "reasons": list(m.reasons),
    }


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SystemExit(f"error: {path}: no such file") from None
    except IsADirectoryError:
        raise SystemExit(f"error: {path}: is a directory, not a text file") from None
    except UnicodeDecodeError as exc:
        raise SystemExit(f"error: {path}: not UTF-8 text ({exc.reason} at byte {exc.start})") \
            from None


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m gazetteer``."""
    parser = argparse.ArgumentParser(prog="python -m gazetteer", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    resolve = sub.add_parser("resolve", help="places a name may refer to, best first")
    resolve.add_argument("name")
    resolve.add_argument("--limit", type=int, default=5)
    resolve.add_argument("--country", help="ISO2 code to favour, e.g. SY")
    resolve.add_argument("--json", action="store_true", help="machine-readable output")
    find = sub.add_parser("find", help="place names in a UTF-8 text file")
    find.add_argument("file", type=Path)
    find.add_argument("--json", action="store_true", help="machine-readable output")
    find.add_argument("--keep-metonyms", action="store_true",
                      help="also list capitals standing for their governments")
    sub.add_parser("build", help="recompile the cached index from the data files")
    args = parser.parse_args(argv)

    if args.command == "build":
        started = time.perf_counter()
        gaz = Gazetteer.rebuild()
        print(f"built {len(gaz):,} places, {len(gaz.index.keys):,} names "
              f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        return 0
    if args.command == "resolve":
        found = Gazetteer.load().resolve(args.name, country=args.country, limit=args.limit)
        if args.json:
            print(json.dumps([_candidate_json(c) for c in found], ensure_ascii=False, indent=2))
        elif not found:
            print(f"no place called {args.name!r}")
        else:
            rows = [[c.place.name, c.place.name_ar or "", c.place.kind, c.place.country or "",
                     c.place.admin1 or "", f"{c.place.lat:.4f}", f"{c.place.lon:.4f}",
                     f"{c.score:.2f}"] for c in found]
            print(_table(rows, ["name", "arabic", "kind", "cc", "admin1", "lat", "lon", "score"]))
        return 0
    text = _read_text(args.file)
    mentions = Gazetteer.load().find(text, keep_metonyms=args.keep_metonyms)
    if args.json:
        print(json.dumps([_mention_json(m) for m in mentions], ensure_ascii=False, indent=2))
    else:
        rows = [[m.start, m.end, m.surface, m.place.name, m.place.kind, m.place.country or "",
                 f"{m.place.lat:.4f}", f"{m.place.lon:.4f}", f"{m.confidence:.2f}"]
                for m in mentions]
        print(_table(rows, ["start", "end", "surface", "place", "kind", "cc", "lat", "lon",
                            "conf"]))
        print(f"\n{len(mentions)} mentions of {len({m.place.place_id for m in mentions})} places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
