"""Reading a corpus: article names, loading, skipped files, totals and metadata.

An article's name is its path relative to the corpus folder, with ``/``
separators (:func:`article_name`). :func:`process_article` turns one file into
its statement rows, exactly as the single-file ``statements`` command would,
or into a :class:`Skipped` when the file cannot be read as an article
(binary, empty, undecodable, too large). :func:`read_meta` reads the
per-article metadata CSV of ``--meta``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from narrative_compare.actors import ActorTable
from narrative_compare.errors import InputError
from narrative_compare.loading import DEFAULT_MAX_BYTES, display_path, load_article
from narrative_compare.schema import STATEMENT_COLUMNS
from narrative_compare.statements import StatementRows, statement_rows

#: Columns of the corpus statement table: ``article`` then :data:`STATEMENT_COLUMNS`.
CORPUS_COLUMNS: tuple[str, ...] = ("article",) + STATEMENT_COLUMNS

#: Skipped files listed by :meth:`CorpusSummary.describe` before "and N more".
_DESCRIBE_SKIPPED = 3


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
ArticleResult = tuple[str, "StatementRows | Skipped"]


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
    unmatched_meta : tuple of str
        Articles listed in the ``--meta`` file that are not in the corpus.
    meta_warnings : tuple of str
        One line per metadata problem, naming the file and row: a row for an
        article not in the folder, an article with no row (see
        :meth:`CorpusMeta.problems`). The command line prints them as
        warnings and exits 1.

    Examples
    --------
    >>> CorpusSummary(2, 30, (Skipped("bad.txt", "file is empty"),)).describe()
    '2 articles, 30 statements, 1 skipped (bad.txt: file is empty)'
    """

    articles: int
    statements: int
    skipped: tuple[Skipped, ...] = ()
    unmatched_meta: tuple[str, ...] = ()
    meta_warnings: tuple[str, ...] = ()

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
        if self.unmatched_meta:
            count = len(self.unmatched_meta)
            line += f", {count} metadata row{'' if count == 1 else 's'} matching no article"
        unlisted = len(self.meta_warnings) - len(self.unmatched_meta)
        if unlisted > 0:
            line += f", {unlisted} article{'' if unlisted == 1 else 's'} with no metadata row"
        return line


class CorpusMeta(NamedTuple):
    """Per-article metadata read by :func:`read_meta`.

    Attributes
    ----------
    path : Path or None
        The metadata file (``None`` for a run without one, see :func:`optional_meta`).
    columns : tuple of str
        Its columns other than ``article``, in file order.
    rows : dict of str to tuple of str
        Article name -> values of ``columns``.
    lines : dict of str to int, optional
        Article name -> line of its row in the file (for messages).
    """

    path: Path | None
    columns: tuple[str, ...]
    rows: dict[str, tuple[str, ...]]
    lines: dict[str, int] | None = None

    def row_name(self, article: str) -> str | None:
        """The name under which ``article`` is listed, ``None`` if it has no row.

        A row names an article by its name (``2024/a.txt``) or, when no row
        has that name, by its name without the file extension (``2024/a``):
        metadata exported from elsewhere often lists documents by their id.

        Examples
        --------
        >>> meta = CorpusMeta(None, ("outlet",), {"a.txt": ("A",), "b": ("B",)})
        >>> meta.row_name("a.txt"), meta.row_name("b.txt"), meta.row_name("c.txt")
        ('a.txt', 'b', None)
        """
        if article in self.rows:
            return article
        stem = _without_extension(article)
        return stem if stem != article and stem in self.rows else None

    def values(self, article: str) -> tuple[str, ...]:
        """Return the metadata of ``article`` (see :meth:`row_name`), empty strings if no row."""
        name = self.row_name(article)
        return self.rows[name] if name is not None else ("",) * len(self.columns)

    def unmatched(self, articles: Iterable[str]) -> tuple[str, ...]:
        """The listed articles that are not among ``articles``, in file order.

        Examples
        --------
        >>> meta = CorpusMeta(None, ("outlet",), {"a.txt": ("A",), "typo.txt": ("B",), "c": ("C",)})
        >>> meta.unmatched(["a.txt", "b.txt", "c.txt"])
        ('typo.txt',)
        """
        present = {self.row_name(article) for article in articles}
        return tuple(name for name in self.rows if name not in present)

    def problems(self, articles: Iterable[str], elsewhere: Iterable[str] = ()) -> tuple[str, ...]:
        """One line per row naming no article and per article without a row.

        Nothing when there is no metadata file.

        Parameters
        ----------
        articles : iterable of str
            Names of the corpus's articles (skipped files included).
        elsewhere : iterable of str, default ()
            Listed names that are files of the folder left out by the glob
            pattern (one event of a bigger folder): not a problem.

        Returns
        -------
        tuple of str
            Rows for missing articles first (file order), then articles
            without a row (in the given order).

        Examples
        --------
        >>> from pathlib import Path
        >>> meta = CorpusMeta(Path("meta.csv"), ("outlet",), {"a.txt": ("A",), "typo.txt": ("B",)},
        ...     {"a.txt": 2, "typo.txt": 3})
        >>> for line in meta.problems(["a.txt", "b.txt"]):
        ...     print(line)
        meta.csv row 3: article 'typo.txt' is not in the folder
        b.txt: no row in meta.csv
        """
        if self.path is None:
            return ()
        names = list(articles)
        lines = self.lines or {}
        where = display_path(self.path)
        missing = [
            f"{where} row {lines.get(name, '?')}: article {name!r} is not in the folder"
            for name in self.unmatched([*names, *elsewhere])
        ]
        unlisted = [f"{name}: no row in {where}" for name in names if self.row_name(name) is None]
        return tuple(missing + unlisted)


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
        Relative POSIX path, or ``path`` itself (POSIX style) if it is not under
        ``root``; bytes of the name that are not UTF-8 are shown escaped
        (``caf\\xe9.txt``, see :func:`~narrative_compare.loading.display_path`).

    Examples
    --------
    >>> article_name("corpus/2024/a.txt", "corpus")
    '2024/a.txt'
    """
    try:
        return display_path(Path(path).relative_to(root).as_posix())
    except ValueError:
        return display_path(Path(path).as_posix())


def load_text(
    path: str | Path,
    root: str | Path,
    *,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> tuple[str, str | Skipped]:
    """Load one article file: its name and decoded text, or why it was skipped.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "empty.txt").write_bytes(b"")
    0
    >>> load_text(folder / "empty.txt", folder)
    ('empty.txt', Skipped(article='empty.txt', reason='file is empty'))
    """
    name = article_name(path, root)
    try:
        return name, load_article(path, encoding=encoding, max_bytes=max_bytes).text
    except InputError as error:
        return name, Skipped(name, error.problem)


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
    ('multi_source/northwire.txt', 15)
    """
    name, text = load_text(path, root, encoding=encoding, max_bytes=max_bytes)
    if isinstance(text, Skipped):
        return name, text
    return name, extract_rows(name, text, actors)


