"""Villages and areas no source names, placed by the town the text puts them by: "قرية الشيحا قرب
بلدة التبني", "منطقة المعامل على أطراف مدينة البوكمال", "مزارع الدربو بريف تل تمر",
"Khuzimok village, north-east of Al-Qahtaniyah", "the village of Zour Maghar, in the western
countryside of Kobani".

No data set gives these places. As ACLED codes a village it cannot find, such a name is placed
at the town named with it, with geo precision 2 ("near a town"), or at the region it is said to
lie in ("في بادية البوكمال") with geo precision 3. Only a close relation counts: near, on the
outskirts of, in the countryside or desert of a town; "east of" only by a small town (a village
"east of Deir ez-Zor" may lie 80 km away). A district counts only where districts are small:
a Lebanese qada (25 of them in 10,452 km², most under 30 km across; "قرية الشعيتية في قضاء صور",
"the town of Toul in the Nabatieh district") places a village at its seat with geo precision 3.
Without such a town the name is left out, never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from gazetteer.lexicon import lexicon, word_zipf
from gazetteer.normalize import Offsets, normalize
from gazetteer.phrases import CLOSE_WORDS, LATIN_NAME_HEADS
from gazetteer.quarters import names_after
from gazetteer.records import Mention, Place, placed_at, taken_map

#: the words announcing a village or an area, folded: "قرية", "بلدتي" (two towns), "قرى",
#: "منطقة", "مزرعة", "مزارع" (farms) ...
_PLACE_WORD = re.compile(
    r"(قريه|قريتي|قري|بلده|بلدتي|بلدات|منطقه|منطقتي|مزرعه|مزارع) +([\"«“]?)(?=\S)")
_MANY = frozenset({"قريتي", "قري", "بلدتي", "بلدات", "منطقتي", "مزارع"})
_KIND = {"بلده": "town", "بلدتي": "town", "بلدات": "town"}
#: after "منطقة" (area) or "مزرعة" (farm) a common word is no name ("منطقة الاشتباكات قرب
#: البوكمال", the area of the clashes) unless the text quotes it ("منطقة "المزارع"")
_AREA_WORDS = frozenset({"منطقه", "منطقتي", "مزرعه", "مزارع"})
_AREA_NAME_ZIPF = 3.5

#: the relation words between a name and its town (folded): close by (or belonging to: "قرية X
#: التابعة لناحية Y"), in the countryside of, a point of the compass from
_CLOSE = CLOSE_WORDS | {"بمدخل", "التابعه", "التابعتين"}
_COUNTRYSIDE = frozenset({"ريف", "بريف", "باديه", "بباديه"})
_COMPASS = frozenset({"شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي"})
_DISTRICT = frozenset({"قضاء", "بقضاء", "لقضاء"})
#: a subdistrict (nahiya) is small: "قرية X بناحية Y" lies by Y, the subdistrict's centre
_SUBDISTRICT = frozenset({"ناحيه", "بناحيه", "لناحيه"})
#: trigger words a town's mention may begin with ("ناحية القيارة", "مدينة الموصل")
_LEAD_WORDS = frozenset({"ناحيه", "قضاء", "مدينه", "بلده", "قريه"})
#: countries whose districts are small enough to place a village at the district's seat
_SMALL_DISTRICTS = frozenset({"LB"})
#: words that may stand with them: "على أطراف مدينة", "بالقرب من بلدة", "في ريف"
_WITH = frozenset({"علي", "من", "في", "مدينه", "بلده", "قريه", "بمدينه", "ببلده", "بقريه",
                   "لمدينه", "لبلده", "لقريه", "ضمن", "نطاق"})
_CLITIC = frozenset("وبل")
_MAX_GAP = 4

#: a town this small lies close to the villages "east of" it
_SMALL_TOWN = 50_000
_CONFIDENCE = 0.45

#: English: "the village of X", "X village", and the relations after the name
_EN_NAME = r"((?:(?:[Aa]l|[Ee]l)-)?[A-Z][a-z’']+(?:[ -](?:(?:al|el)-)?[A-Z][a-z’']+){0,2})"
_EN_OF = re.compile(r"(village|town|hamlet|area)s? of " + _EN_NAME)
_EN_KIND_AFTER = re.compile(r" (village|town|hamlet)\b")
_EN_NAME_BEFORE = re.compile(r"(?<![\w’'-])" + _EN_NAME + "$")
_EN_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_EN_RELATION = re.compile(
    r"\s*,?\s*(?:(?P<close>(?:just |about |some )?(?:near|outside|on the outskirts of))|"
    r"(?P<countryside>in (?:the )?(?:" + _EN_DIRECTION + r"(?:ern)? )?(?:countryside|outskirts) "
    r"of|in rural)|(?P<direction>(?:just )?" + _EN_DIRECTION + r" of)|(?P<in>in(?: the)?))"
    r"\s+(?:the (?:city|town) of\s+)?$")
_EN_WORD_ZIPF = 3.5  # a capitalised word this common in English is a word, not a name
_EN_COUNTRYSIDE_AFTER = re.compile(r"\s+(?:countryside|outskirts)\b")
_EN_DISTRICT_AFTER = re.compile(r"\s+(?:district|[Qq]ada|[Cc]aza)\b")


def _relation(words: list[str]) -> str | None:
    """What the folded words between a name and the next place say of them: "close",
    "countryside", "direction", "inside" ("في"), or ``None``."""
    words = [w.strip("\"«»“”'‘’,،") for w in words]
    words = [w for w in words if w]
    if words and len(words[-1]) == 1 and words[-1] in _CLITIC:
        words = words[:-1]  # the clitic of the town's name: "بريف بالبوكمال"
    if not words or len(words) > _MAX_GAP:
        return None
    if words == ["في"]:
        return "inside"
    kinds = {"close" for w in words if w in _CLOSE or w in _SUBDISTRICT} | {
        "countryside" for w in words if w in _COUNTRYSIDE} | {
        "direction" for w in words if w in _COMPASS} | {
        "district" for w in words if w in _DISTRICT}
    if len(kinds) != 1 or not all(w in _CLOSE or w in _COUNTRYSIDE or w in _COMPASS
                                  or w in _DISTRICT or w in _SUBDISTRICT or w in _WITH
                                  for w in words):
        return None
    return kinds.pop()


def _fits(relation: str, town: Place) -> bool:
    """True when a name so related to ``town`` lies close enough to it to be placed there."""
    if town.kind == "region":
        return relation in ("inside", "countryside") and town.geo_precision <= 3
    if town.kind == "subdistrict":
        return relation == "close"  # at the subdistrict's centre: "قرية X بناحية الرشاد"
    if town.kind not in ("city", "town", "village") or "#" in town.place_id:
        return False
    if relation == "direction":
        return town.kind != "city" and town.population < _SMALL_TOWN
    if relation == "district":
        return town.country in _SMALL_DISTRICTS and town.kind in ("city", "town")
    return relation in ("close", "countryside")


_SAID = {"close": "close by", "countryside": "in the countryside of", "direction": "beside",
         "inside": "in", "district": "in the district of"}


def _next_mention(mentions: list[Mention], starts: list[int], pos: int) -> Mention | None:
    k = bisect_left(starts, pos)
    return mentions[k] if k < len(mentions) else None


def _arabic(text: str, norm: str, offs: Offsets, mentions: list[Mention],
            starts: list[int]) -> Iterator[tuple[int, int, str, Place, str]]:
    """Original spans of Arabic names after a village or area word, with the kind that word
    announces, the town the text puts them by and the relation."""
    lists: dict[int, list[tuple[int, int]]] = {}
    for start, end, trigger in names_after(norm, _PLACE_WORD, _MANY):
        lists.setdefault(trigger, []).append((start, end))
    for trigger, names in lists.items():
        last = offs.original(names[-1][1] - 1) + 1
        town = _next_mention(mentions, starts, last)
        if town is None or "\n" in text[last:town.start]:
            continue
        # a trigger word the town's mention begins with is part of the relation ("قرية X
        # بناحية القيارة": the mention is "ناحية القيارة", the clitic before it in the gap)
        lead = town.surface.split()[0] if " " in town.surface else ""
        if normalize(lead) not in _LEAD_WORDS:
            lead = ""
        relation = _relation(normalize(text[last:town.start] + lead).split())
        if relation is None or not _fits(relation, town.place):
            continue
        word, quoted = _PLACE_WORD.match(norm, trigger).groups()
        if word in _AREA_WORDS and not quoted:
            names = [(start, end) for start, end in names
                     if word_zipf(norm[start:end].split()[0]) < _AREA_NAME_ZIPF]
        for start, end in names:
            yield (offs.original(start), offs.original(end - 1) + 1, _KIND.get(word, "village"),
                   town.place, relation)


def _english_names(text: str) -> Iterator[tuple[str, int, int, int]]:
    """The kind word, span and phrase end of "the village of X" and "X village" (the searches
    begin with the kind word: a pattern opening on a capital would be tried at every word)."""
    for m in _EN_OF.finditer(text):
        if not (m.start() and text[m.start() - 1].isalpha()):  # not "downtown of"
            yield m.group(1), m.start(2), m.end(2), m.end()
    for m in _EN_KIND_AFTER.finditer(text):
        name = _EN_NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if name is not None:
            yield m.group(1), name.start(1), name.end(1), m.end()


def _english(text: str, mentions: list[Mention],
             starts: list[int]) -> Iterator[tuple[int, int, str, Place, str]]:
    """The same for English: "the village of X, near Y", "X village, north-east of Y"."""
    nations = lexicon().nationalities
    for kind, start, end, phrase_end in _english_names(text):
        words = normalize(text[start:end]).replace("-", " ").split()
        if any(w in nations or (w not in ("al", "el") and w not in LATIN_NAME_HEADS
                                and word_zipf(w) >= _EN_WORD_ZIPF) for w in words):
            continue  # "the Syrian village", "The village": words, not a name
        town = _next_mention(mentions, starts, phrase_end)
        if town is None or "\n" in text[phrase_end:town.start]:
            continue
        gap = _EN_RELATION.fullmatch(text, phrase_end, town.start)
        if gap is None:
            continue
        relation = gap.lastgroup
        if relation == "in":
            if _EN_COUNTRYSIDE_AFTER.match(text, town.end):
                relation = "countryside"  # "X village in the Qamishli countryside"
            elif _EN_DISTRICT_AFTER.match(text, town.end):
                relation = "district"  # "the town of Toul in the Nabatieh district"
            else:
                relation = "inside"  # "X village in Qamishli": a region only
        if _fits(relation, town.place):
            yield start, end, "town" if kind == "town" else "village", town.place, relation


def unknown_localities(text: str, norm: str, offs: Offsets,
                       mentions: list[Mention]) -> list[Mention]:
    """Mentions of villages and areas no source names, each placed at the town or region the
    text puts it by (see the module's docstring); ``mentions`` are the places already found,
    in text order."""
    taken = taken_map(len(text), mentions)
    starts = [m.start for m in mentions]
    named = {(start, end): rest for start, end, *rest in (
        *_arabic(text, norm, offs, mentions, starts), *_english(text, mentions, starts))}
    found = []
    for (start, end), (kind, town, relation) in sorted(named.items(), key=lambda kv: kv[0]):
        if taken.find(1, start, end) >= 0:
            continue  # a name the gazetteer knows: find has decided it
        surface = text[start:end]
        seat = {"geo_precision": 3} if relation == "district" else {}  # of a whole district
        place = placed_at(town, normalize(surface), surface, kind, relation, population=0,
                          geonameid=None, **seat)
        found.append(Mention(start, end, surface, place, _CONFIDENCE, (
            f"a place no source names; placed at {town.name}, the text putting it "
            f"{_SAID[relation]} {town.name}",)))
        taken[start:end] = b"\x01" * (end - start)
    return found
