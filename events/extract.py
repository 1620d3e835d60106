"""Articles → events: one event per passage (sentence) and place, dated from its own clause."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from events.dates import DateMention, find_dates, names_calendar_date
from events.lexicon import actors, event_type
from events.records import Article, Event
from events.segment import Span, clauses, sentences
from gazetteer import Gazetteer, Mention

#: How many sentences back an undated sentence may borrow a date from ("the same Friday strike").
CONTEXT_SENTENCES = 2
#: How many sentences back a dated sentence with no place may borrow the places from.
PLACE_CONTEXT_SENTENCES = 4
_NEAR_WORDS = re.compile(
    r"(?:شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي|جنوبي|قرب|بالقرب من|محيط|أطراف|ضواحي|مدخل|"
    r"near|outside|outskirts of|east of|west of|north of|south of|suburbs of|countryside)\s*$",
    re.I,
)


#: A wire-copy dateline at the start of a paragraph: "BEIRUT, Dec 7 (Reuters) -",
#: "DAMASCUS (AP) —", "بيروت (رويترز) -", "دمشق - (سانا)". Its city is where the reporter files
#: from and its date the report's, so neither places nor dates an event.
_DATELINE = re.compile(
    r"^[ \t]*(?:"
    r"[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z ]{2,20})?"  # BEIRUT / QAMISHLI, Syria
    r"(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # , Dec 7
    r"|[A-Z][a-z]+(?:,\s*[A-Z][A-Za-z ]{2,20})?,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}"  # Beirut, Dec 7
    r"|[\u0621-\u064A]+(?: [\u0621-\u064A]+)?)"  # بيروت / دير الزور
    r"\s*[-–—]?\s*"
    r"\((?:Reuters|AP|AFP|Xinhua|dpa|Anadolu|UPI|SANA|رويترز|أ ?ف ?ب|فرانس برس|الأناضول|سانا|"
    r"د ?ب ?أ|شينخوا)\)\s*[-–—:]?"
    # any outlet in brackets after a city in capitals: "ERBIL (Kurdistan 24) –",
    # "QAMISHLI, Syria (North Press) –"
    r"|^[ \t]*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z ]{2,20})?"
    r"(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*\((?:[A-Z][\w.&'’]*)(?: [\w.&'’]+){0,3}\)\s*[-–—:]",
    re.MULTILINE,
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where the wire datelines are ("BEIRUT, Dec 7 (Reuters) -")."""
    return [m.span() for m in _DATELINE.finditer(text)]


@dataclass(frozen=True)
class _Dated:
    mention: DateMention | None
    reason: str


#: "since Oct. 8", "منذ عام 2011", "منذ 8 أكتوبر": the date starts a period that runs to the
#: report; it does not date what the clause tells ("the deadliest strike since Oct. 8")
_SINCE = re.compile(r"(?:\bsince|\bever since|منذ)\s*(?:عام|سنة|مطلع|بداية|أواخر|منتصف)?\s*$",
                    re.IGNORECASE)
_SINCE_START = re.compile(r"^(?:since|منذ)\b", re.IGNORECASE)


def _period_start(clause_text: str, d: DateMention) -> bool:
    """True for an absolute date after "since"/"منذ" (not "منذ يومين", two days ago)."""
    if not names_calendar_date(d.text):
        return False
    before = clause_text[max(0, d.start - 20):d.start]
    return bool(_SINCE_START.match(d.text) or _SINCE.search(before))


def _clause_dates(text: str, sentence: Span, published) -> list[tuple[Span, list[DateMention]]]:
    out = []
    for clause in clauses(text, sentence):
        part = text[clause.start:clause.end]
        found = [d for d in find_dates(part, published) if not _period_start(part, d)]
        shifted = [DateMention(d.start + clause.start, d.end + clause.start, d.text, d.value,
                               d.precision) for d in found]
        out.append((clause, shifted))
    return out


