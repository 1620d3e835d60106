"""Read a name given with the words the news puts around it: "ريف دير الزور الشرقي", "مدينة حماة",
"الريف الغربي للسويداء", "the city of Homs", "rural Idlib", "Hama province".

:meth:`Gazetteer.resolve` uses this when the whole phrase is not a name: the trigger word says
what kind of place is meant, direction words ("الشرقي", "eastern") only say which part of it.
"""

from __future__ import annotations

from collections.abc import Callable

from gazetteer.lexicon import lexicon
from gazetteer.records import Place

#: Latin words that begin Arabic place names ("Tel Abu Ghithar", "Ain Dara", "Tell Baghar"),
#: some of them names on their own too (At Tall is "Tel") or English words ("tell")
LATIN_NAME_HEADS = frozenset({
    "tel", "tell", "tal", "ain", "ayn", "deir", "dayr", "kafr", "kfar", "ras", "bir", "beit",
    "bayt", "jisr", "khan", "qasr", "wadi", "umm", "abu", "khirbet", "khirbat", "arab", "sheikh",
    "shaykh", "mazraat"})

#: Arabic words that put a name close by the place named next ("X قرب Y", "X على أطراف مدينة
#: Y", "X بالقرب من Y", "X على محور Y": on the front named after Y), folded
CLOSE_WORDS = frozenset({"قرب", "اطراف", "محيط", "مدخل", "بالقرب", "باطراف", "بمحيط", "مقربه",
                         "بمقربه", "محور"})

#: what each kind of trigger word asks for
PREFERS: dict[str, Callable[[Place], bool]] = {
    "governorate": lambda p: p.kind == "governorate",
    "settlement": lambda p: p.kind in ("city", "town", "village", "neighborhood"),
    "village": lambda p: p.kind in ("town", "village", "neighborhood"),
    "neighbourhood": lambda p: p.kind in ("neighborhood", "city", "town", "village"),
    "crossing": lambda p: p.kind == "crossing",
    "facility": lambda p: p.kind in ("facility", "airport"),
}
PREFERS["town"] = PREFERS["settlement"]  # "بلدة": a settlement, only never a big city
#: trigger words that name a settlement ("مدينة", "بلدة", "قرية", "town of")
SETTLEMENT_TRIGGERS = frozenset({"settlement", "town", "village"})
#: what ends a sentence, for rules that look no further than a name's sentence
SENTENCE_ENDS = ".!?؟\n"

#: the part of an area a phrase names, before or after the name (folded)
DIRECTION_WORDS = frozenset({
    "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الاوسط", "الشرقيه", "الغربيه", "الشماليه",
    "الجنوبيه", "الوسطى", "الوسطي",
    "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "east", "west", "north", "south",
})
#: trigger words in the plural: they govern every name of the list after them ("قرى الرشيدية
#: والقاسمية والريحانية", "the villages of X, Y and Z")
PLURAL_TRIGGERS = frozenset({"قري", "بلدات", "مدن", "احياء", "معابر", "villages", "towns"})
#: the one-letter proclitics a word may carry ("وبلدة", "بريف", "لقرية")
CLITIC_LETTERS = frozenset("وفبلك")
_LEADING_EN = frozenset({"the", "in", "of", "rural"})
_LEADING_AR = frozenset({"في"})


def trigger_of_word(word: str, *, with_article: bool = False) -> str | None:
    """What a folded word asks for as a trigger word, also with a clitic letter ("لقرية",
    "وبلدة", "بريفي") and, if ``with_article``, with the article ("الريف", "والريف"; not by
    default: "الجنوبي" after a name is an adjective, not the direction word "جنوبي")."""
    triggers = lexicon().triggers
    forms = [word, word[1:] if word[:1] in CLITIC_LETTERS else ""]
    if with_article:
        forms += [word[2:] if word.startswith("ال") else "",
                  word[3:] if word[:3] in ("وال", "بال", "فال") else ""]
    for form in forms:
        if form and form in triggers:
            return triggers[form]
    return None


