"""English: every word list the rules read, as plain data.

Nothing here runs: no regex is compiled and no function is defined. The
modules that apply the rules (:mod:`narrative_compare.lexicon`,
``segment``, ``mentions``, ``speakers``, ``frames``) build their sets and
patterns from these names, escaping the words themselves. A phrase of several
words is written with single spaces; where a pattern allows any white space
between the words, the builder says so (``word_alternation(..., spaces=...)``).

Tuples are kept where the order is part of the rule (a pattern tries its
alternatives in that order, a table is read top to bottom); frozensets where
only membership counts. Each name carries a comment saying what it is for.
Another language is a module with the same names (see
:data:`narrative_compare.lexicon.LANGUAGES`).

Sections: reporting cues; determiners, pronouns and function words; time;
speaker phrases; titles, roles and people; organisations and groups; names
and demonyms; sentence segmentation; frames.
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# Reporting cues (Pareti 2015; Krestel, Bergler & Witte 2008)
# --------------------------------------------------------------------------

#: Irregular or spelling-variant forms of reporting verbs; every other verb
#: is inflected by rule (``lexicon.inflect``).
IRREGULAR_VERB_FORMS: dict[str, tuple[str, ...]] = {
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

#: Verbs whose subject is the speaker ("X said", "said X"); ``lexicon``
#: inflects each into the surface forms of :data:`CUE_FORMS`.
SPEECH_VERBS: tuple[str, ...] = tuple(
    """say tell state stress emphasize underline underscore accuse deny reject dismiss urge
    describe condemn denounce warn announce report confirm add explain continue demand claim
    insist note argue declare allege assert maintain acknowledge admit blame criticize welcome
    promise pledge vow threaten ask request appeal write tweet respond reply counter comment
    suggest reveal disclose inform reiterate affirm assure concede complain protest testify
    recall remark brand label dub characterize estimate predict speak read post publish
    apologize recognize rule order conclude hail praise decry lament caution call dispute
    express specify indicate clarify mention highlight reaffirm outline believe think
    consider expect fear hope feel""".split()
)

#: Cues that report speech or a stance only when a quotation, a colon or
#: "that" follows ("She continued: ..." but not "Aftershocks continued
#: throughout the day"; "He believes that ..." but not "He expects rain").
NEEDS_SPEECH_COMPLEMENT: frozenset[str] = frozenset(
    "continue believe think consider expect fear hope feel indicate".split()
)

#: Multi-word cues: phrase (lowercase) -> lemma. The first word is inflected
#: like a verb ("called on", "issued a statement").
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

#: Cue lemmas whose object is the target of an accusation, demand or call.
TARGETING_CUES: frozenset[str] = frozenset(
    """accuse blame condemn denounce criticize urge call demand warn appeal ask decry reject
    dismiss""".split()
) | {"call on", "call for"}

#: Prepositional cues: the speaker follows the phrase ("according to X").
SOURCE_PHRASES: dict[str, str] = {
    "according to": "according to",
    "as per": "according to",
    "quoted by": "quote",
    "cited by": "cite",
}

#: Documents a statement comes in: "a statement released by X" and "X's
#: statement" name X. A pattern tries them in this order.
STATEMENT_NOUNS: tuple[str, ...] = (
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
