"""Resolving names: the seed articles' places land within 10 km of their published coordinates."""

import pytest

from gazetteer import Gazetteer, km_between


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


# Reference coordinates: GeoNames ids in brackets, else the Wikipedia article named.
SEED_PLACES = [
    ("Albukamal", 34.4523, 40.9185),  # GeoNames 174448 (Abu Kamal)
    ("Abu Kamal", 34.4523, 40.9185),
    ("البوكمال", 34.4523, 40.9185),
    ("البو كمال", 34.4523, 40.9185),
    ("Deir ez-Zor", 35.3359, 40.1408),  # GeoNames 170794
    ("ديرالزور", 35.3359, 40.1408),
    ("دير الزور", 35.3359, 40.1408),
    ("الميادين", 35.0198, 40.4527),  # Wikipedia "Mayadin", 35°01′N 40°27′E
    ("al-Mayadin", 35.0198, 40.4527),
    ("دمشق", 33.5131, 36.2919),  # Wikipedia "Damascus", 33°30′N 36°18′E
    ("بغداد", 33.3152, 44.3661),  # Wikipedia "Baghdad", 33°18′N 44°22′E
    ("القائم", 34.37, 41.09),  # Wikipedia "Al-Qa'im, Iraq", 34°22′N 41°05′E
    ("قاعدة الإمام علي", 34.454, 40.937),  # Wikipedia "Imam Ali Base"
    ("حمص", 34.7324, 36.7137),  # Wikipedia "Homs"
]


@pytest.mark.parametrize(("name", "lat", "lon"), SEED_PLACES)
def test_seed_place_resolves_within_10_km(gaz, name, lat, lon):
    best = gaz.resolve(name)[0]
    assert km_between(best.lat, best.lon, lat, lon) < 10, best


def test_country_filter_prefers_that_country(gaz):
    assert gaz.resolve("Tripoli", country="LB")[0].place.country == "LB"


def test_near_point_prefers_the_closer_namesake(gaz):
    top = gaz.resolve("Tripoli", near=(32.9, 13.2))[0]
    assert top.place.country == "LY"


def test_misspelling_falls_back_to_close_spelling(gaz):
    found = gaz.resolve("Albukamsl")  # a typo in a consonant
    assert found and found[0].reasons[0].startswith("fuzzy")
    assert km_between(found[0].lat, found[0].lon, 34.4523, 40.9185) < 10


@pytest.mark.parametrize(("name", "place_id"), [
    ("Albukamel", "gn:174448"),
    ("Shuhayl", "ocha:C5119"),  # OCHA's "Shiheil" (الشحيل), Deir ez-Zor
    ("al-Shahil", "ocha:C5119"),
    ("Daranj", "ocha:C5200"),  # OCHA's "Darnaj" (درنج)
])
def test_short_vowels_written_otherwise_or_left_out(gaz, name, place_id):
    best = gaz.resolve(name)[0]
    assert best.place.place_id == place_id
    assert best.reasons[0].startswith("respelled: its consonants")


def test_a_name_alike_in_consonants_is_read_near_the_article(gaz):
    # "Muhaymidah" has the consonants of OCHA's Mhemideh (Deir ez-Zor) and of a Mahmudiyeh in
    # Hasakah: the article's places tell them apart
    found = {m.surface: m.place for m in gaz.find(
        "Tribal fighters took Muhaymidah and al-Shuhayl, east of Deir ez-Zor city.")}
    assert found["Muhaymidah"].place_id == "ocha:C5106"
    assert found["al-Shuhayl"].place_id == "ocha:C5119"


# Other transliterations than the indexed ones: the article added or left out, other vowels.
# Reference coordinates from the Wikipedia articles named.
RESPELLED = [
    ("Deir ez-Zour", 35.3359, 40.1408),  # "Deir ez-Zor", 35°20′N 40°08′E
    ("Al-Quneitra", 33.1258, 35.8247),  # "Quneitra", 33°07′N 35°49′E
    ("Al-Shaddadi", 36.0556, 40.7306),  # "Al-Shaddadi", 36°03′N 40°44′E
    ("Hajeen", 34.6917, 40.8306),  # "Hajin", 34°41′N 40°50′E
    ("شدادي", 36.0556, 40.7306),
    ("شعفانية", 36.8415, 41.9046),  # OCHA communities C4948, الشعفانية
]


@pytest.mark.parametrize(("name", "lat", "lon"), RESPELLED)
def test_other_transliteration_resolves_to_the_place(gaz, name, lat, lon):
    best = gaz.resolve(name)[0]
    assert km_between(best.lat, best.lon, lat, lon) < 10, best
    assert best.reasons[0].startswith("respelled"), best


