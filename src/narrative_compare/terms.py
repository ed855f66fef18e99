"""Distinctive terms of each camp: TF-IDF and weighted log-odds ("Fightin' Words").

Both methods start from the same counts: every statement is tokenised on its
own (so n-grams never run from one statement into the next), its n-gram counts
are multiplied by the statement's repeat weight
(:func:`narrative_compare.camps.statement_weights`) and summed per camp. The
counts live in a :class:`TermCounts` accumulator, which corpus mode fills
article by article and merges: its memory grows with the vocabulary, not with
the number of statements (:class:`SpillingTermCounts` moves the counts to
disk as they grow and merges back only what the tables can show). How the
counting is done (n-gram range, stop words, grouping, narration, weights) is
one :class:`TermSettings` value, taken by every function that counts.

Tokens are lower-cased words of two or more characters; hyphens inside a word
are kept (``anti-terrorism``), other punctuation splits (``Baku’s`` ->
``baku``). Stop words are removed before n-grams are formed, as scikit-learn
does.

What is counted is what frames, not who speaks: by default
(``TermSettings.keep_speaker_words=False``) each statement's speaker span
(``speaker``), its reporting cue (``cue``), every actor name and alias given
in ``TermSettings.names`` and the names of discovered actors are cut out of
the text before counting. A phrase never runs across a cut, nor across
punctuation that ends a phrase (commas, quotation marks, brackets, colons,
dashes, sentence ends): in ``described this accusation as an “absolute lie”
aimed at ...`` the n-grams of ``absolute lie`` stand on their own.

Overlapping n-grams are then collapsed into distinct phrases
(:func:`distinct_phrase_mask`): a longer phrase replaces its parts where it
carries their counts, so no list shows a phrase together with a sub-phrase
of the same count. Terms counted fewer than ``TermSettings.min_count`` times
in all are left out.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import operator
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from narrative_compare.camps import (
    GROUP_BY,
    require_columns,
    select_statements,
    statement_groups,
    statement_weights,
)
from narrative_compare.lexicon import cue_lemma, cue_spans, english, word_alternation
from narrative_compare.schema import NARRATOR_ACTOR, TERM_COLUMNS, UNASSIGNED_CAMP

#: Token pattern shared by every vectoriser of this module.
TOKEN_PATTERN = r"(?u)\b\w[\w-]*\w\b"

#: Column of every term table after :data:`TERM_COLUMNS`: the term's count in
#: each group, ``"A=2; B=0"`` in sorted group order.
COUNTS_COLUMN = "counts_by_camp"

#: Extra columns of :func:`log_odds_terms`, after :data:`TERM_COLUMNS` and
#: :data:`COUNTS_COLUMN`: ``significant`` is ``|z| >= Z_SIGNIFICANT``.
LOG_ODDS_EXTRA_COLUMNS: tuple[str, ...] = ("freq_in_camp", "freq_elsewhere", "significant")

#: Columns :func:`add_examples` appends: the id of a statement using the term
#: (``article:id`` in a corpus) and a keyword-in-context snippet of it.
EXAMPLE_COLUMNS: tuple[str, ...] = ("example_id", "example")

#: Two-sided 5 % level of a standard normal z-score.
Z_SIGNIFICANT = 1.96

#: Characters of context either side of the term in an example snippet.
EXAMPLE_CONTEXT = 40

# Where a phrase ends: commas, semicolons, colons, brackets, quotation marks
# (an apostrophe only when not inside a word), dashes between spaces and
# sentence-ending punctuation.
_PHRASE_BREAK = re.compile(
    r"[,;:()\[\]{}“”„\"«»!?…]|(?<![^\W_])['‘’]|['‘’](?![^\W_])|\s[-–—]+\s|[–—]|\.(?=\s|$)"
)

#: Methods understood by :func:`distinctive_terms`.
METHODS: tuple[str, ...] = ("tfidf", "log-odds")

StopWords = str | tuple[str, ...] | None


def _stop_words_key(stop_words: str | Sequence[str] | None) -> StopWords:
    if stop_words is None or isinstance(stop_words, str):
        return stop_words
    return tuple(sorted(set(stop_words)))


@functools.lru_cache(maxsize=16)
def _cached_analyzer(
    ngram_range: tuple[int, int], stop_words: StopWords
) -> Callable[[str], list[str]]:
    stop = list(stop_words) if isinstance(stop_words, tuple) else stop_words
    vectorizer = CountVectorizer(
        token_pattern=TOKEN_PATTERN, ngram_range=ngram_range, stop_words=stop, lowercase=True
    )
    return vectorizer.build_analyzer()


def make_analyzer(
    ngram_range: tuple[int, int] = (1, 3), stop_words: str | Sequence[str] | None = "english"
) -> Callable[[str], list[str]]:
    """Return the function turning a text into its list of n-grams.

    Parameters
    ----------
    ngram_range : (int, int), default (1, 3)
        Smallest and largest n-gram length.
    stop_words : "english", list of str or None, default "english"
        Stop words removed before n-grams are formed.

    Returns
    -------
    callable
        ``text -> list[str]``, the analyzer of a scikit-learn ``CountVectorizer``
        with :data:`TOKEN_PATTERN`.

    Examples
    --------
    >>> make_analyzer((1, 2))("The anti-terrorism operations")
    ['anti-terrorism', 'operations', 'anti-terrorism operations']
    """
    return _cached_analyzer(tuple(ngram_range), _stop_words_key(stop_words))


def _ngram_range(value: Sequence[int]) -> tuple[int, int]:
    """``value`` as a ``(low, high)`` pair of positive ints, or a ValueError."""
    message = f"ngram_range must be two positive integers (low, high), low <= high, not {value!r}"
    try:
        low, high = (operator.index(n) for n in value)
    except (TypeError, ValueError):
        raise ValueError(message) from None
    if not 1 <= low <= high:
        raise ValueError(message)
    return low, high


@dataclass(frozen=True)
class TermSettings:
    """How statements are turned into weighted n-gram counts per group.

    One value shared by :class:`TermCounts`, :func:`tfidf_terms`,
    :func:`log_odds_terms`, :func:`narrative_compare.similarity.camp_similarity`
    and :func:`narrative_compare.camps.camp_documents`. It is checked once, when
    made, and cannot be changed afterwards.

    Parameters
    ----------
    ngram_range : (int, int), default (1, 3)
        Smallest and largest n-gram length, see :func:`make_analyzer`.
    stop_words : "english", sequence of str or None, default "english"
        Stop words removed before n-grams are formed; a sequence is stored as
        a sorted tuple without repeats.
    by : {"camp", "actor"}, default "camp"
        Grouping, see :func:`narrative_compare.camps.statement_groups`.
    include_narration : bool, default True
        Count the narrator's group.
    direct_weight, reported_weight : float, default 1.0
        Non-negative repeat weights of direct and of reported speech, see
        :func:`narrative_compare.camps.statement_weights`.
    names : sequence of str, default ()
        Actor names and aliases (e.g. :func:`actor_names` of the actor file),
        cut out of every statement before counting (with a possessive
        ``'s``), unless ``keep_speaker_words``. Stored as a sorted tuple.
    keep_speaker_words : bool, default False
        Count the speaker span, the reporting cue and the names too. By
        default they are cut out: they say who speaks, not how events are
        framed.
    min_count : int, default 1
        Leave out terms counted fewer times than this over all groups
        (corpus mode uses 2).
    distinct_phrases : bool, default True
        Collapse overlapping n-grams, see :func:`distinct_phrase_mask`.

    Raises
    ------
    ValueError
        If ``ngram_range`` is not two positive integers with ``low <= high``,
        ``stop_words`` names a list other than ``"english"``, ``by`` is not a
        known grouping, a weight is negative or ``min_count`` is below 1.

    Examples
    --------
    >>> words = TermSettings(ngram_range=(1, 1), stop_words=["the", "of", "the"])
    >>> words.stop_words, words.by
    (('of', 'the'), 'camp')
    >>> TermSettings(direct_weight=-1.0)
    Traceback (most recent call last):
    ...
    ValueError: weights must not be negative, not direct_weight=-1.0, reported_weight=1.0
    """

    ngram_range: tuple[int, int] = (1, 3)
    stop_words: str | Sequence[str] | None = "english"
    by: str = "camp"
    include_narration: bool = True
    direct_weight: float = 1.0
    reported_weight: float = 1.0
    names: Sequence[str] = ()
    keep_speaker_words: bool = False
    min_count: int = 1
    distinct_phrases: bool = True

    def __post_init__(self) -> None:
        # Stored hashable, so that settings compare and key the analyzer cache.
        object.__setattr__(self, "ngram_range", _ngram_range(self.ngram_range))
        object.__setattr__(self, "stop_words", _stop_words_key(self.stop_words))
        if isinstance(self.names, str):
            raise ValueError(f"names must be a sequence of names, not the string {self.names!r}")
        object.__setattr__(self, "names", tuple(sorted({str(n) for n in self.names} - {""})))
        if isinstance(self.min_count, bool) or not (
            isinstance(self.min_count, int) and self.min_count >= 1
        ):
            raise ValueError(f"min_count must be a positive integer, not {self.min_count!r}")
        if isinstance(self.stop_words, str) and self.stop_words != "english":
            raise ValueError(
                f"stop_words must be 'english', a list of words or None, not {self.stop_words!r}"
            )
        if self.by not in GROUP_BY:
            raise ValueError(f"by must be one of {', '.join(GROUP_BY)}, not {self.by!r}")
        if not (self.direct_weight >= 0 and self.reported_weight >= 0):  # NaN fails too
            raise ValueError(
                "weights must not be negative, not "
                f"direct_weight={self.direct_weight!r}, reported_weight={self.reported_weight!r}"
            )


@dataclass
class TermCounts:
    """Weighted n-gram counts per camp, filled incrementally.

    Parameters
    ----------
    settings : TermSettings, default TermSettings()
        Tokenisation, grouping and weights; two accumulators merge only if
        their settings are equal.
    counts : dict of str to Counter
        Group -> n-gram -> weighted count; normally left empty and filled by
        :meth:`add`.

    Examples
    --------
    >>> table = pd.DataFrame({"text": ["Illegal siege."], "actor": ["a"],
    ...     "camp": ["A"], "mode": ["indirect"]})
    >>> dict(TermCounts(TermSettings(ngram_range=(1, 1))).add(table).counts["A"])
    {'illegal': 1, 'siege': 1}
    """

    settings: TermSettings = TermSettings()
    counts: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, statements: pd.DataFrame) -> TermCounts:
        """Count the n-grams of ``statements`` into this accumulator.

        Parameters
        ----------
        statements : pandas.DataFrame
            Statement table (any number of articles).

        Returns
        -------
        TermCounts
            ``self``, to allow chaining.
        """
        require_columns(statements, ("text", "actor", "camp", "mode"))
        settings = self.settings
        kept = select_statements(statements, settings.include_narration)
        groups = statement_groups(kept, settings.by)
        weights = statement_weights(kept, settings.direct_weight, settings.reported_weight)
        pieces = statement_pieces(kept, settings)
        for group, weight, parts in zip(groups, weights, pieces, strict=True):
            counter = self.counts.setdefault(group, Counter())
            if weight == 0:
                continue
            factor = _whole_if_integral(weight)
            for term, n in _piece_counts(parts, settings).items():
                # typeshed types Counter values as int; a fractional weight stores floats.
                counter[term] += n * factor  # type: ignore[assignment]
        return self

    def without_rare_phrases(self) -> TermCounts:
        """Return a copy without the phrases no table can show: memory for the tables.

        A phrase (an n-gram of two words or more) counted fewer than
        ``settings.min_count`` times over all groups is dropped (nothing is
        dropped when ``min_count`` is 1). Such a term
        never reaches a table: :func:`tfidf_from_counts`,
        :func:`log_odds_from_counts` and :func:`tfidf_matrix` remove it
        before any weight, prior or overlap is computed, and
        :func:`~narrative_compare.similarity.similarity_from_counts` reads
        single words only, all of which are kept. Their results from the copy
        equal those from ``self``; on a corpus most distinct phrases occur
        once, so the copy is several times smaller. Every group is kept,
        even if it is left empty.

        Returns
        -------
        TermCounts
            A new accumulator with the same settings (``self`` is unchanged).

        Examples
        --------
        >>> table = pd.DataFrame({"text": ["Illegal siege.", "Illegal war."],
        ...     "actor": ["a", "b"], "camp": ["A", "B"], "mode": ["indirect"] * 2})
        >>> counts = TermCounts(TermSettings(min_count=2)).add(table)
        >>> {g: sorted(c) for g, c in counts.without_rare_phrases().counts.items()}
        {'A': ['illegal', 'siege'], 'B': ['illegal', 'war']}
        """
        # A margin keeps a total at the threshold (with fractional weights,
        # summed in another order than the tables sum it); a phrase kept here
        # and below the threshold is still left out by the tables.
        floor = self.settings.min_count - 1e-6
        counters = [self.counts[group] for group in sorted(self.counts)]

        def shown(term: str) -> bool:
            if self.settings.min_count <= 1 or " " not in term:
                return True  # the tables drop no term by its count at min_count 1
            return sum(c.get(term, 0) for c in counters) >= floor

        kept = {
            group: Counter({term: n for term, n in counter.items() if shown(term)})
            for group, counter in self.counts.items()
        }
        return TermCounts(self.settings, kept)

    def merge(self, other: TermCounts) -> TermCounts:
        """Return a new accumulator holding the counts of ``self`` and ``other``.

        Raises
        ------
        ValueError
            If the two were built with different settings.
        """
        if self.settings != other.settings:
            raise ValueError("cannot merge TermCounts built with different settings")
        merged: dict[str, Counter[str]] = {}
        for source in (self.counts, other.counts):
            for group, counter in source.items():
                merged.setdefault(group, Counter()).update(counter)
        return TermCounts(self.settings, merged)


def actor_names(actors: Any) -> tuple[str, ...]:
    """Every name and alias of an actor table, for :attr:`TermSettings.names`.

    Parameters
    ----------
    actors : narrative_compare.actors.ActorTable or None
        The actor file; ``None`` gives no names.

    Returns
    -------
    tuple of str
        Names and aliases, sorted, without repeats.

    Examples
    --------
    >>> from narrative_compare.actors import actors_from_records
    >>> actor_names(actors_from_records([{"id": "a", "name": "Baku", "camp": "X",
    ...     "aliases": ["Azerbaijan"]}]))
    ('Azerbaijan', 'Baku')
    """
    if actors is None:
        return ()
    return tuple(sorted({name for actor in actors for name in actors.names_of(actor.id)}))


@functools.lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern finding any of ``names`` as whole words, with a possessive."""
    words = sorted(
        {" ".join(name.split()) for name in names if name.strip()}, key=len, reverse=True
    )
    if not words:
        return None
    body = "|".join(r"\s+".join(re.escape(part) for part in name.split(" ")) for name in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?:['’]s?)?(?![\w-])", re.IGNORECASE)


def _nearest(spans: list[tuple[int, int]], anchors: list[tuple[int, int]]) -> tuple[int, int]:
    """The span of ``spans`` closest to any of ``anchors`` (the first if no anchors)."""
    if not anchors:
        return spans[0]

    def gap(span: tuple[int, int]) -> int:
        return min(max(a[0] - span[1], span[0] - a[1], 0) for a in anchors)

    return min(spans, key=gap)


# A pronoun right before a reporting verb ("they said"), or "that" after it.
_PRONOUN_BEFORE = re.compile(
    rf"(?<![\w-]){word_alternation(english.SPEAKER_PRONOUNS)}\s+$", re.IGNORECASE
)
_THAT_AFTER = re.compile(r"\s+that\b", re.IGNORECASE)


def _secondary_cues(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reporting verbs of clauses inside a statement, with a pronoun subject.

    A cue form after a pronoun ("they said", cut with the pronoun), after a
    cut (a name, the speaker: "Baku accused") or before "that" (", stressing
    that").
    """
    ends = {end for _, end in cuts}
    found = []
    for start, end in cue_spans(text):
        before = text[:start]
        gap = len(before) - len(before.rstrip())
        pronoun = _PRONOUN_BEFORE.search(before)
        if pronoun is not None:
            found.append((pronoun.start(), end))
        elif (start - gap) in ends or _THAT_AFTER.match(text, end):
            found.append((start, end))
    return found


def _speaker_cuts(text: str, speaker: str, cue: str) -> list[tuple[int, int]]:
    """Offsets of the speaker span and of the statement's cue in ``text``."""
    speakers: list[tuple[int, int]] = []
    if speaker.strip():
        pattern = r"\s+".join(re.escape(part) for part in speaker.split())
        speakers = [m.span() for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text)]
    cues: list[tuple[int, int]] = []
    if cue:
        cues = [(a, b) for a, b in cue_spans(text) if cue_lemma(text[a:b]) == cue]
    cuts = []
    if cues:
        cuts.append(_nearest(cues, speakers))
    if speakers:
        cuts.append(_nearest(speakers, cuts))
    return cuts


def statement_pieces(statements: pd.DataFrame, settings: TermSettings) -> list[list[str]]:
    """The pieces of each statement's text that are counted.

    Each text is cut at :data:`_PHRASE_BREAK` and, unless
    ``settings.keep_speaker_words``, at its speaker span, its reporting cue,
    the names of ``settings.names``, in a statement of a discovered actor
    (camp ``unassigned``) that actor's name, and the reporting verbs of
    clauses inside it (after a name or a pronoun of
    :data:`~narrative_compare.lexicon.english.SPEAKER_PRONOUNS`, or before
    "that": "Baku accused", "they said", "stressing that"). Columns ``speaker``, ``cue``,
    ``actor`` and ``camp`` are used when present.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement rows (``text``; ``speaker``, ``cue``, ``actor``, ``camp``).
    settings : TermSettings
        What to keep.

    Returns
    -------
    list of list of str
        One list of pieces per row, in order; n-grams are formed within a piece.

    Examples
    --------
    >>> table = pd.DataFrame({"text": ["Baku accused “illegal armed groups” of it."],
    ...     "speaker": ["Baku"], "cue": ["accuse"], "actor": ["az"], "camp": ["A"]})
    >>> statement_pieces(table, TermSettings())
    [['illegal armed groups', ' of it']]
    """
    texts = statements["text"].fillna("").astype(str).tolist()
    if settings.keep_speaker_words:
        return [_split_pieces(text, []) for text in texts]
    n = len(texts)
    speakers = _column(statements, "speaker", n)
    cues = _column(statements, "cue", n)
    # A discovered actor's name is cut from its own statements: row by row, so
    # counting a table at once or in batches (corpus mode) gives the same counts.
    discovered = [
        actor if camp == UNASSIGNED_CAMP and actor != NARRATOR_ACTOR else ""
        for actor, camp in zip(
            _column(statements, "actor", n), _column(statements, "camp", n), strict=True
        )
    ]
    pattern = _names_pattern(tuple(settings.names))
    pieces = []
    for text, speaker, cue, own in zip(texts, speakers, cues, discovered, strict=True):
        cuts = _speaker_cuts(text, speaker, cue)
        if pattern is not None:
            cuts.extend(m.span() for m in pattern.finditer(text))
        if own:
            own_pattern = _names_pattern((own,))
            if own_pattern is not None:
                cuts.extend(m.span() for m in own_pattern.finditer(text))
        cuts.extend(_secondary_cues(text, cuts))
        pieces.append(_split_pieces(text, cuts))
    return pieces


def _column(statements: pd.DataFrame, column: str, n: int) -> list[str]:
    if column not in statements.columns:
        return [""] * n
    return statements[column].fillna("").astype(str).tolist()


def _split_pieces(text: str, cuts: list[tuple[int, int]]) -> list[str]:
    """``text`` split at phrase breaks and at the ``cuts`` spans."""
    spans = sorted(cuts + [m.span() for m in _PHRASE_BREAK.finditer(text)])
    pieces, position = [], 0
    for start, end in spans:
        if start > position:
            pieces.append(text[position:start])
        position = max(position, end)
    if position < len(text):
        pieces.append(text[position:])
    return [piece for piece in pieces if piece.strip()]


def _piece_counts(pieces: list[str], settings: TermSettings) -> Counter[str]:
    analyzer = make_analyzer(settings.ngram_range, settings.stop_words)
    counts: Counter[str] = Counter()
    for piece in pieces:
        counts.update(analyzer(piece))
    return counts


def _whole_if_integral(value: float) -> int | float:
    # Whole-number weights keep counts integral (and the count column int).
    return int(value) if float(value).is_integer() else float(value)


def count_terms(statements: pd.DataFrame, settings: TermSettings | None = None) -> TermCounts:
    """Count the n-grams of ``statements`` per group.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table.
    settings : TermSettings, optional
        How to count; default ``TermSettings()``.

    Returns
    -------
    TermCounts
        A new accumulator holding the counts.

    Examples
    --------
    >>> table = pd.DataFrame({"text": ["Siege siege."], "actor": ["a"],
    ...     "camp": ["A"], "mode": ["direct"]})
    >>> dict(count_terms(table, TermSettings(direct_weight=2.0)).counts["A"])
    {'siege': 4, 'siege siege': 2}
    """
    return TermCounts(settings if settings is not None else TermSettings()).add(statements)


#: Entries a :class:`SpillingTermCounts` adds in memory before it moves its
#: phrases to a run on disk.
SPILL_ENTRIES = 20_000


class SpillingTermCounts(TermCounts):
    """A :class:`TermCounts` whose counts move to disk as it grows: memory for a corpus.

    Once :meth:`add` has put more than ``max_entries`` entries in memory,
    the counts in memory are written to a run file sorted by term, in a
    temporary folder, and dropped from memory (every group stays, empty), so
    memory holds the counts of the last stretch of articles only.
    :meth:`without_rare_phrases` merges the runs (``heapq.merge``), adds up
    each term's counts and returns, in memory, exactly what
    :meth:`TermCounts.without_rare_phrases` returns for the same statements
    counted without spilling: the same groups, terms and counts. Most
    distinct phrases of a corpus occur once, so that is a fraction of what
    was counted. Only whole-number weights are spilled (their sums do not
    depend on the order of addition); with a fractional weight everything
    stays in memory.

    Use it as a context manager, or call :meth:`close`: the temporary
    folder is removed then (or when the object is garbage-collected).

    Parameters
    ----------
    settings : TermSettings, default TermSettings()
        As :class:`TermCounts`.
    max_entries : int, optional
        In-memory entries that trigger a move to disk; default
        :data:`SPILL_ENTRIES` (read when the object is made).
    directory : str or Path, optional
        Where the temporary folder is made; default the system's.

    Attributes
    ----------
    counts : dict of str to Counter
        The counts still in memory: every group, but once :attr:`runs` is
        positive not every term. Read the whole counts through
        :meth:`without_rare_phrases`.

    Raises
    ------
    ValueError
        If ``max_entries`` is not a positive integer.

    Examples
    --------
    >>> table = pd.DataFrame({"text": ["Illegal siege.", "Brutal illegal siege."],
    ...     "actor": ["a", "b"], "camp": ["A", "A"], "mode": ["indirect"] * 2})
    >>> with SpillingTermCounts(TermSettings(min_count=2), max_entries=1) as counts:
    ...     kept = counts.add(table.iloc[:1]).add(table.iloc[1:]).without_rare_phrases()
    ...     runs = counts.runs
    >>> runs, dict(kept.counts["A"])
    (2, {'brutal': 1, 'illegal': 2, 'illegal siege': 2, 'siege': 2})
    """

    def __init__(
        self,
        settings: TermSettings = TermSettings(),
        *,
        max_entries: int | None = None,
        directory: str | Path | None = None,
    ) -> None:
        super().__init__(settings)
        max_entries = SPILL_ENTRIES if max_entries is None else max_entries
        if isinstance(max_entries, bool) or not (isinstance(max_entries, int) and max_entries >= 1):
            raise ValueError(f"max_entries must be a positive integer, not {max_entries!r}")
        self.max_entries = max_entries
        self.directory = directory
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._runs: list[Path] = []
        self._group_ids: dict[str, int] = {}
        weights = (settings.direct_weight, settings.reported_weight)
        self._whole = all(float(weight).is_integer() for weight in weights)

    def __enter__(self) -> SpillingTermCounts:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def runs(self) -> int:
        """Runs written to disk so far."""
        return len(self._runs)

    def close(self) -> None:
        """Remove the runs and their temporary folder, and let go of the counts in memory.

        Call it (or leave the ``with`` block) once :meth:`without_rare_phrases`
        has given what is needed: the object then holds no counts.
        """
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
        self._runs = []
        self.counts = {}
        self._group_ids = {}

    def add(self, statements: pd.DataFrame) -> SpillingTermCounts:
        """Count ``statements`` as :meth:`TermCounts.add`, then spill if memory has grown.

        Parameters
        ----------
        statements : pandas.DataFrame
            Statement table (any number of articles).

        Returns
        -------
        SpillingTermCounts
            ``self``, to allow chaining.
        """
        super().add(statements)
        if self._whole and self._entries() > self.max_entries:
            self.spill()
        return self

    def _entries(self) -> int:
        return sum(len(counter) for counter in self.counts.values())

    def spill(self) -> None:
        """Move the counts in memory to a new run on disk, sorted by term (groups stay).

        Raises
        ------
        ValueError
            If a weight is fractional (its sums would depend on the order).
        """
        if not self._whole:
            raise ValueError("only counts of whole-number weights are spilled")
        run: list[tuple[str, int, int]] = []
        for group, counter in self.counts.items():
            number = self._group_ids.setdefault(group, len(self._group_ids))
            run.extend((term, number, n) for term, n in counter.items())
            self.counts[group] = Counter()
        if run:
            run.sort()
            if self._folder is None:
                self._folder = tempfile.TemporaryDirectory(prefix="nc-terms-", dir=self.directory)
            path = Path(self._folder.name) / f"run-{len(self._runs):05d}.tsv"
            with path.open("w", encoding="utf-8", newline="\n") as file:
                file.writelines(f"{term}\t{number}\t{n}\n" for term, number, n in run)
            self._runs.append(path)

    def merge(self, other: TermCounts) -> TermCounts:
        """As :meth:`TermCounts.merge`, before anything is spilled.

        Raises
        ------
        ValueError
            If ``self`` has runs on disk (its ``counts`` are not the whole
            counts) or the settings differ.
        """
        if self._runs:
            raise ValueError("spilled counts are read through without_rare_phrases(), not merged")
        return super().merge(other)

    def without_rare_phrases(self) -> TermCounts:
        """:meth:`TermCounts.without_rare_phrases` of the whole counts, runs merged back.

        The counts still in memory are spilled first, then the runs are
        merged term by term, so memory holds the result and one line of
        each run.

        Returns
        -------
        TermCounts
            In memory, with the same settings; the runs stay on disk until
            :meth:`close`.
        """
        if not self._runs:
            return super().without_rare_phrases()
        self.spill()
        names = {number: group for group, number in self._group_ids.items()}
        kept: dict[str, Counter[str]] = {group: Counter() for group in self.counts}
        min_count = self.settings.min_count
        floor = min_count - 1e-6  # as TermCounts.without_rare_phrases
        merged = heapq.merge(*(_read_run(path) for path in self._runs))
        for term, entries in itertools.groupby(merged, key=operator.itemgetter(0)):
            per_group: dict[int, int] = {}
            for _, number, n in entries:
                per_group[number] = per_group.get(number, 0) + n
            if min_count <= 1 or " " not in term or sum(per_group.values()) >= floor:
                for number in sorted(per_group):
                    kept[names[number]][term] = per_group[number]
        return TermCounts(self.settings, kept)


def _read_run(path: Path) -> Iterator[tuple[str, int, int]]:
    """The ``(term, group number, count)`` lines of a run file, in order."""
    with path.open(encoding="utf-8", newline="\n") as file:
        for line in file:
            term, number, n = line.rstrip("\n").split("\t")
            yield term, int(number), int(n)


CountsLike = TermCounts | Mapping[str, Mapping[str, float]]


def count_matrix(counts: CountsLike) -> tuple[list[str], list[str], sparse.csr_matrix]:
    """Turn per-group counts into a sorted group x term sparse matrix.

    Parameters
    ----------
    counts : TermCounts or mapping of group to mapping of term to count
        The counts.

    Returns
    -------
    groups : list of str
        Sorted row labels.
    terms : list of str
        Sorted column labels (terms with a positive count somewhere).
    matrix : scipy.sparse.csr_matrix of float
        ``matrix[i, j]`` is the count of ``terms[j]`` in ``groups[i]``.

    Examples
    --------
    >>> groups, terms, m = count_matrix({"B": {"x": 1}, "A": {"y": 2, "x": 1}})
    >>> groups, terms, m.toarray().tolist()
    (['A', 'B'], ['x', 'y'], [[1.0, 2.0], [1.0, 0.0]])
    """
    table = counts.counts if isinstance(counts, TermCounts) else counts
    groups = sorted(table)
    terms = sorted({term for group in groups for term, n in table[group].items() if n > 0})
    column = {term: j for j, term in enumerate(terms)}
    rows, cols, values = [], [], []
    for i, group in enumerate(groups):
        for term, n in table[group].items():
            if n > 0:
                rows.append(i)
                cols.append(column[term])
                values.append(float(n))
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(groups), len(terms)), dtype=float)
    return groups, terms, matrix


def _min_df_mask(matrix: sparse.csr_matrix, min_df: int | float) -> np.ndarray:
    """Columns whose term occurs in at least ``min_df`` groups (a share of them if a float)."""
    document_frequency = np.asarray((matrix > 0).sum(axis=0)).ravel()
    threshold = min_df * matrix.shape[0] if isinstance(min_df, float) else min_df
    return document_frequency >= threshold


def _prune(
    terms: list[str], matrix: sparse.csr_matrix, min_df: int | float, min_count: int = 1
) -> tuple[list[str], sparse.csr_matrix]:
    keep = _min_df_mask(matrix, min_df)
    if min_count > 1:
        keep &= np.asarray(matrix.sum(axis=0)).ravel() >= min_count
    return [t for t, k in zip(terms, keep, strict=True) if k], matrix[:, np.flatnonzero(keep)]


def _settings_of(counts: CountsLike) -> TermSettings:
    return counts.settings if isinstance(counts, TermCounts) else TermSettings()


def distinct_phrase_mask(terms: Sequence[str], counts: np.ndarray) -> np.ndarray:
    """Which (group, term) entries a list shows once overlapping n-grams are collapsed.

    A phrase's part (a shorter n-gram inside it, word for word) is hidden in
    a group's list when the phrase has the same count there: the part never
    occurs in that group outside the phrase, so the longer phrase replaces
    it. A part used on its own as well keeps its own, higher count and stays.

    Parameters
    ----------
    terms : sequence of str
        Column labels, n-grams with words joined by single spaces.
    counts : numpy.ndarray
        Groups x terms counts.

    Returns
    -------
    numpy.ndarray of bool
        Groups x terms: True where the group uses the term and it is not
        replaced by a longer phrase.

    Examples
    --------
    >>> terms = ["absolute", "absolute lie", "lie"]
    >>> distinct_phrase_mask(terms, np.array([[1, 1, 2]])).tolist()
    [[False, True, True]]
    """
    shown = np.asarray(counts) > 0
    column = {term: j for j, term in enumerate(terms)}
    for j, term in enumerate(terms):
        words = term.split(" ")
        for length in range(1, len(words)):
            for start in range(len(words) - length + 1):
                k = column.get(" ".join(words[start : start + length]))
                if k is not None:
                    shown[(counts[:, k] == counts[:, j]) & (counts[:, j] > 0), k] = False
    return shown


def _counts_column(values: np.ndarray) -> np.ndarray:
    return values.astype(np.int64) if np.all(np.mod(values, 1) == 0) else values


def _count_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _top_table(
    groups: list[str],
    terms: list[str],
    scores: np.ndarray,
    counts: np.ndarray,
    method: str,
    top: int | None,
    extra: Mapping[str, np.ndarray] | None = None,
    shown: np.ndarray | None = None,
) -> pd.DataFrame:
    """Long table of the ``top`` scoring terms per group that occur in the group.

    ``shown`` (groups x terms, bool) limits the entries listed; by default
    every term a group uses.
    """
    rows_i, cols_j = np.nonzero(counts > 0 if shown is None else shown)
    data = {
        "camp": np.asarray(groups, dtype=object)[rows_i],
        "term": np.asarray(terms, dtype=object)[cols_j],
        "method": method,
        "score": scores[rows_i, cols_j].astype(float),
        "count": _counts_column(counts[rows_i, cols_j]),
        "_column": cols_j,
    }
    for name, values in (extra or {}).items():
        picked = values[rows_i, cols_j]
        data[name] = picked if picked.dtype == bool else picked.astype(float)
    columns = [*TERM_COLUMNS, "_column", *(extra or {})]
    table = pd.DataFrame(data, columns=columns)
    table = table.sort_values(
        ["camp", "score", "term"], ascending=[True, False, True], kind="mergesort"
    )
    if top is not None:
        table = table.groupby("camp", sort=False).head(top)
    per_group = [
        "; ".join(
            f"{group}={_count_text(n)}" for group, n in zip(groups, counts[:, j], strict=True)
        )
        for j in table["_column"]
    ]
    table.insert(len(TERM_COLUMNS), COUNTS_COLUMN, per_group)
    return table.drop(columns="_column").reset_index(drop=True)


def _empty(extra: Sequence[str] = ()) -> pd.DataFrame:
    return pd.DataFrame(columns=[*TERM_COLUMNS, COUNTS_COLUMN, *extra])


def tfidf_matrix(
    counts: CountsLike, min_df: int | float = 1
) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """TF-IDF weights of a group x term count matrix.

    The groups are the documents: ``TfidfTransformer`` with smoothed idf and
    l2 row normalisation, exactly what ``TfidfVectorizer`` does over the camp
    documents.

    Parameters
    ----------
    counts : TermCounts or mapping
        Weighted counts per group.
    min_df : int or float, default 1
        Keep terms used by at least this many groups (a share of the groups,
        0.0 to 1.0, if a float, as in scikit-learn).

    Returns
    -------
    groups, terms : list of str
        Row and column labels, sorted.
    tfidf : numpy.ndarray
        TF-IDF weights (rows l2-normalised).
    counts : numpy.ndarray
        The pruned counts.

    Examples
    --------
    >>> g, t, w, c = tfidf_matrix({"A": {"x": 1}, "B": {"x": 1, "y": 1}})
    >>> t, [round(float(v), 2) for v in w[1]]
    (['x', 'y'], [0.58, 0.81])
    """
    groups, terms, matrix = count_matrix(counts)
    terms, matrix = _prune(terms, matrix, min_df, _settings_of(counts).min_count)
    if not groups or not terms:
        empty = np.zeros((len(groups), len(terms)))
        return groups, terms, empty, empty
    weights = TfidfTransformer(norm="l2", use_idf=True, smooth_idf=True).fit_transform(matrix)
    return groups, terms, weights.toarray(), matrix.toarray()


def tfidf_from_counts(
    counts: CountsLike, *, top: int | None = 20, min_df: int | float = 1
) -> pd.DataFrame:
    """Top TF-IDF terms per group from accumulated counts.

    Parameters
    ----------
    counts : TermCounts or mapping
        Weighted counts per group.
    top : int or None, default 20
        Terms kept per group (``None``: all).
    min_df : int or float, default 1
        See :func:`tfidf_matrix`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TERM_COLUMNS` (``method`` ``"tfidf"``; ``count`` the
        weighted count in the group) and :data:`COUNTS_COLUMN` (the count in
        every group), sorted by camp, descending score, term. The settings of
        a :class:`TermCounts` apply (``min_count``, ``distinct_phrases``).

    Examples
    --------
    >>> tfidf_from_counts({"A": {"x": 2, "y": 1}, "B": {"y": 1}}, top=1)["term"].tolist()
    ['x', 'y']
    """
    groups, terms, scores, matrix = tfidf_matrix(counts, min_df)
    if not terms:
        return _empty()
    return _top_table(
        groups, terms, scores, matrix, "tfidf", top, shown=_shown(counts, terms, matrix)
    )


def _shown(counts: CountsLike, terms: list[str], matrix: np.ndarray) -> np.ndarray | None:
    return distinct_phrase_mask(terms, matrix) if _settings_of(counts).distinct_phrases else None


def _log_prior(
    terms: list[str], totals: np.ndarray, alpha0: float | None, prior: Mapping[str, float] | None
) -> np.ndarray:
    """Dirichlet prior a_w per term."""
    if prior is not None:
        values = np.array([float(prior.get(term, 0.0)) for term in terms])
        if np.any(values <= 0):
            raise ValueError("prior must give every term a positive pseudo-count")
        return values
    n = totals.sum()
    scale = n if alpha0 is None else float(alpha0)
    if scale <= 0:
        raise ValueError("alpha0 must be positive")
    return scale * totals / n


def log_odds_matrix(
    counts: CountsLike,
    *,
    alpha0: float | None = None,
    prior: Mapping[str, float] | None = None,
    min_df: int | float = 1,
) -> tuple[list[str], list[str], dict[str, np.ndarray]]:
    """Z-scores of the weighted log-odds ratio of each group against all others.

    Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 22, with group
    ``i`` against the pooled rest ``j``::

        delta = log((y_i + a) / (n_i + a0 - y_i - a)) - log((y_j + a) / (n_j + a0 - y_j - a))
        var   = 1 / (y_i + a) + 1 / (y_j + a)
        z     = delta / sqrt(var)

    where ``y`` are term counts, ``n`` total counts, ``a`` the term's prior
    pseudo-count and ``a0`` the sum of all ``a``.

    Parameters
    ----------
    counts : TermCounts or mapping
        Weighted counts per group (at least two groups).
    alpha0 : float or None, default None
        Prior strength: ``a_w = alpha0 * (share of w in all counts)``. ``None``
        uses the total number of counted n-grams, so each ``a_w`` equals the
        corpus count of ``w``: the prior weighs as much as the data and shrinks
        rare terms hardest.
    prior : mapping of term to float, optional
        Explicit pseudo-counts ``a_w`` (e.g. from a background corpus); overrides
        ``alpha0`` and must cover every term with a positive value.
    min_df : int or float, default 1
        Keep terms used by at least this many groups.

    Returns
    -------
    groups, terms : list of str
        Row and column labels, sorted.
    arrays : dict of numpy.ndarray
        ``"z"``, ``"count"`` (``y_i``), ``"freq_in_camp"`` (``y_i / n_i``) and
        ``"freq_elsewhere"`` (``y_j / n_j``), each groups x terms.

    Raises
    ------
    ValueError
        On a non-positive ``alpha0`` or prior value.

    Examples
    --------
    >>> g, t, a = log_odds_matrix({"A": {"x": 1}, "B": {"y": 1}}, alpha0=2.0)
    >>> [round(float(v), 4) for v in a["z"][0]]
    [1.1319, -1.1319]
    """
    groups, terms, matrix = count_matrix(counts)
    terms, matrix = _prune(terms, matrix, min_df, _settings_of(counts).min_count)
    y_i = matrix.toarray()
    totals = y_i.sum(axis=0)
    a = _log_prior(terms, totals, alpha0, prior) if terms else np.zeros(0)
    a0 = a.sum()
    n_i = y_i.sum(axis=1, keepdims=True)
    y_j = totals[np.newaxis, :] - y_i
    n_j = totals.sum() - n_i
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y_i + a) / (n_i + a0 - y_i - a)) - np.log((y_j + a) / (n_j + a0 - y_j - a))
        z = delta / np.sqrt(1.0 / (y_i + a) + 1.0 / (y_j + a))
        freq_in = np.where(n_i > 0, y_i / n_i, 0.0)
        freq_out = np.where(n_j > 0, y_j / n_j, 0.0)
    arrays = {"z": z, "count": y_i, "freq_in_camp": freq_in, "freq_elsewhere": freq_out}
    return groups, terms, arrays