def split_phrase(key: str) -> tuple[tuple[str, ...], str | None] | None:
    """The name inside a folded phrase (its readings, most literal first) and what its trigger
    word asks for (``None`` when the words around it only say which part): "ريف X الشرقي" →
    ((X,), "governorate"), "شرق X" → ((X,), None); ``None`` when no such words surround a name."""
    words = key.split(" ")
    lex = lexicon()
    prefers: str | None = None
    found = False
    # leading: "في", "the", trigger words ("ريف", "the city of", "rural"), direction words
    while len(words) > 1:
        word = words[0]
        two = f"{word} {words[1]}"
        if word in _LEADING_AR or word in _LEADING_EN or word in DIRECTION_WORDS:
            if word == "rural":
                prefers, found = prefers or "governorate", True
            words = words[1:]
            continue
        if two in lex.triggers and len(words) > 2:  # "بالقرب من", "border crossing"
            prefers = prefers or _kind(lex.triggers[two])
            words, found = words[2:], True
            continue
        trig = trigger_of_word(word, with_article=True)
        if trig is None and word in lex.triggers_after and words[1] == "of":
            trig = lex.triggers_after[word]  # "the city of", "countryside of"
        if trig is None:
            break
        prefers = prefers or _kind(trig)
        words, found = words[1:], True
    # trailing: direction words ("الشرقي"), English trigger words ("province", "countryside")
    while len(words) > 1:
        word = words[-1]
        if word in DIRECTION_WORDS:
            words, found = words[:-1], True
        elif word in lex.triggers_after:
            prefers = prefers or _kind(lex.triggers_after[word])
            words, found = words[:-1], True
        else:
            break
    if not found or not words:
        return None
    name = " ".join(words)
    names = [name]
    # "الريف الغربي للسويداء", "شرق لدير الزور": the name may take ل after a direction word
    if name.startswith("لل"):
        names.append("ال" + name[2:])
    elif name[:1] == "ل":
        names.append(name[1:])
    return tuple(names), prefers


def _kind(trig: str) -> str | None:
    return None if trig in ("direction", "landform") else trig


#: words that head a person's name ("الشيخ بركات", "أبو علي"): a place name ending in one
#: ("جبل الشيخ", Mount Hermon) goes on as another's when a name follows ("جبل الشيخ بركات")
PERSON_HEADS = frozenset({"الشيخ", "شيخ", "ابو", "ام", "السيد", "الامام", "النبي", "سيدي"})
#: Arabic words that follow a place name without being part of it: prepositions, adverbs of
#: time and place, pronouns, conjunctions (folded)
ARABIC_FUNCTION_WORDS = frozenset({
    "في", "من", "الى", "علي", "عن", "مع", "بين", "حتى", "عند", "منذ", "بعد", "قبل", "خلال", "ضد",
    "نحو", "حيث", "عبر", "ضمن", "لدى", "لدي", "تحت", "فوق", "داخل", "خارج", "امس", "اليوم", "صباح",
    "مساء", "ليله", "ليل", "فجر", "ظهر", "عصر", "قرب", "قرابه", "جنوب", "شمال", "شرق", "غرب",
    "جنوبي", "شمالي", "شرقي", "غربي", "قمه", "اطراف", "محيط", "هي", "هو", "ثم", "او", "ام", "لكن",
    "كما", "اذ", "اذا", "ان", "انه", "التي", "الذي", "الذين", "ايضا", "حاليا", "مجددا", "منها",
    "منه", "فيها", "فيه", "عليها", "عليه", "اليها", "اليه", "بها", "به", "لها", "له", "كانت",
    "كان", "يوم", "ساعات", "دون", "رغم", "وسط", "امام", "خلف", "حول", "لا", "لم", "لن", "قد",
})
