"""Arabic names written with other long vowels or another final letter than the sources write
them: "كفرلاتا" for OCHA's "كفرلاته", "بينين" for "بنين", "أرينبة" for "ارنبة".

Arabic news spells a village's long vowels (ا و ي) and its final alif or ta marbuta as its
writer hears them. Such a name is read under its consonants (:func:`consonant_key`) and taken
only where the text leaves little doubt that it is a village and where: an item of a list
whose other items are villages the gazetteer knows ("كفرلاتا ومعربليت ومنطف وبينين"), or a
name after "قرية"/"بلدة", and only as a village or town of the home country lying beside the
places listed with it (after a village word, beside a place named before or after it in the
same sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from gazetteer.core import Gazetteer, km_between
from gazetteer.lexicon import lexicon, word_zipf
from gazetteer.normalize import Offsets, is_arabic_letter, normalize
from gazetteer.phrases import SENTENCE_ENDS
from gazetteer.quarters import names_after
from gazetteer.records import Mention, Place, taken_map

#: long vowels and hamza seats, dropped inside a name ("بينين" and "بنين" are both "بنن")
_WEAK = frozenset("اويءئؤ")
#: a consonant key this short would name too many villages; a list's item, placed beside both
#: its neighbours, may be one letter shorter ("بينين" is "بنن")
_MIN_CONSONANTS = 4
_MIN_LISTED = 3
#: how close to the places listed with it (or, after a village word, to another place of the
#: article) the village must lie
_BESIDE_KM = 25
_CONFIDENCE = 0.5
#: a word this common is an ordinary word, not a misspelled village
_WORD_ZIPF = 3.0

#: a list item between two places: one or two Arabic words after a comma or "و"
_ITEM = re.compile(r"\s*(?:[،,]\s*(?:و(?=\S))?|\s+و(?=\S)|^و(?=\S))\s*"
                   r"([\u0621-\u064a]{3,}(?: [\u0621-\u064a]{3,})?)")
#: ... and the item before the first place of a list: "كل من كفرلاتا ومعربليت"
_ITEM_BEFORE = re.compile(r"(?:^|(?<=[\s،,]))([\u0621-\u064a]{3,})(?:\s*[،,]\s*و?|\s+و)$")
_OPENS_ITEM = re.compile(r"[،,]\s*و?$|\sو$")
_SETTLEMENT_WORD = re.compile(r"(قريه|قريتي|قري|بلده|بلدتي|بلدات) +([\"«“]?)(?=\S)")
_MANY = frozenset({"قريتي", "قري", "بلدتي", "بلدات"})


def consonant_key(key: str, least: int = _MIN_CONSONANTS) -> str:
    """A folded Arabic name without its spaces, its article and the long vowels inside it, a
    final alif written as ta marbuta: "كفر لاتا" and "كفرلاته" are both "كفرلته". Empty when
    shorter than ``least`` letters."""
    word = key.replace(" ", "")
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    if word.endswith("ا"):
        word = word[:-1] + "ه"
    inner = "".join(c for c in word[1:-1] if c not in _WEAK)
    skeleton = word[:1] + inner + word[-1:] if len(word) > 1 else word
    return skeleton if len(skeleton) >= least else ""


def consonant_index(gaz: Gazetteer) -> dict[str, tuple[int, ...]]:
    """The home country's villages, towns and cities under the :func:`consonant_key` of each
    of their Arabic names (built once per gazetteer, when first needed)."""
    found = gaz.__dict__.get("_consonant_index")
    if found is None:
        index = gaz.index
        merged: dict[str, list[int]] = {}
        for key, ids in index.keys.items():
            if not is_arabic_letter(key[0]):
                continue
            local = [i for i in ids if index.places[i].country == gaz.home
                     and index.places[i].kind in ("city", "town", "village")]
            skeleton = consonant_key(key, _MIN_LISTED) if local else ""
            if skeleton:
                merged.setdefault(skeleton, []).extend(local)
        found = gaz.__dict__["_consonant_index"] = {k: tuple(dict.fromkeys(v))
                                                    for k, v in merged.items()}
    return found


def _listed(text: str, mentions: list[Mention]) -> Iterator[tuple[int, int, list[Place]]]:
    """Original spans of the unknown items of lists of places, each with the known places of
    its list beside it: the items between two places ("منطف وبينين والفطيرة"), after the last
    one ("جبالا وأرينبة في ريف إدلب") and before the first ("كل من كفرلاتا ومعربليت")."""
    for k, m in enumerate(mentions):
        before = None
        if _OPENS_ITEM.search(text[max(0, m.start - 3):m.start]):  # a cheap test first
            before = _ITEM_BEFORE.search(text, max(0, m.start - 40), m.start)
        if before is not None and (k == 0 or mentions[k - 1].end <= before.start(1)):
            yield before.start(1), before.end(1), [m.place]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        limit = nxt.start if nxt is not None else min(len(text), m.end + 80)
        items = []
        pos = m.end
        while len(items) < 4:
            item = _ITEM.match(text, pos, limit)
            if item is None:
                break
            items.append(item.span(1))
            pos = item.end()
        if not items:
            continue
        between = nxt is not None and not text[pos:nxt.start].strip(" ،,و")
        beside = [m.place, nxt.place] if between else [m.place]
        if not between and pos < len(text) and text[pos] not in " .،,\n؛:)":
            continue  # the item runs on into other words: not a name of the list
        for start, end in items:
            yield start, end, beside


_SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]")


def _in_sentence(text: str, places: list[Mention], starts: list[int], start: int,
                 end: int) -> list[Place]:
    """The places named right before and right after a span, within its sentence."""
    k = bisect_left(starts, start)
    beside = []
    if k and not _SENTENCE_END.search(text, places[k - 1].end, start):
        beside.append(places[k - 1].place)
    if k < len(places) and not _SENTENCE_END.search(text, end, places[k].start):
        beside.append(places[k].place)
    return beside


def unknown_spellings(gaz: Gazetteer, text: str, norm: str, offs: Offsets,
                      mentions: list[Mention]) -> list[Mention]:
    """Villages of the home country named with other long vowels than the sources use (see the
    module's docstring); ``mentions`` are the places already found, in text order."""
    places = [m for m in mentions if m.place.country == gaz.home and not m.place.is_area]
    if not places or not any(is_arabic_letter(c) for c in text[:2000]):
        return []
    taken = taken_map(len(text), mentions)
    spans: dict[tuple[int, int], tuple[list[Place], int]] = {}
    for start, end, beside in _listed(text, places):
        spans.setdefault((start, end), (beside, _MIN_LISTED))
    starts = [m.start for m in places]
    for start, end, _trigger in names_after(norm, _SETTLEMENT_WORD, _MANY):
        start, end = offs.original(start), offs.original(end - 1) + 1
        beside = _in_sentence(text, places, starts, start, end)
        if beside:
            spans.setdefault((start, end), (beside, _MIN_CONSONANTS))
    found = []
    for (start, end), (beside, least) in sorted(spans.items()):
        if taken.find(1, start, end) >= 0:
            continue
        surface = text[start:end]
        nearest = _nearest(gaz, normalize(surface), least, beside)
        if nearest is None and " " in surface and _not_a_name(surface.split(" ")[1]):
            surface = surface.split(" ")[0]  # "بينين بريف إدلب": the first word alone
            end = start + len(surface)
            nearest = _nearest(gaz, normalize(surface), least, beside)
        if nearest is None:
            continue
        d, place = nearest
        found.append(Mention(start, end, surface, place, _CONFIDENCE, (
            f"spelled like {place.name_ar or place.name!r} but for its long vowels",
            f"{d:.0f} km from a place named with it")))
        taken[start:end] = b"\x01" * (end - start)
    return found


def _not_a_name(word: str) -> bool:
    """True for a word that ends a list's item rather than going on with its name: a trigger
    word ("بريف") or an ordinary word ("بالمدفعية"), not "عبدال" in "دادا عبدال"."""
    key = normalize(word)
    return key in lexicon().triggers or word_zipf(key) >= _WORD_ZIPF


def _nearest(gaz: Gazetteer, key: str, least: int, beside: list[Place]
             ) -> tuple[float, Place] | None:
    """The village spelled like ``key`` but for its long vowels lying closest to the places
    ``beside`` it, within reach, with its distance."""
    index = gaz.index
    if key in index.keys or any(word_zipf(w) >= _WORD_ZIPF for w in key.split()):
        return None  # a name read and rejected as it stands, or an ordinary word
    near = []
    for i in consonant_index(gaz).get(consonant_key(key, least), ()):
        place = index.places[i]
        d = min(km_between(place.lat, place.lon, b.lat, b.lon) for b in beside)
        if d <= _BESIDE_KM:
            near.append((d, i))
    if not near:
        return None
    d, i = min(near)
    return d, index.places[i]