def log_odds_from_counts(
    counts: CountsLike,
    *,
    top: int | None = 20,
    alpha0: float | None = None,
    prior: Mapping[str, float] | None = None,
    min_df: int | float = 1,
) -> pd.DataFrame:
    """Top log-odds terms per group from accumulated counts.

    Parameters
    ----------
    counts : TermCounts or mapping
        Weighted counts per group.
    top : int or None, default 20
        Terms kept per group (``None``: all terms the group uses).
    alpha0, prior, min_df
        See :func:`log_odds_matrix`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TERM_COLUMNS`, :data:`COUNTS_COLUMN` then
        :data:`LOG_ODDS_EXTRA_COLUMNS`; ``method`` is ``"log-odds"``, ``score``
        the z-score and ``significant`` whether ``|z| >=`` :data:`Z_SIGNIFICANT`.
        Only terms the group uses are listed (distinct phrases, at least
        ``min_count`` in all, as the settings of a :class:`TermCounts` say),
        sorted by camp, descending score, term. Empty with fewer than two
        groups (there is nothing to compare against).

    Examples
    --------
    >>> log_odds_from_counts({"A": {"x": 3, "y": 1}, "B": {"y": 3}})["term"].tolist()
    ['x', 'y', 'y']
    """
    groups, terms, arrays = log_odds_matrix(counts, alpha0=alpha0, prior=prior, min_df=min_df)
    if len(groups) < 2 or not terms:
        return _empty(LOG_ODDS_EXTRA_COLUMNS)
    arrays["significant"] = np.abs(arrays["z"]) >= Z_SIGNIFICANT
    extra = {name: arrays[name] for name in LOG_ODDS_EXTRA_COLUMNS}
    shown = _shown(counts, terms, arrays["count"])
    return _top_table(groups, terms, arrays["z"], arrays["count"], "log-odds", top, extra, shown)


