"""Running a corpus from end to end: the streaming entry points.

:func:`iter_corpus_rows` yields the statement rows of every article of a folder;
:func:`write_corpus_statements` writes them as one table, article by article,
with the bytes the single-file ``statements`` command writes for each (see
:class:`~narrative_compare.output.TableWriter`). Both take their files, backend
and handling of bad files from a :class:`CorpusOptions`; results come in the
sorted order of the article paths whatever the backend.

A file that cannot be read as an article (binary, empty, undecodable, too
large) is skipped and listed in the :class:`CorpusSummary`; with
``strict=True`` it raises :class:`~narrative_compare.errors.InputError`
instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from narrative_compare.actors import ActorTable
from narrative_compare.corpus.backends import run_backend
from narrative_compare.corpus.options import DEFAULT_OPTIONS, CorpusOptions
from narrative_compare.corpus.reading import (
    CORPUS_COLUMNS,
    ArticleResult,
    CorpusMeta,
    CorpusSummary,
    Skipped,
    article_name,
    optional_meta,
)
from narrative_compare.errors import InputError
from narrative_compare.loading import scan_article_paths
from narrative_compare.output import FORMATS, TableWriter, atomic_output, check_not_input
from narrative_compare.statements import StatementRows, statements_frame


def iter_corpus_rows(
    root: str | Path,
    actors: ActorTable | None = None,
    *,
    options: CorpusOptions = DEFAULT_OPTIONS,
) -> Generator[ArticleResult, None, None]:
    """Statement rows of every article of a folder, article by article, in path order.

    The folder is listed (and the arguments checked) when this function is
    called; the articles are processed as the iterator is consumed, and
    closing it early stops the workers.

    Parameters
    ----------
    root : str or Path
        Corpus folder.
    actors : ActorTable, optional
        One actor table for the whole corpus; without it actors are discovered.
    options : CorpusOptions, optional
        Files, backend and the handling of bad files; with ``strict`` the
        first file that cannot be read raises instead of yielding a
        :class:`Skipped`.

    Yields
    ------
    (str, list of tuple or Skipped)
        Article name (relative POSIX path) and its rows in
        :data:`~narrative_compare.schema.STATEMENT_COLUMNS` order, or why it was skipped.

    Raises
    ------
    InputError
        If the folder is missing or no file matches (on the call); with
        ``strict``, for the first unreadable file (during iteration).

    Examples
    --------
    >>> from narrative_compare.loading import seeds_dir
    >>> results = iter_corpus_rows(seeds_dir() / "multi_source", options=CorpusOptions(jobs=1))
    >>> [name for name, rows in results]  # doctest: +NORMALIZE_WHITESPACE
    ['arvel_herald.txt', 'harbour_gazette.txt', 'kestran_free_press.txt', 'northwire.txt',
     'tavrin_daily.txt', 'the_meridian.txt', 'valdorian_national_news.txt']
    """
    root = Path(root)
    paths, problems = list_corpus(root, options)
    return corpus_results(paths, root, actors, options, problems)


def write_corpus_statements(
    root: str | Path,
    actors: ActorTable | None = None,
    out: str | Path | None = None,
    fmt: str = "csv",
    *,
    meta: str | Path | None = None,
    excel_safe: bool = False,
    options: CorpusOptions = DEFAULT_OPTIONS,
) -> CorpusSummary:
    """Write the statement table of a whole corpus, streaming, article by article.

    Rows are written as soon as an article is done, so memory does not grow
    with the corpus. A file target is written atomically (a temporary file
    renamed at the end): an error, Ctrl-C or ``kill -9`` leaves either the
    previous file or the complete new one, never a truncated one.

    The bytes for each article equal what the single-file ``statements``
    command writes for it (:func:`narrative_compare.output.format_table` of
    its statement table), with the ``article`` column first and the header
    (``csv``, ``markdown``) written once.

    Parameters
    ----------
    root : str or Path
        Corpus folder.
    actors : ActorTable, optional
        One actor table for the whole corpus.
    out : str or Path or None
        Target file, or ``None``/``"-"`` for standard output.
    fmt : {"csv", "jsonl", "markdown"}, default "csv"
        Output format.
    meta : str or Path, optional
        Metadata CSV (see :func:`~narrative_compare.corpus.reading.read_meta`);
        its columns are appended to every row of the matching article (empty
        for articles it does not list).
    excel_safe : bool, default False
        See :func:`narrative_compare.output.format_table`.
    options : CorpusOptions, optional
        Files, backend and the handling of bad files.

    Returns
    -------
    CorpusSummary
        Articles, statements and skipped files.

    Raises
    ------
    InputError
        If the folder, the metadata file or the target is unusable, the target
        is one of the articles, or (with ``strict``) an article is unreadable.
    ValueError
        On an unknown format.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from narrative_compare.loading import seeds_dir
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "corpus.csv"
    >>> folder = seeds_dir() / "multi_source"
    >>> summary = write_corpus_statements(folder, out=out, options=CorpusOptions(jobs=1))
    >>> summary.articles, out.read_text().split(",", 2)[:2]
    (7, ['article', 'statement_id'])
    """
    metadata = optional_meta(meta)
    template = empty_corpus_frame(CORPUS_COLUMNS + metadata.columns)

    def rows_of(name: str, rows: StatementRows) -> Iterator[tuple]:
        extra = metadata.values(name)
        return ((name, *row, *extra) for row in rows)

    return _stream_corpus_table(
        root, actors, out, fmt, template, rows_of, metadata, [meta], excel_safe, options
    )


def write_corpus_frames(
    root: str | Path,
    actors: ActorTable | None = None,
    out: str | Path | None = None,
    fmt: str = "csv",
    *,
    meta: str | Path | None = None,
    excel_safe: bool = False,
    options: CorpusOptions = DEFAULT_OPTIONS,
) -> CorpusSummary:
    """Write the frame phrases of a whole corpus, streaming, article by article.

    Each article's phrases (:func:`narrative_compare.frames.frames_of_rows`)
    are written as soon as it is done, with the ``article`` column first, so
    memory does not grow with the corpus; the target is written atomically as
    by :func:`write_corpus_statements`. The bytes equal the single-file
    ``frames`` table of every article, concatenated in article order.

    Parameters
    ----------
    root, actors, out, fmt, meta, excel_safe, options
        See :func:`write_corpus_statements`; ``meta`` columns come last.

    Returns
    -------
    CorpusSummary
        Articles, statements and skipped files.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from narrative_compare.loading import seeds_dir
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "frames.csv"
    >>> folder = seeds_dir() / "multi_source"
    >>> summary = write_corpus_frames(folder, out=out, options=CorpusOptions(jobs=1))
    >>> out.read_text().split(",", 2)[:2]
    ['article', 'statement_id']
    """
    from narrative_compare.frames import FramePhrase, actor_names, frames_table, phrases_of_rows

    metadata = optional_meta(meta)
    template = frames_table([])
    columns = [FramePhrase._fields.index(column) for column in template.columns]
    template.insert(0, "article", pd.Series([], dtype=object))
    for column in metadata.columns:
        template[column] = pd.Series([], dtype=object)
    names = actor_names(actors)

    def rows_of(name: str, rows: StatementRows) -> Iterator[tuple]:
        extra = metadata.values(name)
        for phrase in phrases_of_rows(rows, names):
            yield (name, *(phrase[i] for i in columns), *extra)

    return _stream_corpus_table(
        root, actors, out, fmt, template, rows_of, metadata, [meta], excel_safe, options
    )


def _stream_corpus_table(
    root: str | Path,
    actors: ActorTable | None,
    out: str | Path | None,
    fmt: str,
    template: pd.DataFrame,
    rows_of: Callable[[str, StatementRows], Iterable[tuple]],
    metadata: CorpusMeta,
    inputs: Sequence[str | Path | None],
    excel_safe: bool,
    options: CorpusOptions,
) -> CorpusSummary:
    """Write ``rows_of(name, rows)`` for every article of ``root`` as one table.

    ``metadata`` rows that match no article are counted in the summary;
    ``inputs`` (with the articles) are never the output.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    root = Path(root)
    paths, problems = list_corpus(root, options)
    check_not_input(out, [*paths, *inputs])
    results = corpus_results(paths, root, actors, options, problems)
    with atomic_output(out) as handle:
        writer = TableWriter(handle, fmt, template, excel_safe=excel_safe)
        writer.write_header()

        def write(name: str, rows: StatementRows) -> None:
            writer.write_rows(rows_of(name, rows))

        summary = for_each_article(results, write)
        if out is None or str(out) == "-":
            handle.flush()
    return with_unmatched_meta(summary, metadata, paths, problems, root)