def extract_rows(name: str, text: str, actors: ActorTable | None) -> StatementRows:
    """Statement rows of an article's text; an engine error gets a note naming the article."""
    try:
        return statement_rows(text, actors)
    except Exception as error:
        # A bug in the engine, not a bad input: let it propagate, naming the article.
        error.add_note(f"while extracting the statements of article {name}")
        raise


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
    records = _meta_records(path)
    header = [cell.strip() for cell in records[0]]
    _check_meta_header(path, header)
    position = header.index("article")
    others = [i for i in range(len(header)) if i != position]
    rows: dict[str, tuple[str, ...]] = {}
    first_line: dict[str, int] = {}
    shared: dict[str, str] = {}  # each distinct value one object (outlets, dates repeat)
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
        rows[key] = tuple(shared.setdefault(record[i], record[i]) for i in others)
        first_line[key] = line
    return CorpusMeta(
        path=path, columns=tuple(header[i] for i in others), rows=rows, lines=first_line
    )


def optional_meta(path: str | Path | None) -> CorpusMeta:
    """:func:`read_meta` of ``path``, or metadata without columns when ``path`` is ``None``.

    Examples
    --------
    >>> optional_meta(None).values("a.txt")
    ()
    """
    return read_meta(path) if path is not None else CorpusMeta(None, (), {})


def _meta_records(path: Path) -> list[list[str]]:
    """The non-blank records of a metadata CSV."""
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
    return records


def _check_meta_header(path: Path, header: list[str]) -> None:
    if "article" not in header:
        raise InputError(path, f"no 'article' column (columns: {', '.join(header)})")
    repeated = sorted({c for c in header if header.count(c) > 1})
    if repeated:
        raise InputError(path, f"repeated column names: {', '.join(repeated)}")
    clashes = [c for c in header if c in CORPUS_COLUMNS and c != "article"]
    if clashes:
        raise InputError(path, f"columns clash with the statement table: {', '.join(clashes)}")


def _without_extension(name: str) -> str:
    """``name`` without the extension of its last path part (``a/b.txt`` -> ``a/b``)."""
    head, slash, tail = name.rpartition("/")
    stem, dot, _ = tail.rpartition(".")
    return f"{head}{slash}{stem}" if dot and stem else name


def _meta_key(value: str) -> str:
    key = value.strip().replace("\\", "/")
    while key.startswith("./"):
        key = key[2:]
    return key