def _example_id(row: Mapping[str, Any]) -> str:
    statement = str(row.get("statement_id", ""))
    article = row.get("article")
    return f"{article}:{statement}" if isinstance(article, str) and article else statement


def _term_regex(term: str) -> re.Pattern[str]:
    # The words of the n-gram, with up to three (stop) words between them.
    words = [re.escape(word) for word in term.split(" ")]
    gap = r"[^\w-]+(?:[\w'’-]+[^\w-]+){0,3}?"
    return re.compile(rf"(?<![\w-]){gap.join(words)}(?![\w-])", re.IGNORECASE)


def keyword_in_context(text: str, term: str, width: int = EXAMPLE_CONTEXT) -> str:
    """A short snippet of ``text`` around ``term``, the term in square brackets.

    Parameters
    ----------
    text : str
        A statement.
    term : str
        An n-gram of :func:`make_analyzer` (stop words between its words are
        allowed in the text).
    width : int, default :data:`EXAMPLE_CONTEXT`
        Characters of context either side, cut at a word boundary; ``…``
        marks a cut.

    Returns
    -------
    str
        The snippet; the start of ``text`` if the term is not found.

    Examples
    --------
    >>> keyword_in_context("They described this accusation as an absolute lie aimed at it.",
    ...     "absolute lie", width=20)
    '… accusation as an [absolute lie] aimed at it.'
    """
    text = " ".join(text.split())
    found = _term_regex(term).search(text)
    if found is None:
        return text[: 2 * width] + ("…" if len(text) > 2 * width else "")
    start, end = found.span()
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    if start - width > 0:
        before = "… " + before[before.find(" ") + 1 :] if " " in before else "…" + before
    if end + width < len(text):
        after = after[: after.rfind(" ")] + " …" if " " in after else after + "…"
    return f"{before}[{text[start:end]}]{after}"


