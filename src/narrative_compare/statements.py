"""The statement table: one row per sentence, attributed to its actor.

This is the public entry point of the attribution stage: it validates its
input once, runs segmentation and attribution, and returns a DataFrame with
the columns of :data:`narrative_compare.schema.STATEMENT_COLUMNS`.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator

import pandas as pd

from narrative_compare.actors import ActorTable
from narrative_compare.attribution import Attribution, attribute
from narrative_compare.loading import Article, article_from_text
from narrative_compare.quotes import Quote
from narrative_compare.schema import STATEMENT_COLUMNS
from narrative_compare.segment import segment_text


def extract_statements(article: Article | str, actors: ActorTable | None = None) -> pd.DataFrame:
    """Split an article into statements and attribute each to an actor.

    Parameters
    ----------
    article : Article or str
        An article from :func:`~narrative_compare.loading.load_article`, or
        the article text itself.
    actors : ActorTable, optional
        Actors and camps from :func:`~narrative_compare.actors.load_actors`.
        Without it, actors are discovered from the text (camp ``unassigned``).

    Returns
    -------
    pandas.DataFrame
        One row per sentence in order, columns ``STATEMENT_COLUMNS``; for
        every row ``text == article_text[start:end]``.

    Examples
    --------
    >>> df = extract_statements("The union said the strike would go on.")
    >>> df[["text", "actor", "cue", "mode"]].values.tolist()
    [['The union said the strike would go on.', 'union', 'say', 'indirect']]
    """
    if isinstance(article, str):
        article = article_from_text(article)
    elif not isinstance(article, Article):
        raise TypeError(f"article must be an Article or a str, not {type(article).__name__}")
    if actors is not None and not isinstance(actors, ActorTable):
        raise TypeError(f"actors must be an ActorTable or None, not {type(actors).__name__}")
    return statements_frame(article.text, statement_rows(article.text, actors))


class StatementRows(list[tuple]):
    """The statement rows of one article, with the quotations the attribution found.

    A list of plain tuples in ``STATEMENT_COLUMNS`` order; :attr:`quotes` lets
    later stages (frames) read the quotations instead of finding them again.
    """

    quotes: tuple[Quote, ...] = ()


def statement_rows(text: str, actors: ActorTable | None = None) -> StatementRows:
    """The statement table's rows as plain tuples, in ``STATEMENT_COLUMNS`` order.

    The DataFrame-free core of :func:`extract_statements`, for streaming
    large corpora row by row.
    """
    with collector_paused():
        # The analysis runs in a function of its own so that its objects are
        # freed when it returns, before the collector wakes: left alive here,
        # the collector's first pass walked all of them, 7 % of the time.
        return _analyse(text, actors)


def _analyse(text: str, actors: ActorTable | None) -> StatementRows:
    """:func:`statement_rows` without the collector's pause."""
    segmentation = segment_text(text)
    titles = [section.title for section in segmentation.sections]
    attributions = attribute(text, actors, segmentation=segmentation)
    rows = StatementRows(_row(a, text, titles) for a in attributions)
    rows.quotes = _article_quotes(attributions)
    return rows


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one article is analysed.

    The objects an article's analysis makes are freed by reference counting
    (none forms a cycle); while they live, the collector's passes over a
    heap that grows with the article made a 5 MB article take 5.3 times as
    long as a 1 MB one, 4.6 times without them. Paused, the collector runs
    once the article is done; nested pauses leave it as they found it.

    Examples
    --------
    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _article_quotes(attributions: Iterable[Attribution]) -> tuple[Quote, ...]:
    """Every quotation of the article once, in order (a quotation may span sentences)."""
    seen: dict[Quote, None] = {}
    for attribution in attributions:
        seen.update(dict.fromkeys(attribution.quotes))
    return tuple(seen)


def _row(attribution: Attribution, text: str, titles: list[str]) -> tuple:
    sentence = attribution.sentence
    return (
        sentence.index + 1,
        sentence.section,
        titles[sentence.section],
        sentence.paragraph,
        sentence.clause,
        sentence.start,
        sentence.end,
        text[sentence.start : sentence.end],
        attribution.speaker,
        attribution.actor,
        attribution.camp,
        attribution.cue,
        attribution.mode,
        ";".join(attribution.targets),
        attribution.resolved_by,
    )


def statements_frame(text: str, rows: Iterable[tuple]) -> pd.DataFrame:
    """Build the statement DataFrame from rows of :func:`statement_rows`."""
    frame = pd.DataFrame(list(rows), columns=list(STATEMENT_COLUMNS))
    for column in ("statement_id", "section", "paragraph", "clause", "start", "end"):
        frame[column] = frame[column].astype("int64")
    return frame
