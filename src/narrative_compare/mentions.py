"""Match the words that name a speaker to an actor, and discover actors.

A name is compared as a set of normalised *keys*: lower case, determiners and
prepositions dropped, British spellings mapped to American ones, and
demonyms folded onto their country by a suffix-stripping stem, so
"the Azerbaijani Defence Ministry", "Ministry of Defense of Azerbaijan" and
"Azerbaijan's defense ministry" share one key set. Matching is then set
containment, the way entity linkers compare alias token sets (Shen, Wang &
Han 2015, "Entity linking with a knowledge base", survey section 3):

1. an actor matches when all keys of one of its names occur in the speaker's
   words ("Russian Foreign Ministry spokeswoman Maria Zakharova" contains
   "Maria Zakharova"); the actor whose matched name has most keys wins;
2. otherwise, a short description whose keys all occur in an actor's names
   ("the ministry", "Zakharova") refers back to the most recently active such
   actor (the caller passes the recency order).

Examples
--------
>>> name_keys("the Azerbaijani Defence Ministry") == name_keys("Ministry of Defense of Azerbaijan")
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from narrative_compare.actors import Actor, ActorTable
from narrative_compare.lexicon import english, word_alternation
from narrative_compare.lexicon.english import (
    ARTICLES,
    BYSTANDER_WORDS,
    COLLECTIVE_NOUNS,
    DEMONYMS,
    FUNCTION_WORDS,
    GROUP_WORDS,
    INDIVIDUAL_OPENERS,
    ORG_WORDS,
    PERSON_WORDS,
    PLURAL_DEMONYM_ENDINGS,
    QUANTIFIERS,
    SPELLING_VARIANTS,
    STEM_SUFFIXES,
    TITLE_COMPOUNDS,
)
from narrative_compare.schema import UNASSIGNED_CAMP

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
# Every word list lives in narrative_compare.lexicon.english (PERSON_WORDS,
# ORG_WORDS, GROUP_WORDS, BYSTANDER_WORDS are imported from here by name too).
_COLLECTIVE = re.compile(
    rf"^{word_alternation(english.COLLECTIVE_QUANTIFIERS)}\s+"
    + word_alternation(sorted(COLLECTIVE_NOUNS))
    + "$"
)

# The head of a phrase ends at its first comma or preposition.
_HEAD_END = re.compile(rf",|\s{word_alternation(english.HEAD_END_PREPOSITIONS)}\s")
# A possessive ending of a display name (curly apostrophes already made straight).
_NAME_POSSESSIVE_END = re.compile(r"'s$|'$")


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """Fold a lowercase word onto a stem shared by a country and its demonym.

    Examples
    --------
    >>> stem("armenians") == stem("armenia"), stem("azerbaijani") == stem("azerbaijan")
    (True, True)
    """
    word = SPELLING_VARIANTS.get(word, word)
    word = DEMONYMS.get(word, word)
    changed = True
    while changed:
        changed = False
        for suffix in STEM_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                changed = True
                break
    return word


@functools.lru_cache(maxsize=8192)
def words_of(text: str) -> tuple[str, ...]:
    """Lowercase words of ``text``; hyphens split, possessive endings dropped.

    The text is put in Unicode normal form NFC first, so a name matches
    whether it is written composed or decomposed ("Café" as ``e`` + U+0301):
    keys are compared in one form, while offsets still index the article.

    Examples
    --------
    >>> words_of("Baku’s pro-Armenian allies")
    ('baku', 'pro', 'armenian', 'allies')
    >>> words_of("Cafe\u0301") == words_of("Caf\u00e9")
    True
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    words = []
    for token in _TOKEN.findall(text.replace("-", " ").lower()):
        if token.endswith(("'s", "’s")):
            token = token[:-2]
        words.append(token.replace("’", "'"))
    return tuple(words)


_TITLE_FIRST_WORDS = frozenset(first for first, _second in TITLE_COMPOUNDS)


def _key_words(text: str) -> tuple[str, ...]:
    """:func:`words_of`, with each two-word title of ``TITLE_COMPOUNDS`` made one word."""
    words = words_of(text)
    if _TITLE_FIRST_WORDS.isdisjoint(words):
        return words
    joined: list[str] = []
    for word in words:
        compound = TITLE_COMPOUNDS.get((joined[-1], word)) if joined else None
        if compound is None:
            joined.append(word)
        else:
            joined[-1] = compound
    return tuple(joined)


@functools.lru_cache(maxsize=8192)
def stems_in_order(text: str) -> tuple[str, ...]:
    """The stems of every word of ``text``, in reading order (function words too)."""
    return tuple(stem(word) for word in _key_words(text))


