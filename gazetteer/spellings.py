"""Transliterations not indexed under the spelling an article uses: vowel variants
(*Boukamal*, *Ain Issa*) and close spellings (*Al-Malkiyya*), taken only where the article's other
places, a trigger word or the size of the place back them up. English text only."""

from __future__ import annotations

import math
import re
from bisect import bisect_right

from gazetteer.core import Gazetteer, km_between
from gazetteer.lexicon import COMMON_ZIPF, word_zipf
from gazetteer.normalize import LATIN_ARTICLES, is_arabic_letter, normalize
from gazetteer.phrases import SETTLEMENT_TRIGGERS
from gazetteer.records import Candidate, Mention, Place

_ARTICLES = "(?i:al|ash|as|ad|ar|az|at|el|ed|es|ez)"
#: words that begin Arabic place names in transliteration ("Kafar Shams", "Sheikh Meskin")
_NAME_HEADS = ("Deir|Dayr|Tal|Tel|Tell|Ain|Ayn|Ras|Abu|Umm|Jabal|Jebel|Jisr|Kafr|Kafar|Kfar|Sheikh|"
               "Shaykh|Khirbet|Khirbat|Beit|Bayt|Wadi|Qasr|Hawsh|Hosh|Mazraat|Bir|Tall")
#: the shapes of a transliterated Arabic place name: an article or a name word before a
#: capitalised word ("al-Musayfrah", "Kafar Shams"), two words joined by an article ("Saham
#: al-Golan"), or a typical ending ("Malkiyya", "Musayfrah")
_TRANSLITERATION = re.compile(
    rf"(?:(?:{_ARTICLES}|{_NAME_HEADS})[- ][A-Z][a-z'’]+(?:[- ](?:{_ARTICLES}[- ])?[A-Z][a-z'’]+)?"
    rf"|[A-Z][a-z'’]+[- ]{_ARTICLES}[- ][A-Z][a-z'’]+"
    r"|[A-Z][a-z]{3,}(?:iya|iyah|iyeh|iyya|iyyah|eh|ah))"
)
_FUZZY_NEAR_KM = 150
#: a trigger word vouches for a respelled village, but not one this far from all the article's
#: places (a town, yes: "the town of Boukamal and the village of Ain Issa", unless the text calls
#: it a village)
_TRIGGER_FAR_KM = 250
#: a spelling that is only close needs a neighbour in the article, in the same country
_CLOSE_NEAR_KM = 60
_SAME_SCORE = 0.05  # resolve scores this close are one spelling's namesakes
#: no place this populous is called a village or a small town, nor is its name misspelled
_NO_VILLAGE = 50_000
#: a letter of a capitalised word; an apostrophe inside ("Ma'arat"), not a possessive ("Lebanon's")
_TAIL = r"(?:[a-z]|['’](?![sS](?![a-z]))(?=[a-z]))"
_CAPITALISED = re.compile(
    rf"(?<![\w-])((?:(?i:al|el|ad|as|ash|az|ar|at|an|ed|es|ez)[-‐ ])?[A-Z]{_TAIL}{{2,}}"
    rf"(?:[-‐ ](?:(?:al|el|ad|as|ash|az|ar|at|an|ed|es|ez)[-‐ ])?[A-Z]{_TAIL}+){{0,2}})(?![\w-])"
)
#: folding has already made "ee" "e" ("Sarmeen" is "sarmen"), so e and i meet too, as
#: Arabic's one short i is written i, e, ee or y; "qu" before a vowel is French for qaf
_VOWEL_CLASSES = ((re.compile("qu(?=[aeiy])"), "q"),  # French "qu" for qaf: "Khanaquin"
                  (re.compile("ou|oo|o"), "u"), (re.compile("ay|ai|ei|ey|iy|e"), "i"),
                  (re.compile("q"), "k"), (re.compile(r"([a-z])\1+"), r"\1"))
#: a final ta marbuta is written -ah, -eh or -a ("Quriyah", OCHA's "Quriyeh")
_TA_MARBUTA = re.compile(r"(?<=[a-z][a-z])[ae]h\b")


def vowel_key(key: str) -> str:
    """A folded Latin name with its vowel spellings merged (ou/oo/o → u, ay/ai/ei/ey/e/iy/ee
    → i, q → k): "boukamal" and "bukamal" meet, "ain isa" and "ayn isa" too."""
    for _ in range(3):  # until nothing changes: "qaem" → "kaim" → "kim", as "qaim" → "kim"
        merged = key
        for pattern, replacement in _VOWEL_CLASSES:
            merged = pattern.sub(replacement, merged)
        if merged == key:
            break
        key = merged
    return key


