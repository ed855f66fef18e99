"""Corpus mode: the statements of many articles, in parallel, in bounded memory.

A corpus is a folder of article files (selected by a glob pattern, see
:func:`narrative_compare.loading.iter_article_paths`). Every article is
processed on its own, exactly as the single-file ``statements`` command would
process it, and its rows get an extra first column ``article``: the file's
path relative to the folder, with ``/`` separators.

How to run is a :class:`CorpusOptions`: which files, how many workers, what
to do with a bad file. Three ways to run:

- ``jobs=1``: in this process, one article after the other;
- ``jobs>1`` (default: one per CPU): a pool of worker processes; the actor
  table is sent to each worker once, articles travel as paths in small batches
  and at most a few batches per worker are in flight, so memory does not grow
  with the corpus;
- ``dask="local"`` or ``dask="tcp://host:8786"``: a Dask distributed cluster.
  The articles are read here and their text is sent to the workers, so the
  workers need no access to the files (but need narrative-compare installed).

Results always come back in the sorted order of the article paths, so the
output is byte-identical whatever the number of jobs or the backend.

A file that cannot be read as an article (binary, empty, undecodable, too
large) is skipped and listed in the :class:`CorpusSummary`; with
``strict=True`` it raises :class:`~narrative_compare.errors.InputError`
instead.
"""

from __future__ import annotations

import csv
import logging
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd
from tqdm import tqdm

from narrative_compare.actors import ActorTable
from narrative_compare.errors import InputError, NarrativeCompareError
from narrative_compare.loading import DEFAULT_MAX_BYTES, iter_article_paths, load_article
from narrative_compare.output import FORMATS, TableWriter, atomic_output, check_not_input
from narrative_compare.schema import STATEMENT_COLUMNS
from narrative_compare.statements import statement_rows, statements_frame

if TYPE_CHECKING:  # scikit-learn is imported only when aggregating (memory, start-up time)
    from narrative_compare.terms import TermCounts

#: Columns of the corpus statement table: ``article`` then :data:`STATEMENT_COLUMNS`.
CORPUS_COLUMNS: tuple[str, ...] = ("article",) + STATEMENT_COLUMNS

#: Largest number of articles sent to a worker in one task.
MAX_BATCH = 32

#: Batches in flight per worker: enough to keep the workers busy, few enough
#: that memory does not depend on the size of the corpus.
BATCHES_PER_WORKER = 3

#: How often a pool worker checks that its parent process is still alive.
PARENT_CHECK_SECONDS = 0.5

#: Statement rows buffered before they are counted into a :class:`TermCounts`.
COUNT_BUFFER_ROWS = 5000

#: Columns :meth:`TermCounts.add` reads.
_COUNT_COLUMNS = ["text", "actor", "camp", "mode"]

#: Skipped files listed by :meth:`CorpusSummary.describe` before "and N more".
_DESCRIBE_SKIPPED = 3


@dataclass(frozen=True)
class CorpusOptions:
    """How a corpus is read and run: which files, on which backend, what to do with bad files.

    Attributes
    ----------
    pattern : str, default "**/*.txt"
        Glob selecting the articles, see
        :func:`~narrative_compare.loading.iter_article_paths`.
    jobs : int, optional
        Worker processes (default: the number of CPUs); 1 processes the
        articles in this process. With ``dask="local"``: the number of Dask
        workers (default 2).
    dask : str, optional
        ``"local"`` to start a local Dask cluster for the run (closed after),
        or a scheduler address such as ``"tcp://host:8786"``.
    encoding, max_bytes
        See :func:`~narrative_compare.loading.load_article`.
    progress : bool, default False
        Show a progress bar (articles per second) on standard error.
    strict : bool, default False
        Raise on the first file that cannot be read instead of skipping it.

    Raises
    ------
    ValueError
        If ``jobs`` is not a positive integer or ``None``, or ``dask`` is not
        ``None`` nor a non-blank string.

    Examples
    --------
    >>> CorpusOptions(jobs=2, strict=True)  # doctest: +NORMALIZE_WHITESPACE
    CorpusOptions(pattern='**/*.txt', jobs=2, dask=None, encoding=None,
                  max_bytes=20000000, progress=False, strict=True)
    """

    pattern: str = "**/*.txt"
    jobs: int | None = None
    dask: str | None = None
    encoding: str | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES
    progress: bool = False
    strict: bool = False

    def __post_init__(self) -> None:
        jobs, dask = self.jobs, self.dask
        if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
            raise ValueError(f"jobs must be a positive integer or None, not {jobs!r}")
        if dask is not None and (not isinstance(dask, str) or not dask.strip()):
            raise ValueError(f"dask must be 'local' or a scheduler address, not {dask!r}")

    @property
    def workers(self) -> int:
        """Worker processes of the local pool: ``jobs``, or the number of CPUs."""
        return self.jobs if self.jobs is not None else os.cpu_count() or 1


