"""The :class:`Gazetteer`: resolve a name to candidate places, find place names in running text."""

from __future__ import annotations

import math
import os
from functools import lru_cache

from rapidfuzz import process as fprocess
from rapidfuzz.distance import JaroWinkler

from gazetteer.build import Index, load_index
from gazetteer.normalize import arabic_variants, is_arabic, latin_variants, normalize
from gazetteer.phrases import PREFERS, split_phrase
from gazetteer.records import Candidate, Mention, Place

#: what a trigger word in the name asks for; "قضاء الرطبة", "Rutba district", "منطقة القائم"
#: name an area, though in running text "منطقة" is said of a town's surroundings as often
_RESOLVE_PREFERS = {**PREFERS, "area": lambda p: p.kind in ("district", "subdistrict",
                                                            "governorate", "region")}


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


#: Score taken from a place that bears a big city's own name only as an alias.
ALIAS_PENALTY = 1.5
#: Score given to a place that bears the name as its own, over one that has it as another
#: language's or an old name ("Ras al-Ayn" is the Syrian town; Rosh Ha'Ayin was also called so).
OWN_NAME_BONUS = 0.1
#: Score taken from a place found under another transliteration of the name asked for (its
#: article or vowels written otherwise): transliterations vary too much for more.
RESPELLED_PENALTY = 0.2
#: a name alike in consonants only must still be this close in spelling (Jaro-Winkler)
_CONSONANTS_MIN = 0.7


