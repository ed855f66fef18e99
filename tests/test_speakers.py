"""Tests of the pure speaker-phrase finders in narrative_compare.speakers."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from narrative_compare.speakers import (
    _ROLE_NOUNS,
    _TRAILING_ADVERBIAL,
    TITLED_NAME,
    _may_end_in_adverbial,
    _role_of,
    phrase_after,
    role_organisation,
    segments,
    statement_source,
    subject_before,
    titled_names,
)

# Words that exercise every branch of TITLED_NAME: titles (with and without
# a full stop), capitalised words of the "[A-Z][a-z]+" shape and others
# ("McKay", "A", "X."), lowercase words and punctuation.
_PIECES = (
    "Minister President Prime Secretary Gen. Dr. Mr. Chief Deputy Foreign Ab A X. Lee Ann "
    "McKay the said , . ’s de-Vries _X 9 Ola Ösel".split()
)
_SEPARATORS = [" ", "  ", "\n", "", " , "]


@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), min_size=1, max_size=10
    )
)
@settings(max_examples=500, deadline=None)
def test_titled_names_finds_what_the_full_pattern_finds(pieces):
    text = "".join(word + separator for word, separator in pieces)
    expected = [match.span() for match in TITLED_NAME.finditer(text)]
    assert [match.span() for match in titled_names(text)] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Then Deputy Foreign Minister Lena Ortiz spoke.", ["Deputy Foreign Minister Lena Ortiz"]),
        ("Minister A. spoke to Dr. Vell Amari.", ["Dr. Vell Amari"]),
        ("Gen.\nAnn left.", ["Gen.\nAnn"]),
        ("Mayor Minister Jones and Chief Ola Berg", ["Mayor Minister Jones", "Chief Ola Berg"]),
    ],
)
def test_titled_names_examples(text, names):
    assert [m.group(0) for m in titled_names(text)] == names
    assert [m.group(0) for m in TITLED_NAME.finditer(text)] == names


def test_subject_before_skips_adverbials_and_keeps_appositions():
    assert subject_before("In a statement on Monday, the ministry ") == ("the ministry", 26)
    left = "Lina Morrow, a spokeswoman for the union, "
    assert subject_before(left) == ("Lina Morrow, a spokeswoman for the union", 0)


def test_subject_before_keeps_a_number_with_a_digit_group_comma():
    # "60,000" is one number, not two comma segments: the speaker keeps it.
    left = "The Wenna, who number about 60,000, "
    assert subject_before(left) == ("The Wenna, who number about 60,000", 0)


@given(st.text(alphabet="ab1, 0", max_size=30))
@example("about 60,000, say 1,250,000 or 1,0000, 7,")
def test_segments_cover_the_text_between_separating_commas(text):
    bounds = segments(text)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    for (_, end), (start, _) in zip(bounds, bounds[1:], strict=False):
        assert text[end] == "," and start == end + 1
    assert "".join(text[a:b] for a, b in bounds).count(",") == sum(
        1 for at in range(1, len(text) - 3) if re.match(r"\d,\d{3}(?!\d)", text[at - 1 :])
    )


def test_role_organisation_reads_roles_relations_and_possessives():
    assert role_organisation("Lina Morrow", "a spokeswoman for the union") == "the union"
    assert role_organisation("Tom Vey", "who leads the Harbour Workers Union") == (
        "the Harbour Workers Union"
    )
    assert role_organisation("the company's managing director", "") == "the company"
    assert role_organisation("Lina Morrow", "") == ""


# The role pattern as first written; speakers._role_of finds the same match faster.
_READABLE_ROLE_OF = re.compile(
    r"\b(?:"
    + "|".join(sorted(_ROLE_NOUNS))
    + r")s?\s+(?:for|of|at|with|from|in|close\s+to)\s+(?P<org>.+)$",
    re.IGNORECASE,
)

_ROLE_PIECES = (
    "spokesman spokeswomen officials Director chief for of in at close to the union Mrs mrss "
    "X-director o’head sources Ministry Foreign".split()
)


@given(
    st.lists(
        st.tuples(st.sampled_from(_ROLE_PIECES), st.sampled_from([" ", "  ", "\n", "", "-", ", "])),
        min_size=1,
        max_size=10,
    )
)
@settings(max_examples=500, deadline=None)
def test_role_of_finds_what_the_role_pattern_finds(pieces):
    text = "".join(word + separator for word, separator in pieces)
    expected, found = _READABLE_ROLE_OF.search(text), _role_of(text)
    assert (found and (found.span(), found.group("org"))) == (
        expected and (expected.span(), expected.group("org"))
    )


_ADVERBIAL_PIECES = (
    "on Monday in a statement press release its website quickly also the ministry said has had "
    "July late last night ONLY communiqué Tarsen earlier".split()
)


@given(
    st.lists(
        st.tuples(st.sampled_from(_ADVERBIAL_PIECES), st.sampled_from([" ", "  ", "\n", "", ", "])),
        min_size=1,
        max_size=10,
    )
)
@settings(max_examples=500, deadline=None)
def test_adverbial_prefilter_never_skips_a_match(pieces):
    phrase = "".join(word + separator for word, separator in pieces)
    if _TRAILING_ADVERBIAL.search(phrase, max(0, len(phrase) - 80)):
        assert _may_end_in_adverbial(phrase)


def test_phrase_after_a_line_break_alone_is_no_speaker():
    # Found by hypothesis: "Said,\n“The,” the said." left only "\n" after the cue.
    assert phrase_after("Said,\n“\x00\x00\x00\x00” the said.", 4) is None
    assert phrase_after("“We will,” said Ann Roe, a lawyer.", 15) == ("Ann Roe, a lawyer", 16)


def test_organisation_noun_between_owner_and_role_speaks():
    assert role_organisation("Austrel's army chief", "") == "Austrel's army"
    assert role_organisation("General Tomas Brede", "Austrel's army chief") == "Austrel's army"
    assert role_organisation("the company's managing director", "") == "the company"


def test_a_place_or_state_after_a_role_is_no_organisation():
    # "in exile" is where the editors are; the site they work for speaks.
    assert role_organisation("The site's editors in exile", "") == "The site"
    assert role_organisation("Members of the public", "") == ""
    assert role_organisation("Editors of the Lamp", "") == "the Lamp"


def test_a_titles_full_stop_does_not_end_the_speaker():
    text = "\" said Dr. Mira Osk, the union's president."
    assert phrase_after(text, 6) == ("Dr. Mira Osk, the union's president", 7)
    assert phrase_after('" said Gen. Ivo Raht.', 6) == ("Gen. Ivo Raht", 7)
    # A full stop ending the sentence still ends the phrase.
    assert phrase_after('" said the doctor. Then', 6) == ("the doctor", 7)


def test_a_countrys_body_with_modifiers_speaks_and_a_private_business_does_not():
    spokesman = "Kalvenia's foreign ministry spokesman Daris Hollo"
    assert role_organisation(spokesman, "") == "Kalvenia's foreign ministry"
    assert role_organisation("Marta Ilves", "who runs a grocery in the village of Dorrin") == ""
    assert role_organisation("Ilse Varga", "who leads the union's delegation") == "the union"


def test_a_rank_before_a_role_is_the_persons_not_the_organisations():
    assert role_organisation("A senior ministry official", "") == "A ministry"
    assert role_organisation("a coalition spokeswoman", "") == "a coalition"


def test_a_measure_is_no_subject():
    assert subject_before("The fence, 190 kilometres of steel ") is None
    assert subject_before("About 300 residents ") == ("About 300 residents", 0)


def test_an_organisations_own_calculations_name_it():
    found = statement_source("the association's own calculations")
    assert found is not None and found.group("source") == "the association"


@pytest.mark.parametrize(
    ("left", "subject"),
    [
        ("Shops stayed shut and officials ", "officials"),
        ("Police arrested ten people and officials ", "officials"),
        ("The armed forces and the ministry ", "The armed forces and the ministry"),
        (
            "Residents displaced by the flood and officials ",
            "Residents displaced by the flood and officials",
        ),
    ],
)
def test_a_clause_before_and_is_no_part_of_the_subject(left, subject):
    found = subject_before(left)
    assert found is not None and found[0] == subject and left[found[1] :].startswith(subject)


def test_people_counted_after_with_are_no_organisation():
    assert role_organisation("Marta Illic", "a nurse with two children at a school") == ""
    assert role_organisation("Ole Brand", "a lawyer with 3 clients in exile") == ""
    assert role_organisation("Ole Brand", "a lawyer with the Civic Bar") == "the Civic Bar"


def test_an_honorific_is_no_part_of_the_subject():
    found = subject_before("His Excellency the President of the Republic Fares Al-Rifai ")
    assert found is not None and found[0] == "the President of the Republic Fares Al-Rifai"
