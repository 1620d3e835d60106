"""Folding Arabic and Latin spellings onto one form, with offsets back into the original."""

from hypothesis import given
from hypothesis import strategies as st

from gazetteer.normalize import arabic_variants, latin_variants, normalize, normalize_with_offsets


def test_hamza_alifs_fold_to_bare_alif():
    assert normalize("إدلب") == normalize("ادلب")
    assert normalize("أبو كمال") == "ابو كمال"


def test_alif_maqsura_and_ta_marbuta_fold():
    assert normalize("الهرى") == normalize("الهري")
    assert normalize("حماة") == normalize("حماه")


def test_diacritics_and_tatweel_are_dropped():
    assert normalize("دِيرُ الزّوْر") == normalize("دير الزور")
    assert normalize("دمـــشق") == "دمشق"


def test_arabic_indic_digits_become_ascii():
    assert normalize("٢٠٢١") == "2021"
    assert normalize("۲۴") == "24"


def test_latin_accents_apostrophes_and_dashes():
    assert normalize("Dayr az Zūr") == "dayr az zur"
    assert normalize("Deir ez-Zor") == "deir ez zor"
    assert normalize("Al Qā’im") == "al qaim"


def test_glued_and_split_arabic_spellings_are_variants():
    assert "ديرالزور" in arabic_variants(normalize("دير الزور"))
    assert "البو كمال" in arabic_variants(normalize("البوكمال"))
    # a glued "معرة" is written with its t
    assert normalize("معرة حرمة") in arabic_variants(normalize("معرتحرمة"))
    assert normalize("معرتحرمة") in arabic_variants(normalize("معرة حرمة"))


def test_latin_article_variants():
    assert "qaim" in latin_variants("al qaim")
    assert "deir ezzor" in latin_variants("deir ez zor")


@given(st.text(max_size=200))
def test_offsets_point_at_the_character_each_folded_letter_came_from(text):
    folded, offsets = normalize_with_offsets(text)
    assert len(folded) == len(offsets)
    assert list(offsets) == sorted(offsets)
    assert all(0 <= i < len(text) for i in offsets)


@given(st.text(max_size=200))
def test_normalize_is_the_folded_text_with_offsets_dropped(text):
    assert normalize(text) == normalize_with_offsets(text)[0].strip()


@given(st.text(max_size=100))
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


def test_doubled_latin_letters_are_single():
    assert normalize("Deir Ezzor") == normalize("Deir Ezor")
    assert normalize("Raqqa") == normalize("Raqa")
    assert normalize("Tall Rif'at") == normalize("Tal Rifaat")


def test_possessive_s_stays_apart_from_the_name():
    assert normalize("Aleppo's") == "alepo s"
    assert normalize("Ra’s al ‘Ayn") == "ras al ayn"  # "Ra’s" is a word of its own


def test_latin_letters_without_a_decomposition_fold_too():
    assert normalize("Diyarbakır") == normalize("Diyarbakir")
    assert normalize("Qeładizê") == "qeladize"


def _offsets_carried_char_by_char(text):
    """The folding steps again, carrying one offset per character (the slow, obvious way)."""
    from gazetteer.normalize import _DOUBLED, _DROPPED, _EXTRA_SPACE, _POSSESSIVE, _TABLE

    folded = _POSSESSIVE.sub(" ", text).translate(_TABLE)
    offsets = list(range(len(folded)))
    for pattern in (_DROPPED, _EXTRA_SPACE, _DOUBLED):
        removed = set()
        for m in pattern.finditer(folded):
            removed.update(range(*m.span()))
        offsets = [o for i, o in enumerate(offsets) if i not in removed]
        folded = "".join(c for i, c in enumerate(folded) if i not in removed)
    return folded, offsets


_FOLDED_AWAY = st.sampled_from("ab ll\u064e\u0640 اأ'-\n")  # letters, marks, doubles, spaces


@given(st.text(alphabet=_FOLDED_AWAY, max_size=80) | st.text(max_size=80))
def test_offsets_match_carrying_one_offset_per_character(text):
    folded, offsets = normalize_with_offsets(text)
    expected_text, expected = _offsets_carried_char_by_char(text)
    assert folded == expected_text
    assert list(offsets) == expected


def test_arabic_presentation_forms_fold_like_the_letters_they_stand_for():
    # "ﭘ" is a presentation form of "پ", which folds to "ب"; folding it once is enough
    assert normalize("\ufb56") == normalize("پ") == "ب"
    assert normalize("\ufe83") == "ا"  # alif with hamza above, isolated form
