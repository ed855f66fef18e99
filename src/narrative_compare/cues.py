"""Find a sentence's reporting cue, the words naming its speaker, and its mode.

The first stage of attribution, as plain functions over one sentence whose
quoted words are hidden behind :data:`~narrative_compare.speakers.MASK`
(:func:`mask_sentence`), so a reporting verb inside a quotation is never
taken for a cue. The cue lexicon (:mod:`narrative_compare.lexicon`) follows
the reporting-verb classes of quotation attribution work (Pareti 2015; Krestel,
Bergler & Witte 2008); the speaker is the subject before the verb (``X
said``), the noun phrase after a verb that follows a quotation (``"...,"
said X``), the phrase after a source cue (``according to X``), the subject
of a participle (``X disputed the figure, saying ...``) or of a sentence
ending in a colon that opens a quotation.

Examples
--------
>>> masked = "\\x00\\x00\\x00, said Lina Morrow."
>>> cue = find_cue(masked, masked, next_quoted=False)
>>> cue.lemma, cue.speaker, cue.position
('say', 'Lina Morrow', 'after')
>>> sentence_mode(masked, quoted_share(masked))
'direct'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from narrative_compare.lexicon import (
    CUE_FORMS,
    NEEDS_SPEECH_COMPLEMENT,
    SOURCE_PHRASES,
    cue_form,
    cue_lemma,
    cue_spans,
    english,
    is_bare_form,
    is_participle,
    word_alternation,
)
from narrative_compare.mentions import GROUP_WORDS, ORG_WORDS, PERSON_WORDS, words_of
from narrative_compare.quotes import Quote
from narrative_compare.segment import Sentence
from narrative_compare.speakers import (
    DETERMINERS,
    MASK,
    MAX_PHRASE_CHARS,
    PASSIVE,
    PRONOUNS,
    clause_floor,
    is_adverbial,
    is_clause,
    last_word,
    leading_noun_phrase,
    phrase_after,
    plausible_subject,
    segments,
    subject_before,
)


class Cue(NamedTuple):
    """A reporting cue found in a sentence and the words naming its speaker."""

    lemma: str
    start: int
    end: int
    speaker: str
    speaker_start: int
    #: "subject", "after" (verb after a quotation), "source" (according to),
    #: "agentless" (it was reported that) or "quoted" (quoted X as saying).
    position: str


_NOUN_MODIFIERS = english.NOUN_MODIFIERS
_RELATIVE = english.RELATIVE_PRONOUNS
_PARTICIPLE_CUE = re.compile(r",\s+(" + "|".join(english.PARTICIPLE_CUES) + r")\b")
_COLON_QUOTE = re.compile(r":\s*[“\"«„‘]\x00")
# "..., a charge the ministry denies": a noun and a clause about it, whose
# subject speaks of the noun, not of the sentence.
_REDUCED_RELATIVE = re.compile(
    r"(?:(?:a|an|the|these|those)\s+)?[\w'’-]+\s+" + word_alternation(english.DETERMINERS) + r"\s",
    re.IGNORECASE,
)
# What may stand between a quotation and the verb before its speaker: a
# comma, and in copy translated from Russian a dash ('"...", – said X').
_BEFORE_INVERTED_VERB = " ,–—-"
# “ closes a quotation opened by „ (German-style marks in translated copy).
_CLOSING_MARKS = '”"»’“'
# A whole quotation before the verb leaves its opening mark too: '„...“, noted X'.
_OPENING_MARKS = '“"«„‘'
# "according to [the association's vice-chair, Ilan Koss]." ending the sentence.
_SOURCE_THEN_NAME = re.compile(
    r"\s+(?P<source>[^,.;:!?\x00]{2,80},\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*[.!?]?\s*$"
)
# A sentence with dozens of cue words and no subject for any is pathological.
_MAX_CUES_TRIED = 40
_SPEECH_COMPLEMENT = re.compile(
    r"\s*(?:[:“\"«„‘\x00,]|"
    + "|".join(word.replace(" ", r"\s+") + r"\b" for word in english.SPEECH_COMPLEMENT_WORDS)
    # A clause without "that": a few words, then a finite verb ("believes the
    # rockets were launched").
    + r"|(?:[\w'’-]+\s+){1,5}"
    + word_alternation(english.CLAUSE_AUXILIARIES)
    + r"\b)"
)
# "voiced concern", "held X responsible": the word the cue needs, before the clause ends.
_OBJECT_COMPLEMENT = {
    lemma: re.compile(r"[^.;:!?\x00]{0,80}?\b" + word_alternation(words) + r"\b")
    for lemma, words in english.CUE_OBJECT_COMPLEMENTS.items()
}
# "called the strike illegal", "called it a march": a definite object is labelled, not convened.
_NOT_DEFINITE_OBJECT = r"(?!\s+" + word_alternation(english.DEFINITE_OBJECT_OPENERS) + r"\b)"
# "dismissed the case as a delaying tactic": the label after the act object.
_AS_LABEL = re.compile(r"[^.;:!?\x00]{0,40}?\bas\b")
# "declared three days of mourning": an act named in the object, before any "that".
_ACT_OBJECT = {
    lemma: re.compile(
        (_NOT_DEFINITE_OBJECT if lemma in english.ACT_OBJECTS_NOT_DEFINITE else "")
        + r"(?:(?!\bthat\b)[^.;:!?,\x00]){0,40}?\b"
        + word_alternation(words)
        + r"\b"
    )
    for lemma, words in english.CUE_ACT_OBJECTS.items()
}
_AGENTLESS = re.compile(
    # "In the statement it is underlined that": an opening phrase may come first,
    # with a comma ("In the statement made by the ministry, it was stated that");
    # translated prose puts a comma before "that" ("It is underlined, that").
    r"\s*(?:[A-Z][^,.;:\x00]{0,100}?,?\s+(?=it\s))?[Ii]t\s+"
    + word_alternation(english.AGENTLESS_AUXILIARIES, spaces=r"\s+")
    # "It is also added in the announcement that": a place of the words may follow.
    + r"\s+(?:also\s+)?(?P<cue>[a-z]+ed)(?:\s+in\s+(?:the|its|their)\s+[a-z]+)?,?\s+that\b"
)
# "is demanding", "were still insisting": a progressive, the verb of its subject.
_PROGRESSIVE_AUXILIARY = re.compile(
    r"\b" + word_alternation(sorted(english.BE_AUXILIARIES)) + r"\s+(?:(?:still|now|also)\s+)?$",
    re.IGNORECASE,
)
# A wire dateline opening a lead: "ARDA —", "LENHAR, 4 May –",
# "VELGRAD/LENHAR, May 4 (Corda) -", "HAIXI, July 12 (LNA) --" (a typed dash).
# Its capitals are no subject.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+){0,3}(?:,\s*[\w .]{1,20}?)?"
    r"(?:\s*\([^()\x00]{1,40}\))?\s*(?:--|[-–—])\s+(?=\S)"
)
# "..., assured yesterday the Minister": a time word between an inverted verb and its speaker.
_INVERSION_ADVERB = re.compile(
    r"\s+" + word_alternation((*english.RELATIVE_DAYS, *english.INVERSION_ADVERBS)) + r"\b"
)
# "..., told to the correspondent of KTA the resident ...": whom the
# inverted verb was told to, before its speaker.
_RECIPIENT_AFTER_VERB = re.compile(
    r"\s+to\s+(?:the\s+)?"
    + word_alternation(english.RECIPIENT_NOUNS)
    + r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?(?=\s)"
)
# What may follow an inverted speaker: when, then the end of the sentence.
# Or a relative clause about the speaker: "..., said Tomi Berisk of the
# Students' Union, which organised the march."
_INVERSION_TAIL = re.compile(
    r"(?:\s+(?:on|in|at|late|early|last)\s+\w+(?:\s+\w+)?|\s+"
    + word_alternation(english.RELATIVE_DAYS)
    + r"|,\s+(?:which|who)\s[^,;:!?\x00]{1,80}?)?\s*[.!?]?\s*"
)
# First words of a comma segment that describes the subject before it.
_APPOSITION_OPENERS = DETERMINERS | frozenset(_RELATIVE)
# A subject is a few words; a longer comma segment before a verb is a clause.
_MAX_SUBJECT_WORDS = 8
# A finite verb right after a word: that word is its subject, a noun.
_FINITE_NEXT = re.compile(
    r"\s+(?:" + word_alternation(english.CLAUSE_AUXILIARIES) + r"|said|told)\b", re.IGNORECASE
)
# What opens a verb's object, never a noun an adjective modifies: "described
# the raid", "reported that", "described being woken", a gerund with its own
# object ("described hearing the glass break"; but "disputed fishing bank").
_OBJECT_OPENERS = (*english.ARTICLES, *english.POSSESSIVE_OWNER, "that", "how", "what")
_VERB_OBJECT_NEXT = re.compile(
    rf"\s+(?:being|(?:[a-z]+ing\s+)?{word_alternation(_OBJECT_OPENERS)})\b", re.IGNORECASE
)
# "In the statement made by the ministry, it was stated": the document's author.
_OPENING_DOCUMENT = re.compile(
    r"\b" + word_alternation(english.STATEMENT_NOUNS) + r"\s+(?:[a-z]+\s+)?(?:of|by|from)\s+"
    r"(?P<source>[^,\x00]+?)\s*,\s*[Ii]t\s",
    re.IGNORECASE,
)
# The outlet addressing its readers ("Let us remind that ...", translated copy).
_OUTLET_OPENING = re.compile(
    r"\s*" + word_alternation(english.OUTLET_SUBJECTS, spaces=r"\s+") + r"\s", re.IGNORECASE
)
# "Our reporter at the ministry", "our correspondents in the capital".
_OUTLET_STAFF = re.compile(
    r"\s*our\s+(?:[\w-]+\s+)?" + word_alternation(english.OUTLET_STAFF) + r"\b", re.IGNORECASE
)
# "a finding the Alliance calls ...", "a charge the ministry denies": the noun
# for what was said, then the speaker of a relative clause without "that".
_CONTENT_BEFORE_SUBJECT = re.compile(
    r"(?:an?|the)\s+" + word_alternation(english.REPORTED_CONTENT_NOUNS) + r"\s+(?=the\s|[A-Z])",
    re.IGNORECASE,
)
# Any common noun after "a" does the same ("a plan the union has branded
# ...", "a move Ostrel called ..."): an indefinite noun followed at once by
# a definite or named subject opens a relative clause.
_NOUN_BEFORE_SUBJECT = re.compile(r"an?\s+[a-z][\w-]*\s+(?=the\s|[A-Z])")
# "... in what residents called a forced eviction": the subject after "what"
# speaks, whatever the clause before it.
_WHAT_SUBJECT = re.compile(
    r"\bwhat\s+(?P<subject>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*$", re.IGNORECASE
)
_RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who)\s", re.IGNORECASE)
# A relative clause between a subject and its verb: "The Wenna, who number about 60,000, say".
_RELATIVE_GAP = re.compile(r"\s*,\s*(?:who|which|whose)\b(?:[^,;:]|,(?=\d))*,\s*")
# "copies seen by the Citizen", "documents obtained by Reuters".
_SEEN_BY = re.compile(rf"\s+{word_alternation(english.OUTLET_ACCESS_PARTICIPLES)}\s+by\b")
# "the border post of Bellac": a bare form before "of" heads a noun phrase.
_OF_NEXT = re.compile(r"\s+of\b", re.IGNORECASE)
# "footage posted by local bloggers": a past participle before "by" is passive.
_PASSIVE_BY = re.compile(r"\s+by\b")
# "as" after the agent, or after a relative clause about it between commas.
_AS_NEXT = re.compile(r"(?:\s*,\s*(?:which|who)\b[^,.;:]*,)?\s+as\b")
_RELATIVE_APPOSITION = re.compile(r"\s*,\s*(?:which|who)\b")
# A verb right after "and": coordinated with the clause's first verb.
_AND_BEFORE_VERB = re.compile(r"\sand\s+$")
# "quoted an unnamed official as saying ...", "cited a minister as warning":
# wire copy reporting another outlet's source. The person quoted speaks.
_QUOTED_AS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(verb[:-1]) for verb in english.QUOTING_AS_VERBS)
    + r")(?:e|es|ed|ing)\s+(?P<speaker>[^,;:.!?\x00]{2,80}?)\s+as\s+(?P<verb>"
    + "|".join(english.PARTICIPLE_CUES)
    + r")\b",
    re.IGNORECASE,
)


def mask_sentence(text: str, sentence: Sentence, quotes: Sequence[Quote]) -> str:
    """The sentence with its quoted words replaced by :data:`MASK`.

    Built in one pass over the sentence's quotations, so a sentence with
    thousands of quotations stays linear.
    """
    if not quotes:
        return text[sentence.start : sentence.end]
    pieces, position = [], sentence.start
    for quote in quotes:
        lo, hi = max(quote.start, position), min(quote.end, sentence.end)
        if lo >= hi:
            continue
        pieces.append(text[position:lo])
        pieces.append(MASK * (hi - lo))
        position = hi
    pieces.append(text[position : sentence.end])
    return "".join(pieces)


def find_cue(
    masked: str,
    original: str,
    *,
    next_quoted: bool,
    spans: Sequence[tuple[int, int]] | None = None,
) -> Cue | None:
    """The reporting cue of a sentence and its speaker, or None for narration.

    Parameters
    ----------
    masked : str
        The sentence with quoted words masked (:func:`mask_sentence`).
    original : str
        The sentence as it stands in the article (same length as ``masked``).
    next_quoted : bool
        Whether the next sentence holds a quotation (a sentence ending in a
        colon then introduces it).
    spans : sequence of (int, int), optional
        :func:`~narrative_compare.lexicon.cue_spans` of ``masked``, when
        already computed.
    """
    if spans is None:
        spans = list(cue_spans(masked))
    opening = masked.lstrip()[:3].lower()  # a plain test before either pattern
    if opening == "let" and _OUTLET_OPENING.match(masked):
        return None  # "Let us remind that the regime accused ...": the outlet's narration
    if opening == "our" and _OUTLET_STAFF.match(masked):
        return None  # "Our reporter at the ministry says ...": the outlet's own report
    if opening == "in ":
        placed = place_passive_cue(masked)
        if placed is not None:
            return placed
    if not spans:
        # Participle and agentless cues are cue forms too: only a colon is left.
        return colon_cue(masked, next_quoted)
    if " as " in masked:
        quoted = quoted_as_cue(masked)
        if quoted is not None:
            return quoted
    if len(spans) > 1:
        closing = _closing_attribution(masked, original, spans[-1])
        if closing is not None:
            return closing
    fallback = None
    opening_clause_end = _opening_clause_end(masked)
    for tried, (start, end) in enumerate(spans):
        if tried == _MAX_CUES_TRIED:
            break
        if start < opening_clause_end:
            continue  # "Until the court rules, a president ...": not the main clause
        form = cue_form(masked[start:end])
        lemma = CUE_FORMS[form]
        if form in SOURCE_PHRASES:
            speaker = _source_with_closing_name(masked, end) or phrase_after(
                masked, end, stop_at_comma=True
            )
            if speaker and _is_unattributed_source(speaker[0]):
                continue  # "according to copies of the protocols seen by the Citizen"
            if speaker and fallback is None:
                fallback = Cue(lemma, start, end, *speaker, "source")
                if not masked[:start].strip():
                    # "According to X, the seller claimed ...": X is the source.
                    return fallback
            continue
        cue = verb_cue(masked, original, start, end, lemma)
        if cue is not None and _names_legal_text(cue.speaker):
            continue  # "The constitution describes the country as ...": narration
        if cue is not None:
            # "X launched ..., saying it was targeting groups it blames":
            # the participle comes first, the later verb is reported.
            return participle_cue(masked[:start]) or cue
    return (
        fallback
        or participle_cue(masked)
        or colon_cue(masked, next_quoted)
        or (document_passive_cue(masked) if _may_name_document(masked) else None)
        or agentless_cue(masked)
    )


def quoted_as_cue(masked: str) -> Cue | None:
    """ "The daily Tribune quoted an unnamed official as saying ...": the official speaks.

    The outlet that quotes is only the channel; the cue is the participle.

    Examples
    --------
    >>> cue = quoted_as_cue("The Tribune quoted a senior official as saying talks failed.")
    >>> cue.lemma, cue.speaker, cue.position
    ('say', 'a senior official', 'quoted')
    """
    match = _QUOTED_AS.search(masked)
    if match is None:
        return None
    verb, speaker = match.span("verb"), match.group("speaker")
    return Cue(cue_lemma(match.group("verb")), *verb, speaker, match.start("speaker"), "quoted")


def _names_legal_text(phrase: str) -> bool:
    """Whether a speaker phrase is a legal text ("Varessa's constitution", "the law")."""
    words = phrase.split(",")[0].split()
    return bool(words) and words[-1].lower() in english.LEGAL_TEXTS


def _source_with_closing_name(masked: str, end: int) -> tuple[str, int] | None:
    """ "..., according to the association's vice-chair, Ilan Koss.": the source with its name.

    After "according to" the source ends at a comma, except for a name in
    apposition that ends the sentence.
    """
    match = _SOURCE_THEN_NAME.match(masked, end)
    if match is None:
        return None
    return match.group("source"), match.start("source")


def _closing_attribution(masked: str, original: str, span: tuple[int, int]) -> Cue | None:
    """A cue that closes the sentence after a comma attributes all of it.

    "The savings, estimated at 38 million a year, will go to clinics, the
    ministry said." and "Kelmar called for talks, reminded the Ministry.":
    the cues before it are part of what was said.
    """
    start, end = span
    comma = masked.rfind(",", 0, start)
    if comma < 0 or len(masked) - end > MAX_PHRASE_CHARS:
        return None
    inverted = not masked[comma + 1 : start].strip()
    if not inverted and (
        start - comma > MAX_PHRASE_CHARS or not _INVERSION_TAIL.fullmatch(masked, end)
    ):
        return None  # neither "..., said X." nor "..., X said." (checked in full below)
    form = cue_form(masked[start:end])
    if form in SOURCE_PHRASES or is_participle(form):
        # "..., reporting a turnout of 71 percent": a participle closing the
        # sentence goes on with its subject's act; it names no new speaker.
        return None
    cue = verb_cue(masked, original, start, end, CUE_FORMS[form])
    if cue is None or cue.position not in ("after", "subject"):
        return None
    if cue.position == "subject" and not (
        _INVERSION_TAIL.fullmatch(masked, end)
        and masked[: cue.speaker_start].rstrip().endswith(",")
        and not _REDUCED_RELATIVE.match(cue.speaker)
    ):
        return None
    return cue


def participle_cue(masked: str) -> Cue | None:
    """ "X disputed the figure, saying ...": the sentence's subject speaks."""
    match = _PARTICIPLE_CUE.search(masked)
    if match is None:
        return None
    masked = blank_dateline(masked)  # "TAREL, Oct. 9 (Agency) - X barred ..., saying"
    bounds = _without_adverbials(masked[: match.start()], segments(masked[: match.start()]))
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
    return Cue(cue_lemma(match.group(1)), match.start(1), match.end(1), phrase, start, "subject")