def test_respelling_is_only_tried_when_nothing_matches_exactly(gaz):
    # "Palmyra" is indexed as it stands: no other spelling is needed, none is offered
    assert all(c.reasons[0] == "exact name" for c in gaz.resolve("Palmyra", limit=10))
    assert all(c.place.country in gaz.focus for c in gaz.resolve("Hajeen", limit=10))


def test_unknown_name_gives_no_candidates(gaz):
    assert gaz.resolve("Qwxzptl") == []


def test_governorate_geometry_and_outlines(gaz):
    deir = next(c for c in gaz.resolve("دير الزور", limit=5) if c.place.kind == "governorate")
    geometry = gaz.geometry(deir.place.place_id)
    assert geometry["type"] in ("Polygon", "MultiPolygon")
    from gazetteer import outlines

    kinds = {f["properties"]["kind"] for f in outlines()["features"]}
    assert kinds == {"country", "governorate"}
    assert gaz.geometry("gn:170794") is None  # a city has no outline


# The seeds' smaller places: quarters and villages by Albukamal fall back to the town itself
# (precision 2) where no source gives their own coordinates.
@pytest.mark.parametrize("name", ["حي الجمعيات", "السكرية", "الهري", "معبر السكك",
                                  "معبر البوكمال - القائم", "التنف", "بادية البوكمال"])
def test_seed_small_places_resolve_near_albukamal_or_its_desert(gaz, name):
    best = gaz.resolve(name)[0]
    limit = 250 if name == "التنف" else 60
    assert km_between(best.lat, best.lon, 34.4523, 40.9185) < limit, best


def test_region_of_focus_wins_over_namesakes_elsewhere(gaz):
    assert gaz.resolve("السويداء")[0].place.country == "SY"
    assert "in the region of focus" in gaz.resolve("السويداء")[0].reasons


@pytest.mark.parametrize("name, lat, lon", [
    ("الخيام", 33.3272, 35.6111),  # Khiam, Wikipedia
    ("Dahiyeh", 33.85, 35.51),  # Beirut's southern suburbs, Wikidata
    ("جرف الصخر", 32.8744, 44.1944),  # Jurf al-Sakhar, Wikipedia
    ("Nukhayb", 32.0333, 42.25),  # de.wikipedia An-Nuchaib
    ("Incirlik", 37.0019, 35.4258),  # Incirlik Air Base, Wikipedia
    ("Tishreen Dam", 36.38139, 38.18333),  # Tishrin Dam, Wikipedia
    ("سد الطبقة", 35.87222, 38.56667),  # Tabqa Dam, Wikipedia
    ("جبل الشيخ", 33.41611, 35.85750),  # Mount Hermon, Wikipedia
    ("Sinjar Mountains", 36.36673, 41.72184),  # Wikipedia
    ("جبل عبد العزيز", 36.40806, 40.30833),  # Mount Abdulaziz, Wikipedia
    ("Jabal al-Turkman", 35.78139, 35.98250),  # Turkmen Mountain, Wikipedia
    ("سهل الغاب", 35.46477, 36.33419),  # no coordinates of its own: al-Suqaylabiyah district
    ("مطار منغ", 36.52194, 37.04111),  # Menagh Air Base, Wikipedia
    ("Jirah airbase", 36.0975, 37.94028),  # Wikipedia
    ("Tabqa air base", 35.7547, 38.5668),  # ICAO OSTQ, 5 km south of the town
    ("وادي خالد", 34.619055, 36.37835),  # Wadi Khaled, Wikipedia
    ("Akashat", 33.66667, 39.96667),  # Wikipedia
])
def test_overlay_places_of_the_region(gaz, name, lat, lon):
    best = gaz.resolve(name)[0].place
    assert abs(best.lat - lat) < 0.01 and abs(best.lon - lon) < 0.01


def test_admin_seats_without_a_population_rank_as_small_towns(gaz):
    # cities500 lists Ariha (Idlib) and Ras al-Ain for being seats; their population field is 0
    assert gaz.resolve("أريحا")[0].place.country == "SY"
    assert gaz.resolve("Ras Al Ain")[0].place.country == "SY"


def test_a_national_capital_beats_small_namesakes_in_the_region(gaz):
    found = gaz.find("التقى الوفد بمسؤولين في الرياض")
    assert [(m.surface, m.place.country) for m in found] == [("الرياض", "SA")]


@pytest.mark.parametrize("name, lat, lon", [
    ("ميس الجبل", 33.16944, 35.52556),  # Mais al-Jabal, Wikipedia
    ("مارون الراس", 33.08056, 35.42222),  # Maroun al-Ras, Wikipedia
    ("Odaisseh", 33.25417, 35.5425),  # Al-Aadaissah, Wikipedia
    ("معبر المصنع", 33.7029, 35.9240),  # Masnaa border crossing, Wikipedia
])
def test_south_lebanon_border_villages_and_crossings(gaz, name, lat, lon):
    best = gaz.resolve(name)[0].place
    assert abs(best.lat - lat) < 0.01 and abs(best.lon - lon) < 0.01


