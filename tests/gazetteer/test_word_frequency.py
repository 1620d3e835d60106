"""The compact word table gives wordfreq's own figures for every word at or above its floor."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from gazetteer import word_frequency
from gazetteer.lexicon import written_forms
from gazetteer.normalize import normalize
from gazetteer.word_frequency import FLOOR, zipf

SEEDS = Path(__file__).parents[2] / "seeds"


@pytest.fixture(autouse=True, scope="module")
def fresh_tables(tmp_path_factory):
    """Tables built by this code, not read from a cache an older version wrote."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MARSAD_CACHE_DIR", str(tmp_path_factory.mktemp("words")))
        word_frequency._table.cache_clear()
        yield
    word_frequency._table.cache_clear()


def _seed_words() -> list[str]:
    words: set[str] = set()
    for path in SEEDS.glob("*.txt"):
        for word in re.findall(r"\w+", path.read_text(encoding="utf-8")):
            words.add(word)
            words |= written_forms(normalize(word))
    return sorted(words)


def _agrees(word: str, lang: str) -> bool:
    exact, compact = zipf_frequency(word, lang), zipf(word, lang)
    return compact == exact if max(exact, compact) >= FLOOR else compact < FLOOR


def test_every_seed_word_reads_as_wordfreq_reads_it():
    words = _seed_words()
    assert len(words) > 1000
    assert [w for w in words if not _agrees(w, "ar")] == []
    assert sum(zipf(w, "ar") >= FLOOR for w in words) > 300  # the table is not empty


@pytest.mark.parametrize("word", ["village", "Village", "the", "al-Bab", "2021", "don't",
                                  "Qaryat", "xqzv", "دوراً", "ـقريةـ", "قرية", "وأن"])
def test_words_wordfreq_would_change_or_split(word):
    assert _agrees(word, "en") and _agrees(word, "ar")


def test_rare_words_read_as_zero():
    assert zipf("xqzvw", "en") == 0.0
    assert 0 < zipf_frequency("mayadin", "en") < FLOOR and zipf("mayadin", "en") < FLOOR


def test_the_table_is_kept_and_a_damaged_one_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    word_frequency._table.cache_clear()
    assert zipf("village", "en") == zipf_frequency("village", "en")
    (kept,) = tmp_path.glob("words-en-*.pickle")
    assert 10_000 < len(word_frequency.read_pickle(kept)) < 200_000
    kept.write_bytes(b"not a pickle")
    word_frequency._table.cache_clear()
    assert zipf("village", "en") == zipf_frequency("village", "en")
    assert len(word_frequency.read_pickle(kept)) > 10_000
    word_frequency._table.cache_clear()
