"""Find evaluative labels in the words of one statement.

Two constructions carry most of the framing in news prose (Entman 1993,
"Framing: toward clarification of a fractured paradigm": frames name and
judge; Martin & White 2005, *The language of evaluation*: judgement sits in
loaded nouns and in the evaluative modifiers of neutral ones):

- **evaluative noun phrases**: a noun that labels on its own ("massacre",
  "thugs", "propaganda", "human shields"), or a neutral noun with an
  evaluative modifier ("anti-terror operation", "illegal stoppage", "rigged
  election", "peaceful marchers"), with the modifiers around it ("illegal
  Armenian armed groups") and an "of"/"for" complement that carries
  judgement ("act of vandalism", "crime of aggression", "launch pad for
  terror");
- **predicate labels**: the words a predicate puts on something ("described
  the raid as a massacre", "what it called economic blackmail", "called it
  an invasion", "amounts to collective punishment", "nothing but blackmail",
  "a so-called referendum").

The word lists are data in :mod:`narrative_compare.lexicon.english`; the
functions return ``(start, end)`` offsets into the text, in order.

Examples
--------
>>> text = "The ministry denounced the illegal stoppage by masked thugs."
>>> [text[a:b] for a, b in noun_phrase_labels(text)]
['illegal stoppage', 'masked thugs']
>>> text = "She said the raid amounts to collective punishment."
>>> [text[a:b] for a, b in predicate_labels(text, [])]
['collective punishment']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from narrative_compare.lexicon import english, word_alternation

#: Longest label, in words.
MAX_LABEL_WORDS = 8
# "called the offensive a ...": the object before a label is a few words long.
_MAX_OBJECT_WORDS = 5

_WORD = re.compile(r"[\w’'-]+")
_APOSTROPHES = "'’‘"
_LOADED_PHRASE = re.compile(
    r"(?<![\w-])" + word_alternation(english.LOADED_PHRASES, spaces=r"\s+") + r"(?![\w-])",
    re.IGNORECASE,
)
_ARTICLE = rf"(?:{word_alternation(english.ARTICLES)}\s+)?"
_SPACES = r"\s+"
_OPENING_MARKS = "“«„\"‘'"
# Constructions after which the label follows ("described X as", "called it").
_PREDICATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b{word_alternation(english.DESCRIBING_VERBS)}"
        r"\b[^.;:!?“”«»\"]{0,80}?\bas\s+" + _ARTICLE,
        rf"\bwhat\s+(?:{word_alternation(english.NAMING_SUBJECT_PRONOUNS)}|[A-Z][\w-]+)\s+"
        rf"(?:{word_alternation(english.HAVE_AUXILIARIES)}\s+)?"
        rf"{word_alternation(english.WHAT_NAMING_VERBS, spaces=_SPACES)}\s+" + _ARTICLE,
        rf"\b{word_alternation(english.NAMING_VERBS)}\s+"
        rf"{word_alternation(english.NAMED_OBJECTS)}\s+" + _ARTICLE,
        rf"\b{word_alternation(english.LABELLING_PARTICIPLES)}\s+" + _ARTICLE,
        rf"(?<![\w-]){word_alternation(english.PREDICATE_PHRASES, spaces=_SPACES)}\s+" + _ARTICLE,
    )
)
# "the attack was called 'a limited operation'": a passive naming, then the label.
_PASSIVE_NAMING = re.compile(
    rf"\b{word_alternation(sorted(english.BE_AUXILIARIES))}\s+"
    rf"{word_alternation(english.PASSIVE_NAMING_PARTICIPLES)}\s+",
    re.IGNORECASE,
)
# "This was never a student protest, it was a siege": one name denied, the
# other put in its place; the label follows the second copula.
_REFRAMING = re.compile(
    rf"\b{word_alternation(english.NEGATED_COPULAS, spaces=_SPACES)}\b[^,.;:!?]{{1,60}},\s+"
    rf"(?:but\s+)?{word_alternation(english.REFRAMING_SUBJECTS)}"
    rf"(?:\s+{word_alternation(sorted(english.BE_AUXILIARIES))}|['’]s|['’]re)\s+" + _ARTICLE,
    re.IGNORECASE,
)
# "This is a cowardly act of vandalism", "the ministry said it was a
# precision strike": a speaker's own name for what they talk about.
_NAMING_COPULA = re.compile(
    rf"(?:^|[“«„\"‘'(,;:—–]\s*|\b{word_alternation(english.NAMING_COPULA_OPENERS)}\s+)"
    # "this" and "that" may take a short noun: "this fee rise is a tax".
    rf"(?:{word_alternation(english.NAMING_COPULA_SUBJECTS)}(?:(?<=this|that)(?:\s+[a-z-]+){{0,2}}?)?"
    rf"|(?P<people>{word_alternation(english.NAMING_COPULA_PEOPLE)}))\s+"
    rf"{word_alternation(english.NAMING_COPULAS, spaces=_SPACES)}\s+"
    rf"(?:{word_alternation(english.NAMING_COPULA_ADVERBS)}\s+)?"
    rf"(?P<article>{word_alternation(english.ARTICLES)}\s+)?",
    re.IGNORECASE,
)
# The first words of english.NAMING_COPULAS between spaces, for a plain test
# before the pattern.
_COPULA_FIRST_WORDS = frozenset(f" {copula.split()[0]} " for copula in english.NAMING_COPULAS)
# "it was the army that fired": a cleft sentence, whose complement is no name.
_CLEFT_RELATIVE = re.compile(r"\s+(?:who|that)\b")
# A subject pronoun ends the name: "the hardest message I have had to send".
_CLAUSE_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
# The longest name a copula gives, in words.
_MAX_COPULA_LABEL_WORDS = 6
# "branded the offensive an invasion": the label follows a short object.
_OBJECT_NAMING = re.compile(rf"\b{word_alternation(english.OBJECT_NAMING_VERBS)}\s+", re.IGNORECASE)
_LABEL_END_WORDS = english.LABEL_END_WORDS
_VERB_PARTICLES = frozenset(english.NAMING_VERB_PARTICLES)
# Determiners before a noun; "that" is left out, as it also opens a clause
# ("villages that lie in the valley").
_NOUN_DETERMINERS = english.DETERMINERS - {"that"}
_ADVERBIAL_PREPOSITIONS = frozenset(english.PARTICIPLE_ADJECTIVE_PREPOSITIONS) - {"of"}
# Words one of which every predicate construction contains: a statement
# without any is not searched with the patterns (most statements).
_PREDICATE_TRIGGERS = frozenset(
    word
    for phrase in (
        *english.DESCRIBING_VERBS,
        *english.WHAT_NAMING_VERBS,
        *english.NAMING_VERBS,
        *english.LABELLING_PARTICIPLES,
        *english.PREDICATE_PHRASES,
        *english.OBJECT_NAMING_VERBS,
        *english.PASSIVE_NAMING_PARTICIPLES,
    )
    for word in phrase.split()[:1]
)
_LOWER_WORD = re.compile(r"[a-z-]+")
_COMPLEMENT_OPENERS = frozenset(english.LABEL_COMPLEMENT_PREPOSITIONS)
_COMPLEMENT_DETERMINERS = frozenset(
    (*english.ARTICLES, *english.POSSESSIVE_OWNER, "this", "these", "our", "whole")
)
# Words inside a run of modifiers: "free and fair election".
_JOINING = frozenset({"and"})


class Token(NamedTuple):
    """A word of the text: offsets, and what it can be in a label."""

    start: int
    end: int
    #: "loaded", "head", "container", "evaluative", "neutral", "name", or "" (none).
    role: str


# Words of a time expression ("tomorrow morning", "next Monday").
_TIME_WORDS = frozenset(
    (
        *english.RELATIVE_DAYS,
        *english.PARTS_OF_DAY,
        *english.TIME_UNITS,
        *english.TIME_MODIFIERS,
        *(day.lower() for day in english.WEEKDAYS),
        "tomorrow",
    )
)

#: Roles that end a noun phrase.
_NOUNS = frozenset({"loaded", "head", "container"})
#: Roles of the words that modify a noun.
_MODIFIERS = frozenset({"evaluative", "neutral"})
#: Roles that make a phrase a label.
_JUDGING = frozenset({"loaded", "evaluative"})


# "so-called Kavran Students Union": a name the speaker disowns, no label
# (a quoted one is, see _is_unquoted_name).
_SO_CALLED_NAME = re.compile(r"[Ss]o-called\s+[A-Z]")
# "censorship by another name": a set phrase that belongs to the label.
_IDIOM_TAIL = re.compile(
    rf"\s+{word_alternation(english.LABEL_IDIOM_TAILS, spaces=_SPACES)}\b", re.IGNORECASE
)


def noun_phrase_labels(text: str) -> list[tuple[int, int]]:
    """Offsets of the evaluative noun phrases of ``text``, in order (see the module docstring)."""
    tokens = _tokens(text)
    labels: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].role:
            i += 1
            continue
        end = _run_end(text, tokens, i)
        found = _label_in_run(text, tokens, i, end)
        if found is not None and not _SO_CALLED_NAME.match(text, found[0]):
            tail = _IDIOM_TAIL.match(text, found[1])
            labels.append(
                (_idiom_start(text, found[0], found[1]), tail.end() if tail else found[1])
            )
            end = max(end, found[2])  # a complement is not a label again
        i = max(end, i + 1)
    return labels


def _idiom_start(text: str, start: int, end: int) -> int:
    """Where a label that closes a verb idiom starts: "holding our holidays to ransom".

    >>> text = "They are holding our holidays to ransom."
    >>> text[_idiom_start(text, 33, 39) : 39]
    'holding our holidays to ransom'
    """
    verbs = english.IDIOM_OBJECT_LABELS.get(text[start:end].lower())
    if verbs is None:
        return start
    lead = _IDIOM_LEADS[text[start:end].lower()].search(text, max(0, start - 60), start)
    return lead.start() if lead else start


# The verb and its object before a label of english.IDIOM_OBJECT_LABELS.
_IDIOM_LEADS = {
    label: re.compile(
        rf"\b{word_alternation(verbs)}\s+(?:[\w’'-]+\s+){{1,4}}(?:to\s+)?$", re.IGNORECASE
    )
    for label, verbs in english.IDIOM_OBJECT_LABELS.items()
}


# A label's left context that disowns it (see english.DISOWNING_BEFORE); the
# label's article and opening mark may stand between.
_DISOWNING_BEFORE = re.compile(
    rf"\b{word_alternation(english.DISOWNING_BEFORE, spaces=_SPACES)}\s+"
    rf"(?:{word_alternation(english.ARTICLES)}\s+)?[“«„\"‘']?\s*$",
    re.IGNORECASE,
)
# The first word after a label, past its closing mark.
_NEXT_WORD = re.compile(r"[”»\"’']?\s*([\w’'-]+)")


def is_disowned(text: str, start: int, end: int) -> bool:
    """Whether the label ``text[start:end]`` is another side's word, denied or reported.

    "no evidence of organised fraud", "talk of a 'crackdown'", "its 'fraud'
    story": the speaker names what someone else says, and labels nothing.

    Examples
    --------
    >>> text = "Observers found no evidence of organised fraud."
    >>> is_disowned(text, text.index("organised"), len(text) - 1)
    True
    >>> text = "It is 'fraud' claims again, and a rigged election."
    >>> is_disowned(text, 7, 12), is_disowned(text, text.index("rigged"), len(text) - 1)
    (True, False)
    """
    if _DISOWNING_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    words = text[start:end].lower().split()
    if len(words) > 1 and words[-1] in english.DISOWNING_AFTER and word_role(words[0]) == "loaded":
        return True  # "fraud claims"; but "unverified claims" judges the claims
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).lower() in english.DISOWNING_AFTER


def _is_locative_verb(text: str, tokens: list[Token], i: int) -> bool:
    """ "The bank lies about 60 miles off the coast": a verb of place, not the noun "lies"."""
    word = text[tokens[i].start : tokens[i].end].lower()
    if word not in english.LOCATIVE_VERB_FORMS or i + 1 >= len(tokens):
        return False
    if i and text[tokens[i - 1].start : tokens[i - 1].end].lower() in _NOUN_DETERMINERS:
        return False  # "the lies in the report"
    k = i + 1
    while k + 1 < len(tokens) and text[tokens[k].start : tokens[k].end].lower().endswith("ly"):
        k += 1  # "responsibility lies fully on the leadership"
    following = text[tokens[k].start : tokens[k].end].lower()
    after = text[tokens[k + 1].start : tokens[k + 1].end] if k + 1 < len(tokens) else ""
    if following in ("about", "some"):
        return _is_number(after)  # "lies about 60 miles"; but "lies about the war"
    # "the blame lies with the ministry": where responsibility sits.
    return (
        _is_number(following)
        or following in english.LOCATIVE_PREPOSITIONS
        or (following == "with" and k == i + 1)
    )


def _is_number(word: str) -> bool:
    """A number in digits or words ("60", "four")."""
    return word[:1].isdigit() or word.lower() in english.NUMBER_WORDS


def is_label_fragment(fragment: str) -> bool:
    """Whether a short quoted fragment can be a label: anything but a bare time.

    Real coverage quotes a speaker's words for a thing, an act or a demand
    ("complete", "heavy gunfire", "stop the bloodshed" are all labels of the
    seed's gold); a quoted time ("tomorrow morning") labels nothing.

    Examples
    --------
    >>> is_label_fragment("illegal siege"), is_label_fragment("stop the bloodshed")
    (True, True)
    >>> is_label_fragment("tomorrow morning"), is_label_fragment("Velka Star")
    (False, False)
    >>> is_label_fragment("strictly within the law")
    False
    """
    if is_proper_name(fragment):
        return False  # a quoted name: the ship "Velka Star", operation "Firm Shield"
    words = [word.strip(".,;:!?()") for word in fragment.lower().replace("’", "'").split()]
    words = [word for word in words if word]
    if words and words[0] in english.ADVERBIAL_FRAGMENT_OPENERS:
        # "with restraint", "strictly within the Constitution": how, quoted;
        # a label inside one ("in a flagrant violation of the law") is still
        # found as a noun phrase.
        return False
    return bool(words) and not all(_is_time_word(word) for word in words)


def is_proper_name(fragment: str) -> bool:
    """Two or more words, every one but the function words capitalised: "Velka Star".

    Examples
    --------
    >>> is_proper_name("Jade Harvest"), is_proper_name("Every village was counted")
    (True, False)"""
    words = fragment.split()
    content = [word for word in words if word.lower() not in english.FUNCTION_WORDS]
    return len(words) >= 2 and bool(content) and all(word[:1].isupper() for word in content)


def _is_time_word(word: str) -> bool:
    """A word of a time expression, plurals too ("months ago", "days")."""
    return word == "ago" or any(form in _TIME_WORDS for form in singular_forms(word))


def predicate_labels(
    text: str,
    quotes: Sequence[tuple[int, int]],
    noun_phrases: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Offsets of the labels predicates put on something, sorted, without duplicates.

    The label is the quotation right after the construction when there is
    one (``quotes``: offsets of the text's quotations), otherwise the words
    up to the next punctuation mark or clause word, at most
    :data:`MAX_LABEL_WORDS`. ``noun_phrases``: :func:`noun_phrase_labels` of
    the text, when already computed.
    """
    quote_at: dict[int, tuple[int, int]] = {}
    for start, end in quotes:
        opening = start - 1
        while opening >= 0 and text[opening].isspace():
            opening -= 1
        if opening >= 0 and text[opening] in _OPENING_MARKS:
            quote_at.setdefault(opening, (start, end))
    reframings = list(_REFRAMING.finditer(text)) if ", " in text else []
    if not reframings and _PREDICATE_TRIGGERS.isdisjoint(_LOWER_WORD.findall(text.lower())):
        return []
    if noun_phrases is None:
        noun_phrases = noun_phrase_labels(text)
    phrase_at = {start: (start, end) for start, end in noun_phrases}
    spans = set()
    for match in reframings:
        # The new name is a label when its head is one of the lexicon's
        # nouns ("it was a siege"); "it was a success" reframes nothing.
        span = phrase_at.get(match.end())
        if span is None:
            span = _words_up_to_clause(text, match.end())
            if span is None or not _ends_in_lexicon_noun(text, span):
                continue
        spans.add(span)
    for pattern in _PREDICATE_PATTERNS:
        after_as = pattern is _PREDICATE_PATTERNS[0]
        for match in pattern.finditer(text):
            position = match.end()
            # After "as" the label starts right here ("described X as a calm
            # operation"): a quotation further on is not it. After "termed"
            # an object may come first ("termed the offensive a 'war'").
            # "brands the order a 'gag order' as strike begins": the label was
            # quoted before "as"; plain words after it are a clause of time.
            labelled_before = after_as and any(
                match.start() <= opening < position for opening in quote_at
            )
            span = (
                quote_at.get(position)
                or phrase_at.get(position)
                or (None if after_as else _label_after_object(text, position, quote_at, phrase_at))
                or (None if labelled_before else _words_up_to_clause(text, position))
            )
            if span is not None and not _is_unquoted_name(text, span):
                spans.add(span)
    for match in _PASSIVE_NAMING.finditer(text):
        # Only a quotation or a judged noun phrase: "was called off" names nothing.
        span = quote_at.get(match.end()) or phrase_at.get(match.end())
        if span is not None:
            spans.add(span)
    for match in _OBJECT_NAMING.finditer(text):
        span = _label_after_object(text, match.end(), quote_at, phrase_at, indefinite=True)
        if span is not None:
            spans.add(span)
    return sorted(spans)


def copular_labels(
    text: str, noun_phrases: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Offsets of what a speaker names with a copula, in order: "This is a murder of a river".

    The complement of "it/this/that is/was (a/an/the) ..." up to the next
    punctuation mark or clause word, at most six words; without an article
    only an evaluative noun phrase (``noun_phrases``, offsets of
    :func:`noun_phrase_labels`) counts ("It is aggression by other means").
    Times, ordinals and plain nouns
    (:data:`~narrative_compare.lexicon.english.PLAIN_COMPLEMENT_WORDS`) and
    names make no label. Meant for what a speaker says, not for
    narration, whose copulas mostly state facts.

    Examples
    --------
    After "he", "she" or "they" only an evaluative noun phrase counts ("He is
    a deserter"; "she is a nurse" labels no one).

    >>> text = "This is an ecological crime, and it was a long night."
    >>> [text[a:b] for a, b in copular_labels(text)]
    ['ecological crime']
    """
    lowered = text.lower()
    if not any(copula in lowered for copula in _COPULA_FIRST_WORDS):
        return []  # most sentences: no form of "be" at all
    phrase_at = {start: (start, end) for start, end in noun_phrases}
    spans = []
    for match in _NAMING_COPULA.finditer(text):
        position = match.end()
        span = phrase_at.get(position)
        if span is None and match.group("article") and not match.group("people"):
            span = _words_up_to_clause(text, position)
        if span is None or not _names_something(text[span[0] : span[1]]):
            continue
        if _is_bare_superlative(text[span[0] : span[1]]):
            continue  # "the shutdown was the widest in the country's history": a degree
        indefinite = (match.group("article") or "").strip().lower() in ("a", "an")
        if not indefinite and _CLEFT_RELATIVE.match(text, span[1]):
            continue  # "it would be the poorest families who paid": a cleft names no one
        spans.append(span)
    return spans


def _is_bare_superlative(phrase: str) -> bool:
    """A superlative without a noun of the label lexicon ("widest in its history").

    "the worst massacre in years" keeps its noun and stays a label.
    """
    words = phrase.lower().split()
    superlative = words[0] in english.SUPERLATIVE_ADVERBS or (
        len(words[0]) > 4 and words[0].endswith("est")
    )
    return superlative and not any(word_role(word) in _NOUNS for word in words)


def _names_something(phrase: str) -> bool:
    """Whether a copula's complement can be a label: short, no name, no plain word."""
    words = [word.lower().strip("'’") for word in phrase.split()]
    return (
        0 < len(words) <= _MAX_COPULA_LABEL_WORDS
        and not phrase[:1].isupper()
        and not any(word in english.PLAIN_COMPLEMENT_WORDS for word in words)
        and not any(word[:1].isdigit() or word in _CLAUSE_PRONOUNS for word in words)
    )


def _ends_in_lexicon_noun(text: str, span: tuple[int, int]) -> bool:
    """Whether the last word of ``text[span]`` is a noun of the label lexicon."""
    words = _WORD.findall(text, span[0], span[1])
    return bool(words) and word_role(words[-1]) in _NOUNS


def _is_unquoted_name(text: str, span: tuple[int, int]) -> bool:
    """Whether unquoted words are a name ("the so-called Black Ridge Front"): no label.

    A quoted one is the speaker's words ("the so-called 'General Staff'").
    """
    start, end = span
    if start > 0 and text[start - 1] in _OPENING_MARKS:
        return False
    words = text[start:end].split()
    # The name may run on into the clause: "the so-called Teshal Land Council were held".
    capitalised = next((i for i, word in enumerate(words) if not word[:1].isupper()), len(words))
    return is_proper_name(" ".join(words[:capitalised]))


def _label_after_object(
    text: str,
    position: int,
    quote_at: dict[int, tuple[int, int]],
    noun_phrases: dict[int, tuple[int, int]],
    *,
    indefinite: bool = False,
) -> tuple[int, int] | None:
    """ "termed the offensive a 'war of conquest'", "branded the offensive an invasion".

    A quotation or an evaluative noun phrase that follows a short object
    (at most :data:`_MAX_OBJECT_WORDS` words, no punctuation between); with
    ``indefinite``, also the words after "a"/"an" there ("called the dam a
    project of national rebirth"), unless they tell a time ("an hour later").
    """
    for count, match in enumerate(_WORD.finditer(text, position)):
        if count == _MAX_OBJECT_WORDS or text[position : match.start()].strip():
            break
        if not count and match.group().lower() in _VERB_PARTICLES:
            return None  # "called for an inquiry", "calls on the government": no object named
        if match.start() in noun_phrases and count:
            return noun_phrases[match.start()]
        if indefinite and count and match.group().lower() in ("a", "an"):
            return _label_after_article(text, match.end(), quote_at, noun_phrases)
        position = match.end()
        opening = _next_visible(text, position)
        if opening in quote_at:
            return quote_at[opening]
    return None


def _next_visible(text: str, position: int) -> int:
    """The first offset at or after ``position`` that is not white space."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _label_after_article(
    text: str,
    position: int,
    quote_at: dict[int, tuple[int, int]],
    noun_phrases: dict[int, tuple[int, int]],
) -> tuple[int, int] | None:
    """The label after "a"/"an" ending at ``position``: a quotation, a judged phrase or words."""
    opening = _next_visible(text, position)
    if opening in quote_at:
        return quote_at[opening]
    if opening in noun_phrases:
        return noun_phrases[opening]
    following = _WORD.match(text, opening)
    if following is None or _is_time_word(following.group().lower()):
        return None  # "called the minister an hour later"
    # A plain noun phrase ends where a preposition other than "of" opens an
    # adverbial: "called my son a killer on the front page".
    return _words_up_to_clause(text, position, stop_words=_ADVERBIAL_PREPOSITIONS)


# Words a label never ends in: function words and the prepositions of its complements.
_NO_LABEL_END = english.FUNCTION_WORDS | frozenset(english.LABEL_COMPLEMENT_PREPOSITIONS)


def _words_up_to_clause(
    text: str, position: int, stop_words: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Words from ``position`` up to punctuation or a clause word, at most the word limit.

    A word in a quote mark of its own ("'inspection' was carried out") is the
    label alone, without its marks.
    """
    words: list[re.Match[str]] = []
    for count, match in enumerate(_WORD.finditer(text, position), start=1):
        gap = text[words[-1].end() if words else position : match.start()]
        word = match.group().lower()
        if gap.strip() or count > MAX_LABEL_WORDS or word in _LABEL_END_WORDS:
            break
        if count > 1 and (word in stop_words or (stop_words and word.endswith("ly"))):
            break  # "declared the quay a restricted zone shortly after"
        if word[:1] in _APOSTROPHES and count == 1:
            inner = match.group().strip(_APOSTROPHES)
            if inner and match.group()[-1:] in _APOSTROPHES:
                offset = match.start() + match.group().index(inner)
                return offset, offset + len(inner)
        words.append(match)
    while words and words[-1].group().lower() in _NO_LABEL_END:
        # "a temporary security measure against 'coordinated provocations'":
        # the quotation is a label of its own; the preposition ends nothing.
        words.pop()
    return (words[0].start(), words[-1].end()) if words else None


# -- noun phrases ---------------------------------------------------------------


def _tokens(text: str) -> list[Token]:
    """The words of ``text`` with their roles; words of a loaded phrase are loaded."""
    loaded = [match.span() for match in _LOADED_PHRASE.finditer(text)]
    tokens = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if text[start] in _APOSTROPHES or text[end - 1] in _APOSTROPHES:
            start, end = _without_quote_marks(text, start, end)
            if start == end:
                continue
        if loaded and any(lo <= start < hi for lo, hi in loaded):
            tokens.append(Token(start, end, "loaded"))
        else:
            role = word_role(text[start:end])
            if not role and _is_plural_possessive(text, start, end):
                role = "neutral"  # "unlawful dockers' strike": the owners modify the head
            tokens.append(Token(start, end, role))
    for i, token in enumerate(tokens):
        if token.role and _is_locative_verb(text, tokens, i):
            tokens[i] = token._replace(role="")
        elif not token.role and i and _judges_legality(text, tokens[i - 1], token):
            # "the illegal wells", "an unauthorised camp": a judgement of
            # legality makes a label of whatever noun it qualifies.
            tokens[i] = token._replace(role="head")
    return tokens


def _judges_legality(text: str, previous: Token, token: Token) -> bool:
    """Whether ``token`` is a lowercase word right after a modifier of legality."""
    word = text[token.start : token.end]
    return (
        previous.role == "evaluative"
        and text[previous.start : previous.end].lower() in english.LEGALITY_MODIFIERS
        and text[previous.end : token.start] == " "
        and word.islower()
        and word not in english.FUNCTION_WORDS
        and word not in english.NOT_QUALIFIED_BY_LEGALITY
    )


def _is_plural_possessive(text: str, start: int, end: int) -> bool:
    """A lowercase plural with its apostrophe after it: "dockers'", "farmers’"."""
    return (
        text[start].islower()
        and text[end - 1] == "s"
        and end < len(text)
        and text[end] in _APOSTROPHES
        and text[end + 1 : end + 2].isspace()
    )


def _without_quote_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A word's span without single quote marks around it ('gag law' -> gag, law)."""
    while start < end and text[start] in _APOSTROPHES:
        start += 1
    while end > start and text[end - 1] in _APOSTROPHES:
        end -= 1
    return start, end


@functools.lru_cache(maxsize=8192)
def word_role(word: str) -> str:
    """What a word can be in a label: its role (see :class:`Token`), or "".

    Examples
    --------
    >>> word_role("Thugs"), word_role("operations"), word_role("illegal"), word_role("said")
    ('loaded', 'head', 'evaluative', '')
    >>> word_role("foreign-funded"), word_role("Armenian")
    ('evaluative', 'name')
    """
    lowered = _without_possessive(word.lower()).replace("’", "'")
    forms = singular_forms(lowered)
    if any(form in english.LOADED_NOUNS for form in forms):
        return "loaded"
    if lowered in english.EVALUATIVE_MODIFIERS or lowered.endswith(
        english.EVALUATIVE_MODIFIER_ENDINGS
    ):
        return "evaluative"
    if any(form in english.CONTAINER_HEADS for form in forms):
        return "container"
    if any(form in english.NEUTRAL_HEADS for form in forms):
        return "head"
    if lowered in english.NEUTRAL_MODIFIERS or lowered in english.INTENSIFIERS:
        return "neutral"
    if word[:1].isupper() and lowered not in english.FUNCTION_WORDS:
        return "name"
    return ""


def _is_plural_form(word: str) -> bool:
    """Whether ``word`` is an "-s" form of another word ("shows", "attacks"; not "chaos")."""
    lowered = word.lower()
    if not lowered.endswith("s") or lowered.endswith(("'s", "’s")):
        return False  # "the junta's troops": a possessive modifies the next noun
    return any(form != lowered for form in singular_forms(lowered))


def singular_forms(word: str) -> tuple[str, ...]:
    """The word and its possible singulars: "militias" -> militia; "bosses" -> boss.

    Examples
    --------
    >>> singular_forms("militias"), singular_forms("boss")
    (('militias', 'militia'), ('boss',))
    """
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return tuple(forms)


def _joined(text: str, left: Token, right: Token) -> bool:
    """Whether two words stand side by side, with only spaces between them.

    A plural possessive's apostrophe counts as space ("dockers' strike").
    """
    gap = text[left.end : right.start]
    if not gap.strip():
        return True
    return (
        gap[:1] in _APOSTROPHES
        and not gap[1:].strip()
        and _is_plural_possessive(text, left.start, left.end)
    )


def _run_end(text: str, tokens: list[Token], i: int) -> int:
    """The end (exclusive) of the run of label words starting at ``tokens[i]``."""
    if not tokens[i].role:
        return i + 1
    j = i + 1
    while j < len(tokens) and _joined(text, tokens[j - 1], tokens[j]):
        if tokens[j].role:
            j += 1
        elif _joins_modifiers(text, tokens, j):
            j += 2
        else:
            break
    return j


def _joins_modifiers(text: str, tokens: list[Token], j: int) -> bool:
    """ "free and fair": an "and" between an evaluative modifier and another label word."""
    if j + 1 >= len(tokens) or text[tokens[j].start : tokens[j].end].lower() not in _JOINING:
        return False
    return (
        tokens[j - 1].role == "evaluative"
        and bool(tokens[j + 1].role)
        and _joined(text, tokens[j], tokens[j + 1])
    )


def _label_in_run(text: str, tokens: list[Token], i: int, end: int) -> tuple[int, int, int] | None:
    """The label a run of words makes, with its complement: (start, end, next token), or None."""
    run = tokens[i:end]
    last = max((k for k, token in enumerate(run) if token.role in _NOUNS), default=None)
    if last is None:
        return None
    run = run[: last + 1]
    for k in range(len(run) - 2, -1, -1):
        if run[k].role not in _NOUNS:
            continue
        if run[k + 1].role in _NOUNS and _is_plural_form(text[run[k].start : run[k].end]):
            # A plural does not modify the next noun (compounds take the
            # singular): one of the two is a verb. "the clip shows ballot
            # stuffing": the label follows; "rioters attack police": it ends.
            if not any(t.role in _JUDGING for t in run[k + 1 :]) and any(
                t.role in _JUDGING for t in run[: k + 1]
            ):
                return _label_in_run(text, tokens, i, i + k + 1)
            run = run[k + 1 :]
            break
        if run[k + 1].role in _MODIFIERS:
            # "only targets legitimate military targets": a noun before a
            # modifier ends another phrase, or is a verb; the label starts after it.
            run = run[k + 1 :]
            break
    while len(run) > 1 and run[0].role == "name" and (run[1].role == "name" or run[0].start == 0):
        # "President Veltan's regime": the name is not part of the label, nor a
        # capital that only opens the sentence ("Managers hired strike-breakers").
        run = run[1:]
    run = _without_leading_name(text, run)
    if not run:
        return None
    judged = any(token.role in _JUDGING for token in run)
    opener, complement = _complement(text, tokens, i + last + 1)
    if opener == "for" and _names_party(text, run[-1]):
        complement = []  # "blamed nationalists for the shelling": the blame's reason
    if complement and _takes_complement(text, opener, run[-1].role, judged, complement):
        return run[0].start, complement[-1].end, tokens.index(complement[-1]) + 1
    if judged:
        return run[0].start, run[-1].end, i + last + 1
    return None


def _without_leading_name(text: str, run: list[Token]) -> list[Token]:
    """``run`` without the capitalised words of a name that opens it.

    "Fair Deal said", "the Fair Fuel protest": an evaluative word inside a
    name ("Fair") judges nothing; a speaker's name is never a label. Two
    capitalised words or more make a name; at the start of the text only a
    run that is all name is dropped ("Illegal Armenian armed groups
    attacked" keeps its label), and a headline in title case keeps all.
    """
    capitalised = 0
    while capitalised < len(run) and text[run[capitalised].start].isupper():
        capitalised += 1
    if capitalised < 2 or _is_title_case(text):
        return run
    if capitalised == len(run):
        return []
    return run[capitalised:] if run[0].start > 0 else run


def _is_title_case(text: str) -> bool:
    """Whether most words of ``text`` are capitalised, as in some headlines."""
    words = [word for word in text.split() if word.lower() not in english.FUNCTION_WORDS]
    return len(words) >= 3 and sum(word[:1].isupper() for word in words) * 4 >= len(words) * 3


# Head nouns that name a side (english.REFERENCE_CATEGORIES' "other side").
_PARTY_NOUNS = dict(english.REFERENCE_CATEGORIES)["other side"]


def _names_party(text: str, token: Token) -> bool:
    """Whether a label's head noun names a side ("nationalists", "thugs"), not an act."""
    word = text[token.start : token.end].lower()
    return any(form in _PARTY_NOUNS for form in singular_forms(word))


def _takes_complement(
    text: str, opener: str, head: str, judged: bool, complement: list[Token]
) -> bool:
    """Whether a complement belongs to the label.

    One that judges always does ("act of vandalism", "launch pad for
    terror"); an "of" complement also does after a loaded or container noun
    the phrase already judges ("massacre of civilians", "hostage-taking of
    the whole economy"). An act aimed at a shared value judges by its
    target ("an attack on press freedom", "assault on the constitution").
    """
    if any(token.role in _JUDGING for token in complement):
        return True
    if opener in english.TARGET_PREPOSITIONS and (judged or _names_a_value(text, complement)):
        return True  # "organised attack on the state": the act's target
    if not judged or head not in ("loaded", "container"):
        return False
    # "pretext for unrest", but not "terrorists for months": after "for", only
    # a noun of the lexicon continues the label.
    return opener == "of" or any(token.role in _NOUNS for token in complement)


def _names_a_value(text: str, complement: list[Token]) -> bool:
    """Whether a complement ends in a shared value (:data:`english.VALUE_NOUNS`)."""
    return bool(complement) and (
        text[complement[-1].start : complement[-1].end].lower() in english.VALUE_NOUNS
    )


def _complement(text: str, tokens: list[Token], k: int) -> tuple[str, list[Token]]:
    """The preposition and words of a complement at ``tokens[k]`` ("of", "for", "against",
    "on": :data:`~narrative_compare.lexicon.english.LABEL_COMPLEMENT_PREPOSITIONS`), or ("", [])."""
    if k >= len(tokens) or not _joined(text, tokens[k - 1], tokens[k]):
        return "", []
    opener = text[tokens[k].start : tokens[k].end].lower()
    if opener not in _COMPLEMENT_OPENERS:
        return "", []
    k += 1
    while k < len(tokens) and _is_determiner(text, tokens[k]):
        if not _joined(text, tokens[k - 1], tokens[k]):
            return "", []
        k += 1
    if k >= len(tokens) or not _joined(text, tokens[k - 1], tokens[k]):
        return "", []
    words = tokens[k : _run_end(text, tokens, k)]
    nouns = [n for n, token in enumerate(words) if token.role in _NOUNS]
    if nouns:
        return opener, words[: nouns[-1] + 1]
    if opener in english.TARGET_PREPOSITIONS:
        # "attack on the state", "aggression against Kesh", not "attack on the night".
        return (opener, words) if _names_target(text, words[-1]) else ("", [])
    # "hostage-taking of the whole economy", "betrayal of the dairy sector": the
    # complement's own nouns are ordinary (a compound of up to three words).
    if tokens[k].role or not _plain_noun(text, tokens[k]):
        return "", []
    plain = [tokens[k]]
    for token in tokens[k + 1 : k + 3]:
        if not _joined(text, plain[-1], token):
            break
        if _is_possessive(text, plain[-1]) and text[token.start : token.end].isalpha():
            # "robbery of the people's will": a possessive's noun follows it,
            # also a word that is elsewhere a verb or a function word.
            plain.append(token)
            break
        if token.role == "head":
            plain.append(token)  # "violation of international law": a noun ends it
            break
        if not _compound_word(text, token):
            break
        plain.append(token)
    return opener, plain


def _compound_word(text: str, token: Token) -> bool:
    """A word that continues a compound noun: no role, no verb form ("sector", not "fleeing")."""
    word = text[token.start : token.end].lower()
    return not token.role and _plain_noun(text, token) and not word.endswith(("ing", "ed"))


def _names_target(text: str, token: Token) -> bool:
    """Whether the last word of a target ("on the state", "against Kesh") names one: no time."""
    word = text[token.start : token.end].lower()
    return _plain_noun(text, token) and word not in _TIME_WORDS


def _is_determiner(text: str, token: Token) -> bool:
    return text[token.start : token.end].lower() in _COMPLEMENT_DETERMINERS


def _plain_noun(text: str, token: Token) -> bool:
    word = _without_possessive(text[token.start : token.end].lower())
    return word.isalpha() and word not in _LABEL_END_WORDS and word not in english.FUNCTION_WORDS


def _is_possessive(text: str, token: Token) -> bool:
    """Whether a word ends in a possessive "'s" ("people's", "nation’s")."""
    word = text[token.start : token.end]
    return _without_possessive(word) != word


def _without_possessive(word: str) -> str:
    """``word`` without its possessive "'s"."""
    return word[:-2] if word[-2:].replace("’", "'") == "'s" else word
