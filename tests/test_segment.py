"""Sentence, paragraph and heading segmentation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrative_compare.loading import load_article
from narrative_compare.segment import (
    _BOUNDARY,
    _token_before,
    is_heading_line,
    segment_text,
    split_sentences,
)
from narrative_compare.statements import extract_statements


def sentences(text: str) -> list[str]:
    seg = segment_text(text)
    return [text[s.start : s.end] for s in seg.sentences]


def paragraphs(text: str) -> list[str]:
    seg = segment_text(text)
    return [text[p.start : p.end] for p in seg.paragraphs]


@pytest.mark.parametrize(
    "first, second",
    [
        ("The U.N. envoy arrived in Arvel on Monday.", "Talks began at noon."),
        ("Aid from the U.S. reached the valley.", "The convoy was small."),
        ("Sgt. Ana Velo led the patrol across the ridge.", "Nobody was hurt."),
        ("Dr. Ilse Marr treated the wounded.", "Six were released."),
        ("Gen. Tarik Osse denied the report.", "He gave no details."),
        ("The meeting took place at No. 10 Quay Road.", "It lasted an hour."),
        ("Inflation rose to 3.5 per cent in May.", "Prices kept rising."),
        ("The novel by J. K. Rowan sold well.", "Critics were divided."),
    ],
)
def test_abbreviations_decimals_and_initials_do_not_end_sentences(first, second):
    assert sentences(f"{first} {second}") == [first, second]


def test_acronym_before_sentence_opener_ends_the_sentence():
    text = "The deal was signed with the U.S. The ministry welcomed it."
    assert sentences(text) == ["The deal was signed with the U.S.", "The ministry welcomed it."]


def test_no_before_a_word_is_not_an_abbreviation():
    text = "Asked if talks would resume, he said no. The envoy left."
    assert sentences(text) == ["Asked if talks would resume, he said no.", "The envoy left."]


@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"'), ("«", "»")])
def test_quote_ending_with_full_stop_inside_marks(opening, closing):
    text = f"She said: {opening}We will stay.{closing} The crowd cheered."
    assert sentences(text) == [f"She said: {opening}We will stay.{closing}", "The crowd cheered."]


def test_quote_ending_with_comma_does_not_split():
    text = "“We will stay,” she said. “The crowd cheered,” he added."
    assert sentences(text) == ["“We will stay,” she said.", "“The crowd cheered,” he added."]


def test_question_mark_inside_quote_before_lowercase_continues():
    text = "“Who fired first?” she asked. Nobody answered."
    assert sentences(text) == ["“Who fired first?” she asked.", "Nobody answered."]


def test_multi_sentence_quote_is_split_into_sentences():
    text = "“We rebuilt the bridge. We reopened the school. We stay,” said the mayor."
    assert sentences(text) == [
        "“We rebuilt the bridge.",
        "We reopened the school.",
        "We stay,” said the mayor.",
    ]


def test_missing_space_after_full_stop():
    text = "Workers left the plant.The company said it would reopen."
    assert sentences(text) == ["Workers left the plant.", "The company said it would reopen."]


def test_missing_space_after_abbreviation_does_not_split():
    text = "The envoy met Dr.Marr in Arvel."
    assert sentences(text) == [text]


def test_headings_and_paragraphs():
    text = (
        "Border talks collapse\n\n"
        "The talks ended on Monday. Both delegations left.\n\n"
        "Reactions abroad\n\n"
        "Morvania said it regretted the outcome.\n"
    )
    seg = segment_text(text)
    assert [s.title for s in seg.sections] == ["", "Border talks collapse", "Reactions abroad"]
    assert [text[h.start : h.end] for h in seg.headings] == [
        "Border talks collapse",
        "Reactions abroad",
    ]
    # The first heading is the headline: a statement as well as a title.
    assert paragraphs(text) == [
        "Border talks collapse",
        "The talks ended on Monday. Both delegations left.",
        "Morvania said it regretted the outcome.",
    ]
    assert [s.section for s in seg.sentences] == [1, 1, 1, 2]
    assert [s.paragraph for s in seg.sentences] == [0, 1, 1, 2]


def test_one_paragraph_per_line():
    text = "The talks ended on Monday.\nBoth delegations left.\nMorvania regretted it.\n"
    assert paragraphs(text) == [
        "The talks ended on Monday.",
        "Both delegations left.",
        "Morvania regretted it.",
    ]


def test_soft_wrapped_lines_stay_one_paragraph():
    text = "The talks ended on Monday after\nboth delegations left the\nhall in Arvel.\n"
    assert paragraphs(text) == [text.strip()]
    assert sentences(text) == [text.strip()]


def test_line_ending_in_function_word_is_not_a_heading():
    assert not is_heading_line("Talks between the")
    assert is_heading_line("Talks between the capitals")
    assert not is_heading_line("It said so.")


def test_split_sentences_respects_bounds():
    text = "Ignore this. First one. Second one. Ignore that."
    start = text.index("First")
    end = text.index(" Ignore that")
    assert [text[a:b] for a, b in split_sentences(text, start, end)] == [
        "First one.",
        "Second one.",
    ]


def test_crlf_file_gives_the_same_statements_as_lf(tmp_path):
    body = (
        "Port strike\n\n"
        "The Harbour Workers Union said the strike would go on.\n"
        "“We will not yield,” said Lina Morrow.\n\n"
        "The ministry urged both sides to talk.\n"
    )
    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    lf.write_bytes(body.encode())
    crlf.write_bytes(body.replace("\n", "\r\n").encode())
    a, b = load_article(lf), load_article(crlf)
    assert a.text == b.text
    left, right = extract_statements(a), extract_statements(b)
    assert left.equals(right)
    assert len(left) == 3


# The sentence-boundary pattern as first written; segment._BOUNDARY is an
# equivalent form the regex engine scans faster.
_READABLE_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s|$)|[.!?][\"”»]?(?=[\"“«]?[A-Z][a-z])")


@given(st.text(alphabet=".!?…\"”’'»)]“«( Aa\nTz", max_size=40))
@settings(max_examples=1000, deadline=None)
def test_boundary_pattern_matches_its_readable_form(text):
    expected = [m.span() for m in _READABLE_BOUNDARY.finditer(text)]
    assert [m.span() for m in _BOUNDARY.finditer(text)] == expected


def _token_before_by_walking(text: str, sentence_start: int, mark: int) -> str:
    word_start = mark
    while word_start > sentence_start and not text[word_start - 1].isspace():
        word_start -= 1
    return text[word_start:mark].lstrip("\"“‘'«([")


@given(st.text(alphabet='aB."( \n“\u00a0xxxxxxxxxxxxxxxxxxx', max_size=120), st.data())
@settings(max_examples=1000, deadline=None)
def test_token_before_matches_a_character_walk(text, data):
    start = data.draw(st.integers(0, len(text)))
    mark = data.draw(st.integers(start, len(text)))
    assert _token_before(text, start, mark) == _token_before_by_walking(text, start, mark)


def test_first_heading_is_a_headline_sentence_too():
    text = "Army accuses rebels of shelling town\n\nThe talks ended.\n\nReactions\n\nIt left.\n"
    seg = segment_text(text)
    assert [s.title for s in seg.sections] == ["", text.split("\n")[0], "Reactions"]
    assert sentences(text)[0] == "Army accuses rebels of shelling town"
    assert [s.section for s in seg.sentences] == [1, 1, 2]