def _date_for(position: int, parts: list[tuple[Span, list[DateMention]]]) -> _Dated:
    """The date a place at ``position`` takes: its own clause's, else the sentence's nearest."""
    for clause, dates in parts:
        if clause.start <= position < clause.end and dates:
            before = [d for d in dates if d.start <= position]
            return _Dated(before[-1] if before else dates[0], "its own clause")
    everything = [d for _clause, dates in parts for d in dates]
    before = [d for d in everything if d.start <= position]
    if before:
        return _Dated(before[-1], "an earlier clause of its sentence")
    if everything:
        return _Dated(everything[0], "a later clause of its sentence")
    return _Dated(None, "")


def _event_id(article_id: str, start: int, place_id: str) -> str:
    return hashlib.sha1(f"{article_id}|{start}|{place_id}".encode()).hexdigest()[:16]


def _geo_precision(text: str, mention: Mention) -> int:
    if mention.place.geo_precision >= 3:
        return mention.place.geo_precision
    if _NEAR_WORDS.search(text[max(0, mention.start - 25):mention.start]):
        return 2
    return mention.place.geo_precision


def _is_dateline(text: str, span: Span, published) -> bool:
    """A short line that is only a date (and maybe a section name) reports nothing."""
    line = text[span.start:span.end]
    return len(line) < 80 and any(d.precision == "day" for d in find_dates(line, None))


def extract(article: Article, gaz: Gazetteer | None = None,
            mentions: list[Mention] | None = None) -> list[Event]:
    """Events of ``article``: each sentence naming a place becomes one event per place, dated by
    its own clause, else by its sentence, else by the two sentences before it, else by the
    publication date (``time_precision="reported"``). Capitals standing for their governments
    ("Washington said") are not places where something happened and are left out.
    ``mentions`` may pass ``gaz.find(text, keep_metonyms=True)`` when the caller has it."""
    gaz = gaz or Gazetteer.load()
    text, published = article.text, article.published
    if mentions is None:
        mentions = gaz.find(text, keep_metonyms=True)
    datelines = dateline_spans(text)

    def in_dateline(pos: int) -> bool:
        return any(a <= pos < b for a, b in datelines)

    mentions = [m for m in mentions if m.role is None and not in_dateline(m.start)]
    events: list[Event] = []
    last_date: DateMention | None = None
    since = 0
    last_places: list[Mention] = []
    places_since = 0
    m_index = 0
    for sentence in sentences(text):
        here: list[Mention] = []
        while m_index < len(mentions) and mentions[m_index].start < sentence.end:
            if mentions[m_index].start >= sentence.start:
                here.append(mentions[m_index])
            m_index += 1
        if _is_dateline(text, sentence, published):
            continue
        parts = _clause_dates(text, sentence, published) if here or published else []
        if datelines:
            parts = [(c, [d for d in ds if not in_dateline(d.start)]) for c, ds in parts]
        sentence_dates = [d for _c, ds in parts for d in ds]
        passage = text[sentence.start:sentence.end]
        inherited = False
        if here:
            last_places, places_since = here, 0
        else:
            places_since += 1
            if (last_places and places_since <= PLACE_CONTEXT_SENTENCES
                    and (sentence_dates or event_type(passage, 0))):
                # "the blast killed the attacker": same place (a country is too vague to pass on)
                here = [m for m in last_places if m.place.kind != "country"]
                inherited = True
        if not here and sentence_dates:
            unplaced = _unplaced_event(article, sentence, passage, sentence_dates)
            if unplaced is not None:
                events.append(unplaced)
        seen: set[str] = set()
        for mention in here:
            if mention.place.place_id in seen:
                continue
            seen.add(mention.place.place_id)
            dated = _date_for(sentence.start if inherited else mention.start, parts)
            if dated.mention is None and last_date is not None and since <= CONTEXT_SENTENCES:
                dated = _Dated(last_date, "a sentence just before it")
            if dated.mention is not None:
                when, precision = dated.mention.value, dated.mention.precision
                date_text, reason = dated.mention.text, f"date from {dated.reason}"
            else:
                when, precision, date_text = published, "reported", None
                reason = "no date of its own: the publication date" if published else \
                    "no date in the passage and the article is undated"
            place = mention.place
            events.append(Event(
                event_id=_event_id(article.article_id, sentence.start, place.place_id),
                article_id=article.article_id, event_date=when, time_precision=precision,
                place_id=place.place_id, name=place.name, name_ar=place.name_ar, lat=place.lat,
                lon=place.lon, geonameid=place.geonameid, kind=place.kind,
                geo_precision=max(_geo_precision(text, mention), 2 if inherited else 1),
                country=place.country,
                admin1=place.admin1, passage=passage, start=sentence.start, end=sentence.end,
                surface=mention.surface, surface_start=mention.start, surface_end=mention.end,
                confidence=round(mention.confidence * (0.6 if inherited else 1.0), 3),
                event_type=event_type(passage, max(0, mention.start - sentence.start)),
                actors=actors(passage), date_text=date_text, date_reason=reason,
                place_reason="named in a sentence just before" if inherited else
                "named in the passage",
            ))
        day_dates = [d for d in sentence_dates if d.precision == "day"]
        if day_dates:
            last_date, since = day_dates[-1], 1
        else:
            since += 1
    return events


