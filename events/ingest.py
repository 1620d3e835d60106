"""Ingest files into the store: read, extract, record problems, commit batch by batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from events.extract import extract, unresolved_names
from events.reader import ArticleError, find_files, read_articles
from events.records import Article, Event
from events.store import Store
from gazetteer import Gazetteer

BATCH_SIZE = 200


@dataclass
class IngestReport:
    """What an ingest run did."""

    articles_read: int = 0
    new: int = 0
    duplicates: int = 0
    events: int = 0
    undated: int = 0
    unplaced: int = 0
    events_without_place: int = 0
    unresolved: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        """A few lines for people."""
        lines = [
            f"articles read: {self.articles_read}  new: {self.new}  duplicates: {self.duplicates}",
            f"events: {self.events}  undated articles: {self.undated}  "
            f"articles without places: {self.unplaced}  "
            f"events without a place: {self.events_without_place}  "
            f"unresolved place names: {len(self.unresolved)}",
        ]
        if self.unresolved:
            lines.append("unresolved: " + "، ".join(self.unresolved[:30]))
        for path, reason in self.failures:
            lines.append(f"failed: {path}: {reason}")
        return "\n".join(lines)


def problems_of(article: Article, events: list[Event], unresolved: list[str]
                ) -> list[tuple[str, str]]:
    """Why an article is (partly) missing from the map."""
    problems = []
    if article.published is None:
        problems.append(("undated", article.published_evidence or "no publication date found"))
    if not any(e.lat is not None for e in events):
        problems.append(("unplaced", "no place name found in the text"))
    for e in events:
        if e.lat is None:
            problems.append(("unplaced-event", f"{e.event_date}: {e.passage[:160]}"))
    problems += [("unresolved-name", name) for name in unresolved]
    return problems


def ingest(paths: Iterable[Path | str], db_path: Path | str,
           progress: Callable[[int, int], None] | None = None, *, published=None,
           gaz: Gazetteer | None = None) -> IngestReport:
    """Read every article under ``paths`` into the store at ``db_path``.

    Each batch of articles is one transaction, so a crash loses at most the batch in flight and
    never what was already stored. Unreadable files are reported and skipped; articles without a
    date or a place are stored and listed as problems, never dropped.
    """
    gaz = gaz or Gazetteer.load()
    files = list(find_files(list(paths)))
    report = IngestReport()
    batch: list[tuple[Article, list[Event], list[tuple[str, str]]]] = []
    with Store(db_path) as store:
        seen: set[str] = set()
        for done, path in enumerate(files, start=1):
            try:
                for article in read_articles(path, published=published):
                    report.articles_read += 1
                    if article.article_id in seen or store.has_article(article.article_id):
                        report.duplicates += 1
                        continue
                    seen.add(article.article_id)
                    mentions = gaz.find(article.text, keep_metonyms=True)
                    events = extract(article, gaz, mentions)
                    unresolved = unresolved_names(article.text, gaz, mentions)
                    problems = problems_of(article, events, unresolved)
                    report.events += len(events)
                    report.undated += article.published is None
                    kinds = [kind for kind, _detail in problems]
                    report.unplaced += "unplaced" in kinds
                    report.events_without_place += kinds.count("unplaced-event")
                    report.unresolved += [n for n in unresolved if n not in report.unresolved]
                    batch.append((article, events, problems))
            except ArticleError as exc:
                report.failures.append((str(path), str(exc).removeprefix(str(path)).lstrip(": ")))
            except (OSError, ValueError) as exc:
                report.failures.append((str(path), f"{type(exc).__name__}: {exc}"))
            if len(batch) >= BATCH_SIZE:
                report.new += store.add_batch(batch)
                batch = []
            if progress:
                progress(done, len(files))
        if batch:
            report.new += store.add_batch(batch)
    return report
