"""Events: read news articles, find when and where things happened, keep them in a store."""

from events.extract import extract
from events.reader import ArticleError, find_files, make_article, read_article, read_articles
from events.records import Article, Event

__all__ = [
    "Article",
    "ArticleError",
    "Event",
    "extract",
    "find_files",
    "make_article",
    "read_article",
    "read_articles",
]