def loose_key(key: str) -> str:
    """A folded Latin name without its articles and with its vowel spellings merged:
    "al shadadi" and "ash shadadi" meet "shadadi", "ras al ayn" meets "ras ain", "quriyah"
    meets "quriyeh"."""
    return vowel_key(_TA_MARBUTA.sub("a", _without_articles(key)))


def _without_articles(key: str) -> str:
    words = [w for w in key.split(" ") if w not in LATIN_ARTICLES]
    return " ".join(words) if words else key


_VOWELS = re.compile("[aeiouy]+")
#: a skeleton this short names too many villages to tell one from its spelling
_SKELETON_MIN = 4


def skeleton_key(key: str) -> str:
    """The consonants of a folded Latin name, articles dropped and vowel spellings merged first:
    Arabic's short vowels are written any way or not at all ("Shuhayl", "al-Shahil" and OCHA's
    "Shiheil" are "shhl"; "Muhaymidah" and "Mhemideh" are "mhmdh"). Empty when too short to
    tell places apart."""
    # the final h stays: "Jamleh" and "Jomleh" are "jmlh", not "jml"
    loose = vowel_key(_without_articles(key))
    skeleton = " ".join(w for w in (_VOWELS.sub("", w) for w in loose.split(" ")) if w)
    return skeleton if len(skeleton.replace(" ", "")) >= _SKELETON_MIN else ""


def loose_index(gaz: Gazetteer, shortest: int = 5) -> dict[str, tuple[int, ...]]:
    """Latin names of the places in the region of focus under their :func:`loose_key` (built
    once per gazetteer, when first needed); names shorter than ``shortest`` letters are too
    many alike to tell apart unless the text says where the place is."""
    found = gaz.__dict__.get(f"_loose_index_{shortest}")
    if found is None:
        merged: dict[str, list[int]] = {}
        index = gaz.index
        for key, ids in index.keys.items():
            if len(key) < shortest or is_arabic_letter(key[0]):
                continue
            local = [i for i in ids if index.places[i].country in gaz.focus]
            if local:
                merged.setdefault(loose_key(key), []).extend(local)
        found = gaz.__dict__[f"_loose_index_{shortest}"] = {k: tuple(dict.fromkeys(v))
                                                            for k, v in merged.items()}
    return found


def skeleton_index(gaz: Gazetteer) -> dict[str, dict[int, str]]:
    """Latin names of the places of the home country under their :func:`skeleton_key`, each
    place with the name it was reached by (built once per gazetteer, when first needed)."""
    found = gaz.__dict__.get("_skeleton_index")
    if found is None:
        found = {}
        index = gaz.index
        for key, ids in index.keys.items():
            if len(key) < 5 or is_arabic_letter(key[0]):
                continue
            skeleton = skeleton_key(key)
            if not skeleton:
                continue
            for i in ids:
                if index.places[i].country == gaz.home:
                    found.setdefault(skeleton, {}).setdefault(i, key)
        gaz.__dict__["_skeleton_index"] = found
    return found


def _english_trigger(text: str, start: int, lex) -> str | None:
    """A trigger word just before ``start`` in English text ("the town of", "village")."""
    words = normalize(text[max(0, start - 40):start]).split(" ")
    if len(words) >= 2 and words[-1] == "of" and words[-2] in lex.triggers_after:
        return lex.triggers_after[words[-2]]
    return lex.triggers.get(words[-1]) if words else None


