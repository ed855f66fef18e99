"""Attribute each sentence to the actor who makes the statement.

The method is the classic rule-based pipeline for quotation attribution
(Pouliquen, Steinberger & Best 2007, "Automatic detection of quotations in
multilingual news"; O'Keefe et al. 2012, "A sequence labelling approach to
quote attribution", whose baselines these rules are):

1. find the quotations (:mod:`narrative_compare.quotes`) and hide their
   words, so a reporting verb inside a quotation is never taken for a cue;
2. find the first reporting cue of the sentence (:mod:`narrative_compare.lexicon`)
   and its speaker: the subject before the verb (``X said``, ``X, a
   spokeswoman for Y, said``), the noun phrase after it when the verb follows
   a quotation (``"...," said X``), or the phrase after a source cue
   (``according to X``);
3. resolve the speaker: a name matches an actor, a pronoun or a definite
   description ("she", "the ministry") the most recent compatible speaker;
4. a sentence with no cue of its own that lies inside a quotation takes the
   quotation's speaker, found in any sentence of the quotation (a speaker
   named after the last of three quoted sentences, or before a colon that
   ends the previous paragraph); a quotation standing alone continues the
   previous speaker. Every other sentence is narration.

Examples
--------
>>> from narrative_compare.loading import article_from_text
>>> rows = attribute(article_from_text('“We will strike,” said Lina Morrow. The talks ended.').text)
>>> [(r.speaker, r.mode) for r in rows]
[('Lina Morrow', 'direct'), ('', 'narration')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from narrative_compare.actors import ActorTable
from narrative_compare.lexicon import (
    CUE_PATTERN,
    SOURCE_PHRASES,
    STATEMENT_NOUNS,
    TARGETING_CUES,
    cue_lemma,
    is_bare_form,
    is_participle,
)
from narrative_compare.mentions import (
    GROUP_WORDS,
    PERSON_WORDS,
    ActorResolver,
    Candidate,
    entity_kind,
    is_collective,
    slug,
    words_of,
)
from narrative_compare.quotes import Quote, find_quotes
from narrative_compare.schema import NARRATOR_ACTOR, NARRATOR_CAMP
from narrative_compare.segment import Segmentation, Sentence, segment_text


class Attribution(NamedTuple):
    """Who makes a sentence's statement, and how the sentence reports it."""

    sentence: Sentence
    speaker: str
    actor: str
    camp: str
    cue: str
    mode: str
    targets: tuple[str, ...]
    resolved_by: str


class Cue(NamedTuple):
    """A reporting cue found in a sentence and the words naming its speaker."""

    lemma: str
    start: int
    end: int
    speaker: str
    speaker_start: int
    #: "subject", "after" (verb after a quotation), or "source" (according to).
    position: str


#: Camp given to a speaker that stands for every side ("both sides").
COLLECTIVE_CAMP = "Both"
COLLECTIVE_ACTOR = "both_sides"

_PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "group"}
_MASK = "\x00"
# Words that show a cue form is a noun here ("the report", "its claims").
_DETERMINERS = frozenset(
    """a an the this that these those its his her their our my your such no any some many
    several media news press further new recent earlier latest initial official unconfirmed
    first second amid following after before despite over about of""".split()
)
_PASSIVE = frozenset("was were is are be been being".split())
_RELATIVE = frozenset("what which who whom whose where when".split())
# Words a subject phrase cannot end with: prepositions, conjunctions and
# relative pronouns show the "subject" is the tail of another clause.
_BAD_SUBJECT_END = frozenset(
    """of in on at to for from by with about as than that which who whom what where when and
    or but if because while although though whether the a an also not""".split()
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_TIME_WORD = (
    rf"(?:{_WEEKDAY}|week|weekend|month|year|night|morning|evening|afternoon|today|tonight|"
    r"yesterday|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)"
)
# Adverbials between a subject and its verb ("The ministry on Tuesday said").
_TRAILING_ADVERBIAL = re.compile(
    rf"(?:\s*,)?\s+(?:(?:on|last|this|earlier|later|late|early|next|by)\s+(?:\w+\s+)?{_TIME_WORD}"
    rf"(?:\s+(?:night|morning|evening|afternoon))?|{_TIME_WORD}"
    r"|in\s+an?\s+(?:\w+\s+)?(?:statement|press\s+release|interview|speech|post|letter|"
    r"message|tweet|video|briefing|communiqu[eé])(?:\s+on\s+\w+)?"
    r"|on\s+(?:its|his|her|their)\s+(?:official\s+)?(?:website|account|page|channel)"
    r"|\w+ly|also|again|later|earlier|then|further|first|too|once|still|now|separately"
    r"|meanwhile|however|has|have|had|will|would|could|should|can|may|might|did|does|do"
    r"|not|never|already|yesterday|today|herself|himself|itself|themselves)\s*$",
    re.IGNORECASE,
)
_LEADING_FILLER = re.compile(
    r"^(?:(?:and|but|yet|so|meanwhile|however|later|earlier|separately|instead|then|"
    r"still|also|now|in\s+turn|in\s+response|for\s+(?:its|his|her|their)\s+part)\s+)+",
    re.IGNORECASE,
)
_STATEMENT_SOURCE = re.compile(
    r"(?:^|\b)(?:an?|the)\s+(?:\w+\s+)?(?:"
    + "|".join(re.escape(noun) for noun in STATEMENT_NOUNS)
    + r")\s+(?:\w+\s+)?(?:released|issued|published|posted|sent|put\s+out|signed)?\s*"
    r"(?:by|from)\s+(?P<source>.+)$",
    re.IGNORECASE,
)
_POSSESSIVE_STATEMENT = re.compile(
    r"^(?P<source>.+?)['’]s?\s+(?:\w+\s+)?(?:"
    + "|".join(re.escape(noun) for noun in STATEMENT_NOUNS)
    + r")$",
    re.IGNORECASE,
)
# "a spokeswoman for X", "the head of X": the role's organisation speaks.
_ROLE_OF = re.compile(
    r"\b(?:" + "|".join(sorted(PERSON_WORDS)) + r")s?\s+(?:for|of|at|with|from)\s+(?P<org>.+)$",
    re.IGNORECASE,
)
_RIGHT_PHRASE_END = re.compile(
    r"[.;:!?\x00“”\"«»]|,\s+(?:adding|saying|noting|stressing|who|which|as|while|but|and|"
    r"after|before|in|on|at|when)\b|\s+(?:that|who|which|as|after|when|while|to|on\s+"
    rf"{_WEEKDAY})\b",
    re.IGNORECASE,
)
_OBJECT_END = re.compile(
    r"[.;:!?]|,\s|\s(?:of|to|for|that|over|after|in|on|at|with|about|from|as|not)\s",
)
_CLAUSE_BREAK = re.compile(r"[;:—–]|\s-\s")


def attribute(
    text: str,
    actors: ActorTable | None = None,
    *,
    segmentation: Segmentation | None = None,
) -> list[Attribution]:
    """Attribute every sentence of ``text`` (see the module docstring).

    Parameters
    ----------
    text : str
        The decoded article.
    actors : ActorTable, optional
        Actors and camps. Without it actors are discovered from the text and
        their camp is ``unassigned``.
    segmentation : Segmentation, optional
        A segmentation of ``text`` already computed.

    Returns
    -------
    list of Attribution
        One per sentence, in order.
    """
    seg = segmentation if segmentation is not None else segment_text(text)
    quotes = find_quotes(text, [(p.start, p.end) for p in seg.paragraphs])
    return _Attributor(text, seg, quotes, ActorResolver(actors)).run()


class _Attributor:
    """Holds one article's state: the quotations and who spoke most recently."""

    def __init__(self, text: str, seg: Segmentation, quotes: list[Quote], resolver: ActorResolver):
        self.text = text
        self.seg = seg
        self.quotes = quotes
        self.resolver = resolver
        self.sentence_quotes = _quotes_by_sentence(seg.sentences, quotes)
        #: (actor, kind) of speakers, most recent last.
        self.history: list[tuple[Candidate, str]] = []
        self.group_speaker: dict[int, tuple[Candidate, str, str, str]] = {}

    def run(self) -> list[Attribution]:
        cues = [self._find_cue(s) for s in self.seg.sentences]
        results = []
        for sentence, cue in zip(self.seg.sentences, cues, strict=True):
            results.append(self._attribute_sentence(sentence, cue, cues, results))
        return results

    # -- cues -------------------------------------------------------------

    def _masked(self, sentence: Sentence) -> str:
        """The sentence with quoted words replaced by a mask character."""
        chars = self.text[sentence.start : sentence.end]
        for quote in self.sentence_quotes[sentence.index]:
            lo = max(quote.start, sentence.start) - sentence.start
            hi = min(quote.end, sentence.end) - sentence.start
            chars = chars[:lo] + _MASK * (hi - lo) + chars[hi:]
        return chars

    def _find_cue(self, sentence: Sentence) -> Cue | None:
        masked = self._masked(sentence)
        fallback = None
        for match in CUE_PATTERN.finditer(masked):
            surface = match.group(0)
            lemma = cue_lemma(surface)
            if " ".join(surface.lower().split()) in SOURCE_PHRASES:
                speaker = _phrase_after(masked, match.end())
                if speaker and fallback is None:
                    fallback = Cue(lemma, match.start(), match.end(), *speaker, "source")
                continue
            cue = self._verb_cue(masked, match, lemma)
            if cue is not None:
                return cue
        return fallback

    def _verb_cue(self, masked: str, match: re.Match[str], lemma: str) -> Cue | None:
        surface = match.group(0)
        before = masked[: match.start()]
        previous = _last_word(before)
        if is_participle(surface) or previous in _RELATIVE or previous in _PASSIVE:
            return None
        if previous in _DETERMINERS or previous.endswith(("'s", "’s")):
            return None  # a noun: "the report", "its claims"
        floor = _clause_floor(before)
        left = before[floor:]
        if not left.strip(" ,\x00"):
            # The verb opens its clause: the speaker follows ("...," said X).
            if not (before.rstrip(" ,").endswith(("”", '"', "»", "’", _MASK)) or not before):
                return None
            found = _phrase_after(masked, match.end())
            if found is None or is_bare_form(surface) and lemma != "say":
                return None
            return Cue(lemma, match.start(), match.end(), found[0], found[1], "after")
        subject = _subject(left)
        if subject is None:
            return None
        phrase, offset = subject
        if is_bare_form(surface) and len(left.rstrip()) - len(left[: offset + len(phrase)]) > 1:
            return None  # bare forms ("report", "calls") only right after the subject
        return Cue(lemma, match.start(), match.end(), phrase, floor + offset, "subject")

    # -- attribution --------------------------------------------------------

    def _attribute_sentence(
        self, sentence: Sentence, cue: Cue | None, cues: list[Cue | None], done: list[Attribution]
    ) -> Attribution:
        quoted_share = self._quoted_share(sentence)
        group = self._group_of(sentence)
        if cue is not None:
            actor, kind, how = self._resolve(cue.speaker)
            self._remember(actor, kind)
            if group is not None and group not in self.group_speaker:
                self.group_speaker[group] = (actor, kind, how, cue.lemma)
            mode = "direct" if quoted_share >= 0.5 else "mixed" if quoted_share > 0 else "indirect"
            if cue.position == "source" and quoted_share >= 0.5:
                mode = "direct"
            targets = self._targets(sentence, cue)
            return self._row(sentence, cue.speaker, actor, cue.lemma, mode, targets, how)
        if group is not None and quoted_share >= 0.5:
            speaker = self._group_attribution(group, sentence, cues, done)
            if speaker is not None:
                actor, _kind, how, lemma = speaker
                return self._row(sentence, "", actor, lemma, "direct", (), how)
        return self._row(sentence, "", None, "", "narration", (), "")

    def _group_attribution(
        self, group: int, sentence: Sentence, cues: list[Cue | None], done: list[Attribution]
    ) -> tuple[Candidate, str, str, str] | None:
        """The speaker of a quotation group, searched around the sentence."""
        if group in self.group_speaker:
            actor, kind, _how, lemma = self.group_speaker[group]
            return actor, kind, "quotation", lemma
        # The speaker may be named after the quotation's last sentence or
        # before the colon ending the previous paragraph.
        members = [s for s in self.seg.sentences if self._group_of(s) == group]
        later = [cues[s.index] for s in members if s.index > sentence.index]
        intro = self._colon_intro(members[0], cues)
        for cue in [c for c in later if c is not None] + ([intro] if intro else []):
            actor, kind, how = self._resolve(cue.speaker)
            self.group_speaker[group] = (actor, kind, how, cue.lemma)
            return actor, kind, how, cue.lemma
        previous = next((r for r in reversed(done) if r.mode != "narration"), None)
        if previous is not None and previous.sentence.paragraph >= sentence.paragraph - 1:
            candidate = self._candidate_of(previous.actor)
            if candidate is not None:
                self.group_speaker[group] = (
                    candidate,
                    candidate.kind,
                    "continuation",
                    previous.cue,
                )
                return candidate, candidate.kind, "continuation", previous.cue
        return None

    def _colon_intro(self, first: Sentence, cues: list[Cue | None]) -> Cue | None:
        """The cue of a sentence ending in ':' just before the quotation."""
        if first.index == 0:
            return None
        previous = self.seg.sentences[first.index - 1]
        if self.text[previous.start : previous.end].rstrip().endswith(":"):
            return cues[previous.index]
        return None

    def _candidate_of(self, actor_id: str) -> Candidate | None:
        for candidate, _kind in reversed(self.history):
            if candidate.actor == actor_id:
                return candidate
        return None

    def _row(
        self,
        sentence: Sentence,
        speaker: str,
        actor: Candidate | None,
        cue: str,
        mode: str,
        targets: Sequence[str],
        how: str,
    ) -> Attribution:
        if actor is None:
            return Attribution(
                sentence, "", NARRATOR_ACTOR, NARRATOR_CAMP, "", "narration", (), how
            )
        return Attribution(
            sentence, speaker.strip(), actor.actor, actor.camp, cue, mode, tuple(targets), how
        )

    def _quoted_share(self, sentence: Sentence) -> float:
        masked = self._masked(sentence)
        letters = sum(c.isalnum() for c in masked)
        hidden = masked.count(_MASK)
        return hidden / (hidden + letters) if hidden else 0.0

    def _group_of(self, sentence: Sentence) -> int | None:
        quotes = self.sentence_quotes[sentence.index]
        return quotes[0].group if quotes else None

    # -- speakers -------------------------------------------------------------

    def _resolve(self, phrase: str) -> tuple[Candidate, str, str]:
        """Map a speaker phrase to (actor, kind of speaker, how it was resolved)."""
        words = phrase.strip().split()
        lowered = phrase.strip().lower()
        if lowered in _PRONOUNS:
            return self._resolve_pronoun(lowered)
        statement = _STATEMENT_SOURCE.search(phrase) or _POSSESSIVE_STATEMENT.match(phrase.strip())
        if statement is not None:
            actor, kind, _how = self._resolve(statement.group("source"))
            return actor, kind, "statement"
        head, apposition = _split_apposition(phrase)
        kind = entity_kind(head)
        found = self.resolver.match_name(head)
        if found is not None:
            return self._with_alias(found, head, kind, "name")
        if is_collective(head):
            return (
                Candidate(COLLECTIVE_ACTOR, "Both sides", COLLECTIVE_CAMP, "group", ()),
                "group",
                "collective",
            )
        organisation = _role_organisation(head, apposition)
        if apposition:
            found = self.resolver.match_name(apposition)
            if found is not None and kind == "person":
                return self._with_alias(found, head, kind, "apposition")
        if organisation:
            found = self.resolver.match_name(organisation) or self.resolver.match_description(
                organisation, self._recency()
            )
            if found is None:
                found = self.resolver.discover(organisation, "org")
            return self._with_alias(
                found, head, "person" if kind == "person" else found.kind, "role"
            )
        found = self.resolver.match_description(_without_roles(head), self._recency())
        if found is not None and len(words) <= 6:
            return found, kind if kind == "person" else found.kind, "definite"
        return self.resolver.discover(head, kind), kind, "discovered"

    def _with_alias(
        self, found: Candidate, head: str, kind: str, how: str
    ) -> tuple[Candidate, str, str]:
        self.resolver.remember_alias(found.actor, head)
        return found, kind if kind == "person" else found.kind, how

    def _resolve_pronoun(self, pronoun: str) -> tuple[Candidate, str, str]:
        wanted = _PRONOUNS[pronoun]
        order = {"person": ("person",), "org": ("org",), "group": ("group", "org")}[wanted]
        for kinds in (order, ("person", "org", "group")):
            for candidate, kind in reversed(self.history):
                if kind in kinds:
                    return candidate, kind, "pronoun"
        # No antecedent: the pronoun itself is the only name we have.
        return self.resolver.discover(pronoun.capitalize(), wanted), wanted, "unresolved"

    def _remember(self, actor: Candidate, kind: str) -> None:
        self.history.append((actor, kind))

    def _recency(self) -> list[str]:
        seen: list[str] = []
        for candidate, _kind in reversed(self.history):
            if candidate.actor not in seen:
                seen.append(candidate.actor)
        return seen

    def _targets(self, sentence: Sentence, cue: Cue) -> tuple[str, ...]:
        """Actors an accusation, demand or call is aimed at (its object)."""
        if cue.lemma not in TARGETING_CUES:
            return ()
        rest = self.text[sentence.start + cue.end : sentence.end]
        end = _OBJECT_END.search(rest + " ")
        obj = rest[: end.start()] if end else rest
        found: list[str] = []
        for part in re.split(r",|\band\b|&", obj):
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


def _quotes_by_sentence(
    sentences: Sequence[Sentence], quotes: Sequence[Quote]
) -> list[list[Quote]]:
    """For each sentence, the quotations overlapping it (both lists are sorted)."""
    result: list[list[Quote]] = [[] for _ in sentences]
    first = 0
    for sentence in sentences:
        while first < len(quotes) and quotes[first].end <= sentence.start:
            first += 1
        i = first
        while i < len(quotes) and quotes[i].start < sentence.end:
            result[sentence.index].append(quotes[i])
            i += 1
    return result


def _last_word(text: str) -> str:
    match = re.search(r"([\w'’-]+)\W*$", text.replace(_MASK, " "))
    return match.group(1).lower() if match and not text.rstrip().endswith(_MASK) else ""


def _clause_floor(before: str) -> int:
    """Where the clause of a verb starts: after the last quotation or break."""
    floor = 0
    last_mask = before.rfind(_MASK)
    if last_mask >= 0:
        floor = last_mask + 1
        while floor < len(before) and before[floor] in '”"»’,':
            floor += 1
    for match in _CLAUSE_BREAK.finditer(before, floor):
        floor = match.end()
    return floor


def _subject(left: str) -> tuple[str, int] | None:
    """The subject phrase at the end of ``left`` and its offset in it."""
    segments = left.split(",")
    if len(segments) >= 3 and not segments[-1].strip():
        # "X, a spokeswoman for Y, said": the subject is X with its apposition.
        head = segments[-3]
        phrase = head + "," + segments[-2]
        offset = len(",".join(segments[:-3])) + (1 if len(segments) > 3 else 0)
    else:
        phrase = segments[-1]
        offset = len(left) - len(phrase)
    phrase, offset = _trim_subject(phrase, offset)
    if not phrase:
        return None
    words = words_of(phrase.split(",")[0])
    if not words or len(words) > 14 or words[-1] in _BAD_SUBJECT_END:
        return None
    if not (phrase[:1].isupper() or words[0] in _PRONOUNS or words[-1] in GROUP_WORDS):
        if not phrase.lower().startswith(("the ", "a ", "an ", "both ", "two ", "some ", "many ")):
            return None
    return phrase, offset


def _trim_subject(phrase: str, offset: int) -> tuple[str, int]:
    while True:
        trimmed = _TRAILING_ADVERBIAL.sub("", phrase)
        if trimmed == phrase:
            break
        phrase = trimmed
    stripped = phrase.lstrip()
    offset += len(phrase) - len(stripped)
    lead = _LEADING_FILLER.match(stripped)
    if lead:
        offset += lead.end()
        stripped = stripped[lead.end() :]
    return stripped.rstrip(" ,"), offset


def _phrase_after(masked: str, start: int) -> tuple[str, int] | None:
    """The noun phrase right after a cue ("said Ann Roe, a lawyer.")."""
    rest = masked[start:]
    end = _RIGHT_PHRASE_END.search(rest)
    phrase = rest[: end.start()] if end else rest
    stripped = phrase.strip(" ,")
    if not stripped or len(stripped.split()) > 25:
        return None
    if not (
        stripped[:1].isupper()
        or stripped.split()[0].lower() in ("the", "a", "an", "he", "she", "it", "they")
    ):
        return None
    return stripped, start + phrase.index(stripped)


def _split_apposition(phrase: str) -> tuple[str, str]:
    head, _, rest = phrase.partition(",")
    return head.strip(), rest.strip(" ,")


def _role_organisation(head: str, apposition: str) -> str:
    """The organisation a role names: "a spokeswoman for X", "X spokesman Y"."""
    for text in (apposition, head):
        match = _ROLE_OF.search(text)
        if match:
            return match.group("org").strip()
    words = head.split()
    for i, word in enumerate(words):
        if i and word.lower().rstrip("s") in PERSON_WORDS - {"minister", "president", "general"}:
            before = " ".join(words[:i])
            if entity_kind(before) == "org" and any(w[:1].isupper() for w in words[:i]):
                return before
    return ""


def _without_roles(phrase: str) -> str:
    words = phrase.split()
    kept = [w for w in words if w.lower().strip(",.") not in PERSON_WORDS or len(words) == 2]
    return " ".join(kept) or phrase
