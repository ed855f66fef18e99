"""Attribute each sentence to the actor who makes the statement.

The method is the classic rule-based pipeline for quotation attribution
(Pouliquen, Steinberger & Best 2007, "Automatic detection of quotations in
multilingual news"; O'Keefe et al. 2012, "A sequence labelling approach to
quote attribution", whose baselines these rules are), in three stages:

1. find the quotations (:mod:`narrative_compare.quotes`) and hide their
   words, so a reporting verb inside a quotation is never taken for a cue;
2. find each sentence's reporting cue and the words naming its speaker
   (:mod:`narrative_compare.cues`): the subject before the verb (``X said``,
   ``X, a spokeswoman for Y, said``), the noun phrase after it when the verb
   follows a quotation (``"...," said X``), or the phrase after a source cue
   (``according to X``);
3. resolve the speaker to an actor (:mod:`narrative_compare.resolution`): a
   name matches an actor, a pronoun or a definite description ("she", "the
   ministry") the most recent compatible speaker.

This module keeps the loop over the sentences and the quotation groups: a
sentence with no cue of its own that lies inside a quotation takes the
quotation's speaker, found in any sentence of the quotation (a speaker named
after the last of three quoted sentences, or before a colon that ends the
previous paragraph); a quotation standing alone continues the previous
speaker. Every other sentence is narration.

Examples
--------
>>> from narrative_compare.loading import article_from_text
>>> rows = attribute(article_from_text('“We will strike,” said Lina Morrow. The talks ended.').text)
>>> [(r.speaker, r.mode) for r in rows]
[('Lina Morrow', 'direct'), ('', 'narration')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from narrative_compare.actors import ActorTable
from narrative_compare.cues import (
    Cue,
    agentless_source,
    blank_conjunction,
    blank_dateline,
    clause_split,
    find_cue,
    headline_colon_cue,
    headline_dash_cue,
    is_bare_attribution,
    mask_sentence,
    may_split,
    quoted_share,
    sentence_mode,
)
from narrative_compare.labels import is_proper_name
from narrative_compare.lexicon import TARGETING_CUES, cue_lemma, cue_spans, english
from narrative_compare.mentions import ActorResolver, Candidate
from narrative_compare.quotes import Quote, find_quotes
from narrative_compare.resolution import (
    COLLECTIVE_ACTOR,
    COLLECTIVE_CAMP,
    Discourse,
    Resolution,
    SentenceContext,
    speaker_gender,
)
from narrative_compare.schema import NARRATOR_ACTOR, NARRATOR_CAMP
from narrative_compare.segment import Segmentation, Sentence, segment_text

__all__ = ["COLLECTIVE_ACTOR", "COLLECTIVE_CAMP", "Attribution", "attribute"]


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
    #: The quotations overlapping the sentence (content offsets, marks excluded).
    quotes: tuple[Quote, ...] = ()


#: The speaker of a quotation group and the cue that named it.
GroupSpeaker = tuple[Resolution, str]


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
    # A ship, an operation or a document named in quote marks ('the "Jade
    # Harvest" was carrying wheat') quotes no one's words.
    quotes = [q for q in quotes if not (q.closed and is_proper_name(text[q.start : q.end]))]
    seg = split_clauses(text, seg, quotes)
    resolver = ActorResolver(actors)
    resolver.learn_people(text)
    return _Attributor(text, seg, quotes, resolver).run()


def split_clauses(text: str, seg: Segmentation, quotes: list[Quote]) -> Segmentation:
    """The segmentation with each sentence that has two speakers split into clauses.

    Clauses are numbered 1, 2 within their sentence and the sentences
    renumbered, so statement ids stay unique; every clause's offsets are
    its text in the article (the first keeps its comma).
    """
    candidates = [s for s in seg.sentences if may_split(text[s.start : s.end])]
    if not candidates:
        return seg  # the usual case: nothing to split, nothing to renumber
    by_sentence = _quotes_by_sentence(seg.sentences, quotes)
    units: list[Sentence] = []
    for sentence in seg.sentences:
        masked = mask_sentence(text, sentence, by_sentence[sentence.index])
        cut = clause_split(masked) if may_split(masked) else None
        if cut is None:
            same = sentence.index == len(units)
            units.append(sentence if same else sentence._replace(index=len(units)))
            continue
        first_end = sentence.start + len(masked[:cut].rstrip())
        units.append(sentence._replace(index=len(units), end=first_end, clause=1))
        units.append(sentence._replace(index=len(units), start=sentence.start + cut, clause=2))
    return seg._replace(sentences=units)


class _Attributor:
    """The loop over one article's sentences, and its quotation groups."""

    def __init__(self, text: str, seg: Segmentation, quotes: list[Quote], resolver: ActorResolver):
        self.text = text
        self.sentences = seg.sentences
        self.discourse = Discourse(text, seg.sentences, resolver)
        self.sentence_quotes = _quotes_by_sentence(seg.sentences, quotes)
        #: Each sentence with its quoted words masked, computed once.
        self.masked = [
            _clause_text(mask_sentence(text, s, self.sentence_quotes[s.index]), s)
            for s in seg.sentences
        ]
        #: The reporting-cue forms of each masked sentence, found once.
        self.cue_spans = [list(cue_spans(masked)) for masked in self.masked]
        #: The speaker of each quotation group, once found.
        self.group_speaker: dict[int, GroupSpeaker] = {}
        #: The sentences of each quotation group, in order.
        self.group_members: dict[int, list[Sentence]] = {}
        for sentence in seg.sentences:
            group = self._group_of(sentence)
            if group is not None:
                self.group_members.setdefault(group, []).append(sentence)
        #: The sentences of each quotation group that have a cue of their own.
        self.group_cued: dict[int, list[int]] = {}
        #: The latest statement that is not narration.
        self.last_speech: Attribution | None = None
        #: The actor of the latest accusation with a target, which "this
        #: accusation ... an absolute lie" answers.
        self.last_accuser: str | None = None
        #: Sentences that are the article's headline (a heading line too).
        self.headlines = _headlines(text, seg)
        #: Sentences that only name the speaker of the quotation before them.
        self.trailing_attributions: set[int] = set()
        #: The mode a headline's form gives it ("Ministry: ..." is indirect).
        self.headline_modes: dict[int, str] = {}

    def run(self) -> list[Attribution]:
        cues = [self._find_cue(s) for s in self.sentences]
        self._join_trailing_attributions(cues)
        self.group_cued = {
            group: [s.index for s in members if cues[s.index] is not None]
            for group, members in self.group_members.items()
        }
        results: list[Attribution] = []
        # A quotation without a cue of its own is resolved where the last cue
        # ended: its words after that offset are the object the rules look at.
        cue_end = 0
        for sentence, cue in zip(self.sentences, cues, strict=True):
            cue_end = cue.end if cue is not None else cue_end
            context = SentenceContext(sentence.index, sentence.section, cue_end)
            self.discourse.learn_descriptions(
                sentence, describes=sentence.index not in self.headlines
            )
            result = self._attribute_sentence(sentence, cue, cues, context)
            if result.mode == "narration" and sentence.index not in self.headlines:
                # A headline's people are named again in the body; "she" in
                # the lead does not point back to the headline.
                self.discourse.remember_people(sentence, context)
            else:
                self.last_speech = result
                if result.targets and cue is not None and self._accuses(sentence):
                    self.last_accuser = result.actor
            results.append(result)
        return results

    def _join_trailing_attributions(self, cues: list[Cue | None]) -> None:
        """A sentence that only names the speaker of the quotation before it joins its group.

        '"We have run out of beds." A spokesman for the rescue service told
        reporters.': both sentences are the spokesman's direct speech.
        """
        for sentence, cue in zip(self.sentences[1:], cues[1:], strict=True):
            previous = self.sentences[sentence.index - 1]
            group = self._group_of(previous)
            if (
                cue is None
                or group is None
                or cues[previous.index] is not None
                or not self._attributes_paragraph_before(previous, sentence)
                or self._group_of(sentence) is not None
                or quoted_share(self.masked[previous.index]) < 0.5
                or not is_bare_attribution(self.masked[sentence.index], cue)
            ):
                continue
            self.group_members[group].append(sentence)
            self.trailing_attributions.add(sentence.index)

    def _attributes_paragraph_before(self, previous: Sentence, sentence: Sentence) -> bool:
        """Whether ``sentence`` may name the speaker of ``previous``'s quotation.

        In the same paragraph; or, as web pages split them, a paragraph of
        its own right after the quotation's paragraph ('"... only old
        people and goats."' then 'Anka Hrabal, 67, told the Post as she
        swept glass from her floor.').
        """
        if previous.paragraph == sentence.paragraph:
            return True
        following = sentence.index + 1
        return (
            sentence.paragraph == previous.paragraph + 1
            and sentence.clause == 0
            and (
                following == len(self.sentences)
                or self.sentences[following].paragraph != sentence.paragraph
            )
        )

    def _find_cue(self, sentence: Sentence) -> Cue | None:
        next_quoted = self._next_quoted(sentence)
        original = self.text[sentence.start : sentence.end]
        masked = self.masked[sentence.index]
        spans = self.cue_spans[sentence.index]
        if sentence.index in self.headlines:
            # "Weir: they closed the paper because it told the truth": the
            # words before a headline's colon speak, whatever verbs follow.
            colon = headline_colon_cue(masked, self._names_known_speaker)
            if colon is not None:
                self.headline_modes[sentence.index] = colon[1]
                return colon[0]
        cue = find_cue(masked, original, next_quoted=next_quoted, spans=spans)
        if cue is None and sentence.index in self.headlines:
            found = headline_dash_cue(masked)  # the colon was tried first
            if found is not None:
                cue, self.headline_modes[sentence.index] = found
        return cue

    def _next_quoted(self, sentence: Sentence) -> bool:
        """Whether the sentence after ``sentence`` holds a quotation."""
        following = sentence.index + 1
        return following < len(self.sentences) and bool(self.sentence_quotes[following])

    def _names_known_speaker(self, phrase: str) -> bool:
        """Whether ``phrase`` names an actor of the actor file, or one of its people by surname.

        Without an actor file: whether the body names a person so ("Varga"
        in the headline, "Lea Varga" below it).
        """
        resolver = self.discourse.resolver
        if not resolver.known:
            first_line_end = self.text.find("\n")
            body = self.text[first_line_end:] if first_line_end >= 0 else ""
            if not phrase.istitle() or " " in phrase:
                return False
            return re.search(rf"\b[A-Z][\w’'-]+\s+{re.escape(phrase)}\b", body) is not None
        found = resolver.match_name(phrase)
        if found is not None:
            return found in resolver.known
        return any(resolver.is_person_name(phrase, actor) for actor in resolver.known)

    def _attribute_sentence(
        self,
        sentence: Sentence,
        cue: Cue | None,
        cues: list[Cue | None],
        context: SentenceContext,
    ) -> Attribution:
        masked = self.masked[sentence.index]
        share = quoted_share(masked) if self.sentence_quotes[sentence.index] else 0.0
        group = self._group_of(sentence)
        if sentence.index in self.trailing_attributions:
            group = self._group_of(self.sentences[sentence.index - 1])
            share = 1.0  # it attributes a quotation: direct speech
        if cue is not None and cue.position == "agentless":
            return self._agentless(sentence, cue, context)
        if cue is not None:
            found = self.discourse.resolve(cue.speaker, context)
            self.discourse.remember(found, context, speaker_gender(cue.speaker))
            if group is not None and group not in self.group_speaker:
                self.group_speaker[group] = (found, cue.lemma)
            mode = self.headline_modes.get(sentence.index) or sentence_mode(
                masked,
                share,
                original=self.text[sentence.start : sentence.end],
                introduces_quote=self._next_quoted(sentence),
            )
            if sentence.index in self.trailing_attributions:
                mode = "direct"
            if cue.position == "source" and share >= 0.5:
                mode = "direct"
            targets = self._targets(sentence, cue)
            return self._row(sentence, cue.speaker, found, cue.lemma, mode, targets)
        if group is not None and share >= 0.5:
            speaker = self._group_attribution(group, sentence, cues, context)
            if speaker is not None:
                found, lemma = speaker
                return self._row(sentence, "", found, lemma, "direct", ())
        return self._row(sentence, "", None, "", "narration", ())

    def _agentless(self, sentence: Sentence, cue: Cue, context: SentenceContext) -> Attribution:
        """ "It was noted that ...": the source speaking goes on (narration without one).

        An opening phrase may name the source instead: "In the announcement of
        the Ministry of Defence, it is stated that ...".
        """
        source = agentless_source(self.masked[sentence.index], cue)
        if source:
            found = self.discourse.resolve(source, context)
            self.discourse.remember(found, context, speaker_gender(source))
            found = Resolution(found.actor, found.kind, "statement")
            return self._row(sentence, source, found, cue.lemma, "indirect", ())
        previous = self.last_speech
        candidate = None if previous is None else self.discourse.last_spoken(previous.actor)
        if candidate is None:
            return self._row(sentence, "", None, "", "narration", ())
        found = Resolution(candidate, candidate.kind, "continuation")
        return self._row(sentence, "", found, cue.lemma, "indirect", ())

    def _group_attribution(
        self,
        group: int,
        sentence: Sentence,
        cues: list[Cue | None],
        context: SentenceContext,
    ) -> GroupSpeaker | None:
        """The speaker of a quotation group, searched around the sentence."""
        if group in self.group_speaker:
            found, lemma = self.group_speaker[group]
            return Resolution(found.actor, found.kind, "quotation"), lemma
        # The speaker may be named after the quotation's last sentence or
        # before the colon ending the previous paragraph.
        members = self.group_members[group]
        cued = self.group_cued[group]
        later = bisect.bisect_right(cued, sentence.index)
        cue = cues[cued[later]] if later < len(cued) else self._colon_intro(members[0], cues)
        if cue is not None and cue.position != "agentless":
            found = self.discourse.resolve(cue.speaker, context)
            self.group_speaker[group] = (found, cue.lemma)
            return found, cue.lemma
        return self._continuation(group, sentence)

    def _continuation(self, group: int, sentence: Sentence) -> GroupSpeaker | None:
        """A quotation standing alone continues the speaker of the paragraph before."""
        previous = self.last_speech
        if previous is None or previous.sentence.paragraph < sentence.paragraph - 1:
            return None
        candidate = self.discourse.last_spoken(previous.actor)
        if candidate is None:
            return None
        found = Resolution(candidate, candidate.kind, "continuation")
        self.group_speaker[group] = (found, previous.cue)
        return found, previous.cue

    def _colon_intro(self, first: Sentence, cues: list[Cue | None]) -> Cue | None:
        """The cue of a sentence ending in ':' just before the quotation."""
        if first.index == 0:
            return None
        previous = self.sentences[first.index - 1]
        if self.text[previous.start : previous.end].rstrip().endswith(":"):
            return cues[previous.index]
        return None

    def _targets(self, sentence: Sentence, cue: Cue) -> tuple[str, ...]:
        """Actors an accusation, demand, call or rebuttal is aimed at.

        The object of a targeting cue ("accused X of", "blamed X for", also in
        a later clause: "..., and Baku accused X of"), the owner of a claim
        ("dismissed X's claims", "X's allegation was a lie"), and for "this
        accusation ... a lie" the actor of the latest accusation.
        """
        text = self.text[sentence.start : sentence.end]
        masked = self.masked[sentence.index]  # no cue inside a quotation
        found: list[str] = []
        if cue.lemma in TARGETING_CUES:
            found.extend(self.discourse.targets(text[cue.end :]))
        else:
            for start, end in self.cue_spans[sentence.index]:
                if start > cue.start and cue_lemma(masked[start:end]) in TARGETING_CUES:
                    found.extend(self.discourse.targets(text[end:]))
                    break
        found.extend(self.discourse.claim_owners(text))
        if not found and self.last_accuser and self.discourse.rebuts_earlier_claim(text):
            found.append(self.last_accuser)
        return tuple(dict.fromkeys(found))

    def _accuses(self, sentence: Sentence) -> bool:
        masked = self.masked[sentence.index]
        spans = self.cue_spans[sentence.index]
        return any(cue_lemma(masked[a:b]) in english.ACCUSATION_CUES for a, b in spans)

    def _row(
        self,
        sentence: Sentence,
        speaker: str,
        found: Resolution | None,
        cue: str,
        mode: str,
        targets: Sequence[str],
    ) -> Attribution:
        quotes = tuple(self.sentence_quotes[sentence.index])
        if found is None:
            return Attribution(
                sentence, "", NARRATOR_ACTOR, NARRATOR_CAMP, "", "narration", (), "", quotes
            )
        actor: Candidate = found.actor
        return Attribution(
            sentence,
            speaker.strip(),
            actor.actor,
            actor.camp,
            cue,
            mode,
            tuple(targets),
            found.how,
            quotes,
        )

    def _group_of(self, sentence: Sentence) -> int | None:
        quotes = self.sentence_quotes[sentence.index]
        return quotes[0].group if quotes else None


def _clause_text(masked: str, sentence: Sentence) -> str:
    """A second clause is read without its conjunction ("while X said" is X's).

    A lead is read without its wire dateline ("ARDA — X said ...").
    """
    return blank_conjunction(masked) if sentence.clause >= 2 else blank_dateline(masked)


def _headlines(text: str, seg: Segmentation) -> set[int]:
    """The sentence that is the article's headline, if any: its first line.

    Either the first heading (:func:`~narrative_compare.segment.is_headline`)
    or a first line too long for a heading that ends without a full stop
    ("We will shut the country down until the reform is dropped - union
    leader at Veltra rally").
    """
    if not seg.sentences:
        return set()
    first = seg.sentences[0]
    line_end = text.find("\n", first.start)
    one_line = line_end < 0 or line_end >= first.end
    before = text[: first.start].strip()
    if before or not one_line or text[first.start : first.end].rstrip()[-1:] in ".!?":
        return set()
    return {0}


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