def add_examples(
    terms: pd.DataFrame, statements: pd.DataFrame, settings: TermSettings | None = None
) -> pd.DataFrame:
    """Add an example statement to every row of a term table.

    For each (camp, term) the first statement of that group (in table order)
    whose counted words hold the term gives :data:`EXAMPLE_COLUMNS`: its id
    (``article:statement_id`` with an ``article`` column) and a
    keyword-in-context snippet (:func:`keyword_in_context`).

    Parameters
    ----------
    terms : pandas.DataFrame
        Output of :func:`tfidf_terms` or :func:`log_odds_terms`.
    statements : pandas.DataFrame
        The statement table the terms were counted from.
    settings : TermSettings, optional
        The settings they were counted with; default ``TermSettings()``.

    Returns
    -------
    pandas.DataFrame
        A copy of ``terms`` with the two columns appended (``""`` where no
        statement holds the term).

    Examples
    --------
    >>> table = pd.DataFrame({"statement_id": [1], "text": ["An illegal siege, they said."],
    ...     "actor": ["a"], "camp": ["A"], "mode": ["indirect"], "speaker": ["they"],
    ...     "cue": ["say"]})
    >>> terms = pd.DataFrame({"camp": ["A"], "term": ["illegal siege"]})
    >>> add_examples(terms, table)[["example_id", "example"]].values.tolist()
    [['1', 'An [illegal siege], they said.']]
    """
    settings = settings if settings is not None else TermSettings()
    result = terms.copy()
    wanted: dict[str, set[str]] = {}
    for camp, term in zip(terms["camp"].astype(str), terms["term"].astype(str), strict=True):
        wanted.setdefault(camp, set()).add(term)
    found: dict[tuple[str, str], int] = {}
    if wanted and len(statements):
        kept = select_statements(statements, settings.include_narration)
        groups = statement_groups(kept, settings.by).tolist()
        pieces = statement_pieces(kept, settings)
        for position, (group, parts) in enumerate(zip(groups, pieces, strict=True)):
            needed = wanted.get(group)
            if not needed:
                continue
            for term in set(_piece_counts(parts, settings)) & needed:
                found.setdefault((group, term), position)
                needed.discard(term)
        records = kept.to_dict("records")
    ids, snippets = [], []
    for camp, term in zip(terms["camp"].astype(str), terms["term"].astype(str), strict=True):
        if (camp, term) not in found:
            ids.append("")
            snippets.append("")
            continue
        row = records[found[(camp, term)]]
        ids.append(_example_id(row))
        snippets.append(keyword_in_context(str(row["text"]), term))
    result["example_id"] = ids
    result["example"] = snippets
    return result


