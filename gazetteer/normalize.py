"""Fold Arabic and Latin spellings onto one comparable form, keeping offsets into the original.

Arabic: diacritics (harakat, shadda, sukun, dagger alif) and tatweel are dropped; hamza-carrying
alifs fold to bare alif, alif maqsura to ya, ta marbuta to ha, hamza on waw/ya to the letter;
Persian/Urdu letter forms fold to their Arabic look-alikes; Arabic-Indic digits become ASCII.
Latin: accents are dropped, letters lower-cased, apostrophes and ayin/hamza marks removed, dashes
become spaces, doubled letters single. Whitespace runs collapse to one space.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

_DROP = frozenset(
    "\u0640"  # tatweel
    "'’‘`´ʿʾʼʹ"  # apostrophes and ayin/hamza transliteration marks
    "\u200c\u200d\u200e\u200f\u061c\ufeff"  # joiners and direction marks
)
_ARABIC_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف",
}
#: Latin letters that Unicode does not decompose to a base letter (Turkish dotless i in
#: "Diyarbakır", Kurdish/Polish ł, Nordic ø, ...).
_LATIN_FOLD = {"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h",
               "Ħ": "h", "ŧ": "t", "Ŧ": "t"}
_DASHES = frozenset("-‐‑‒–—―_/")
_SPACE = " "
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _ARABIC_FOLD:
        return _ARABIC_FOLD[ch]
    if ch in _LATIN_FOLD:
        return _LATIN_FOLD[ch]
    code = ord(ch)
    if 0x064B <= code <= 0x065F or code == 0x0670 or 0x06D6 <= code <= 0x06ED:
        return ""  # Arabic diacritics and Quranic marks
    if 0x0660 <= code <= 0x0669:
        return chr(code - 0x0660 + 48)
    if 0x06F0 <= code <= 0x06F9:
        return chr(code - 0x06F0 + 48)
    if ch in _DASHES or ch.isspace():
        return _SPACE
    if code < 0x80:
        return ch.lower()
    if 0x0600 <= code <= 0x06FF:
        return ch
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if base and base != ch:  # a presentation form or ligature: fold what it stands for ("ﭖ")
        return "".join(_fold_char(c) for c in base)
    return base.lower()


class _FoldTable(dict):
    """``str.translate`` table built on demand: every character folds to one character, or to
    NUL when it is dropped (multi-letter foldings keep their first letter)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        value = folded[0] if folded else "\x00"
        self[code] = value
        return value


_TABLE = _FoldTable()
_DROPPED = re.compile("\x00+")
_EXTRA_SPACE = re.compile("(?<= ) +|^ +")
#: "Aleppo's": keep the name apart from "s" — not in a two-letter word: "Ra’s" (head, cape)
#: begins many romanized names ("Ra’s al ‘Ayn")
_POSSESSIVE = re.compile(r"(?<=\w\w\w)['’](?=s(?![A-Za-z]))")
_DOUBLED = re.compile(r"(?<=([a-z]))\1+")  # "Ezzor" = "ez-Zor", "Raqqa" = "Raqa", "Tall" = "Tal"


class Offsets(Sequence[int]):
    """For each character of a folded text, the index of the original character it came from.

    Folding only ever removes characters, so the map is kept as the points of the folded text
    from which on the original lies that much further ahead (few in news text), not as one number
    per character: a lookup is one bisection."""

    __slots__ = ("_length", "_points", "_shifts")

    def __init__(self, length: int, steps: list[tuple[list[int], list[int]]]) -> None:
        self._length = length
        self._points: list[int] = []
        self._shifts: list[int] = []
        # a removal point of one step is a point of the final text where it lands after the
        # later steps; the shift there is the composed one
        points: set[int] = set()
        for k, (step_points, _shifts) in enumerate(steps):
            for p in step_points:
                for later in steps[k + 1:]:
                    p = _forward(later, p)
                points.add(p)
        for p in sorted(points):
            if p < length:
                self._points.append(p)
                self._shifts.append(_back(steps, p) - p)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("offset index out of range")
        return self.original(i)

    def original(self, i: int) -> int:
        """The original index of folded character ``i`` (no bounds check)."""
        k = bisect_right(self._points, i)
        return i + self._shifts[k - 1] if k else i


def _back(steps: list[tuple[list[int], list[int]]], i: int) -> int:
    """Follow index ``i`` of the last step's text back through every step."""
    for points, shifts in reversed(steps):
        k = bisect_right(points, i)
        if k:
            i += shifts[k - 1]
    return i


def _forward(step: tuple[list[int], list[int]], i: int) -> int:
    """Where index ``i`` of a step's input lands in its output (a removed character: where the
    text goes on after it)."""
    points, shifts = step
    # removal k took input [points[k] + shifts[k-1], points[k] + shifts[k])
    lo, hi = 0, len(points)
    while lo < hi:
        mid = (lo + hi) // 2
        if points[mid] + (shifts[mid - 1] if mid else 0) <= i:
            lo = mid + 1
        else:
            hi = mid
    k = lo - 1
    if k < 0:
        return i
    if i < points[k] + shifts[k]:
        return points[k]
    return i - shifts[k]


