"""Gazetteer: resolve Arabic and Latin place names to places, and find them in running text."""

from gazetteer.records import AREA_KINDS, KINDS, Candidate, Mention, Place

__all__ = ["AREA_KINDS", "KINDS", "Candidate", "Mention", "Place"]
