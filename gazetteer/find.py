"""Find place names in running text: scan, keep real place mentions, pick the place meant.

The scan is one pass of the Aho-Corasick automaton over the folded text; everything after that
works on the (few) hits:

1. word boundaries — an Arabic name may carry the clitics و ف ب ل ك in front but never the
   article (``السورية`` is "Syrian"), nothing glued behind (``ديرالزور24`` is an outlet);
2. leftmost-longest selection, organisation and outlet names included, so ``المرصد السوري لحقوق
   الإنسان`` hides ``سوري`` and ``Deir ez-Zor Military Council`` hides ``Deir ez-Zor``;
3. not-place rules from the cue words in ``data/cue_words.csv``: quoted names after outlet words,
   ``X-backed`` compounds, surnames after given names, tribes, ``غير سورية``, capitals standing for
   governments, names on site-navigation lines ("Live updates:", "اقرأ أيضاً:");
4. disambiguation: trigger words (``محافظة``/``ريف``/``province`` → the governorate, ``مدينة``/
   ``city`` → the town), then the places' priors plus closeness to the article's other places and
   to the governorates it names;
5. corroboration: a small place whose name is also a common word needs a trigger word, a direction
   word after it (``X قرب Y``), a list of places it stands in, or another mentioned place nearby.

English transliterations the index does not hold are tried last (:mod:`gazetteer.spellings`),
then quarters and villages no source names, placed by the town the text puts them in or by
(:mod:`gazetteer.quarters`, :mod:`gazetteer.localities`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache, partial

from gazetteer.arabic_spellings import unknown_spellings
from gazetteer.core import ALIAS_PENALTY, OWN_NAME_BONUS, Gazetteer, km_between
from gazetteer.lexicon import COMMON_ZIPF, lexicon, word_zipf
from gazetteer.localities import unknown_localities
from gazetteer.normalize import (
    LATIN_ARTICLES,
    Offsets,
    is_arabic_letter,
    latin_variants,
    normalize,
    normalize_with_offsets,
)
from gazetteer.phrases import (
    ARABIC_FUNCTION_WORDS,
    CLITIC_LETTERS,
    CLOSE_WORDS,
    DIRECTION_WORDS,
    LATIN_NAME_HEADS,
    PERSON_HEADS,
    PLURAL_TRIGGERS,
    PREFERS,
    SETTLEMENT_TRIGGERS,
    trigger_of_word,
)
from gazetteer.quarters import QUARTER_OF_WORDS, unknown_quarters
from gazetteer.records import Candidate, Mention, Place, placed_at, taken_map
from gazetteer.spellings import (
    close_spellings,
    longer_names_before,
    loose_index,
    loose_key,
    vowel_spellings,
)

_REPORTING_VERBS = frozenset({"reported", "reports", "quoted", "quotes", "cited", "cites",
                              "broadcast", "aired", "said", "says"})
_PREPOSITIONS = frozenset({"in", "at", "near", "from", "of", "to", "into", "around", "outside",
                           "inside", "across", "towards", "toward", "between", "on", "over",
                           "under", "via", "by", "within", "for", "with", "east", "west", "north",
                           "south"})
_REPORTED_FROM = frozenset({"عن", "ان", "بان"})  # "... عن مصادر", "... أن"
CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "لل"})
_QUOTES_OPEN = "\"«“„'‘"
_QUOTES_CLOSE = "\"»”'’"
_VERY_COMMON_ZIPF = 4.5
_TRIGGER_ONLY_ZIPF = 4.8  # names this common as words need a trigger word, not just a neighbour
_WORD_FIRST_ZIPF = 5.5  # ... and this common, whatever the place
_MAJOR_POPULATION = 50_000
_BIG_CITY = 100_000  # no village bears this many people
_TOWN_CAP = 150_000  # nor is a city this big called a "بلدة"
_NEAR_KM = 60


@dataclass(slots=True)
class _Hit:
    start: int  # in the folded text
    end: int
    key: str
    org: bool = False
    arabic: bool = False
    # the words around it, filled in once by _read_context
    prefix_len: int = 0
    prev1: str = ""
    prev2: str = ""
    nxt: str = ""
    after_name: bool = False  # the word before ends another name found in the scan


def _original_span(text: str, offs: Offsets, hit: _Hit) -> tuple[int, int]:
    """The hit's span in the original text, including letters folded away at its end (the
    second "l" of "Tall", a final shadda)."""
    original = offs.original
    end = original(hit.end) if hit.end < len(offs) else len(text)
    last = original(hit.end - 1)
    while end > last + 1 and text[end - 1].isspace():
        end -= 1
    return original(hit.start), end


def _read_context(norm: str, hit: _Hit, name_ends: set[int] | frozenset = frozenset()) -> None:
    """Fill in the folded words just before and after the name (the clitic prefix length was
    set by the scan); ``name_ends`` are where the scan's other names end."""
    i = hit.start - hit.prefix_len
    # quote marks too: the news often quotes a village after its trigger word (بلدة "صيدا")
    before = norm[max(0, i - 60):i].rstrip(" ,،.:;\"«»“”„'‘’")
    hit.after_name = max(0, i - 60) + len(before) in name_ends
    j = before.rfind(" ")
    hit.prev1 = before[j + 1:]
    second = before[before.rfind(" ", 0, j) + 1:j] if j > 0 else ""
    hit.prev2 = f"{second} {hit.prev1}" if second else hit.prev1
    hit.nxt = _token_after(norm, hit.end)


_NEXT_TOKEN = re.compile(r" *([^\s,،.:;!?()\"«»“”]+)")  # a comma ends the name's phrase
#: the Latin articles of transliterated names, longest first ("ash" before "as")
_ARTICLE = "(?:" + "|".join(sorted(LATIN_ARTICLES, key=len, reverse=True)) + ")"
_ARTICLE_THEN_CAPITAL = re.compile(_ARTICLE + r"[-‐‑–\s'’‘]+[A-Z]")


def _token_after(norm: str, pos: int) -> str:
    m = _NEXT_TOKEN.match(norm, pos, pos + 60)
    return m.group(1) if m else ""


def _key_info(gaz: Gazetteer) -> dict[str, tuple[int, bool, bool]]:
    """Per name: its length, whether it is Arabic, whether it is only valid after a lam (filled
    in as names are met, kept with the gazetteer)."""
    return gaz.__dict__.setdefault("_key_info", {})


def _scan(gaz: Gazetteer, norm: str, text: str, offs: Offsets) -> list[_Hit]:
    """The names in the folded text, leftmost-longest. Latin names written in lower case in
    ``text`` are left out first, so that they cannot hide a real name inside them ("eastern
    deir" in "eastern Deir ez-Zor")."""
    index, orgs = gaz.index, lexicon().organisations
    info = _key_info(gaz)
    lil_keys, clitic_words = index.lil_keys, index.clitic_words
    found: list[tuple[int, int, int, str, int]] = []
    n = len(norm)
    for last, key in index.automaton.iter(norm):
        end = last + 1
        if end < n and norm[end].isalnum():
            continue  # something glued behind the name
        known = info.get(key)
        if known is None:
            known = info[key] = (len(key), "\u0621" <= key[0] <= "\u06d3", key in lil_keys)
        length, arabic, lil = known
        start = end - length
        prefix_len = 0
        if start and norm[start - 1].isalnum():
            if not arabic:
                continue
            # an Arabic name may carry one or two clitic letters, nothing longer
            if start >= 2 and norm[start - 2].isalnum():
                if start >= 3 and norm[start - 3].isalnum():
                    continue
                prefix = norm[start - 2:start]
            else:
                prefix = norm[start - 1]
            if prefix not in CLITICS or prefix + key in clitic_words:
                continue
            if lil and prefix[-1] != "ل":
                continue
            prefix_len = len(prefix)
        elif lil:
            continue
        if not arabic:
            first = offs.original(start)
            if not (text[first].isupper() or text[first].isdigit()
                    or _ARTICLE_THEN_CAPITAL.match(text, first)):
                continue
        found.append((start - end, start, end, key, prefix_len))
    found.sort()  # longest first: a longer name hides the shorter ones inside it
    occupied = bytearray(n + 1)
    taken: list[_Hit] = []
    for _neg, start, end, key, prefix_len in found:
        if occupied.find(1, start, end) < 0:
            taken.append(_Hit(start, end, key, key in orgs, info[key][1], prefix_len))
            occupied[start:end] = b"\x01" * (end - start)
    taken.sort(key=lambda h: h.start)
    return taken


_ANY_QUOTE = re.compile("[\"«“„'‘»”’]")


def quote_positions(norm: str) -> list[int]:
    """Where quote marks are in the folded text (searched once per text)."""
    return [m.start() for m in _ANY_QUOTE.finditer(norm)]


_OPENING = frozenset(_QUOTES_OPEN)
_CLOSING_ONLY = frozenset(q for q in _QUOTES_CLOSE if q not in _QUOTES_OPEN)
_STRAIGHT = frozenset("\"'")
_CLOSE_QUOTE = re.compile("[\"»”']")


def _inside_quoted_outlet(norm: str, start: int, end: int, quotes: list[int],
                          leads: dict[int, bool]) -> bool:
    """True when the name sits inside quotes that follow an outlet word (شبكة "..." / the
    "..." network). Only the quote marks in the 200 characters before the name are looked at;
    ``leads`` keeps, per opening quote mark, whether an outlet word comes before it."""
    last = bisect_left(quotes, start) - 1
    window = max(0, start - 200)
    if last < 0 or quotes[last] < window:
        return False  # no quote mark anywhere near before the name
    first = bisect_left(quotes, window)
    near = quotes[first:last + 1]
    for k in range(len(near) - 1, -1, -1):
        mark = norm[near[k]]
        if mark in _OPENING:
            break
        if mark in _CLOSING_ONLY:
            return False  # a quote closed after the last one opened: we are outside
    else:
        return False
    opens = near[k]
    if mark in _STRAIGHT and norm.count(mark, window, start) % 2 == 0:
        return False  # that straight quote closes an earlier quoted name: we are outside
    cues = lexicon().outlet_cues
    after_cue = leads.get(opens)
    if after_cue is None:
        lead = norm[max(0, opens - 60):opens].rstrip().split(" ")[-2:]
        after_cue = leads[opens] = any(w in cues or w[1:] in cues or w[2:] in cues for w in lead)
    if after_cue:
        return True
    close = _CLOSE_QUOTE.search(norm, end, end + 40)
    if close:
        follow = norm[close.end():close.end() + 30].strip().split(" ")[:2]
        return any(w in cues for w in follow)
    return False


_NEXT_CHAR = re.compile(r"[\s,]*(\S)")
_DASH_CHARS = frozenset("-‐‑–")
#: after a name, these make it an outlet even in lower case ("Al-Watan newspaper", "Sham FM");
#: "news", "today" and "post" only when capitalised ("Baghdad Today", not "Baghdad today")
_PLAIN_OUTLET_WORDS = frozenset({"newspaper", "tv", "television", "radio", "fm", "channel"})
_MODIFIER_AFTER = re.compile(r"[-‐‑–]\s*([A-Za-z]+)")