def vowel_spellings(gaz: Gazetteer, text: str, taken: bytearray, scanned: set[tuple[int, int]],
                     anchors: list[Place], lex, placed: dict[int, Place] | None = None
                     ) -> list[tuple[int, int, str, Candidate]]:
    """Transliterations that differ from every indexed spelling only in their vowels
    ("Boukamal", "Sheikh Maskin" for Shaykh Miskin, "Ain Issa"): places in the region of
    focus, taken when a trigger word comes before or another place of the article is near,
    and near the place the text puts them by, if it names one (``placed``: the article's
    places by where they start; "the town of al-Sour, north of Deir ez-Zor" is not Tyre)."""
    vowels = loose_index(gaz)
    index = gaz.index
    countries = {a.country for a in anchors}
    out = []
    for m in _CAPITALISED.finditer(text):
        if taken.find(1, m.start(), m.end()) >= 0 or m.span() in scanned:
            continue  # a place already, or a name read and rejected as it stands
        surface = m.group(1)
        key = normalize(surface)
        if key in index.keys:
            continue
        ids = vowels.get(loose_key(key))
        if not ids or (" " not in key and word_zipf(key) >= COMMON_ZIPF["en"]):
            continue  # "On June 29" is no Jounieh
        if _names_an_outlet(text, m.start(), m.end(), lex):
            continue  # "Al-Hadath television"
        trig = _english_trigger(text, m.start(), lex)
        if not trig and any(w in lex.given_names for w in key.split(" ")):
            continue  # "Sheikh Ibrahim" is a man, "the town of Sheikh Meskin" a place
        following = normalize(text[m.end():m.end() + 20]).split()
        after = lex.triggers_after.get(following[0]) if following else None
        wants_area = "governorate" in (trig, after)  # "Deir Ez-Zur province"
        # "the village of al-Manathira" is no district of that name 500 km away
        wants_settlement = bool(SETTLEMENT_TRIGGERS & {trig, after})
        best = None
        by = _placed_by(text, m.end(), placed or {})
        stated = _stated_governorate(text, m.end(), placed or {})
        for i in _home_spellings_of_old_names(gaz, key, ids, anchors):
            place = index.places[i]
            if wants_settlement and place.is_area:
                continue
            if place.country != gaz.home and anchors and place.country not in countries:
                continue  # "al-Tayra" among Sweida's villages is no Tirat Carmel in Israel
            if stated is not None and place.admin1 != stated:
                continue
            if by and km_between(place.lat, place.lon, by[0].lat, by[0].lon) > _FUZZY_NEAR_KM:
                continue
            d = min((km_between(place.lat, place.lon, a.lat, a.lon) for a in anchors
                     if a.place_id != place.place_id), default=math.inf)
            big = place.population >= 100_000  # "Sulaimaniyah" needs no help
            if not (trig or after or d <= _FUZZY_NEAR_KM or big):
                continue
            if d > _TRIGGER_FAR_KM and d != math.inf and (
                    place.kind == "village" or "village" in (trig, after)):
                # "the town of al-Adnaniyah" by Quneitra: a namesake OCHA lacks; "the villages
                # of al-Howeja" in Hama's countryside are not Iraq's Hawija
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


def _home_spellings_of_old_names(gaz: Gazetteer, key: str, ids: tuple[int, ...],
                                 anchors: list[Place]) -> tuple[int, ...]:
    """The places a respelled name may be, a place abroad known by it only as a former name
    giving way to a place at home written with other short vowels, nearer the article's
    places: GeoNames keeps "Bayt Jinn" for Israel's Yavne'el, but "Beit Jinn" by Quneitra is
    the Bait Jan of the sources."""
    index = gaz.index
    old = [i for i in ids if index.places[i].country not in (None, gaz.home)
           and skeleton_key(normalize(index.places[i].name)) != skeleton_key(key)]
    if not old or not anchors:
        return ids
    home = [i for i in skeleton_index(gaz).get(skeleton_key(key), {}) if i not in ids]

    def nearest(i: int) -> float:
        place = index.places[i]
        return min((km_between(place.lat, place.lon, a.lat, a.lon) for a in anchors
                    if a.place_id != place.place_id), default=math.inf)

    far = min(nearest(j) for j in old)
    closer = [i for i in home if (d := nearest(i)) <= _CLOSE_NEAR_KM and d < far]
    return tuple(i for i in ids if i not in old) + tuple(closer) if closer else ids


def _names_an_outlet(text: str, start: int, end: int, lex) -> bool:
    """True when the words around a capitalised name make it an outlet ("Al-Watan newspaper",
    "the Enab Baladi website")."""
    after = normalize(text[end:end + 30]).split(" ")[:1]
    before = normalize(text[max(0, start - 30):start]).split(" ")[-1:]
    return bool(set(after) & lex.cues.get("outlet-after", frozenset())
                or set(before) & lex.outlet_cues)


#: how alike the words after a shared head must be for two names to be one name's spellings
_REST_ALIKE = 0.75


