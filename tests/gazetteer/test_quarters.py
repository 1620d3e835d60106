"""Town quarters no source names, placed at the town the text puts them in."""

import pytest

from gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def quarters(gaz, text):
    """(surface, town place id) of the quarters found in ``text``."""
    return [(m.surface, m.place.place_id.split("#")[0]) for m in gaz.find(text)
            if m.place.kind == "neighborhood" and "#" in m.place.place_id]


def test_a_quarter_is_placed_at_the_town_named_after_it(gaz):
    text = "قصفت طائرة مسيرة مقرا في حي الكتف ومنطقة المزارع بمدينة البوكمال قرب الحدود."
    found = quarters(gaz, text)
    assert found == [("الكتف", "gn:174448")]
    mention = next(m for m in gaz.find(text) if m.surface == "الكتف")
    assert text[mention.start:mention.end] == "الكتف"
    assert mention.place.geo_precision == 2 and mention.confidence < 0.6


def test_every_quarter_of_a_list_after_the_plural(gaz):
    text = ("شهدت مدينة دير الزور انتشارا أمنيا، وداهمت الدوريات أحياء الحويقة وهرابش "
            "والشيخ ياسين، ثم انسحبت.")
    assert quarters(gaz, text) == [("الحويقة", "gn:170794"), ("هرابش", "gn:170794"),
                                   ("الشيخ ياسين", "gn:170794")]


def test_a_quarter_in_a_sentence_of_its_own_belongs_to_the_article_town(gaz):
    text = ("تجددت الاشتباكات في مدينة السويداء صباح اليوم. وسقطت قذيفة في مدينة السويداء مساء.\n"
            "وأصيب ثلاثة مدنيين في حي الطحطوح.")
    assert quarters(gaz, text) == [("الطحطوح", "gn:172408")]


def test_the_towns_a_road_joins_hold_none_of_the_sentence_s_quarters(gaz):
    # the Hama–Salamiyah road is not where Homs' quarter is
    text = ("قتل شخصان برصاص مجهولين في مدينة حمص صباح اليوم. وأغلقت قوى الأمن طريق حماة – "
            "السلمية، وانتشرت دورياتها في حي الشماس.")
    homs = next(m.place.place_id for m in gaz.find(text) if m.surface == "مدينة حمص")
    assert quarters(gaz, text) == [("الشماس", homs)]
    # in English the quarter is then left out: no town of its sentence holds it
    assert quarters(gaz, "Gunmen fired on cars on the Hama-Salamiyah highway, then raided the "
                         "al-Shammas neighborhood.") == []


@pytest.mark.parametrize("text", [
    "نقلت القناة بثا حيا، وقالت إن الجريح ما زال حي يرزق في درعا.",  # alive
    "سقطت قذائف على حي سكني مكتظ وعلى أحياء متفرقة من مدينة درعا.",  # descriptions
    "قتل شخص في حي آخر من مدينة درعا، وفي الحي الشرقي منها.",
    "سقطت قذيفة على حي السحاري ببلدة الدويرينة المجاورة لمدينة درعا.",  # a town not in the index
    "Shells fell on the Kurdish neighborhood and the Christian quarter of Daraa.",
])
def test_words_that_are_no_quarter_names(gaz, text):
    assert quarters(gaz, text) == []


def test_an_english_quarter_needs_its_town_in_the_sentence(gaz):
    assert quarters(gaz, "Snipers fired into the al-Kashef neighborhood of Daraa city.") == [
        ("al-Kashef", "gn:170905")]
    text = "Daraa was calm on Monday. Daraa's council met.\nGunmen entered the Shamsin quarter."
    assert quarters(gaz, text) == []


def test_a_town_after_the_quarter_counts_only_if_the_quarter_lies_in_it(gaz):
    # "near the Tabqa dam" does not put the quarter in Tabqa; the town before it in the
    # sentence does
    text = "In Raqqa, gunmen stormed the Mashlab neighborhood near the road to Tabqa."
    assert quarters(gaz, text) == [("Mashlab", "gn:172955")]


def test_an_english_quarter_named_with_its_article(gaz):
    # not the Palestinian village of 'Asira, spelled alike: a quarter of the city it lies in
    text = "An Israeli drone struck a building in Al-Asira neighborhood in the city of Baalbek."
    baalbek = next(m.place.place_id for m in gaz.find(text) if m.surface == "Baalbek")
    assert quarters(gaz, text) == [("Al-Asira", baalbek)]


def test_the_nominative_dual_names_two_quarters_of_the_town_after_them(gaz):
    # "حيا" (two quarters): السليمانية is Aleppo's, not Iraq's Sulaymaniyah, and the town of
    # the pair is the one after the pair, not the one the article names most
    text = ("قتل شخصان في مدينة حمص، وجرح ثالث في حمص. وتعرض حيا الحميدية والسليمانية في "
            "مدينة حلب لقصف مدفعي مساء أمس.")
    aleppo = next(m.place.place_id for m in gaz.find(text) if m.surface == "حلب")
    assert quarters(gaz, text) == [("الحميدية", aleppo), ("السليمانية", aleppo)]
    # ... also when the sources know neither name
    text = "شهد حيا الجوبة والصالحين في مدينة حلب اشتباكات."
    aleppo = next(m.place.place_id for m in gaz.find(text) if m.surface == "حلب")
    assert quarters(gaz, text) == [("الجوبة", aleppo), ("الصالحين", aleppo)]
    # "حيا" is also "alive"
    assert quarters(gaz, "وقال إن الجريح بقي حيا بعد نقله إلى مشفى حلب.") == []


def test_a_quarter_named_with_a_head_word_that_is_also_a_word(gaz):
    # "بابا" (father, pope) heads the name of Homs' Baba Amr
    text = "انتشرت الدوريات في حي بابا عمرو بمدينة حمص."
    homs = next(m.place.place_id for m in gaz.find(text) if m.surface == "مدينة حمص")
    assert quarters(gaz, text) == [("بابا عمرو", homs)]