#: an article and a capitalised word right after a name: "al-Hanout" in "Sayda al-Hanout"
_ARTICLE_NAME_AFTER = re.compile(r"[ \t]+(?i:" + _ARTICLE + ")-[A-Z]")  # "Rasm Al-Halabi"
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
#: a capitalised word and an article right before a name: "Aita al-" in "Aita al-Shaab"
_NAME_HEAD = re.compile(r"(?<![\w.])([A-Z][a-z’']+)[\s-]+" + _ARTICLE + r"[-\s]+$")
#: a word that begins Arabic place names right before this one: "Horan" in "Wadi Horan" (a
#: wadi in Anbar) is not the Hauran plain
_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w’'])(?:Wadi|Jabal|Jebel|Tel|Tal|Tell|Ain|Ayn|Deir|Dayr|Kafr|Kfar|Ras|Bir|Beit|Bayt|"
    r"Khan|Qasr|Umm|Khirbet|Khirbat|Mazraat|Jisr|Bani|Beni)[ \t-]+$")
#: "the village of Qara Salem": after "village of", two capitalised words are one name even
#: when each is a place's name (Qara in the Qalamoun, Salem an old name of Jerusalem)
_SETTLEMENT_OF = r"\b(?:[Vv]illage|[Tt]own|[Hh]amlet)s? of +"
_SETTLEMENT_OF_BEFORE = re.compile(_SETTLEMENT_OF + "$")
_SETTLEMENT_OF_NAME_BEFORE = re.compile(_SETTLEMENT_OF + r"[A-Z][a-z’']+ +$")
_PLACE_NAME_AFTER = re.compile(r" +([A-Z][a-z’']+)\b(?![-‐])")
#: capitalised words that start a sentence rather than a name ("In al-Bab", "Near ar-Raqqa")
_SENTENCE_WORDS = _PREPOSITIONS | {"the", "and", "but", "while", "as", "after", "before", "since"}


def _next_word_capitalised(text: str, pos: int) -> bool:
    m = _NEXT_CHAR.match(text, pos, pos + 30)
    return bool(m and m.group(1).isupper())


def _weak_name(gaz: Gazetteer, key: str) -> bool:
    """True when the name's best-known place still needs corroboration (so "السورية" after a
    noun reads as "Syrian", while "اللاذقية" after "القوات" stays Latakia)."""
    ids = gaz.index.keys.get(key, ())
    return not ids or _needs_corroboration(gaz, key, ids[0], gaz.index.places[ids[0]])


def _is_preposition(text: str, start: int) -> bool:
    """True when the word before ``start`` ends in alif maqsura: "على" ("on") folds to the
    same letters as the given name "علي" (Ali) but is not one."""
    before = text[max(0, start - 40):start]
    if before and not before[-1].isspace():  # the name's own clitics ("وحلب")
        before = before[:len(before) - len(before.split()[-1])]
    words = before.split()
    return bool(words) and words[-1].rstrip("،,:").endswith("ى")


@lru_cache(maxsize=1)
def _outlet_words_before() -> frozenset[str]:
    """Outlet words that make the next name an outlet's even without quotes ("وكالة سانا"); not
    those that also come before a place ("موقع" site, "مركز" centre, "مجلس" council)."""
    return frozenset(lexicon().outlet_cues - {"موقع", "مركز", "حمله", "مجلس", "radio", "daily"})


def _after_speech_verb(prev1: str) -> bool:
    """True when the word before the name is a verb of saying, with or without و/ف
    ("أعلنت دمشق", "ونقلت الميادين")."""
    speech = lexicon().cues.get("speech", ())
    return prev1 in speech or (prev1[:1] in ("و", "ف") and prev1[1:] in speech)


def _can_sponsor(gaz: Gazetteer, key: str) -> bool:
    """True when the name's best place is a country or a capital: "الميليشيات التابعة لإيران"
    names a sponsor, "القرى التابعة لمحافظة دير الزور" an administrative home."""
    ids = gaz.index.keys.get(key, ())
    if not ids:
        return False
    return gaz.index.places[ids[0]].kind == "country" or ids[0] in gaz.index.capitals


def _not_a_place(gaz: Gazetteer, text: str, norm: str, hit: _Hit, surface: str,
                 span: tuple[int, int], quotes: list[int], leads: dict[int, bool]) -> str | None:
    """Why this hit is not a place mention here, or ``None``."""
    lex = lexicon()
    cues = lex.cues
    arabic = hit.arabic
    # (Latin names in lower case never get here: the scan leaves them out)
    if not arabic and hit.key in gaz.index.upper_only and not surface.replace(".", "").isupper():
        return "abbreviation not in capitals"
    following = text[span[1]:span[1] + 20]
    if following[:1] in _DASH_CHARS:
        m = _MODIFIER_AFTER.match(following)
        if m and m.group(1).lower() in cues.get("modifier", ()):
            return f"compound modifier ({surface}-{m.group(1)})"
    if not arabic and following.lstrip()[:1].isdigit():
        return "name followed by a number (outlet or label)"
    if not arabic and (_ARTICLE_NAME_AFTER.match(following) or (
            hit.key in LATIN_NAME_HEADS and _CAPITAL_AFTER.match(following))):
        return "start of a longer name"  # "Sayda al-Hanout", "Tel Abu Ghithar"
    if not arabic and _foreign_word_after(gaz, hit.key, following):
        return "start of a longer name (a foreign word follows)"  # "Qara Qozak Bridge"
    if not arabic and _SETTLEMENT_OF_BEFORE.search(text, max(0, span[0] - 20), span[0]) and (
            _place_name_after(gaz, following)):
        return "start of a village's longer name"
    if not arabic and _SETTLEMENT_OF_NAME_BEFORE.search(text, max(0, span[0] - 40), span[0]):
        return "end of a village's longer name"
    prev1, prev2, nxt = hit.prev1, hit.prev2, hit.nxt
    if arabic and _goes_on_as_a_persons_name(hit.key, nxt, lex):
        return f"start of a longer name ({surface} {nxt})"  # "جبل الشيخ بركات"
    if not arabic and _NAME_WORD_BEFORE.search(text, max(0, span[0] - 12), span[0]):
        return f"end of a longer name ({prev1.title()} {surface})"
    if not arabic and prev1 in LATIN_ARTICLES:  # "Ahmed al-Sharaa": the word before "al"
        before = prev2.split(" ")[0]
        if before in lex.given_names and before != prev1:
            return f"part of a person's name (after {before!r})"
        head = _NAME_HEAD.search(text, max(0, span[0] - 40), span[0])
        word = head.group(1).lower() if head else ""
        if head and word not in _SENTENCE_WORDS and word not in lex.triggers:
            return f"end of a longer name ({head.group(1)} {surface})"  # "Aita al-Shaab"
    if hit.key in lex.given_names and _trigger(text, norm, hit, span[0]) is None:
        return "a given name"
    if not hit.after_name and ((prev1 in lex.given_names and not _is_preposition(text, span[0]))
                               or prev2 in lex.given_names):
        return f"part of a person's name (after {prev1 or prev2!r})"
    if (not arabic and not hit.after_name and prev2.split(" ")[0] in lex.given_names
            and _CAPITALISED_BEFORE.search(text, max(0, span[0] - 30), span[0])):
        return f"part of a person's name (after {prev2!r})"  # "Muhammad Joudeh Rifa'i"
    if ((prev1 in cues.get("affiliation", ()) or prev2 in cues.get("affiliation", ()))
            and _can_sponsor(gaz, hit.key)):
        return "sponsor, not a location (affiliated to / backed by)"
    tribe = cues.get("tribe", ())
    if prev1 in tribe or (not arabic and nxt in tribe):
        return "tribe name"  # "عشيرة البوكمال", "the Haditha tribe"
    if hit.key in lex.triggers or hit.key in lex.cue_words:
        return "ordinary word"
    if (arabic and hit.key.startswith("ال") and hit.key.endswith("ين")
            and _is_dual(hit.key[2:-1], lex.triggers)
            and _trigger(text, norm, hit, span[0]) is None):
        # "كلا القريتين" are the two villages just named, not al-Qaryatayn
        return "ordinary word (a dual of a trigger word)"
    if (arabic and hit.key.startswith("ال") and hit.key.endswith(("يه", "ي"))
            and prev1.startswith(("ال", "وال", "بال", "لل")) and hit.prefix_len == 0
            and prev1 not in lex.triggers and not _is_preposition(text, span[0])
            and _weak_name(gaz, hit.key)):
        return "adjective agreeing with the noun before it"
    if (arabic and nxt in _REPORTED_FROM and _after_speech_verb(prev1)
            and not _can_sponsor(gaz, hit.key)):
        # "نقلت الميادين عن مصادر": a channel or a body named like a town reports
        return f"the one reporting ({prev1} {surface} {nxt})"
    if (not arabic and nxt in _REPORTING_VERBS and prev1 not in _PREPOSITIONS
            and not _can_sponsor(gaz, hit.key)):
        return f"the one reporting ({surface} {nxt})"  # "Al Mayadeen reported that ..."
    if prev1 in cues.get("adjective", ()):
        return "adjective (non-…)"
    if nxt in cues.get("outlet-after", ()) and not nxt.isdigit() and (
            arabic or nxt in _PLAIN_OUTLET_WORDS or _next_word_capitalised(text, span[1])):
        return f"outlet name ({surface} {nxt})"
    if nxt.isdigit() and nxt in cues.get("outlet-after", ()):
        return f"outlet name ({surface} {nxt})"
    if prev1 in _outlet_words_before():
        return f"outlet name (after {prev1!r})"
    if _inside_quoted_outlet(norm, hit.start, hit.end, quotes, leads):
        return "outlet name in quotes"
    return None