def _bare_similarity(a: str, b: str) -> float:
    """Jaro-Winkler similarity of two folded Latin names without their leading article; low
    when what follows the words they begin with alike is not alike: "Khan al-Asal" and "Khan
    al-Sobol" share a head and an article, not a name."""
    from rapidfuzz.distance import JaroWinkler

    def bare(words: list[str]) -> str:
        return " ".join(words[1:] if len(words) > 1 and words[0] in LATIN_ARTICLES else words)

    left, right = a.split(" "), b.split(" ")
    whole = JaroWinkler.normalized_similarity(bare(left), bare(right))
    while len(left) > 1 and len(right) > 1 and left[0] == right[0]:
        left, right = left[1:], right[1:]
    short, long_ = sorted((bare(left), bare(right)), key=len)
    if short in long_ and len(long_) - len(short) >= 2 and set(
            long_.replace(short, "", 1)) - set("aeiouyh "):
        return 0.0  # a name inside a longer one: "Haraki" is not "Hara", "Malid" not "Ali"
    rest = JaroWinkler.normalized_similarity(bare(left), bare(right))
    # what follows the shared words may be spelled loosely ("Kafr Nouran", OCHA's "Kafr
    # Thoran"), not be another name
    return whole if rest >= _REST_ALIKE else rest


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``start:end`` lies inside one of the sorted, non-overlapping ``spans`` (only
    the last one starting before it can hold it)."""
    k = bisect_right(spans, (start, math.inf)) - 1
    return k >= 0 and spans[k][1] >= end


#: the other items of a list a name opens or goes on with, up to the words that place them all:
#: ", Qastoun, al-Mansoura and al-Qahera" before "in Sahl al-Ghab"
_LIST_GOES_ON = re.compile(
    rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_ARTICLES}[-‐ ])?[A-Z][a-z'’]+"
    rf"(?:[- ](?:{_ARTICLES}[-‐ ])?[A-Z][a-z'’]+)?)*")
#: "X village in Y", "X, near Y", "X neighborhood in the city of Y": the name is placed by the
#: one that follows
_PLACED_BY_NEXT = re.compile(r",?\s+(?:(?:village|town|area|district|neighbou?rhood|quarter)\s+)?"
                             r"(?:on the outskirts of|in the vicinity of|in|near|outside|"
                             r"west of|east of|north of|south of)\s+"
                             r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?")


#: what stands between two items of a list: "Urum al-Kubra, Kafr Nasih", "X and Y"
_LIST_SEPARATOR_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _placed_by(text: str, end: int, placed: dict[int, Place]) -> list[Place]:
    """The place a name, or the list it is one of, is said to lie in or near ("Tal Laben
    village in Tal Tamir", "X, Y and Z in Sahl al-Ghab"), if the words after it name one (a
    town or a region, not a wider area: a governorate's centre says little of its villages)."""
    m = _PLACED_BY_NEXT.match(text, _LIST_GOES_ON.match(text, end).end())
    place = placed.get(m.end()) if m else None
    if place is None or (place.is_area and (place.kind != "region" or place.geo_precision > 3)):
        return []
    return [place]


#: "X in the western countryside of Y", "X in rural Y", "X, in Y province": Y's governorate
_IN_COUNTRYSIDE_OF = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|middle)[a-z-]*\s+)?"
    r"(?:countryside\s+of|rural|province\s+of|governorate\s+of)\s+(?:the\s+)?")


def _stated_governorate(text: str, end: int, placed: dict[int, Place]) -> str | None:
    """The governorate the words after a name, or after the list it is one of, put it in, if
    they do ("Hayt in the western countryside of Daraa"): the name is read in no other."""
    m = _IN_COUNTRYSIDE_OF.match(text, _LIST_GOES_ON.match(text, end).end())
    place = placed.get(m.end()) if m else None
    return place.admin1 if place is not None and place.country is not None else None