@functools.lru_cache(maxsize=8192)
def name_keys(text: str) -> frozenset[str]:
    """The set of keys a name is matched by (see the module docstring).

    Examples
    --------
    >>> sorted(name_keys("Interior Minister Ada Venn"))
    ['ada', 'interior', 'ministr', 'venn']
    >>> sorted(name_keys("Prime Minister Ada Venn"))
    ['ada', 'premier', 'venn']
    """
    return frozenset([stem(w) for w in _key_words(text) if w not in FUNCTION_WORDS])


@functools.lru_cache(maxsize=8192)
def entity_kind(text: str) -> str:
    """Guess whether a speaker phrase names a person, a group or an organisation.

    Returns ``"person"``, ``"group"`` or ``"org"``. The head of the phrase
    (the words before a preposition or comma) decides: a role word followed
    only by a name ("Fire service spokesman Dario Menck") or ending the head
    ("the commission's chairman") makes a person, as does a single
    individual ("a shopkeeper"); a plural noun of people makes a group; an
    organisation word makes an organisation; two to four capitalised words
    without one are a personal name.

    Examples
    --------
    >>> entity_kind("Defence Minister Oren Halvik"), entity_kind("residents")
    ('person', 'group')
    >>> entity_kind("Office of the Chief Prosecutor")
    'org'
    >>> entity_kind("Fire service spokesman Dario Menck")
    'person'
    """
    words = words_of(text)
    if not words:
        return "org"
    head = _head_words(text)
    head_lower = [w.lower().strip(".,'’") for w in head]
    for i, word in enumerate(head_lower):
        if word in PERSON_WORDS and all(w[:1].isupper() for w in head[i + 1 :]):
            return "person"
    if head and _is_people_noun(head[-1]):
        return "group"
    if any(w in ORG_WORDS for w in head_lower):
        return "org"
    if head_lower[:1] and head_lower[0] in INDIVIDUAL_OPENERS:
        return "person"  # "a shopkeeper on Tanner Street": one individual
    if head_lower[:1] == ["the"]:
        return "org"
    capitals = [t for t in head if t[:1].isupper()]
    if 2 <= len(capitals) == len(head) <= 4 and not any(w in ORG_WORDS for w in words[:1]):
        return "person"  # "Meteorologist Karin Olsby of the National Weather Office"
    return "org"


def has_org_word(text: str) -> bool:
    """Whether a phrase contains an organisation word ("the Ministry of Labour")."""
    return any(w in ORG_WORDS for w in words_of(text))


def has_person_role(text: str) -> bool:
    """Whether the head of a phrase is a person's role ("The spokesman of the Ministry").

    Examples
    --------
    >>> has_person_role("The spokesman of the Ministry of Defence"), has_person_role("Ministry")
    (True, False)
    """
    head = _head_words(text)
    lower = [w.lower().strip(".,'’") for w in head]
    return any(
        word in PERSON_WORDS and all(w[:1].isupper() for w in head[i + 1 :])
        for i, word in enumerate(lower)
    )


def _head_words(text: str) -> list[str]:
    """The words before the first preposition or comma: the phrase's head part."""
    head = _HEAD_END.split(text, maxsplit=1)[0]
    return head.split()


def _is_people_noun(word: str) -> bool:
    """ "residents", "Armenians": a plural noun for a group of people."""
    return word.lower().strip(".,'’") in GROUP_WORDS or _is_plural_demonym(word)


def _is_plural_demonym(word: str) -> bool:
    """ "Armenians", "Valdorians", "Kestranis": capitalised plural of a demonym."""
    return word[:1].isupper() and word.endswith(PLURAL_DEMONYM_ENDINGS) and len(word) > 5


def is_collective(text: str) -> bool:
    """Whether a speaker phrase speaks for every side ("both sides").

    Examples
    --------
    >>> is_collective("Both sides"), is_collective("the ministry")
    (True, False)
    """
    words = text.lower().split()
    # The pattern ends with one of a few nouns: test the last word first.
    if not words or words[-1] not in COLLECTIVE_NOUNS:
        return False
    return bool(_COLLECTIVE.match(" ".join(words)))


_HEAD_KEYS = frozenset(stem(w) for w in ORG_WORDS | GROUP_WORDS)