_TIME_NAMES = frozenset((*english.MONTHS, *english.WEEKDAYS))
# "In Orlen this was assessed as ...": the place, a determiner's noun, a
# passive participle of judging (english.PLACE_PASSIVE_PARTICIPLES).
_PLACE_PASSIVE = re.compile(
    r"\s*In\s+(?P<speaker>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}),?\s+"
    r"(?:this|that|it|these|those|the|such)\b[^,.;:!?\x00]{0,60}?\s"
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+"
    rf"(?P<cue>{word_alternation(english.PLACE_PASSIVE_PARTICIPLES)})\b"
)


def place_passive_cue(masked: str) -> Cue | None:
    """ "In Orlen this was assessed as 'pressure'": the place (or body) after "In" speaks.

    Translated agency copy names a government by its seat, and gives its
    judgement in the passive; the cue is the participle.

    Examples
    --------
    >>> place_passive_cue("In Miren the strike was qualified as a war crime.")[:4]
    ('qualify', 24, 33, 'Miren')
    """
    found = _PLACE_PASSIVE.match(masked)
    if found is None or found.group("speaker").split()[0].lower() in _TIME_NAMES:
        return None  # "In March the dam was considered safe": a time, not a place
    if _PASSIVE_BY.match(masked, found.end("cue")):
        return None  # "... was considered safe by engineers": the agent speaks
    return _source_cue(found, english.PLACE_PASSIVE_PARTICIPLES[found.group("cue").lower()])


