"""Resolve the words naming a speaker to an actor, keeping track of the discourse.

The second stage of attribution. A :class:`Discourse` holds what the article
has said so far: who spoke, in which section, most recently, and where each
actor of the actor file was last mentioned. :meth:`Discourse.resolve` maps a
speaker phrase to a :class:`Resolution` by trying the rules of :data:`RULES`
in order, most specific first; the first that answers wins, and its ``how``
becomes the statement's ``resolved_by``:

1. pronouns resolve to the most recent compatible speaker, in the current
   section first (Hobbs 1978, "Resolving pronoun references", whose recency
   baseline this is);
2. a document ("a statement released by X", "the statement") is its author's;
3. names and aliases of the actor file match by key containment
   (:mod:`narrative_compare.mentions`), a named apposition names the speaker
   ("His lawyer, Ilse Marquand"), "both sides" speaks for every side;
4. affiliations: a possessive pronoun ("her campaign"), a person's
   apposition, a role ("a spokeswoman for X"), a definite description that
   refers back to an actor ("the ministry", "the regional hospital");
5. ordinary people speak as the residents and witnesses they belong to;
6. a title alone ("Prime Minister: ..." in a headline) is the person the
   article names later with that title;
7. anything else is a discovered actor.

Adding a rule means writing a function ``(discourse, speaker, context) ->
Resolution | None`` and placing it in :data:`RULES`; what the phrase alone
must show for the rule to answer goes in :data:`PRECONDITIONS`: a rule whose
precondition fails is skipped without being called.

Examples
--------
>>> from narrative_compare.mentions import ActorResolver
>>> discourse = Discourse("", [], ActorResolver())
>>> context = SentenceContext(position=0, section=0, cue_end=0)
>>> found = discourse.resolve("Lina Morrow, a spokeswoman for the union", context)
>>> found.actor.actor, found.kind, found.how
('union', 'person', 'role')
>>> discourse.remember(found, context)
>>> discourse.resolve("she", context).actor.actor
'union'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from narrative_compare.cues import blank_dateline
from narrative_compare.lexicon import cue_spans, english, word_alternation
from narrative_compare.mentions import (
    GROUP_WORDS,
    ORG_WORDS,
    ActorResolver,
    Candidate,
    entity_kind,
    has_org_word,
    has_person_role,
    is_collective,
    most_recent,
    name_keys,
    slug,
    words_of,
)
from narrative_compare.segment import Sentence
from narrative_compare.speakers import (
    DETERMINERS,
    POSSESSIVE_OWNER,
    PRONOUNS,
    leading_noun_phrase,
    role_organisation,
    split_apposition,
    statement_source,
    titled_names,
    trim_subject,
    without_roles,
)

#: Camp and actor id of a speaker that stands for every side ("both sides").
COLLECTIVE_CAMP = "Both"
COLLECTIVE_ACTOR = "both_sides"
#: The kinds of speaker, for pronouns that accept any.
_SPEAKER_KINDS = ("person", "org", "group")
#: Name of the discovered group private people speak for, without an actor file.
BYSTANDERS_NAME = english.BYSTANDERS_NAME


class Resolution(NamedTuple):
    """The actor a speaker phrase refers to, the kind of speaker, and the rule that found it."""

    actor: Candidate
    #: "person", "org" or "group": what a later "she", "it" or "they" may refer back to.
    kind: str
    #: The statement table's ``resolved_by``.
    how: str


class SentenceContext(NamedTuple):
    """Where in the article a speaker phrase is resolved."""

    #: Index of the sentence.
    position: int
    section: int
    #: Offset in the sentence where its cue ends: the cue's object follows.
    cue_end: int


class SpeakerPhrase(NamedTuple):
    """A speaker phrase and what the rules read of it, computed once."""

    phrase: str
    #: Lower case, single spaces, object pronouns as subject ("her" -> "she").
    lowered: str
    #: The phrase before its first comma, and the apposition after it.
    head: str
    apposition: str
    #: "person", "org" or "group", from the words of the head and apposition.
    kind: str


_OBJECT_PRONOUNS = english.OBJECT_PRONOUNS
_OBJECT_END = re.compile(r"[.;:!?]|,\s|\s" + word_alternation(english.OBJECT_END_WORDS) + r"\s")
# Between the targets of one cue: "accused X and Y".
_TARGET_SEPARATOR = re.compile(r",|\band\b|&")
# "Arvel's claims", "Azerbaijan’s allegation": a claim and the name owning it.
_CLAIM_NOUN = word_alternation(english.CLAIM_NOUNS)
_OWNED_CLAIM = re.compile(
    r"(?P<owner>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s?\s+(?:[\w-]+\s+)?" + _CLAIM_NOUN + r"\b"
)
# A claim noun anywhere, even inside a word: a cheap test before _OWNED_CLAIM.
_CLAIM_NOUN_ANYWHERE = re.compile("|".join(map(re.escape, english.CLAIM_NOUNS)), re.IGNORECASE)
# "this accusation", "the allegations": a claim made earlier in the article.
_CLAIM_BACK_REFERENCE = re.compile(
    rf"\b{word_alternation(english.CLAIM_BACK_REFERENCES)}\s+{_CLAIM_NOUN}\b", re.IGNORECASE
)
_UNTRUE = re.compile(rf"\b{word_alternation(english.UNTRUE_WORDS)}\b", re.IGNORECASE)
# "the statement", "its latest report": a document without an author.
_BARE_STATEMENT = re.compile(
    r"^(?:the|this|that|its|their|a|an)\s+(?:\w+\s+)?"
    + word_alternation(english.STATEMENT_NOUNS)
    + "$"
)
_POSSESSIVE_PRONOUN = re.compile("^(" + "|".join(english.POSSESSIVE_OWNER) + r")\s+\w+")
# Up to three describing words right before a name ("Environmental group",
# "Health Minister"), stopping at function words.
_DESCRIPTOR_BEFORE = re.compile(
    rf"(?:\b(?!{word_alternation(english.DESCRIPTOR_STOP_WORDS)}\b)[A-Za-z][\w-]*\s+){{1,3}}$",
    re.IGNORECASE,
)
# ", the country's largest mining company," after a name.
_APPOSITION_AFTER = re.compile(
    r",\s+(?P<description>(?:the|a|an)\s+[^,.;:()“”\"]{2,120}?)(?=[,.;:]|$)"
)
_GENERIC_DESCRIPTION = re.compile(
    r"^(?:the|this)\s+(?:[\w-]+(?:['’]s)?\s+)?(" + "|".join(english.GENERIC_BODY_NOUNS) + ")$"
)
_SYNONYMS = english.BODY_SYNONYMS
# "a chemical company", "an environmental group": a body by its kind alone.
_INDEFINITE_BODY = re.compile(
    r"^[Aa]n?\s+(?:[a-z][\w-]*\s+){1,2}(?:" + "|".join(english.GENERIC_BODY_NOUNS) + r")$"
)
_TYPE_WORDS = english.BODY_NAME_WORDS
# "one of the striking dockworkers", "a resident of ...", "a farmer from ...".
_INDEFINITE = re.compile(
    r"^(?:one\s+of\s+the\s+(?P<group>[\w\s-]+?)(?:\s*,.*|\s+"
    + word_alternation(english.GROUP_NAME_END_WORDS)
    + r"\b.*)?$|an?\s+.*)",
    re.IGNORECASE | re.DOTALL,
)
_BYSTANDER_HEAD = re.compile(
    "^"
    + word_alternation(english.BYSTANDER_OPENERS, spaces=r"\s+")
    + r"\s+("
    + "|".join(map(re.escape, english.BYSTANDER_HEADS))
    + r")\b",
    re.IGNORECASE,
)
# An apposition that describes ("an environmental group that ..."), unlike a
# relative clause ("who said she had joined the company").
_DESCRIPTIVE = re.compile(word_alternation(english.ARTICLES) + r"\s", re.IGNORECASE)
# The object right after a cue, up to a reported clause or a comma.
_OBJECT_ZONE = re.compile(r"[^,;:]{0,80}", re.DOTALL)
# A head that describes rather than names: "The head of ...", "Its director".
_DESCRIPTION_HEAD = re.compile(
    word_alternation((*english.ARTICLES, *english.POSSESSIVE_OWNER)) + r"\s", re.IGNORECASE
)
# "Hartsen's lawyer": a name in the possessive before the head noun.
_POSSESSIVE_NAME = r"\b[A-Z][\w-]*['’]s?\s+"
_NAME_POSSESSIVE = re.compile(_POSSESSIVE_NAME + "[a-z]")
# "Hartsen's lawyer", "Dorin's wife": someone of a person's own, not of a body.
_PERSONAL_AGENT = re.compile(
    _POSSESSIVE_NAME
    + r"(?:[a-z][\w-]*\s+)?"
    + word_alternation(sorted(english.KINSHIP_NOUNS | english.PERSONAL_COUNSEL_NOUNS))
    + "$"
)
# "the official", "the senior spokesman": a role standing for a person named before.
_ROLE_REFERENCE = re.compile(
    r"^(?:the|this|that)\s+(?:(?:[a-z][\w-]*\s+)?"
    + word_alternation(sorted(english.ROLE_WORDS | english.PERSON_REFERENCE_NOUNS))
    + "|"
    + word_alternation(english.BACK_REFERENCES)
    + ")$",
    re.IGNORECASE,
)
# "chief engineer of Brenek Hydro": what a person does at a named body.
_ROLE_AT_BODY = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){1,3}(?:of|at|for)\s+[A-Z]")
# The name keys of each level of government (english.GOVERNMENT_LEVELS).
_LEVEL_KEYS = tuple(name_keys(" ".join(sorted(level))) for level in english.GOVERNMENT_LEVELS)
# Keys of the words for a kind of body: they tell no actor apart.
_BODY_KEYS = name_keys(" ".join((*english.GENERIC_BODY_NOUNS, *sorted(ORG_WORDS))))
# "the region's health department": a description owned by a place or body.
_OWNED_DESCRIPTION = re.compile(
    r"^(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+[a-z][\w-]*['’]s\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})$"
)
# "the regional government in Sebrin": a description and the place of its seat.
_PLACED_DESCRIPTION = re.compile(
    r"^(?P<head>(?:[Tt]he|[Tt]his)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+(?:in|at)\s+[A-Z][\w'’-]*$"
)
# "Ebrian food agency", "the Ebrian food agency": a description owned by a
# country through its demonym, which the agency's own name rarely holds.
_DEMONYM_OWNED_DESCRIPTION = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z][a-z]+(?:"
    + "|".join(ending[:-1] for ending in english.PLURAL_DEMONYM_ENDINGS)
    + r")\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})$"
)
# Nouns for a body or a group of people: "police", "troops", "residents".
_GROUP_OR_BODY_WORDS = ORG_WORDS | GROUP_WORDS
# "Danek's wife", "the Rusk family's lawyer" is not kin: a name, "'s" and a relative.
_KIN = re.compile(
    r"^(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+"
    + word_alternation(sorted(english.KINSHIP_NOUNS))
    + "$"
)
_FAMILY_KEYS = name_keys(" ".join(english.FAMILY_WORDS))
# "Organisers", "the protest organisers": the people behind an event.
_ORGANISERS = re.compile(
    r"^(?:the\s+)?(?:[a-z][\w-]*\s+)?" + word_alternation(english.ORGANISER_NOUNS) + "$",
    re.IGNORECASE,
)
# ", which called the march" after a name; "organised by (the)" before one.
_ORGANISING_AFTER = re.compile(
    r",\s+which\s+(?:has\s+|had\s+)?" + word_alternation(english.ORGANISING_VERBS) + r"\b"
)
_ORGANISED_BY_BEFORE = re.compile(
    r"\b" + word_alternation(english.ORGANISING_VERBS) + r"\s+by\s+(?:the\s+)?$"
)
# Double quotation marks (single ones double as apostrophes).
_QUOTE_MARK = re.compile('["“”«»„]')
# What may stand before a name that opens its sentence as the subject.
_SUBJECT_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")
# "the Baltan Commission": a name after the article.
_NAMED = re.compile(r"(?:the|The)\s+[A-Z]")
# "A fruit seller who ...", "A teacher who lost her sister": one private person.
_INDIVIDUAL = re.compile(
    r"^(?:[Aa]|[Aa]n)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
    + word_alternation(english.INDIVIDUAL_DESCRIPTION_WORDS)
    + r"\b"
)


class Discourse:
    """What one article has said so far, and the rules that resolve speakers against it.

    Parameters
    ----------
    text : str
        The article.
    sentences : sequence of Sentence
        Its sentences, in order.
    resolver : ActorResolver
        Names of the actor file and of discovered actors.
    """

    def __init__(self, text: str, sentences: Sequence[Sentence], resolver: ActorResolver):
        self.text = text
        self.sentences = sentences
        self.resolver = resolver
        #: The latest speaker and its kind.
        self.last: tuple[Candidate, str] | None = None
        #: The latest speaker of each (section, kind), and of each kind in any
        #: section (key ``(None, kind)``), with its turn number: pronouns look
        #: them up instead of reading the history back, which keeps
        #: resolution linear in the length of the article.
        self._latest: dict[tuple[int | None, str], tuple[int, Candidate]] = {}
        self._turns = 0
        #: The latest Candidate that spoke for each actor id.
        self._spoken: dict[str, Candidate] = {}
        #: Actors that spoke, most recent first, each once.
        self.recency: list[str] = []
        #: Sentence where each actor was last mentioned or spoke.
        self.last_mention: dict[str, int] = {}
        self.name_pattern = _names_pattern(resolver)
        #: The keys of every word of the article, computed when first needed.
        self._article_keys: frozenset[str] | None = None
        #: The body that organised the article's event (in a tuple once looked for).
        self._organiser: tuple[Candidate | None] | None = None
        #: The gender ("m", "f") the words of the latest person speaker showed
        #: in each section (None: any section), if they showed one.
        self._person_gender: dict[int | None, str | None] = {}

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``."""
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]

    def sentence_keys(self, context: SentenceContext) -> frozenset[str]:
        """The name keys of the words of the sentence of ``context`` (none outside the article)."""
        if not 0 <= context.position < len(self.sentences):
            return frozenset()
        return name_keys(self.sentence_text(context.position))

    def resolve(self, phrase: str, context: SentenceContext) -> Resolution:
        """Map a speaker phrase to an actor by the first rule of :data:`RULES` that answers."""
        speaker = speaker_phrase(phrase)
        rules = _RULES_AND_PRECONDITIONS if self.resolver.known else _RULES_WITHOUT_FILE
        for rule, applies in rules:
            if applies is not None and not applies(speaker):
                continue
            found = rule(self, speaker, context)
            if found is not None:
                return found
        raise AssertionError("the last rule always answers")  # pragma: no cover

    def remember(
        self, found: Resolution, context: SentenceContext, gender: str | None = None
    ) -> None:
        """Record that ``found`` spoke in the sentence of ``context``.

        ``gender`` is what the speaker's words showed (:func:`speaker_gender`).
        """
        actor = found.actor
        self._turns += 1
        for scope in (context.section, None):
            self._latest[scope, found.kind] = (self._turns, actor)
            if found.kind == "person":
                self._person_gender[scope] = gender
        self._spoken[actor.actor] = actor
        self.last = (actor, found.kind)
        self.last_mention[actor.actor] = context.position
        if self.recency[:1] != [actor.actor]:
            if actor.actor in self.recency:
                self.recency.remove(actor.actor)
            self.recency.insert(0, actor.actor)

    def last_spoken(self, actor_id: str) -> Candidate | None:
        """The most recent speaker with id ``actor_id``."""
        return self._spoken.get(actor_id)

    def has_spoken(self, kind: str) -> bool:
        """Whether a speaker of ``kind`` has spoken in the article so far."""
        return (None, kind) in self._latest

    def _latest_of(self, scope: int | None, kinds: Sequence[str]) -> Resolution | None:
        """The latest speaker of one of ``kinds`` in section ``scope`` (None: any)."""
        found = [
            (self._latest[scope, kind], kind) for kind in kinds if (scope, kind) in self._latest
        ]
        if not found:
            return None
        (_turn, candidate), kind = max(found, key=lambda entry: entry[0][0])
        return Resolution(candidate, kind, "pronoun")

    # -- mentions outside speech ---------------------------------------------

    def mentions(self, text: str) -> Iterator[tuple[re.Match[str], Candidate, str]]:
        """Names of the actor file in ``text``: (match, actor, describing words before it)."""
        if self.name_pattern is None:
            return
        for match in self.name_pattern.finditer(text):
            actor = self.resolver.match_name(match.group(0))
            if actor is not None:
                before = _DESCRIPTOR_BEFORE.search(text, 0, match.start())
                yield match, actor, before.group(0) if before else ""

    def learn_descriptions(self, sentence: Sentence, *, describes: bool = True) -> None:
        """Remember how the article describes its actors.

        "Solvane Minerals, the country's largest mining company" and
        "Environmental group Green Ostrel" let a later "the company" or "the
        group" refer back to them. With ``describes`` false (a headline, whose
        telegraphic words before a name are often a verb: "council backs new
        Rovers stadium") only the mentions are recorded.
        """
        if self.name_pattern is None:
            return  # no actor file: nothing to recognise
        text = self.text[sentence.start : sentence.end]
        for match, actor, before in self.mentions(text):
            self.last_mention[actor.actor] = sentence.index
            if not describes:
                continue
            if before and next(cue_spans(before), None) is None:
                # "The union says Kelvany Airports Group has cut ...": a
                # reporting verb before a name makes a clause, not a description.
                self.resolver.remember_alias(actor.actor, before + match.group(0))
            after = _APPOSITION_AFTER.match(text, match.end())
            if after:
                self.resolver.remember_alias(actor.actor, after.group("description"))

    def remember_people(self, sentence: Sentence, context: SentenceContext) -> None:
        """Narration introduces people a later "she said" refers to.

        An organisation of the actor file that opens the sentence as its
        subject is remembered too: "The Fire Investigation Board has sent
        engineers to the line. It said ..." (the subject of the previous
        sentence is the likeliest antecedent; Grosz, Joshi & Weinstein 1995,
        "Centering").
        """
        text = self.text[sentence.start : sentence.end]
        named_subject = False
        for number, (match, actor, before) in enumerate(self.mentions(text)):
            titled = bool(before) and entity_kind(before) == "person"
            if titled or self.resolver.is_person_name(match.group(0), actor):
                self.remember(Resolution(actor, "person", "name"), context)
            elif (
                number == 0
                and actor.kind != "person"
                and _SUBJECT_OPENING.fullmatch(blank_dateline(text[: match.start()]))
            ):
                self.remember(Resolution(actor, actor.kind, "name"), context)
                named_subject = True
        if not named_subject and self.resolver.known:
            # "The authority ordered the recall. It says ...": a description of
            # an organisation of the file as the subject is remembered too.
            self._remember_described_subject(text, context)
        elif self.name_pattern is None:
            # Without an actor file: "The Brenholt Residents' Committee paid
            # for the tests itself. Its chair ... says".
            self._remember_named_subject(text, context)
        for match in titled_names(text):
            phrase = match.group(0)
            actor = self.resolver.match_name(phrase) or self.resolver.discover(phrase, "person")
            self.resolver.remember_alias(actor.actor, phrase)
            self.remember(Resolution(actor, "person", "name"), context)

    def _remember_named_subject(self, text: str, context: SentenceContext) -> None:
        """Remember the organisation or person a sentence opens with by name, without an actor file.

        A person counts when an apposition follows the name ("Hamid Saleh,
        52, who sold onions ..., lost his brother"): the article introduces
        them, and the quotation after it is theirs.
        """
        first = text.split(None, 3)[:3]
        if not _is_proper_name_phrase(" ".join(first if first[:1] == ["The"] else first[:2])):
            return  # a plain test first: the sentence opens with no name of two words
        opening = blank_dateline(text)
        found = leading_noun_phrase(opening)
        if found is None or not _is_proper_name_phrase(found[0]):
            return  # not "Companies are required ..."
        kind = entity_kind(found[0])
        after = opening[found[1] + len(found[0]) :]
        if kind == "person" and after.startswith(",") and len(found[0].split()) <= 3:
            actor = self.resolver.match_name(found[0]) or self.resolver.discover(found[0], kind)
            self.remember(Resolution(actor, kind, "name"), context)
            return
        if kind != "org":
            return
        following = after.split()[:1]
        if following and following[0].lower() in GROUP_WORDS:
            return  # "Coastal League observers are due ...": the observers, not the League
        actor = self.resolver.match_name(found[0]) or self.resolver.discover(found[0], "org")
        self.remember(Resolution(actor, "org", "name"), context)

    def _remember_described_subject(self, text: str, context: SentenceContext) -> None:
        """Remember the organisation a sentence's opening description ("The authority") names."""
        found = leading_noun_phrase(blank_dateline(text))
        # Only a body's noun ("The authority", "The ministry"): "The national
        # transport strike" must not find the "National Mediation Office".
        if found is None or not _GENERIC_DESCRIPTION.match(found[0].lower()):
            return
        actor = self.describe(found[0], context)
        if actor is not None and actor.kind != "person":
            self.remember(Resolution(actor, actor.kind, "definite"), context)

    def targets(self, obj: str) -> tuple[str, ...]:
        """Actors named in the object of an accusation, demand or call ("accused X and Y of")."""
        end = _OBJECT_END.search(obj + " ")
        obj = obj[: end.start()] if end else obj
        found: list[str] = []
        for part in _TARGET_SEPARATOR.split(obj):
            part = part.strip(' “”"«»‘’')
            if not part:
                continue
            candidate = self.resolver.match_name(part)
            if candidate is not None:
                target = candidate.actor
            elif part[:1].isupper() and not self.resolver.known:
                target = slug(part)  # named, but not registered as a speaker
            else:
                continue
            if target not in found:
                found.append(target)
        return tuple(found)

    def claim_owners(self, text: str) -> tuple[str, ...]:
        """Actors whose claim a statement names ("dismissed Arvel's claims").

        Examples
        --------
        >>> Discourse("", [], ActorResolver()).claim_owners("It dismissed Arvel's claims.")
        ('Arvel',)
        """
        found: list[str] = []
        if "'" not in text and "’" not in text:
            return ()  # a claim owned by a name needs a possessive
        if not _CLAIM_NOUN_ANYWHERE.search(text):
            return ()
        for match in _OWNED_CLAIM.finditer(text):
            owner = match.group("owner")
            candidate = self.resolver.match_name(owner)
            if candidate is not None:
                target = candidate.actor
            elif not self.resolver.known:
                target = slug(owner)
            else:
                continue
            if target not in found:
                found.append(target)
        return tuple(found)

    @staticmethod
    def rebuts_earlier_claim(text: str) -> bool:
        """Whether a statement calls an earlier claim untrue ("this accusation ... a lie")."""
        return bool(_CLAIM_BACK_REFERENCE.search(text)) and bool(_UNTRUE.search(text))

    # -- what the rules ask ---------------------------------------------------

    def pronoun(self, pronoun: str, context: SentenceContext, surface: str = "") -> Resolution:
        """The most recent compatible speaker, in the current section first.

        Within a section the preferred kind (a person for "she", an
        organisation for "it") wins, then any speaker: machine-translated
        text often calls a ministry "she". Only then earlier sections.
        ``surface`` is the word as written when it is not ``pronoun``
        itself (the possessive "her" of "her office").
        """
        wanted = PRONOUNS[pronoun]
        in_sentence = self._sentence_subject(pronoun, context, surface or pronoun)
        if in_sentence is not None:
            return in_sentence
        order = {"person": ("person",), "org": ("org",), "group": ("group", "org")}[wanted]
        for scope in (context.section, None):
            spokesperson = self._spokesperson(scope) if wanted == "org" else None
            if spokesperson is not None:
                return spokesperson
            for kinds in (order, _SPEAKER_KINDS):
                if self._other_gender(pronoun, scope):
                    # "He dismissed ...", then "She pointed out ...": not the
                    # same person (translated copy's "she" may be a ministry).
                    kinds = tuple(kind for kind in kinds if kind != "person")
                found = self._latest_of(scope, kinds)
                if found is not None:
                    return found
        subject = self._recent_subject(context)
        if subject is not None:
            return Resolution(self.resolver.discover(subject, wanted), wanted, "pronoun")
        # No antecedent: the pronoun itself is the only name we have.
        return Resolution(
            self.resolver.discover(pronoun.capitalize(), wanted), wanted, "unresolved"
        )

    def _other_gender(self, pronoun: str, scope: int | None) -> bool:
        """Whether the latest person speaker of ``scope`` was shown to be of another gender."""
        wanted = english.PRONOUN_GENDER.get(pronoun)
        shown = self._person_gender.get(scope)
        return wanted is not None and shown is not None and shown != wanted

    def _spokesperson(self, scope: int | None) -> Resolution | None:
        """The organisation whose person spoke last, when no organisation spoke since.

        "Colonel Veretsky declared also that ... It called on ...": the
        colonel speaks for the Ministry of Defence, which "it" means, not
        an organisation that spoke before him.
        """
        person = self._latest.get((scope, "person"))
        if person is None or person[1].kind != "org" or not has_org_word(person[1].name):
            return None  # (an actor file's "Dara Quell" may be kind "org" too)
        org = self._latest.get((scope, "org"))
        if org is not None and org[0] > person[0]:
            return None
        return Resolution(person[1], "org", "pronoun")

    def _sentence_subject(
        self, pronoun: str, context: SentenceContext, surface: str
    ) -> Resolution | None:
        """The named subject of the pronoun's own sentence, when the pronoun comes later.

        "President Oleg Marrin thanked the police for what he called ...":
        a pronoun inside the sentence refers to its subject first (Hobbs
        1978 searches the pronoun's own sentence before earlier ones).
        """
        if not 0 <= context.position < len(self.sentences):
            return None
        text = self.sentence_text(context.position)
        if _QUOTE_MARK.search(text, 0, context.cue_end):
            return None  # the opening words may be a quotation's, not the subject
        found = leading_noun_phrase(text)
        if found is None or found[0].lower() in PRONOUNS:
            return None
        phrase, offset = found
        between = text[offset + len(phrase) : context.cue_end].lower().split()
        if surface not in between:
            return None  # the pronoun opens its sentence, or stands for a document's author
        wanted = PRONOUNS[pronoun]
        # "The ministry released photographs that it said were ...".
        actor = self.resolver.match_name(phrase) or self.describe(phrase, context)
        possessive = surface != pronoun  # "her office": only an actor already known
        if (
            actor is None
            and not self.resolver.known
            and entity_kind(phrase) == wanted
            and not possessive
        ):
            # Without an actor file the subject is a speaker of its own; "Its
            # last report" names no one.
            named = phrase[:1].isupper() and phrase.split()[0].lower() not in POSSESSIVE_OWNER
            actor = self.resolver.discover(phrase, wanted) if named else None
        if actor is None:
            return None
        kind = "person" if self.resolver.is_person_name(phrase, actor) else entity_kind(phrase)
        if kind != wanted and not (wanted == "group" and kind == "org"):
            return None
        return Resolution(actor, kind, "pronoun")

    def _recent_subject(self, context: SentenceContext) -> str | None:
        """The subject of the latest narration sentence of the section, if it names someone.

        "The Harbour Workers Union met on Monday. “We are ready,” it said."
        """
        for sentence in reversed(self.sentences[: context.position]):
            if sentence.section != context.section:
                break
            found = leading_noun_phrase(self.text[sentence.start : sentence.end])
            if found is not None and found[0][:1].isupper() and found[0].lower() not in PRONOUNS:
                words = found[0].split()
                if len(words) >= 2 or words[0].lower() not in DETERMINERS:
                    return found[0]
        return None

    def describe(self, phrase: str, context: SentenceContext) -> Candidate | None:
        """An actor a description refers back to: "the ministry", "the regional hospital".

        An actor named by name elsewhere in the same sentence is not what the
        description means ("The firm disputed Redkite's figure" is not Redkite).
        """
        named = self._named_as_object(phrase, context)
        recency = [actor for actor in self.recency if actor not in named] if named else self.recency
        found = self.resolver.match_description(without_roles(phrase), recency)
        placed = _PLACED_DESCRIPTION.match(phrase) if found is None else None
        if placed is not None:
            # "The regional government in Sebrin": the seat is rarely in the name.
            found = self.resolver.match_description(without_roles(placed.group("head")), recency)
        owned = _OWNED_DESCRIPTION.match(phrase) or _DEMONYM_OWNED_DESCRIPTION.match(phrase)
        if found is None and owned is not None:
            # "the region's health department": its head words name it, the
            # owner ("region", "county") is rarely part of the actor's name.
            found = self.resolver.match_description(owned.group("head"), recency)
        words = phrase.split()
        definite = bool(words) and words[0].lower() in ("the", "this")
        # "the regional health department", "Traffic police": the head noun
        # refers back when the words before it only modify it.
        modified = definite and len(words) > 2
        if found is None and modified and all(w.islower() for w in words[1:]):
            # "the central government" is not the "Regional Government".
            other_level = self._of_other_level(words)
            found = self.resolver.match_description(words[-1], recency, other_level)
        if found is None and not definite and len(words) == 2 and words[1].islower():
            found = self._body_by_modifier(words, recency) or self._known_by_head(words[1], recency)
        if found is None and _INDEFINITE_BODY.match(phrase):
            # "A chemical company on Tuesday rejected claims ...": a wire lead
            # names the body by its kind first, and by name later.
            found = self._last_mentioned_of_type(words[-1].lower())
        # "the port operator", not "The Civic Alliance": a common noun, lowercase.
        common = definite and all(w.islower() or w.isupper() for w in words[1:])  # "the NGO" too
        generic = _GENERIC_DESCRIPTION.match(" ".join(words).lower()) if common else None
        if found is None and generic:
            last_two = " ".join(words[-2:]).lower()  # "armed group" has synonyms of its own
            for synonym in _SYNONYMS.get(last_two, ()):
                found = found or self.resolver.match_description(synonym, recency)
        if found is None and generic:
            found = self._by_synonym(generic.group(1), recency)
        if found is None and generic:
            found = self._generic_referent(generic.group(1), context)
        return found if found is None or self._in_article(found) else None

    def _of_other_level(self, words: Sequence[str]) -> frozenset[str]:
        """Actors whose names hold a level of government other than the one ``words`` name.

        "the central government" is not the "Norvane Regional Government",
        nor "the regional council" a "National Council"
        (:data:`~narrative_compare.lexicon.english.GOVERNMENT_LEVELS`).
        """
        lowered = {word.lower() for word in words}
        named = [i for i, level in enumerate(english.GOVERNMENT_LEVELS) if lowered & level]
        if len(named) != 1:
            return frozenset()
        others = frozenset().union(*(keys for i, keys in enumerate(_LEVEL_KEYS) if i != named[0]))
        return frozenset(
            candidate.actor
            for candidate in (*self.resolver.known, *self.resolver.discovered)
            if any(name & others for name in candidate.names)
        )

    def _body_by_modifier(self, words: Sequence[str], recency: Sequence[str]) -> Candidate | None:
        """ "Pilots' union": the file's body whose name holds the modifier.

        The modifier, the people a body is made of, tells the body apart
        ("Valmiran Pilots' Association"), while its noun may name another body
        of the same kind ("Cabin Crew Union"). A place that owns the body
        ("Corland's army") is left to the noun. Only a body of the actor file
        answers, never a group.
        """
        people = words_of(words[0])
        if words[1].lower() not in ORG_WORDS or len(people) != 1 or people[0] not in GROUP_WORDS:
            return None
        found = self.resolver.match_description(words[0], recency)
        if found is None or found not in self.resolver.known or not has_org_word(found.name):
            return None
        return found

    def _known_by_head(self, head: str, recency: Sequence[str]) -> Candidate | None:
        """The actor of the file a bare "<modifier> <noun>" means by its noun: "Traffic police".

        Only the actor file's names count: a discovered name may hold the noun
        by accident (a headline read as a speaker).
        """
        if head not in _GROUP_OR_BODY_WORDS:
            return None
        found = self.resolver.match_description(head, recency)
        return found if found is not None and found in self.resolver.known else None

    def organiser(self) -> Candidate | None:
        """The body of the actor file that organised the article's event, if the article tells.

        First a body the article says called or organised it; else the only
        body it names whose name has a movement's word (``english.MOVEMENT_NAME_WORDS``).
        """
        if self._organiser is None:
            self._organiser = (self._named_organiser() or self._only_movement(),)
        return self._organiser[0]

    def _named_organiser(self) -> Candidate | None:
        for match, actor, _ in self.mentions(self.text):
            start = match.start()
            if _ORGANISING_AFTER.match(self.text, match.end()) or _ORGANISED_BY_BEFORE.search(
                self.text, max(0, start - 20), start
            ):
                return actor
        return None

    def _only_movement(self) -> Candidate | None:
        movements = [
            actor
            for actor in self.resolver.known
            if actor.kind != "person"
            and english.MOVEMENT_NAME_WORDS & set(actor.name.lower().split())
            and self._in_article(actor)
        ]
        return movements[0] if len(movements) == 1 else None

    def _by_synonym(self, noun: str, recency: Sequence[str]) -> Candidate | None:
        """An actor described by a synonym of ``noun`` (``english.BODY_SYNONYMS``).

        "the union" may be an Association or a Federation: of those found,
        the one that spoke last; for ``english.BODIES_OF_PEOPLE`` only one
        whose name has a noun for people (not the "Federation of Industry").
        """
        exclude: frozenset[str] = frozenset()
        if noun in english.BODIES_OF_PEOPLE:
            exclude = frozenset(c.actor for c in self.resolver.known if not _names_people(c))
        return self._latest_speaker_of(
            self.resolver.match_description(synonym, recency, exclude)
            for synonym in _SYNONYMS.get(noun, ())
        )

    def _latest_speaker_of(self, candidates: Iterable[Candidate | None]) -> Candidate | None:
        """Of ``candidates``, the one that spoke most recently, else the first found."""
        found = [candidate for candidate in candidates if candidate is not None]
        return most_recent(found, self.recency) or (found[0] if found else None)

    def _in_article(self, actor: Candidate) -> bool:
        """Whether the article has named ``actor`` or let it speak so far.

        An actor file describes a whole corpus: an actor this article never
        names is never what its "the armed group" or "the court" means. Named
        means: in a sentence so far, or the words of one of its names anywhere
        in the article.
        """
        known = any(actor.actor == candidate.actor for candidate in self.resolver.known)
        if actor.actor in self.last_mention or not known:
            return True
        if self._article_keys is None:
            self._article_keys = name_keys(self.text)
        # A long name is often shortened ("the Lower Vessa region" for the
        # "Regional" department): all of its distinctive words but one will
        # do ("Court" of "Supreme Court of Serevia" distinguishes nothing).
        for name in actor.names:
            distinctive = name - _BODY_KEYS
            if len(distinctive - self._article_keys) <= (len(distinctive) >= 3):
                return True
        return False

    def _generic_referent(self, noun: str, context: SentenceContext) -> Candidate | None:
        """ "the company" with no actor described so.

        The organisation named as the subject of the same sentence ("Corvel
        Nutrition will go to court ..., the company said"), else the last
        mentioned actor whose name shows that type ("... Holdings"), else the
        organisation that spoke last, as for "it", else one the next
        sentences introduce.
        """
        found = (
            self._named_subject(context)
            or self._last_mentioned_of_type(noun)
            or self._named_earlier(noun, context)
            or self._last_mentioned_holder(noun)
        )
        if found is None and noun in english.STATE_BODY_NOUNS:
            return None  # "the government" is never the party or union that spoke last
        if (
            found is None
            and self.last is not None
            and self.last[1] == "org"
            and not _named_as_other_body(self.last[0], noun)
        ):
            found = self.last[0]
        if found is None:
            found = self._introduced_later(noun, context)
        return found

    def _named_as_object(self, exclude: str, context: SentenceContext) -> set[str]:
        """Actors named as the object of the current cue ("disputed Redkite's figure").

        Only the words right after the cue count: a name in a reported clause
        ("rejected suggestions that Aldoria was acting alone") may well be the
        speaker's own.
        """
        if self.name_pattern is None:
            return set()
        sentence = self.sentences[context.position]
        text = self.text[sentence.start + context.cue_end : sentence.end]
        match = _OBJECT_ZONE.match(text)
        text = (match.group(0) if match else "").split(" that ")[0]
        text = text.replace(exclude, " " * len(exclude), 1)
        return {actor.actor for _match, actor, _before in self.mentions(text)}

    def _named_subject(self, context: SentenceContext) -> Candidate | None:
        """The organisation a sentence names as its subject, before its cue.

        "Corvel Nutrition will go to court ..., the company said": a
        description closing the sentence refers back to the name opening it.
        """
        if not 0 <= context.position < len(self.sentences):
            return None
        text = self.sentence_text(context.position)
        found = leading_noun_phrase(blank_dateline(text))  # "KESTRIN – Corvel Nutrition will"
        if found is None or _QUOTE_MARK.search(text, 0, context.cue_end):
            return None
        phrase, offset = found
        words = phrase.split()
        if offset + len(phrase) >= context.cue_end or not all(w[:1].isupper() for w in words):
            return None  # not a name ("The ministry's decision"), or the speaker itself
        if phrase.lower() in PRONOUNS or len(words) > 4:
            return None
        if len(words) == 1 and self.text.count(phrase) < 2:
            return None  # one capitalised word named once may just open the sentence ("Eleven")
        actor = self.resolver.match_name(phrase)
        if actor is None and not self.resolver.known:
            actor = self.resolver.discover(phrase, "org")
        return actor if actor is not None and actor.kind == "org" else None

    def _last_mentioned_holder(self, noun: str) -> Candidate | None:
        """The actor of the file last mentioned whose name holds ``noun``.

        "the ministry" when the file has two ministries ("Ministry of
        Education", "Ministry of Finance"): the one the article named last,
        never a union that spoke last.
        """
        keys = name_keys(noun)
        holders = [
            candidate
            for candidate in self.resolver.known
            if candidate.actor in self.last_mention
            and any(keys <= name for name in candidate.names)
        ]
        return max(holders, key=lambda c: self.last_mention[c.actor], default=None)

    def _last_mentioned_of_type(self, noun: str) -> Candidate | None:
        words = set(_TYPE_WORDS.get(noun, ()))
        if not words:
            return None
        typed = [
            c
            for c in self.resolver.known + self.resolver.discovered
            if any(words & set(words_of(n)) for n in self._names_of(c)) and self._in_article(c)
        ]
        typed.sort(key=lambda c: self.last_mention.get(c.actor, -1), reverse=True)
        return typed[0] if typed else None

    def _named_earlier(self, noun: str, context: SentenceContext) -> Candidate | None:
        """The last body the article named with ``noun`` as its last word, before this sentence.

        "... the Industrial Safety Authority had approved the tank", then "The
        authority's director said": the named Authority, not the company that
        spoke last. Without an actor file it becomes a speaker of its own;
        with one, only a name of the file counts.
        """
        if not 0 <= context.position < len(self.sentences) or noun.lower() != noun:
            return None
        # The last one, in a bounded stretch of text before the sentence (read
        # in place: slicing the article's start would copy it at every call).
        end = self.sentences[context.position].start
        start = max(0, end - 3000)
        if self.text.find(noun.capitalize(), start, end) < 0:
            return None  # a plain test first: the pattern is tried at every position
        names = _named_body(noun).findall(self.text, start, end)
        if not names:
            return None
        name = names[-1]
        found = self.resolver.match_name(name)
        if found is None and not self.resolver.known:
            found = self.resolver.discover(name, "org")
        return found

    def _names_of(self, candidate: Candidate) -> tuple[str, ...]:
        return self.resolver.surface_names.get(candidate.actor, (candidate.name,))

    def _introduced_later(self, noun: str, context: SentenceContext) -> Candidate | None:
        """An actor the next sentences introduce with ``noun``: "the NGO" ... "the charity X".

        News leads often name a source by type first ("according to the NGO
        that led the rescue") and by name a sentence or two later.
        """
        if self.name_pattern is None:
            return self._named_next(context)
        nouns = {noun, *_SYNONYMS.get(noun, ())}
        following = self.sentences[context.position + 1 : context.position + 4]
        for sentence in following:
            for _match, actor, before in self.mentions(self.text[sentence.start : sentence.end]):
                if nouns & set(before.lower().split()):
                    return actor
        if following:
            # "..., the port's operator said." then "Saltmere Container Terminals
            # said ...": a lead names the organisation in the next sentence.
            opening = self.name_pattern.match(self.text[following[0].start : following[0].end])
            if opening is not None:
                found = self.resolver.match_name(opening.group(0))
                if found is not None and found.kind == "org":
                    return found
        return None

    def _named_next(self, context: SentenceContext) -> Candidate | None:
        """Without an actor file: the organisation named at the start of the next sentence."""
        if context.position + 1 >= len(self.sentences):
            return None
        found = leading_noun_phrase(self.sentence_text(context.position + 1))
        if found is None or not found[0][:1].isupper() or len(found[0].split()) < 2:
            return None
        if entity_kind(found[0]) != "org":
            return None
        return self.resolver.discover(found[0], "org")

    def with_alias(self, found: Candidate, head: str, kind: str, how: str) -> Resolution:
        """``found``, remembering ``head`` as a description of it."""
        self.resolver.remember_alias(found.actor, head)
        if kind == "person" or (kind == "org" and has_org_word(head)):
            return Resolution(found, kind, how)  # "the Ministry of Labour" speaks as an org
        return Resolution(found, found.kind, how)


