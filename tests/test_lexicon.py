"""The lexicon package: reporting cues and their lemmas, word lists as data, patterns from them."""

from __future__ import annotations

import ast
import re
import types
from pathlib import Path

import pytest

from narrative_compare import frames, mentions, segment, speakers
from narrative_compare import labels as labels_module
from narrative_compare.lexicon import (
    CUE_FORMS,
    CUE_PATTERN,
    LANGUAGES,
    SPEECH_VERBS,
    cue_lemma,
    data_names,
    english,
    inflect,
    is_bare_form,
    is_participle,
    missing_names,
    word_alternation,
)
from narrative_compare.quotes import find_quotes


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


# --- The lexicon package: word lists as data, patterns built from them ------

SRC = Path(__file__).resolve().parents[1] / "src" / "narrative_compare"


def _names_used(tree: ast.AST) -> set[str]:
    """Every name a module reads: bare names, attributes and imported names."""
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            used.add(node.attr)
        elif isinstance(node, ast.ImportFrom):
            used.update(alias.name for alias in node.names)
    return used


def test_every_english_list_is_used_outside_the_data_module():
    used: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path.relative_to(SRC).as_posix() != "lexicon/english.py":
            used |= _names_used(ast.parse(path.read_text(encoding="utf-8")))
    unused = sorted(data_names(english) - used)
    assert not unused, f"lists in english.py that no rule reads: {unused}"


def test_english_is_data_only():
    tree = ast.parse(Path(english.__file__).read_text(encoding="utf-8"))
    imports = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    assert [ast.unparse(n) for n in imports] == ["from __future__ import annotations"]
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)]
    for name in data_names(english):
        value = getattr(english, name)
        assert isinstance(value, tuple | frozenset | dict | str), name
        assert not isinstance(value, re.Pattern), name


def test_a_language_is_a_module_with_the_names_of_english():
    assert LANGUAGES["en"] is english
    assert not missing_names(english)
    partial = types.ModuleType("partial")
    partial.SPEECH_VERBS = ("sagen",)
    missing = missing_names(partial)
    assert "SPEECH_VERBS" not in missing and {"PERSON_WORDS", "TITLES"} <= missing


def test_ordered_lists_have_no_repeated_words():
    for name in data_names(english):
        value = getattr(english, name)
        if isinstance(value, tuple) and all(isinstance(word, str) for word in value):
            assert len(set(value)) == len(value), name


def test_person_words_hold_every_role_and_title():
    assert english.ROLE_WORDS <= english.PERSON_WORDS
    for title in english.TITLES:
        for word in title.lower().rstrip(".").split():
            assert word in english.PERSON_WORDS or word in english.ABBREVIATIONS, title


def test_word_alternation_keeps_order_and_escapes():
    assert word_alternation(["week", "weekend"]) == "(?:week|weekend)"
    assert word_alternation(["Gen.", "Prime Minister"]) == r"(?:Gen\.|Prime\ Minister)"
    assert word_alternation(["put out"], spaces=r"\s+") == r"(?:put\s+out)"
    pattern = re.compile(word_alternation(["Gen.", "press release"]))
    assert pattern.fullmatch("Gen.") and not pattern.fullmatch("Genx")
    assert not pattern.fullmatch("press\nrelease")
    assert re.compile(word_alternation(["press release"], spaces=r"\s+")).fullmatch(
        "press\nrelease"
    )
    # The first alternative that matches wins: the order is the caller's.
    assert re.match(word_alternation(["week", "weekend"]), "weekend").group() == "week"
    assert re.match(word_alternation(["weekend", "week"]), "weekend").group() == "weekend"


@pytest.mark.parametrize(
    "left, subject",
    [
        ("The ministry on Tuesday ", "The ministry"),
        ("The ministry late last night ", "The ministry"),
        ("The agency, in a press\nrelease on Friday, ", "The agency"),
        ("The club on its official website ", "The club"),
        ("The union has ", "The union"),
        ("Officials themselves ", "Officials"),
        ("For its part the ministry ", "the ministry"),
        ("In response the Kremlin ", "the Kremlin"),
        ("In a statement, the council in an interview ", "the council"),
    ],
)
def test_subject_patterns_built_from_lists(left, subject):
    assert speakers.subject_before(left)[0] == subject


@pytest.mark.parametrize(
    "head, apposition, organisation",
    [
        ("Lina Morrow", "who works  with the union", "the union"),
        ("Lina Morrow", "who is a member of the council", "the council"),
        ("Lina Morrow", "who volunteered for Clean Rivers", "Clean Rivers"),
        ("Lina Morrow", "a source close to the cabinet", "the cabinet"),
        ("Lina Morrow", "the company's board", "the company"),
    ],
)
def test_role_patterns_built_from_lists(head, apposition, organisation):
    assert speakers.role_organisation(head, apposition) == organisation


def test_title_statement_and_phrase_end_patterns_built_from_lists():
    text = "Then Prime Minister Lena Ortiz met Gen. Ray Imre and Prof. Ann Lee."
    assert [m.group(0) for m in speakers.titled_names(text)] == [
        "Then Prime Minister Lena Ortiz",
        "Gen. Ray Imre",
        "Prof. Ann Lee",
    ]
    assert speakers.statement_source("a statement put out by the ministry").group("source") == (
        "the ministry"
    )
    assert speakers.statement_source("the ministry's communiqué").group("source") == "the ministry"
    masked = "said Ann Roe on Monday that"
    assert speakers.phrase_after(masked, 5) == ("Ann Roe", 5)
    assert speakers.phrase_after("said Ann Roe, adding", 5) == ("Ann Roe", 5)


def test_mention_patterns_built_from_lists():
    assert mentions.is_collective("all the parties") and mentions.is_collective("the two sides")
    assert not mentions.is_collective("two sides")
    assert mentions.entity_kind("the spokesman of the Ministry") == "person"
    assert mentions.entity_kind("another shopkeeper") == "person"
    assert mentions.entity_kind("Armenians") == "group"
    assert mentions.stem("british") == mentions.stem("britain")
    assert mentions.name_keys("Defence Centre") == mentions.name_keys("defense center")


def test_frame_patterns_built_from_lists():
    def labels(text):
        quotes = frames.statement_quotes(find_quotes(text, [(0, len(text))]), text, 0, len(text))
        return [text[a:b] for a, b in labels_module.predicate_labels(text, quotes)]

    assert labels("They labelled the raid as a provocation and left.") == ["provocation"]
    assert labels("It was what Baku has described as an anti-terror operation.") == [
        "anti-terror operation"
    ]
    assert labels("She called it a “cowardly act”.") == ["cowardly act"]
    assert labels("the so-called action, termed the liberation, began") == ["action", "liberation"]
    assert frames.label_key("An illegal siege.") == "illegal siege"
    assert frames.label_category("terrorist attack") == "operation/event"


def test_segment_lists():
    text = "It cost No. 10 in Jan. and more. Dr. Vell said so at Acme Inc. The firm left."
    spans = segment.split_sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "It cost No. 10 in Jan. and more.",
        "Dr. Vell said so at Acme Inc.",
        "The firm left.",
    ]
    assert not segment.is_heading_line("Fighting goes on in the")
