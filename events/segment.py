"""Split article text into sentences and clauses, keeping offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? ؟ before a space and a capital/Arabic letter/quote, or at a line break.
_SENTENCE_END = re.compile(
    r"(?<![A-Z]\.[A-Z]\.)(?<!\b[A-Z]\.)(?<=[.!?؟…])[\"”»']?\s+(?=[\"“«'(]?[A-Z\u0600-\u06FF0-9])|\n+")
_CLAUSE_BREAK = re.compile(
    r"[،;؛:]|\s(?=(?:فيما|بينما|في حين|في وقت|while|whereas|but|meanwhile)\s)", re.I)


@dataclass(frozen=True)
class Span:
    """A piece of the article text: ``text[start:end]``."""

    start: int
    end: int


def _spans(text: str, start: int, end: int, pattern: re.Pattern) -> list[Span]:
    out, pos = [], start
    for m in pattern.finditer(text, start, end):
        if text[pos:m.start()].strip():
            out.append(_trimmed(text, pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append(_trimmed(text, pos, end))
    return out


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def sentences(text: str) -> list[Span]:
    """Sentences (and lines) of ``text``, in order."""
    return _spans(text, 0, len(text), _SENTENCE_END)


def clauses(text: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence: split at Arabic and Latin commas/semicolons and at connectives such
    as فيما / بينما / while, so each place can take the date of its own clause."""
    return _spans(text, sentence.start, sentence.end, _CLAUSE_BREAK)