_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z’'-]+ +$")
_CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b(?![-'’])")


#: a word rarer than this is no everyday word ("مزارع", "محيط", "مطار" are far commoner): a name
_NAME_WORD_ZIPF = 2.0


def _second_word_of_an_unknown_name(norm: str, hit: _Hit) -> bool:
    """True for a known name after a rare word, the two making one item of a list: "رتية
    البحرة" among Homs' villages is a village the gazetteer lacks, not al-Bahra of Hama."""
    if not hit.arabic or hit.prefix_len or hit.after_name or norm[hit.start - 1:hit.start] != " ":
        return False
    word = hit.prev1
    first = hit.start - 1 - len(word)
    if not word or norm[first:hit.start - 1] != word or not is_arabic_letter(word[0]):
        return False
    bare = word[1:] if word.startswith("و") and len(word) > 3 else word
    opens = bare != word or norm[max(0, first - 3):first].rstrip().endswith(("،", ",", ":"))
    closes = norm[hit.end:hit.end + 3].lstrip()[:1] in ("", "،", ",", ".", "؛")
    return (opens and closes and word_zipf(bare) < _NAME_WORD_ZIPF
            and trigger_of_word(bare) is None and bare not in lexicon().cue_words)


def _foreign_word_after(gaz: Gazetteer, key: str, following: str) -> bool:
    """True when a small place's name is followed by a capitalised word that is neither English
    nor a name the gazetteer knows ("Qara Qozak"): the two are one longer name. "Kobani Kurds",
    "al-Hol Camp", "Idlib Province" go on with English words."""
    m = _CAPITALISED_WORD_AFTER.match(following)
    if not m:
        return False
    word = m.group(1)
    folded = normalize(word)
    ids = gaz.index.keys.get(key, ())
    if not ids or folded in gaz.index.keys or folded in lexicon().cue_words:
        return False
    place = gaz.index.places[ids[0]]
    return not _is_major(gaz, ids[0], place) and word_zipf(folded) < 2.5


def _place_name_after(gaz: Gazetteer, following: str) -> bool:
    """True when the next word is capitalised and a place's name, not an English or
    nationality word ("the town of Manbij Monday", "the village of Hajin Kurdish forces")."""
    m = _PLACE_NAME_AFTER.match(following)
    if m is None:
        return False
    word = normalize(m.group(1))
    lex = lexicon()
    return (word in gaz.index.keys and word not in lex.nationalities and word not in lex.triggers
            and word not in lex.triggers_after and word not in lex.cue_words
            and word_zipf(word) < _VERY_COMMON_ZIPF)


def _goes_on_as_a_persons_name(key: str, nxt: str, lex) -> bool:
    """True when a name ending in a word that heads a person's name ("جبل الشيخ") is followed
    by a word that reads as that person's name ("بركات"), not by a function word, an adjective
    with its article, a conjunction or a trigger word."""
    last = key[key.rfind(" ") + 1:]
    if last not in PERSON_HEADS or " " not in key or not nxt or not is_arabic_letter(nxt[0]):
        return False
    if nxt.startswith(("ال", "و", "ف")) or nxt in ARABIC_FUNCTION_WORDS:
        return False
    return not (nxt in lex.cue_words or nxt in lex.relations_after or nxt in DIRECTION_WORDS
                or trigger_of_word(nxt) is not None)


def _is_metonym(gaz: Gazetteer, text: str, norm: str, hit: _Hit, idx: int,
                span: tuple[int, int]) -> bool:
    """True when a capital stands for its government here ("Washington said", "أعلنت دمشق")."""
    if idx not in gaz.index.capitals:
        return False
    cues = lexicon().cues
    prev1, nxt = hit.prev1, hit.nxt
    if prev1 in cues.get("government", ()) or nxt in cues.get("government", ()):
        return True
    if nxt in cues.get("speech", ()):
        return True
    if is_arabic_letter(hit.key[0]) and _after_speech_verb(prev1):
        return True  # "أعلنت دمشق": the verb comes first in Arabic
    following = text[span[1]:span[1] + 30]
    if re.match(r"[-‐‑–](backed|led|aligned|allied|run|based)\b", following, re.I):
        return True
    owner = r"['’]s\s+(government|regime|foreign|top|officials|position|envoy|diplomats?|" \
        r"minister|allies|ally)\b"
    return bool(re.match(owner, following) or re.match(r"\s+and\s+[A-Z][a-z]+" + owner, following))


def _trigger(text: str, norm: str, hit: _Hit, start: int) -> str | None:
    """What the words around the name (starting at ``start`` in ``text``) ask for:
    governorate, settlement, crossing, ..."""
    lex = lexicon()
    own_first = hit.key.split(" ", 1)[0]
    if " " in hit.key and own_first in lex.triggers:  # "حي المزة", "معبر باب الهوى"
        return lex.triggers[own_first]
    if hit.nxt in lex.triggers_after:
        return lex.triggers_after[hit.nxt]
    if hit.prev2 in lex.triggers:
        return lex.triggers[hit.prev2]
    found = trigger_of_word(hit.prev1)
    if found is not None:
        return found
    if hit.prev1 in DIRECTION_WORDS and " " in hit.prev2:  # "الريف الغربي للسويداء"
        found = trigger_of_word(hit.prev2.split(" ")[0], with_article=True)
        if found == "governorate":
            return found
    first = hit.prev2.split(" ")[0]
    if hit.prev2.endswith(" of") and first in lex.triggers_after:
        if not hit.arabic and _of_a_named_place(text, start):
            return None  # "the Amara neighbourhood of Jableh": Jableh is the town, no quarter
        return lex.triggers_after[first]
    if hit.nxt in lex.relations_after:  # "قصفت الطائرات طومان قرب الباب"
        return "direction-after"
    return None


#: a capitalised name and a place noun right before "of" and a name: "Amara neighbourhood of"
_NAME_THEN_NOUN_OF = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]+)\s+[a-z]+\s+of\s+(?:the\s+)?$")
#: an English word at least this common is no name ("The district of")
_NAME_LIKE_ZIPF = 3.0


def _of_a_named_place(text: str, start: int) -> bool:
    """True when "X of" before a name follows another name ("the Amara neighbourhood of
    Jableh"): the noun is that name's, and the name after it is the town, not a quarter."""
    m = _NAME_THEN_NOUN_OF.search(text, max(0, start - 60), start)
    return m is not None and word_zipf(normalize(m.group(1))) < _NAME_LIKE_ZIPF




def _is_major(gaz: Gazetteer, idx: int, place: Place) -> bool:
    return (
        place.kind in ("country", "governorate", "region", "river", "crossing", "facility",
                       "airport")
        or place.source == "overlay"
        or place.population >= _MAJOR_POPULATION
        or idx in gaz.index.capitals
        or (place.source == "ocha-communities" and place.kind in ("city", "town"))
    )


def _needs_corroboration(gaz: Gazetteer, key: str, idx: int, place: Place) -> bool:
    """True when the name alone is weak evidence for this place (cached per name and place)."""
    cache = gaz.__dict__.setdefault("_corroboration", {})
    found = cache.get((key, idx))
    if found is None:
        found = cache[(key, idx)] = _weak_evidence(gaz, key, idx, place)
    return found


def _weak_evidence(gaz: Gazetteer, key: str, idx: int, place: Place) -> bool:
    """True when the name alone is weak evidence for this place: it is also a common word, or a
    small place far from the region."""
    index = gaz.index
    if place.kind == "country":
        return False
    arabic = is_arabic_letter(key[0])
    zipf = index.key_zipf.get(key, 0.0)
    own_name = idx in index.primary.get(key, ())
    home = place.country in gaz.focus
    famous = place.population >= 200_000 or place.kind in ("governorate", "region", "river") or (
        own_name and (place.source == "overlay"
                      or (home and place.population >= 50_000 and zipf < _VERY_COMMON_ZIPF)))
    if zipf >= _WORD_FIRST_ZIPF:
        return True  # كيف، المدينة، وأن: read as the word unless a trigger word says otherwise
    if (arabic and zipf >= 3.0 and not key.startswith("ال") and not own_name
            and idx in index.keys.get("ال" + key, ())):
        return True  # "مفرق" is a junction: Mafraq is "المفرق", and the news keeps the article
    if place.source == "overlay" and (
            (place.kind in ("town", "neighborhood") and zipf >= 3.5)
            or (place.kind == "village" and zipf >= 3.0)):
        # الخيام is "the tents" in a camp before it is Khiam in south Lebanon; مركبا "a boat"
        return True
    trusted = (famous and (home or idx in index.capitals) and _is_major(gaz, idx, place)
               and (zipf < _VERY_COMMON_ZIPF or own_name))
    if arabic and len(key.replace(" ", "")) <= 3 and not trusted:
        return True
    if (arabic and place.country != gaz.home and place.source != "overlay"
            and idx not in index.capitals and place.population < 200_000
            and (zipf >= COMMON_ZIPF["ar"] or (index.bare_zipf.get(key, 0.0) >= 3.5
                                               and key[2:] not in lexicon().given_names))):
        # the home country's towns are named in its news every day; a neighbour's small town
        # whose name is an everyday word ("بركة" a pool: Baharka in Iraq; "البستان" the
        # orchard: Elbistan in Turkey) needs more than the name
        return True
    if zipf >= _VERY_COMMON_ZIPF and not trusted:
        return True
    if not _is_major(gaz, idx, place) and zipf >= COMMON_ZIPF["ar" if arabic else "en"]:
        return True
    if not arabic and not home and place.kind != "country":
        # English text: a place far from the region only under its own name (not "Rom" for
        # Rome, "Bin" for Vienna), and only if that name is not an everyday word or a surname
        primary = normalize(place.name)
        own = (primary in latin_variants(key) or key in latin_variants(primary)
               or primary.startswith(key + " "))  # "New York" for "New York City"
        big_capital = idx in index.capitals and place.population >= 200_000
        if not own or (zipf >= 4.2 and place.population < 1_000_000 and not big_capital):
            return True
    if arabic and not home and idx not in index.capitals and place.kind != "country":
        # far from the region: only well-known names stand on their own (Geneva, Sochi, Berlin),
        # not rare spellings that are also words here (مهربين "smugglers")
        well_known = (place.population >= 1_000_000 and zipf < _VERY_COMMON_ZIPF) or (
            3.2 <= zipf < _VERY_COMMON_ZIPF and place.population >= 100_000)
        if arabic and key.startswith("ال") and place.population < 1_000_000:
            return True  # "العبور" is "the crossing" long before it is a town in Egypt
        if not well_known:
            return True
    if (place.kind == "village" and home and key in index.rare_phrases
            and not _person_like(key)):
        return False  # "معضمية الشام", "Deir Hafer": several words seldom seen together
    if place.kind == "village" and place.source != "overlay":
        return True  # thousands of villages share names with words and with each other
    if place.kind == "neighborhood" and zipf >= 3.0:
        return True  # الميدان is "the square" before it is a quarter of Damascus
    return (place.country != "SY" and place.population < 10_000 and place.source != "overlay"
            and place.kind != "town"  # an admin seat without a population figure (Tal Afar)
            and not _is_major(gaz, idx, place))


_KUNYA = frozenset({"ابو", "ام", "بن", "بنت", "ابن", "الشيخ", "شيخ", "السيد", "abu", "umm", "bin",
                    "ibn", "sheikh", "shaykh"})


def _person_like(key: str) -> bool:
    """True when a name of several words reads like a person's ("أبو بكر", "محمد علي")."""
    words = key.split(" ")
    given = lexicon().given_names
    return words[0] in _KUNYA or words[0] in given or words[-1] in given


#: the evidence of a name that is also a word when a trigger word alone makes it a place
_BY_TRIGGER = "name is also a word; corroborated by a trigger word"


def _evidence(gaz: Gazetteer, key: str, idx: int, place: Place, trig: str | None,
              nearest_km, listed: bool = False,
              article_countries: frozenset[str] = frozenset()) -> str | None:
    """``""`` when the name stands on its own for this place, a reason when a trigger word, a
    list of places it stands in, or a place nearby backs it up, ``None`` when none does.
    ``article_countries`` are the countries of the article's places: a trigger word does not
    carry a weak name into another country ("بلدتي الضهيرة والبستان" in south Lebanon is not
    Elbistan in Turkey)."""
    if not _needs_corroboration(gaz, key, idx, place):
        return ""
    if article_countries and place.country not in article_countries:
        if place.kind == "village":
            return None  # a weak village in a country the article never reaches ("وصما")
        trig = None
    zipf = gaz.index.key_zipf.get(key, 0.0)
    word_like = zipf >= _TRIGGER_ONLY_ZIPF or (
        place.kind in ("village", "neighborhood") and zipf >= 3.0)
    # direction words ("قرب", "شرق") only back up places of the region ("مهربين قرب الحدود" are
    # smugglers); before the name, not everyday words ("شرق المدينة" is east of the city); after
    # it, only rare ones ("طومان قرب الباب", but not "بدأ قرب" began near, "الخضراء" the green)
    local = place.country in gaz.focus
    if trig == "direction-after":
        if local and not word_like and zipf < COMMON_ZIPF["ar"]:
            return "name is also a word; corroborated by a direction word after it"
    elif trig == "direction":
        if local and zipf < _WORD_FIRST_ZIPF:
            return _BY_TRIGGER
    elif trig == "landform" and place.kind not in ("region", "river", "facility"):
        pass  # "جبل الزاوية": a mountain named like a village far away is not that village
    elif trig:
        return _BY_TRIGGER
    if (listed and zipf < _WORD_FIRST_ZIPF and place.country in gaz.focus
            and (place.kind != "village" or zipf < 3.0)):
        return "name is also a word; listed with other places"
    if nearest_km(place) < _NEAR_KM and not word_like:
        return "name is also a word; corroborated by a place nearby"
    return None


