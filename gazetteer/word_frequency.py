"""How common a word is, from a compact table of wordfreq's frequent words.

Loaded whole, wordfreq's Arabic and English tables take ~110 MB. The gazetteer only asks whether
a word is common (its rules compare with Zipf 2.5 and up), so the words at least that frequent
(~100,000 per language) are copied once into a small file next to the compiled index and read on
first need; rarer words read as 0. Figures above the floor are wordfreq's own, to the last digit.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from gazetteer.cache import cache_dir, read_pickle, write_pickle

#: Words rarer than this (Zipf scale) are not kept; every rule compares with this or more.
FLOOR = 2.5
#: Kept a little below the floor, as wordfreq rounds Zipf figures to two decimals.
_KEPT_FROM = FLOOR - 0.02

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # tashkeel, dagger alif, tatweel
# A word wordfreq would neither change nor split: base Arabic letters, or lower-case ASCII.
_PLAIN_WORD = re.compile("[\u0621-\u063a\u0641-\u064a]+|[a-z]+")


def _table_path(lang: str) -> Path:
    return cache_dir() / f"words-{lang}-{version('wordfreq')}-{FLOOR}.pickle"


def build_table(lang: str) -> dict[str, float]:
    """wordfreq's frequencies of the words of ``lang`` at least as common as the floor."""
    from wordfreq import get_frequency_dict

    least = 10 ** (_KEPT_FROM - 9)
    return {w: f for w, f in get_frequency_dict(lang, "best").items() if f >= least}


@lru_cache(maxsize=2)
def _table(lang: str) -> dict[str, float]:
    path = _table_path(lang)
    table = read_pickle(path)
    if not isinstance(table, dict):
        table = build_table(lang)
        write_pickle(path, table, replaces=f"words-{lang}-*.pickle")
    return table


def _as_zipf(freq: float) -> float:
    # wordfreq keeps three significant digits of a frequency, then two decimals of its Zipf figure
    if freq <= 0.0:
        return 0.0
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


def zipf(word: str, lang: str) -> float:
    """wordfreq's ``zipf_frequency(word, lang)`` when it is at least :data:`FLOOR`, else 0 or
    the exact figure (never a figure at or above the floor that wordfreq would put below it)."""
    table = _table(lang)
    plain = _ARABIC_MARKS.sub("", word) if lang == "ar" else word
    if _PLAIN_WORD.fullmatch(plain):
        return _as_zipf(table.get(plain, 0.0))
    # anything else goes through wordfreq's own tokenizer; several tokens combine as
    # 1/f = 1/f1 + 1/f2 ..., so one token below the floor puts the whole below it
    from wordfreq import digit_freq, lossy_tokenize, smash_numbers

    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return 0.0
    inverse = 0.0
    for token in tokens:
        freq = table.get(smash_numbers(token), 0.0)
        if freq == 0.0:
            return 0.0
        if smash_numbers(token) != token:
            freq *= digit_freq(token)
        inverse += 1.0 / freq
    return _as_zipf(1.0 / inverse)
