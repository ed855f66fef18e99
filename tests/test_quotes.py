"""Quotation spans and multi-paragraph quotation groups."""

from __future__ import annotations

import pytest

from narrative_compare.quotes import find_quotes, quoted_mask
from narrative_compare.segment import segment_text


def quotes_of(text: str) -> list[str]:
    seg = segment_text(text)
    spans = [(p.start, p.end) for p in seg.paragraphs]
    return [text[q.start : q.end] for q in find_quotes(text, spans)]


@pytest.mark.parametrize(
    "opening, closing",
    [("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’")],
)
def test_quote_styles(opening, closing):
    text = f"The envoy said: {opening}We will stay here.{closing} Then she left."
    assert quotes_of(text) == ["We will stay here."]


def test_apostrophes_are_not_quotes():
    text = "Baku’s envoy and the workers’ union met at Arvel’s port. It’s over, he said."
    assert quotes_of(text) == []


def test_apostrophe_inside_a_quote_does_not_close_it():
    text = "She said: ‘Baku’s offer is late’, and left."
    assert quotes_of(text) == ["Baku’s offer is late"]


def test_straight_quote_inside_word_does_not_open():
    text = "The wall was 5' high and 6\" thick, engineers said."
    assert quotes_of(text) == []


def test_several_quotes_in_one_sentence():
    text = "He called it a “provocation” and a “lie”."
    assert quotes_of(text) == ["provocation", "lie"]


def test_multi_paragraph_quote_forms_one_group():
    text = (
        "The mayor spoke on Monday.\n\n"
        "“We rebuilt the bridge.\n\n"
        "“We reopened the school,” she said.\n\n"
        "“A new quote,” he replied.\n"
    )
    seg = segment_text(text)
    quotes = find_quotes(text, [(p.start, p.end) for p in seg.paragraphs])
    assert [text[q.start : q.end] for q in quotes] == [
        "We rebuilt the bridge.",
        "We reopened the school,",
        "A new quote,",
    ]
    assert [q.closed for q in quotes] == [False, True, True]
    assert quotes[0].group == quotes[1].group != quotes[2].group


def test_quoted_mask():
    text = "a “bc” d"
    seg = segment_text(text)
    quotes = find_quotes(text, [(p.start, p.end) for p in seg.paragraphs])
    assert quoted_mask(len(text), 0, quotes) == [c in "bc" for c in text]
    assert quoted_mask(3, 2, quotes) == [False, True, True]


def test_french_guillemets_with_inner_spaces():
    assert quotes_of("Ils ont dit « guerre totale » hier.") == [" guerre totale "]


def test_straight_single_quotes_are_scare_quotes_not_apostrophes():
    text = "Officials called it an 'invasion' and the workers' union disagreed."
    assert quotes_of(text) == ["invasion"]
    assert quotes_of("In the '90s the union said it would strike.") == []


def test_straight_opening_mark_closed_by_a_curly_one():
    text = '"We stay. We fight,” he said. The ministry said they were "liberated" overnight.'
    found = [text[q.start : q.end] for q in find_quotes(text, [(0, len(text))])]
    assert found == ["We stay. We fight,", "liberated"]


def test_plural_possessive_inside_a_single_scare_quote_does_not_close_it():
    assert quotes_of("Rebels said the base was 'the invaders' fuel store' all along.") == [
        "the invaders' fuel store"
    ]
    assert quotes_of("He called it ‘a gamble with patients’ lives’.") == [
        "a gamble with patients’ lives"
    ]
    # With no later mark the apostrophe ends the scare quote as before.
    assert quotes_of("The 'reform' hit the teachers' pay and the farmers' land.") == ["reform"]
