"""Distinctive terms of each camp: TF-IDF and weighted log-odds ("Fightin' Words").

Both methods start from the same counts: every statement is tokenised on its
own (so n-grams never run from one statement into the next), its n-gram counts
are multiplied by the statement's repeat weight
(:func:`narrative_compare.camps.statement_weights`) and summed per camp. The
counts live in a :class:`TermCounts` accumulator, which corpus mode fills
article by article and merges: its memory grows with the vocabulary, not with
the number of statements. How the counting is done (n-gram range, stop words,
grouping, narration, weights) is one :class:`TermSettings` value, taken by
every function that counts.

Tokens are lower-cased words of two or more characters; hyphens inside a word
are kept (``anti-terrorism``), other punctuation splits (``Baku’s`` ->
``baku``). Stop words are removed before n-grams are formed, as scikit-learn
does.
"""

from __future__ import annotations

import functools
import operator
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
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
from narrative_compare.schema import TERM_COLUMNS

#: Token pattern shared by every vectoriser of this module.
TOKEN_PATTERN = r"(?u)\b\w[\w-]*\w\b"

#: Extra columns of :func:`log_odds_terms`, after :data:`TERM_COLUMNS`.
LOG_ODDS_EXTRA_COLUMNS: tuple[str, ...] = ("freq_in_camp", "freq_elsewhere")

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

    Raises
    ------
    ValueError
        If ``ngram_range`` is not two positive integers with ``low <= high``,
        ``stop_words`` names a list other than ``"english"``, ``by`` is not a
        known grouping or a weight is negative.

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

    def __post_init__(self) -> None:
        # Stored hashable, so that settings compare and key the analyzer cache.
        object.__setattr__(self, "ngram_range", _ngram_range(self.ngram_range))
        object.__setattr__(self, "stop_words", _stop_words_key(self.stop_words))
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
        analyzer = make_analyzer(settings.ngram_range, settings.stop_words)
        groups = statement_groups(kept, settings.by)
        weights = statement_weights(kept, settings.direct_weight, settings.reported_weight)
        texts = kept["text"].fillna("").astype(str)
        for group, weight, text in zip(groups, weights, texts, strict=True):
            counter = self.counts.setdefault(group, Counter())
            if weight == 0:
                continue
            factor = _whole_if_integral(weight)
            for term, n in Counter(analyzer(text)).items():
                # typeshed types Counter values as int; a fractional weight stores floats.
                counter[term] += n * factor  # type: ignore[assignment]
        return self

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
    >>> table = pd.DataFrame({"text": ["Siege, siege."], "actor": ["a"],
    ...     "camp": ["A"], "mode": ["direct"]})
    >>> dict(count_terms(table, TermSettings(direct_weight=2.0)).counts["A"])
    {'siege': 4, 'siege siege': 2}
    """
    return TermCounts(settings if settings is not None else TermSettings()).add(statements)


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
    terms: list[str], matrix: sparse.csr_matrix, min_df: int | float
) -> tuple[list[str], sparse.csr_matrix]:
    keep = _min_df_mask(matrix, min_df)
    return [t for t, k in zip(terms, keep, strict=True) if k], matrix[:, np.flatnonzero(keep)]


def _counts_column(values: np.ndarray) -> np.ndarray:
    return values.astype(np.int64) if np.all(np.mod(values, 1) == 0) else values


def _top_table(
    groups: list[str],
    terms: list[str],
    scores: np.ndarray,
    counts: np.ndarray,
    method: str,
    top: int | None,
    extra: Mapping[str, np.ndarray] | None = None,
) -> pd.DataFrame:
    """Long table of the ``top`` scoring terms per group that occur in the group."""
    rows_i, cols_j = np.nonzero(counts > 0)
    data = {
        "camp": np.asarray(groups, dtype=object)[rows_i],
        "term": np.asarray(terms, dtype=object)[cols_j],
        "method": method,
        "score": scores[rows_i, cols_j].astype(float),
        "count": _counts_column(counts[rows_i, cols_j]),
    }
    for name, values in (extra or {}).items():
        data[name] = values[rows_i, cols_j].astype(float)
    columns = list(TERM_COLUMNS) + list(extra or {})
    table = pd.DataFrame(data, columns=columns)
    table = table.sort_values(
        ["camp", "score", "term"], ascending=[True, False, True], kind="mergesort"
    )
    if top is not None:
        table = table.groupby("camp", sort=False).head(top)
    return table.reset_index(drop=True)


def _empty(extra: Sequence[str] = ()) -> pd.DataFrame:
    return pd.DataFrame(columns=list(TERM_COLUMNS) + list(extra))


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
    terms, matrix = _prune(terms, matrix, min_df)
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
        weighted count in the group), sorted by camp, descending score, term.

    Examples
    --------
    >>> tfidf_from_counts({"A": {"x": 2, "y": 1}, "B": {"y": 1}}, top=1)["term"].tolist()
    ['x', 'y']
    """
    groups, terms, scores, matrix = tfidf_matrix(counts, min_df)
    if not terms:
        return _empty()
    return _top_table(groups, terms, scores, matrix, "tfidf", top)


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
    terms, matrix = _prune(terms, matrix, min_df)
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
        Columns :data:`TERM_COLUMNS` then :data:`LOG_ODDS_EXTRA_COLUMNS`;
        ``method`` is ``"log-odds"`` and ``score`` the z-score. Only terms the
        group uses are listed, sorted by camp, descending score, term. Empty
        with fewer than two groups (there is nothing to compare against).

    Examples
    --------
    >>> log_odds_from_counts({"A": {"x": 3, "y": 1}, "B": {"y": 3}})["term"].tolist()
    ['x', 'y', 'y']
    """
    groups, terms, arrays = log_odds_matrix(counts, alpha0=alpha0, prior=prior, min_df=min_df)
    if len(groups) < 2 or not terms:
        return _empty(LOG_ODDS_EXTRA_COLUMNS)
    extra = {name: arrays[name] for name in LOG_ODDS_EXTRA_COLUMNS}
    return _top_table(groups, terms, arrays["z"], arrays["count"], "log-odds", top, extra)


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