# Where the noun phrase of a group ends: "drivers at ...", "doctors who ...",
# "drivers waiting ...", "doctors, ...".
_GROUP_PHRASE_END = re.compile(
    rf",|\s(?:{word_alternation(english.GROUP_PHRASE_END_WORDS)}|\w+ing)\b"
    # A participle before a preposition: "migrants held at a reception centre".
    rf"|\s(?:\w+ed|{word_alternation(english.GROUP_PHRASE_END_PARTICIPLES)})"
    rf"(?=\s+{word_alternation(english.GROUP_PHRASE_END_WORDS)}\b)",
    re.IGNORECASE,
)
# Between the conjuncts of a group's name: "residents, riders and witnesses".
_CONJUNCTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# What opens a group phrase without naming it: "several", "dozens of the".
_GROUP_OPENERS = QUANTIFIERS | frozenset(ARTICLES) | {"of", "other"}


class GroupHead(NamedTuple):
    """The head noun of a group phrase and the capitalised words before it."""

    #: The stem of the head noun ("driver").
    noun: str
    #: The head noun as written ("drivers", "Armenians").
    word: str
    #: Keys of capitalised modifiers inside the phrase ("Tavorian" in "angry Tavorian farmers").
    modifiers: frozenset[str]
    #: Keys of the first word when it is capitalised: a name, or only a sentence start.
    opening: frozenset[str]


@functools.lru_cache(maxsize=4096)
def group_head(phrase: str) -> GroupHead | None:
    """The head noun of a group phrase and the names that modify it.

    None when the head is a name (a capitalised word after the first that
    is not a plural demonym) or nothing is left.

    Examples
    --------
    >>> group_head("Several truck drivers waiting at the gate")
    GroupHead(noun='driver', word='drivers', modifiers=frozenset(), opening=frozenset())
    >>> group_head("Dozens of angry Tavorian farmers").modifiers == name_keys("Tavoria")
    True
    """
    words = phrase.split()
    while words and words[0].lower() in _GROUP_OPENERS:
        words.pop(0)
    words = _GROUP_PHRASE_END.split(" ".join(words), maxsplit=1)[0].split()
    if not words:
        return None
    head = words_of(words[-1])
    if not head or (
        len(words) > 1 and words[-1][:1].isupper() and not _is_plural_demonym(words[-1])
    ):
        return None
    modifiers = " ".join(w for w in words[1:-1] if w[:1].isupper())
    opening = words[0] if len(words) > 1 and words[0][:1].isupper() else ""
    word = words[-1].rstrip("'’")
    return GroupHead(stem(head[-1]), word, name_keys(modifiers), name_keys(opening))


_BYSTANDER_KEYS = frozenset(stem(w) for w in BYSTANDER_WORDS)
_ORDINARY_PEOPLE_KINDS = tuple(
    frozenset(stem(w) for w in words) for words in english.ORDINARY_PEOPLE_KINDS.values()
)
# Keys of words for roles and bodies: a discovered actor named by them alone
# ("minister", "the ministry") is too generic to take in a longer name.
_GENERIC_KEYS = _HEAD_KEYS | frozenset(stem(w) for w in PERSON_WORDS)


class Candidate(NamedTuple):
    """An actor a phrase can refer to: id, display name, camp, kind and keys.

    ``names`` are the key sets of its names (rule 1); ``descriptions`` also
    holds the words it was later described with ("the company", "Health
    Minister"), used only to resolve descriptions (rule 2).
    """

    actor: str
    name: str
    camp: str
    kind: str
    names: tuple[frozenset[str], ...]
    descriptions: tuple[frozenset[str], ...] = ()
    #: Key sets of names that are personal names ("Klara Dunne").
    people: tuple[frozenset[str], ...] = ()


def candidates_from_table(table: ActorTable) -> list[Candidate]:
    """One :class:`Candidate` per actor of an actor file, keys precomputed."""
    return [_candidate(actor, table.names_of(actor)) for actor in table.actors]


def _candidate(actor: Actor, all_names: tuple[str, ...]) -> Candidate:
    """The candidate of ``actor``, whose names and aliases are ``all_names``."""
    keys = [name_keys(n) for n in all_names]
    names = tuple(k for k in keys if k)
    personal = _PersonalNames(actor)
    people = tuple(k for n, k in zip(all_names, keys, strict=True) if personal.is_person(n))
    if len(people) == len(all_names):
        kind = "person"  # an actor who is one person ("Aurel Danescu", "Danescu")
    else:
        kind = "group" if entity_kind(actor.name) == "group" else "org"
    return Candidate(actor.id, actor.name, actor.camp, kind, names, (), people)


