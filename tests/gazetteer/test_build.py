"""Names the build reads out of OCHA's community names."""

from gazetteer.build import _community_names, _everyday_word, _ghayn_spellings


def _row(name_en: str, name_ar: str, adm3: tuple[str, str], adm2: tuple[str, str]) -> dict:
    return {"name_en": name_en, "name_en_ref": name_en, "name_ar": name_ar,
            "adm3_en": adm3[0], "adm3_ar": adm3[1], "adm2_en": adm2[0], "adm2_ar": adm2[1],
            "adm1_en": "Al-Hasakeh", "adm1_ar": "الحسكة"}


def test_each_village_of_a_community_of_two_is_a_name():
    names = _community_names(_row("Samira - Sallur", "السامرة_سللور", ("Rabee'a", "ربيعة"),
                                  ("Lattakia", "اللاذقية")))
    assert {"Samira", "Sallur", "السامرة", "سللور"} <= names


def test_a_town_named_beside_a_village_is_not_the_village():
    names = _community_names(_row("Deirotan / Jableh", "ديروتان / جبلة", ("Ein Shaqaq", "عين شقاق"),
                                  ("Jablah", "جبلة")))
    assert "Deirotan" in names and "Jableh" not in names and "جبلة" not in names


def test_the_district_added_to_tell_namesakes_apart_is_dropped():
    names = _community_names(_row("Tal Baydar Ras El Ein", "تل بيدر راس العين",
                                  ("Ras Al Ain", "مركز رأس العين"), ("Ras Al Ain", "رأس العين")))
    assert {"تل بيدر", "tal baydar"} <= names


def test_the_unit_is_dropped_with_its_article_and_a_glued_one():
    # OCHA writes the unit with an article the unit's own name lacks ("الاتارب" for "أتارب"),
    # glued in English to its first vowel ("Elatareb")
    names = _community_names(_row("Kafr Naseh Elatareb", "كفر ناصح الاتارب", ("Atareb", "أتارب"),
                                  ("Jebel Saman", "جبل سمعان")))
    assert {"كفر ناصح", "kafr naseh"} <= names
    # ... and the district after a community's village is no village of it
    names = _community_names(_row("Delbeh - Dreikish", "الدلبة - الدريكيش",
                                  ("Jneinet Raslan", "جنينة رسلان"), ("Dreikish", "دريكيش")))
    assert "الدلبة" in names and "الدريكيش" not in names


def test_the_unit_is_dropped_when_glued_with_its_t():
    # OCHA appends the sub-district "معرة تمصرين" glued, as the news writes it ("معرتمصرين")
    names = _community_names(_row("Kafraya Maar Tamsarin", "كفريا معرتمصرين",
                                  ("Maaret Tamsrin", "معرة تمصرين"), ("Idleb", "مركز إدلب")))
    assert "كفريا" in names


def test_a_name_that_only_ends_like_a_district_keeps_its_words():
    # "معرة صيدنايا" is Sednaya's Maarat: without Sednaya it is no name
    names = _community_names(_row("Maaret Sednaya", "معرة صيدنايا", ("Sidnaya", "صيدنايا"),
                                  ("At Tall", "التل")))
    assert names == {"Maaret Sednaya", "معرة صيدنايا"}
    # "Upper Makhrim" is not an "Upper" of the Makhrim sub-district (the Arabic says so)
    names = _community_names(_row("Upper Makhrim", "المخرم الفوقاني", ("Al Makhrim", "المخرم"),
                                  ("Al Makhrim", "المخرم")))
    assert names == {"Upper Makhrim", "المخرم الفوقاني", "Makhrim al-fawqani", "Makhrim fawqani"}


def test_a_qualified_village_gets_the_forms_the_news_writes():
    # OCHA: no article in the Arabic, the English adjective first
    names = _community_names(_row("Big Yamama", "يمامة كبيرة", ("Sarin", "صرين"),
                                  ("Ain Al Arab", "عين العرب")))
    assert {"Big Yamama", "يمامة كبيرة", "اليمامه الكبيره", "يمامه الكبيره",
            "Yamama al-kabireh"} <= names
    # a construct name takes the article on its adjective only
    names = _community_names(_row("Eastern Tal Steeh", "تل سطيح شرقي", ("Sarin", "صرين"),
                                  ("Ain Al Arab", "عين العرب")))
    assert "تل سطيح الشرقي" in names and "التل سطيح الشرقي" not in names


def test_namesakes_elsewhere_do_not_stop_the_plain_name():
    # a "الدردارة" in Tartous bears the name as its own; the Tal Tamr one answers to it too
    row = _row("Derdara Tal Tamr", "الدردارة تل تمر", ("Tal Tamer", "تل تمر"),
               ("Al-Hasakeh", "مركز الحسكة"))
    assert {"الدرداره", "derdara"} <= _community_names(row)


def test_a_glued_article_is_also_read_apart():
    names = _community_names(_row("Maaret Elnaasan", "معارة النعسان", ("Teftnaz", "تفتناز"),
                                  ("Idleb", "إدلب")))
    assert "Maaret El naasan" in names


def test_ocha_g_for_ghayn_is_also_spelled_gh():
    assert _ghayn_spellings("Baguz", "الباغوز فوقاني") == {"Baghuz"}
    assert _ghayn_spellings("Gherban", "غربان") == set()  # already "gh"
    assert _ghayn_spellings("Tgaz", "تجاز") == set()  # no غ: the "g" is another letter


def test_everyday_words_are_read_as_written():
    # folded "قرعه" is rare as typed; "قرعة" (a draw, a lottery) is an everyday word
    assert _everyday_word("قرعه") and _everyday_word("حجاره")
    assert not _everyday_word("باغوز") and not _everyday_word("رميلان")


def test_a_two_word_base_name_is_no_persons_name():
    from gazetteer import Gazetteer

    keys = Gazetteer.load().index.keys
    assert "عرب حسن" in keys  # OCHA: "عرب حسن كبير" and "عرب حسن صغير"
    assert "عبد السلام" not in keys  # OCHA: "عبد السلام غربية", a man's name bare
