"""Town quarters no source names, read from the word that announces them: "حي الكتف بمدينة
البوكمال", "أحياء الجورة والقصور وهرابش", "the al-Tamo neighborhood of al-Mayadin".

No data set gives these quarters' coordinates. The issue's fallback for a place that cannot be
sourced is the smallest enclosing area one can give: here the town the text puts the quarter in
("بمدينة البوكمال", "of al-Mayadin"), else the town the article names most, with geo precision 2
(part of a town). Without a town to put it in, a quarter is left out rather than guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from gazetteer.lexicon import lexicon, word_zipf
from gazetteer.normalize import Offsets, is_arabic, normalize
from gazetteer.phrases import ARABIC_FUNCTION_WORDS, DIRECTION_WORDS, SENTENCE_ENDS
from gazetteer.records import Mention, Place, placed_at, taken_map

#: "حي" (quarter), "حيي"/"حيا" (two quarters), "أحياء" (quarters), folded, with their clitics
_QUARTER_WORD = re.compile(r"(حي[يا]?|احياء) +(?=\S)")
_MANY_QUARTERS = frozenset({"حيي", "حيا", "احياء"})
_CLITICS = re.compile(r"(?:^|(?<=[\s،,.:;(«\"]))[وف]?[بل]?$")
_WORD = re.compile(r"[\u0621-\u064a]+")
_SEPARATOR = re.compile(r" *[،,] *(?:و(?=\S))?| +و(?=\S)")
#: the head words of two-word quarter names: "حي الشيخ ياسين", "حي باب عمرو"
_NAME_HEADS = frozenset(normalize(w) for w in (
    "الشيخ", "شيخ", "ابو", "أبو", "باب", "بابا", "ام", "أم", "بني", "تل", "عين", "دير", "بيت",
    "ابن", "السيدة", "جب", "كرم", "ضاحية", "بستان", "قاضي", "غازي", "مساكن"))
#: words after "حي" that describe the quarter rather than name it: "حي سكني", "حي شعبي"
_DESCRIPTIONS = frozenset(normalize(w) for w in (
    "سكني", "شعبي", "راق", "راقي", "كامل", "بأكمله", "بكامله", "قديم", "جديد", "مجاور",
    "آخر", "اخر", "واحد", "فقير", "مكتظ", "الحي", "السكني", "الشعبي", "القديم", "الجديد",
    "المجاور", "الآخر", "الراقي", "المذكور", "نفسه", "ذاته"))
#: the words before "حي" when it means "alive": "بث حي", "كائن حي"
_ALIVE_BEFORE = frozenset(normalize(w) for w in (
    "بث", "البث", "نقل", "كائن", "كائنات", "شاهد", "مثال", "ضمير", "وهو", "وهي", "زال", "يزال",
    "مازال", "لايزال", "بقي", "ظل", "عثر"))
#: words that may stand between a quarter's name and its town: "حي X في مدينة Y", "حي X بمدينة
#: Y", "حي X وسط دير الزور", "the X neighborhood of Y city", "the X neighborhood, west of Y"
QUARTER_OF_WORDS = frozenset(normalize(w) for w in (
    "في", "من", "داخل", "ب", "مدينة", "بمدينة", "لمدينة", "بلدة", "ببلدة", "وسط", "بوسط",
    "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "of", "in", "the", "city",
    "town", "neighborhood", "neighbourhood", "district", "quarter", "west", "east", "north",
    "south", "eastern", "western", "northern", "southern", "central"))
_MAX_ITEMS = 8
_RARE_ZIPF = 3.0  # a name without the article: a word no commoner than this ("هرابش")
_COMMON_ZIPF = 5.0  # a name with the article: anything but the commonest words

#: English: "the al-Tamo neighborhood", "the Tamo quarter", "the neighbourhood of al-Tamo"
_EN_NAME = r"((?:(?:[Aa]l|[Ee]l)-)?[A-Z][a-z]+(?:[ -](?:(?:al|el)-)?[A-Z][a-z]+)?)"
#: (each search begins with the quarter word: a pattern opening on a capital or on "the"
#: would be tried at every word of the text)
_EN_QUARTER_WORD = re.compile(r" (?:neighbou?rhood|quarter)s?\b")
_EN_BEFORE = re.compile(r"(?<![\w’'-])the " + _EN_NAME + "$")
#: ... or without "the" when the name begins with its article: "in Al-Asira neighborhood"
_EN_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])((?:[Aa]l|[Ee]l)-[A-Z][a-z]+)$")
_EN_AFTER = re.compile(r"neighbou?rhood of " + _EN_NAME)


def _can_name(word: str) -> bool:
    """True for a folded word that may be a quarter's name."""
    lex = lexicon()
    if (len(word) < 3 or word in _DESCRIPTIONS or word in DIRECTION_WORDS
            or word in ARABIC_FUNCTION_WORDS or word in lex.triggers):
        return False
    if word.startswith("ال"):
        return len(word) >= 4 and word_zipf(word) < _COMMON_ZIPF
    return word_zipf(word) < _RARE_ZIPF


