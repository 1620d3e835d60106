"""Villages and areas no source names, placed by the town the text puts them by."""

import pytest

from gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def placed_by(gaz, text):
    """(surface, the place id it was placed at, geo precision) of the places no source names."""
    return [(m.surface, m.place.place_id.split("#")[0], m.place.geo_precision)
            for m in gaz.find(text) if "#" in m.place.place_id]


def test_a_village_near_a_town_is_placed_at_the_town(gaz):
    text = "انفجرت عبوة ناسفة في قرية الشيحا قرب بلدة التبني صباح اليوم."
    assert placed_by(gaz, text) == [("الشيحا", "gn:172327", 2)]
    mention = next(m for m in gaz.find(text) if m.surface == "الشيحا")
    assert text[mention.start:mention.end] == "الشيحا"
    assert mention.place.kind == "village" and mention.confidence < 0.5
    assert "At Tibn" in mention.reasons[0]


@pytest.mark.parametrize("text", [
    "قتل راع في منطقة الشيحا ببادية التبني.",  # the desert of a town
    'تمركزت الميليشيا في منطقة "الشيحا" على أطراف بلدة التبني.',  # a quoted area name
    "سقطت قذائف على قرية الشيحا بالقرب من التبني.",
])
def test_close_relations(gaz, text):
    assert placed_by(gaz, text)[:1] == [("الشيحا", "gn:172327", 2)]


def test_every_village_of_a_list_by_a_small_town(gaz):
    # a point of the compass places them only by a small town ...
    assert placed_by(gaz, "قصفت المدفعية التركية قرى كربشك وشيريك غرب الدرباسية.") == [
        ("كربشك", "gn:170887", 2), ("شيريك", "gn:170887", 2)]
    # ... not by a city: a village "east of Deir ez-Zor" may lie 80 km away
    assert placed_by(gaz, "سقطت قذيفة على قرية كربشك شرق دير الزور.") == []


def test_a_village_in_a_region_takes_the_regions_precision(gaz):
    assert placed_by(gaz, "قصفت الطائرات قرية الحلوبة في جبل الزاوية.") == [
        ("الحلوبة", "cur:jabal-al-zawiya", 3)]


@pytest.mark.parametrize("text", [
    "سقطت قذيفة على قرية الحلوبة.",  # no town to put it by
    "وقع انفجار في منطقة الاشتباكات قرب البوكمال.",  # the area of the clashes
    "قتل شاب في قرية الحلوبة في دير الزور.",  # "in" a town or a governorate says too little
    "سقطت قذيفة على قرية الحلوبة بريف دير الزور الشرقي.",  # a governorate's countryside
])
def test_names_left_out(gaz, text):
    assert placed_by(gaz, text) == []


@pytest.mark.parametrize(("text", "surface", "town"), [
    ("A Turkish drone hit a car near Khuzimok village, north-east of Al-Qahtaniyah.",
     "Khuzimok", "Al-Qahtaniyah"),
    ("Clashes broke out in the village of Tell Baghar, in the western countryside of Manbij.",
     "Tell Baghar", "Manbij"),
    ("Shells fell on the village of Qanafez near Hermel.", "Qanafez", "Hermel"),
    ("Two men were killed in Kharbet Jammu village in the Amuda countryside.", "Kharbet Jammu",
     "Amuda"),
])
def test_english_villages_by_a_town(gaz, text, surface, town):
    found = gaz.find(text)
    town_id = next(m.place.place_id for m in found if m.surface == town)
    assert [(s, t) for s, t, _p in placed_by(gaz, text)] == [(surface, town_id)]


@pytest.mark.parametrize("text", [
    "The Syrian village near Homs was shelled.",  # a word, not a name
    "The village of Tell Baghar, 40 km east of Deir ez-Zor, was shelled.",  # a city, far
])
def test_english_words_and_far_relations_left_out(gaz, text):
    assert placed_by(gaz, text) == []


def test_a_village_belonging_to_a_subdistrict_is_placed_at_its_centre(gaz):
    text = "قتل أربعة عناصر بهجوم في قرية بريشم التابعة لناحية الصور بريف دير الزور."
    sur = next(m.place.place_id for m in gaz.find(text) if m.surface == "الصور")
    assert placed_by(gaz, text) == [("بريشم", sur, 2)]
    # a district (قضاء) is too wide for its capital to stand for its villages
    assert placed_by(gaz, "قصفت الطائرات موقعا في بلدة عكاشات التابعة لقضاء القائم.") == []


def test_a_known_name_in_a_district_no_namesake_fits(gaz):
    # OCHA's Qenniyeh of Tartous is not a Lebanese town "in the Hermel district"
    text = ("استهدفت الغارات الإسرائيلية جرود بلدة قنية في قضاء الهرمل، وشوهدت الانفجارات من "
            "قرية المعرية في ريف القصير بريف حمص.")
    hermel = next(m.place.place_id for m in gaz.find(text) if m.surface == "الهرمل")
    assert placed_by(gaz, text)[0] == ("قنية", hermel, 2)


@pytest.mark.parametrize(("text", "seat"), [
    ("قصفت مسيرة منزلا في بلدة زبقين في قضاء صور فجر اليوم.", "صور"),
    ("Two people were wounded in a strike on the town of Zawtar in the Nabatieh district.",
     "Nabatieh"),
])
def test_a_village_in_a_lebanese_district_is_placed_at_its_seat(gaz, text, seat):
    # a Lebanese qada is small (most under 30 km across); its seat stands for its villages,
    # with the precision of a region
    seat_id = next(m.place.place_id for m in gaz.find(text) if m.surface == seat)
    (placed,) = placed_by(gaz, text)
    assert placed[1:] == (seat_id, 3) and placed[0] in text


def test_a_village_in_a_subdistrict_is_placed_at_its_centre(gaz):
    # the subdistrict's name may open the town's mention ("ناحية القيارة")
    text = "فجر مسلحون منزلا في قرية الخانوكة بناحية القيارة جنوب الموصل."
    town = next(m for m in gaz.find(text) if "القيارة" in m.surface)
    assert placed_by(gaz, text) == [("الخانوكة", town.place.place_id, 2)]
