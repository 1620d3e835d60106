"""Dating passages relative to the publication date."""

from datetime import date

import pytest

from events.dates import find_dates, publication_date, url_date, weekday_date

SAT_2021 = date(2021, 11, 6)  # seed 003 was published on a Saturday


def first(text, published=SAT_2021):
    found = find_dates(text, published)
    assert found, text
    return found[0].value, found[0].precision


def test_weekday_before_publication_resolves_to_previous_friday():
    assert first("بدأت مليشيات تابعة لإيران، يوم الجمعة، بإخلاء") == (date(2021, 11, 5), "day")


def test_today_saturday_is_the_publication_day():
    assert first("نفى المتحدث، اليوم السبت، الأنباء") == (SAT_2021, "day")


def test_yesterday_with_weekday_and_time_of_day():
    assert first("مساء أمس الجمعة") == (date(2021, 11, 5), "day")


def test_relative_days_before():
    assert first("قال أمس")[0] == date(2021, 11, 5)
    assert first("وقع أول أمس")[0] == date(2021, 11, 4)
    assert first("قصف الليلة الماضية")[0] == date(2021, 11, 5)


def test_past_marker_and_week_before():
    assert first("الأحد الماضي")[0] == date(2021, 10, 31)
    assert first("الأربعاء قبل الفائت")[0] == date(2021, 10, 27)


def test_future_statement_takes_the_coming_weekday():
    assert first("سيعقد الجمعة اجتماعا") == (date(2021, 11, 12), "day")
    assert first("They will meet on Monday")[0] == date(2021, 11, 8)


def test_explicit_month_with_levantine_double_form_has_month_precision():
    assert first("وفي يوليو/تموز 2020 شكلت") == (date(2020, 7, 1), "month")


def test_day_month_without_year_takes_the_year_from_publication():
    assert first("On March 9, the coalition said", date(2021, 3, 10)) == (date(2021, 3, 9), "day")
    assert first("في 4 يناير", date(2022, 1, 10))[0] == date(2022, 1, 4)
    assert first("في 28 ديسمبر", date(2022, 1, 10))[0] == date(2021, 12, 28)


def test_weekday_naming_an_explicit_date_defers_to_it():
    # alone, الأربعاء would be 18 September, the Wednesday before publication
    found = find_dates("مساء الأربعاء 4 أيلول", date(2024, 9, 20))
    assert [(d.value, d.precision) for d in found] == [(date(2024, 9, 4), "day")]


def test_english_relative_forms():
    pub = date(2018, 10, 16)
    assert first("the ministry said yesterday", pub)[0] == date(2018, 10, 15)
    assert first("the strike late Sunday", pub)[0] == date(2018, 10, 14)
    assert first("last week", pub) == (date(2018, 10, 9), "week")
    assert first("earlier this month", pub) == (date(2018, 10, 1), "month")
    assert first("In 2016, the rebels lost", pub) == (date(2016, 1, 1), "year")


def test_english_same_weekday_as_publication_is_that_day():
    assert first("wounded several people on Wednesday", date(2024, 11, 20))[0] == date(2024, 11, 20)


@pytest.mark.parametrize("text", ["قرار مجلس الأمن رقم 2254", "نقلت نحو 100 من ضباطها",
                                  "شبكة ديرالزور24 المحلية", "القرار 2254 و100 عنصر"])
def test_numbers_that_are_not_dates(text):
    assert find_dates(text, SAT_2021) == []


def test_weekday_arithmetic_over_a_week():
    for weekday in range(7):
        past = weekday_date(weekday, SAT_2021)
        ahead = weekday_date(weekday, SAT_2021, future=True)
        assert past.weekday() == weekday == ahead.weekday()
        assert 0 <= (SAT_2021 - past).days < 7
        assert 0 <= (ahead - SAT_2021).days < 7