#: Event types that stand on their own without a place (a statement with a date is not news of
#: something happening somewhere).
_UNPLACED_TYPES = frozenset({"airstrike", "clash", "explosion", "withdrawal", "evacuation",
                             "deployment", "crossing", "protest", "arrest", "displacement"})


def _unplaced_event(article: Article, sentence: Span, passage: str,
                    dates: list[DateMention]) -> Event | None:
    """A dated sentence reporting something (an attack, a withdrawal) where neither it nor the
    sentences just before name a place: kept as an event without a location, so the date is not
    lost and the reader sees what could not be placed."""
    own = [d for d in dates if d.precision in ("day", "week")]
    kind = event_type(passage, max(0, own[0].start - sentence.start)) if own else None
    if kind not in _UNPLACED_TYPES:
        return None
    when = own[0]
    return Event(
        event_id=_event_id(article.article_id, sentence.start, "unplaced"),
        article_id=article.article_id, event_date=when.value, time_precision=when.precision,
        place_id=None, name=None, name_ar=None, lat=None, lon=None, geonameid=None, kind=None,
        geo_precision=None, country=None, admin1=None, passage=passage, start=sentence.start,
        end=sentence.end, surface=None, surface_start=None, surface_end=None, confidence=0.5,
        event_type=kind, actors=actors(passage), date_text=when.text,
        date_reason="date from its own clause",
        place_reason="no place named in the passage or the sentences just before it",
    )


_AFTER_TRIGGER = re.compile(
    r"(?<![\w])(?:[وبل]?(?:مدينة|بلدة|قرية|بلدات|قرى|حي|مخيم|معبر))\s+"
    r"(?P<ar>(?:ال)?[\u0621-\u064A]{3,}(?:\s+ال[\u0621-\u064A]{3,})?)"
    r"|(?:village|town|city|camp|neighbou?rhood|district) of "
    r"(?P<en>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)


def unresolved_names(text: str, gaz: Gazetteer | None = None,
                     mentions: list[Mention] | None = None) -> list[str]:
    """Names that follow a settlement word (قرية X، village of X) but are not in the gazetteer."""
    if mentions is None:
        mentions = (gaz or Gazetteer.load()).find(text, keep_metonyms=True)
    covered = bytearray(len(text) + 1)
    for m in mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    out: dict[str, None] = {}
    for m in _AFTER_TRIGGER.finditer(text):
        group = "ar" if m["ar"] else "en"
        if not any(covered[m.start(group):m.end(group)]):
            out.setdefault(m[group], None)
    return list(out)
