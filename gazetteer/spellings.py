"""Transliterations not indexed under the spelling an article uses: vowel variants
(*Boukamal*, *Ain Issa*) and close spellings (*Al-Malkiyya*), taken only where the article's other
places, a trigger word or the size of the place back them up. English text only."""

from __future__ import annotations

import math
import re

from gazetteer.core import Gazetteer, km_between
from gazetteer.lexicon import COMMON_ZIPF
from gazetteer.normalize import LATIN_ARTICLES, is_arabic_letter, normalize
from gazetteer.records import Candidate, Place

_TRANSLITERATION = re.compile(
    r"(?<![\w-])((?:Al|Ash|As|Ad|Ar|Az|At|El|Ed|Es|Ez|Deir|Tal|Tell|Ain|Ras|Abu|Jabal|Jisr|Kafr)"
    r"[- ][A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+)?|[A-Z][a-z]{3,}(?:iya|iyah|iyeh|iyya|iyyah|eh))"
    r"(?![\w-])"
)
_FUZZY_NEAR_KM = 150
_CAPITALISED = re.compile(
    r"(?<![\w-])((?:(?:al|el|ad|as|ash|az|ar|at|an|ed|es|ez)[-‐ ])?[A-Z][a-z'’]{2,}"
    r"(?:[-‐ ](?:(?:al|el|ad|as|ash|az|ar|at|an|ed|es|ez)[-‐ ])?[A-Z][a-z'’]+){0,2})(?![\w-])"
)
#: folding has already made "ee" "e" ("Sarmeen" is "sarmen"), so e and i meet too, as
#: Arabic's one short i is written i, e, ee or y
_VOWEL_CLASSES = ((re.compile("ou|oo|o"), "u"), (re.compile("ay|ai|ei|ey|iy|e"), "i"),
                  (re.compile("q"), "k"), (re.compile(r"([a-z])\1+"), r"\1"))


def vowel_key(key: str) -> str:
    """A folded Latin name with its vowel spellings merged (ou/oo/o → u, ay/ai/ei/ey/e/iy/ee
    → i, q → k): "boukamal" and "bukamal" meet, "ain isa" and "ayn isa" too."""
    for pattern, replacement in _VOWEL_CLASSES:
        key = pattern.sub(replacement, key)
    return key


def loose_key(key: str) -> str:
    """A folded Latin name without its articles and with its vowel spellings merged:
    "al shadadi" and "ash shadadi" meet "shadadi", "ras al ayn" meets "ras ain"."""
    words = [w for w in key.split(" ") if w not in LATIN_ARTICLES]
    return vowel_key(" ".join(words) if words else key)


def loose_index(gaz: Gazetteer) -> dict[str, tuple[int, ...]]:
    """Latin names of the places in the region of focus under their :func:`loose_key` (built
    once per gazetteer, when first needed)."""
    found = gaz.__dict__.get("_loose_index")
    if found is None:
        merged: dict[str, list[int]] = {}
        index = gaz.index
        for key, ids in index.keys.items():
            if len(key) < 5 or is_arabic_letter(key[0]):
                continue
            local = [i for i in ids if index.places[i].country in gaz.focus]
            if local:
                merged.setdefault(loose_key(key), []).extend(local)
        found = gaz.__dict__["_loose_index"] = {k: tuple(dict.fromkeys(v))
                                                for k, v in merged.items()}
    return found


def _english_trigger(text: str, start: int, lex) -> str | None:
    """A trigger word just before ``start`` in English text ("the town of", "village")."""
    words = normalize(text[max(0, start - 40):start]).split(" ")
    if len(words) >= 2 and words[-1] == "of" and words[-2] in lex.triggers_after:
        return lex.triggers_after[words[-2]]
    return lex.triggers.get(words[-1]) if words else None