def names_after(norm: str, trigger: re.Pattern, plural: frozenset[str],
                skip_before: frozenset[str] = frozenset()) -> Iterator[tuple[int, int, int]]:
    """Folded spans of the names after each match of ``trigger`` (its group 1 the trigger word,
    a word in ``plural`` opening a list: "أحياء X وY وZ"), each with the start of its trigger;
    a trigger word after a word in ``skip_before`` is passed over."""
    for m in trigger.finditer(norm):
        if not _CLITICS.search(norm, max(0, m.start() - 3), m.start()):
            continue  # inside a word ("الوحي", "يحيى")
        before = norm[max(0, m.start() - 20):m.start()].split()
        if before and before[-1] in skip_before:
            continue
        many = m.group(1) in plural
        pos = m.end()
        for count in range(_MAX_ITEMS if many else 1):
            if count:
                sep = _SEPARATOR.match(norm, pos)
                if sep is None:
                    break
                pos = sep.end()
            word = _WORD.match(norm, pos)
            if word is None:
                break
            end = word.end()
            if word.group() in _NAME_HEADS:  # "حي الشيخ ياسين"
                second = _WORD.match(norm, end + 1) if norm[end:end + 1] == " " else None
                if second is None or second.group() in _DESCRIPTIONS:
                    break
                end = second.end()
            elif not _can_name(word.group()) or (end < len(norm) and norm[end].isalnum()):
                break  # a description ("حي سكني"), or a word glued to digits or Latin letters
            yield pos, end, m.start()
            pos = end


def _arabic_quarters(norm: str) -> Iterator[tuple[int, int]]:
    """Folded spans of the names after "حي"/"حيي"/"حيا"/"أحياء"."""
    for start, end, _trigger in names_after(norm, _QUARTER_WORD, _MANY_QUARTERS, _ALIVE_BEFORE):
        yield start, end


#: capitalised words before "neighborhood" that say who lives there or which part it is
_EN_DESCRIPTIONS = frozenset({
    "christian", "alawite", "druze", "sunni", "shia", "shiite", "armenian", "jewish", "muslim",
    "kurdish", "arab", "turkmen", "assyrian", "old", "new", "eastern", "western", "northern",
    "southern", "central", "residential", "industrial", "upscale", "same", "nearby"})


def _english_quarters(text: str) -> Iterator[tuple[int, int]]:
    """Original spans of English quarter names ("the al-Tamo neighborhood")."""
    nations = lexicon().nationalities
    before = (_EN_BEFORE.search(text, max(0, m.start() - 60), m.start())
              or _EN_ARTICLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
              for m in _EN_QUARTER_WORD.finditer(text))
    after = (m for m in _EN_AFTER.finditer(text)
             if not (m.start() and text[m.start() - 1].isalpha()))
    for m in (*before, *after):
        if m is None:
            continue
        words = normalize(m.group(1)).split()
        last = words[-1]
        if (last in _EN_DESCRIPTIONS or last in nations or words[0] in _EN_DESCRIPTIONS
                or (len(words) == 1 and word_zipf(last) >= 4.0)):
            continue
        yield m.span(1)


#: "ببلدة", "في مدينة" right after a quarter: the text names its town
_TOWN_WORD_AFTER = re.compile(r"[ ،,\"«]*(?:في +|[بل])?(?:مدينه|بلده|قريه|مخيم)(?![\u0621-\u064a])")
_SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]")


