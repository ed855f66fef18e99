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
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from narrative_compare.actors import ActorTable
from narrative_compare.lexicon import (
    CUE_FORMS,
    NEEDS_SPEECH_COMPLEMENT,
    SOURCE_PHRASES,
    STATEMENT_NOUNS,
    TARGETING_CUES,
    cue_form,
    cue_lemma,
    cue_spans,
    is_bare_form,
    is_participle,
)
from narrative_compare.mentions import (
    ActorResolver,
    Candidate,
    entity_kind,
    has_org_word,
    has_person_role,
    is_collective,
    slug,
    words_of,
)
from narrative_compare.quotes import Quote, find_quotes
from narrative_compare.schema import NARRATOR_ACTOR, NARRATOR_CAMP
from narrative_compare.segment import Segmentation, Sentence, segment_text
from narrative_compare.speakers import (
    DETERMINERS,
    MASK,
    MAX_PHRASE_CHARS,
    PASSIVE,
    POSSESSIVE_OWNER,
    PRONOUNS,
    clause_floor,
    is_adverbial,
    last_word,
    leading_noun_phrase,
    phrase_after,
    role_organisation,
    segments,
    split_apposition,
    statement_source,
    subject_before,
    titled_names,
    without_roles,
)


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


#: (actor, kind of speaker, how it was resolved), as returned by the resolvers.
Resolution = tuple[Candidate, str, str]


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

