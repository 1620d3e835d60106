"""Load the editable word lists in gazetteer/data: triggers, cue words, names, organisations."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gazetteer.normalize import is_arabic, normalize
from gazetteer.word_frequency import zipf

DATA = Path(__file__).parent / "data"

#: A name at least this frequent as a word (wordfreq Zipf scale) is read as the word before the
#: place unless something backs the place up.
COMMON_ZIPF = {"ar": 4.2, "en": 3.6}


def written_forms(key: str) -> set[str]:
    """Unfolded spellings of a folded key, to look up its frequency as an ordinary word
    (``وان`` is also ``وأن`` "and that"; ``دورا`` is also ``دوراً``; ``قرعه`` is ``قرعة``)."""
    if not is_arabic(key):
        return {key}
    starts = {key}
    for i in (0, 1, 2, 3):  # a hamza on the first alif: أن، وأن، بأنه، الإشارة
        if i < len(key) and key[i] == "ا" and (i == 0 or key[:i] in ("و", "ب", "ف", "ل", "ال",
                                                                    "وال", "بال")):
            starts |= {key[:i] + h + key[i + 1:] for h in "أإآ"}
    out = set(starts)
    for form in starts:
        if form.endswith("ه"):
            out.add(form[:-1] + "ة")
        if form.endswith("ي"):
            out.add(form[:-1] + "ى")
        if form.endswith("ا"):
            out.add(form + "ً")
    if "ي" in key:
        out.add(key.replace("ي", "ئ", 1))
    return out


@lru_cache(maxsize=8192)
def word_zipf(key: str) -> float:
    """How common a folded word is as an ordinary word (wordfreq's Zipf scale, Arabic or
    English by its script), under the commonest of its :func:`written_forms`; 0 below
    :data:`gazetteer.word_frequency.FLOOR`."""
    lang = "ar" if is_arabic(key) else "en"
    return max(zipf(form, lang) for form in written_forms(key))


class DataFileError(ValueError):
    """A data file is missing a column or has a malformed row; the message names file and line."""


def read_rows(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Read a CSV data file, checking that ``required`` columns are present and filled."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise DataFileError(f"{path}: missing column(s) {', '.join(missing)}")
            rows = []
            for line, row in enumerate(reader, start=2):
                if None in row or any(not (row.get(c) or "").strip() for c in required[:1]):
                    raise DataFileError(f"{path}:{line}: malformed row {row!r}")
                rows.append({k: (v or "").strip() for k, v in row.items()})
            return rows
    except FileNotFoundError as exc:
        raise DataFileError(f"{path}: file not found") from exc


@dataclass(frozen=True)
class Lexicon:
    """Folded word lists used when reading text around a name."""

    triggers: dict[str, str]  # folded word(s) before a name -> what it prefers (governorate, ...)
    triggers_after: dict[str, str]  # English words after a name ("X province")
    relations_after: frozenset[str]  # Arabic direction words after a name ("X قرب Y", "X شرق Y")
    outlet_cues: frozenset[str]
    cues: dict[str, frozenset[str]]  # role (tribe, adjective, government, speech, ...) -> words
    cue_words: frozenset[str]  # every cue word, whatever its role
    given_names: frozenset[str]
    organisations: dict[str, tuple[str, str]]  # folded name -> (original name, kind)
    nationalities: dict[str, str]  # folded adjective ("lebanese", "اللبنانيه") -> ISO2


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists, folded with :func:`gazetteer.normalize.normalize`."""
    triggers: dict[str, str] = {}
    after: dict[str, str] = {}
    relations: set[str] = set()
    for row in read_rows(DATA / "triggers.csv", ("word", "lang", "prefers")):
        word = normalize(row["word"])
        if row["lang"] == "en" and row["prefers"] in {"governorate", "settlement", "village",
                                                       "crossing", "area", "neighbourhood"} \
                and " " not in word:
            after[word] = row["prefers"]
        triggers[word] = row["prefers"]
        if row["lang"] == "ar" and row["prefers"] == "direction" and " " not in word:
            relations.add(word)
    by_role: dict[str, set[str]] = {}
    for r in read_rows(DATA / "cue_words.csv", ("word", "lang", "role")):
        by_role.setdefault(r["role"], set()).add(normalize(r["word"]))
    cues = frozenset(by_role.get("outlet", ()))
    given = frozenset(normalize(r["name"]) for r in read_rows(DATA / "given_names.csv",
                                                                ("name", "lang")))
    orgs = {
        normalize(r["name"]): (r["name"], r["kind"])
        for r in read_rows(DATA / "organisations.csv", ("name", "lang", "kind"))
    }
    nationalities = {normalize(r["word"]): r["iso2"]
                     for r in read_rows(DATA / "nationalities.csv", ("word", "lang", "iso2"))}
    roles = {role: frozenset(words) for role, words in by_role.items()}
    every = frozenset(w for words in roles.values() for w in words)
    return Lexicon(triggers, after, frozenset(relations), cues, roles, every, given, orgs,
                   nationalities)