def _anchor_point(index, ids: tuple[int, ...]) -> Place | None:
    """Where a name pins the article, if it does: its only candidate, one well ahead of the
    rest, or a town whose close rivals are only the governorate and district named after it
    ("Quneitra", "درعا": either reading puts the story there)."""
    close = [i for i in ids if index.priors[ids[0]] - index.priors[i] <= 1.0]
    points = [i for i in close if not index.places[i].is_area]
    if len(points) != 1:
        return None
    point = index.places[points[0]]
    if all(index.places[i].admin1 == point.admin1 and index.places[i].kind in (
            "governorate", "district", "subdistrict") for i in close if i != points[0]):
        return point
    return None


def _is_dual(word: str, triggers: dict[str, str]) -> bool:
    """True for the dual of a trigger word: "ريفي" (ريف), "قريتي"/"قريتا" (قرية), "بلدتي",
    "حيا" (حي)."""
    if word[:1] in CLITIC_LETTERS and word[1:] in triggers:
        word = word[1:]
    return (word in triggers and word.endswith(("ي", "ا"))
            and (word[:-1] in triggers or word[:-2] + "ه" in triggers))


def _spread_dual_triggers(norm: str, prepared: list) -> None:
    """A dual trigger word governs the second name too: in "ريفي إدلب الجنوبي وحماة الغربي"
    Hama is the governorate, in "قريتي الطويلة والحمرا" al-Hamra is a village. The second name
    carries و and at most two words (direction adjectives) stand between the two."""
    triggers = lexicon().triggers
    for k in range(1, len(prepared)):
        hit, trig = prepared[k][0], prepared[k][4]
        first, first_trig = prepared[k - 1][0], prepared[k - 1][4]
        if trig is not None or first_trig is None or not hit.prefix_len:
            continue
        if norm[hit.start - hit.prefix_len] != "و" or not _is_dual(first.prev1, triggers):
            continue
        gap = norm[first.end:hit.start - hit.prefix_len].split()
        if len(gap) <= 2 and not any(w in (",", "،") for w in gap):
            prepared[k] = (*prepared[k][:4], first_trig)


def _after_plural_trigger(hit: _Hit) -> bool:
    """True when a plural trigger word comes right before the name ("وقرى X", "villages of X")."""
    word = hit.prev1
    if word in PLURAL_TRIGGERS or (word[:1] in CLITIC_LETTERS and word[1:] in PLURAL_TRIGGERS):
        return True
    return hit.prev2.endswith(" of") and hit.prev2.split(" ")[0] in PLURAL_TRIGGERS


def _plural_trigger_of_unknown_first(norm: str, hit: _Hit) -> str | None:
    """The trigger of a plural trigger word two words before a name that carries "و", when the
    word between is a name the gazetteer does not know: in "قرى المختارية والشير", al-Shir is
    the second village of the list."""
    words = hit.prev2.split(" ")
    if (len(words) != 2 or hit.after_name or not hit.prefix_len
            or norm[hit.start - hit.prefix_len] != "و" or not is_arabic_letter(words[1][:1])):
        return None
    word = words[0]
    if word not in PLURAL_TRIGGERS and word[:1] in CLITIC_LETTERS:
        word = word[1:]
    return lexicon().triggers.get(word) if word in PLURAL_TRIGGERS else None


#: English plural place nouns after a list of names, folded: "the X and Y crossings"
_PLURAL_AFTER = frozenset({"towns", "vilages", "crosings", "camps"})


def _spread_plural_triggers(norm: str, prepared: list, gaps: list[str | None]) -> None:
    """A plural trigger word governs every name of the list after it: in "قرى الرشيدية
    والقاسمية والريحانية" al-Rayhaniya is a village too (not Reyhanli, the Turkish town), even
    when the list begins with a name the gazetteer lacks; an English plural after a list, every
    name before it ("the Arida and Dabousiya crossings")."""
    governed = False  # the name before is a list item after a plural trigger word
    # a direction word after the last item ("قرى X وY جنوب Z") says where the list lies, not
    # what Y is
    open_ = (None, "direction-after")
    for k in range(len(prepared)):
        if prepared[k][4] in open_:
            unknown_first = _plural_trigger_of_unknown_first(norm, prepared[k][0])
            if unknown_first is not None:
                prepared[k] = (*prepared[k][:4], unknown_first)
                governed = True
                continue
        if k == 0:
            continue
        first, first_trig = prepared[k - 1][0], prepared[k - 1][4]
        governed = (gaps[k - 1] is not None and prepared[k][4] in open_
                    and first_trig not in open_ and (governed or _after_plural_trigger(first)))
        if governed:
            prepared[k] = (*prepared[k][:4], first_trig)
    # ... and an English plural after the list governs the names before: "the Arida and
    # Dabousiya crossings", "between Nawa and Barka towns"
    after = None
    for k in range(len(prepared) - 1, -1, -1):
        hit, trig = prepared[k][0], prepared[k][4]
        if hit.nxt in _PLURAL_AFTER:
            after = trig
        elif after is not None and k < len(gaps) and gaps[k] is not None and trig in open_:
            prepared[k] = (*prepared[k][:4], after)
        else:
            after = None


def _crossings_of_the_names(gaz: Gazetteer, prepared: list) -> None:
    """A name a crossing word goes with ("معبري العريضة والدبوسية", "the Arida and Dabousiya
    crossings") is the crossing of that name when the gazetteer knows one: not the village."""
    keys = gaz.index.keys
    for k, (hit, span, surface, _ids, trig) in enumerate(prepared):
        if trig != "crossing" or hit.key.split(" ", 1)[0] in ("معبر", "منفذ"):
            continue  # "معبر باب الهوى" is the crossing's own name already
        named = keys.get(f"معبر {hit.key}" if hit.arabic else f"{hit.key} crosing")
        if named:
            prepared[k] = (hit, span, surface, named, trig)


def _one_sense_per_article(prepared: list, decisions: list, within: list) -> None:
    """A name once read with a village or town word ("قرية صيدا") is that village when it comes
    back bare ("على محور صيدا"), not a namesake elsewhere, unless the text then puts it in
    another governorate."""
    told: dict[str, tuple] = {}
    for (hit, _span, _surface, _ids, trig), decision in zip(prepared, decisions, strict=True):
        if trig in SETTLEMENT_TRIGGERS and decision and not decision[1].is_area:
            told.setdefault(hit.key, decision)
    for k, (hit, _span, _surface, _ids, trig) in enumerate(prepared):
        if trig is None and hit.key in told and (
                not within[k] or told[hit.key][1].admin1 in within[k]):
            decisions[k] = told[hit.key]


def _quarters_of_a_town(hit: _Hit, place: Place) -> bool:
    """True for a big town right after the plural "أحياء": "أحياء جبلة الشمالية" are the
    northern quarters of Jableh, not a quarter named Jableh."""
    return (place.kind in ("city", "town") and place.population >= _MAJOR_POPULATION
            and _after_plural_trigger(hit))


_FAR_KM = 150
_UNSURE = 0.6  # a village placed with less confidence than this rests on its trigger word alone
_OUTRANKED = 0.5  # below this, a namesake scored higher but lacked the evidence to be taken


def _namesakes_spelled_otherwise(gaz: Gazetteer, prepared: list, decisions: list,
                                 nearest_km, within: list[frozenset[str]]) -> None:
    """An English name whose places all lie far from the article's other places, while a
    village spelled with other vowels lies among them, is that village: "Saida village" in a
    report on Quneitra is OCHA's Sayda there, not a Saideh 400 km away. So is a name none of
    whose places lies in the governorate the text puts it in (``within``), when one spelled with
    other vowels does: "Breika ... in the Quneitra countryside" is OCHA's Breiqa there, not the
    Breika of Sweida."""
    index = gaz.index
    for k, (hit, _span, _surface, _ids, trig) in enumerate(prepared):
        decision = decisions[k]
        if hit.arabic or (decision is None and not within[k]):
            continue
        if decision is None:
            best_i, reasons, confidence, alternatives = -1, (), _AT_ANCHOR_CONFIDENCE, ()
            why = f"no place of this spelling lies in {' or '.join(sorted(within[k]))}"
        else:
            best_i, place, reasons, confidence, alternatives = decision
            if (place.is_area or place.country != gaz.home
                    or nearest_km(place, hit.key) <= _FAR_KM):
                continue
            why = f"{place.name!r} lies far from the article's places"
        # built on first need, not for every article; short names too where the text says
        # which governorate ("al-Sheer ... in the countryside of Latakia" is OCHA's Shir there)
        vowels = loose_index(gaz, 5 if decision is not None else 3)
        near = [(nearest_km(index.places[i], hit.key), i) for i in vowels.get(
            loose_key(hit.key), ()) if i != best_i and not index.places[i].is_area
            and (trig not in PREFERS or PREFERS[trig](index.places[i]))]
        if decision is None:
            near = [(d, i) for d, i in near if index.places[i].admin1 in within[k]]
        else:
            near = [(d, i) for d, i in near if d <= _NEAR_KM]
        if near:
            d, i = min(near)
            other = index.places[i]
            where = f"{d:.0f} km from one" if decision is not None else f"in {other.admin1}"
            decisions[k] = (i, other, (*reasons, f"{why}; {other.name!r}, spelled with other "
                                       f"vowels, {where}"), confidence, alternatives)


def _drop_stray_villages(index, prepared: list, decisions: list, nearest_km,
                         anchor_ids: dict[str, tuple[Place, str]], home: str | None,
                         named: set[str]) -> None:
    """An unsure village far from every other place of the article is a namesake of one the
    gazetteer lacks ("قرية صيدا" on the front line by Ain Issa is no Sayda 400 km south): left
    out rather than pinned where the article is not. So is any place taken over a namesake the
    ranking put ahead of it (confidence under one half), when far from the article: "Jadid"
    before the capitalised word of a village's longer name is neither Libya's Al Jadid nor
    Morocco's El Jadida. So is a foreign hamlet reached by a spelling not its own
    (:func:`_respelled_foreign_hamlet`): "العباسية" among villages by Tyre is no Iraqi
    "العباسي". And so is a foreign village in a country the article neither names (``named``)
    nor places anything else in: "the al-Qasr crossing" among Lebanon's border posts is no
    Jordanian village 300 km south. And so is a village named by an everyday word that only a
    trigger word made a place, far from the article's places and in none of their governorates
    (``قرى مزرعة`` by Kobani is no Mazraa by Homs)."""
    for k, decision in enumerate(decisions):
        if decision is None:
            continue
        best_i, place, reasons, confidence = decision[:4]
        hit, trig = prepared[k][0], prepared[k][4]
        unsure = (place.kind == "village" and confidence < _UNSURE) or confidence < _OUTRANKED
        far = nearest_km(place, hit.key)
        if (unsure or _respelled_foreign_hamlet(index, hit.key, best_i, place, trig, anchor_ids)
                or _foreign_village_alone(place, hit.key, anchor_ids, home, named)
                ) and far > _FAR_KM:
            decisions[k] = None
        elif (place.kind == "village" and _BY_TRIGGER in reasons
              and index.key_zipf.get(hit.key, 0.0) >= 3.0 and _FAR_KM < far < math.inf
              and all(a.admin1 != place.admin1 for a, from_key in anchor_ids.values()
                      if from_key != hit.key)):
            # a word only a trigger word made a village ("قرى مزرعة وخضراوي بريف زركان":
            # "farm"), far from every other place of the article and in a governorate it does
            # not reach: not the one the sources know
            decisions[k] = None