@pytest.mark.parametrize("name, lat, lon, kind", [
    ("محافظة البقاع", 33.833, 35.900, "governorate"),  # Beqaa Governorate, Wikipedia
    ("Bekaa", 33.833, 35.900, "governorate"),
    ("عكار", 34.55, 36.0833, "governorate"),  # Gouvernement Akkar, de.wikipedia
    ("شبعا", 33.34861, 35.74861, "town"),  # Chebaa, Wikipedia
    ("Qaa", 34.34361, 36.47556, "town"),  # Qaa, Wikipedia
])
def test_lebanese_areas_and_border_towns(gaz, name, lat, lon, kind):
    best = gaz.resolve(name)[0].place
    assert (round(best.lat, 3), round(best.lon, 3), best.kind) == (round(lat, 3), round(lon, 3),
                                                                  kind)


def test_a_big_citys_own_name_beats_an_old_name_of_a_place_in_the_region(gaz):
    # GeoNames keeps "Philadelphia" among Amman's names; Tripoli stays the Lebanese one
    assert gaz.resolve("Philadelphia")[0].place.country == "US"
    found = gaz.find("Thousands marched in Philadelphia and in Tripoli on Sunday.")
    assert [(m.surface, m.place.country) for m in found] == [("Philadelphia", "US"),
                                                             ("Tripoli", "LB")]
    assert [m.place.country for m in gaz.find("وصل الوفد إلى عمان")] == ["JO"]


def test_the_factory_is_not_the_masnaa_crossing(gaz):
    assert [m.surface for m in gaz.find("قصف المصنع في حلب")] == ["حلب"]


def test_an_overlay_id_used_twice_is_a_clear_error(tmp_path, monkeypatch):
    from gazetteer import build
    from gazetteer.lexicon import DataFileError

    header = ("id,name,name_ar,aliases_en,aliases_ar,lat,lon,kind,country,admin1,geo_precision,"
              "source\n")
    row = "x,X,,,,33.5,36.3,town,SY,,1,https://example.org\n"
    (tmp_path / "overlay.csv").write_text(header + row + row, encoding="utf-8")
    monkeypatch.setattr(build, "DATA", tmp_path)
    with pytest.raises(DataFileError, match=r"overlay.csv:3: the id 'x' is used twice"):
        build._add_overlay(build._Builder(), {})


def test_an_overlay_governorate_spelled_unlike_the_admin_areas_is_a_clear_error(tmp_path,
                                                                                  monkeypatch):
    # find compares governorates by name ("X بريف دير الزور" keeps only places in it): an
    # overlay row spelling one its own way would fall out of every such article
    from gazetteer import build
    from gazetteer.lexicon import DataFileError

    header = ("id,name,name_ar,aliases_en,aliases_ar,lat,lon,kind,country,admin1,geo_precision,"
              "source\n")
    row = "x,X,,,,35.3,40.1,town,SY,Deir ez-Zor,1,https://example.org\n"
    (tmp_path / "overlay.csv").write_text(header + row, encoding="utf-8")
    monkeypatch.setattr(build, "DATA", tmp_path)
    with pytest.raises(DataFileError, match=r"overlay.csv:2: admin1 'Deir ez-Zor' is not a "
                                            r"governorate of SY \(one of: .*Deir-ez-Zor"):
        build._add_overlay(build._Builder(), {"SY": {"Deir-ez-Zor", "Homs"}})


def test_overlay_places_lie_in_the_governorate_the_text_names(gaz):
    # the Imam Ali base is in the countryside of Deir ez-Zor, as the admin areas name it
    found = gaz.find("قصفت طائرات مجهولة قاعدة الإمام علي في ريف دير الزور الشرقي")
    assert [(m.surface, m.place.place_id) for m in found] == [
        ("قاعدة الإمام علي", "cur:imam-ali-base"), ("دير الزور", "ocha:SY09")]


def test_an_iraqi_sub_district_without_a_geonames_town_resolves_as_an_area(gaz):
    # OCHA's Garma sub-district of Anbar; GeoNames' cities500 has no town of that name in Iraq
    areas = [c.place for c in gaz.resolve("الكرمة", limit=5) if c.place.country == "IQ"]
    assert areas and areas[0].kind == "subdistrict" and areas[0].geo_precision == 3
    assert areas[0].admin1 == "Al-Anbar"


