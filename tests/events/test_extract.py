"""The seeds' events: each place takes the date of its own clause."""

from datetime import date
from pathlib import Path

import pytest

from events import extract, make_article, read_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seed_2021():
    return extract(read_article(SEEDS / "003_c6bdd8fb93e6e5a7.txt"))


@pytest.fixture(scope="module")
def seed_2024():
    return extract(read_article(SEEDS / "000_a52b791169a06a87.txt"))


def events_at(events, surface, fragment):
    return [e for e in events if e.surface == surface and fragment in e.passage]


def test_every_event_points_into_its_article(seed_2021, seed_2024):
    for path, events in (("003_c6bdd8fb93e6e5a7.txt", seed_2021),
                         ("000_a52b791169a06a87.txt", seed_2024)):
        text = read_article(SEEDS / path).text
        for e in events:
            assert text[e.start:e.end] == e.passage
            assert text[e.surface_start:e.surface_end] == e.surface
            if e.place_reason == "named in the passage":
                assert e.start <= e.surface_start < e.surface_end <= e.end
            else:
                assert e.surface_end <= e.start and e.confidence < 0.6


# Seed 003, published Saturday 2021-11-06: (surface, passage fragment, date, precision)
SEED_2021 = [
    ("سورية", "المليشيات الإيرانية تخلي", date(2021, 11, 6), "reported"),
    ("البوكمال", "بدأت مليشيات تابعة لإيران", date(2021, 11, 5), "day"),
    ("دير الزور", "بدأت مليشيات تابعة لإيران", date(2021, 11, 5), "day"),
    ("قاعدة الإمام علي", "بدأت مليشيات تابعة لإيران", date(2021, 11, 5), "day"),
    ("البوكمال", "نقلت نحو 100 من ضباطها", date(2021, 11, 5), "day"),
    ("العراق", "على شكل أرتال", date(2021, 11, 5), "day"),
    ("البوكمال", "وتعتبر مدينتا البوكمال", date(2021, 11, 6), "reported"),
    ("الميادين", "وتعتبر مدينتا البوكمال", date(2021, 11, 6), "reported"),
    ("موسكو", "أعلنت وزارة الخارجية الروسية", date(2021, 11, 5), "day"),
    ("سورية", "يوليو/تموز 2020", date(2020, 7, 1), "month"),
]


@pytest.mark.parametrize(("surface", "fragment", "when", "precision"), SEED_2021)
def test_seed_2021_events(seed_2021, surface, fragment, when, precision):
    found = events_at(seed_2021, surface, fragment)
    assert found, (surface, fragment)
    assert (found[0].event_date, found[0].time_precision) == (when, precision)


def test_seed_2021_militias_evacuating_albukamal_on_friday(seed_2021):
    e = events_at(seed_2021, "البوكمال", "بإخلاء عدد من مواقعها")[0]
    assert e.event_type == "evacuation"
    assert "Iran-backed militias" in e.actors
    assert abs(e.lat - 34.45) < 0.1 and abs(e.lon - 40.92) < 0.1


def test_seed_2021_sponsor_iran_is_not_an_event_place(seed_2021):
    assert not events_at(seed_2021, "إيران", "تابعة لإيران")


# Seed 000, published Saturday 2024-12-07
SEED_2024 = [
    ("دمشق", "نفى المتحدث باسم الخارجية الإيرانية", date(2024, 12, 7), "day"),
    ("بغداد", "مساء الخميس", date(2024, 12, 5), "day"),
    ("البوكمال", "وسبق أن أفادت وسائل إعلام", date(2024, 12, 7), "reported"),
    ("القائم", "وسبق أن أفادت وسائل إعلام", date(2024, 12, 7), "reported"),
    ("الميادين", "تنسحب من منطقة", date(2024, 12, 7), "reported"),
]


@pytest.mark.parametrize(("surface", "fragment", "when", "precision"), SEED_2024)
def test_seed_2024_events(seed_2024, surface, fragment, when, precision):
    found = events_at(seed_2024, surface, fragment)
    assert found, (surface, fragment)
    assert (found[0].event_date, found[0].time_precision) == (when, precision)


def test_seed_2024_future_meeting_and_past_arrival_in_one_sentence(seed_2024):
    sentence = [e for e in seed_2024 if "مساء الخميس" in e.passage]
    dates = {e.surface: e.event_date for e in sentence}
    assert dates["بغداد"] == date(2024, 12, 5)
    assert date(2024, 12, 13) in dates.values()  # سيعقد الجمعة: the coming Friday


