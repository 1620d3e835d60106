"""Event types and actors from the editable lists in ``events/data/``."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import ahocorasick

from gazetteer.normalize import normalize, normalize_with_offsets

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=2)
def _automaton(filename: str, label: str) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    path = DATA / filename
    with path.open(encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            if not row.get(label) or not row.get("keyword"):
                raise ValueError(f"{path}:{line}: needs {label!r} and 'keyword'")
            key = normalize(row["keyword"])
            automaton.add_word(key, (row[label], len(key)))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=512)
def _hits(text: str, filename: str, label: str) -> tuple[tuple[int, str], ...]:
    folded, offsets = normalize_with_offsets(text)
    out = []
    for end, (value, length) in _automaton(filename, label).iter(folded):
        start = end - length + 1
        if (start > 0 and folded[start - 1].isalnum() and folded[start - 1] not in "وفبل") or (
            end + 1 < len(folded) and folded[end + 1].isalnum()
        ):
            continue
        out.append((offsets[start], value))
    return tuple(out)


def event_type(text: str, near: int) -> str | None:
    """The event type whose keyword is closest to position ``near`` in ``text``."""
    hits = _hits(text, "event_types.csv", "event_type")
    if not hits:
        return None
    return min(hits, key=lambda h: abs(h[0] - near))[1]


def actors(text: str) -> tuple[str, ...]:
    """Actors named in ``text``, in order of first mention."""
    seen: dict[str, None] = {}
    for _pos, actor in sorted(_hits(text, "actors.csv", "actor")):
        seen.setdefault(actor, None)
    return tuple(seen)