@pytest.mark.parametrize("kurdish, town", [
    ("Qamishlo", "Al Qāmishlī"), ("Serêkaniyê", "Ra’s al ‘Ayn"), ("Girê Spî", "Tall Abyaḑ"),
    ("Dêrik", "Al Mālikīyah"), ("Efrîn", "‘Afrīn"),
])
def test_kurdish_names_of_northeast_syrian_towns(gaz, kurdish, town):
    # Kurdish-run outlets write these; each alias cites the town's Wikipedia article
    assert [m.place.name for m in gaz.find(f"A drone struck {kurdish} on Tuesday.")] == [town]


@pytest.mark.parametrize(("phrase", "kind", "admin1"), [
    ("ريف دير الزور الشرقي", "governorate", "Deir-ez-Zor"),
    ("محافظة دير الزور", "governorate", "Deir-ez-Zor"),
    ("الريف الغربي للسويداء", "governorate", "As-Sweida"),
    ("بادية حمص الشرقية", "governorate", "Homs"),
    ("مدينة حماة", "city", "Hama"),
    ("مدينة درعا", "town", "Dar'a"),
    ("بلدة كناكر", "town", "Rural Damascus"),
    ("قرية الثعلة", "village", "As-Sweida"),
    ("the city of Homs", "city", "Homs"),
    ("rural Idlib", "governorate", "Idleb"),
    ("Hama province", "governorate", "Hama"),
    ("the western Daraa countryside", "governorate", "Dar'a"),
])
def test_a_name_with_its_trigger_and_direction_words(gaz, phrase, kind, admin1):
    best = gaz.resolve(phrase)[0]
    assert (best.place.kind, best.place.admin1) == (kind, admin1)


def test_a_phrase_that_is_itself_a_name_stays_that_name(gaz):
    assert gaz.resolve("مدينة الصدر")[0].place.country == "IQ"  # Sadr City, not a town "الصدر"
    assert gaz.resolve("جنوب لبنان")[0].place.kind == "country"


def test_a_place_bearing_the_name_as_its_own_wins_a_close_call(gaz):
    # Rosh Ha'Ayin (Israel) has "Ras al-Ayn" among its other names; the Syrian town bears it
    # as its own (Wikipedia "Ras al-Ayn", 36°51′N 40°04′E)
    best = gaz.resolve("Ras al-Ayn")[0]
    assert best.place.country == "SY" and "its own name" in best.reasons
    assert km_between(best.lat, best.lon, 36.85, 40.07) < 10


@pytest.mark.parametrize("text, place_id, precision, admin1", [
    # no source gives these their own coordinates: the town or area that holds them stands in
    ("اشتباكات في محيط سجن غويران جنوب المدينة", "cur:ghuwayran-prison", 2, "Al-Hasakeh"),
    ("Families were moved from al-Hol to Roj camp.", "cur:roj-camp", 2, "Al-Hasakeh"),
    ("An airstrike cut the road at the Arida crossing again.", "cur:arida-crossing", 3, "Akkar"),
    ("هاجمت خلايا التنظيم حقل الشاعر للغاز", "cur:shaer-gas-field", 3, "Homs"),
    ("Trucks queued for days at the Trebil crossing.", "cur:trebil-crossing", 3, "Al-Anbar"),
    ("سقطت قذائف على أطراف بلدة القصر في قضاء الهرمل", "cur:qasr-hermel", 2, "Baalbek-Hermel"),
])
def test_facilities_without_coordinates_of_their_own_stand_at_what_holds_them(
        gaz, text, place_id, precision, admin1):
    place = next(m.place for m in gaz.find(text) if m.place.place_id == place_id)
    assert (place.geo_precision, place.admin1) == (precision, admin1)


@pytest.mark.parametrize("name", ["قضاء الرطبة", "Rutba district"])
def test_a_district_word_in_the_name_asks_for_the_district(gaz, name):
    best = gaz.resolve(name)[0]
    assert (best.place.kind, best.place.country, best.place.admin1) == (
        "district", "IQ", "Al-Anbar")


def test_the_wadi_named_hauran_is_the_iraqi_one_not_the_syrian_plain(gaz):
    # Wikipedia "Wadi Hauran": 33.0333 N 40.25 E, by Rutba in Anbar; the Hauran plain is Daraa's
    found = {m.surface: m.place.country for m in gaz.find(
        "تمشيط وادي حوران غرب الأنبار، فيما شهد سهل حوران في درعا هدوءاً.")}
    assert found["وادي حوران"] == "IQ" and found["سهل حوران"] == "SY"


def test_an_iraqi_subdistrict_too_short_to_match_a_town_is_an_area_of_its_own(gaz):
    # "Al-Ayadiya" keeps one consonant of weight, too few to find its town in GeoNames by
    found = {m.surface: m.place for m in gaz.find("اعتقلت الشرطة متهماً في ناحية العياضية "
                                                  "التابعة لقضاء تلعفر.")}
    place = found["العياضية"]
    assert (place.kind, place.country, place.admin1) == ("subdistrict", "IQ", "Ninewa")
