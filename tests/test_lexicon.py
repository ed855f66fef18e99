"""Reporting cues and their lemmas."""

from __future__ import annotations

import pytest

from narrative_compare.lexicon import (
    CUE_FORMS,
    CUE_PATTERN,
    SPEECH_VERBS,
    cue_lemma,
    inflect,
    is_bare_form,
    is_participle,
)


@pytest.mark.parametrize(
    "surface, lemma",
    [
        ("said", "say"),
        ("Says", "say"),
        ("told", "tell"),
        ("stressed", "stress"),
        ("urging", "urge"),
        ("denies", "deny"),
        ("criticised", "criticize"),
        ("emphasising", "emphasize"),
        ("wrote", "write"),
        ("Called  on", "call on"),
        ("calls\non", "call on"),
        ("called upon", "call on"),
        ("pointed out", "point out"),
        ("issued a statement", "issue"),
        ("according to", "according to"),
        ("as per", "according to"),
    ],
)
def test_cue_lemma(surface, lemma):
    assert cue_lemma(surface) == lemma


def test_every_verb_form_maps_back_to_a_lemma_with_that_form():
    for lemma in SPEECH_VERBS:
        forms = inflect(lemma)
        assert len(set(forms)) == len(forms)
        for form in forms:
            assert form in CUE_FORMS, form


def test_unknown_surface_raises_key_error():
    with pytest.raises(KeyError):
        cue_lemma("sang")


def test_pattern_prefers_phrasal_cue_and_whole_words():
    text = "Russia called on Baku; the sayings of Saida were resaid."
    found = [m.group(0) for m in CUE_PATTERN.finditer(text)]
    assert found == ["called on"]


def test_participle_and_bare_forms():
    assert is_participle("stressing") and not is_participle("stressed")
    assert is_bare_form("report") and is_bare_form("claims") and is_bare_form("calls for")
    assert not is_bare_form("reported")
