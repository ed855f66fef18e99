"""Reporting cues: the verbs and phrases that mark a statement as speech.

The lexicon follows the reporting-verb classes used in quotation attribution
work (Pareti 2015, "Attribution: a computational approach", PARC corpus;
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
from collections.abc import Iterator

# Irregular or spelling-variant forms; everything else is inflected by rule.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "read": ("read", "reads", "reading"),
    "speak": ("speaks", "spoke", "spoken"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "label": ("label", "labels", "labelled", "labeled", "labelling", "labeling"),
    "dub": ("dub", "dubs", "dubbed", "dubbing"),
    "criticize": (
        "criticize",
        "criticizes",
        "criticized",
        "criticizing",
        "criticise",
        "criticises",
        "criticised",
        "criticising",
    ),
    "emphasize": (
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasizing",
        "emphasise",
        "emphasises",
        "emphasised",
        "emphasising",
    ),
    "characterize": (
        "characterize",
        "characterizes",
        "characterized",
        "characterise",
        "characterises",
        "characterised",
    ),
    "apologize": ("apologize", "apologized", "apologise", "apologised"),
    "recognize": ("recognize", "recognized", "recognise", "recognised"),
}

#: Verbs whose subject is the speaker ("X said", "said X").
SPEECH_VERBS: tuple[str, ...] = (
    "say",
    "tell",
    "state",
    "stress",
    "emphasize",
    "underline",
    "underscore",
    "accuse",
    "deny",
    "reject",
    "dismiss",
    "urge",
    "describe",
    "condemn",
    "denounce",
    "warn",
    "announce",
    "report",
    "confirm",
    "add",
    "explain",
    "continue",
    "demand",
    "claim",
    "insist",
    "note",
    "argue",
    "declare",
    "allege",
    "assert",
    "maintain",
    "acknowledge",
    "admit",
    "blame",
    "criticize",
    "welcome",
    "promise",
    "pledge",
    "vow",
    "threaten",
    "ask",
    "request",
    "appeal",
    "write",
    "tweet",
    "respond",
    "reply",
    "counter",
    "comment",
    "suggest",
    "reveal",
    "disclose",
    "inform",
    "reiterate",
    "affirm",
    "assure",
    "concede",
    "complain",
    "protest",
    "testify",
    "recall",
    "remark",
    "brand",
    "label",
    "dub",
    "characterize",
    "estimate",
    "predict",
    "speak",
    "read",
    "post",
    "publish",
    "apologize",
    "recognize",
    "rule",
    "order",
    "conclude",
    "hail",
    "praise",
    "decry",
    "lament",
    "caution",
    "call",
    "dispute",
    "confirm",
    "express",
    "specify",
    "indicate",
    "clarify",
    "mention",
    "highlight",
    "reaffirm",
    "outline",
    "believe",
    "think",
    "consider",
    "expect",
    "fear",
    "hope",
    "feel",
)

#: Cues that report speech or a stance only when a quotation, a colon or
#: "that" follows ("She continued: ..." but not "Aftershocks continued
#: throughout the day"; "He believes that ..." but not "He expects rain").
NEEDS_SPEECH_COMPLEMENT = frozenset(
    {"continue", "believe", "think", "consider", "expect", "fear", "hope", "feel", "indicate"}
)

#: Multi-word cues: surface pattern (regex, lowercase) -> lemma. A verb form
#: placeholder ``{v}`` is filled with the inflections of its first word.
PHRASE_CUES: dict[str, str] = {
    "call on": "call on",
    "call upon": "call on",
    "call for": "call for",
    "point out": "point out",
    "issue a statement": "issue",
    "issue an statement": "issue",
    "release a statement": "release",
    "put out a statement": "put out",
    "make clear": "make clear",
    # "declined to say whether ...", "refused to comment": a statement of refusal.
    "decline to say": "decline",
    "decline to comment": "decline",
    "refuse to say": "refuse",
    "refuse to comment": "refuse",
}

#: Cues whose object is the target of an accusation, demand or call.
TARGETING_CUES = frozenset(
    "accuse blame condemn denounce criticize urge call on call for demand warn appeal ask "
    "decry reject dismiss".split(" ")
) | {"call on", "call for"}

#: Prepositional cues: the speaker follows the phrase ("according to X").
SOURCE_PHRASES: dict[str, str] = {
    "according to": "according to",
    "as per": "according to",
    "quoted by": "quote",
    "cited by": "cite",
}

# Generic nouns a statement comes in; "a statement released by X" names X.
STATEMENT_NOUNS = (
    "statement",
    "press release",
    "release",
    "communique",
    "communiqué",
    "report",
    "letter",
    "post",
    "message",
    "notice",
    "announcement",
    "bulletin",
    "note",
    "ruling",
    "judgment",
    "judgement",
    "verdict",
    "decision",
    "filing",
    "indictment",
    "resolution",
    "documents",
    "document",
    "declaration",
)


def inflect(lemma: str) -> tuple[str, ...]:
    """Inflected forms of a regular reporting verb (plus the irregular table).

    Examples
    --------
    >>> inflect("stress")
    ('stress', 'stresses', 'stressed', 'stressing')
    >>> inflect("urge")
    ('urge', 'urges', 'urged', 'urging')
    """
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
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