@functools.lru_cache(maxsize=8192)  # "she", "the ministry": speaker phrases recur
def speaker_phrase(phrase: str) -> SpeakerPhrase:
    """Read a speaker phrase once for every rule: its head, apposition and kind."""
    lowered = " ".join(phrase.lower().split())
    lowered = _OBJECT_PRONOUNS.get(lowered, lowered)
    head, apposition = split_apposition(phrase)
    kind = entity_kind(head)
    opening = " ".join(apposition.split()[:4])
    if _DESCRIPTIVE.match(apposition) and has_org_word(opening) and not has_person_role(opening):
        kind = "org"  # "Blackfen Security, a firm based in the capital"
    elif kind == "person" and apposition.lstrip().lower().startswith("which "):
        kind = "org"  # "Ashvale Copper, which is listed in Norland": not a who
    elif kind == "person" and _owns_organisation_part(apposition):
        kind = "org"  # "Ashvale Copper, whose chief executive flew in": a company
    return SpeakerPhrase(phrase, lowered, head, apposition, kind)


def speaker_gender(phrase: str) -> str | None:
    """The gender ("m", "f") a speaker phrase shows, if it shows one.

    >>> speaker_gender("the spokeswoman"), speaker_gender("She"), speaker_gender("the ministry")
    ('f', 'f', None)
    """
    words = speaker_phrase(phrase).lowered.split()
    genders = {english.GENDERED_WORDS[w] for w in words if w in english.GENDERED_WORDS}
    return genders.pop() if len(genders) == 1 else None