def test_seed_2024_statement_denying_embassy_evacuation(seed_2024):
    e = events_at(seed_2024, "دمشق", "نفى المتحدث")[0]
    assert e.event_type in ("statement", "evacuation")


def test_capital_as_government_is_not_an_event_place():
    article = make_article("Washington said on Friday that it struck targets near Abu Kamal.",
                           published="2024-12-07")
    assert [e.surface for e in extract(article)] == ["Abu Kamal"]


def test_undated_article_events_have_no_date():
    article = make_article("Fighting was reported near Homs.")
    events = extract(article)
    assert events and events[0].event_date is None and events[0].time_precision == "reported"


def test_one_event_per_passage_and_place():
    article = make_article("Strikes hit Homs, then Homs again, and Hama.", published="2024-12-07")
    assert sorted(e.surface for e in extract(article)) == ["Hama", "Homs"]


def test_dated_attack_with_no_place_is_kept_unplaced():
    article = make_article("Published: 2022-05-10\nRecent incidents:\n"
                           "On March 3, an explosive-laden drone hit a fuel depot.\n"
                           "On March 9, the ministry said it was studying the matter.",
                           published="2022-05-10")
    events = extract(article)
    assert len(events) == 1  # the statement is not an event without a place
    event = events[0]
    assert (event.event_date, event.time_precision, event.event_type) == (
        date(2022, 3, 3), "day", "airstrike")
    assert event.lat is None and event.place_id is None and event.geo_precision is None
    assert "no place named" in event.place_reason
    assert article.text[event.start:event.end] == event.passage


def test_countries_are_not_passed_on_to_the_next_sentence():
    article = make_article("Iran and Iraq traded accusations.\n"
                           "On Friday, a drone targeted a convoy.", published="2024-12-07")
    events = extract(article)
    convoy = [e for e in events if "convoy" in e.passage]
    assert len(convoy) == 1 and convoy[0].lat is None and convoy[0].event_date == date(2024, 12, 6)


def test_a_wire_dateline_neither_places_nor_dates_the_event():
    article = make_article("Published: 2024-12-07\nAMMAN, Dec 7 (Reuters) - Government troops "
                           "withdrew from Palmyra on Friday, a commander said.",
                           published="2024-12-07")
    events = extract(article)
    assert [(e.surface, e.event_date) for e in events] == [("Palmyra", date(2024, 12, 6))]


def test_an_arabic_wire_dateline():
    article = make_article("تاريخ النشر: 2024-12-07\nبيروت (رويترز) - سيطرت قوات سوريا الديمقراطية "
                           "على مدينة دير الزور يوم الجمعة.", published="2024-12-07")
    assert [(e.surface, e.event_date) for e in extract(article)] == [
        ("دير الزور", date(2024, 12, 6))]


def test_a_dateline_with_any_outlet_in_brackets_after_a_city_in_capitals():
    article = make_article("Published: 2024-12-07\nERBIL, Iraq (Kurdistan 24) – Fighters "
                           "withdrew from Manbij on Friday.", published="2024-12-07")
    assert [e.surface for e in extract(article)] == ["Manbij"]


def test_a_date_after_since_starts_a_period_and_dates_nothing():
    article = make_article("The strike on Nabatieh on Saturday was the deadliest since Oct. 8.",
                           published="2024-09-21")
    assert {e.event_date for e in extract(article)} == {date(2024, 9, 21)}
    article = make_article("Clashes in Daraa have not stopped since 2011.", published="2024-09-21")
    assert [(e.event_date, e.time_precision) for e in extract(article)] == [
        (date(2024, 9, 21), "reported")]
    # "منذ يومين" (two days ago) is a date, not a period
    article = make_article("قصفت الطائرات مدينة إدلب منذ يومين", published="2024-09-21")
    assert [e.event_date for e in extract(article)] == [date(2024, 9, 19)]


@pytest.mark.parametrize("text, kind", [
    ("خرجت مظاهرات في السويداء يوم الجمعة", "protest"),
    ("Security forces arrested 12 people in Homs on Friday.", "arrest"),
    ("نزح آلاف المدنيين من ريف إدلب يوم الجمعة", "displacement"),
])
def test_protests_arrests_and_displacement_are_event_types(text, kind):
    events = extract(make_article(text, published="2024-12-07"))
    assert events and all(e.event_type == kind for e in events)


def test_more_actors_of_the_region():
    from events.lexicon import actors

    assert actors("اشتبك الجيش الوطني السوري مع وحدات حماية الشعب قرب منبج") == (
        "Syrian National Army", "YPG/PKK")
    assert actors("UNIFIL said the Lebanese army deployed near Khiam") == (
        "UNIFIL", "Lebanese Army")