@pytest.mark.parametrize(("head", "expected"), [
    ("title\n\n06 نوفمبر 2021\nbody", date(2021, 11, 6)),
    ("صورة\n● أخبار سورية ٧ ديسمبر ٢٠٢٤\n", date(2024, 12, 7)),
    ("بتاريخ ١٤ شباط ٢٠٢٣", date(2023, 2, 14)),
    ("Page B2\nMarch 3, 2019\n", date(2019, 3, 3)),
    ("تاريخ النشر: 2022-04-18\n", date(2022, 4, 18)),
    ("Published: 12/03/2020\n", date(2020, 3, 12)),
])
def test_publication_date_lines(head, expected):
    assert publication_date(head)[0] == expected


def test_publication_date_missing_is_none_with_a_reason():
    value, why = publication_date("no date here\njust text")
    assert value is None and why


def test_dates_in_urls():
    assert url_date("https://x.net/news/2019/9/30/slug") == date(2019, 9, 30)
    assert url_date("https://x.com/2023-12-30-strike") == date(2023, 12, 30)
    assert url_date("https://x.com/a/b") is None


def test_days_ago_and_day_of_this_or_last_month():
    pub = date(2024, 3, 10)
    assert first("قبل يومين", pub) == (date(2024, 3, 8), "day")
    assert first("two days ago", pub) == (date(2024, 3, 8), "day")
    assert first("يوم 5 من الشهر الجاري", pub) == (date(2024, 3, 5), "day")
    assert first("في 28 من الشهر الماضي", pub) == (date(2024, 2, 28), "day")


def test_abbreviated_months_and_a_month_without_year():
    pub = date(2021, 11, 8)
    assert first("on Nov. 5", pub) == (date(2021, 11, 5), "day")
    assert first("in late October", pub) == (date(2021, 10, 1), "month")
    assert first("in December", pub) == (date(2020, 12, 1), "month")
    assert find_dates("they may go to Raqqa", pub) == []


def test_days_after_something_dates_that_thing_before_the_clause():
    sat = date(2024, 12, 7)
    assert first("Residents went back, a day after the militias left the town.", sat) == (
        date(2024, 12, 6), "day")
    assert first("دخلت القوات المدينة بعد يومين من انسحاب الميليشيات", sat) == (
        date(2024, 12, 5), "day")
    # counted from the clause's own date when it has one
    found = find_dates("On Wednesday, two days after the attack", sat)
    assert [(d.text, d.value) for d in found] == [("On Wednesday", date(2024, 12, 4)),
                                                  ("two days after", date(2024, 12, 2))]


@pytest.mark.parametrize("text, expected", [
    ("وقع الهجوم في الخامس من ديسمبر", date(2024, 12, 5)),
    ("في الحادي والعشرين من تشرين الثاني 2024", date(2024, 11, 21)),
    ("في الثالث من الشهر الجاري", date(2024, 12, 3)),
    ("الثاني عشر من الشهر الماضي", date(2024, 11, 12)),
    ("منذ يومين", date(2024, 12, 5)),
])
def test_arabic_ordinal_days_and_more_relative_forms(text, expected):
    assert first(text, date(2024, 12, 7)) == (expected, "day")


def test_next_week_and_a_few_days_ago_have_week_precision():
    assert first("الأسبوع المقبل", date(2024, 12, 7)) == (date(2024, 12, 14), "week")
    assert first("قبل أيام", date(2024, 12, 7))[1] == "week"


@pytest.mark.parametrize("head", ["2024/12/07", "2024-12-07T10:00:00Z", "2024.12.07"])
def test_year_first_date_lines(head):
    assert publication_date(head + "\nBody.")[0] == date(2024, 12, 7)


def test_vague_recent_periods_have_week_precision_and_mid_month_reads():
    sat = date(2024, 12, 7)
    assert first("خلال اليومين الماضيين", sat)[1] == "week"
    assert first("in recent days", sat)[1] == "week"
    assert first("fighting in mid-November", sat) == (date(2024, 11, 1), "month")
