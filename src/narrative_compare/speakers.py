"""Find the words that name a speaker around a reporting cue.

Pure functions over one sentence whose quoted words are hidden behind
:data:`MASK` (see :mod:`narrative_compare.attribution`): the subject before a
reporting verb, read comma segment by comma segment (leading adverbials
skipped, appositions kept: "X, a spokeswoman for Y, said"), the noun phrase
after a verb that follows a quotation ("...," said X), and the organisation
a role, a relation or a possessive names ("a spokesperson for X", "who leads
X", "X's director"). Each rule's reason is in a comment beside it.

Examples
--------
>>> subject_before("In a statement on Monday, the ministry ")
('the ministry', 26)
>>> role_organisation("Lina Morrow", "a spokeswoman for the union")
'the union'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from narrative_compare.lexicon import english, word_alternation
from narrative_compare.lexicon.english import (
    ADVERBIAL_OPENERS,
    ARTICLES,
    POSSESSIVE_OWNER,
    PRONOUNS,
    QUANTIFIERS,
    ROLE_WORDS,
    SUBJECT_BAD_END_WORDS,
)
from narrative_compare.mentions import (
    BYSTANDER_WORDS,
    GROUP_WORDS,
    ORG_WORDS,
    PERSON_WORDS,
    entity_kind,
    name_keys,
    words_of,
)

# Every word list lives in narrative_compare.lexicon.english: the ones the
# functions below read are imported by name, the ones only a pattern is built
# from are read as english.NAME. These two are imported from here by name.
DETERMINERS = english.DETERMINERS
PASSIVE = english.BE_AUXILIARIES

MASK = "\x00"

# Punctuation around a word ("said," "(Reuters)"), apostrophes and hyphens kept inside.
_NOT_WORD_EDGE = "".join(sorted(set('.,;:!?()[]{}"“”«»„…—–/*')))

# Auxiliaries inside a would-be subject show it is a clause, not a noun phrase.
_FINITE = PASSIVE | frozenset(english.HAVE_AUXILIARIES)

_CLAUSE_AUXILIARY_WORDS = frozenset(english.CLAUSE_AUXILIARIES)
# A relative clause after a subject's head: "A crane operator who asked ...".
_RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|whom|whose|which)\b")
_ARTICLE_STARTS = tuple(article + " " for article in ARTICLES)
_ARTICLE_OR_PRONOUN = frozenset(ARTICLES) | frozenset(PRONOUNS)

# A phrase of the lexicon ("press release") matches with any white space between its words.
_SPACES = r"\s+"

_WEEKDAY = word_alternation(english.WEEKDAYS)
_PART_OF_DAY = word_alternation(english.PARTS_OF_DAY)
_TIME_WORD = word_alternation(
    (
        *english.WEEKDAYS,
        *english.TIME_UNITS,
        *english.PARTS_OF_DAY,
        *english.RELATIVE_DAYS,
        *english.MONTHS,
    )
)
_POSSESSIVE = word_alternation(POSSESSIVE_OWNER)

# Adverbials between a subject and its verb ("The ministry on Tuesday said").
# Every branch ends the phrase ("\s*$"), so the order of the words in a
# branch cannot change a match.
_TRAILING_ADVERBIAL = re.compile(
    rf"(?:\s*,)?\s+(?:{word_alternation(english.TIME_MODIFIERS)}\s+(?:\w+\s+)?{_TIME_WORD}"
    rf"(?:\s+{_PART_OF_DAY})?|{_TIME_WORD}"
    # "in a statement", and in translated copy "on the regular press conference".
    rf"|(?:in|at|on|during)\s+(?:an?|the|{_POSSESSIVE})\s+(?:\w+\s+)?"
    rf"{word_alternation(english.STATEMENT_OCCASIONS, spaces=_SPACES)}"
    r"(?:\s+on\s+\w+)?"
    rf"|on\s+{_POSSESSIVE}\s+(?:official\s+)?{word_alternation(english.OWN_CHANNELS)}"
    rf"|\w+ly|{word_alternation(english.SUBJECT_VERB_INSERTS)})\s*$",
    re.IGNORECASE,
)
# "..., on the meeting with representatives of press in Besko,": an
# occasion and its complement ending a subject phrase.
_TRAILING_OCCASION = re.compile(
    rf"(?:\s*,)?\s+(?:on|at|during)\s+(?:an?|the|{_POSSESSIVE})\s+(?:\w+\s+)?"
    rf"{word_alternation(english.MEETING_OCCASIONS, spaces=_SPACES)}"
    r"\s+(?:with|of)\s+[^,.;:!?\x00]{1,80}?\s*,?\s*$",
    re.IGNORECASE,
)
_OCCASION_OPENERS = (" on the ", " at the ", " during the ", " on a ", " at a ")

# The last word of every phrase _TRAILING_ADVERBIAL can match (it can also
# end in "on <any word>" or "<word>ly"): a phrase ending otherwise is left
# alone without running the pattern.
_ADVERBIAL_LAST_WORDS = frozenset(
    (
        *english.WEEKDAYS,
        *english.TIME_UNITS,
        *english.PARTS_OF_DAY,
        *english.RELATIVE_DAYS,
        *english.MONTHS,
        *(occasion.split()[-1] for occasion in english.STATEMENT_OCCASIONS),
        *english.OWN_CHANNELS,
        *english.SUBJECT_VERB_INSERTS,
    )
)

_LEADING_FILLER = re.compile(
    rf"^(?:{word_alternation(english.LEADING_FILLERS, spaces=_SPACES)}\s+)+", re.IGNORECASE
)

_STATEMENT_NOUN = word_alternation(english.STATEMENT_NOUNS)

_RELEASE_VERB = word_alternation(english.RELEASE_VERBS, spaces=_SPACES)
_STATEMENT_SOURCE = re.compile(
    rf"(?:^|\b)(?:{word_alternation(ARTICLES)}\s+)?(?:\w+\s+)?{_STATEMENT_NOUN}\s+"
    rf"(?:(?:\w+\s+)?{_RELEASE_VERB}?\s*"
    # A few words between the noun and its verb ("a survey of 3,200 members
    # published by the Association"), but not another verb ("a statement
    # was welcomed by the government").
    rf"|(?:[\w,'’-]+\s+){{1,4}}?{_RELEASE_VERB}\s+)"
    r"(?:by|from)\s+(?P<source>.+)$",
    re.IGNORECASE,
)

# "figures the agency released on Sunday": the source inside a relative clause.
_STATEMENT_RELATIVE_SOURCE = re.compile(
    rf"^(?:{word_alternation(ARTICLES)}\s+)?(?:\w+\s+)?{_STATEMENT_NOUN}\s+(?:that\s+)?"
    r"(?P<source>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
    rf"{word_alternation(english.RELEASE_VERBS, spaces=_SPACES)}\b",
    re.IGNORECASE,
)

# "the statement of the Ministry" (translated copy): a named author after "of".
_STATEMENT_OF = re.compile(
    rf"^(?:{word_alternation(ARTICLES)}\s+)?(?:\w+\s+)?{_STATEMENT_NOUN}\s+of\s+"
    r"(?P<source>(?:the\s+)?[A-Z].*)$",
    re.IGNORECASE,
)

_POSSESSIVE_STATEMENT = re.compile(
    rf"^(?P<source>.+?)['’]s?\s+(?:\w+\s+)?{_STATEMENT_NOUN}$",
    re.IGNORECASE,
)

# "a spokeswoman for X", "the head of X": the role's organisation speaks.
# Found from the preposition, the word before it then looked up in a set: a
# pattern of the hundred role words tried them all at every word.
# "Foreign Ministry spokeswoman Y", "Government sources": roles after their organisation.
_ROLES_AFTER_ORGANISATION = ROLE_WORDS | frozenset(english.ANONYMOUS_SOURCES) | english.STAFF_NOUNS
_ROLE_NOUNS = frozenset((PERSON_WORDS - BYSTANDER_WORDS) | set(english.ANONYMOUS_SOURCES))
_WORD_BEFORE_PREPOSITION = re.compile(
    rf"(\w+)\s+{word_alternation(english.ROLE_PREPOSITIONS, spaces=_SPACES)}\s+(?P<org>.+)$",
    re.IGNORECASE,
)

# "who leads X", "who volunteered for X": the organisation a person acts for.
_RELATION = re.compile(
    rf"\bwho\s+{word_alternation(english.RELATION_PHRASES, spaces=_SPACES)}\s+(?P<org>.+)$",
    re.IGNORECASE,
)

# "the company's managing director": the owner of the role.
_POSSESSIVE_ROLE = re.compile(
    r"^(?P<org>(?:the\s+)?[\w\s.-]+?)['’]s?\s+(?:[\w-]+\s+){0,3}?"
    + word_alternation(sorted(PERSON_WORDS | set(english.ROLE_UNITS)))
    + r"s?\b",
    re.IGNORECASE,
)
# "the county's water board", "the city's transit office": a common noun
# owning a unit with a name of its own is a body of its own, not the county
# (but "the Front's political office" is the Front's).
# "Austrel's army chief": an organisation noun between the owner and the role.
_OWNED_ORGANISATION = re.compile(
    # "Austrel's army chief", "Kalvenia's foreign ministry spokesman": the
    # body, with up to two lowercase words before its noun.
    r"^(?P<org>(?:the\s+)?[\w.-]+['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?"
    + word_alternation(sorted(ORG_WORDS))
    + r")\s+\w",
    re.IGNORECASE,
)
_OWN_BODY = re.compile(
    r"^(?:[Tt]he\s+)?[a-z][\w-]*['’]s\s+(?:[\w-]+\s+){1,3}"
    + word_alternation(english.ROLE_UNITS)
    + r"s?\b"
)

_RIGHT_PHRASE_END = re.compile(
    r"[.;:!?\x00“”\"«»]"
    rf"|,\s+{word_alternation(english.PHRASE_END_AFTER_COMMA)}\b"
    rf"|\s+(?:{word_alternation(english.PHRASE_END_WORDS)}|on\s+{_WEEKDAY})\b",
    re.IGNORECASE,
)

# "Dr." before a name: an abbreviation's full stop, not the phrase's end.
_ABBREVIATION_BEFORE = re.compile(
    rf"(?<![\w.]){word_alternation(sorted(a.capitalize() for a in english.ABBREVIATIONS))}$"
)
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_SOURCE_PHRASE_END = re.compile(
    # Not the comma or point inside a number ("a survey of 3,200 members").
    rf"(?<!\d)[,.]|[,.](?!\d)|[;:!?\x00“”\"«»]|\s{word_alternation(english.SOURCE_PHRASE_END_WORDS)}\b"
)


_LEADING_NAME = re.compile(
    r"(?:(?:The|the)\s+)?(?:[A-Z][\w.’'-]*)"
    rf"(?:\s+(?:{word_alternation(english.NAME_CONNECTORS)}\s+)*[A-Z][\w.’'-]*)*"
    # "Opposition candidate Lea Varga": a role between a body and a name.
    rf"(?:\s+{word_alternation(sorted(PERSON_WORDS))}\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
)

# "Tens of thousands of teachers", "Hundreds of angry farmers": a number of
# people, up to the noun for them.
_LEADING_QUANTITY = re.compile(
    r"(?:Tens|Dozens|Hundreds|Thousands|Scores|Millions)\s+of\s+"
    r"(?:(?:tens|dozens|hundreds|thousands|millions)\s+of\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?{word_alternation(sorted(GROUP_WORDS))}\b"
)
_LEADING_DESCRIPTION = re.compile(
    word_alternation(word.capitalize() for word in english.DESCRIPTION_DETERMINERS)
    + r"\s+[a-z][\w-]*"
)

# Bounds that keep attribution linear in the input on pathological text.
MAX_PHRASE_CHARS = 400

# Words that open a subject without a capital: "one support engineer said".

_ENDS_WITH_CONJUNCTION = re.compile(
    rf"\b{word_alternation(english.COORDINATING_CONJUNCTIONS)}$", re.IGNORECASE
)
_POSSESSIVE_END = re.compile(r"['’]s$")
# ", as the ministry ...": the last subordinate clause of a sentence part.
_SUBORDINATE_CLAUSE = re.compile(
    rf",\s+{word_alternation(english.SUBORDINATE_CLAUSE_CONJUNCTIONS)}\s+(?!.*,\s)", re.IGNORECASE
)
_WORD_SPAN = re.compile(r"\S+")

_CLAUSE_END_CHARS = frozenset(",.!?…;:")

_CLAUSE_BREAK = re.compile(r"[;:—–]|\s-\s")
# A comma between digit groups ("60,000", "1,250,000") is part of a number.
_DIGIT_GROUP_COMMA = re.compile(r"\d,\d{3}(?!\d)")
_SEGMENT_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")

_TITLE = word_alternation(english.TITLES)
# "the General Staff", "the General Assembly": a title word opening a body's name.
_NOT_A_NAME = rf"(?!{word_alternation(english.TITLED_BODY_WORDS)}\b)"
# "Deputy Foreign Minister Lena Ortiz": up to two capitalised words, a title, a name.
TITLED_NAME = re.compile(
    rf"(?:\b[A-Z][a-z]+\s+){{0,2}}\b{_TITLE}\s+{_NOT_A_NAME}[A-Z][\w’'-]+"
    rf"(?:\s+[A-Z][\w’'-]+){{0,2}}"
)
# Where a titled name can start: at most two words before a title.
_TITLE_AHEAD = re.compile(rf"\b{_TITLE}\s+{_NOT_A_NAME}[A-Z]")


@functools.lru_cache(maxsize=4096)
def statement_source(phrase: str) -> re.Match[str] | None:
    """ "a statement released by X", "X's statement", "figures X released": the match naming X."""
    lowered = phrase.lower()
    if " by " in lowered or " from " in lowered:
        found = _STATEMENT_SOURCE.search(phrase)
        if found is not None:
            return found
    if "'" in phrase or "’" in phrase:
        found = _POSSESSIVE_STATEMENT.match(phrase.strip())
        if found is not None:
            return found
    if " of " in lowered:
        found = _STATEMENT_OF.match(phrase.strip())
        if found is not None and found.group("source").split()[-1][:1].isupper():
            return found
    return _STATEMENT_RELATIVE_SOURCE.match(phrase.strip())


def last_word(text: str) -> str:
    """The word right before a cue, lowercase ("" after a quotation)."""
    tail = text[-80:].rstrip()
    if tail.endswith(MASK):
        return ""
    words = tail.replace(MASK, " ").split()
    while words:
        word = words.pop().strip(_NOT_WORD_EDGE)
        if word:
            return word.lower()
    return ""


def clause_floor(before: str, original: str) -> int:
    """Where the clause of a verb starts: after the last quotation or break.

    Only a quotation that ends like a sentence or clause ("...," said X)
    closes a clause; a scare quote inside a noun phrase (the so-called
    "General Staff" of Ostrova declared) does not.
    """
    floor = 0
    last_mask = before.rfind(MASK)
    if last_mask >= 0 and original[last_mask] in _CLAUSE_END_CHARS:
        floor = last_mask + 1
        while floor < len(before) and before[floor] in '”"»’,':
            floor += 1
    for match in _CLAUSE_BREAK.finditer(before, floor):
        floor = match.end()
    return floor


def _opens_relative_clause(segment: str) -> bool:
    """Whether a comma segment opens with "which", "who" or "whose"."""
    words = segment.split()
    return bool(words) and words[0].lower() in ("which", "who", "whose")


@functools.lru_cache(maxsize=8192)
def subject_before(left: str) -> tuple[str, int] | None:
    """The subject phrase at the end of ``left`` and its offset in it.

    Comma-separated segments are read left to right: leading adverbials
    ("In a statement on Monday,", "Speaking to reporters,") are skipped; when
    the verb follows a comma, the first remaining segment is the subject and
    the next one its apposition ("X, a spokeswoman for Y, said"; "Brenvik,
    casting his ballot, said"); otherwise the last segment is the subject.
    A clause coordinated with "and"/"but" ("X visited the site and said")
    falls back to the noun phrase that opens the sentence.
    """
    coordinated = _ENDS_WITH_CONJUNCTION.search(left.rstrip()) is not None
    if coordinated and ", " in left:
        found = _subordinate_clause_subject(left)
        if found is not None:
            return found
    bounds = segments(left)
    while len(bounds) > 1 and is_adverbial(left[bounds[0][0] : bounds[0][1]]):
        bounds = bounds[1:]
    while len(bounds) > 3 and is_clause(left[bounds[0][0] : bounds[0][1]]):
        # "Schools will stay shut, the regional governor, Mila Dorn, announced":
        # what the speaker said comes first, the subject and its apposition last.
        bounds = bounds[1:]
    last_segment = left[bounds[-1][0] : bounds[-1][1]]
    if len(bounds) >= 2 and not trim_subject(last_segment, 0)[0]:
        # "X, a spokeswoman for Y, said" or "Abati, who bought the club, has accused"
        start = bounds[0][0]
        end = bounds[1][1] if len(bounds) >= 3 else bounds[0][1]
        if len(bounds) > 3 and _opens_relative_clause(left[bounds[1][0] : bounds[1][1]]):
            # "X, which represents drivers, conductors and signallers, says":
            # the relative clause holds a list; it runs to the last comma.
            end = bounds[-2][1]
    else:
        start, end = bounds[-1]
    phrase, offset = trim_subject(left[start:end], start)
    if " and " in phrase:
        # "Shops stayed shut and officials said": a clause, then the subject.
        after = _after_clause_and(phrase)
        if after:
            phrase, offset = phrase[after:], offset + after
    last = phrase.rsplit(None, 1)[-1] if phrase.split() else ""
    if last.lower() in PRONOUNS and len(phrase.split()) > 1:
        # "an offer it has described as": the pronoun is the subject.
        return last, offset + len(phrase) - len(last)
    relative = _RELATIVE_CLAUSE.search(phrase)
    if relative is not None and relative.start() > 0 and not plausible_subject(phrase):
        # "A crane operator who asked not to be named told ...": the head speaks.
        phrase = phrase[: relative.start()]
    if not plausible_subject(phrase):
        tail = left.rstrip()
        if _ENDS_WITH_CONJUNCTION.search(tail):
            return leading_noun_phrase(left)
        return _subject_before_adverbial(left, bounds)
    return phrase, offset


def _subject_before_adverbial(left: str, bounds: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The subject and its apposition before an adverbial that runs into the verb.

    "Colonel Ramiz Tofiqli, in his statement to the agency characterized
    ...": translated copy often leaves out the comma after the adverbial.
    """
    if len(bounds) != 3 or not is_adverbial(left[bounds[-1][0] : bounds[-1][1]]):
        return None
    # A person and the apposition naming them: "Shops stayed shut, prices
    # rose, in the capital officials said" is no subject.
    words = {word.lower().strip(".,") for word in left[bounds[0][0] : bounds[1][1]].split()}
    if not words & english.PERSON_WORDS:
        return None
    phrase, offset = trim_subject(left[bounds[0][0] : bounds[1][1]], bounds[0][0])
    return (phrase, offset) if plausible_subject(phrase) else None


def _subordinate_clause_subject(left: str) -> tuple[str, int] | None:
    """The subject opening the last ", as/while ..." clause before a coordinated verb.

    "Doctors stayed home, as the Health Ministry sent medics and [branded]":
    the verb after "and" shares the subordinate clause's subject.
    """
    clause = _SUBORDINATE_CLAUSE.search(left)
    if clause is None:
        return None
    found = leading_noun_phrase(left[clause.end() :])
    if found is None or not plausible_subject(found[0]):
        return None
    return found[0], clause.end() + found[1]


def _after_clause_and(phrase: str) -> int:
    """Where the subject starts after a clause and "and" ("Shops stayed shut and officials"), or 0.

    The clause has a past-tense verb after its subject: a lowercase "-ed"
    word that follows no determiner ("the armed forces") and comes before no
    preposition ("residents displaced by the flood").
    """
    spans = [match.span() for match in _WORD_SPAN.finditer(phrase)]
    words = [phrase[a:b] for a, b in spans]
    if "and" not in words[1:]:
        return 0
    conjunction = len(words) - 1 - words[::-1].index("and")
    if "," in phrase[: spans[conjunction][0]]:
        return 0  # "X, who has led the bank since 2019 and ...": an apposition
    for j in range(1, conjunction - 1):
        word = words[j]
        if (
            word.islower()
            and word.endswith("ed")
            and words[j - 1].lower() not in DETERMINERS
            and words[j + 1].lower() not in english.NOUN_PARTICIPLE_PREPOSITIONS
        ):
            return spans[conjunction + 1][0] if conjunction + 1 < len(spans) else 0
    return 0


def is_clause(segment: str) -> bool:
    """Whether a comma segment is a clause of its own: it holds an auxiliary verb.

    Examples
    --------
    >>> is_clause("The talks will resume next week"), is_clause("the regional governor")
    (True, False)
    """
    return not _CLAUSE_AUXILIARY_WORDS.isdisjoint(words_of(segment))


def segments(text: str) -> list[tuple[int, int]]:
    """Offsets of the comma-separated segments of ``text`` (commas excluded).

    A comma grouping the digits of a number ("60,000") separates nothing.

    Examples
    --------
    >>> text = "The Wenna, who number about 60,000, say"
    >>> [text[a:b] for a, b in segments(text)]
    ['The Wenna', ' who number about 60,000', ' say']
    """
    if _DIGIT_GROUP_COMMA.search(text) is None:
        # The usual case, on a hot path: a plain split is faster than the pattern.
        bounds, start = [], 0
        for part in text.split(","):
            bounds.append((start, start + len(part)))
            start += len(part) + 1
        return bounds
    commas = [comma.start() for comma in _SEGMENT_COMMA.finditer(text)]
    return list(zip([0, *(at + 1 for at in commas)], [*commas, len(text)], strict=True))


def is_adverbial(segment: str) -> bool:
    """A segment that opens a sentence without being its subject."""
    words = segment.split()
    if not words:
        return True
    first = words[0].lower()
    return first in ADVERBIAL_OPENERS or (first.endswith(("ing", "ed")) and first[0].isupper())


_NEGATIVE_OPENERS = english.NEGATIVE_SUBJECT_OPENERS


#: Words of a subject phrase; more are a clause, not a subject.
_MAX_SUBJECT_WORDS = 14
_MAX_TITLED_SUBJECT_WORDS = 20


@functools.lru_cache(maxsize=4096)
def plausible_subject(phrase: str) -> bool:
    words = words_of(phrase.split(",")[0])
    if not words or words[-1] in SUBJECT_BAD_END_WORDS:
        return False
    if len(words) > _MAX_SUBJECT_WORDS and not (
        # Translated copy gives a title in full before the name: "The
        # Undersecretary of the Ministry of Health for the Primary Health
        # Care Dr. Rana Aziz".
        len(words) <= _MAX_TITLED_SUBJECT_WORDS and _ends_in_titled_name(phrase)
    ):
        return False
    if words[0] in ADVERBIAL_OPENERS or _FINITE & set(words):
        return False  # "The breach is the largest reported": a verb, not a subject
    if words[0] in english.RELATIVE_PRONOUNS:
        return False  # "The march, which organisers said had drawn ...": narration
    if _is_measure(phrase):
        return False  # "190 kilometres of steel posts": an amount, not a speaker
    if words[0] in _NEGATIVE_OPENERS or " ".join(words[:2]) in _NEGATIVE_OPENERS:
        return False  # "Nobody in Kessa believes that version": no one speaks
    if phrase[:1].isupper() or words[0] in PRONOUNS or words[-1] in GROUP_WORDS:
        return True
    if len(words) <= 3 and (words[-1] in ORG_WORDS or words[-1] in PERSON_WORDS):
        # Wire copy and headlines drop the article: "..., police said",
        # "state media reported", "..., minister says", "rescue charity says".
        return True
    if is_role_then_name(phrase):
        return True  # "commission chair Nadia Frost told ..."
    if words[0] in POSSESSIVE_OWNER:
        return True  # "its spokeswoman, Claire Nduma, said"
    if phrase.count(" and ") == 1:
        # "aid workers and the Joint Humanitarian Office said": two subjects.
        first, second = phrase.split(" and ")
        return plausible_subject(first) and plausible_subject(second)
    return words[0] in QUANTIFIERS or phrase.lower().startswith(_ARTICLE_STARTS)


def _ends_in_titled_name(phrase: str) -> bool:
    """Whether ``phrase`` ends in a title word and a name of two words ("Dr. Rana Aziz")."""
    words = phrase.split()
    return (
        len(words) >= 3
        and all(word[:1].isupper() for word in words[-2:])
        and words[-3].lower().strip(".") in PERSON_WORDS
    )


def _is_measure(phrase: str) -> bool:
    """Whether the first number of ``phrase`` is followed by a unit of measure."""
    words = phrase.split()
    for word, following in zip(words, words[1:], strict=False):
        if word[:1].isdigit():
            return following.lower() in english.MEASURE_UNITS
    return False


def is_role_then_name(phrase: str) -> bool:
    """Whether ``phrase`` is lowercase words ending in a role, then a name.

    News copy drops the article before a title: "commission chair Nadia
    Frost", "deputy minister of foreign affairs Ildar Mesk".

    Examples
    --------
    >>> is_role_then_name("commission chair Nadia Frost"), is_role_then_name("voters in Arda")
    (True, False)
    """
    words = phrase.split()
    first_name = next((i for i, word in enumerate(words) if word[:1].isupper()), 0)
    if first_name == 0 or not all(word[:1].isupper() for word in words[first_name:]):
        return False
    return any(word.lower() in PERSON_WORDS for word in words[:first_name])


def leading_noun_phrase(clause: str) -> tuple[str, int] | None:
    """The noun phrase opening a clause: a run of capitalised words, or a determiner and noun."""
    stripped = clause.lstrip()
    offset = len(clause) - len(stripped)
    # "Its researchers", "The group": a determiner before a common noun first.
    match = (
        _LEADING_QUANTITY.match(stripped)
        or _LEADING_DESCRIPTION.match(stripped)
        or _LEADING_NAME.match(stripped)
    )
    if match is None:
        return None
    phrase = _POSSESSIVE_END.sub("", match.group(0).rstrip(" ,"))
    return (phrase, offset) if plausible_subject(phrase) else None


def trim_subject(phrase: str, offset: int) -> tuple[str, int]:
    """Drop trailing adverbials and leading fillers from a subject phrase."""
    if any(opener in phrase for opener in _OCCASION_OPENERS):
        occasion = _TRAILING_OCCASION.search(phrase, max(0, len(phrase) - 140))
        if occasion is not None:
            phrase = phrase[: occasion.start()]
    while _may_end_in_adverbial(phrase):
        # The adverbials are anchored at the end: searching the last 80
        # characters finds them without scanning the whole phrase.
        cut = max(0, len(phrase) - 80)
        match = _TRAILING_ADVERBIAL.search(phrase, cut)
        if match is None or _is_determined_noun(phrase, match.start()):
            break
        phrase = phrase[: match.start()]
    stripped = phrase.lstrip()
    offset += len(phrase) - len(stripped)
    lead = _LEADING_FILLER.match(stripped)
    if lead:
        offset += lead.end()
        stripped = stripped[lead.end() :]
    return stripped.rstrip(" ,"), offset


def _is_determined_noun(phrase: str, start: int) -> bool:
    """Whether the "-ly" word ending ``phrase`` is a noun: "her family", "the rally"."""
    tail = phrase[start:].strip(" ,").split()
    before = phrase[:start].split()
    if len(tail) != 1 or not tail[0].lower().endswith("ly"):
        return False
    return bool(before) and before[-1].lower() in DETERMINERS


def _may_end_in_adverbial(phrase: str) -> bool:
    """False when ``_TRAILING_ADVERBIAL`` cannot match: a cheap test of the last words."""
    words = phrase[-80:].split()
    if not words:
        return False
    last = words[-1].lower()
    return (
        last in _ADVERBIAL_LAST_WORDS
        or last.endswith("ly")
        or (len(words) > 1 and words[-2].lower() == "on")
    )


def _phrase_end(pattern: re.Pattern[str], rest: str) -> int:
    """Where ``pattern`` ends a phrase in ``rest``; a title's full stop does not ("Dr. Ann Roe")."""
    for match in pattern.finditer(rest):
        if (
            match.group() == "."
            and _ABBREVIATION_BEFORE.search(rest, 0, match.start())
            and _CAPITAL_NEXT.match(rest, match.end())
        ):
            continue
        return match.start()
    return len(rest)


def phrase_after(masked: str, start: int, *, stop_at_comma: bool = False) -> tuple[str, int] | None:
    """The noun phrase right after a cue ("said Ann Roe, a lawyer.").

    After a source cue ("according to X, ...") the phrase ends at a comma;
    after a verb, a comma may open the speaker's apposition.
    """
    rest = masked[start : start + MAX_PHRASE_CHARS]
    end = _phrase_end(_SOURCE_PHRASE_END if stop_at_comma else _RIGHT_PHRASE_END, rest)
    phrase = rest[:end]
    stripped = phrase.strip(" ,")
    words = stripped.split()
    if not words or len(words) > 25:
        return None  # nothing but a line break, or a clause rather than a name
    if (
        not stop_at_comma
        and not (
            stripped[:1].isupper()
            or words[0].lower() in _ARTICLE_OR_PRONOUN
            or any(w[:1].isupper() for w in words[1:4])  # "club president Renzo Abati"
            or (words[0].lower() in PERSON_WORDS and any(w[:1].isupper() for w in words[1:8]))
            # Translated copy drops the articles: "wife of one of fishermen Irina Voloz".
            or (2 <= len(words) <= 10 and words[-1][:1].isupper() and words[-2][:1].isupper())
        )
    ):
        return None
    return stripped, start + phrase.index(stripped)


def split_apposition(phrase: str) -> tuple[str, str]:
    head, _, rest = phrase.partition(",")
    return head.strip(), rest.strip(" ,")


def _role_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches naming a role's organisation in ``text``, most specific first."""
    match = _role_of(text)
    if match:
        yield match
    if "who" in text.lower():
        match = _RELATION.search(text)
        # "who runs a grocery in Dorrin": a private business, no body that speaks.
        if match and not match.group("org").lower().startswith(("a ", "an ")):
            yield match
    if ("'" in text or "’" in text) and not _OWN_BODY.match(text):
        match = _POSSESSIVE_ROLE.match(text)
        if match:
            yield match


def _is_no_organisation(phrase: str) -> bool:
    """Whether what follows a role's preposition is no body ("the public", "exile")."""
    words = phrase.lower().split()
    if words[:1] and words[0] in ARTICLES:
        words = words[1:]
    if words and words[-1] in english.NOT_ORGANISATION_PLACES and phrase.islower():
        return True  # "Teachers in rural districts": a place, not a body
    if words and (words[0][:1].isdigit() or words[0] in english.NUMBER_WORDS):
        return True  # "a nurse with two children at a primary school": people counted
    return " ".join(words) in english.NOT_ORGANISATIONS


@functools.lru_cache(maxsize=4096)
def role_organisation(head: str, apposition: str) -> str:
    """The organisation a role names.

    "a spokeswoman for X", "X's managing director", "who leads X's
    delegation", "Foreign Ministry spokeswoman Y": the organisation speaks
    through its people.
    """
    for text in (apposition, head):
        for match in _role_matches(text):
            # "a doctor at Kesh General Hospital who volunteered": the name
            # ends where a relative clause starts.
            organisation = _RELATIVE_CLAUSE.split(match.group("org"), 1)[0].strip()
            if _is_no_organisation(organisation):
                continue  # "members of the public"; "The site's editors in exile": the site
            owner = _POSSESSIVE_ROLE.match(organisation)
            if owner:
                return owner.group("org")
            unit = _OWNED_ORGANISATION.match(text)
            if unit and match.re is _POSSESSIVE_ROLE:
                # "Austrel's army chief": the army speaks, not Austrel.
                return unit.group("org")
            return _POSSESSIVE_END.sub("", organisation)
    for text in (head, apposition):
        words = text.split()
        for i, word in enumerate(words):
            if i and word.lower().strip(",.").rstrip("s") in _ROLES_AFTER_ORGANISATION:
                # "Several employees": a quantifier names no body.
                content = [
                    w
                    for w in words[:i]
                    if w.lower() not in ARTICLES and w.lower() not in QUANTIFIERS
                ]
                named = any(w[:1].isupper() for w in content)
                typed = any(w.lower() in ORG_WORDS for w in content)
                if content and entity_kind(" ".join(content)) == "org" and (named or typed):
                    # "Foreign Ministry spokeswoman Y", "a coalition spokeswoman";
                    # a rank is the person's ("A senior ministry official").
                    return " ".join(w for w in words[:i] if w.lower() not in english.ROLE_RANKS)
    return ""


def _role_of(text: str) -> re.Match[str] | None:
    """A role word or its plural before a preposition: "a spokeswoman for X" -> the match naming X.

    The leftmost such word wins, as the pattern ``\\b(?:ROLES)s?\\s+(?:for|of|...)\\s+(?P<org>.+)$``
    would find it; ``tests/test_speakers.py`` checks that the two agree.
    """
    position = 0
    while True:
        match = _WORD_BEFORE_PREPOSITION.search(text, position)
        if match is None:
            return None
        # The search starts at word starts only (a word that fails is skipped
        # whole), so the word is whole, as "\b" would require.
        word = match.group(1).lower()
        if word in _ROLE_NOUNS or (word.endswith("s") and word[:-1] in _ROLE_NOUNS):
            return match
        position = match.end(1)


def titled_names(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`TITLED_NAME` in ``text``, as ``finditer`` gives them.

    ``TITLED_NAME`` opens with optional words, which the regex engine tries
    at every position; looking for the title first and trying the pattern
    only at the few word starts before it is several times faster.

    Examples
    --------
    >>> [m.group(0) for m in titled_names("Then Deputy Foreign Minister Lena Ortiz spoke.")]
    ['Deputy Foreign Minister Lena Ortiz']
    """
    floor, search_from = 0, 0
    while True:
        title = _TITLE_AHEAD.search(text, search_from)
        if title is None:
            return
        for start in (*_capitalised_words_before(text, title.start(), floor), title.start()):
            match = TITLED_NAME.match(text, start)
            if match is not None:
                yield match
                floor = search_from = match.end()
                break
        else:
            search_from = title.start() + 1


def _capitalised_words_before(text: str, end: int, floor: int) -> list[int]:
    """Starts of the (at most two) words "Xxx " ending at ``end``, leftmost first.

    The words are what ``(?:\\b[A-Z][a-z]+\\s+){0,2}`` would match, no earlier than ``floor``.
    """
    starts: list[int] = []
    position = end
    while len(starts) < 2:
        letters_end = position
        while letters_end > floor and text[letters_end - 1].isspace():
            letters_end -= 1
        start = letters_end
        while start > floor and "a" <= text[start - 1] <= "z":
            start -= 1
        start -= 1  # the capital
        if (
            letters_end == position  # no space after the word
            or start >= letters_end - 1  # no lowercase letters
            or start < floor
            or not "A" <= text[start] <= "Z"
            or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"))
        ):
            break
        starts.append(start)
        position = start
    return starts[::-1]


@functools.lru_cache(maxsize=4096)
def without_roles(phrase: str) -> str:
    """A description without its role words ("the ministry's spokesman" -> "the ministry's").

    Kept whole when nothing but determiners would remain ("The Major General").
    """
    words = phrase.split()
    kept = [w for w in words if w.lower().strip(",.") not in PERSON_WORDS or len(words) == 2]
    return " ".join(kept) if name_keys(" ".join(kept)) else phrase