def _is_proper_name_phrase(phrase: str) -> bool:
    """Two or more words, all capitalised after an opening "The" ("The Tenants' Committee").

    Stricter than :func:`~narrative_compare.labels.is_proper_name`, which
    takes "The Committee" and function words inside: a discovered subject
    needs a name of its own.
    """
    words = phrase.split()
    if words[:1] == ["The"]:
        words = words[1:]
    return len(words) >= 2 and all(word[:1].isupper() for word in words)


def _owns_organisation_part(apposition: str) -> bool:
    """Whether an apposition opens "whose" and a part only organisations have ("whose board")."""
    words = apposition.lower().split()
    return len(words) > 1 and words[0] == "whose" and words[1] in english.ORGANISATION_PARTS


# -- the rules, in the order Discourse.resolve tries them ---------------------

Rule = Callable[[Discourse, SpeakerPhrase, SentenceContext], "Resolution | None"]


def by_pronoun(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "she", "it", "they": the most recent compatible speaker (``pronoun``/``unresolved``)."""
    return d.pronoun(s.lowered, context) if s.lowered in PRONOUNS else None


def by_document(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "a statement released by X", "the statement said": the author (``statement``)."""
    statement = statement_source(s.phrase)
    if statement is not None:
        # "published by the Association last month": the time is not the author's.
        author = d.resolve(trim_subject(statement.group("source"), 0)[0], context)
        return Resolution(author.actor, author.kind, "statement")
    if not _BARE_STATEMENT.match(s.head.lower()):
        return None
    # A document without an author ("A second message, posted an hour later,"):
    # that of the organisation that spoke last.
    if not d.has_spoken("org"):
        return Resolution(d.resolver.discover(slug(s.phrase), "org"), "org", "discovered")
    author = d.pronoun("it", context)
    return Resolution(author.actor, author.kind, "statement")


def by_name(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """A name or alias in the head (``name``), or the surname of a person of the actor file."""
    found = d.resolver.match_name(s.head) or _known_surname(d, s.head)
    described = _DESCRIPTION_HEAD.match(s.head) or _NAME_POSSESSIVE.search(s.head)
    if found is not None and described and _names_someone(s.apposition):
        # "The head of the committee's delegation in Tarsen, Martina Holzer",
        # "Hartsen's lawyer, Kasimir Oden": a described head names its
        # speaker in the apposition.
        found = d.resolver.match_name(s.apposition) or _counsel_named(d, s) or found
    if found is None:
        return None
    kind = s.kind
    if found in d.resolver.known:
        # The actor file knows better than the shape of the words
        # ("Open Wake" is a charity, "Mira Holt" its spokeswoman); a
        # role word still makes a person ("The spokesman of the Ministry").
        person = d.resolver.is_person_name(s.head, found) or has_person_role(s.head)
        kind = "person" if person else found.kind
    elif d.resolver.is_person_name(s.head, found):
        kind = "person"
    if _DESCRIPTIVE.match(s.apposition) and kind != "person":
        # "X, an environmental group that ...": a later "the group" is X.
        d.resolver.remember_alias(found.actor, s.apposition)
    elif kind == "person" and _ROLE_AT_BODY.match(s.apposition):
        # "Karel Nemo, chief engineer of Brenek Hydro": a later "the engineer".
        d.resolver.remember_alias(found.actor, s.apposition)
    return d.with_alias(found, s.head, kind, "name")


def by_named_apposition(
    d: Discourse, s: SpeakerPhrase, context: SentenceContext
) -> Resolution | None:
    """ "His lawyer, Ilse Marquand": the name in the apposition (``apposition``)."""
    if not _names_someone(s.apposition):
        return None
    found = d.resolver.match_name(s.apposition)
    if found is None:
        return None
    # "Velmar's governor, Ilse Varga": a later "Governor Varga" is her.
    d.resolver.remember_alias(found.actor, f"{s.head} {s.apposition}")
    return d.with_alias(found, s.head, "person", "apposition")


def by_collective(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "both sides", "the two countries": every side (``collective``)."""
    if not is_collective(s.head):
        return None
    both = Candidate(COLLECTIVE_ACTOR, "Both sides", COLLECTIVE_CAMP, "group", ())
    return Resolution(both, "group", "collective")


def by_possessive(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "her campaign", "its spokesman": whoever the pronoun stands for (``pronoun``)."""
    owner = _POSSESSIVE_PRONOUN.match(s.lowered)
    if owner is None:
        return None
    owned = s.head.split(None, 1)[1]
    if not d.resolver.known:
        if len(owned.split()) > 1 and has_org_word(owned) and not has_person_role(owned):
            # "Its aviation authority": a body of its own, named by its
            # description; "its ministry" is too bare to name one.
            return Resolution(d.resolver.discover(slug(owned), "org"), "org", "discovered")
        owned = ""
    # "its spokeswoman" speaks for the owner; "her family" is a speaker itself.
    described = None
    for part in _conjuncts(owned):
        # "His colleagues and his union": the first conjunct the file describes.
        described = d.describe(part, context) if not has_person_role(part) else None
        if described is not None:
            break
    if described is not None:
        # "her family said" when the actor file has the family: the noun
        # names the speaker better than the pronoun.
        return d.with_alias(described, s.head, s.kind, "definite")
    # "Edda Lorentz will ask allies for help, her office said": the sentence's subject.
    found = d.pronoun(POSSESSIVE_OWNER[owner.group(1)], context, surface=owner.group(1))
    return d.with_alias(found.actor, s.head, s.kind, "pronoun")


def _conjuncts(owned: str) -> list[str]:
    """The owned noun and, when it is a list, each noun of it without its possessive.

    >>> _conjuncts("colleagues and his union")
    ['colleagues and his union', 'colleagues', 'union']
    """
    if not owned:
        return []
    parts = [owned]
    if " and " in owned:
        for part in owned.split(" and "):
            words = part.split()
            if words and words[0].lower() in POSSESSIVE_OWNER:
                words = words[1:]
            if words:
                parts.append(" ".join(words))
    return parts


def by_person_apposition(
    d: Discourse, s: SpeakerPhrase, context: SentenceContext
) -> Resolution | None:
    """A person whose apposition names an actor (``apposition``)."""
    if not (s.apposition and s.kind == "person"):
        return None
    found = d.resolver.match_name(s.apposition) or _counsel_named(d, s)
    return None if found is None else d.with_alias(found, s.head, s.kind, "apposition")


def _counsel_named(d: Discourse, s: SpeakerPhrase) -> Candidate | None:
    """ "Hartsen's lawyer, Kasimir Oden": the person the apposition names, not Hartsen.

    A person's lawyer or relative is someone else; "Rovers' chief executive,
    Hal Desmond" speaks for Rovers (left to the role rules).
    """
    if not _PERSONAL_AGENT.search(s.head) or entity_kind(s.apposition) != "person":
        return None
    return d.resolver.discover(s.apposition, "person")


def by_role(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "a spokeswoman for X", "X's director": the role's organisation (``role``)."""
    # "Morvania, a close ally of Valdoria": an organisation's apposition
    # describes it; only a person's names whom they speak for.
    organisation = role_organisation(s.head, s.apposition if s.kind == "person" else "")
    if not organisation:
        return None
    # "Sarnian officials": a country's officials speak for its government,
    # whichever Sarnian body spoke last.
    found = (
        _body_named_by_role(d, s.head)
        or d.resolver.match_name(organisation)
        or _state_of(d, organisation)
        or d.describe(organisation, context)
        # "a government spokesman" when the file's camp "Government" holds
        # the "Government of Norvalia": that actor, not a new "government".
        or _camp_member(d, organisation)
    )
    if found is None:
        found = d.resolver.discover(organisation, "org")
    if found.kind == "group" and d.resolver.known:
        # "farmers' leader": a role speaks for the farmers' union, not the farmers.
        found = d.resolver.body_of_group(organisation) or found
    # "Dr. Pavel Strick, director of the hospital": a later "the director".
    d.resolver.remember_alias(found.actor, f"{s.head} {s.apposition}")
    return d.with_alias(found, s.head, s.kind, "role")


# "senior ", "former ": a rank before a role, if any.
_OPTIONAL_RANK = r"(?:(?:" + "|".join(sorted(english.ROLE_RANKS)) + r")\s+)?"
# "a senior airport manager", "A police officer": a role after the words of a body.
_MODIFIED_ROLE = re.compile(
    r"^(?:an?|one|two|three|several|some)\s+"
    + _OPTIONAL_RANK
    + r"(?P<modifiers>(?:[a-z][\w-]*\s+){1,2})(?:"
    + "|".join(sorted(english.ROLE_WORDS | english.STAFF_NOUNS | english.OFFICER_NOUNS))
    + r")s?$",
    re.IGNORECASE,
)


def by_role_modifier(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "a senior airport manager", "A police officer": the body the role's words name (``role``).

    Without an organisation's name, the words before the role may still be
    those of a body the article named: the "Kelvany Airports Group" that
    an "airport manager" works for, the "City Police" of a "police officer".
    Only a body of the actor file that the article has named answers.
    """
    modified = _MODIFIED_ROLE.match(s.head)
    if modified is None:
        return None
    found = d.resolver.match_description(modified.group("modifiers").strip(), d.recency)
    if found is None or found not in d.resolver.known or not d._in_article(found):
        return None
    if found.kind == "person":
        return None  # "a senior Orvell aide" is left to the title rules
    return d.with_alias(found, s.head, s.kind, "role")


# "a spokeswoman", "a senior spokesman": a spokesperson of no body named
# ("the spokesman" points back to one named before: by_role_reference).
_BARE_SPOKESPERSON = re.compile(
    r"^an?\s+" + _OPTIONAL_RANK + word_alternation(sorted(english.SPOKESPERSON_NOUNS)) + "$",
    re.IGNORECASE,
)


def by_bare_spokesperson(
    d: Discourse, s: SpeakerPhrase, context: SentenceContext
) -> Resolution | None:
    """ "It would not comment ..., a spokeswoman said": the body in focus (``role``).

    A spokesperson speaks for a body; with none named, it is the one "it"
    would mean: the organisation that spoke last.
    """
    if not _BARE_SPOKESPERSON.match(s.head) or not d.has_spoken("org"):
        return None
    body = d.pronoun("it", context)
    return d.with_alias(body.actor, s.head, s.kind, "role")


def _body_named_by_role(d: Discourse, head: str) -> Candidate | None:
    """The one body of the actor file named after the role: "Prosecutors in Lorvenna".

    "Lorvenna prosecutor's office" speaks, not the "University of Lorvenna"
    whose name holds the place the prosecutors work in.
    """
    role = head.split()[0]
    if not role[:1].isalpha() or not d.resolver.known:
        return None
    keys = name_keys(role)
    if not keys:
        return None  # "The spokeswoman for X": an article names no body
    bodies = [actor for actor in d.resolver.known_named_with(keys) if has_org_word(actor.name)]
    return bodies[0] if len(bodies) == 1 else None


def by_state(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "Sardovia says", "the Kelmar side claims": the country's government (``name``).

    A country named alone speaks through its government, not through
    whichever of its bodies spoke last.
    """
    place = _state_place(s.head)
    found = _state_of(d, place) if place else None
    return None if found is None else d.with_alias(found, s.head, "org", "name")


def _state_place(head: str) -> str:
    """The place a phrase names alone: "Sardovia", "the Kelmar side" -> "Kelmar"; else ""."""
    words = head.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if len(words) == 2 and words[1].lower() in english.STATE_SIDE_NOUNS:
        words = words[:1]
    return words[0] if len(words) == 1 and words[0][:1].isupper() else ""


def by_placed_group(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "In Salo, residents said": the file's group of that place (``group``).

    Of several groups with the phrase's head noun, the one whose other name
    words the sentence has; it comes before descriptions, which would take
    the group that spoke last.
    """
    if not d.resolver.known:
        return None
    found = d.resolver.group_by_head(s.head, (), lambda: d.sentence_keys(context), placed_only=True)
    return None if found is None else Resolution(found, "group", "group")


def by_description(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "the ministry", "the regional hospital": an actor described so before (``definite``)."""
    found = d.describe(s.head, context)
    if found is None or len(s.head.split()) > 6:
        return None
    if found.kind != "group" and d.resolver.known:
        # "Some workers" are the file's group of workers, not the "Metal
        # Workers' Union" whose name holds the word.
        group = d.resolver.group_by_head(s.head, d.recency)
        if group is not None:
            return Resolution(group, "group", "group")
    return d.with_alias(found, s.head, s.kind, "definite")


def by_role_reference(
    d: Discourse, s: SpeakerPhrase, context: SentenceContext
) -> Resolution | None:
    """ "the official", "the latter": the person who last spoke in the section (``role``).

    "Army spokesman Ivan Dorin told reporters ... '...,' the official said":
    a bare role noun points back to the person just named, not to a new actor.
    """
    if _ROLE_REFERENCE.match(s.head) is None:
        return None
    found = d._latest_of(context.section, ("person",))
    return None if found is None else Resolution(found.actor, "person", "role")


def by_individual(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "A fruit seller who gave his name only as Danel": one of the bystanders (``apposition``)."""
    if not (s.kind == "person" and not s.apposition and d.resolver.known):
        return None
    if not _INDIVIDUAL.match(s.head):
        return None
    found = d.resolver.bystanders(s.head)
    return None if found is None else d.with_alias(found, s.head, s.kind, "apposition")


def by_bystander_apposition(
    d: Discourse, s: SpeakerPhrase, context: SentenceContext
) -> Resolution | None:
    """ "Elif Moran, a farmer from Dornic": one of the bystanders (``apposition``)."""
    if not (s.kind == "person" and s.apposition):
        return None
    first_word = s.apposition.split()[:1]
    if first_word and first_word[0].lower() in english.RELATIVE_PRONOUNS:
        # "One woman, who asked not to be named for fear of the separatist
        # authorities": a relative clause tells what she did, not whose she is.
        return None
    found = d.resolver.bystanders(s.apposition)
    return None if found is None else d.with_alias(found, s.head, s.kind, "apposition")


def by_group_member(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """A private person quoted right after a group speaks as one of it (``group member``).

    "Residents said ...", then "said Petra Lind, 41, who left ...".
    """
    if not (s.kind == "person" or _BYSTANDER_HEAD.match(s.head)):
        return None
    if has_person_role(s.head) and not _BYSTANDER_HEAD.match(s.head):
        return None  # "Interior Minister Tomas Greve" speaks for no crowd
    if d.last is not None and d.last[1] == "group":
        return Resolution(d.last[0], "person", "group member")
    return None


def by_bystander_head(
    d: Discourse, s: SpeakerPhrase, context: SentenceContext
) -> Resolution | None:
    """ "Another resident, Tomas Hale, said": one of the residents (``apposition``)."""
    bystander = _BYSTANDER_HEAD.match(s.head)
    if bystander is None:
        return None
    group = d.resolver.bystanders(s.head) if d.resolver.known else None
    if group is None and not d.resolver.known:
        group = d.resolver.discover(_plural(bystander.group(1)), "group")
    return None if group is None else Resolution(group, "person", "apposition")


def by_indefinite(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """Without an actor file, private people speak as a group (``apposition``).

    "one of the parents" -> parents, "a farmer" -> residents and witnesses;
    but a person named in full whom the apposition does not call a resident
    or witness ("Salma Haddad, a mother of five") is left to discovery.
    """
    indefinite = _INDEFINITE.match(s.apposition)
    if not (s.kind == "person" and indefinite and not d.resolver.known):
        return None
    group_name = indefinite.group("group")
    if not group_name and _is_proper_name_phrase(s.head) and not _says_bystander(s.apposition):
        # "Aaron Pike, a loader at the airport": a named person who is no
        # resident or witness is an actor of their own, whom the user can
        # place in a camp ("Ann Roe, a resident of ..." stays with them).
        return None
    group_name = group_name or BYSTANDERS_NAME
    return Resolution(d.resolver.discover(group_name, "group"), s.kind, "apposition")


def _says_bystander(apposition: str) -> bool:
    """Whether an apposition calls someone a resident, witness or the like."""
    return any(word in english.BYSTANDER_WORDS for word in apposition.lower().split())


def by_kin(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "Danek's wife, Alina": the family of the file named after the owner (``group``)."""
    kin = _KIN.match(s.head)
    if kin is None or not d.resolver.known:
        return None
    owner = name_keys(kin.group("owner"))
    for actor in d.resolver.known:
        keys = frozenset().union(*actor.names)
        if owner <= keys and keys & _FAMILY_KEYS:
            return Resolution(actor, "group", "group")
    return None


def by_organisers(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "Organisers said", "according to the protest organisers": the body behind it (``group``).

    The body the article says called or organised the event ("the Fair
    Fuel Movement, which called the march"); else the one body of the file
    the article names whose name is a movement's ("Drovenian Growers'
    Alliance"). None when the article leaves it open.
    """
    if not (d.resolver.known and _ORGANISERS.match(s.head)):
        return None
    found = d.organiser()
    return None if found is None else Resolution(found, "group", "group")


def by_group_head(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "Truck drivers waiting at the gate": the file's group with that head noun (``group``).

    "Witnesses" with no group of witnesses in the file are its group of
    ordinary people ("residents of Kettle Hollow"); "Prosecutors" with no
    group of prosecutors speak for the one body named after them (the
    "Prosecutor General's Office").
    """
    if not d.resolver.known:
        return None
    found = _group_of_file(d, s.head, lambda: d.sentence_keys(context))
    if found is None and s.kind == "group":
        body = d.resolver.body_of_group(s.head)
        return None if body is None else Resolution(body, "org", "group")
    return None if found is None else Resolution(found, "group", "group")


def by_first_conjunct(
    d: Discourse, s: SpeakerPhrase, context: SentenceContext
) -> Resolution | None:
    """ "Residents and rights groups say": the first of two coordinated subjects (``group``).

    Only an actor of the file answers for the first conjunct (by name or as
    a group); otherwise the whole phrase is left to the later rules.
    """
    if not d.resolver.known:
        return None
    first, _, rest = s.head.partition(" and ")
    first = first.strip()
    if not first or not rest.strip():
        return None
    found = d.resolver.match_name(first) or _group_of_file(d, first)
    return None if found is None else Resolution(found, found.kind, "group")


def _group_of_file(
    d: Discourse, phrase: str, around: Callable[[], frozenset[str]] | None = None
) -> Candidate | None:
    """The actor file's group ``phrase`` names by its head noun, or as ordinary people.

    ``around()``: the keys of the phrase's sentence, which tell groups with
    the same head noun apart (:meth:`ActorResolver.group_by_head`).
    """
    return d.resolver.group_by_head(phrase, d.recency, around) or d.resolver.bystander_group(phrase)


def by_title_named_later(
    d: Discourse, s: SpeakerPhrase, context: SentenceContext
) -> Resolution | None:
    """ "Prime Minister: ..." in a headline: the person the article names with that title.

    A headline gives a title alone; the body names its holder ("Prime
    Minister Johan Eskel on Sunday accused ..."), so the first person named
    with the same title words after the sentence is the speaker (``name``).
    """
    title = _bare_title_keys(s.head)
    if not title:
        return None
    sentence = d.sentences[context.position] if context.position < len(d.sentences) else None
    rest = d.text[sentence.end :] if sentence is not None else ""
    for match in titled_names(rest):
        named = match.group(0)
        if title <= name_keys(named):
            found = d.resolver.match_name(named)
            if found is None and not d.resolver.known:
                found = d.resolver.discover(named, "person")
            if found is not None:
                return Resolution(found, "person", "name")
    return None


def _bare_title_keys(head: str) -> frozenset[str]:
    """The keys of a phrase that is only a title ("Prime Minister", "the minister"), else none."""
    words = head.lower().split()
    if words[:1] and words[0] in english.ARTICLES:
        words = words[1:]
    # Most phrases fail on their first word: test before building anything.
    if not words or not all(w.strip(".,") in english.PERSON_WORDS for w in words):
        return frozenset()
    return name_keys(" ".join(w.strip(".,") for w in words))


def by_camp_name(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution | None:
    """ "Protesters said" when the actor file has a camp "Protesters": its actor (``camp``).

    Actor files name camps after who is in them; a bare group noun that is
    no actor's name speaks for the camp's most recent speaker, else its
    first actor.
    """
    found = _camp_member(d, s.head)
    return None if found is None else Resolution(found, "group", "camp")


def _camp_member(d: Discourse, phrase: str) -> Candidate | None:
    """The actor of the file's camp that ``phrase`` names ("Government", "Protesters").

    An actor whose own name holds the phrase ("Government of Norvalia" for
    "the government") before the others; among them the most recent
    speaker, else the first in the file.
    """
    if not d.resolver.known:
        return None
    keys = name_keys(phrase)
    owners = name_keys(" ".join(word for word in phrase.split() if word[:1].isupper()))
    members = [actor for actor in d.resolver.known if _names_camp(keys, owners, actor.camp)]
    named = [actor for actor in members if any(keys <= name for name in actor.names)]
    members = named or members
    if not members:
        return None
    spoken = {actor.actor: actor for actor in members}
    return next((spoken[actor] for actor in d.recency if actor in spoken), members[0])


_CAMP_PHRASE_KEYS = name_keys(" ".join(english.CAMP_PHRASE_WORDS))


def _names_camp(keys: frozenset[str], owners: frozenset[str], camp: str) -> bool:
    """Whether a phrase with name keys ``keys`` names the camp ``camp``.

    Its keys are the camp's, or the camp's with a few general words
    (:data:`~narrative_compare.lexicon.english.CAMP_PHRASE_WORDS`) and the
    keys of its capitalised words (``owners``): "Tervana's main opposition
    party" names "Opposition".
    """
    camp_keys = name_keys(camp)
    if keys == camp_keys:
        return True
    if not camp_keys or not camp_keys < keys:
        return False
    return keys - camp_keys <= _CAMP_PHRASE_KEYS | (owners - camp_keys)


def _names_people(actor: Candidate) -> bool:
    """Whether ``actor``'s name has a noun for people ("Nurses' Association")."""
    return any(word.rstrip("'’") in GROUP_WORDS for word in actor.name.lower().split())


def _named_as_other_body(actor: Candidate, noun: str) -> bool:
    """Whether ``actor``'s name says it is another kind of body than ``noun``.

    The "Health Ministry" that spoke last is not "the union"
    (``english.EXCLUSIVE_BODY_KINDS``); a name without such a noun
    ("Brenek Hydro") may be any.
    """
    if noun not in english.EXCLUSIVE_BODY_KINDS:
        return False
    words = actor.name.lower().split()
    if noun in english.PUBLIC_BODY_KINDS and english.CIVIL_SOCIETY_BODY_NOUNS.intersection(words):
        return True  # "the ministry" is not the "aid group Clean Springs"
    kinds = set(words) & english.EXCLUSIVE_BODY_KINDS
    return bool(kinds) and not kinds & {noun, *_SYNONYMS.get(noun, ())}


def by_discovery(d: Discourse, s: SpeakerPhrase, context: SentenceContext) -> Resolution:
    """What no rule resolves is a new actor of its own (``discovered``)."""
    new_actor = d.resolver.discover(s.head, s.kind)
    if _DESCRIPTIVE.match(s.apposition) and s.kind != "person":
        d.resolver.remember_alias(new_actor.actor, s.apposition)
    return Resolution(new_actor, s.kind, "discovered")


#: The rules, most specific first; the last always answers.
RULES: tuple[Rule, ...] = (
    by_pronoun,
    by_document,
    by_name,
    by_named_apposition,
    by_collective,
    by_possessive,
    by_person_apposition,
    by_role,
    by_role_modifier,
    by_bare_spokesperson,
    by_state,
    by_placed_group,
    by_description,
    by_role_reference,
    by_individual,
    by_bystander_apposition,
    by_group_member,
    by_bystander_head,
    by_indefinite,
    by_kin,
    by_organisers,
    by_group_head,
    by_first_conjunct,
    by_camp_name,
    by_title_named_later,
    by_discovery,
)


#: What the phrase alone must show for a rule to answer (each rule checks it
#: again). Most phrases meet the conditions of a few rules: testing these
#: cheap conditions in order spares calling the others (a rule not listed
#: always applies: it reads the discourse). Tested lazily, statement by
#: statement: computing every condition once per distinct phrase was slower
#: on a corpus whose phrases rarely repeat.
PRECONDITIONS: dict[Rule, Callable[[SpeakerPhrase], object]] = {
    by_pronoun: lambda s: s.lowered in PRONOUNS,
    by_document: lambda s: statement_source(s.phrase) or _BARE_STATEMENT.match(s.head.lower()),
    by_named_apposition: lambda s: _names_someone(s.apposition),
    by_collective: lambda s: is_collective(s.head),
    by_possessive: lambda s: _POSSESSIVE_PRONOUN.match(s.lowered),
    by_person_apposition: lambda s: s.apposition and s.kind == "person",
    by_role: lambda s: role_organisation(s.head, s.apposition if s.kind == "person" else ""),
    by_role_modifier: lambda s: s.kind == "person" and _MODIFIED_ROLE.match(s.head),
    by_bare_spokesperson: lambda s: _BARE_SPOKESPERSON.match(s.head),
    by_state: lambda s: _state_place(s.head),
    by_placed_group: lambda s: s.kind == "group",
    by_role_reference: lambda s: _ROLE_REFERENCE.match(s.head),
    by_individual: lambda s: s.kind == "person" and not s.apposition and _INDIVIDUAL.match(s.head),
    by_bystander_apposition: lambda s: s.kind == "person" and s.apposition,
    by_group_member: lambda s: s.kind == "person" or _BYSTANDER_HEAD.match(s.head),
    by_bystander_head: lambda s: _BYSTANDER_HEAD.match(s.head),
    by_indefinite: lambda s: s.kind == "person" and _INDEFINITE.match(s.apposition),
    by_kin: lambda s: _KIN.match(s.head),
    by_organisers: lambda s: _ORGANISERS.match(s.head),
    by_first_conjunct: lambda s: " and " in s.head,
    by_camp_name: lambda s: not s.apposition and 0 < len(s.head.split()) <= 4,
    by_title_named_later: lambda s: _bare_title_keys(s.head),
}


# Each rule with its precondition (None: it always applies), in order.
_RULES_AND_PRECONDITIONS = tuple((rule, PRECONDITIONS.get(rule)) for rule in RULES)

#: Rules that only read the actor file: without one they never answer.
NEEDS_ACTOR_FILE: frozenset[Rule] = frozenset(
    {
        by_role_modifier,
        by_state,
        by_placed_group,
        by_kin,
        by_organisers,
        by_group_head,
        by_first_conjunct,
        by_camp_name,
    }
)

# The rules tried without an actor file (discovery mode).
_RULES_WITHOUT_FILE = tuple(
    (rule, applies) for rule, applies in _RULES_AND_PRECONDITIONS if rule not in NEEDS_ACTOR_FILE
)


def applicable_rules(speaker: SpeakerPhrase) -> tuple[Rule, ...]:
    """The rules of :data:`RULES` whose :data:`PRECONDITIONS` ``speaker`` meets, in order.

    Examples
    --------
    >>> [rule.__name__ for rule in applicable_rules(speaker_phrase("she"))]
    ['by_pronoun', 'by_name', 'by_description', 'by_group_head', 'by_camp_name', 'by_discovery']
    """
    return tuple(
        rule for rule, applies in _RULES_AND_PRECONDITIONS if applies is None or applies(speaker)
    )


def _known_surname(d: Discourse, head: str) -> Candidate | None:
    """The one actor of the file whose person ``head`` names by surname alone.

    "Varga", or a surname after a title ("Minister Kavsar", "Foreign
    Minister Kavsar"): the title's words are not part of the person's name.
    """
    if not d.resolver.known:
        return None
    head = _after_title(head.strip())
    if " " in head or not head[:1].isupper():
        return None
    found = [actor for actor in d.resolver.known if d.resolver.is_person_name(head, actor)]
    return found[0] if len(found) == 1 else None


def _after_title(head: str) -> str:
    """The words after the last title word of ``head``: "Minister Kavsar" -> "Kavsar"."""
    words = head.split()
    titles = [i for i, word in enumerate(words) if word.lower().strip(".,") in english.PERSON_WORDS]
    return " ".join(words[titles[-1] + 1 :]) if titles and titles[-1] < len(words) - 1 else head


def _state_of(d: Discourse, place: str) -> Candidate | None:
    """The government of a country or capital named alone ("Oskari officials" -> its government)."""
    if " " in place.strip() or not place[:1].isupper() or not d.resolver.known:
        return None
    for body in english.STATE_BODY_NOUNS:
        found = d.resolver.match_name(f"{place} {body}")
        if (
            found is not None
            and found in d.resolver.known
            and any(name_keys(body) <= name for name in found.names)
        ):
            return found  # not an actor named by the place alone ("Residents")
    return None


@functools.lru_cache(maxsize=256)  # one per body noun
def _named_body(noun: str) -> re.Pattern[str]:
    """Capitalised words ending in ``noun`` capitalised: "Industrial Safety Authority".

    Or ``noun`` capitalised opening them with "of": "Ministry of Public Health".
    """
    capitalised = re.escape(noun.capitalize())
    return re.compile(
        rf"(?:\b[A-Z][\w'’-]+\s+){{1,5}}{capitalised}\b"
        rf"|\b{capitalised}\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}"
    )


def _names_someone(apposition: str) -> bool:
    """Whether an apposition is a name ("Martina Holzer", "the Baltan Commission")."""
    return apposition[:1].isupper() or bool(_NAMED.match(apposition))


def _plural(noun: str) -> str:
    """English plural of a simple noun: witness -> witnesses, resident -> residents."""
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _names_pattern(resolver: ActorResolver) -> re.Pattern[str] | None:
    """One pattern finding the proper names of the actor file in running text."""
    names = {n for n in resolver.known_names if n[:1].isupper()}
    if not names:
        return None
    body = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