class _PersonalNames:
    """Which names of one actor-file entry are a person's name, indexed once.

    An actor may list tens of thousands of aliases: the aliases and the
    surnames of its personal names are kept in sets, so every name is
    checked in constant time instead of against every other name.

    Parameters
    ----------
    actor : Actor
        The actor-file entry.
    """

    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.aliases = frozenset(actor.aliases)
        self.name_words = frozenset(actor.name.split())
        self._surnames: frozenset[str] | None = None
        #: The answer of :meth:`is_personal` for each name asked about: every
        #: name is asked twice (for itself, and for the surnames).
        self._personal: dict[str, bool] = {}

    def is_person(self, name: str) -> bool:
        """Whether ``name`` is a personal name or a surname standing alone."""
        return self.is_personal(name) or self.is_surname(name)

    def is_personal(self, alias: str) -> bool:
        """Whether an alias of the actor is a person's name.

        Shape alone cannot tell "Fair Deal" or "Redkite Labs" from "Dana Vell",
        so the actor's own name counts as a person only when a surname alone is
        also listed ("Aurel Danescu" with "Danescu"), and an alias that repeats
        words of the actor's name ("Clean Rivers" of "Clean Rivers Morvania") is
        the organisation itself.
        """
        known = self._personal.get(alias)
        if known is None:
            known = self._personal[alias] = self._is_personal(alias)
        return known

    def _is_personal(self, alias: str) -> bool:
        if entity_kind(alias) != "person":
            return False
        words = alias.split()
        if alias == self.actor.name:
            return len(words) >= 2 and words[-1] in self.aliases
        return not set(words) <= self.name_words

    def is_surname(self, alias: str) -> bool:
        """ "Danescu" beside "Aurel Danescu": a surname standing alone."""
        return len(alias.split()) == 1 and alias in self.surnames()

    def surnames(self) -> frozenset[str]:
        """Last words of the actor's personal names of two words or more (built once)."""
        if self._surnames is None:
            self._surnames = frozenset(
                words[-1]
                for n in (self.actor.name, *self.actor.aliases)
                if len(words := n.split()) >= 2 and self.is_personal(n)
            )
        return self._surnames


def _names_by_rarest_key(
    candidates: Sequence[Candidate],
) -> dict[str, list[tuple[int, int]]]:
    """(candidate position, name position) of every name, filed under its rarest key.

    Rarest: held by the fewest names of all ``candidates`` (ties: the first
    in sort order), so a common word ("ministry") files few names.
    """
    counts: defaultdict[str, int] = defaultdict(int)
    for candidate in candidates:
        for name in candidate.names:
            for key in name:
                counts[key] += 1
    filed: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, candidate in enumerate(candidates):
        for j, name in enumerate(candidate.names):
            if name:
                filed[min(name, key=lambda key: (counts[key], key))].append((i, j))
    return dict(filed)


#: Up to this many actors, a list is scanned rather than its key index read.
_SCAN_LIMIT = 32
#: A capitalised word, for :meth:`ActorResolver.learn_people`.
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w’'-]*")