def _town_after(text: str, end: int, mentions: list[Mention]) -> Place | None:
    """The town the text puts a quarter in, named within a few words after it."""
    for m in mentions:
        if m.start < end:
            continue
        words = normalize(text[end:m.start]).replace("،", " ").replace(",", " ").split()
        if len(words) > 3 or not all(w in QUARTER_OF_WORDS for w in words):
            return None
        return m.place if m.place.kind in ("city", "town", "village") else None
    return None


#: the word right before a town that says the words before it lie in it: "... بمدينة Y", "... في
#: Y", "... of Y" (not "near the Y prison")
_IN_TOWN_WORDS = frozenset(normalize(w) for w in (
    "في", "ب", "مدينة", "بمدينة", "لمدينة", "بلدة", "ببلدة", "in", "of", "city", "town"))


#: a town named as an end of a road: "طريق دمشق – السويداء", "the Damascus-Sweida highway"
#: (folded: the dash between the two ends is gone)
_ROAD_BEFORE = re.compile(r"(?:طريق|اوتوستراد|اتوستراد)(?: +\S+){0,2} *$")
_ROAD_AFTER = re.compile(r"(?:\s*[-–]\s*[A-Z][\w'’-]*)?\s+(?:road|highway)\b")


def _ends_a_road(text: str, mention: Mention) -> bool:
    """True for a town named as an end of a road, which holds none of the sentence's quarters."""
    before = normalize(text[max(0, mention.start - 40):mention.start])
    return bool(_ROAD_BEFORE.search(before) or _ROAD_AFTER.match(text, mention.end))


def _town_in_sentence(text: str, start: int, end: int, mentions: list[Mention]) -> Place | None:
    """A town the quarter's sentence puts it in ("حي X ومنطقة Z بمدينة Y"), else the last town
    named before it in the sentence, else the first one after it."""
    stop = _SENTENCE_END.search(text, end)
    stop_at = stop.start() if stop else len(text)
    begin = max(text.rfind(c, 0, start) for c in SENTENCE_ENDS) + 1
    towns = [m for m in mentions if m.place.kind in ("city", "town")
             and begin <= m.start < stop_at and not _ends_a_road(text, m)]
    after = [m for m in towns if end <= m.start]
    before = [m for m in towns if m.end <= start]
    for m in after:
        gap = normalize(text[max(end, m.start - 12):m.start]).split()
        if gap and gap[-1] in _IN_TOWN_WORDS:
            return m.place
    return before[-1].place if before else after[0].place if after else None


def _main_town(mentions: list[Mention]) -> Place | None:
    towns = Counter(m.place.place_id for m in mentions
                    if m.place.kind in ("city", "town") and m.confidence >= 0.8)
    if not towns:
        return None
    best = towns.most_common(1)[0][0]
    return next(m.place for m in mentions if m.place.place_id == best)


def unknown_quarters(text: str, norm: str, offs: Offsets,
                     mentions: list[Mention]) -> list[Mention]:
    """Mentions of quarters no source names, each placed at the town the text puts it in (see
    the module's docstring); ``mentions`` are the places already found, in text order."""
    taken = taken_map(len(text), mentions)
    spans = [(offs.original(s), offs.original(e - 1) + 1) for s, e in _arabic_quarters(norm)]
    spans += list(_english_quarters(text))
    main: list[Place | None] = []
    found: list[Mention] = []
    for start, end in sorted(set(spans)):
        arabic = is_arabic(text[start:end])
        if taken.find(1, start, end) >= 0:
            continue  # a name the gazetteer knows: find has decided it
        town, whose = _town_after(text, end, mentions), "the town the text names with it"
        if town is None and _TOWN_WORD_AFTER.match(normalize(text[end:end + 40])):
            continue  # "حي X ببلدة Y" with a town Y the gazetteer does not know
        if town is None:
            town, whose = _town_in_sentence(text, start, end, mentions), "named in its sentence"
        if town is None and arabic:  # an English "neighborhood" is too loosely used for more
            if not main:
                main.append(_main_town(mentions))
            town, whose = main[0], "the town the article names most"
        if town is None:
            continue
        surface = text[start:end]
        place = placed_at(town, normalize(surface), surface, "neighborhood", "neighbourhood")
        found.append(Mention(start, end, surface, place, 0.55,
                             (f"a quarter no source names; placed at {town.name}, {whose}",)))
        taken[start:end] = b"\x01" * (end - start)
    return found
