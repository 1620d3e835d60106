"""Read articles from .txt/.md, .html, .json and .jsonl files, in any common Arabic encoding."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from events.dates import find_dates, parse_free_date, publication_date, url_date
from events.records import Article

SUPPORTED = {".txt", ".md", ".html", ".htm", ".json", ".jsonl"}
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LATIN = re.compile(r"[A-Za-z]")


class ArticleError(ValueError):
    """A file that cannot be read as an article; the message names the file and the problem."""


def decode(raw: bytes, path: Path | str = "<bytes>") -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 or Windows-1256 — detected."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if raw[:200].count(b"\x00") > 20:  # UTF-16 without a BOM
        even = raw[0:200:2].count(b"\x00")
        return raw.decode("utf-16-be" if even > 20 else "utf-16-le")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1256")
        if _ARABIC.search(text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ArticleError(f"{path}: not text in UTF-8, UTF-16 or Windows-1256")
    return str(best)


def language_of(text: str) -> str:
    """``"ar"`` when Arabic letters outnumber Latin ones, else ``"en"``."""
    return "ar" if len(_ARABIC.findall(text[:5000])) >= len(_LATIN.findall(text[:5000])) else "en"


def article_id(text: str) -> str:
    """A stable id from the content (whitespace-insensitive)."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _title(text: str) -> str:
    for line in text.splitlines()[:12]:
        line = line.strip(" \t•●:#*")
        if len(line.split()) >= 4 and not find_dates(line, None):
            return line[:300]
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return first[:300]


def _parse_given_date(value, path: Path | str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    found = [d for d in find_dates(text, None) if d.precision == "day"]
    if found:
        return found[0].value
    parsed = parse_free_date(text)
    if parsed:
        return parsed
    raise ArticleError(f"{path}: cannot read the publication date {value!r}")


def make_article(text: str, *, title: str | None = None, published=None, url: str | None = None,
                 source: str | None = None, path: Path | str | None = None) -> Article:
    """Build an Article from text and whatever metadata is known; the publication date comes
    from ``published`` if given, else the text's date line, else the URL."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{path or '<text>'}: no text")
    given = _parse_given_date(published, path or "<text>")
    if given:
        pub, evidence = given, "given with the article"
    else:
        pub, evidence = publication_date(text)
        if pub is None and url_date(url):
            pub, evidence = url_date(url), f"date in the URL {url}"
    return Article(
        article_id=article_id(text), title=title or _title(text), text=text, published=pub,
        language=language_of(text), source=source, url=url,
        path=str(path) if path else None, published_evidence=evidence,
    )


def _from_record(record: dict, path: Path | str, where: str) -> Article:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ArticleError(f"{where}: needs an object with a 'text' string")
    return make_article(record["text"], title=record.get("title"),
                        published=record.get("published"), url=record.get("url"),
                        source=record.get("source"), path=path)


def _from_html(html: str, path: Path | str) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        raise ArticleError(f"{path}: no article text found in the HTML")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = data.get("text") or ""
    if not text.strip():
        raise ArticleError(f"{path}: no article text found in the HTML")
    title = data.get("title")
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    return make_article(body, title=title, published=data.get("date"), url=data.get("url"),
                        source=data.get("sitename") or data.get("hostname"), path=path)


def read_articles(path: Path | str, *, published=None) -> Iterator[Article]:
    """Every article in one file (a JSON list or JSONL file holds several).
    ``published`` overrides the publication date. Raises :class:`ArticleError`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ArticleError(f"{path}: unsupported file type {suffix or '(none)'}; "
                           f"expected one of {', '.join(sorted(SUPPORTED))}")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from None
    text = decode(raw, path)
    if suffix in (".html", ".htm"):
        yield _with_date(_from_html(text, path), published)
    elif suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArticleError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
        for i, record in enumerate(data if isinstance(data, list) else [data]):
            yield _with_date(_from_record(record, path, f"{path}: record {i + 1}"), published)
    elif suffix == ".jsonl":
        for line_no, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ArticleError(f"{path}:{line_no}: invalid JSON: {exc.msg}") from None
            yield _with_date(_from_record(record, path, f"{path}: line {line_no}"), published)
    else:
        yield make_article(text, published=published, path=path)


def _with_date(article: Article, published) -> Article:
    if published is None:
        return article
    from dataclasses import replace

    return replace(article, published=_parse_given_date(published, article.path or ""),
                   published_evidence="given by the user")


def read_article(path: Path | str, *, published=None) -> Article:
    """The (first) article in a file. Raises :class:`ArticleError` naming the file."""
    for article in read_articles(path, published=published):
        return article
    raise ArticleError(f"{path}: no article in the file")


def find_files(paths: list[Path | str]) -> Iterator[Path]:
    """Files to read: the given files, and supported files under given folders (recursively)."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower()
                              in SUPPORTED)
        else:
            yield p