def list_corpus(root: Path, options: CorpusOptions) -> tuple[list[Path], tuple[Skipped, ...]]:
    """The article files of a corpus folder, and the entries skipped before reading.

    See :func:`~narrative_compare.loading.scan_article_paths`: FIFOs, devices,
    dangling links, link loops, links leaving the folder (unless
    ``options.follow_symlinks``) and unreadable folders come back as
    :class:`Skipped` with their reason.
    """
    paths, problems = scan_article_paths(
        root, options.pattern, follow_symlinks=options.follow_symlinks
    )
    skipped = tuple(Skipped(article_name(path, root), reason) for path, reason in problems)
    return paths, skipped


def with_unmatched_meta(
    summary: CorpusSummary,
    metadata: CorpusMeta,
    paths: Sequence[Path],
    problems: Sequence[Skipped],
    root: Path,
) -> CorpusSummary:
    """``summary`` with the metadata rows that name no article, and articles with no row."""
    names = sorted([article_name(path, root) for path in paths] + [s.article for s in problems])
    # Rows for files of the folder that the glob pattern left out are not problems.
    elsewhere = [
        name
        for name in metadata.unmatched(names)
        if (root / name).is_file() or (root / f"{name}.txt").is_file()
    ]
    present = [*names, *elsewhere]
    return summary._replace(
        unmatched_meta=metadata.unmatched(present),
        meta_warnings=metadata.problems(names, elsewhere),
    )