#: The options of a run given none: every ``*.txt`` below the folder, one process per CPU.
DEFAULT_OPTIONS = CorpusOptions()


class Skipped(NamedTuple):
    """An article file that could not be processed.

    Attributes
    ----------
    article : str
        Path relative to the corpus folder (POSIX separators).
    reason : str
        The problem, as :class:`~narrative_compare.errors.InputError` states it.
    """

    article: str
    reason: str


#: What the corpus iterators yield per article: its name and its rows, or why it was skipped.
ArticleResult = tuple[str, "list[tuple] | Skipped"]


class CorpusSummary(NamedTuple):
    """Totals of a corpus run.

    Attributes
    ----------
    articles : int
        Articles processed (skipped files not included).
    statements : int
        Statement rows produced.
    skipped : tuple of Skipped
        Files that were skipped, in path order.

    Examples
    --------
    >>> CorpusSummary(2, 30, (Skipped("bad.txt", "file is empty"),)).describe()
    '2 articles, 30 statements, 1 skipped (bad.txt: file is empty)'
    """

    articles: int
    statements: int
    skipped: tuple[Skipped, ...] = ()

    def describe(self) -> str:
        """One line for the user: counts, and the first skipped files with their reason.

        Returns
        -------
        str
            E.g. ``"12 articles, 340 statements, 1 skipped (bad.txt: file is empty)"``.
        """
        articles = f"{self.articles} article{'' if self.articles == 1 else 's'}"
        statements = f"{self.statements} statement{'' if self.statements == 1 else 's'}"
        line = f"{articles}, {statements}, {len(self.skipped)} skipped"
        if self.skipped:
            shown = [f"{s.article}: {s.reason}" for s in self.skipped[:_DESCRIBE_SKIPPED]]
            more = len(self.skipped) - len(shown)
            if more:
                shown.append(f"and {more} more")
            line += " (" + "; ".join(shown) + ")"
        return line


class CorpusMeta(NamedTuple):
    """Per-article metadata read by :func:`read_meta`.

    Attributes
    ----------
    path : Path
        The metadata file.
    columns : tuple of str
        Its columns other than ``article``, in file order.
    rows : dict of str to tuple of str
        Article name -> values of ``columns``.
    """

    path: Path
    columns: tuple[str, ...]
    rows: dict[str, tuple[str, ...]]

    def values(self, article: str) -> tuple[str, ...]:
        """Return the metadata of ``article``, empty strings if it has no row."""
        found = self.rows.get(article)
        return found if found is not None else ("",) * len(self.columns)