#: a village this far from every other place an article is read to name is a namesake of one
#: the sources lack
_APART_KM = 250


def _drop_villages_far_from_the_rest(prepared: list, decisions: list) -> None:
    """Leave out a village not read with certainty that lies far from all the other places the
    article is read to name (two at least, under other names): by Quneitra's villages, "تل
    أحمر الغربي" is a hill on the Golan, not a Tal Ahmar in Hasakah 600 km away. The article's
    first readings of its names vouched for it; its decided places do not."""
    decided = [(prepared[k][0].key, d[1]) for k, d in enumerate(decisions)
               if d is not None and not d[1].is_area]
    for k, decision in enumerate(decisions):
        if decision is None or decision[1].kind != "village" or decision[3] >= _SURE:
            continue
        place, key = decision[1], prepared[k][0].key
        others = [p for other_key, p in decided if other_key != key]
        if len(others) >= 2 and _closest_km(place, others) > _APART_KM:
            decisions[k] = None


def _foreign_village_alone(place: Place, key: str, anchor_ids: dict[str, tuple[Place, str]],
                           home: str | None, named: set[str]) -> bool:
    """True for a village outside the home country, in a country the article does not name and
    places nothing else in, while it places something elsewhere."""
    if place.kind != "village" or place.country in (None, home) or place.country in named:
        return False
    others = _countries_of_others(anchor_ids, key)
    return bool(others) and place.country not in others


def _respelled_foreign_hamlet(index, key: str, idx: int, place: Place, trig: str | None,
                              anchor_ids: dict[str, tuple[Place, str]]) -> bool:
    """True for a hamlet with no recorded population reached by a spelling not its own, with no
    trigger word but "village", in a country none of the article's other places (two at least)
    lie in."""
    if (place.kind not in ("village", "town") or place.population or trig not in (None, "village")
            or place.source == "overlay" or idx in index.primary.get(key, ())):
        return False
    others = _countries_of_others(anchor_ids, key)
    return len(others) >= 2 and place.country not in others


def _countries_of_others(anchor_ids: dict[str, tuple[Place, str]], key: str) -> list[str | None]:
    """The countries of the article's anchoring places read from names other than ``key``."""
    return [a.country for a, from_key in anchor_ids.values() if from_key != key]


_QUARTER_KM = 15


def _beside_a_town(place: Place, anchors: list[Place]) -> bool:
    """True when a city or town the article names is within a quarter's reach of the place (a
    village swallowed by a city can be called its neighbourhood)."""
    return any(a.kind in ("city", "town") and a.place_id != place.place_id
               and km_between(place.lat, place.lon, a.lat, a.lon) <= _QUARTER_KM
               for a in anchors)


def _town_named_after(norm: str, prepared: list, decisions: list, k: int) -> Place | None:
    """The town or city named right after the quarter ``k`` ("حي X بمدينة Y", "the X
    neighborhood, west of Qamishli"), if the text names one."""
    # past the other quarters of its list: "حيا الحميدية والسليمانية في مدينة حلب"
    while (k + 2 < len(prepared) and prepared[k + 1][4] == "neighbourhood"
           and _list_gap(norm, prepared[k][0], prepared[k + 1][0]) is not None):
        k += 1
    if k + 1 >= len(prepared) or decisions[k + 1] is None:
        return None
    town = decisions[k + 1][1]
    if town.kind not in ("city", "town"):
        return None
    last, after = prepared[k][0], prepared[k + 1][0]
    gap = norm[last.end:after.start - after.prefix_len].replace(",", " ").replace("،", " ")
    words = gap.split()
    return town if len(words) <= 4 and all(w in QUARTER_OF_WORDS for w in words) else None


def _main_town(anchors: list[Place], prepared: list, index) -> Place | None:
    """The town named most often in the article, among the confidently placed ones."""
    towns = {a.place_id: a for a in anchors if a.kind in ("city", "town")}
    counts: dict[str, int] = {}
    for _hit, _span, _surface, ids, _trig in prepared:
        pid = index.places[ids[0]].place_id
        if pid in towns:
            counts[pid] = counts.get(pid, 0) + 1
    return towns[max(counts, key=counts.get)] if counts else None


def _rank(gaz: Gazetteer, key: str, ids: tuple[int, ...], trig: str | None, countries: set[str],
          nearest_km, governorates: frozenset[str] = frozenset()
          ) -> list[tuple[float, int, tuple[str, ...]]]:
    """The candidates of a name, best first, with the reasons for each score; ``governorates``
    are the admin areas the article names with a trigger word ("ريف السويداء")."""
    index = gaz.index
    scored = []
    big_own = gaz.big_own_name(key, ids)
    own = index.primary.get(key, ())
    # governorates bearing the name as their own: a town of that name elsewhere is second
    governorate_own = {index.places[j].admin1 for j in ids
                       if index.places[j].kind == "governorate" and j in own}
    for i in ids:
        place = index.places[i]
        score = index.priors[i]
        why = [f"{place.kind} prior {index.priors[i]:.2f}"]
        if place.country in gaz.focus:
            score += 1.0
            why.append("in the region of focus")
        if big_own is not None and i not in own:
            score -= ALIAS_PENALTY
            why.append("only an old or other name here: a big city bears it as its own")
        elif governorate_own and place.admin1 not in governorate_own and not place.is_area:
            score -= ALIAS_PENALTY  # "صلاح الدين" is the Iraqi governorate, not Pirmam
            why.append("a governorate bears this name; this namesake lies outside it")
        elif i in index.capitals:
            score += 1.0  # "الرياض" is Riyadh before any namesake in the region
            why.append("a national capital")
        if trig and trig in PREFERS and PREFERS[trig](place):
            score += 3.0
            why.append(f"trigger word asks for a {trig}")
        if i in own and len(own) < len(ids):
            score += OWN_NAME_BONUS  # "أبو راسين" itself before "أبو راسين قامشلي"
            why.append("its own name")
        if place.country in countries and place.kind != "country":
            score += 0.5
            why.append(f"article mentions {place.country}")
        if place.admin1 in governorates and not place.is_area and trig != "governorate":
            score += 1.0
            why.append(f"in {place.admin1}, which the article names")
        if not place.is_area or place.kind in ("district", "subdistrict"):
            d = nearest_km(place)  # a district is small enough for its centre to tell
            if d < 300:
                score += 1.5 * (1 - d / 300)
                why.append(f"{d:.0f} km from another place in the article")
        scored.append((score, i, tuple(why)))
    scored.sort(key=lambda s: -s[0])
    return scored


def _decide(gaz: Gazetteer, key: str, ids: tuple[int, ...], trig: str | None,
            countries: set[str], nearest_km, listed: bool = False,
            article_countries: frozenset[str] = frozenset(),
            governorates: frozenset[str] = frozenset(),
            within: frozenset[str] = frozenset(), in_list: bool = False,
            country: str | None = None) -> tuple | None:
    """The place a name stands for in this article, with the reasons, the confidence and the
    runners-up — or ``None`` when no candidate has the evidence it needs. ``within`` are the
    governorates the text puts this name in, if it says; ``in_list`` is true when the name is
    an item of a list of names; ``country`` is the country the text says it is in ("the
    Lebanese town of X", "بلدة X اللبنانية")."""
    index = gaz.index
    cap = _BIG_CITY if trig == "village" else _TOWN_CAP if trig == "town" else math.inf
    scored = []
    for score, i, why in _rank(gaz, key, ids, trig, countries, nearest_km, governorates):
        place = index.places[i]
        if (place.kind == "city" and place.population >= cap) or (
                trig == "village" and place.population >= _MAJOR_POPULATION):
            continue  # "قرية صيدا الحانوت", 'بلدة "صيدا"' in Daraa: a village, not Sidon
        if country is not None and place.country != country:
            continue  # "the Lebanese border town of al-Qasr" is no Jordanian village
        if within:
            if place.admin1 in within:
                why = (*why, f"in {place.admin1}, as the text says")
            elif not place.is_area:
                # "بلدة البارودة بريف درعا": the text says which governorate; a namesake
                # elsewhere is not what it means, however well known
                continue
        scored.append((score, i, why))
    for rank, candidate in enumerate(scored):
        score, i, why = candidate
        if rank and score < scored[0][0] - 1.5:
            return None  # a much weaker namesake is no better evidence than none
        evidence = _evidence(gaz, key, i, index.places[i], trig, nearest_km, listed,
                             article_countries)
        if (evidence is None and in_list and index.places[i].admin1 in within
                and index.key_zipf.get(key, 0.0) < _TRIGGER_ONLY_ZIPF):
            # "على محاور المجدل، ونجران، وعرى، وسليم في ريف السويداء": a list of names the
            # text puts in one governorate, and this one is a village there
            evidence = "name is also a word; one of a list the text puts in this governorate"
        if evidence is not None:
            break
    else:
        return None
    others = [x for x in scored if x[1] != i]
    margin = score - others[0][0] if others else 3.0
    confidence = round(0.5 + 0.45 * (1 - math.exp(-margin)), 3)
    alternatives = tuple(Candidate(index.places[j], round(s, 4), w) for s, j, w in others[:3])
    return i, index.places[i], (*why, evidence) if evidence else why, confidence, alternatives


#: words that may stand between a name and the governorate the text puts it in, besides the
#: governorate's own trigger word: "X بريف درعا", "X في ريف حمص", "X, in rural Idlib", "X
#: village in Hasaka province"
_WITHIN_WORDS = frozenset({"في", "in", "within", "the", "rural", "village", "town", "city", "area",
                           "of"})


def _stated_governorates(norm: str, gaz: Gazetteer, prepared: list,
                         gaps: list[str | None]) -> list[frozenset[str]]:
    """Per prepared name, the governorates the text puts it in: the very next name is a
    governorate or a district read with its trigger word ("بريف", "province", "district") and
    only words of containment stand between them ("the al-Kasra area of al-Nukhaib district");
    ``gaps`` are :func:`_list_gaps`."""
    index = gaz.index
    out = []
    for k, (hit, *_rest) in enumerate(prepared):
        stated: frozenset[str] = frozenset()
        if k + 1 < len(prepared) and prepared[k + 1][4] in ("governorate", "area"):
            after = prepared[k + 1][0]
            if _placed_in_next(norm[hit.end:after.start - after.prefix_len]):
                kinds = ("governorate",) if prepared[k + 1][4] == "governorate" else (
                    "governorate", "district", "subdistrict", "city", "town")
                stated = frozenset(index.places[i].admin1 for i in prepared[k + 1][3][:3]
                                   if index.places[i].kind in kinds and index.places[i].admin1)
        out.append(stated)
    # "the villages of Breika and Beer Ajam in the Quneitra countryside": the whole list, with
    # the items the gazetteer does not know between its names
    for k in range(len(prepared) - 2, -1, -1):
        if not out[k] and out[k + 1] and (gaps[k] or _items_between(norm, prepared[k][0],
                                                                     prepared[k + 1][0])):
            out[k] = out[k + 1]
    return out