# Object pronouns after a source cue: "according to her".
_OBJECT_PRONOUNS = {"her": "she", "him": "he", "them": "they"}
# Words before a bare form that make it a noun: "media reports", "amid calls".
_NOUN_MODIFIERS = frozenset(
    """media news press further new recent earlier latest initial official unconfirmed
    first second amid following after before despite over about of""".split()
)
_RELATIVE = frozenset("what which who whom whose where when".split())
_OBJECT_END = re.compile(
    r"[.;:!?]|,\s|\s(?:of|to|for|that|over|after|in|on|at|with|about|from|as|not|against|"
    r"amid|into|during|before|by|because|following|since|until|while|when)\s",
)
# Between the targets of one cue: "accused X and Y".
_TARGET_SEPARATOR = re.compile(r",|\band\b|&")
_BARE_STATEMENT = re.compile(
    r"^(?:the|this|that|its|their|a|an)\s+(?:\w+\s+)?(?:"
    + "|".join(re.escape(noun) for noun in STATEMENT_NOUNS)
    + r")$"
)
_POSSESSIVE_PRONOUN = re.compile(r"^(his|her|its|their)\s+\w+")
# Up to three describing words right before a name ("Environmental group",
# "Health Minister"), stopping at function words.
_DESCRIPTOR_BEFORE = re.compile(
    r"(?:\b(?!(?:the|a|an|of|by|to|in|on|at|for|and|with|from)\b)[A-Za-z][\w-]*\s+){1,3}$",
    re.IGNORECASE,
)
# ", the country's largest mining company," after a name.
_APPOSITION_AFTER = re.compile(
    r",\s+(?P<description>(?:the|a|an)\s+[^,.;:()“”\"]{2,120}?)(?=[,.;:]|$)"
)
_GENERIC_DESCRIPTION = re.compile(
    r"^(?:the|this)\s+(?:[\w-]+(?:['’]s)?\s+)?"
    r"(company|firm|group|organi[sz]ation|agency|operator|charity|"
    r"union|party|campaign|movement|alliance|ministry|department|government|office|body|"
    r"regulator|watchdog|authority|commission|council|court|committee|board|police|army|ngo|"
    r"military|agency|institute|bank|hospital|embassy|mission|club|team|federation|"
    r"association|trust|bloc|faction|coalition|league|school|university|airline)$"
)
# Nouns a text uses for the same kind of body ("the charity X" ... "the NGO").
_SYNONYMS = {
    "ngo": ("charity", "organisation", "organization", "group"),
    "charity": ("ngo", "organisation", "organization", "group"),
    "organisation": ("ngo", "charity", "group", "organization"),
    "organization": ("ngo", "charity", "group", "organisation"),
    "group": ("ngo", "charity", "organisation", "organization"),
    "company": ("firm", "operator"),
    "firm": ("company", "operator"),
}
# Words in a name that show what type of body it is, for "the company".
_TYPE_WORDS = {
    "company": "holdings chemicals minerals industries energy motors airlines airways corp "
    "inc ltd plc llc mining oil gas pharmaceuticals technologies systems bank steel foods",
    "group": "group watch rights friends green clean rivers doctors coalition network",
    # Football club names rarely say "club": "Velmont Rovers", "FC Arvel".
    "club": "club fc united rovers athletic wanderers rangers albion sporting",
}
_TYPE_WORDS["firm"] = _TYPE_WORDS["operator"] = _TYPE_WORDS["company"]
_TYPE_WORDS["organisation"] = _TYPE_WORDS["organization"] = _TYPE_WORDS["charity"] = _TYPE_WORDS[
    "group"
]
# "one of the striking dockworkers", "a resident of ...", "a farmer from ...".
_INDEFINITE = re.compile(
    r"^(?:one\s+of\s+the\s+(?P<group>[\w\s-]+?)(?:\s*,.*|\s+(?:at|in|from|who|whose|on)\b.*)?$"
    r"|an?\s+.*)",
    re.IGNORECASE | re.DOTALL,
)
BYSTANDERS_NAME = "residents and witnesses"
_PARTICIPLE_CUE = re.compile(
    r",\s+(saying|adding|stressing|noting|insisting|claiming|arguing|warning|explaining)\b"
)
_COLON_QUOTE = re.compile(r":\s*[“\"«„‘]\x00")
_BYSTANDER_HEAD = re.compile(
    r"^(?:another|a|an|one|one\s+local)\s+(resident|witness|eyewitness|villager|local|farmer|"
    r"shopkeeper|driver|passer-by|survivor|neighbour|neighbor|parent|mother|father|worker)\b",
    re.IGNORECASE,
)
_MAX_CUES_TRIED = 40
_SPEECH_COMPLEMENT = re.compile(r"\s*(?:[:“\"«„‘\x00,]|that\b|to\s+say\b)")
# An apposition that describes ("an environmental group that ..."), unlike a
# relative clause ("who said she had joined the company").
_DESCRIPTIVE = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)
# The object right after a cue, up to a reported clause or a comma.
_OBJECT_ZONE = re.compile(r"[^,;:]{0,80}", re.DOTALL)
# A head that describes rather than names: "The head of ...", "Its director".
_DESCRIPTION_HEAD = re.compile(r"(?:the|a|an|its|his|her|their)\s", re.IGNORECASE)
# "the Baltan Commission": a name after the article.
_NAMED = re.compile(r"(?:the|The)\s+[A-Z]")
# "A fruit seller who ...", "A teacher who lost her sister": one private person.
_INDIVIDUAL = re.compile(
    r"^(?:[Aa]|[Aa]n)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:who|whose|from|in|at)\b"
)


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
        #: Section of each history entry: pronouns look in their section first.
        self.history_sections: list[int] = []
        #: Actors of ``history``, most recent first, each once.
        self.recency: list[str] = []
        self.group_speaker: dict[int, tuple[Candidate, str, str, str]] = {}
        self.name_pattern = _names_pattern(resolver)
        self.last_mention: dict[str, int] = {}
        #: Each sentence with its quoted words masked, computed once.
        self.masked = [self._mask(sentence) for sentence in seg.sentences]
        self._current = 0
        self._section = 0
        self._cue_end = 0

    def run(self) -> list[Attribution]:
        cues = [self._find_cue(s) for s in self.seg.sentences]
        results: list[Attribution] = []
        for sentence, cue in zip(self.seg.sentences, cues, strict=True):
            self._current = sentence.index
            self._section = sentence.section
            self._learn_descriptions(sentence)
            result = self._attribute_sentence(sentence, cue, cues, results)
            if result.mode == "narration":
                self._remember_people(sentence)
            results.append(result)
        return results

    # -- mentions outside speech ---------------------------------------------

    def _learn_descriptions(self, sentence: Sentence) -> None:
        """Remember how the article describes its actors.

        "Solvane Minerals, the country's largest mining company" and
        "Environmental group Green Ostrel" let a later "the company" or "the
        group" refer back to them.
        """
        if self.name_pattern is None:
            return  # no actor file: nothing to recognise
        text = self.text[sentence.start : sentence.end]
        for match, actor, before in self._mentions(text):
            self.last_mention[actor.actor] = sentence.index
            if before:
                self.resolver.remember_alias(actor.actor, before + match.group(0))
            after = _APPOSITION_AFTER.match(text, match.end())
            if after:
                self.resolver.remember_alias(actor.actor, after.group("description"))

    def _mentions(self, text: str) -> Iterator[tuple[re.Match[str], Candidate, str]]:
        """Names of the actor file in ``text``: (match, actor, describing words before it)."""
        if self.name_pattern is None:
            return
        for match in self.name_pattern.finditer(text):
            actor = self.resolver.match_name(match.group(0))
            if actor is not None:
                before = _DESCRIPTOR_BEFORE.search(text, 0, match.start())
                yield match, actor, before.group(0) if before else ""

    def _introduced_later(self, noun: str) -> Candidate | None:
        """An actor the next sentences introduce with ``noun``: "the NGO" ... "the charity X".

        News leads often name a source by type first ("according to the NGO
        that led the rescue") and by name a sentence or two later.
        """
        if self.name_pattern is None:
            return self._named_next()
        nouns = {noun, *_SYNONYMS.get(noun, ())}
        following = self.seg.sentences[self._current + 1 : self._current + 4]
        for sentence in following:
            for _match, actor, before in self._mentions(self.text[sentence.start : sentence.end]):
                if nouns & set(before.lower().split()):
                    return actor
        if following:
            # "..., the port's operator said." then "Saltmere Container Terminals
            # said ...": a lead names the organisation in the next sentence.
            text = self.text[following[0].start : following[0].end]
            opening = self.name_pattern.match(text)
            if opening is not None:
                found = self.resolver.match_name(opening.group(0))
                if found is not None and found.kind == "org":
                    return found
        return None

    def _named_next(self) -> Candidate | None:
        """Without an actor file: the organisation named at the start of the next sentence."""
        if self._current + 1 >= len(self.seg.sentences):
            return None
        following = self.seg.sentences[self._current + 1]
        found = leading_noun_phrase(self.text[following.start : following.end])
        if found is None or not found[0][:1].isupper() or len(found[0].split()) < 2:
            return None
        if entity_kind(found[0]) != "org":
            return None
        return self.resolver.discover(found[0], "org")

    def _named_in_sentence(self, exclude: str) -> set[str]:
        """Actors named as the object of the current cue ("disputed Redkite's figure").

        Only the words right after the cue count: a name in a reported clause
        ("rejected suggestions that Aldoria was acting alone") may well be the
        speaker's own.
        """
        if self.name_pattern is None:
            return set()
        sentence = self.seg.sentences[self._current]
        text = self.text[sentence.start + self._cue_end : sentence.end]
        text = _OBJECT_ZONE.match(text).group(0).split(" that ")[0]
        text = text.replace(exclude, " " * len(exclude), 1)
        return {actor.actor for _match, actor, _before in self._mentions(text)}

    def _last_mentioned_of_type(self, noun: str) -> Candidate | None:
        words = set(_TYPE_WORDS.get(noun, "").split())
        if not words:
            return None
        typed = [
            c
            for c in self.resolver.known + self.resolver.discovered
            if any(words & set(words_of(n)) for n in self.names_of(c))
        ]
        typed.sort(key=lambda c: self.last_mention.get(c.actor, -1), reverse=True)
        return typed[0] if typed else None

    def names_of(self, candidate: Candidate) -> tuple[str, ...]:
        return self.resolver.surface_names.get(candidate.actor, (candidate.name,))

    def _remember_people(self, sentence: Sentence) -> None:
        """Narration introduces people a later "she said" refers to."""
        text = self.text[sentence.start : sentence.end]
        for match, actor, before in self._mentions(text):
            titled = bool(before) and entity_kind(before) == "person"
            if titled or self.resolver.is_person_name(match.group(0), actor):
                self._remember(actor, "person")
        for match in titled_names(text):
            phrase = match.group(0)
            actor = self.resolver.match_name(phrase) or self.resolver.discover(phrase, "person")
            self.resolver.remember_alias(actor.actor, phrase)
            self._remember(actor, "person")

    # -- cues -------------------------------------------------------------

    def _mask(self, sentence: Sentence) -> str:
        """The sentence with quoted words replaced by a mask character.

        Built in one pass over the sentence's quotations, so a sentence with
        thousands of quotations stays linear.
        """
        quotes = self.sentence_quotes[sentence.index]
        if not quotes:
            return self.text[sentence.start : sentence.end]
        pieces, position = [], sentence.start
        for quote in quotes:
            lo, hi = max(quote.start, position), min(quote.end, sentence.end)
            if lo >= hi:
                continue
            pieces.append(self.text[position:lo])
            pieces.append(MASK * (hi - lo))
            position = hi
        pieces.append(self.text[position : sentence.end])
        return "".join(pieces)

    def _find_cue(self, sentence: Sentence) -> Cue | None:
        masked = self.masked[sentence.index]
        fallback = None
        for tried, (start, end) in enumerate(cue_spans(masked)):
            if tried == _MAX_CUES_TRIED:
                break  # a pathological sentence: dozens of cue words, none with a subject
            surface = masked[start:end]
            form = cue_form(surface)
            lemma = CUE_FORMS[form]
            if form in SOURCE_PHRASES:
                speaker = phrase_after(masked, end, stop_at_comma=True)
                if speaker and fallback is None:
                    fallback = Cue(lemma, start, end, *speaker, "source")
                    if not masked[:start].strip():
                        # "According to X, the seller claimed ...": X is the source.
                        return fallback
                continue
            cue = self._verb_cue(masked, start, end, lemma, sentence)
            if cue is not None:
                participle = self._participle_cue(masked[:start])
                # "X launched ..., saying it was targeting groups it blames":
                # the participle comes first, the later verb is reported.
                return participle or cue
        return fallback or self._participle_cue(masked) or self._colon_cue(sentence, masked)

    def _participle_cue(self, masked: str) -> Cue | None:
        """ "X disputed the figure, saying ...": the sentence's subject speaks."""
        match = _PARTICIPLE_CUE.search(masked)
        if match is None:
            return None
        bounds = segments(masked[: match.start()])
        while len(bounds) > 1 and is_adverbial(masked[bounds[0][0] : bounds[0][1]]):
            bounds = bounds[1:]
        first = masked[bounds[0][0] : bounds[0][1]]
        if len(bounds) >= 3 and len(first.split()) <= 6:
            # "Merovia's foreign minister, Sela Roan, went further, claiming ...":
            # a short first segment and its apposition are the subject.
            phrase = masked[bounds[0][0] : bounds[1][1]].strip()
            start = bounds[0][0] + len(first) - len(first.lstrip())
        else:
            found = leading_noun_phrase(first)
            if found is None:
                return None
            phrase, offset = found
            start = bounds[0][0] + offset
        return Cue(
            cue_lemma(match.group(1)), match.start(1), match.end(1), phrase, start, "subject"
        )

    def _colon_cue(self, sentence: Sentence, masked: str) -> Cue | None:
        """A sentence ending in a colon that opens a quotation names its speaker.

        "In a press release, Brannock Chemicals addressed the cause:" followed
        by a quoted paragraph: the subject of the main clause speaks, whatever
        the verb.
        """
        following = sentence.index + 1
        if not masked.rstrip().endswith(":") or following >= len(self.seg.sentences):
            return None
        if not self.sentence_quotes[following]:
            return None
        bounds = segments(masked)
        while len(bounds) > 1 and is_adverbial(masked[bounds[0][0] : bounds[0][1]]):
            bounds = bounds[1:]
        start = bounds[0][0]
        found = leading_noun_phrase(masked[start : bounds[0][1]])
        if found is None:
            return None
        phrase, offset = found
        return Cue("say", start + offset, start + offset, phrase, start + offset, "subject")

    def _verb_cue(
        self, masked: str, start: int, end: int, lemma: str, sentence: Sentence
    ) -> Cue | None:
        surface = masked[start:end]
        if lemma in NEEDS_SPEECH_COMPLEMENT and not _SPEECH_COMPLEMENT.match(masked, end):
            return None
        before = masked[:start]
        previous = last_word(before)
        if is_participle(surface) or previous in _RELATIVE or previous in PASSIVE:
            return None
        if previous in DETERMINERS:
            return None  # a noun: "the report", "its claims"
        if previous.endswith(("'s", "’s")) and is_bare_form(surface):
            return None  # "the ministry's report"; but "Patients at St Odile's said"
        if surface[:1].isupper() and start > 0:
            return None  # part of a name: "(Civic Post)", "Washington Report"
        if previous in _NOUN_MODIFIERS and is_bare_form(surface):
            return None  # "media reports", "amid calls for calm"
        # A subject is a few words long: looking further back only costs time
        # (and made a sentence of thousands of "said" quadratic).
        original = self.text[sentence.start : sentence.start + start]
        floor = max(clause_floor(before, original), len(before) - MAX_PHRASE_CHARS)
        left = before[floor:]
        if not left.strip(" ,\x00"):
            # The verb opens its clause: the speaker follows ("...," said X).
            if not (before.rstrip(" ,").endswith(("”", '"', "»", "’", MASK)) or not before):
                return None
            found = phrase_after(masked, end)
            if found is None:
                return None
            return Cue(lemma, start, end, found[0], found[1], "after")
        subject = subject_before(left)
        if subject is None:
            return None
        phrase, offset = subject
        if is_bare_form(surface) and (
            len(left.rstrip()) - len(left[: offset + len(phrase)]) > 1
            or len(phrase.split(",")[0].split()) > 6
        ):
            return None  # bare forms ("report", "posts") only right after a short subject
        return Cue(lemma, start, end, phrase, floor + offset, "subject")

    # -- attribution --------------------------------------------------------

    def _attribute_sentence(
        self, sentence: Sentence, cue: Cue | None, cues: list[Cue | None], done: list[Attribution]
    ) -> Attribution:
        quoted_share = self._quoted_share(sentence)
        group = self._group_of(sentence)
        if cue is not None:
            self._cue_end = cue.end
            actor, kind, how = self._resolve(cue.speaker)
            self._remember(actor, kind)
            if group is not None and group not in self.group_speaker:
                self.group_speaker[group] = (actor, kind, how, cue.lemma)
            mode = _mode(self.masked[sentence.index], quoted_share)
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
        """Share of the sentence's word characters that are quoted."""
        if not self.sentence_quotes[sentence.index]:
            return 0.0
        masked = self.masked[sentence.index]
        hidden = masked.count(MASK)
        letters = sum(map(str.isalnum, masked))  # what [^\W_] matches
        return hidden / (hidden + letters) if hidden else 0.0

    def _group_of(self, sentence: Sentence) -> int | None:
        quotes = self.sentence_quotes[sentence.index]
        return quotes[0].group if quotes else None

    # -- speakers -------------------------------------------------------------

    def _resolve(self, phrase: str) -> tuple[Candidate, str, str]:
        """Map a speaker phrase to (actor, kind of speaker, how it was resolved).

        The rules are tried in order, most specific first: pronouns and
        documents, names, affiliations (roles, possessives, appositions),
        descriptions, ordinary people; what none resolves is discovered.
        """
        lowered = " ".join(phrase.lower().split())
        lowered = _OBJECT_PRONOUNS.get(lowered, lowered)
        if lowered in PRONOUNS:
            return self._resolve_pronoun(lowered)
        document = self._resolve_document(phrase, lowered)
        if document is not None:
            return document
        head, apposition = split_apposition(phrase)
        kind = entity_kind(head)
        opening = " ".join(apposition.split()[:4])
        if (
            _DESCRIPTIVE.match(apposition)
            and has_org_word(opening)
            and not has_person_role(opening)
        ):
            kind = "org"  # "Blackfen Security, a firm based in the capital"
        for rule in (self._resolve_name, self._resolve_affiliation, self._resolve_bystander):
            found = rule(head, apposition, kind, lowered)
            if found is not None:
                return found
        new_actor = self.resolver.discover(head, kind)
        if _DESCRIPTIVE.match(apposition) and kind != "person":
            self.resolver.remember_alias(new_actor.actor, apposition)
        return new_actor, kind, "discovered"

    def _resolve_document(self, phrase: str, lowered: str) -> Resolution | None:
        """ "a statement released by X", "the statement said", "as per the press release"."""
        statement = statement_source(phrase)
        if statement is not None:
            actor, kind, _how = self._resolve(statement.group("source"))
            return actor, kind, "statement"
        if not _BARE_STATEMENT.match(lowered):
            return None
        # A document without an author: that of the organisation that spoke last.
        if not any(kind == "org" for _candidate, kind in self.history):
            return self.resolver.discover(slug(phrase), "org"), "org", "discovered"
        actor, kind, _how = self._resolve_pronoun("it")
        return actor, kind, "statement"

    def _resolve_name(
        self, head: str, apposition: str, kind: str, lowered: str
    ) -> Resolution | None:
        """A name of the head or of a capitalised apposition; "both sides"."""
        found = self.resolver.match_name(head)
        if found is not None and _DESCRIPTION_HEAD.match(head) and _names_someone(apposition):
            # "The head of the committee's delegation in Tarsen, Martina Holzer":
            # a described head names its speaker in the apposition.
            named = self.resolver.match_name(apposition)
            found = named or found
        if found is not None:
            if found in self.resolver.known:
                # The actor file knows better than the shape of the words
                # ("Open Wake" is a charity, "Mira Holt" its spokeswoman); a
                # role word still makes a person ("The spokesman of the Ministry").
                person = self.resolver.is_person_name(head, found) or has_person_role(head)
                kind = "person" if person else found.kind
            elif self.resolver.is_person_name(head, found):
                kind = "person"
            if _DESCRIPTIVE.match(apposition) and kind != "person":
                # "X, an environmental group that ...": a later "the group" is X.
                self.resolver.remember_alias(found.actor, apposition)
            return self._with_alias(found, head, kind, "name")
        if _names_someone(apposition):
            found = self.resolver.match_name(apposition)
            if found is not None:  # "His lawyer, Ilse Marquand, said"
                # "Velmar's governor, Ilse Varga": a later "Governor Varga" is her.
                self.resolver.remember_alias(found.actor, f"{head} {apposition}")
                return self._with_alias(found, head, "person", "apposition")
        if is_collective(head):
            both = Candidate(COLLECTIVE_ACTOR, "Both sides", COLLECTIVE_CAMP, "group", ())
            return both, "group", "collective"
        return None

    def _resolve_affiliation(
        self, head: str, apposition: str, kind: str, lowered: str
    ) -> Resolution | None:
        """Whom a person speaks for: "her campaign", "a spokeswoman for X", "the ministry"."""
        owner = _POSSESSIVE_PRONOUN.match(lowered)
        if owner is not None:
            # "her campaign", "its spokesman": whoever the pronoun stands for.
            actor, _kind, _how = self._resolve_pronoun(POSSESSIVE_OWNER[owner.group(1)])
            return self._with_alias(actor, head, kind, "pronoun")
        if apposition and kind == "person":
            found = self.resolver.match_name(apposition)
            if found is not None:
                return self._with_alias(found, head, kind, "apposition")
        # "Morvania, a close ally of Valdoria": an organisation's apposition
        # describes it; only a person's names whom they speak for.
        organisation = role_organisation(head, apposition if kind == "person" else "")
        if organisation:
            found = self.resolver.match_name(organisation) or self._describe(organisation)
            if found is None:
                found = self.resolver.discover(organisation, "org")
            # "Dr. Pavel Strick, director of the hospital": a later "the director".
            self.resolver.remember_alias(found.actor, f"{head} {apposition}")
            return self._with_alias(found, head, kind, "role")
        found = self._describe(head)
        if found is not None and len(head.split()) <= 6:
            return self._with_alias(found, head, kind, "definite")
        return None

    def _resolve_bystander(
        self, head: str, apposition: str, kind: str, lowered: str
    ) -> Resolution | None:
        """Ordinary people: residents, witnesses, "one of the parents"."""
        if kind == "person" and not apposition and self.resolver.known and _INDIVIDUAL.match(head):
            # "A fruit seller who gave his name only as Danel said"
            found = self.resolver.bystanders(head)
            if found is not None:
                return self._with_alias(found, head, kind, "apposition")
        if kind == "person" and apposition:
            found = self.resolver.bystanders(apposition)
            if found is not None:
                return self._with_alias(found, head, kind, "apposition")
        bystander = _BYSTANDER_HEAD.match(head)
        if (kind == "person" or bystander) and self.history and self.history[-1][1] == "group":
            # "Residents said ...", then "said Petra Lind, 41, who left ...":
            # a private person quoted after a group speaks as one of it.
            return self.history[-1][0], "person", "group member"
        if bystander is not None:
            # "Another resident, Tomas Hale, said": one of the residents.
            group = self.resolver.bystanders(head) if self.resolver.known else None
            if group is None and not self.resolver.known:
                group = self.resolver.discover(_plural(bystander.group(1)), "group")
            if group is not None:
                return group, "person", "apposition"
        indefinite = _INDEFINITE.match(apposition)
        if kind == "person" and indefinite and not self.resolver.known:
            # Without an actor file, private people speak as a group:
            # "one of the parents" -> parents, "a farmer" -> residents and witnesses.
            group_name = indefinite.group("group") or BYSTANDERS_NAME
            return self.resolver.discover(group_name, "group"), kind, "apposition"
        return None

    def _describe(self, phrase: str) -> Candidate | None:
        """An actor a description refers back to: "the ministry", "the regional hospital".

        An actor named by name elsewhere in the same sentence is not what the
        description means ("The firm disputed Redkite's figure" is not Redkite).
        """
        named = self._named_in_sentence(exclude=phrase)
        recency = [actor for actor in self.recency if actor not in named] if named else self.recency
        found = self.resolver.match_description(without_roles(phrase), recency)
        words = phrase.split()
        definite = bool(words) and words[0].lower() in ("the", "this")
        if found is None and definite and len(words) > 2 and all(w.islower() for w in words[1:]):
            found = self.resolver.match_description(words[-1], recency)
        # "the port operator", not "The Civic Alliance": a common noun, lowercase.
        common = definite and all(w.islower() or w.isupper() for w in words[1:])  # "the NGO" too
        generic = _GENERIC_DESCRIPTION.match(" ".join(words).lower()) if common else None
        if found is None and generic:
            for synonym in _SYNONYMS.get(generic.group(1), ()):
                found = found or self.resolver.match_description(synonym, recency)
        if found is None and generic:
            # "the company said" with no actor described so: the last
            # mentioned actor whose name shows that type ("... Holdings"),
            # else the organisation that spoke last, as for "it".
            found = self._last_mentioned_of_type(generic.group(1))
            if found is None and self.history and self.history[-1][1] == "org":
                found = self.history[-1][0]
            if found is None:
                found = self._introduced_later(generic.group(1))
        return found

    def _with_alias(
        self, found: Candidate, head: str, kind: str, how: str
    ) -> tuple[Candidate, str, str]:
        self.resolver.remember_alias(found.actor, head)
        if kind == "person" or (kind == "org" and has_org_word(head)):
            return found, kind, how  # "the Ministry of Labour" speaks as an organisation
        return found, found.kind, how

    def _resolve_pronoun(self, pronoun: str) -> tuple[Candidate, str, str]:
        """The most recent compatible speaker, in the current section first.

        Within a section the preferred kind (a person for "she", an
        organisation for "it") wins, then any speaker: machine-translated
        text often calls a ministry "she". Only then earlier sections.
        """
        wanted = PRONOUNS[pronoun]
        order = {"person": ("person",), "org": ("org",), "group": ("group", "org")}[wanted]
        entries = list(zip(self.history, self.history_sections, strict=True))[::-1]
        here = [entry for entry, section in entries if section == self._section]
        for pool in (here, [entry for entry, _section in entries]):
            for kinds in (order, ("person", "org", "group")):
                for candidate, kind in pool:
                    if kind in kinds:
                        return candidate, kind, "pronoun"
        subject = self._recent_subject()
        if subject is not None:
            return self.resolver.discover(subject, wanted), wanted, "pronoun"
        # No antecedent: the pronoun itself is the only name we have.
        return self.resolver.discover(pronoun.capitalize(), wanted), wanted, "unresolved"

    def _recent_subject(self) -> str | None:
        """The subject of the latest narration sentence of the section, if it names someone.

        "The Harbour Workers Union met on Monday. “We are ready,” it said."
        """
        for sentence in reversed(self.seg.sentences[: self._current]):
            if sentence.section != self._section:
                break
            found = leading_noun_phrase(self.text[sentence.start : sentence.end])
            if found is not None and found[0][:1].isupper() and found[0].lower() not in PRONOUNS:
                words = found[0].split()
                if len(words) >= 2 or words[0].lower() not in DETERMINERS:
                    return found[0]
        return None

    def _remember(self, actor: Candidate, kind: str) -> None:
        self.history.append((actor, kind))
        self.history_sections.append(self._section)
        self.last_mention[actor.actor] = self._current
        if self.recency[:1] != [actor.actor]:
            if actor.actor in self.recency:
                self.recency.remove(actor.actor)
            self.recency.insert(0, actor.actor)

    def _targets(self, sentence: Sentence, cue: Cue) -> tuple[str, ...]:
        """Actors an accusation, demand or call is aimed at (its object)."""
        if cue.lemma not in TARGETING_CUES:
            return ()
        rest = self.text[sentence.start + cue.end : sentence.end]
        end = _OBJECT_END.search(rest + " ")
        obj = rest[: end.start()] if end else rest
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


def _mode(masked: str, quoted_share: float) -> str:
    """direct, mixed or indirect for a sentence with a cue.

    Quoted words make the sentence direct when they are most of it, when the
    sentence opens with the quotation ("“...,” the union said") or when a
    colon introduces it ("She continued: “...”"); a shorter quoted fragment
    inside reported speech makes it mixed.
    """
    if quoted_share == 0:
        return "indirect"
    opens_quoted = masked.lstrip("“\"«„‘' ")[:1] == MASK
    if quoted_share >= 0.5 or opens_quoted or _COLON_QUOTE.search(masked):
        return "direct"
    return "mixed"


def _names_pattern(resolver: ActorResolver) -> re.Pattern[str] | None:
    """One pattern finding the proper names of the actor file in running text."""
    names = {n for n in resolver.known_names if n[:1].isupper()}
    if not names:
        return None
    body = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


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