class CorpusAggregate(NamedTuple):
    """Corpus-level results of :func:`aggregate_corpus`.

    Attributes
    ----------
    statements : pandas.DataFrame or None
        The corpus statement table (:data:`CORPUS_COLUMNS` plus metadata
        columns) if asked for with ``keep_statements``, else ``None``.
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


def article_name(path: str | Path, root: str | Path) -> str:
    """Name of an article in the corpus: its path relative to ``root``, POSIX style.

    Parameters
    ----------
    path : str or Path
        Article file.
    root : str or Path
        Corpus folder.

    Returns
    -------
    str
        Relative POSIX path, or ``path`` itself (POSIX style) if it is not under ``root``.

    Examples
    --------
    >>> article_name("corpus/2024/a.txt", "corpus")
    '2024/a.txt'
    """
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()


def process_article(
    path: str | Path,
    root: str | Path,
    actors: ActorTable | None = None,
    *,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> ArticleResult:
    """Load one article file and extract its statement rows.

    A top-level function, so it can be sent to worker processes.

    Parameters
    ----------
    path : str or Path
        Article file.
    root : str or Path
        Corpus folder the article name is relative to.
    actors : ActorTable, optional
        Actor table; without it actors are discovered from the text.
    encoding, max_bytes
        See :func:`narrative_compare.loading.load_article`.

    Returns
    -------
    (str, list of tuple or Skipped)
        The article name (see :func:`article_name`) and its rows in
        :data:`~narrative_compare.schema.STATEMENT_COLUMNS` order, or a
        :class:`Skipped` if the file cannot be read as an article.

    Examples
    --------
    >>> from narrative_compare.loading import seeds_dir
    >>> name, rows = process_article(seeds_dir() / "multi_source" / "northwire.txt", seeds_dir())
    >>> name, len(rows[0])
    ('multi_source/northwire.txt', 14)
    """
    name = article_name(path, root)
    try:
        article = load_article(path, encoding=encoding, max_bytes=max_bytes)
    except InputError as error:
        return name, Skipped(name, error.problem)
    return name, _extract(name, article.text, actors)


def _extract(name: str, text: str, actors: ActorTable | None) -> list[tuple]:
    try:
        return statement_rows(text, actors)
    except Exception as error:
        # A bug in the engine, not a bad input: let it propagate, naming the article.
        error.add_note(f"while extracting the statements of article {name}")
        raise


# --- worker side -------------------------------------------------------------------

_WORKER_STATE: dict[str, Any] = {}


def _init_worker(
    root: str, actors: ActorTable | None, encoding: str | None, max_bytes: int | None
) -> None:
    # Ctrl-C reaches the whole process group: let the parent handle it alone.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_STATE.update(root=root, actors=actors, encoding=encoding, max_bytes=max_bytes)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    # A pool worker waits for tasks forever; if the parent is killed (kill -9)
    # nobody would end it, so it watches the parent itself.
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _process_batch(paths: list[str]) -> list[ArticleResult]:
    state = _WORKER_STATE
    return [
        process_article(
            path,
            state["root"],
            state["actors"],
            encoding=state["encoding"],
            max_bytes=state["max_bytes"],
        )
        for path in paths
    ]


def _extract_batch(
    items: list[tuple[str, str]], actors: ActorTable | None
) -> list[tuple[str, list[tuple]]]:
    """Dask task: rows of already loaded articles ``(name, text)``."""
    return [(name, _extract(name, text, actors)) for name, text in items]


# --- backends ----------------------------------------------------------------------


def _batches(paths: Sequence[Path], workers: int) -> Iterator[list[Path]]:
    size = max(1, min(MAX_BATCH, len(paths) // (workers * 4)))
    for start in range(0, len(paths), size):
        yield list(paths[start : start + size])


def _iter_serial(
    paths: Sequence[Path], root: Path, actors: ActorTable | None, options: CorpusOptions
) -> Iterator[ArticleResult]:
    for path in paths:
        yield process_article(
            path, root, actors, encoding=options.encoding, max_bytes=options.max_bytes
        )


def _iter_pool(
    paths: Sequence[Path],
    root: Path,
    actors: ActorTable | None,
    options: CorpusOptions,
    jobs: int,
) -> Iterator[ArticleResult]:
    batches = list(_batches(paths, jobs))
    workers = min(jobs, len(batches))
    initargs = (str(root), actors, options.encoding, options.max_bytes)
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=initargs) as pool:
        pending: deque = deque()
        try:
            for batch in batches:
                pending.append(pool.submit(_process_batch, [str(path) for path in batch]))
                if len(pending) >= workers * BATCHES_PER_WORKER:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def _dask_client(address: str, workers: int) -> tuple[Any, Any]:
    """Connect to (or start) a Dask cluster; return ``(client, cluster_or_None)``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise NarrativeCompareError(
            "the dask option needs dask[distributed]: pip install 'narrative-compare[dask]'"
        ) from None
    if address == "local":
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        try:
            return Client(cluster), cluster
        except BaseException:
            cluster.close()
            raise
    try:
        return Client(address, timeout="10s"), None
    except (OSError, TimeoutError, ValueError) as error:
        raise NarrativeCompareError(
            f"cannot connect to the Dask scheduler at {address}: {error}"
        ) from None


