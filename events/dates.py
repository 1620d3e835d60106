"""Dates in news text: publication dates, and each passage's date relative to publication.

Explicit dates (``7 ديسمبر 2024``, ``يوليو/تموز 2020``, ``June 27``) are read with the month tables
in ``data/date_words.yaml``; free-form metadata dates go to :mod:`dateparser`. Weekday arithmetic
and the Arabic relative phrases (``يوم الجمعة``, ``مساء أمس الأحد``, ``أول أمس``, ``الليلة
الماضية``, ``سيعقد الجمعة``) are resolved here: they depend on the publication date and on tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, resolved against the publication date."""

    start: int
    end: int
    text: str
    value: date
    precision: str  # day | week | month | year


@lru_cache(maxsize=1)
def _words() -> dict:
    return yaml.safe_load((DATA / "date_words.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def ordinal_days() -> dict[str, int]:
    """Arabic ordinal day words: الأول 1 ... العاشر 10, الحادي عشر 11, الحادي والعشرين 21 ..."""
    w = _words()
    units, tens = w["ordinal_units"], w["ordinal_tens"]
    out = {word: n for word, n in units.items() if word != "الحادي"}
    for word, n in tens.items():
        out[word] = n
    for word, n in units.items():
        if n == 1 and word != "الحادي":
            continue  # "الأول عشر" is not said: الحادي عشر
        out[f"{word} عشر"] = 10 + n
        for ten, m in tens.items():
            if m >= 20 and m + n <= 31:
                out[f"{word} و{ten}"] = m + n
    return out


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    w = _words()
    months = _alt(w["months"])
    weekdays = _alt(w["weekdays"])
    times = _alt(w["times_of_day"])
    past = _alt(w["past_markers"])
    future = _alt(w["future_markers"])
    sep = r"[\s/\-–,،()]*"
    year = r"(?P<year>(?:19|20)\d\d)"
    month_pair = rf"(?P<month>{months})\.?(?:\s*/\s*(?:{months}))?"
    b = r"(?<![\w/])"  # no letter, digit or slash glued before
    e = r"(?![\w/])"
    return {
        "iso": re.compile(rf"{b}(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d\d?)(?P=sep)"
                          rf"(?P<day>\d\d?)(?:(?=T\d)|{e})"),
        "dmy_num": re.compile(rf"{b}(?P<day>\d\d?)[/.](?P<m>\d\d?)[/.](?P<year>(?:19|20)\d\d){e}"),
        "day_month_year": re.compile(
            rf"{b}(?P<day>\d\d?)(?:st|nd|rd|th)?(?:\s+(?:من|of))?\s+{month_pair}{sep}{year}{e}",
            re.I),
        "month_day_year": re.compile(
            rf"{b}{month_pair}\s+(?P<day>\d\d?)(?:st|nd|rd|th)?,?\s+{year}{e}", re.I),
        "month_year": re.compile(rf"{b}(?:{_alt(w['month_lead'])})?\s*{month_pair}{sep}{year}{e}",
                                 re.I),
        "month_only": re.compile(
            rf"(?<![\w])(?:{_alt(w['month_lead'])})[\s-]+(?:(?:{_alt(w['month_lead'])})\s+)?"
            rf"{month_pair}(?![\w/])(?!\s*,?\s*\d)", re.I),
        "day_month": re.compile(rf"{b}(?P<day>\d\d?)(?:st|nd|rd|th)?(?:\s+(?:من|of))?\s+"
                                rf"{month_pair}{e}", re.I),
        "month_day": re.compile(rf"{b}{month_pair}\s+(?P<day>\d\d?)(?:st|nd|rd|th)?{e}", re.I),
        "year": re.compile(rf"(?:{_alt(w['year_lead'])})\s+(?:عام\s+)?{year}{e}", re.I),
        "weekday": re.compile(
            rf"(?:(?P<today>{_alt(w['today'])})\s*[(]?\s*)?(?:(?P<time>{times})\s+)?"
            rf"(?:(?P<yest>{_alt(w['yesterday'])})\s+)?"
            rf"(?:(?P<lead>{_alt(w['weekday_lead'])})\s+)?[(]?\s*"
            rf"(?P<weekday>{weekdays})\s*[)]?"
            rf"(?:\s+(?P<before>{_alt(w['week_before'])}))?"
            rf"(?:\s+(?P<past>{past})|\s+(?P<future>{future}))?(?![\w])", re.I),
        "ordinal_month": re.compile(
            rf"(?<![\w])(?P<ord>{_alt(ordinal_days())})\s+من\s+(?:شهر\s+)?{month_pair}"
            rf"(?:{sep}{year})?(?![\w/])"),
        "ordinal_this": re.compile(
            rf"(?<![\w])(?P<ord>{_alt(ordinal_days())})\s+من\s+(?:(?P<this>"
            rf"{_alt(w['this_month'])})|(?P<last>{_alt(w['last_month'])}))"),
        "day_of_month": re.compile(
            rf"{b}(?P<day>\d\d?)(?:st|nd|rd|th)?\s+(?:من|of)\s+(?:(?P<this>"
            rf"{_alt(w['this_month'])})|(?P<last>{_alt(w['last_month'])}))", re.I),
        "relative": re.compile(rf"(?<![\w])(?P<rel>{_alt(w['relative'])})(?![\w])", re.I),
        "days_after": re.compile(rf"(?<![\w])(?P<after>{_alt(w['days_after'])})(?![\w])", re.I),
        "future_words": re.compile(rf"(?<![\w])(?:{_alt(w['future_words'])})(?![\w])", re.I),
        "future_verbs": re.compile(r"(?<![\w])[وف]?س[يتنأ](?:" + _alt(w["future_verbs"]) + ")"),
    }


@lru_cache(maxsize=1)
def _month_names() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{_alt(_words()['months'])})(?![\w])", re.I)


def names_calendar_date(text: str) -> bool:
    """True when a date expression names its date outright — a number or a month name ("Oct. 8",
    "منذ عام 2011") — rather than counting from the report ("منذ يومين")."""
    digits = text.translate(_DIGITS)
    return any(c.isdigit() for c in digits) or bool(_month_names().search(digits))


def _month_number(name: str) -> int:
    months = _words()["months"]
    key = name.lower() if name.lower() in months else name
    return int(months[key])


def _weekday_number(name: str) -> int:
    weekdays = _words()["weekdays"]
    return int(weekdays.get(name.lower(), weekdays.get(name, -1)))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: date) -> date | None:
    """A day and month without a year: the one on or before publication (up to a week ahead)."""
    candidate = _safe_date(published.year, month, day)
    if candidate and candidate > published + timedelta(days=7):
        candidate = _safe_date(published.year - 1, month, day)
    return candidate