def corpus_results(
    paths: Sequence[Path],
    root: Path,
    actors: ActorTable | None,
    options: CorpusOptions,
    problems: Sequence[Skipped] = (),
) -> Generator[ArticleResult, None, None]:
    """Per-article results of ``paths`` in order, with the progress bar and ``strict`` applied.

    ``problems`` (entries skipped before reading, see :func:`list_corpus`)
    are put between the results in name order. The arguments are checked on
    the call; the work starts on iteration.
    """
    if actors is not None and not isinstance(actors, ActorTable):
        raise TypeError(f"actors must be an ActorTable or None, not {type(actors).__name__}")
    results = run_backend(paths, root, actors, options)
    if problems:
        results = _merged(results, [article_name(p, root) for p in paths], problems)
    total = len(paths) + len(problems)
    return _checked(results, root, total, options.progress, options.strict)


def _merged(
    results: Generator[ArticleResult, None, None],
    names: Sequence[str],
    problems: Sequence[Skipped],
) -> Generator[ArticleResult, None, None]:
    """The backend's results with the skipped entries inserted in name order."""
    waiting = sorted(problems)
    position = 0
    try:
        for name in names:
            while position < len(waiting) and waiting[position].article < name:
                yield waiting[position].article, waiting[position]
                position += 1
            yield next(results)
        for skipped in waiting[position:]:
            yield skipped.article, skipped
    finally:
        results.close()


def _checked(
    results: Generator[ArticleResult, None, None],
    root: Path,
    total: int,
    progress: bool,
    strict: bool,
) -> Generator[ArticleResult, None, None]:
    """Pass results through, raising on skipped files if ``strict``, with a progress bar."""
    bar = _Bar(
        total=total,
        unit="article",
        file=sys.stderr,
        disable=not progress,
        dynamic_ncols=True,
        leave=False,
    )
    try:
        for name, result in results:
            if strict and isinstance(result, Skipped):
                raise InputError(root / name, result.reason)
            bar.update(1)
            yield name, result
    finally:
        bar.close()
        results.close()


class _Bar(tqdm):
    # No monitor thread: worker processes may be forked while the bar is alive.
    monitor_interval = 0


def for_each_article(
    results: Generator[ArticleResult, None, None],
    handle: Callable[[str, StatementRows], None],
    on_article: Callable[[str, StatementRows | Skipped], None] | None = None,
) -> CorpusSummary:
    """Hand every article's rows to ``handle`` in order, count them, and close ``results``.

    ``on_article``, if given, sees every result first, skipped files included.
    """
    articles = statements = 0
    skipped: list[Skipped] = []
    with closing(results):
        for name, rows in results:
            if on_article is not None:
                on_article(name, rows)
            if isinstance(rows, Skipped):
                skipped.append(rows)
                continue
            handle(name, rows)
            articles += 1
            statements += len(rows)
    return CorpusSummary(articles, statements, tuple(skipped))


def empty_corpus_frame(columns: Sequence[str]) -> pd.DataFrame:
    """An empty corpus statement table with ``columns``: ``CORPUS_COLUMNS``, then metadata.

    The statement columns have the dtypes of the single-file table; metadata
    columns are text.
    """
    frame = statements_frame("", [])
    frame.insert(0, "article", pd.Series([], dtype=object))
    for column in columns[len(CORPUS_COLUMNS) :]:
        frame[column] = pd.Series([], dtype=object)
    return frame