def _compounds(names: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Keys of adjacent name words joined: {"coastguard": ("coast", "guard")}."""
    joined = {}
    for name in names:
        words = [w for w in words_of(name) if w not in FUNCTION_WORDS]
        for first, second in zip(words, words[1:], strict=False):
            joined[stem(first + second)] = (stem(first), stem(second))
    return joined


def best_containing(
    keys: frozenset[str], candidates: Iterable[Candidate], order: Sequence[str] = ()
) -> Candidate | None:
    """The candidate with the most specific name wholly inside ``keys``.

    Among names of the same size, the one whose words come last in the phrase
    wins (``order``: the phrase's keys in reading order), since an English
    noun phrase ends with its head: "the Velesian state energy company
    VelGaz" is VelGaz, not Velesia. Remaining ties go to the actor file's order.
    """
    pairs = ((candidate, name) for candidate in candidates for name in candidate.names)
    return _best_name(keys, pairs, order)


def _best_name(
    keys: frozenset[str], pairs: Iterable[tuple[Candidate, frozenset[str]]], order: Sequence[str]
) -> Candidate | None:
    """:func:`best_containing` over (candidate, one of its names) in file order."""
    best, best_rank = None, (0, -1)
    for candidate, name in pairs:
        if len(name) < best_rank[0] or not name <= keys:
            continue
        position = max((i for i, key in enumerate(order) if key in name), default=-1)
        if (len(name), position) > best_rank:
            best, best_rank = candidate, (len(name), position)
    return best


def best_contained(
    keys: frozenset[str], candidates: Sequence[Candidate], recency: Sequence[str]
) -> Candidate | None:
    """A candidate one of whose names contains all of ``keys`` ("the ministry").

    Among several, the most recently active one (``recency``, most recent
    first) is chosen; with none of them active, the only one, or none.
    """
    if not keys:
        return None
    matching = [
        c
        for c in candidates
        if any(keys <= name for name in c.names) or any(keys <= d for d in c.descriptions)
    ]
    if not matching:
        return None
    return most_recent(matching, recency) or (matching[0] if len(matching) == 1 else None)


def most_recent(candidates: Sequence[Candidate], recency: Sequence[str]) -> Candidate | None:
    """Of ``candidates``, the one whose actor is first in ``recency`` (most recent first).

    None when none of them is in ``recency``.
    """
    by_id = {candidate.actor: candidate for candidate in candidates}
    return next((by_id[actor] for actor in recency if actor in by_id), None)


@functools.lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """A discovered actor's display name: the phrase without determiners.

    Examples
    --------
    >>> slug("the Valdorian Defence Ministry's")
    'Valdorian Defence Ministry'
    """
    words = text.replace("’", "'").split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    name = " ".join(words)
    return _NAME_POSSESSIVE_END.sub("", name).strip(" ,.;:")


_NO_ACTORS: frozenset[str] = frozenset()


def _surname_used_alone(name: str, text: str, capitalised: set[str]) -> str:
    """The last word of a person-shaped ``name`` if ``text`` uses it alone more than the name.

    "" otherwise: the name is not two or three words, not in ``text``, or its
    last word (one of the text's ``capitalised`` words) stands alone no more
    often than the whole name appears.
    """
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1] not in capitalised or name not in text:
        return ""
    if entity_kind(name) != "person":
        return ""
    surname = words[-1]
    alone = len(re.findall(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", text))
    return surname if alone > text.count(name) else ""


class ActorResolver:
    """Maps speaker phrases to actors, from an actor file or discovered.

    With an actor file, phrases are matched against its actors; a phrase that
    matches none becomes a discovered actor with camp ``unassigned``, so no
    speaker is silently dropped. Without a file, every new speaker phrase is
    discovered and later phrases ("the ministry", "Halvik") link to it by the
    same key containment.

    Parameters
    ----------
    table : ActorTable or None
        The actor file, or ``None`` to discover actors from the text.
    """

    def __init__(self, table: ActorTable | None = None) -> None:
        actors = table.actors if table is not None else ()
        names_of = [table.names_of(actor) for actor in actors] if table is not None else []
        # As candidates_from_table(table), each actor's names worked out once.
        self.known: list[Candidate] = [
            _candidate(actor, names) for actor, names in zip(actors, names_of, strict=True)
        ]
        self.discovered: list[Candidate] = []
        #: Names and aliases of each actor of the file, as written.
        self.surface_names: dict[str, tuple[str, ...]] = (
            dict(zip((actor.id for actor in actors), names_of, strict=True)) if table else {}
        )
        #: Every name and alias of the actor file, as written.
        self.known_names: tuple[str, ...] = tuple(
            n for names in self.surface_names.values() for n in names
        )
        #: Words written as one that the file's names write as two ("coastguard").
        self.compounds: dict[str, tuple[str, str]] = _compounds(self.known_names)
        #: Changes whenever an actor is added or given a description.
        self._version = 0
        self._last_match: tuple[str, int, Candidate | None] = ("", -1, None)
        #: For each key, the actors one of whose names or descriptions has it:
        #: most descriptions match no actor, and this tells so without a scan.
        self._key_holders: defaultdict[str, set[str]] = defaultdict(set)
        for candidate in self.known:
            self._index(candidate.actor, candidate.names + candidate.descriptions)
        #: The file's names filed by their rarest key, as (actor position, name
        #: position): a name lies inside a phrase's keys only if its rarest key
        #: does, so a phrase is compared with the few names filed under its
        #: keys instead of every name of the file (rule 1).
        self._names_by_key = _names_by_rarest_key(self.known)
        #: The same for discovered actors, each name filed when it is added
        #: under its key then held by the fewest discovered names.
        self._discovered_by_key: defaultdict[str, list[int]] = defaultdict(list)
        self._discovered_key_count: defaultdict[str, int] = defaultdict(int)
        #: Positions in ``known + discovered`` of each actor id, in that order.
        self._positions: defaultdict[str, list[int]] = defaultdict(list)
        for i, candidate in enumerate(self.known):
            self._positions[candidate.actor].append(i)
        #: Positions of the known actors that ordinary people speak for
        #: (residents, witnesses), found when first asked.
        self._bystander_groups: list[int] | None = None
        #: The known groups by the stem of their name's head noun, found when
        #: first asked (:meth:`group_by_head`).
        self._group_heads: defaultdict[str, list[Candidate]] | None = None

    def _index(self, actor: str, key_sets: Iterable[frozenset[str]]) -> None:
        for keys in key_sets:
            for key in keys:
                self._key_holders[key].add(actor)

    def learn_people(self, text: str) -> None:
        """Take a surname the article uses alone as an alias of a person of the file.

        A name like "Milo Hartsen", listed without its surname alone, may be
        a person's or a body's ("Fair Deal", "Ulm Hydro"): shape cannot
        tell. The article can: it names a person in full, then by surname
        alone ("Hartsen told reporters"), which it seldom does with a body's
        last word; a last word another actor's name holds ("Open Karvossa",
        "Government of Karvossa") is no surname. The surname then becomes an
        alias, as if the file listed it, and the name a person's.
        """
        if not self.known:
            return  # nothing to learn without an actor file (and no scan of the text)
        capitalised = set(_CAPITALISED_WORD.findall(text))
        learned = False
        for position, candidate in enumerate(self.known):
            surnames = [
                (name, surname)
                for name in self.surface_names[candidate.actor]
                if (surname := _surname_used_alone(name, text, capitalised))
                and name_keys(name) not in candidate.people
                and not self._names_another(surname, candidate.actor)
            ]
            if not surnames:
                continue
            names, people = list(candidate.names), list(candidate.people)
            for name, surname in surnames:
                keys = name_keys(surname)
                names.append(keys)
                people += [name_keys(name), keys]
                self.surface_names[candidate.actor] += (surname,)
                self._index(candidate.actor, (keys,))
            kind = "person" if set(names) <= set(people) else candidate.kind
            self.known[position] = candidate._replace(
                kind=kind, names=tuple(names), people=tuple(people)
            )
            learned = True
        if learned:
            self.known_names = tuple(n for names in self.surface_names.values() for n in names)
            self._names_by_key = _names_by_rarest_key(self.known)
            self._version += 1

    def _names_another(self, word: str, actor_id: str) -> bool:
        """Whether a name of another actor of the file holds ``word``, not as a possessive.

        "Government of Karvossa" holds "Karvossa"; "Hartsen's defence lawyer"
        only refers to a Hartsen.
        """
        pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-]|['’]s\b)")
        return any(
            pattern.search(name)
            for other, names in self.surface_names.items()
            if other != actor_id
            for name in names
        )

    def _candidate_at(self, position: int) -> Candidate:
        """The candidate at ``position`` of ``known + discovered``."""
        known = len(self.known)
        return self.known[position] if position < known else self.discovered[position - known]

    def match_name(self, phrase: str) -> Candidate | None:
        """An actor named by ``phrase`` (rule 1 of the module docstring).

        A discovered actor, unlike one from a file, only matches a phrase of
        the same kind whose extra words add no organisation or group noun:
        "the Armenian Foreign Ministry" is not the discovered "Armenia".
        """
        # The attributor often asks twice in a row (a rule, then discover):
        # the answer stands until an actor is added or changed.
        if self._last_match[:2] == (phrase, self._version):
            return self._last_match[2]
        found = self._match_name(phrase)
        self._last_match = (phrase, self._version, found)
        return found

    def _match_name(self, phrase: str) -> Candidate | None:
        keys = self._split_compounds(name_keys(phrase))
        if self.known:
            if len(self.known) <= _SCAN_LIMIT:
                # A short list is read faster than the index is looked up.
                found = best_containing(keys, self.known, stems_in_order(phrase))
            else:
                # best_containing over the names filed under the phrase's keys, in file order.
                filed = sorted(at for key in keys for at in self._names_by_key.get(key, ()))
                known = self.known
                pairs = ((known[i], known[i].names[j]) for i, j in filed)
                found = _best_name(keys, pairs, stems_in_order(phrase))
            if found is not None:
                return found
        best, best_size, kind = None, 0, None
        discovered = self.discovered
        positions: Iterable[int] = (
            range(len(discovered))
            if len(discovered) <= _SCAN_LIMIT
            else sorted(at for key in keys for at in self._discovered_by_key.get(key, ()))
        )
        for position in positions:
            candidate = discovered[position]
            for name in candidate.names:
                if len(name) <= best_size or not name <= keys or (keys - name) & _HEAD_KEYS:
                    continue
                if name < keys and name <= _GENERIC_KEYS:
                    continue  # "minister" from a headline is not "Water Minister Hassan Ode"
                kind = kind or entity_kind(phrase)
                if candidate.kind == kind:
                    best, best_size = candidate, len(name)
        return best

    def _holders(self, keys: frozenset[str]) -> set[str] | frozenset[str]:
        """Ids of the actors whose names or descriptions hold every key of ``keys``."""
        holders: set[str] | frozenset[str] = _NO_ACTORS
        for i, key in enumerate(keys):
            having = self._key_holders.get(key, _NO_ACTORS)
            holders = having if i == 0 else holders & having
            if not holders:
                return _NO_ACTORS
        return holders

    def known_named_with(self, keys: frozenset[str]) -> list[Candidate]:
        """Actors of the file one of whose names holds every key of ``keys``, in file order.

        The key index is read first, so a key no actor holds costs no scan.
        """
        holders = self._holders(keys) if keys else _NO_ACTORS
        if not holders:
            return []
        return [
            actor
            for actor in self.known
            if actor.actor in holders and any(keys <= name for name in actor.names)
        ]

    def match_description(
        self, phrase: str, recency: Sequence[str], exclude: frozenset[str] = frozenset()
    ) -> Candidate | None:
        """An actor a short description refers back to (rule 2), none of ``exclude``."""
        keys = self._split_compounds(name_keys(phrase))
        if not keys:
            return None
        holders = self._holders(keys)
        if not holders:
            return None
        if exclude:
            holders = holders - exclude
        at = sorted(i for actor in holders for i in self._positions[actor])
        pool = [self._candidate_at(i) for i in at]
        return best_contained(keys, pool, recency)

    def group_by_head(
        self,
        phrase: str,
        recency: Sequence[str],
        around: Callable[[], frozenset[str]] | None = None,
        *,
        placed_only: bool = False,
    ) -> Candidate | None:
        """The group of the actor file whose name has the head noun of ``phrase``.

        Actor files name groups by what they are ("truck drivers at the
        crossing", "striking junior doctors"), while articles describe them
        with other words around the same noun ("Truck drivers waiting on the
        far side", "Several doctors on the picket line"). A capitalised
        modifier must be among the group's names ("Tavorian farmers" are not
        "farmers of the lower Veda"). Among several, the most recently active
        one, else the first in the file; but first one whose name has a key of
        ``around()``, the keys of the phrase's sentence ("In Khorvel, residents
        said": the residents of Khorvel). Only groups of people (a head noun
        of ``GROUP_WORDS``) are found so. With ``placed_only``, only a group
        the sentence singles out so answers.
        """
        found = group_head(phrase)
        if found is None:
            return None
        if self._group_heads is None:
            self._group_heads = defaultdict(list)
            for candidate in self.known:
                if candidate.kind == "person":
                    continue
                # "lorry drivers and hauliers on the diversion", "residents,
                # riders and witnesses": each conjunct names the group.
                for conjunct in _CONJUNCTS.split(candidate.name):
                    own = group_head(conjunct)
                    # Only groups of people: an organisation ("Ministry of Health")
                    # answers a description only once the article has named it.
                    if own is not None and _is_people_noun(own.word):
                        if candidate not in self._group_heads[own.noun]:
                            self._group_heads[own.noun].append(candidate)
        names = self._names_modifying(found)
        matching = [
            candidate
            for candidate in self._group_heads.get(found.noun, ())
            if names <= frozenset().union(*candidate.names)
        ]
        if not matching:
            return None
        if len(matching) > 1 and around is not None:
            # The head noun is in every name: another word must be in the sentence.
            sentence, head_keys = around(), name_keys(found.word)
            placed = [c for c in matching if sentence & (frozenset().union(*c.names) - head_keys)]
            if placed_only:
                return placed[0] if len(placed) == 1 else None
            matching = placed or matching
        elif placed_only:
            return None
        return most_recent(matching, recency) or matching[0]

    def _names_modifying(self, head: GroupHead) -> frozenset[str]:
        """The keys of the names before a group's noun, which the group's own names must hold.

        A capitalised first word is a name only if the file knows it
        ("Tavorian farmers"); else it only starts the sentence ("Local residents").
        """
        return head.modifiers | {key for key in head.opening if key in self._key_holders}

    def _split_compounds(self, keys: frozenset[str]) -> frozenset[str]:
        """ "coastguard" -> coast + guard when the actor file writes "Coast Guard"."""
        if not self.compounds or keys.isdisjoint(self.compounds):
            return keys
        split: set[str] = set()
        for key in keys:
            split.update(self.compounds.get(key, (key,)))
        return frozenset(split)

    def bystanders(self, apposition: str) -> Candidate | None:
        """The actor for ordinary people ("Elif Moran, a farmer from Dornic").

        A private person described only by an occupation or a place speaks
        as one of the residents or witnesses, when the actor file has such a
        group; a group named in the apposition itself wins.
        """
        keys = name_keys(apposition)
        groups = self._bystander_group_list()
        for candidate in groups:
            if any(name & keys for name in candidate.names):
                return candidate
        opener = apposition.lower().split()[:1]
        if not opener or opener[0] not in INDIVIDUAL_OPENERS:
            return None  # only "a farmer", "one woman", "another driver": one private person
        # "a medical student who gave her name as Ana" when the file has the
        # "students at the march": one of them, not one of the residents.
        return self.group_by_head(apposition, ()) or (groups[0] if groups else None)

    def bystander_group(self, phrase: str) -> Candidate | None:
        """ "Witnesses", "Several villagers": the file's group of ordinary people.

        An actor file names one such group ("residents of Kettle Hollow");
        articles call the same people witnesses, locals or villagers,
        whatever noun the file uses. A
        capitalised modifier ("Tavorian villagers") is a name, not this group.
        """
        head = group_head(phrase)
        if head is None:
            return None
        kind = next((keys for keys in _ORDINARY_PEOPLE_KINDS if head.noun in keys), None)
        if kind is None:
            return None
        names = self._names_modifying(head)
        # "Kettle Hollow Residents' Committee" is a body, not its residents;
        # "migrants at the fence" are not the residents of a town.
        groups = [
            c
            for c in self.known
            if c.kind == "group"
            and any(name & kind for name in c.names)
            and names <= frozenset().union(*c.names)
        ]
        return groups[0] if groups else None

    def body_of_group(self, phrase: str) -> Candidate | None:
        """The one organisation of the file named after the people of ``phrase``.

        "farmers' leader": a leader speaks for the farmers' organisation (the
        "National Farmers' Union"), not for the farmers at the blockade.
        """
        head = group_head(phrase)
        if head is None:
            return None
        bodies = [
            c for c in self.known if c.kind == "org" and any(head.noun in name for name in c.names)
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _bystander_group_list(self) -> list[Candidate]:
        """The actors of the file named with a word for ordinary people, in file order."""
        if self._bystander_groups is None:
            # "Drelan separatist authorities (People's Council)" is a body,
            # whatever people its name holds.
            self._bystander_groups = [
                i
                for i, c in enumerate(self.known)
                if any(name & _BYSTANDER_KEYS for name in c.names) and not has_org_word(c.name)
            ]
        return [self.known[i] for i in self._bystander_groups]

    def discover(self, phrase: str, kind: str | None = None) -> Candidate:
        """Register ``phrase`` as a new actor, or return the one it already names."""
        found = self.match_name(phrase)
        if found is not None:
            return found
        name = slug(phrase) or phrase.strip()
        named_id = self._positions.get(name.lower())
        if named_id and named_id[0] < len(self.known):
            # "dockers" when the file has an actor with id "dockers": that actor,
            # never a second one with the same id and another camp.
            return self.known[named_id[0]]
        kind = kind or entity_kind(phrase)
        keys = name_keys(phrase)
        candidate = Candidate(
            name, name, UNASSIGNED_CAMP, kind, (keys,), (), (keys,) if kind == "person" else ()
        )
        self.discovered.append(candidate)
        self._index(candidate.actor, candidate.names)
        position = len(self.discovered) - 1
        self._positions[candidate.actor].append(len(self.known) + position)
        if keys:
            counts = self._discovered_key_count
            rarest = (
                min(keys, key=lambda key: (counts[key], key)) if len(keys) > 1 else next(iter(keys))
            )
            self._discovered_by_key[rarest].append(position)
            for key in keys:
                self._discovered_key_count[key] += 1
        self._version += 1
        return candidate

    def remember_alias(self, actor: str, phrase: str) -> None:
        """Let a description in ``phrase`` refer to ``actor`` from now on.

        "Health Minister Klara Dunne" makes a later "the minister" resolve to
        her actor; the words never make a *name* match (rule 1).
        """
        keys = name_keys(phrase)
        positions = self._positions.get(actor)
        if not keys or not positions:
            return
        position = positions[0]  # the first candidate of that id
        pool, i = (
            (self.known, position)
            if position < len(self.known)
            else (
                self.discovered,
                position - len(self.known),
            )
        )
        candidate = pool[i]
        if keys not in candidate.descriptions and keys not in candidate.names:
            # Built directly: NamedTuple._replace is several times slower.
            actor_, name, camp, kind, names, descriptions, people = candidate
            pool[i] = Candidate(actor_, name, camp, kind, names, (*descriptions, keys), people)
            self._index(actor, (keys,))
            self._version += 1

    def is_person_name(self, phrase: str, actor: Candidate) -> bool:
        """Whether ``phrase`` names a person among ``actor``'s names.

        Either part of the name ("Amari" for "Sela Amari") or the name with a
        title ("Judge Rafael Osterby" for "Rafael Osterby").
        """
        keys = name_keys(phrase)
        return bool(keys) and any(keys <= person or person <= keys for person in actor.people)