def _remove(text: str, pattern: re.Pattern) -> tuple[str, tuple[list[int], list[int]]]:
    """Remove the matches of ``pattern``; return the new text and where it shifted: from each
    point (an index of the new text) on, characters sit that much further on in the old one."""
    points: list[int] = []
    shifts: list[int] = []
    parts: list[str] = []
    removed = pos = 0
    for m in pattern.finditer(text):
        start, end = m.span()
        parts.append(text[pos:start])
        points.append(start - removed)
        removed += end - start
        shifts.append(removed)
        pos = end
    if not points:
        return text, (points, shifts)
    parts.append(text[pos:])
    return "".join(parts), (points, shifts)


def normalize_with_offsets(text: str) -> tuple[str, Offsets]:
    """Fold ``text``; return the folded string and, for each of its characters, the index of the
    original character it came from (so a span in the folded text maps back to ``text``)."""
    folded = _POSSESSIVE.sub(" ", text).translate(_TABLE)
    steps = []
    for pattern in (_DROPPED, _EXTRA_SPACE, _DOUBLED):
        folded, step = _remove(folded, pattern)
        steps.append(step)
    return folded, Offsets(len(folded), steps)


def normalize(text: str) -> str:
    """Fold ``text`` for comparison: ``normalize("البو كمال") == "البو كمال"``,
    ``normalize("Dayr az Zūr") == "dayr az zur"``, ``normalize("دير الزّور") == "دير الزور"``."""
    # the same steps as normalize_with_offsets, without carrying offsets
    folded = _DROPPED.sub("", _POSSESSIVE.sub(" ", text).translate(_TABLE))
    return _DOUBLED.sub("", _EXTRA_SPACE.sub("", folded)).strip()


def is_arabic(text: str) -> bool:
    """True when ``text`` contains Arabic letters."""
    return bool(_ARABIC_LETTERS.search(text))


def is_arabic_letter(ch: str) -> bool:
    """True for a (folded or unfolded) Arabic letter."""
    return bool(_ARABIC_LETTERS.match(ch))


#: Latin articles that transliterations glue or hyphenate to a name ("al-Qaim", "Ash Shaddadi").
LATIN_ARTICLES = ("al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "ath", "az", "adh", "ed",
                  "es", "et", "ez", "ech")


#: Words of place names as GeoNames romanizes them (BGN/PCGN) and as the news writes them:
#: "Ayn Isa" is "Ain Issa", "Dayr Hafir" "Deir Hafer", "Tall Abyad" "Tel Abyad".
NEWS_SPELLINGS = {"ayn": ("ain",), "dayr": ("deir",), "bayt": ("beit",), "shaykh": ("sheikh",),
                  "khirbat": ("khirbet",), "jabal": ("jebel",), "tal": ("tel",),
                  "kafr": ("kfar",), "qasr": ("kasr",)}


def news_spellings(key: str) -> set[str]:
    """A name of several words with its BGN words also in their news spellings."""
    parts = key.split(" ")
    if len(parts) < 2 or not any(p in NEWS_SPELLINGS for p in parts):
        return set()
    out = {""}
    for part in parts:
        out = {f"{o} {alt}".strip() for o in out for alt in (part, *NEWS_SPELLINGS.get(part, ()))}
    return out - {key}


def latin_variants(key: str) -> set[str]:
    """Other spellings under which a folded Latin name is written: without its article
    ("al qaim" → "qaim"), and with the article glued ("al qaim" → "alqaim")."""
    variants = {key}
    parts = key.split(" ")
    for i in range(1, len(parts) - 1):  # "deir ez zor" -> "deir ezzor", "deir al zor"
        if parts[i] in LATIN_ARTICLES:
            glued = [*parts[:i], parts[i] + parts[i + 1], *parts[i + 2:]]
            variants.add(" ".join(glued))
            variants.add(" ".join([*parts[:i], "al", *parts[i + 1:]]))
    if len(key) >= 6 and key.endswith(("ah", "eh")):  # "rabiah" is also written "rabia"
        variants.add(key[:-1])
        variants.add(key[:-2] + "a")
    if len(parts) >= 2 and parts[0] in LATIN_ARTICLES:
        rest = " ".join(parts[1:])
        if len(rest) >= 4:
            variants.add(rest)
        variants.add(parts[0] + rest)
    return variants


def arabic_variants(key: str) -> set[str]:
    """Other spellings under which a folded Arabic name is written: glued ("دير الزور" →
    "ديرالزور"), split after a leading "البو" ("البوكمال" → "البو كمال"), a glued "معرة"
    with its t ("معرتحرمة" ↔ "معرة حرمة")."""
    variants = {key}
    parts = key.split(" ")
    if len(parts) == 2 and len(key) >= 7:
        variants.add("".join(parts))
    if key.startswith("البو") and " " not in key and len(key) >= 7:
        variants.add("البو " + key[4:])
    if key.startswith("البو ") and len(parts) == 2:
        variants.add(key.replace(" ", ""))
    # "معرة" glued to the name after it is written with its t: "معرتمصرين" is "معرة مصرين"
    if key.startswith("معرت") and " " not in key and len(key) >= 7:
        variants |= {"معره " + key[4:], "معره" + key[4:]}
    if key.startswith("معره ") and len(parts) == 2:  # the t once ("معرة تمصرين": "معرتمصرين")
        variants.add("معرت" + parts[1].removeprefix("ت"))
    return variants