def tfidf_terms(
    statements: pd.DataFrame,
    settings: TermSettings | None = None,
    *,
    top: int | None = 20,
    min_df: int | float = 1,
) -> pd.DataFrame:
    """Top TF-IDF terms of each camp, the camps' documents being the corpus.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table.
    settings : TermSettings, optional
        Tokenisation, grouping and weights; default ``TermSettings()``.
    top : int or None, default 20
        Terms per camp.
    min_df : int or float, default 1
        Keep terms used by at least this many camps.

    Returns
    -------
    pandas.DataFrame
        See :func:`tfidf_from_counts`.

    Examples
    --------
    >>> table = pd.DataFrame({"text": ["Illegal siege.", "Anti-terrorism operation."],
    ...     "actor": ["a", "b"], "camp": ["A", "B"], "mode": ["indirect", "indirect"]})
    >>> words = TermSettings(ngram_range=(1, 1))
    >>> tfidf_terms(table, words, top=1)[["camp", "term"]].values.tolist()
    [['A', 'illegal'], ['B', 'anti-terrorism']]
    """
    return tfidf_from_counts(count_terms(statements, settings), top=top, min_df=min_df)


def log_odds_terms(
    statements: pd.DataFrame,
    settings: TermSettings | None = None,
    *,
    top: int | None = 20,
    min_df: int | float = 1,
    alpha0: float | None = None,
    prior: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Top log-odds ("Fightin' Words") terms of each camp against all other camps.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table.
    settings, top, min_df
        As in :func:`tfidf_terms`.
    alpha0, prior
        Dirichlet prior, see :func:`log_odds_matrix`.

    Returns
    -------
    pandas.DataFrame
        See :func:`log_odds_from_counts`.

    Examples
    --------
    >>> table = pd.DataFrame({"text": ["Illegal siege.", "Anti-terrorism operation."],
    ...     "actor": ["a", "b"], "camp": ["A", "B"], "mode": ["indirect", "indirect"]})
    >>> log_odds_terms(table, TermSettings(ngram_range=(1, 1)), top=1)["camp"].tolist()
    ['A', 'B']
    """
    counts = count_terms(statements, settings)
    return log_odds_from_counts(counts, top=top, alpha0=alpha0, prior=prior, min_df=min_df)


def distinctive_terms(
    statements: pd.DataFrame,
    method: str = "tfidf",
    top: int | None = 20,
    *,
    settings: TermSettings | None = None,
    **options: Any,
) -> pd.DataFrame:
    """Dispatch to :func:`tfidf_terms` or :func:`log_odds_terms`.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table.
    method : {"tfidf", "log-odds"}, default "tfidf"
        Scoring method.
    top : int or None, default 20
        Terms per camp.
    settings : TermSettings, optional
        Tokenisation, grouping and weights; default ``TermSettings()``.
    **options
        Passed on to the chosen function (``min_df``; ``alpha0``, ``prior``).

    Returns
    -------
    pandas.DataFrame
        The chosen function's table.

    Raises
    ------
    ValueError
        On an unknown method.

    Examples
    --------
    >>> distinctive_terms(pd.DataFrame(columns=["text", "actor", "camp", "mode"]),
    ...     "log-odds").empty
    True
    """
    if method == "tfidf":
        return tfidf_terms(statements, settings, top=top, **options)
    if method == "log-odds":
        return log_odds_terms(statements, settings, top=top, **options)
    raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