def close_spellings(gaz: Gazetteer, text: str, taken: bytearray, scanned: set[tuple[int, int]],
                    anchors: list[Place], lex, placed: dict[int, Place] | None = None,
                    ends: dict[int, Place] | None = None
                    ) -> list[tuple[int, int, str, Candidate]]:
    """Transliterated names not in the index under this spelling (``Al-Malkiyya``,
    ``Ash Shaddadi``, ``Saham al-Golan``): the closest spelling of a place near the article's
    other places, or near the one the text puts it in (``placed``: the article's places by
    where they start). Of namesakes spelled alike, the one nearest the item before it in a
    list (``ends``: the article's places by where they end): "Urum al-Kubra, Kafr Nasih" is
    the Kafr Naseh by Urum, not the one by Tal Rifaat. A name the scan read and rejected is
    not read again, but a longer name around it is ("Golan" is not a place here, "Saham
    al-Golan" is)."""
    if not anchors:
        return []
    out = []
    read = sorted(scanned)
    ends = dict(ends or {})
    for m in _CAPITALISED.finditer(text):
        if taken.find(1, m.start(), m.end()) >= 0 or _within(read, m.start(), m.end()):
            continue
        surface = m.group(1)
        key = normalize(surface)
        if key in gaz.index.keys:
            continue
        trig = _english_trigger(text, m.start(), lex)
        shaped = _TRANSLITERATION.fullmatch(surface) is not None
        if not (trig or shaped):
            continue  # an English word or a name of another shape, unless a trigger comes first
        if not trig and any(w in lex.given_names for w in key.split(" ")):
            continue  # "Abu Mohammad" is a person's kunya
        if _names_an_outlet(text, m.start(), m.end(), lex):
            continue
        near: list[tuple[float, Candidate]] = []
        # "Tal Laben village in Tal Tamir": not a Tal Elbanat near another place of the article
        around = _placed_by(text, m.end(), placed or {}) or anchors
        stated = _stated_governorate(text, m.end(), placed or {})
        for cand in gaz.resolve(surface, limit=8):
            p = cand.place
            if stated is not None and p.admin1 != stated:
                continue
            first = cand.reasons[0] if cand.reasons else ""
            if not first.startswith(("fuzzy", "respelled")) or p.is_area:
                continue
            matched = first.split("'")[1] if "'" in first else ""
            if first.startswith("fuzzy") and _bare_similarity(key, matched) < (
                    0.9 if shaped else 0.95):
                # alike only in their article ("al watan" is not "al wasita"); a name of no
                # Arabic shape must be spelled closer still
                continue
            if p.country not in gaz.focus:
                continue
            if trig in SETTLEMENT_TRIGGERS and p.population >= _NO_VILLAGE:
                continue  # "the small village of Dawayah" is no misspelled Darayya
            d, country = min((km_between(p.lat, p.lon, a.lat, a.lon), a.country or "")
                             for a in around)
            if d <= _CLOSE_NEAR_KM and p.country == country:
                near.append((d, Candidate(p, cand.score, (
                    *cand.reasons, f"{d:.0f} km from another place in the article"))))
        if near:
            # of the best-spelled ones, the closest: two villages of one name are told apart by
            # where the article is (the item before in a list, else all its places), not by
            # the order they came in
            best = max(c.score for _d, c in near)
            alike = [(d, c) for d, c in near if c.score >= best - _SAME_SCORE]
            sep = _LIST_SEPARATOR_BEFORE.search(text, max(0, m.start() - 8), m.start())
            before = ends.get(sep.start()) if sep else None
            if before is not None and len(alike) > 1:
                alike = [(km_between(c.place.lat, c.place.lon, before.lat, before.lon), c)
                         for _d, c in alike]
            _d, chosen = min(alike, key=lambda item: item[0])
            out.append((m.start(), m.end(), surface, chosen))
            ends[m.end()] = chosen.place
    return out


#: a capitalised word right before a name ("Ashrafiyat" before "Sahnaya")
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z’']+)[ \t]+$")
#: how far the longer name's place may lie from the place of the name it ends in
_LONGER_NAME_KM = 20


def longer_names_before(gaz: Gazetteer, text: str, mentions: list[Mention]
                        ) -> list[tuple[int, Mention]]:
    """Names read as the last word of a longer name that the gazetteer knows under another
    spelling, beside them: "Ashrafiyat Sahnaya" is OCHA's Ashrafiet Sahnaya, a town 1 km from
    Sahnaya, not Sahnaya. Each with its index in ``mentions``. English text only."""
    out = []
    index = gaz.index
    for k, m in enumerate(mentions):
        if m.role is not None or m.place.is_area:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if before is None:
            continue
        word = normalize(before.group(1))
        if (" " in word or word in index.keys or word in LATIN_ARTICLES
                or word_zipf(word) >= COMMON_ZIPF["en"]):
            continue  # a possessive, a place, an article or a word ("Syria's Homs", "Northern")
        last = normalize(m.surface).rsplit(" ", 1)[-1]
        surface = text[before.start(1):m.end]
        for cand in gaz.resolve(surface, limit=5):
            p, first = cand.place, cand.reasons[0]
            matched = first.split("'")[1] if "'" in first else ""
            if (not first.startswith(("respelled", "fuzzy")) or p.country != gaz.home
                    or p.is_area or p.place_id == m.place.place_id
                    or last not in (matched.rsplit(" ", 1)[-1],
                                    normalize(p.name).rsplit(" ", 1)[-1])):
                continue
            d = km_between(p.lat, p.lon, m.place.lat, m.place.lon)
            if d <= _LONGER_NAME_KM:
                why = (*cand.reasons, f"a longer name ending in {m.surface!r}, {d:.0f} km from "
                       f"{m.place.name}")
                out.append((k, Mention(before.start(1), m.end, surface, p, 0.6, why, (), None)))
                break
    return out
