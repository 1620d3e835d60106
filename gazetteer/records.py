"""Plain records the gazetteer returns: a Place, a Candidate for a name, a Mention in a text."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

#: Feature kinds, coarse to fine. Areas (country .. subdistrict, region) resolve with a polygon
#: or a radius rather than a point.
KINDS = (
    "country",
    "governorate",
    "district",
    "subdistrict",
    "region",
    "river",
    "city",
    "town",
    "village",
    "neighborhood",
    "facility",
    "crossing",
    "airport",
)

AREA_KINDS = frozenset({"country", "governorate", "district", "subdistrict", "region", "river"})


@dataclass(frozen=True, slots=True)
class Place:
    """One place in the gazetteer.

    ``place_id`` is stable across builds: ``gn:<geonameid>``, ``ocha:<pcode>`` (communities and
    admin units), ``cur:<slug>`` (curated overlay) or ``ne:<slug>`` (Natural Earth).
    ``geo_precision`` follows ACLED: 1 the site or town itself, 2 part of or near a town,
    3 governorate or region, 4 country.
    """

    place_id: str
    name: str
    name_ar: str | None
    lat: float
    lon: float
    kind: str
    country: str | None
    admin1: str | None
    geonameid: int | None = None
    population: int = 0
    geo_precision: int = 1
    source: str = ""

    @property
    def is_area(self) -> bool:
        """True for countries, admin units, regions and rivers."""
        return self.kind in AREA_KINDS


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with its score and the reasons behind it."""

    place: Place
    score: float
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return self.place.name

    @property
    def lat(self) -> float:
        return self.place.lat

    @property
    def lon(self) -> float:
        return self.place.lon


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text; ``text[start:end] == surface`` always holds."""

    start: int
    end: int
    surface: str
    place: Place
    confidence: float
    reasons: tuple[str, ...] = field(default_factory=tuple)
    alternatives: tuple[Candidate, ...] = field(default_factory=tuple)
    #: e.g. "capital-as-government" when the name stands for a government, not a location
    role: str | None = None


def placed_at(anchor: Place, key: str, surface: str, kind: str, how: str, **changes) -> Place:
    """A place no source names, put at the point of the town (geo precision 2: part of or near
    it) or region (3) the text puts it in or by; its id is the anchor's with ``#key``, its
    source the anchor's with ``+how``; ``changes`` may set other fields (a geo precision of 3
    for a place put at the seat of the district it lies in)."""
    changes.setdefault("geo_precision", 3 if anchor.is_area else 2)
    return replace(anchor, place_id=f"{anchor.place_id}#{key}", name=f"{anchor.name}: {surface}",
                   kind=kind, source=f"{anchor.source}+{how}", **changes)


def taken_map(length: int, mentions: list[Mention]) -> bytearray:
    """One byte per character of a text of ``length``, 1 where one of ``mentions`` stands:
    later passes test ``taken.find(1, start, end) >= 0`` before naming a span a place."""
    taken = bytearray(length + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return taken