def _iter_dask(
    paths: Sequence[Path],
    root: Path,
    actors: ActorTable | None,
    options: CorpusOptions,
    address: str,
    workers: int,
) -> Iterator[ArticleResult]:
    client, cluster = _dask_client(address, workers)
    pending: deque = deque()
    try:
        shared_actors = client.scatter(actors, broadcast=True) if actors is not None else None
        window = max(2, len(client.scheduler_info().get("workers", {})) * BATCHES_PER_WORKER)
        for batch in _batches(paths, max(workers, 1)):
            loaded = [_load_for_dask(path, root, options) for path in batch]
            items = [(name, text) for name, text in loaded if isinstance(text, str)]
            future = client.submit(_extract_batch, items, shared_actors, pure=False)
            pending.append((future, [(name, text) for name, text in loaded]))
            if len(pending) >= window:
                yield from _merge_dask(*pending.popleft())
        while pending:
            yield from _merge_dask(*pending.popleft())
    finally:
        if pending:
            client.cancel([future for future, _ in pending])
        client.close()
        if cluster is not None:
            cluster.close()


def _load_for_dask(path: Path, root: Path, options: CorpusOptions) -> tuple[str, str | Skipped]:
    name = article_name(path, root)
    try:
        return name, load_article(path, encoding=options.encoding, max_bytes=options.max_bytes).text
    except InputError as error:
        return name, Skipped(name, error.problem)


def _merge_dask(future: Any, loaded: list[tuple[str, str | Skipped]]) -> Iterator[ArticleResult]:
    """Put the rows computed by a worker back between the batch's skipped files."""
    computed = iter(future.result())
    for name, text in loaded:
        yield (name, text) if isinstance(text, Skipped) else next(computed)


class _Bar(tqdm):
    # No monitor thread: worker processes may be forked while the bar is alive.
    monitor_interval = 0


def _iter_results(
    paths: Sequence[Path],
    root: Path,
    actors: ActorTable | None,
    options: CorpusOptions,
) -> Iterator[ArticleResult]:
    """Per-article results of ``paths`` in order, by the chosen backend.

    The arguments are checked on the call; the work starts on iteration.
    """
    if actors is not None and not isinstance(actors, ActorTable):
        raise TypeError(f"actors must be an ActorTable or None, not {type(actors).__name__}")
    workers = options.workers
    if options.dask is not None:
        address = options.dask.strip()
        results = _iter_dask(paths, root, actors, options, address, options.jobs or 2)
    elif workers == 1 or len(paths) < 2:
        results = _iter_serial(paths, root, actors, options)
    else:
        results = _iter_pool(paths, root, actors, options, workers)
    return _checked(results, root, len(paths), options.progress, options.strict)


def _checked(
    results: Iterator[ArticleResult], root: Path, total: int, progress: bool, strict: bool
) -> Iterator[ArticleResult]:
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


def iter_corpus_rows(
    root: str | Path,
    actors: ActorTable | None = None,
    *,
    options: CorpusOptions = DEFAULT_OPTIONS,
) -> Iterator[ArticleResult]:
    """Statement rows of every article of a folder, article by article, in path order.

    The folder is listed (and the arguments checked) when this function is
    called; the articles are processed as the iterator is consumed.

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
    ['kestran_free_press.txt', 'northwire.txt', 'the_meridian.txt',
     'valdorian_national_news.txt']
    """
    root = Path(root)
    paths = iter_article_paths(root, options.pattern)
    return _iter_results(paths, root, actors, options)


