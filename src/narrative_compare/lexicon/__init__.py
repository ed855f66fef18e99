"""The lexicon: every word list of the rules, and the reporting cues built from it.

The words live in data modules, one per language: :mod:`.english` holds
every word list, mapping and phrase list the rules read (reporting verbs,
person and role words, titles, organisation nouns, bystander words, time
words, demonyms, abbreviations, evaluative verbs ...) and nothing else. The
modules that apply the rules (this one, ``segment``, ``mentions``,
``speakers``, ``frames``) build their sets and regexes from those lists, with
:func:`word_alternation` for a regex alternation, so each word is written once.

A language is a data set: a module that defines the same names as
:mod:`.english` (the way textacy keys its constants by language and pySBD
makes a language a class that only sets data). :data:`LANGUAGES` lists them
and :func:`missing_names` says what a new one still lacks. The rules read
English today; reading another language would mean choosing the module
where they now import ``english``.

This module holds the mechanism for reporting cues. The lexicon of cues
follows the reporting-verb classes used in quotation attribution work
(Pareti 2015, "Attribution: a computational approach", PARC corpus;
Krestel, Bergler & Witte 2008, "Minding the source"): verbs of saying,
of stance (stress, insist), of accusation and demand, and a few prepositional
cues (according to). Each surface form maps back to its lemma, which is what
the statement table reports in ``cue``.

Examples
--------
>>> CUE_FORMS["said"], CUE_FORMS["called on"], CUE_FORMS["according to"]
('say', 'call on', 'according to')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from types import ModuleType

from narrative_compare.lexicon import english
from narrative_compare.lexicon.english import (
    IRREGULAR_VERB_FORMS,
    PHRASE_CUES,
    SOURCE_PHRASES,
    SPEECH_VERBS,
)

#: The languages the rules can read: code -> data module. A language is a
#: module that defines every public name :mod:`~narrative_compare.lexicon.english`
#: defines (see :func:`missing_names`); English is the only one so far.
LANGUAGES: dict[str, ModuleType] = {"en": english}

# Imported from here by other modules (the rest of the lists: from english).
NEEDS_SPEECH_COMPLEMENT = english.NEEDS_SPEECH_COMPLEMENT
STATEMENT_NOUNS = english.STATEMENT_NOUNS
TARGETING_CUES = english.TARGETING_CUES


def data_names(language: ModuleType) -> frozenset[str]:
    """The public data names of a language module (upper-case module constants)."""
    return frozenset(name for name in vars(language) if name.isupper() and name[:1].isalpha())


def missing_names(language: ModuleType) -> frozenset[str]:
    """The names of :mod:`english` that ``language`` does not define.

    Examples
    --------
    >>> missing_names(english)
    frozenset()
    """
    return data_names(english) - data_names(language)


def word_alternation(words: Iterable[str], *, spaces: str | None = None) -> str:
    r"""A non-capturing group matching any of ``words``, tried in the order given.

    Each word is escaped, so "Gen." matches a full stop. With ``spaces`` the
    single spaces inside a phrase become that pattern (``r"\s+"`` lets a line
    break sit inside "press release"); otherwise they match one space. The
    order is kept as given: a regex tries its alternatives left to right, and
    where one word starts another ("week", "weekend") the order can decide
    what matches, so a caller passes the words in the order of preference
    (a frozenset: ``sorted``, for a reproducible pattern).

    Examples
    --------
    >>> word_alternation(["Gen.", "press release"])
    '(?:Gen\\.|press\\ release)'
    >>> word_alternation(["press release"], spaces=r"\s+")
    '(?:press\\s+release)'
    """
    if spaces is None:
        body = "|".join(re.escape(word) for word in words)
    else:
        body = "|".join(spaces.join(re.escape(part) for part in word.split(" ")) for word in words)
    return f"(?:{body})"


def inflect(lemma: str) -> tuple[str, ...]:
    """Inflected forms of a regular reporting verb (plus the irregular table).

    Examples
    --------
    >>> inflect("stress")
    ('stress', 'stresses', 'stressed', 'stressing')
    >>> inflect("urge")
    ('urge', 'urges', 'urged', 'urging')
    """
    if lemma in IRREGULAR_VERB_FORMS:
        return IRREGULAR_VERB_FORMS[lemma]
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


def _build_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma in SPEECH_VERBS:
        for form in inflect(lemma):
            forms.setdefault(form, lemma)
    for phrase, lemma in PHRASE_CUES.items():
        head, _, rest = phrase.partition(" ")
        for form in inflect(head):
            forms.setdefault(f"{form} {rest}", lemma)
    for phrase, lemma in SOURCE_PHRASES.items():
        forms.setdefault(phrase, lemma)
    return forms


#: Every surface form of every cue, lowercase -> lemma.
CUE_FORMS: dict[str, str] = _build_forms()


def _trie_regex(words: list[list[str]]) -> str:
    """A regex matching any of ``words`` (each a list of tokens), as a trie.

    A flat alternation of ~400 forms makes the regex engine try every form at
    every word start; sharing prefixes ("sa(?:id|ys|y)") lets it fail after a
    character or two, which made cue finding several times faster. Longer
    continuations come first so "called on" wins over "called".
    """
    trie: dict = {}
    for tokens in words:
        node = trie
        for char in " ".join(tokens):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: dict) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_node(child)
        for char, child in sorted(node.items(), key=lambda item: item[0])
        if char != ""
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy optional: the longer form is tried first, the shorter one after.
    return f"(?:{body})?" if ends else body


def _cue_pattern(flags: int = re.IGNORECASE) -> re.Pattern[str]:
    # "\s+" lets a line break or double space sit inside a multi-word cue.
    body = _trie_regex([form.split() for form in sorted(CUE_FORMS)])
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", flags)


#: One pattern finding every cue form as a whole word, case-insensitively.
CUE_PATTERN: re.Pattern[str] = _cue_pattern()
# The same for lowercase text: matching case-sensitively on ``text.lower()``
# is about twice as fast as an IGNORECASE scan of the text.
_LOWERCASE_CUE_PATTERN = _cue_pattern(flags=0)


def cue_spans(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of every cue form in ``text``, in order (what ``CUE_PATTERN`` finds).

    Examples
    --------
    >>> text = "Officials SAID they were told so."
    >>> [text[a:b] for a, b in cue_spans(text)]
    ['SAID', 'told']
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters ("İ") lowercase to two
        return (match.span() for match in CUE_PATTERN.finditer(text))
    return (match.span() for match in _LOWERCASE_CUE_PATTERN.finditer(lowered))


def cue_form(surface: str) -> str:
    """A cue's surface form as :data:`CUE_FORMS` spells it: lowercase, single spaces."""
    return " ".join(surface.lower().split())


@functools.lru_cache(maxsize=2048)  # a few hundred surface forms
def cue_lemma(surface: str) -> str:
    """The lemma of a cue's surface form (case and inner spaces ignored).

    Examples
    --------
    >>> cue_lemma("Called  on")
    'call on'
    """
    return CUE_FORMS[cue_form(surface)]


@functools.lru_cache(maxsize=2048)  # a few hundred surface forms
def is_participle(surface: str) -> bool:
    """Whether a cue form is an -ing participle ("stressing", "saying")."""
    return surface.lower().split()[0].endswith("ing")


@functools.lru_cache(maxsize=2048)  # a few hundred surface forms
def is_bare_form(surface: str) -> bool:
    """Whether a cue form could be a noun too ("report", "claims", "call for").

    Bare and -s forms are read as verbs only right after their subject.
    """
    first = surface.lower().split()[0]
    lemma = cue_lemma(surface).split()[0]
    return first in (lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies")