def is_future(text: str) -> bool:
    """True when a clause speaks of what will happen (سيعقد، ستبدأ، will, is due to, next)."""
    p = _patterns()
    return bool(p["future_words"].search(text) or p["future_verbs"].search(text))


def weekday_date(weekday: int, published: date, *, future: bool = False,
                 same_day_is_today: bool = True, weeks_back: int = 0) -> date:
    """The date of a named weekday relative to publication.

    Past by default: the latest such weekday on or before publication (the publication day itself
    when it is that weekday and ``same_day_is_today``), ``weeks_back`` weeks earlier for
    "الماضي"/"قبل الفائت". Future: the coming such weekday.
    """
    delta = (published.weekday() - weekday) % 7
    if future:
        ahead = (weekday - published.weekday()) % 7
        return published + timedelta(days=ahead or (0 if same_day_is_today else 7))
    if delta == 0 and not same_day_is_today:
        delta = 7
    return published - timedelta(days=delta + 7 * weeks_back)


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Date expressions in ``text`` (a sentence or clause), resolved against ``published``."""
    digits = text.translate(_DIGITS)
    p = _patterns()
    found: list[DateMention] = []
    taken = bytearray(len(digits) + 1)

    def add(m: re.Match, value: date | None, precision: str) -> None:
        if value is None or any(taken[m.start():m.end()]):
            return
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        raw = text[m.start():m.end()]
        start = m.start() + len(raw) - len(raw.lstrip())
        found.append(DateMention(start, m.end(), raw.strip(), value, precision))

    for m in p["iso"].finditer(digits):
        add(m, _safe_date(int(m["year"]), int(m["m"]), int(m["day"])), "day")
    for m in p["dmy_num"].finditer(digits):
        add(m, _safe_date(int(m["year"]), int(m["m"]), int(m["day"])), "day")
    for name in ("day_month_year", "month_day_year"):
        for m in p[name].finditer(digits):
            add(m, _safe_date(int(m["year"]), _month_number(m["month"]), int(m["day"])), "day")
    ordinals = ordinal_days()
    for m in p["ordinal_month"].finditer(digits):
        day, month = ordinals[m["ord"]], _month_number(m["month"])
        if m["year"]:
            add(m, _safe_date(int(m["year"]), month, day), "day")
        elif published is not None:
            add(m, _infer_year(month, day, published), "day")
    for m in p["month_year"].finditer(digits):
        add(m, _safe_date(int(m["year"]), _month_number(m["month"]), 1), "month")
    for m in p["year"].finditer(digits):
        add(m, _safe_date(int(m["year"]), 1, 1), "year")
    if published is None:
        return sorted(found, key=lambda d: d.start)
    for m in p["ordinal_this"].finditer(digits):
        month_start = published.replace(day=1)
        if m["last"]:
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        add(m, _safe_date(month_start.year, month_start.month, ordinals[m["ord"]]), "day")
    for name in ("day_month", "month_day"):
        for m in p[name].finditer(digits):
            add(m, _infer_year(_month_number(m["month"]), int(m["day"]), published), "day")
    for m in p["month_only"].finditer(digits):
        month = _month_number(m["month"])
        year = published.year if month <= published.month else published.year - 1
        add(m, _safe_date(year, month, 1), "month")
    for m in p["day_of_month"].finditer(digits):
        month_start = published.replace(day=1)
        if m["last"]:
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        add(m, _safe_date(month_start.year, month_start.month, int(m["day"])), "day")
    future = is_future(digits)
    for m in p["weekday"].finditer(digits):
        weekday = _weekday_number(m["weekday"])
        if weekday < 0:
            continue
        if m["yest"]:
            value = published - timedelta(days=1)
            if value.weekday() != weekday:
                value = weekday_date(weekday, published, same_day_is_today=False)
        elif m["today"]:
            value = weekday_date(weekday, published)
        else:
            weeks_back = 1 if m["before"] else 0
            lead = (m["lead"] or "").lower()
            if m["past"] or lead in ("last", "past"):
                value = weekday_date(weekday, published, same_day_is_today=False,
                                     weeks_back=weeks_back)
            else:
                ahead = bool(m["future"]) or lead in ("next", "this coming", "coming") or future
                value = weekday_date(weekday, published, future=ahead, weeks_back=weeks_back)
        add(m, value, "day")
    explicit = [d for d in found if d.precision == "day" and any(c.isdigit() for c in d.text)]
    weekday_ends = len(found)
    relative = _words()["relative"]
    for m in p["relative"].finditer(digits):
        offset, precision = relative[m["rel"].lower()]  # keys are lower case (Arabic has none)
        if precision == "month":
            month_start = published.replace(day=1)
            value = (month_start - timedelta(days=1)).replace(day=1) if offset < 0 \
                else month_start
        elif precision == "year":
            value = date(published.year + offset, 1, 1)
        else:
            value = published + timedelta(days=offset)
        add(m, value, precision)
    days_after = _words()["days_after"]
    for m in p["days_after"].finditer(digits):
        anchors = [d for d in found if d.precision == "day" and d.end <= m.start()]
        anchor = anchors[-1].value if anchors else published
        add(m, anchor - timedelta(days=int(days_after[m["after"].lower()])), "day")
    # "مساء الأربعاء 4 أيلول": the weekday only describes the explicit date after it
    found = [d for i, d in enumerate(found)
             if not (i < weekday_ends and d.precision == "day"
                     and any(0 <= e.start - d.end <= 3 for e in explicit) and d not in explicit)]
    return sorted(found, key=lambda d: d.start)


def publication_date(text: str, *, head_chars: int = 1500) -> tuple[date | None, str]:
    """The publication date in an article's head (date line), with the evidence found."""
    head = text[:head_chars]
    for line in head.splitlines():
        dates = [d for d in find_dates(line, None) if d.precision == "day"]
        if dates:
            return dates[0].value, f"date line {line.strip()[:60]!r}"
    return None, "no date line in the first lines"


def parse_free_date(value: str) -> date | None:
    """A date written any common way (metadata fields, user input), via dateparser."""
    import dateparser

    parsed = dateparser.parse(value, languages=["ar", "en"],
                              settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False})
    return parsed.date() if parsed else None


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:/|$|[^\d])")
_URL_COMPACT = re.compile(r"[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|$)")


def url_date(url: str | None) -> date | None:
    """A date in a URL path (``/2019/9/30/``, ``/2023-12-30-``, ``/20211106/``)."""
    if not url:
        return None
    for pattern in (_URL_DATE, _URL_COMPACT):
        m = pattern.search(url)
        if m:
            value = _safe_date(int(m[1]), int(m[2]), int(m[3]))
            if value:
                return value
    return None