# --- metadata ----------------------------------------------------------------------


def _meta_key(value: str) -> str:
    key = value.strip().replace("\\", "/")
    while key.startswith("./"):
        key = key[2:]
    return key


def read_meta(path: str | Path) -> CorpusMeta:
    """Read a per-article metadata CSV (column ``article`` plus any others).

    ``article`` holds the article name as corpus mode reports it (path
    relative to the corpus folder, ``/`` separators; surrounding spaces and a
    leading ``./`` are ignored). All values are kept as text.

    Parameters
    ----------
    path : str or Path
        UTF-8 CSV file with a header row.

    Returns
    -------
    CorpusMeta
        The other columns in file order and a row per article.

    Raises
    ------
    InputError
        Naming the file, if it is missing, not UTF-8, empty, has no
        ``article`` column, repeats a column name or a column of the
        statement table, has a row with the wrong number of fields, or lists
        an article twice.

    Examples
    --------
    >>> from narrative_compare.loading import seeds_dir
    >>> meta = read_meta(seeds_dir() / "multi_source" / "meta.csv")
    >>> meta.columns, meta.values("northwire.txt")[0]
    (('outlet', 'date', 'country'), 'Northwire')
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records = list(csv.reader(handle))
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except UnicodeDecodeError:
        raise InputError(path, "not valid UTF-8") from None
    except OSError as error:
        raise InputError(path, f"cannot read file: {error.strerror or error}") from None
    except csv.Error as error:
        raise InputError(path, f"not a valid CSV file: {error}") from None
    records = [record for record in records if any(cell.strip() for cell in record)]
    if not records:
        raise InputError(path, "file is empty")
    header = [cell.strip() for cell in records[0]]
    if "article" not in header:
        raise InputError(path, f"no 'article' column (columns: {', '.join(header)})")
    repeated = sorted({c for c in header if header.count(c) > 1})
    if repeated:
        raise InputError(path, f"repeated column names: {', '.join(repeated)}")
    clashes = [c for c in header if c in CORPUS_COLUMNS and c != "article"]
    if clashes:
        raise InputError(path, f"columns clash with the statement table: {', '.join(clashes)}")
    position = header.index("article")
    others = [i for i in range(len(header)) if i != position]
    rows: dict[str, tuple[str, ...]] = {}
    first_line: dict[str, int] = {}
    for line, record in enumerate(records[1:], start=2):
        if len(record) != len(header):
            raise InputError(
                path, f"row {line} has {len(record)} fields, the header has {len(header)}"
            )
        key = _meta_key(record[position])
        if key in rows:
            raise InputError(
                path, f"article {key!r} is listed twice (rows {first_line[key]} and {line})"
            )
        rows[key] = tuple(record[i] for i in others)
        first_line[key] = line
    return CorpusMeta(path=path, columns=tuple(header[i] for i in others), rows=rows)


# --- writing -----------------------------------------------------------------------


def _empty_frame(columns: Sequence[str]) -> pd.DataFrame:
    frame = statements_frame("", [])
    frame.insert(0, "article", pd.Series([], dtype=object))
    for column in columns[len(CORPUS_COLUMNS) :]:
        frame[column] = pd.Series([], dtype=object)
    return frame


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
        Metadata CSV (see :func:`read_meta`); its columns are appended to every
        row of the matching article (empty for articles it does not list).
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
    (4, ['article', 'statement_id'])
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    root = Path(root)
    paths = iter_article_paths(root, options.pattern)
    metadata = read_meta(meta) if meta is not None else None
    check_not_input(out, [*paths, meta])
    columns = CORPUS_COLUMNS + (metadata.columns if metadata is not None else ())
    results = _iter_results(paths, root, actors, options)
    articles = statements = 0
    skipped: list[Skipped] = []
    try:
        with atomic_output(out) as handle:
            writer = TableWriter(handle, fmt, _empty_frame(columns), excel_safe=excel_safe)
            writer.write_header()
            for name, rows in results:
                if isinstance(rows, Skipped):
                    skipped.append(rows)
                    continue
                extra = metadata.values(name) if metadata is not None else ()
                writer.write_rows((name, *row, *extra) for row in rows)
                articles += 1
                statements += len(rows)
            if out is None or str(out) == "-":
                handle.flush()
    finally:
        results.close()
    return CorpusSummary(articles, statements, tuple(skipped))


# --- aggregation -------------------------------------------------------------------


def _stub_text(rows: Iterable[tuple]) -> str:
    """Text with each statement at its offsets and spaces elsewhere.

    Frame phrases lie inside statements, so this stands in for the article
    text in :func:`narrative_compare.frames.extract_frames`.
    """
    start_at, end_at, text_at = (STATEMENT_COLUMNS.index(c) for c in ("start", "end", "text"))
    pieces, position = [], 0
    for row in sorted(rows, key=lambda r: r[start_at]):
        start, end = row[start_at], row[end_at]
        if start < position:
            raise ValueError("overlapping statements")
        pieces.append(" " * (start - position))
        pieces.append(row[text_at])
        position = end
    return "".join(pieces)


def _article_frames(name: str, rows: list[tuple]) -> pd.DataFrame:
    from narrative_compare.frames import extract_frames

    table = extract_frames(_stub_text(rows), statements_frame("", rows))
    table.insert(0, "article", name)
    return table


def aggregate_corpus(
    root: str | Path,
    actors: ActorTable | None = None,
    *,
    counts: TermCounts | None = None,
    keep_statements: bool = False,
    frames: bool = False,
    meta: str | Path | None = None,
    on_article: Callable[[str, list[tuple] | Skipped], None] | None = None,
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
    (4, True)
    """
    from narrative_compare.terms import TermCounts

    root = Path(root)
    paths = iter_article_paths(root, options.pattern)
    metadata = read_meta(meta) if meta is not None else None
    counts = TermCounts() if counts is None else counts
    picks = [STATEMENT_COLUMNS.index(column) for column in _COUNT_COLUMNS]
    buffer: list[tuple] = []
    kept: list[tuple] = []
    frame_tables: list[pd.DataFrame] = []
    articles = statements = 0
    skipped: list[Skipped] = []

    def flush() -> None:
        if buffer:
            counts.add(pd.DataFrame(buffer, columns=_COUNT_COLUMNS))
            buffer.clear()

    results = _iter_results(paths, root, actors, options)
    try:
        for name, rows in results:
            if on_article is not None:
                on_article(name, rows)
            if isinstance(rows, Skipped):
                skipped.append(rows)
                continue
            articles += 1
            statements += len(rows)
            buffer.extend(tuple(row[i] for i in picks) for row in rows)
            if len(buffer) >= COUNT_BUFFER_ROWS:
                flush()
            if keep_statements:
                extra = metadata.values(name) if metadata is not None else ()
                kept.extend((name, *row, *extra) for row in rows)
            if frames and rows:
                frame_tables.append(_article_frames(name, rows))
        flush()
    finally:
        results.close()

    table = None
    if keep_statements:
        columns = CORPUS_COLUMNS + (metadata.columns if metadata is not None else ())
        table = _empty_frame(columns) if not kept else pd.DataFrame(kept, columns=list(columns))
        for column in ("statement_id", "section", "paragraph", "start", "end"):
            table[column] = table[column].astype("int64")
    frame_table = None
    if frames:
        frame_table = pd.concat(frame_tables, ignore_index=True) if frame_tables else None
        if frame_table is None:
            from narrative_compare.frames import FRAME_EXTRA_COLUMNS
            from narrative_compare.schema import FRAME_COLUMNS

            columns = ["article", *FRAME_COLUMNS, *FRAME_EXTRA_COLUMNS]
            frame_table = pd.DataFrame(columns=columns)
    summary = CorpusSummary(articles, statements, tuple(skipped))
    return CorpusAggregate(table, counts, frame_table, summary)