@lru_cache(maxsize=1)
def _relation_words() -> frozenset[str]:
    """Words placing a name by another: "غرب", "قرب", "west (of)", "near"."""
    return lexicon().relations_after | CLOSE_WORDS | _EN_RELATIONS | _EN_CLOSE


def _containment_word(word: str) -> bool:
    return (word in _WITHIN_WORDS or word in DIRECTION_WORDS
            or trigger_of_word(word, with_article=True) == "governorate")


def _placed_in_next(gap: str) -> bool:
    """True when the words between a name and a governorate put it there: only words of
    containment ("in the western countryside of", "بريف"), maybe after the list's last items
    the gazetteer does not know ("al-Hwash and al-Amqiyyeh in rural Hama") or after a place it
    does not know that the name is placed by ("X, west of the Jahar field, in rural Homs")."""
    tokens = _GAP_TOKEN.findall(gap)
    words = [t for t in tokens if t not in ",،"]
    if len(gap) <= 45 and all(_containment_word(w) for w in words):
        return True
    cut = len(tokens)
    while cut and (tokens[cut - 1] in ",،" or _containment_word(tokens[cut - 1])):
        cut -= 1
    head = tokens[:cut]
    if not head or cut == len(tokens) or len(gap) > 70 or _CLAUSE_END.search(gap):
        return False
    said = [t for t in head if t not in ",،"]
    if said and said[0] in _relation_words():
        # "تل الصوان غرب حقل جحار في ريف حمص": by a place the gazetteer does not know, there
        named = [w for w in said[1:] if not _containment_word(w)]
        return 0 < len(named) <= 3 and not any(_function_word(w) for w in named)
    # the items go on with the list: "X and Y", "X، Y", "X وY"
    items: list[list[str]] = []
    for token in head:
        if token in _LIST_JOINERS:
            if not items or items[-1]:  # ", and" opens one item
                items.append([])
        elif token.startswith("و") and (not items or items[-1]):
            items.append([token[1:]])
        elif items:
            items[-1].append(token)
        else:
            return False
    # names, not words of the sentence ("وفي ريف حلب" goes on with "and in")
    return 0 < len(items) <= 4 and all(
        0 < len(item) <= 2 and not any(_function_word(w) for w in item) for item in items)


_GAP_TOKEN = re.compile(r"[,،]|[^\s,،]+")
_LIST_JOINERS = frozenset({",", "،", "and", "or", "او"})


def _function_word(word: str) -> bool:
    """True for a preposition or conjunction, Arabic (with its "و" or "ف") or English."""
    bare = word[1:] if word[:1] in ("و", "ف") else word
    return (word in ARABIC_FUNCTION_WORDS or bare in ARABIC_FUNCTION_WORDS
            or word in _SENTENCE_WORDS)


_PLACE_NOUNS_EN = ("town", "village", "city", "area", "region", "province", "governorate",
                   "district", "camp", "crossing", "neighbourhood", "neighborhood", "suburb")


@lru_cache(maxsize=1)
def _nationality_before() -> re.Pattern:
    """"the Lebanese border town of", "the Syrian village of" (folded), right before a name."""
    words = sorted((w for w in lexicon().nationalities if w.isascii()), key=len, reverse=True)
    return re.compile(r"(?<![a-z])(" + "|".join(words) + r")(?: [a-z]+){0,2} (?:"
                      + "|".join(_PLACE_NOUNS_EN) + r")s? of (?:the )?$")


def _stated_country(norm: str, hit: _Hit) -> str | None:
    """The country the text says the name is in: a nationality adjective right after an Arabic
    name ("بلدة القصر اللبنانية", past one other adjective: "الحدودية اللبنانية") or before
    the English place noun ("the Lebanese border town of Al-Qasr")."""
    nationalities = lexicon().nationalities
    if hit.arabic:
        word = hit.nxt
        # the adjective agrees with the place noun before the name ("بلدة X اللبنانية"); with
        # none, it describes something else ("مسار أستانة السوري" is the Syrian track)
        if norm[hit.end:hit.end + 1] != " " or trigger_of_word(hit.prev1) in (
                None, "direction", "landform"):
            return None
        if word in nationalities:
            return nationalities[word]
        if word.startswith("ال") and word.endswith(("يه", "ي")):  # "الحدودية اللبنانية"
            return nationalities.get(_token_after(norm, hit.end + 1 + len(word)))
        return None
    start = hit.start - hit.prefix_len
    m = _nationality_before().search(norm, max(0, start - 60), start)
    return nationalities[m.group(1)] if m else None


_LIST_GAP = re.compile(r"[ ,،]*(?:(?:and|or|او)[ ,،]*)?")


def _list_gap(norm: str, first: _Hit, second: _Hit) -> str | None:
    """What separates two names when it is only commas and "and"/"or"/"و" (else ``None``)."""
    if second.start - second.prefix_len - first.end > 8:
        return None
    gap = norm[first.end:second.start - second.prefix_len]
    if not _LIST_GAP.fullmatch(gap):
        return None
    if gap.strip() or (second.prefix_len and norm[second.start - second.prefix_len] == "و"):
        return gap
    return None


#: how far a place can lie from the place the text puts it "west of" or "near"
_RELATIVE_KM = {"point": 200, "area": 300}
#: ... and from the town in whose countryside the text puts it ("X بريف تل تمر")
_COUNTRYSIDE_KM = 60


#: English words placing a name relative to the next ("X, west of Y"), and words that may stand
#: with them ("the village of X, just north of Y")
_EN_RELATIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                           "southeast", "southwest", "outside"})
_EN_BETWEEN = frozenset({"of", "the", "just", "village", "town", "city", "area", "district"})
#: English words putting a name close to the next ("X near Y", "X on the outskirts of Y")
_EN_CLOSE = frozenset({"near", "outskirts", "vicinity"})
_EN_CLOSE_BETWEEN = frozenset({"on", "in", "the", "of", "just", "village", "town", "city"})


#: the words saying where a place lies, before the relation word ("X الواقعة في محيط Y", "X
#: التي تقع شرق Y", "X, located west of Y")
_LYING = frozenset({"الواقعه", "الواقع", "الواقعتين", "الواقعين", "الكائنه", "الكائن", "التي",
                    "الذي", "تقع", "يقع", "located", "situated", "lying", "which", "lies"})
#: the words that may come before a relation word ("على أطراف", "بالقرب من")
_BEFORE_RELATION = frozenset({"علي", "من"})
_GAP_QUOTES = "\"«»“”'‘’"


#: a distance the text gives between a name and the next ("X (21 كم غرب مدينة Y)", "X, some 30
#: km (19 miles) south of Y", "X على بعد 5 كم من Y"): the number, a second one of a range, the unit
_STATED_DISTANCE = re.compile(
    r"[\s,،(\-–—]*(?:(?:علي\s+)?(?:بعد|مسافه)\s+|(?:نحو|حوالي|قرابه|about|around|some|roughly"
    r"|approximately|nearly|almost)\s+)?(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?\s*"
    r"(كم|كلم|كيلومترات|كيلومترا|كيلومتر|كيلو|km|kms|kilometers|kilometres|kilometer|kilometre"
    r"|miles|mile)\b(?:\s*\(\s*\d+(?:\.\d+)?\s*[a-z]+\s*\))?[\s,،]*")
#: the words joining a stated distance to the place it is measured from ("5 كم عن Y", "from Y")
_DISTANCE_FROM = frozenset({"عن", "من", "from", "of"})


#: list items of a word or two after a name, up to the comma that closes the list: "باب الخير،
#: الخشمة"، بأرياف بلدة تل تمر"
_UNKNOWN_ITEMS = re.compile(r"^(?:\s*[\"«»“”]?\s*[،,]\s*[\"«»“”]?[\u0621-\u064a]{2,}"
                            r"(?: [\u0621-\u064a]{2,})?[\"«»“”]?)+(?=\s*[\"«»“”]?\s*[،,])")


def _stated_distance(norm: str, start: int, end: int) -> tuple[float | None, int]:
    """The distance in km the text gives at ``norm[start:end]`` between two names, and where the
    rest of the gap begins (``None`` and ``start`` when it gives none)."""
    m = _STATED_DISTANCE.match(norm, start, end)
    if m is None:
        return None, start
    km = float(m.group(2) or m.group(1))
    return (km * 1.609 if m.group(3).startswith("mile") else km), m.end()


def _relation_to_next(norm: str, hit: _Hit, after: _Hit, relations: frozenset[str]) -> str | None:
    """How the text places a name relative to the next one: "direction" ("X غرب Y", "X (21 كم
    غرب Y)", "X, 5 km from Y"), "close" ("X قرب Y", "X على أطراف مدينة Y", "X في محيط Y"),
    "countryside" ("X بريف Y", "X في بادية Y"), "inside" ("X في Y" when Y is a region:
    "معيزيلة في بادية البوكمال"), or ``None``."""
    km, start = _stated_distance(norm, hit.end, after.start - after.prefix_len)
    between = norm[start:after.start - after.prefix_len]
    if after.arabic:  # the list goes on with items the gazetteer does not know
        between = _UNKNOWN_ITEMS.sub("", between, count=1)
    gap = [w for w in (w.strip(_GAP_QUOTES) for w in between.split(None, 5)) if w]
    if km is not None and gap and gap[0] in _DISTANCE_FROM and all(
            w in _DISTANCE_FROM or trigger_of_word(w) for w in gap):
        return "direction"
    if len(gap) > 1 and gap[0] in (",", "،"):
        gap = gap[1:]  # the list closes: "قرى X، Y، Z"، بأرياف بلدة تل تمر"
    while gap and gap[0] in _LYING:
        gap = gap[1:]  # "قرية الإصلاح الواقعة في محيط جلولاء", "X, located west of Y"
    if gap and gap[0] in ("علي", "في") and len(gap) > 1 and gap[1] in relations:
        gap = gap[1:]  # "على أطراف", "في محيط"
    words = [w.strip(",") for w in gap]
    if (not after.arabic and 0 < len(words) <= 5 and _EN_CLOSE & set(words)
            and all(w in _EN_CLOSE or w in _EN_CLOSE_BETWEEN for w in words if w)):
        return "close"  # "Sheikh Ali near Tal Tamr", "X on the outskirts of Abu Rasin"
    if not gap or len(gap) > 3:
        return None
    if gap[0] in relations and all(w in relations or w in _BEFORE_RELATION or trigger_of_word(w)
                                   for w in gap):
        return "close" if gap[0] in CLOSE_WORDS else "direction"
    if words and words[-1] == "of" and any(w in _EN_RELATIONS for w in words) and all(
            w in _EN_RELATIONS or w in _EN_BETWEEN for w in words if w):
        return "direction"  # "al-Sakra village, west of Haditha", "north of al-Rutba"
    kinds = [trigger_of_word(w) for w in gap if w not in ("في", "من")]
    if ({"governorate", "area"} & set(kinds) and after.arabic
            and all(k in ("governorate", "area") or k in SETTLEMENT_TRIGGERS for k in kinds)):
        return "countryside"  # "بريف بلدة تل تمر", "في قضاء الهرمل"
    if gap == ["في"] and after.arabic:
        return "inside"
    return None


