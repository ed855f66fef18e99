"""Corpus-level results in one pass: term counts, and on request statements and frames.

:func:`aggregate_corpus` runs a corpus like
:func:`~narrative_compare.corpus.pipeline.iter_corpus_rows` and folds every
article into a :class:`~narrative_compare.terms.TermCounts` as it comes, so
the ``compare`` command needs memory for the vocabulary, not for the corpus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from narrative_compare.actors import ActorTable
from narrative_compare.corpus.options import DEFAULT_OPTIONS, CorpusOptions
from narrative_compare.corpus.pipeline import (
    corpus_results,
    empty_corpus_frame,
    for_each_article,
    list_corpus,
    with_unmatched_meta,
)
from narrative_compare.corpus.reading import (
    CORPUS_COLUMNS,
    CorpusMeta,
    CorpusSummary,
    Skipped,
    optional_meta,
)
from narrative_compare.schema import STATEMENT_COLUMNS
from narrative_compare.statements import StatementRows

if TYPE_CHECKING:  # scikit-learn is imported only when aggregating (memory, start-up time)
    from narrative_compare.terms import TermCounts

#: Statement rows buffered before they are counted into a :class:`TermCounts`.
COUNT_BUFFER_ROWS = 5000

#: Columns :meth:`TermCounts.add` reads.
_COUNT_COLUMNS = ["text", "actor", "camp", "mode", "speaker", "cue"]


class CorpusAggregate(NamedTuple):
    """Corpus-level results of :func:`aggregate_corpus`.

    Attributes
    ----------
    statements : pandas.DataFrame or None
        The corpus statement table (``CORPUS_COLUMNS`` plus metadata columns)
        if asked for with ``keep_statements``, else ``None``.
    counts : TermCounts
        Weighted n-gram counts per camp over the whole corpus.
    frames : pandas.DataFrame or None
        Frame phrases of every article (column ``article`` first) if asked for
        with ``frames``, else ``None``.
    summary : CorpusSummary
        Totals and skipped files.
    """

    statements: pd.DataFrame | None
    counts: TermCounts
    frames: pd.DataFrame | None
    summary: CorpusSummary


def aggregate_corpus(
    root: str | Path,
    actors: ActorTable | None = None,
    *,
    counts: TermCounts | None = None,
    keep_statements: bool = False,
    frames: bool = False,
    meta: str | Path | None = None,
    on_article: Callable[[str, StatementRows | Skipped], None] | None = None,
    options: CorpusOptions = DEFAULT_OPTIONS,
) -> CorpusAggregate:
    """Corpus-level term counts (and optionally statements and frames) in one pass.

    Term counts are accumulated in a :class:`~narrative_compare.terms.TermCounts`
    as the articles are processed, so with the defaults memory depends on the
    vocabulary, not on the number of articles. Feed ``result.counts`` to
    :func:`~narrative_compare.terms.tfidf_from_counts` or
    :func:`~narrative_compare.terms.log_odds_from_counts`.

    Parameters
    ----------
    root : str or Path
        Corpus folder.
    actors : ActorTable, optional
        One actor table for the whole corpus.
    counts : TermCounts, optional
        Accumulator to fill (it carries the n-gram range, stop words, grouping
        and weights); default ``TermCounts()``. It is filled in place.
    keep_statements : bool, default False
        Also return the corpus statement table (memory grows with the corpus).
    frames : bool, default False
        Also return the frame phrases of every article (see
        :func:`narrative_compare.frames.extract_frames`), with an ``article``
        column first (memory grows with the number of phrases).
    meta : str or Path, optional
        Metadata CSV whose columns are appended to the kept statement table.
    on_article : callable, optional
        Called with ``(name, rows_or_skipped)`` for every article, in order
        (e.g. to write the statements while aggregating).
    options : CorpusOptions, optional
        Files, backend and the handling of bad files.

    Returns
    -------
    CorpusAggregate
        ``(statements, counts, frames, summary)``.

    Examples
    --------
    >>> from narrative_compare.loading import seeds_dir
    >>> result = aggregate_corpus(seeds_dir() / "multi_source", options=CorpusOptions(jobs=1))
    >>> result.summary.articles, "Narrator" in result.counts.counts
    (7, True)
    """
    from narrative_compare.terms import TermCounts

    root = Path(root)
    paths, problems = list_corpus(root, options)
    metadata = optional_meta(meta)
    counts = TermCounts() if counts is None else counts
    collected = _Collector(
        counts, metadata, keep_statements=keep_statements, frames=frames, actors=actors
    )
    results = corpus_results(paths, root, actors, options, problems)
    summary = for_each_article(results, collected.add, on_article)
    summary = with_unmatched_meta(summary, metadata, paths, problems, root)
    collected.flush()
    return CorpusAggregate(
        collected.statement_table() if keep_statements else None,
        counts,
        collected.frame_table() if frames else None,
        summary,
    )


class _Collector:
    """What :func:`aggregate_corpus` gathers, one article at a time."""

    def __init__(
        self,
        counts: TermCounts,
        metadata: CorpusMeta,
        *,
        keep_statements: bool,
        frames: bool,
        actors: ActorTable | None,
    ) -> None:
        self.counts = counts
        self.metadata = metadata
        self.keep_statements = keep_statements
        self.frames = frames
        self.actors = actors
        self._picks = [STATEMENT_COLUMNS.index(column) for column in _COUNT_COLUMNS]
        self._buffer: list[tuple] = []
        self._kept: list[tuple] = []
        self._frame_tables: list[pd.DataFrame] = []

    def add(self, name: str, rows: StatementRows) -> None:
        """Count an article's rows (in batches), keep them and its frames if asked to."""
        self._buffer.extend(tuple(row[i] for i in self._picks) for row in rows)
        if len(self._buffer) >= COUNT_BUFFER_ROWS:
            self.flush()
        if self.keep_statements:
            extra = self.metadata.values(name)
            self._kept.extend((name, *row, *extra) for row in rows)
        if self.frames and rows:
            self._frame_tables.append(_article_frames(name, rows, self.actors))

    def flush(self) -> None:
        """Count the buffered rows into the term counts."""
        if self._buffer:
            self.counts.add(pd.DataFrame(self._buffer, columns=_COUNT_COLUMNS))
            self._buffer.clear()

    def statement_table(self) -> pd.DataFrame:
        """The kept rows as the corpus statement table, metadata columns last."""
        columns = CORPUS_COLUMNS + self.metadata.columns
        if not self._kept:
            table = empty_corpus_frame(columns)
        else:
            table = pd.DataFrame(self._kept, columns=list(columns))
        for column in ("statement_id", "section", "paragraph", "start", "end"):
            table[column] = table[column].astype("int64")
        return table

    def frame_table(self) -> pd.DataFrame:
        """The frame phrases of every article, column ``article`` first."""
        if self._frame_tables:
            return pd.concat(self._frame_tables, ignore_index=True)
        from narrative_compare.frames import FRAME_EXTRA_COLUMNS
        from narrative_compare.schema import FRAME_COLUMNS

        return pd.DataFrame(columns=["article", *FRAME_COLUMNS, *FRAME_EXTRA_COLUMNS])


def _article_frames(name: str, rows: StatementRows, actors: ActorTable | None) -> pd.DataFrame:
    from narrative_compare.frames import frames_of_rows

    table = frames_of_rows(rows, actors)
    table.insert(0, "article", name)
    return table