def _source_cue(match: re.Match[str], lemma: str) -> Cue:
    """The cue of a pattern with groups "cue" and "speaker": the speaker is a source."""
    start, end = match.span("cue")
    return Cue(lemma, start, end, match.group("speaker"), match.start("speaker"), "source")


def colon_cue(masked: str, next_quoted: bool) -> Cue | None:
    """A sentence ending in a colon that opens a quotation names its speaker.

    "In a press release, Brannock Chemicals addressed the cause:" followed
    by a quoted paragraph: the subject of the main clause speaks, whatever
    the verb.
    """
    if not masked.rstrip().endswith(":") or not next_quoted:
        return None
    start, end = _without_adverbials(masked, segments(masked))[0]
    found = leading_noun_phrase(masked[start:end])
    if found is None:
        return None
    phrase, offset = found
    return Cue("say", start + offset, start + offset, phrase, start + offset, "subject")


def _without_adverbials(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Comma segments of ``text`` without the adverbials that open it ("In a statement,")."""
    while len(bounds) > 1 and is_adverbial(text[bounds[0][0] : bounds[0][1]]):
        bounds = bounds[1:]
    return bounds


def _opening_clause_end(masked: str) -> int:
    """Where a sentence's opening subordinate clause ends (its comma), or 0 without one.

    >>> _opening_clause_end("Until the court rules, nothing changes.")
    21
    >>> _opening_clause_end("As the minister said, nothing changes.")
    0
    """
    opening = masked.lstrip()
    first = opening.split(None, 1)[0].lower() if opening else ""
    if first not in english.OPENING_SUBORDINATORS:
        return 0
    return max(masked.find(","), 0)


def verb_cue(masked: str, original: str, start: int, end: int, lemma: str) -> Cue | None:
    """The cue of a reporting verb at ``masked[start:end]``, or None when it is not one here."""
    surface = masked[start:end]
    if _is_passive_participle(masked, surface, end):
        return _passive_agent(masked, start, end, lemma)
    if _is_parenthetical_participle(masked, surface, start, end):
        return None
    if not _has_complement(masked, end, lemma) and not _follows_quotation(masked, start):
        return None
    before = masked[:start]
    inverted = _inverted_speaker(masked, before, start, end, lemma)
    if inverted is not None:
        # "..., informed the Ministry": a participle-looking form is a verb here.
        return inverted
    progressive = None
    if surface.endswith("ing") and (
        lemma in english.DEMAND_LEMMAS or _SPEECH_COMPLEMENT.match(masked, end)
    ):
        # Only a demand or a reported clause: "are telling stories" says nothing.
        # Anchored at the end: the last few words are enough (as in trim_subject).
        progressive = _PROGRESSIVE_AUXILIARY.search(before, max(0, len(before) - 40))
    previous = last_word(before)
    if progressive is not None:
        # "The union is demanding ...": read as "The union demands ...".
        before = before[: progressive.start()] + " "
        previous = last_word(before)
    elif _is_noun_use(masked, surface, previous, start, end) or _is_noun_before(
        masked, surface, end, lemma
    ):
        return None
    if (
        previous in english.MODAL_AUXILIARIES or previous.replace("’", "'") in english.NEGATIONS
    ) and not _comma_before(masked, start):
        # "the commission must rule", "the channels have not reported": no
        # statement is made (but "X, who resigned in May, says" does).
        return None
    # A subject is a few words long: looking further back only costs time
    # (and made a sentence of thousands of "said" quadratic).
    floor = max(clause_floor(before, original[:start]), len(before) - MAX_PHRASE_CHARS)
    left = before[floor:]
    if not left.strip(_BEFORE_INVERTED_VERB + _CLOSING_MARKS + _OPENING_MARKS + MASK):
        return _speaker_after(masked, before, start, end, lemma)
    # A subject is a few words: "what" is looked for in the last 60 characters,
    # first as plain text (cheaper than the pattern on every cue).
    tail = len(left) - 60 if len(left) > 60 else 0
    what = _WHAT_SUBJECT.search(left, tail) if left.find("hat", tail) >= 0 else None
    subject = _subject_after_what(what) if what is not None else _subject_after_how(left)
    if subject is None:
        return None
    phrase, offset = subject
    subject_end = offset + len(phrase)
    if left.rstrip().endswith(","):
        # "Vasse defends closures, calls ward 'a dangerous illusion'": a
        # headline's second verb shares the first one's subject.
        phrase = _subject_of_first_verb(phrase)
    content = _CONTENT_BEFORE_SUBJECT.match(phrase) or _noun_before_subject(phrase)
    if content is not None:
        # "..., a finding the Alliance calls a whitewash": the Alliance speaks.
        phrase, offset = phrase[content.end() :], offset + content.end()
    if _is_unattributed_source(phrase):
        return None
    verb_only = lemma in english.VERB_ONLY_LEMMAS
    head = phrase.split(",")[0]
    if (
        is_bare_form(surface)
        and (
            (
                len(left.rstrip()) - len(left[:subject_end]) > 1
                and not (verb_only and _RELATIVE_GAP.fullmatch(left, offset + len(head)))
                # "Odrak resolutely protests ...": an adverb between them is no gap.
                and not _only_adverbs(left[subject_end:])
                # "The Alliance has set a deadline and says ...": the
                # subject of the clause the verb is coordinated with.
                and not (verb_only and _AND_BEFORE_VERB.search(left))
            )
            or (len(head.split()) > 6 and not verb_only)
            # "a group that monitors land disputes": the noun ends the relative
            # clause's object; "Residents who fled say" still speaks.
            or (not verb_only and _RELATIVE_PRONOUN.search(phrase) is not None)
            # "The agency could not verify claims by either side": a modal's
            # verb comes first, the bare form is its object.
            or (not verb_only and _has_modal(phrase))
        )
    ):
        # Bare forms ("report", "posts") only right after a short subject; a
        # verb that is never a noun ("say") after a longer one too ("Farmers
        # in the delta province of Roslin say").
        return None
    return Cue(lemma, start, end, phrase, floor + offset, "subject")


def _has_modal(phrase: str) -> bool:
    """Whether ``phrase`` holds a modal auxiliary ("could", "will"): it has a verb of its own."""
    return any(word.lower() in english.MODAL_AUXILIARIES for word in phrase.split())


def _only_adverbs(gap: str) -> bool:
    """Whether the words between a subject and its verb are "-ly" adverbs ("resolutely")."""
    words = gap.split()
    return bool(words) and all(word.lower().endswith("ly") for word in words)


def _subject_of_first_verb(phrase: str) -> str:
    """The words before a reporting verb inside ``phrase`` ("Vasse defends closures" -> "Vasse").

    A phrase with a comma, or whose opening words are no subject, is kept whole.
    """
    if "," in phrase:
        return phrase
    for start, end in cue_spans(phrase):
        surface = phrase[start:end]
        if start == 0 or not surface.lower().endswith(("s", "ed")) or surface[:1].isupper():
            continue
        subject = phrase[:start].rstrip()
        return subject if plausible_subject(subject) else phrase
    return phrase


def _subject_after_what(what: re.Match[str]) -> tuple[str, int] | None:
    """ "in what Harnland called", "in what it described as": the subject after "what".

    The clause is reported speech inside narration, which may be read
    either way; only a name or a pronoun is taken as its speaker. A
    description ("in what the ministry calls", "in what staff called")
    leaves the sentence to narration: which ministry, whose staff, the
    article's rules cannot tell well enough, and the main clause's subject
    never speaks here.
    """
    phrase = what.group("subject")
    if not plausible_subject(phrase):
        return None
    if phrase[:1].isupper() or phrase.lower() in PRONOUNS:
        return phrase, what.start("subject")
    return None


def _inverted_speaker(masked: str, left: str, start: int, end: int, lemma: str) -> Cue | None:
    """A clause, a comma, the verb, then its speaker ending the sentence.

    "The talks will resume next week, said a government spokesman"; in
    translated copy also "..., assured yesterday the Minister of Defence".
    The words before the comma say what was said: they have a verb of their
    own, or are too long for a subject, and end in no apposition ("X, an
    independent group that investigates attacks, said it ...").
    """
    head = left.rstrip()
    if lemma not in english.INVERTIBLE_CUES or not head.endswith(","):
        return None
    earlier, _, last_segment = head[:-1].rpartition(",")
    if not last_segment.split():
        return None
    if earlier.strip():
        # An apposition or relative clause after the subject: "X, a town that
        # has come under fire, welcomed ...", "X, which voted against, said
        # ..."; it may hold a list ("The Union, which represents drivers,
        # conductors and signallers, says ..."), so the second segment too.
        second_segment = head.split(",", 2)[1]
        openings = {
            segment.split()[0].lower()
            for segment in (second_segment, last_segment)
            if segment.split()
        }
        if openings & _APPOSITION_OPENERS:
            return None
    said = head[:-1]
    if not (is_clause(said) or len(said.split()) > _MAX_SUBJECT_WORDS):
        return None
    adverb = _INVERSION_ADVERB.match(masked, end)
    found = phrase_after(masked, adverb.end() if adverb else end)
    if found is None:
        return None
    phrase, phrase_start = found
    if is_clause(phrase) or phrase.split()[0].lower() in PRONOUNS:
        return None  # "..., said it had found no evidence": a reported clause
    if not _INVERSION_TAIL.fullmatch(masked, phrase_start + len(phrase)):
        return None  # the phrase does not end the sentence: an object ("..., told reporters that")
    return Cue(lemma, start, end, phrase, phrase_start, "after")


def _is_unattributed_source(phrase: str) -> bool:
    """ "Reports from local sources", "Unconfirmed accounts": no one speaks here."""
    words = phrase.split()
    while words and words[0].lower() in english.UNATTRIBUTED_SOURCE_OPENERS:
        words = words[1:]
    if not words or words[0].lower() not in english.UNATTRIBUTED_SOURCE_NOUNS:
        return False
    # "documents seen by the Citizen": the outlet that saw them is no author;
    # "figures released by the army" have one.
    words = _SEEN_BY.split(" ".join(words), maxsplit=1)[0].split()
    if "by" in words:
        return False
    return not any(word[:1].isupper() or word.endswith(("'s", "’s")) for word in words[1:])


def agentless_source(masked: str, cue: Cue) -> str:
    """The author an agentless cue's opening phrase names, or "".

    "In the announcement of the Ministry of Defence, it is stated that ...":
    translated copy names the document's author before "it is stated".
    """
    found = _OPENING_DOCUMENT.search(masked, 0, cue.start)
    return found.group("source").strip() if found else ""


# '"...," it was said in the statement of the Ministry': the document speaks.
_DOCUMENT_PASSIVE = re.compile(
    r"\b[Ii]t\s+(?:was|is|has\s+been)\s+(?:also\s+)?(?P<cue>[a-z]+)\s+in\s+"
    rf"(?P<speaker>(?:the|a|an|its)\s+{word_alternation(english.STATEMENT_NOUNS)}"
    r"\s+(?:of|by|from)\s+(?:the\s+)?[A-Z][^,.;:!?\x00]{0,80}?)\s*(?=[,.;:!?]|\sthat\b|$)"
)


def _may_name_document(masked: str) -> bool:
    """A plain test before :data:`_DOCUMENT_PASSIVE`: "it was", "it is", "it has been"."""
    return " in " in masked and ("t was " in masked or "t is " in masked or "t has " in masked)


def document_passive_cue(masked: str) -> Cue | None:
    """ "it was said in the statement of the Ministry": the document's author speaks.

    Examples
    --------
    >>> document_passive_cue('"...," it was said in the statement of the Ministry.').speaker
    'the statement of the Ministry'
    """
    match = _DOCUMENT_PASSIVE.search(masked)
    if match is None or match.group("cue").lower() not in CUE_FORMS:
        return None
    return _source_cue(match, CUE_FORMS[match.group("cue").lower()])


def agentless_cue(masked: str) -> Cue | None:
    """ "It was noted that ...": a cue without a speaker (``position`` "agentless").

    Machine-translated reports string such sentences after a source's
    statement; the attribution gives them to the source speaking.
    """
    match = _AGENTLESS.match(masked)
    if match is None or match.group("cue").lower() not in CUE_FORMS:
        return None
    if match.group("cue").lower() in english.BACKGROUND_AGENTLESS_VERBS:
        return None  # "It is recalled that ...": the outlet's background
    lemma = CUE_FORMS[match.group("cue").lower()]
    return Cue(lemma, match.start("cue"), match.end("cue"), "", 0, "agentless")


def _has_complement(masked: str, end: int, lemma: str) -> bool:
    """Whether a cue that needs a complement (a clause, "concern") has one after it."""
    if lemma in NEEDS_SPEECH_COMPLEMENT and not _SPEECH_COMPLEMENT.match(masked, end):
        return False
    act = _ACT_OBJECT.get(lemma)
    found = act.match(masked, end) if act is not None else None
    if found is not None and not (
        lemma in english.ACT_OBJECTS_NOT_AS and _AS_LABEL.match(masked, found.end())
    ):
        return False
    pattern = _OBJECT_COMPLEMENT.get(lemma)
    return pattern is None or pattern.match(masked, end) is not None


def _follows_quotation(masked: str, start: int) -> bool:
    """Whether the cue at ``start`` comes right after a quotation and its comma.

    '"...," read a statement released by the club': the quotation is what
    was said, so a cue that needs a complement after it has one before it.
    """
    head = masked[:start].rstrip().rstrip(",")
    return bool(head) and head[-1] in (MASK, *_CLOSING_MARKS)


def _is_passive_participle(masked: str, surface: str, end: int) -> bool:
    """ "footage posted by bloggers", "a report released by X": not a speech act here."""
    return surface.lower().endswith(("ed", "en")) and _PASSIVE_BY.match(masked, end) is not None


# "The census, published last week, put ...": a participle set off by commas
# right after a short opening subject describes it; the verb comes later.
# (One comma only: "Its director, Anouk Brede, urged ..." is an apposition and its verb.)
_PARENTHETICAL_SUBJECT = re.compile(r"^\s*(?:[^\s,]+\s+){0,5}[^\s,]+,\s*$")
_PARENTHESIS_CLOSE = re.compile(r"[^.;:!?,]{0,60},")


def _is_parenthetical_participle(masked: str, surface: str, start: int, end: int) -> bool:
    """ "The report, released on Monday, said ...": the "-ed" form only describes the subject."""
    if not surface.lower().endswith(("ed", "en")) or masked.rfind(",", 0, start) < 0:
        return False
    return (
        _PARENTHETICAL_SUBJECT.match(masked, 0, start) is not None
        and _PARENTHESIS_CLOSE.match(masked, end) is not None
    )


def _passive_agent(masked: str, start: int, end: int, lemma: str) -> Cue | None:
    """ "has been described by the union as a lockout": the agent after "by" speaks.

    Only for the cues of :data:`~narrative_compare.lexicon.english.PASSIVE_SPEECH_LEMMAS`
    ("footage posted by bloggers" says nothing); a describing cue needs its "as".
    """
    needs_as = english.PASSIVE_SPEECH_LEMMAS.get(lemma)
    by = _PASSIVE_BY.match(masked, end)
    if needs_as is None or by is None:
        return None
    found = phrase_after(masked, by.end())
    if found is None:
        return None
    phrase, offset = found
    relative = _RELATIVE_APPOSITION.search(phrase)
    if relative is not None:
        # "by the Green Coalition, which organised the camp, as ...": the
        # agent is the name; its relative clause may stand before the "as".
        phrase = phrase[: relative.start()]
    if needs_as and not _AS_NEXT.match(masked, offset + len(phrase)):
        return None
    return Cue(lemma, start, end, phrase, offset, "source")


def _is_noun_before(masked: str, surface: str, end: int, lemma: str) -> bool:
    """Whether what follows a bare form shows it is a noun.

    Before a finite verb it is a subject ("Gulf states have blamed", "reports
    said"); before "of" it heads a noun phrase ("the border post of Bellac",
    "reports of shelling"), unless the verb itself takes "of" ("warn of").
    """
    if not is_bare_form(surface):
        return False
    if _FINITE_NEXT.match(masked, end) is not None:
        return True
    return lemma not in english.OF_COMPLEMENT_LEMMAS and _OF_NEXT.match(masked, end) is not None


def _comma_before(masked: str, start: int) -> bool:
    """Whether a comma ends the words before ``start`` ("X, who came third, insists")."""
    return masked[max(0, start - 8) : start].rstrip().endswith(",")


def _is_noun_use(masked: str, surface: str, previous: str, start: int, end: int) -> bool:
    """Whether a cue form is a noun, a participle or part of a name here.

    ``previous`` is the word before it (:func:`~narrative_compare.speakers.last_word`).
    """
    if is_participle(surface):
        return True
    if _comma_before(masked, start):
        # "Kalmar, who finished second, insists": the word before the comma
        # modifies nothing after it; only a capital makes a name.
        return surface[:1].isupper() and start > 0
    if previous in _RELATIVE or previous in PASSIVE:
        return True
    if previous in DETERMINERS:
        return True  # a noun: "the report", "its claims"
    if previous.endswith(("'s", "’s")) and is_bare_form(surface):
        return True  # "the ministry's report"; but "Patients at St Odile's said"
    if surface[:1].isupper() and start > 0:
        return True  # part of a name: "(Civic Post)", "Washington Report"
    if (
        is_bare_form(surface)
        and previous.endswith("ed")
        and previous not in PASSIVE
        and cue_lemma(surface) not in english.VERB_ONLY_LEMMAS
    ):
        # The object of a verb: "Police restored order", "staged protests";
        # but "Residents who fled say": "say" is never a noun.
        return True
    if (
        previous in english.PARTICIPLE_ADJECTIVE_PREPOSITIONS
        and surface.endswith("ed")
        and not _VERB_OBJECT_NEXT.match(masked, end)
    ):
        # An adjective: "near disputed waters"; but "Workers who were inside
        # described being woken": a verb, its object a clause or phrase.
        return True
    if (
        is_bare_form(surface)
        and "-" in previous.strip("-")
        and not _hyphenated_name_before(masked, start)
    ):
        return True  # after a compound modifier: "a decade-long dispute", "a long-running row"
    if is_bare_form(surface) and _after_superlative(masked, start):
        return True  # "the largest protest the valley has seen", "the most serious claims"
    # "media reports"; an adjective that judges is a noun's too: "the peaceful protests".
    return (previous in _NOUN_MODIFIERS or previous in english.EVALUATIVE_MODIFIERS) and (
        is_bare_form(surface)
    )


def _subject_after_how(left: str) -> tuple[str, int] | None:
    """The subject before a cue, after an opening "That was how" if there is one.

    "That was how Marta Illic described the strike": the sentence points
    back to the quotation before it and names its speaker.
    """
    how = _HOW_OPENER.match(left)
    if how is None:
        return subject_before(left)
    found = subject_before(left[how.end() :])
    return None if found is None else (found[0], found[1] + how.end())


def _noun_before_subject(phrase: str) -> re.Match[str] | None:
    """ "a plan the union": the noun before the subject of a relative clause without "that".

    Not when the words after the noun end in a role: "a senior Ostrel
    official" is one noun phrase.
    """
    found = _NOUN_BEFORE_SUBJECT.match(phrase)
    if found is None or phrase.rsplit(None, 1)[-1].lower() in english.PERSON_WORDS:
        return None
    return found


def _hyphenated_name_before(masked: str, start: int) -> bool:
    """Whether the word before ``start`` is a name with a hyphen ("Al-Sharafi", "Jean-Luc").

    A capital after the hyphen marks a name, which a verb may follow; a
    compound modifier ("decade-long", "Long-running") has none.
    """
    words = masked[start - 40 if start > 40 else 0 : start].split()
    return bool(words) and words[-1].rsplit("-", 1)[-1][:1].isupper()


def _after_superlative(masked: str, start: int) -> bool:
    """Whether the words before ``start`` are a determiner and a superlative ("the largest").

    "most" or "least" and any word count too ("the most serious").
    """
    before = masked[start - 40 if start > 40 else 0 : start]
    if "st " not in before:
        return False  # every superlative ("largest") and "most"/"least" ends so
    words = before.lower().split()
    if len(words) < 2:
        return False
    determiner, adjective = words[-2], words[-1]
    if determiner in english.SUPERLATIVE_ADVERBS:
        return True  # "the most serious claims"
    return determiner in DETERMINERS and adjective.endswith("est") and len(adjective) > 5


def _speaker_after(masked: str, before: str, start: int, end: int, lemma: str) -> Cue | None:
    """A verb opening its clause: the speaker follows it ("...," said X).

    A capitalised cue opening the sentence is a noun ("Order restored in
    the square - Interior Ministry"), not an inverted verb.
    """
    opens = not before and masked[start:end].islower()
    if not (before.rstrip(_BEFORE_INVERTED_VERB).endswith((*_CLOSING_MARKS, MASK)) or opens):
        return None
    recipient = _RECIPIENT_AFTER_VERB.match(masked, end)
    found = phrase_after(masked, recipient.end() if recipient else end)
    if found is None:
        return None
    return Cue(lemma, start, end, found[0], found[1], "after")


# "Interior Ministry: 46 officers injured": the words before the colon speak.
_HEADLINE_COLON = re.compile(r"(?P<speaker>[^:\x00]{2,80}?)\s*:\s+\S")
# "We will not give up the port – Mayor in radio interview": the words after the dash.
_HEADLINE_DASH = re.compile(r".{8,}?\s[–—-]\s+(?P<speaker>[^–—\x00]{2,80}?)\s*$", re.DOTALL)
_OCCASION = re.compile(r"\s" + word_alternation(english.HEADLINE_OCCASION_PREPOSITIONS) + r"\s")
# A headline's speaker is a short phrase.
_MAX_HEADLINE_SPEAKER_WORDS = 8
# One private person speaks too: "... – mother of sick baby".
_SPEAKER_WORDS = ORG_WORDS | GROUP_WORDS | PERSON_WORDS | frozenset(english.BYSTANDER_HEADS)


def blank_dateline(masked: str) -> str:
    """The sentence with a wire dateline opening it blanked out ("ARDA — X said ...").

    Examples
    --------
    >>> blank_dateline("KESH, June 14 (Pannex) - Police said ...").lstrip()
    'Police said ...'
    >>> blank_dateline("HAIXI, July 12 (LNA) -- Police said ...").lstrip()
    'Police said ...'
    >>> blank_dateline("TAREL, Oct. 9 (Meridian Press) - Police said ...").lstrip()
    'Police said ...'
    """
    dateline = _DATELINE.match(masked)
    if dateline is None:
        return masked
    return " " * dateline.end() + masked[dateline.end() :]


def headline_dash_cue(masked: str) -> tuple[Cue, str] | None:
    """The speaker after a headline's dash, and the mode (``direct``).

    A dash headline ("We will not give up the port – Mayor in radio
    interview") quotes the words before the dash. The speaker must look like
    one: a name or a word for an organisation, a group or a role.
    """
    dash = _HEADLINE_DASH.match(masked)
    if dash is None:
        return None
    speaker = dash.group("speaker")
    occasion = _OCCASION.search(speaker)
    speaker = speaker[: occasion.start()] if occasion else speaker
    if not _looks_like_speaker(speaker, capitalised=False):
        return None
    start = dash.start("speaker")
    return Cue("say", start, start, speaker.strip(), start, "after"), "direct"


def headline_colon_cue(
    masked: str, names_speaker: Callable[[str], bool] | None = None
) -> tuple[Cue, str] | None:
    """The speaker before a headline's colon ("Varga: they closed it because ..."), and the mode.

    A colon headline ("Health ministry: 40 clinics closed") is the reported
    speech of the words before the colon (``indirect``, ``mixed`` with a
    quotation), whatever reporting verbs stand after it. The speaker must
    look like one, so "Cholera in Lower Vessa: cases pass 600" stays
    narration; ``names_speaker`` tells whether a phrase names a known
    speaker ("Varga: count will not stand").
    """
    colon = _HEADLINE_COLON.match(masked)
    if colon is None or not (
        _looks_like_speaker(colon.group("speaker"), capitalised=True)
        or (names_speaker is not None and names_speaker(colon.group("speaker").strip()))
    ):
        return None
    start = colon.start("speaker")
    cue = Cue("say", start, start, colon.group("speaker").strip(), start, "subject")
    if _QUOTED_WHOLE.fullmatch(masked, colon.end() - 1):
        return cue, "direct"  # 'Union leader: "We paid into this fund for thirty years"'
    return cue, "mixed" if MASK in masked else "indirect"


# What follows a colon when a quotation is all of it: marks, masked words, a stop.
_QUOTED_WHOLE = re.compile(r"\s*[“\"«„‘']\x00+[”\"»’']?\s*[.!?]?\s*")


def _looks_like_speaker(phrase: str, *, capitalised: bool) -> bool:
    """A short phrase naming a speaker: a word for one, or (after a dash) a name."""
    words = words_of(phrase)
    if not words or len(phrase.split()) > _MAX_HEADLINE_SPEAKER_WORDS:
        return False
    if any(word in _SPEAKER_WORDS or f"{word}s" in _SPEAKER_WORDS for word in words):
        return True  # "... – boat survivor": one of the survivors
    if phrase.strip().isupper() and len(phrase.strip()) >= 2:
        return True  # an acronym: "FNI: illegal stoppage ..."
    # After a dash, a name standing alone ("... election – Marek").
    return not capitalised and all(w[:1].isupper() for w in phrase.split())


# "That was how X described it", "This is how X put it": back to the quotation before.
_HOW_OPENER = re.compile(r"\s*(?:that|this|such)\s+(?:is|was)\s+how\s+", re.IGNORECASE)
# "X described his conditions in those words": the same.
_IN_THOSE_WORDS = re.compile(r"\b(?:in|with)\s+(?:those|these|such)\s+words\b", re.IGNORECASE)
# What may follow the cue of a sentence that only attributes ("... told
# reporters in Daresk."): a few words, no clause, no quotation. The word
# runs are possessive ("++"): with "+" a failed match split each word into
# pieces in every way up to six, 8 ms for seven long words.
_BARE_ATTRIBUTION_TAIL = re.compile(r"\s*(?:[\w'’-]++\s*){0,6}[.!]?\s*")
_REPORTED_CLAUSE = re.compile(r"\b(?:that|to|whether|if|of|about)\b", re.IGNORECASE)
# What may follow a bare attribution without reporting anything: a clause
# of time ("as she swept glass") or a place, time or manner ("by telephone
# from the old quarter", "outside City Hall on Tuesday evening").
_ADVERBIAL_CLAUSE = re.compile(
    r"\s(?:(?:as|while|when)\s+(?:he|she|they|we|I)"
    r"|after|before|by|from|at|during|on|in|outside|near)\b"
)


def is_bare_attribution(masked: str, cue: Cue) -> bool:
    """Whether a sentence only names who said the quotation before it.

    '"We have run out of beds." A spokesman for the rescue service told
    reporters.': the second sentence reports nothing of its own.
    """
    opening = masked[: cue.speaker_start].strip(" \"“”'")
    if cue.position != "subject" or (opening and not _HOW_OPENER.fullmatch(opening + " ")):
        return False
    tail = masked[cue.end :]
    back = _IN_THOSE_WORDS.search(tail)
    if back is not None and not _REPORTED_CLAUSE.search(tail, 0, back.start()):
        return True  # "... described his conditions in those words after a visit"
    # "... told the Post as she swept glass from her floor": a clause of
    # time or manner after the attribution adds no statement.
    adverbial = _ADVERBIAL_CLAUSE.search(tail)
    bare = tail[: adverbial.start()] + "." if adverbial is not None else tail
    return bool(_BARE_ATTRIBUTION_TAIL.fullmatch(bare)) and not _REPORTED_CLAUSE.search(tail)


_CLAUSE_CONJUNCTION = re.compile(
    r",\s+(?P<conjunction>"
    + word_alternation(english.CLAUSE_CONJUNCTIONS, spaces=r"\s+")
    + r")\s+",
    re.IGNORECASE,
)
# A sentence with more conjunctions than this is not read for a split further.
_MAX_CONJUNCTIONS_TRIED = 4
# The clause before a split says something of its own: a few words at least.
_MIN_CLAUSE_WORDS = 3


def clause_split(masked: str) -> int | None:
    """Where a second clause with a speaker of its own starts (at its conjunction), or None.

    "The army called it a precise strike, while the ministry called it a
    massacre." splits before "while": each clause is a statement with its
    own speaker. "Shops stayed shut, though officials have said the curfew
    will end" splits too: narration, then the officials' speech.
    """
    for tried, match in enumerate(_CLAUSE_CONJUNCTION.finditer(masked)):
        if tried == _MAX_CONJUNCTIONS_TRIED:
            break  # a pathological run of ", while": linear time comes first
        if len(masked[: match.start()].split()) < _MIN_CLAUSE_WORDS:
            continue
        clause = blank_conjunction(masked[match.start("conjunction") :])
        cue = find_cue(clause, clause, next_quoted=False)
        if cue is not None and cue.position == "subject" and cue.speaker:
            if not clause[: cue.speaker_start].strip():
                return match.start("conjunction")
    return None


def may_split(sentence: str) -> bool:
    """A quick test: whether a sentence has a comma and a clause conjunction at all."""
    return "," in sentence and _CLAUSE_CONJUNCTION.search(sentence) is not None


def blank_conjunction(clause: str) -> str:
    """A clause with its opening conjunction blanked out ("while X said" -> "      X said")."""
    match = _OPENING_CONJUNCTION.match(clause)
    return clause if match is None else " " * match.end() + clause[match.end() :]


_OPENING_CONJUNCTION = re.compile(
    word_alternation(english.CLAUSE_CONJUNCTIONS, spaces=r"\s+") + r"\b", re.IGNORECASE
)


def quoted_share(masked: str) -> float:
    """Share of a masked sentence's word characters that are quoted."""
    hidden = masked.count(MASK)
    if not hidden:
        return 0.0
    letters = sum(map(str.isalnum, masked))  # what [^\W_] matches
    return hidden / (hidden + letters)


def sentence_mode(
    masked: str, share: float, *, original: str = "", introduces_quote: bool = False
) -> str:
    """direct, mixed or indirect for a sentence with a cue.

    Quoted words make the sentence direct when the sentence opens with the
    quotation ("“...,” the union said"), when a colon introduces it ("She
    continued: “...”") or when they are most of it and not only short
    fragments; quoted fragments inside reported speech make it mixed ('He
    called the "reckless raid" a "grave breach"'), and so do longer quoted
    words that the reporting clause runs into, without a comma or colon,
    starting in lowercase ('It said the officers had acted "with restraint
    and in full accordance with the law"'): the quotation is part of the
    reporter's sentence, a mixed quotation (Cappelen & Lepore 1997).
    ``original`` is the sentence as written (same length as ``masked``),
    which tells a quotation's first letter. A sentence without quoted words
    that ends in a colon before a quotation (``introduces_quote``: "Union
    chair Ida Brand told the rally:") hands over to the speaker's own
    words: it is direct.
    """
    if share == 0:
        if introduces_quote and masked.rstrip().endswith(":"):
            return "direct"
        return "indirect"
    opens_quoted = masked.lstrip("“\"«„‘' ")[:1] == MASK
    if opens_quoted or _COLON_QUOTE.search(masked):
        return "direct"
    if (
        share >= 0.5
        and not _only_fragments(masked)
        and not (original and _runs_into_reporting_clause(masked, original))
    ):
        return "direct"
    return "mixed"


# A quoted run and what stands before its opening mark.
_QUOTED_RUN_AFTER = re.compile(r"(?P<before>\S?)\s*[“\"«„‘']?(?P<run>" + MASK + "+)")


def _runs_into_reporting_clause(masked: str, original: str) -> bool:
    """Whether every quotation of the sentence continues the reporter's words.

    '... had acted "with restraint"', '... told the agency that "the people
    of ...': a word right before the opening mark and a lowercase first
    letter. '..., he said, "We will stay"' starts a quotation of its own.
    """
    runs = list(_QUOTED_RUN_AFTER.finditer(masked))
    return bool(runs) and all(
        run.group("before").isalnum() and original[run.start("run")].islower() for run in runs
    )


# A quoted run this short inside reported speech is a fragment, not a quotation
# of whole sentences ('He called the "reckless raid" a "grave breach"').
_MAX_FRAGMENT_CHARS = 40
_QUOTED_RUN = re.compile(MASK + "+")


def _only_fragments(masked: str) -> bool:
    """Whether every quoted run of a sentence is a short fragment."""
    return all(len(run) <= _MAX_FRAGMENT_CHARS for run in _QUOTED_RUN.findall(masked))