#: how far a place can lie from the region the text puts it in ("X في بادية البوكمال")
_INSIDE_REGION_KM = 150
#: relations close enough for a name no candidate fits to be placed at the place named with it
_PLACED_AT_ANCHOR = frozenset({"close", "countryside", "inside"})


def _placed_relative_to_next(gaz: Gazetteer, norm: str, prepared: list, decisions: list,
                             gaps: list[str | None]
                             ) -> list[tuple[int, tuple[int, ...], Place | None, str]]:
    """The names the text places relative to the next one ("تل حديد غرب السويداء", "X قرب Y",
    "X وY بريف تل تمر": a list before the relation word too) whose chosen place lies too far
    from it to be meant, each with its candidates near enough, the place it was put by (when
    the relation is close: "near", "in the countryside of", "in") and the relation. No
    candidate: the name is placed at that place, or left out (Tal Hadid in Hasakah is not west
    of Sweida, Tal Shnan near Homs is not in Tal Tamr's countryside)."""
    index, relations = gaz.index, lexicon().relations_after | CLOSE_WORDS
    out = []
    for k in range(len(prepared) - 1):
        there = decisions[k + 1]
        if there is None or there[1].kind in ("country", "river"):
            continue
        relation = _relation_to_next(norm, prepared[k][0], prepared[k + 1][0], relations)
        if relation is None or (relation == "countryside" and there[1].is_area
                                and there[1].kind != "region"):
            continue  # the countryside of a governorate is _stated_governorates' business
        anchor = there[1]
        if anchor.kind == "region":
            if relation == "direction" or anchor.geo_precision > 3:
                continue  # "east of the Badia", "in the Middle East": too wide to tell
            near = partial(_within_km, anchor=anchor, km=_INSIDE_REGION_KM)
        elif relation == "inside":
            continue
        elif (km := _stated_distance(norm, prepared[k][0].end, prepared[k + 1][0].start
                                     - prepared[k + 1][0].prefix_len)[0]) is not None and (
                not anchor.is_area):
            near = partial(_within_km, anchor=anchor, km=_stated_reach(km))
        else:
            # "in the countryside of", "near", "on the outskirts of" a town: close to it
            near = partial(_near_enough, anchor=anchor, countryside=relation == "countryside" or (
                relation == "close" and not anchor.is_area))
        first = k
        while first > 0 and gaps[first - 1] is not None:
            first -= 1  # "الدردارة وتل شنان بريف تل تمر": the whole list
        for j in range(first, k + 1):
            here = decisions[j]
            if here is None or near(here[1]) or (
                    here[1].is_area and prepared[j][4] not in SETTLEMENT_TRIGGERS):
                continue  # an area, unless a village word makes it its seat ("قرية الإصلاح")
            out.append((j, tuple(i for i in prepared[j][3] if near(index.places[i])),
                        anchor if relation in _PLACED_AT_ANCHOR else None, relation))
    return out


def _stated_reach(km: float) -> float:
    """How far from a town a place can lie that the text puts ``km`` from it: reports round,
    and measure from the town's edge or its centre."""
    return max(km * 1.5, km + 15)


def _within_km(place: Place, anchor: Place, km: float) -> bool:
    return km_between(place.lat, place.lon, anchor.lat, anchor.lon) <= km


#: the kind of place a trigger word announces, for a name placed at the place named with it
_KIND_OF_TRIGGER = {"facility": "facility", "crossing": "crossing",
                    "neighbourhood": "neighborhood", "town": "town"}


def _at_anchor(hit: _Hit, surface: str, trig: str | None, anchor: Place,
               relation: str) -> tuple:
    """A decision placing a name no candidate fits at the place the text puts it by: near a
    town (geo precision 2, as ACLED codes a village it cannot find by the town named with it)
    or in a region (geo precision 3)."""
    place = placed_at(anchor, hit.key, surface, _KIND_OF_TRIGGER.get(trig, "village"), relation,
                      population=0, geonameid=None)
    why = (f"no place of this name lies {relation} {anchor.name}, where the text puts it; "
           f"placed there")
    return (-1, place, (why,), _AT_ANCHOR_CONFIDENCE, ())


_AT_ANCHOR_CONFIDENCE = 0.5


#: a list item this sure of its place vouches for where the list is
_SURE = 0.9
#: how close a namesake must lie to a sure item of its list to be taken instead
_LIST_KM = 30


def _listed_apart(index, norm: str, prepared: list, decisions: list,
                  gaps: list[str | None]) -> list[tuple[int, tuple[int, ...]]]:
    """The unsure items of a list ("قرى الرويضة وأم خزيم وشطيب") placed far from every sure
    item of it while a namesake lies close to one, or abroad, far from them, each with those
    close namesakes: names listed together lie together (the Rweideh beside Shatib, not the one
    60 km away)."""
    out = []
    k = 0
    while k < len(prepared):
        last = k
        while last < len(gaps) and (gaps[last] is not None or _items_between(
                norm, prepared[last][0], prepared[last + 1][0])):
            last += 1
        if last > k:
            placed = {j: decisions[j][1] for j in range(k, last + 1)
                      if decisions[j] is not None and not decisions[j][1].is_area}
            sure = [place for j, place in placed.items() if decisions[j][3] >= _SURE]
            for j, place in placed.items():
                stray = decisions[j][3] >= _SURE  # a sure village: only if far from its list
                if stray:
                    beside = [other for i, other in placed.items() if i != j]
                    if not _stray_village(place, beside):
                        continue
                elif not sure or _closest_km(place, sure) <= _NEAR_KM:
                    continue
                else:
                    beside = sure
                near = tuple(i for i in prepared[j][3] if not index.places[i].is_area
                             and _closest_km(index.places[i], beside) <= _LIST_KM)
                # an unsure item read by a name not its own in another country than the sure
                # ones, far from them ("between Nawa and Barka" in Daraa is not Iraq's Baharka,
                # GeoNames' "Barka"), with no namesake near is left out too, as is a stray
                # village ("Hama, Homs and Hit" stay)
                abroad = (not stray and place.country not in {p.country for p in beside}
                          and decisions[j][0] not in index.primary.get(prepared[j][0].key, ())
                          and _closest_km(place, beside) > _FAR_KM)
                if near or stray or abroad:
                    out.append((j, near))
        k = last + 1
    return out


def _stray_village(place: Place, others: list[Place]) -> bool:
    """True for a village listed with places lying together, far from all of them: the
    Hasakah villages "تل الورد، تل أمير، مزرة التابعة لناحية زركان" are not a Tal al-Ward in
    Homs, 250 km away (a list of towns may span a country: "دمشق وحلب ودير الزور")."""
    if place.kind != "village" or len(others) < 2 or _closest_km(place, others) <= _FAR_KM:
        return False
    return any(km_between(a.lat, a.lon, b.lat, b.lon) <= _NEAR_KM
               for n, a in enumerate(others) for b in others[n + 1:])


#: what separates the items of a list: a comma, "and"/"or", or "و" glued to the next item
_ITEM_SEPARATOR = re.compile(r"\s*[,،]\s*(?:(?:and|or|او) +)?|\s+(?:and|or|او)\s+|\s+(?=و)")
_CLAUSE_END = re.compile("[.؛;:!?()\"«»“”\n]")
_ITEM_OPENS = re.compile(r"(?:[,،]|\b(?:and|or)|او) *$")  # the gap's end opens the next item


def _items_between(norm: str, first: _Hit, second: _Hit) -> bool:
    """True when only list items of a word or two, names the gazetteer does not know, stand
    between two names of one list ("الرويضة وأم خزيم والظافرية وشطيب")."""
    begin, end = first.end, second.start - second.prefix_len
    if end - begin > 60 or _CLAUSE_END.search(norm, begin, end):
        return False
    gap = norm[begin:end]
    if not (second.prefix_len and norm[end] == "و") and not _ITEM_OPENS.search(gap):
        return False  # the second name must open an item itself
    items = [item for item in _ITEM_SEPARATOR.split(gap.strip()) if item.strip(" ,،")]
    return 0 < len(items) <= 4 and all(len(item.split()) <= 2 for item in items)


def _closest_km(place: Place, others: list[Place]) -> float:
    return min(km_between(place.lat, place.lon, o.lat, o.lon) for o in others)


def _near_enough(place: Place, anchor: Place, countryside: bool = False) -> bool:
    """True when ``place`` can be what the text puts "west of" or "near" ``anchor``: within reach
    of it, or in its governorate ("بادية السخنة شرقي حمص": Homs the governorate is meant); in
    the countryside of a town (or near it, on its outskirts), close to it."""
    if countryside:
        return km_between(place.lat, place.lon, anchor.lat, anchor.lon) <= _COUNTRYSIDE_KM
    if place.admin1 == anchor.admin1 and place.country == anchor.country:
        return True
    limit = _RELATIVE_KM["area" if anchor.is_area else "point"]
    return km_between(place.lat, place.lon, anchor.lat, anchor.lon) <= limit


def _list_gaps(norm: str, prepared: list) -> list[str | None]:
    """What joins each prepared name to the next, when it is a list separator (else ``None``)."""
    return [_list_gap(norm, prepared[k][0], prepared[k + 1][0])
            for k in range(len(prepared) - 1)]


def _list_items(gaps: list[str | None], count: int) -> list[bool]:
    """Per prepared name (``count`` of them), whether it is joined to the name before or after
    it as a list item."""
    return [(k > 0 and gaps[k - 1] is not None) or (k < count - 1 and gaps[k] is not None)
            for k in range(count)]


def _item_ends(text: str, norm: str, hit: _Hit, span: tuple[int, int]) -> bool:
    """True when the name could close a list item: not followed by a capitalised word ("Abbas
    Araghchi", "Hamza Division"), and in Arabic followed by a separator or the end of the
    sentence unless it carries "و" ("دمشق، حمزة الخطيب" is a person)."""
    if not is_arabic_letter(hit.key[0]):
        return not _next_word_capitalised(text, span[1])
    if hit.prefix_len and norm[hit.start - hit.prefix_len] == "و":
        return True
    following = norm[hit.end:hit.end + 6].lstrip(" ")
    return not following or following[0] in ",،.؛;:" or following.startswith(("و", "او "))


def _listed_with_places(text: str, norm: str, prepared: list, decisions: list,
                        gaps: list[str | None]) -> list[int]:
    """The undecided names that stand in a list with accepted places ("منبج، وجرابلس، والباب",
    "Hama, Homs and Hit"): joined to an accepted neighbour by a comma or "and", with a comma
    somewhere in that stretch (a bare "و" joins anything in Arabic); ``gaps`` are
    :func:`_list_gaps`."""
    hits = [item[0] for item in prepared]
    out = []
    for k, decision in enumerate(decisions):
        if decision is not None or not _item_ends(text, norm, hits[k], prepared[k][1]):
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(hits) or decisions[j] is None:
                continue
            gap = gaps[min(j, k)]
            if gap is None:
                continue
            # a comma here, or in the gap on the neighbour's far side (the list goes on)
            further = j - 1 if j < k else j
            beyond = gaps[further] if 0 <= further < len(gaps) else None
            if any(g and ("," in g or "،" in g) for g in (gap, beyond)):
                out.append(k)
                break
    return out


def _navigation_lines(text: str) -> list[tuple[int, int]]:
    """Lines of site navigation in scraped text ("Live updates: ...", "Read more: ...",
    "اقرأ أيضاً: ..."): the names on them are links, not places of the story."""
    words = lexicon().cues.get("boilerplate", frozenset())
    if not words:
        return []
    pattern = _navigation_pattern(words)
    return [m.span() for m in pattern.finditer(text)]