def vowel_spellings(gaz: Gazetteer, text: str, taken: bytearray, scanned: set[tuple[int, int]],
                     anchors: list[Place], lex) -> list[tuple[int, int, str, Candidate]]:
    """Transliterations that differ from every indexed spelling only in their vowels
    ("Boukamal", "Sheikh Maskin" for Shaykh Miskin, "Ain Issa"): places in the region of
    focus, taken when a trigger word comes before or another place of the article is near."""
    vowels = loose_index(gaz)
    index = gaz.index
    out = []
    for m in _CAPITALISED.finditer(text):
        if taken.find(1, m.start(), m.end()) >= 0 or m.span() in scanned:
            continue  # a place already, or a name read and rejected as it stands
        surface = m.group(1)
        key = normalize(surface)
        if key in index.keys or any(w in lex.given_names for w in key.split(" ")):
            continue
        ids = vowels.get(loose_key(key))
        if not ids or index.key_zipf.get(key, 0.0) >= COMMON_ZIPF["en"]:
            continue
        trig = _english_trigger(text, m.start(), lex)
        following = normalize(text[m.end():m.end() + 20]).split()
        after = lex.triggers_after.get(following[0]) if following else None
        wants_area = "governorate" in (trig, after)  # "Deir Ez-Zur province"
        best = None
        for i in ids:
            place = index.places[i]
            d = min((km_between(place.lat, place.lon, a.lat, a.lon) for a in anchors
                     if a.place_id != place.place_id), default=math.inf)
            big = place.population >= 100_000  # "Sulaimaniyah" needs no help
            if not (trig or after or d <= _FUZZY_NEAR_KM or big):
                continue
            score = index.priors[i] + (1.5 * (1 - d / 300) if d < 300 else 0.0)
            if wants_area and place.kind == "governorate":
                score += 3.0
            if best is None or score > best[0]:
                help_ = ("trigger word beside it" if trig or after
                         else f"{d:.0f} km from another place in the article"
                         if d <= _FUZZY_NEAR_KM else "a large city")
                why = (f"spelled like {place.name!r} but for its article or vowels", help_)
                best = (score, Candidate(place, round(score, 4), why))
        if best is not None:
            out.append((m.start(), m.end(), surface, best[1]))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return out


def _names_an_outlet(text: str, start: int, end: int, lex) -> bool:
    """True when the words around a capitalised name make it an outlet ("Al-Watan newspaper",
    "the Enab Baladi website")."""
    after = normalize(text[end:end + 30]).split(" ")[:1]
    before = normalize(text[max(0, start - 30):start]).split(" ")[-1:]
    return bool(set(after) & lex.cues.get("outlet-after", frozenset())
                or set(before) & lex.outlet_cues)


def _bare_similarity(a: str, b: str) -> float:
    """Jaro-Winkler similarity of two folded Latin names without their leading article."""
    from rapidfuzz.distance import JaroWinkler

    def bare(name: str) -> str:
        first, _, rest = name.partition(" ")
        return rest if first in LATIN_ARTICLES and rest else name

    return JaroWinkler.normalized_similarity(bare(a), bare(b))


def close_spellings(gaz: Gazetteer, text: str, taken: bytearray, anchors: list[Place],
                     lex) -> list[tuple[int, int, str, Candidate]]:
    """Transliterated names not in the index under this spelling (``Al-Malkiyya``,
    ``Ash Shaddadi``): the closest spelling of a place near the article's other places."""
    if not anchors:
        return []
    out = []
    for m in _TRANSLITERATION.finditer(text):
        if taken.find(1, m.start(), m.end()) >= 0:
            continue
        surface = m.group(1)
        key = normalize(surface)
        if key in gaz.index.keys or any(w in lex.given_names for w in key.split(" ")):
            continue  # "Abu Mohammad" is a person's kunya
        if _names_an_outlet(text, m.start(), m.end(), lex):
            continue
        for cand in gaz.resolve(surface, limit=8):
            p = cand.place
            first = cand.reasons[0] if cand.reasons else ""
            if not first.startswith(("fuzzy", "respelled")) or p.is_area:
                continue
            matched = first.split("'")[1] if "'" in first else ""
            if first.startswith("fuzzy") and _bare_similarity(key, matched) < 0.9:
                continue  # alike only in their article: "al watan" is not "al wasita"
            if p.country not in gaz.focus:
                continue
            d = min(km_between(p.lat, p.lon, a.lat, a.lon) for a in anchors)
            if d <= _FUZZY_NEAR_KM:
                out.append((m.start(), m.end(), surface,
                            Candidate(p, cand.score, (*cand.reasons, f"{d:.0f} km from another "
                                                      "place in the article"))))
                break
    return out
