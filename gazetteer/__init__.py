"""Gazetteer: resolve Arabic and Latin place names to places, and find them in running text."""

from gazetteer.core import Gazetteer, km_between
from gazetteer.geometry import outlines
from gazetteer.normalize import normalize
from gazetteer.records import AREA_KINDS, KINDS, Candidate, Mention, Place

__all__ = [
    "AREA_KINDS",
    "KINDS",
    "Candidate",
    "Gazetteer",
    "Mention",
    "Place",
    "km_between",
    "normalize",
    "outlines",
]
