"""Arabic names written with other long vowels or final letters than the sources write them."""

import pytest

from gazetteer import Gazetteer
from gazetteer.arabic_spellings import consonant_key
from gazetteer.normalize import normalize


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(("a", "b"), [
    ("كفرلاتا", "كفرلاتة"),  # final alif for ta marbuta
    ("بينين", "بنين"),  # a long vowel the sources leave out
    ("أرينبة", "ارنبة"),
    ("الولغة", "ولغا"),  # the article, and the final letter
    ("كفر لاتا", "كفرلاتة"),  # a space
])
def test_spellings_that_meet(a, b):
    assert consonant_key(normalize(a), 3) == consonant_key(normalize(b), 3) != ""


def test_short_names_have_no_key():
    assert consonant_key(normalize("بنين")) == ""  # three letters: only as a list's item
    assert consonant_key(normalize("بنين"), 3) == "بنن"


def respelled(gaz, text):
    return [(m.surface, m.place.name) for m in gaz.find(text)
            if any("long vowels" in r for r in m.reasons)]


@pytest.mark.parametrize("text", [
    "سقطت قذائف على منطف وبينين ومعربليت بريف إدلب مساء أمس.",  # between two villages
    "سقطت قذائف على منطف ومعربليت وبينين بريف إدلب.",  # after the last one
    "سقطت قذائف على بينين ومنطف بريف إدلب، ولم تسجل إصابات.",  # before the first one
])
def test_a_list_item_is_read_under_its_consonants(gaz, text):
    assert respelled(gaz, text) == [("بينين", "Banin")]


def test_after_a_village_word_beside_a_place_of_the_sentence(gaz):
    text = "قتل مدني في قرية كفرلاتا قرب معربليت بجبل الأربعين."
    assert respelled(gaz, text) == [("كفرلاتا", "Kafrlata")]


@pytest.mark.parametrize("text", [
    # no place of its sentence beside it (the next sentence's is no evidence)
    "سقطت قذائف على قرية كفرلاتا. وفي معربليت قتل شخصان بريف إدلب.",
    # the namesake lies far from the places listed with it
    "قصفت المدفعية البوكمال والميادين وبينين في دير الزور.",
    # ordinary words are no misspelled villages
    "سقطت قذائف على منطف والمناطق المجاورة بريف إدلب.",
])
def test_left_out(gaz, text):
    assert respelled(gaz, text) == []