_LOOSE_LETTERS = {"ا": "[اأإآٱ]", "ي": "[يىئ]", "ه": "[هة]", "و": "[وؤ]"}


def _loose(word: str) -> str:
    """A regex for a folded word as it may be written: hamza forms, ta marbuta, diacritics."""
    marks = "[\u064B-\u0652\u0640]*"
    return "".join((_LOOSE_LETTERS.get(c) or re.escape(c)) + (marks if c.isalpha() else "")
                   for c in word)


@lru_cache(maxsize=2)
def _navigation_pattern(words: frozenset[str]) -> re.Pattern:
    alternatives = sorted((_loose(w) for w in words), key=len, reverse=True)
    return re.compile(r"^[ \t•*-]*(?:" + "|".join(alternatives) + r")(?!\w)[^\n]{0,200}",
                      re.IGNORECASE | re.MULTILINE)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect_left(spans, (pos + 1,)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def find_mentions(gaz: Gazetteer, text: str, *, keep_metonyms: bool = False) -> list[Mention]:
    """See :meth:`Gazetteer.find`."""
    norm, offs = normalize_with_offsets(text)
    index = gaz.index
    prepared = []
    scanned = _scan(gaz, norm, text, offs)
    quotes = quote_positions(norm)
    leads: dict[int, bool] = {}
    given = lexicon().given_names
    name_ends = {hit.end for hit in scanned if not hit.org and hit.key not in given}
    navigation = _navigation_lines(text)
    for hit in scanned:
        if hit.org:
            continue
        _read_context(norm, hit, name_ends)
        span = _original_span(text, offs, hit)
        if navigation and _inside(navigation, span[0]):
            continue
        surface = text[span[0]:span[1]]
        if _not_a_place(gaz, text, norm, hit, surface, span, quotes, leads):
            continue
        if _second_word_of_an_unknown_name(norm, hit):
            continue
        ids = index.keys.get(hit.key, ())
        if not ids:
            continue
        prepared.append((hit, span, surface, ids, _trigger(text, norm, hit, span[0])))

    _spread_dual_triggers(norm, prepared)
    gaps = _list_gaps(norm, prepared)
    _spread_plural_triggers(norm, prepared, gaps)
    _crossings_of_the_names(gaz, prepared)

    anchor_ids: dict[str, tuple[Place, str]] = {}
    countries: set[str] = set()
    strong: set[str] = set()  # countries of the names that stand on their own
    for hit, _span, _surface, ids, trig in prepared:
        if trig in SETTLEMENT_TRIGGERS:  # "مدينة درعا": the town anchors
            ids = tuple(i for i in ids if PREFERS[trig](index.places[i])) or ids
        top = index.places[ids[0]]
        if top.kind == "country":
            countries.add(top.country or "")
        elif not _needs_corroboration(gaz, hit.key, ids[0], top):
            if top.kind != "river":  # the Euphrates flows through more than its country
                strong.add(top.country or "")
            # a foreign reading of a name the home country also bears anchors nothing ("صيدا"
            # in a report from Raqqa is not Sidon for its neighbours to lean on)
            shared = top.country != gaz.home and any(
                index.places[i].country == gaz.home for i in ids[1:])
            point = _anchor_point(index, ids)
            if point is not None and not shared:
                anchor_ids[point.place_id] = (point, hit.key)
    article_countries = frozenset((countries | strong) - {""})
    anchors = [place for place, _key in anchor_ids.values()]
    governorates = frozenset(
        index.places[i].admin1 for hit, _span, _surface, ids, trig in prepared
        if trig == "governorate" for i in ids[:3] if index.places[i].kind == "governorate")

    nearest: dict[tuple[str, str | None], float] = {}

    def nearest_km(place: Place, key: str | None = None) -> float:
        """Distance to the closest other confidently placed name in the article (not one read
        from ``key`` itself: Sidon does not vouch for the Sayda of Daraa)."""
        found = nearest.get((place.place_id, key))
        if found is None:
            found = nearest[(place.place_id, key)] = min(
                (km_between(place.lat, place.lon, a.lat, a.lon)
                 for a, from_key in anchor_ids.values()
                 if a.place_id != place.place_id and from_key != key), default=math.inf)
        return found

    # a name repeated in the article (with the same trigger word) is decided once
    decided: dict[tuple, tuple | None] = {}
    decisions: list[tuple | None] = []
    within = _stated_governorates(norm, gaz, prepared, gaps)
    listed_items = _list_items(gaps, len(prepared))
    nations = [_stated_country(norm, item[0]) for item in prepared]
    # one country per name in an article: "al-Qasr" after "the Lebanese town of al-Qasr"
    said = {item[0].key: nation for item, nation in zip(prepared, nations, strict=True) if nation}
    nations = [nation or said.get(item[0].key) for item, nation in zip(prepared, nations,
                                                                       strict=True)]
    for (hit, _span, _surface, ids, trig), stated, item, nation in zip(
            prepared, within, listed_items, nations, strict=True):
        decision = decided.get((hit.key, trig, stated, item, nation), False)
        if decision is False:
            decision = decided[(hit.key, trig, stated, item, nation)] = _decide(
                gaz, hit.key, ids, trig, countries, partial(nearest_km, key=hit.key),
                governorates=governorates, article_countries=article_countries, within=stated,
                in_list=item, country=nation)
        decisions.append(decision)
    for k in _listed_with_places(text, norm, prepared, decisions, gaps):
        hit, _span, _surface, ids, trig = prepared[k]
        decisions[k] = _decide(gaz, hit.key, ids, trig, countries,
                               partial(nearest_km, key=hit.key), listed=True,
                               governorates=governorates, article_countries=article_countries,
                               within=within[k], country=nations[k])

    moved: dict[tuple[str, str], tuple | None] = {}
    for k, near_ids, anchor, relation in _placed_relative_to_next(gaz, norm, prepared,
                                                                   decisions, gaps):
        hit, _span, surface, _ids, trig = prepared[k]
        was = decisions[k][1].place_id
        decisions[k] = None if not near_ids else _decide(
            gaz, hit.key, near_ids, trig, countries, partial(nearest_km, key=hit.key),
            governorates=governorates, article_countries=article_countries, within=within[k],
            in_list=listed_items[k], country=nations[k])
        if decisions[k] is None and anchor is not None:
            decisions[k] = _at_anchor(hit, surface, trig, anchor, relation)
        moved[(hit.key, was)] = decisions[k]
    for k, near_ids in _listed_apart(index, norm, prepared, decisions, gaps):
        hit, _span, _surface, _ids, trig = prepared[k]
        if not near_ids:  # a village far from the places listed with it, no namesake near them
            decisions[k] = moved.setdefault((hit.key, decisions[k][1].place_id), None)
            continue
        moved_to = _decide(
            gaz, hit.key, near_ids, trig, countries, partial(nearest_km, key=hit.key),
            governorates=governorates, article_countries=article_countries, within=within[k],
            in_list=True, country=nations[k])
        if moved_to is not None:
            best_i, place, reasons, confidence, alternatives = moved_to
            decisions[k] = (best_i, place, (*reasons, "listed with names it lies beside"),
                            confidence, alternatives)
    if moved:
        # the same name elsewhere in the article is not the namesake the text ruled out there
        for k, (hit, *_rest) in enumerate(prepared):
            if decisions[k] is not None and (hit.key, decisions[k][1].place_id) in moved:
                decisions[k] = moved[(hit.key, decisions[k][1].place_id)]

    _one_sense_per_article(prepared, decisions, within)
    _namesakes_spelled_otherwise(gaz, prepared, decisions, nearest_km, within)
    if anchors:
        _drop_stray_villages(index, prepared, decisions, nearest_km, anchor_ids, gaz.home,
                             countries)
        _drop_villages_far_from_the_rest(prepared, decisions)

    mentions: list[Mention] = []
    main_town: list[Place | None] = []
    capitals = index.capitals
    for k, ((hit, span, surface, _ids, trig), decision) in enumerate(
            zip(prepared, decisions, strict=True)):
        if decision is None:
            continue
        best_i, place, reasons, confidence, alternatives = decision
        if trig == "neighbourhood" and not place.is_area and not _quarters_of_a_town(
                hit, place) and (nearest_km(place) > _NEAR_KM
                or (place.kind in ("village", "town") and not _beside_a_town(place, anchors))):
            town, whose = _town_named_after(norm, prepared, decisions, k), "the town named with it"
            if town is None:
                if not main_town:
                    main_town.append(_main_town(anchors, prepared, index))
                town, whose = main_town[0], "the article's town"
            if town is not None and town.place_id != place.place_id:
                # "حي الجورة" far from everything else, "the al-Hilaliye neighborhood" named
                # like a village 70 km away: a quarter of the town named with it ("west of
                # Qamishli"), else of the article's town
                place = placed_at(town, hit.key, surface, "neighborhood", "neighbourhood")
                reasons = (*reasons, f"neighbourhood taken to be in {town.name}, {whose}")
        role = None
        if best_i in capitals and _is_metonym(gaz, text, norm, hit, best_i, span):
            if not keep_metonyms:
                continue
            role = "capital-as-government"
        mentions.append(Mention(span[0], span[1], surface, place, confidence, reasons,
                                alternatives, role))
    if not any(is_arabic_letter(c) for c in text[:2000]):
        for k, longer in longer_names_before(gaz, text, mentions):
            mentions[k] = longer
        # the places decided, not the first readings of the names: "al-Ajami in the western
        # countryside of Daraa" does not put the article by the Aleppo town GeoNames also calls
        # Ajami
        anchors = [m.place for m in mentions if m.role is None and not m.place.is_area] or anchors
        spans = {_original_span(text, offs, hit) for hit in scanned}
        taken = taken_map(len(text), mentions)
        placed = {m.start: m.place for m in mentions if m.role is None}
        before_vowels = len(mentions)
        for start, end, surface, cand in vowel_spellings(gaz, text, taken, spans, anchors,
                                                         lexicon(), placed):
            mentions.append(Mention(start, end, surface, cand.place, 0.6, cand.reasons, (), None))
        for hit in scanned:
            if hit.org:
                first, last = _original_span(text, offs, hit)
                taken[first:last] = b"\x01" * (last - first)
        placed.update((m.start, m.place) for m in mentions[before_vowels:])
        ends = {m.end: m.place for m in mentions if m.role is None}
        for start, end, surface, cand in close_spellings(gaz, text, taken, spans, anchors,
                                                         lexicon(), placed, ends):
            mentions.append(Mention(start, end, surface, cand.place, 0.55, cand.reasons, (), None))
        mentions.sort(key=lambda m: m.start)
    places = [m for m in mentions if m.role is None]
    respelled = unknown_spellings(gaz, text, norm, offs, places)
    if respelled:
        mentions = sorted([*mentions, *respelled], key=lambda m: m.start)
        places = sorted([*places, *respelled], key=lambda m: m.start)
    quarters = unknown_quarters(text, norm, offs, places)
    if quarters:
        places = sorted([*places, *quarters], key=lambda m: m.start)
    unnamed = [*quarters, *unknown_localities(text, norm, offs, places)]
    if unnamed:
        mentions = sorted([*mentions, *unnamed], key=lambda m: m.start)
    return mentions