class Gazetteer:
    """Names → places over GeoNames, OCHA, Natural Earth and the curated overlay.

    >>> gaz = Gazetteer.load()
    >>> gaz.resolve("Albukamal")[0].name
    'Ālbū Kamāl'
    """

    #: Countries news in this deployment is mostly about; their places win over namesakes
    #: elsewhere (السويداء is As-Suwayda in Syria, not the Yemeni village). ``MARSAD_FOCUS``
    #: (comma-separated ISO2 codes) overrides.
    DEFAULT_FOCUS = ("SY", "IQ", "LB", "JO", "TR", "IL", "PS")

    def __init__(self, index: Index, focus: tuple[str, ...] | None = None) -> None:
        self._index = index
        env = os.environ.get("MARSAD_FOCUS")
        chosen = tuple(focus or (env.split(",") if env else self.DEFAULT_FOCUS))
        self.focus = frozenset(chosen)
        #: the country the news is first about (the first of the focus): its neighbours' places
        #: whose names are also everyday words need more evidence than its own
        self.home = chosen[0]
        self._latin_keys: list[str] | None = None
        self._arabic_keys: list[str] | None = None

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Gazetteer:
        """The gazetteer from the compiled cache (built on first use); cached per process."""
        return cls(load_index())

    @classmethod
    def rebuild(cls) -> Gazetteer:
        """Recompile the index from the data files and return a fresh gazetteer."""
        cls.load.cache_clear()
        return cls(load_index(rebuild=True))

    @property
    def index(self) -> Index:
        """The compiled index (places, keys, automaton)."""
        return self._index

    def __len__(self) -> int:
        return len(self._index.places)

    def place(self, place_id: str) -> Place | None:
        """The place with this id (``gn:…``, ``ocha:…``, ``cur:…``, ``country:…``), if known."""
        i = self._index.by_id.get(place_id)
        return None if i is None else self._index.places[i]

    def candidates_for_key(self, key: str) -> tuple[int, ...]:
        """Indices of places indexed under a folded key, best prior first."""
        return self._index.keys.get(key, ())

    def resolve(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        limit: int = 5,
    ) -> list[Candidate]:
        """Places ``name`` may refer to, best first.

        ``country`` (ISO2) favours places in that country; ``near`` (lat, lon) favours places close
        to that point. When no spelling matches exactly, the name's other spellings in the region
        of focus are tried (with or without its article, other vowels: marked ``respelled`` in the
        reasons), and then close spellings (marked ``fuzzy``).
        """
        key = normalize(name)
        found, prefers = self._candidates(key)
        ids = tuple(found)
        out = []
        big_own = self.big_own_name(key, ids)
        for i, reasons in found.items():
            place = self._index.places[i]
            score = self._index.priors[i]
            why = list(reasons)
            if reasons[0].startswith("respelled"):
                score -= RESPELLED_PENALTY
            if place.country in self.focus:
                score += 1.0
                why.append("in the region of focus")
            own = i in self._index.primary.get(key, ())
            if big_own is not None and not own:
                score -= ALIAS_PENALTY
                why.append("only an old or other name here: a big city bears it as its own")
            elif own:
                score += OWN_NAME_BONUS
                why.append("its own name")
            if country and place.country == country.upper():
                score += 1.5
                why.append(f"in {country.upper()}")
            if prefers is not None and _RESOLVE_PREFERS[prefers](place):
                score += 3.0
                why.append(f"trigger word asks for a {prefers}")
            if near is not None:
                d = km_between(near[0], near[1], place.lat, place.lon)
                score += max(0.0, 1.5 - d / 200)
                why.append(f"{d:.0f} km from the given point")
            why.append(f"{place.kind}, prior {self._index.priors[i]:.2f}")
            out.append(Candidate(place, round(score, 4), tuple(why)))
        out.sort(key=lambda c: -c.score)
        return out[:limit]

    def big_own_name(self, key: str, ids: tuple[int, ...]) -> int | None:
        """The candidate of ``key`` that is a city of a million or more under this very name,
        when no candidate in the region of focus bears it as its own name: "Philadelphia" is the
        American city, not Amman (whose ancient name it was); "Tripoli" stays the Lebanese one."""
        own = self._index.primary.get(key, frozenset())
        best = None
        for i in ids:
            if i not in own:
                continue
            place = self._index.places[i]
            if place.country in self.focus:
                return None
            if place.population >= 1_000_000 and (
                    best is None or place.population > self._index.places[best].population):
                best = i
        return best

    def _candidates(self, key: str) -> tuple[dict[int, tuple[str, ...]], str | None]:
        """The places a folded name may be, each with how it was found, and what a trigger word
        in the name asks for: the name as it stands, else the name inside its trigger words,
        else its other spellings, else close spellings."""
        if not key:
            return {}, None
        ids = self._index.keys.get(key, ())
        if ids:
            return dict.fromkeys(ids, ("exact name",)), None
        found, prefers = self._phrase(key)
        if found:
            return found, prefers
        return self._respelled(key) or self._fuzzy(key), None

    def _phrase(self, key: str) -> tuple[dict[int, tuple[str, ...]], str | None]:
        """A name given with its trigger and direction words ("ريف دير الزور الشرقي", "the city
        of Homs"): the candidates of the name inside, and what the trigger word asks for."""
        split = split_phrase(key)
        if split is None:
            return {}, None
        names, prefers = split
        for inner in names:
            ids = self._index.keys.get(inner, ())
            if ids:
                return dict.fromkeys(ids, (f"name inside the phrase: {inner!r}",)), prefers
        if len(names[0]) >= 4:
            fuzzy = self._fuzzy(names[0])
            if fuzzy:
                inside = f"name inside the phrase: {names[0]!r}"
                return {i: (inside, *why) for i, why in fuzzy.items()}, prefers
        return {}, None

    def _respelled(self, key: str) -> dict[int, tuple[str, ...]]:
        """Places in the region of focus under another spelling of the name: with or without
        its article ("Al-Quneitra", "Al-Shaddadi", "جماسة" for الجماسة), or a Latin name with
        other vowels ("Hajeen"); each with the reason."""
        from gazetteer.spellings import loose_index, loose_key

        arabic = is_arabic(key)
        if arabic:
            bare = key[2:] if key.startswith("ال") else ""
            variants = arabic_variants(key) | ({bare} if len(bare) >= 3 else {"ال" + key})
        else:
            variants = latin_variants(key)
        found: dict[int, tuple[str, ...]] = {}
        for variant in sorted(variants - {key}):
            for i in self._index.keys.get(variant, ()):
                found.setdefault(i, (f"respelled: written {variant!r}",))
        for i in () if arabic else loose_index(self).get(loose_key(key), ()):
            found.setdefault(i, ("respelled: its article or vowels written otherwise",))
        if not found and not arabic:
            found = self._alike_in_consonants(key)
        return {i: why for i, why in found.items() if self._index.places[i].country in self.focus}

    def _alike_in_consonants(self, key: str) -> dict[int, tuple[str, ...]]:
        """Places of the home country whose Latin name has the same consonants, the short
        vowels written otherwise or left out ("Shuhayl" is OCHA's "Shiheil", "Daranj" its
        "Darnaj"), not spelled wholly otherwise."""
        from rapidfuzz.distance import JaroWinkler

        from gazetteer.spellings import loose_key, skeleton_index, skeleton_key

        loose = loose_key(key)
        return {i: (f"respelled: its consonants, as in {name!r}",)
                for i, name in skeleton_index(self).get(skeleton_key(key), {}).items()
                if JaroWinkler.normalized_similarity(loose, loose_key(name)) >= _CONSONANTS_MIN}

    def _fuzzy(self, key: str) -> dict[int, tuple[str, ...]]:
        """Places under spellings close to the name, each with the spelling it was found by."""
        if self._latin_keys is None:
            keys = list(self._index.keys)
            self._arabic_keys = [k for k in keys if is_arabic(k)]
            self._latin_keys = [k for k in keys if not is_arabic(k)]
        pool = self._arabic_keys if is_arabic(key) else self._latin_keys
        found: dict[int, tuple[str, ...]] = {}
        for match, score in fprocess_extract(key, pool):
            for i in self._index.keys[match]:
                found.setdefault(i, (f"fuzzy: {match!r} ({score:.2f})",))
        return found

    def find(self, text: str, *, keep_metonyms: bool = False) -> list[Mention]:
        """Place names in ``text``, in text order; ``text[m.start:m.end] == m.surface``.

        Spans that are not places here (outlets, organisations, ``Iran-backed``, a name glued to
        digits, a person's surname) are left out; a capital standing for its government is left
        out too unless ``keep_metonyms`` (then it comes with ``role="capital-as-government"``).
        """
        from gazetteer.find import find_mentions

        return find_mentions(self, text, keep_metonyms=keep_metonyms)

    def geometry(self, place_id: str) -> dict | None:
        """A small GeoJSON geometry for an area (governorate, district, country), else ``None``."""
        from gazetteer.geometry import area_geometry

        return area_geometry(place_id)


def fprocess_extract(key: str, pool: list[str]) -> list[tuple[str, float]]:
    """Keys in ``pool`` spelled like ``key`` (Jaro-Winkler similarity ≥ 0.9), best first."""
    hits = fprocess.extract(key, pool, scorer=JaroWinkler.normalized_similarity, limit=3,
                            score_cutoff=0.9)
    return [(m, s) for m, s, _ in hits]
