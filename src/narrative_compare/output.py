"""Write result tables as CSV, JSON lines or Markdown, atomically.

:func:`format_table` renders a whole table; :class:`TableWriter` streams one
piece by piece with the same bytes (corpus mode writes every article's rows as
soon as they are ready). Both render cells with the same functions, so the
byte-identical promise of the folder commands rests on this module alone.

Files are never half-written: output goes to a temporary file in the target
directory which replaces the target only once everything was written, so an
error (or Ctrl-C) leaves the previous file untouched and no temporary file
behind. A symbolic link is followed and its target replaced; a device, FIFO
or other file that is not a regular file (``/dev/null``, ``/dev/stdout``) is
written in place and never replaced. Temporary files carry the writing
process's id, so the next run in the same folder removes those a killed run
left behind. A path of ``None`` or ``"-"`` means standard output.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import datetime as _dt
import errno
import html
import json
import math
import os
import shutil
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import numpy as np
import pandas as pd

from narrative_compare.errors import InputError

#: Output formats understood by :func:`format_table`.
FORMATS: tuple[str, ...] = ("csv", "jsonl", "markdown")

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

#: Line end of CSV output; pandas' ``to_csv`` writes through the csv module in
#: its default dialect with this line end, and so does :class:`TableWriter`.
_CSV_LINE_END = "\n"


def _file_path(path: str | Path | None) -> Path | None:
    """``path`` as a Path, or ``None`` when it means standard output (``None`` or ``"-"``)."""
    return None if path is None or str(path) == "-" else Path(path)


def excel_safe_value(value: Any) -> Any:
    """Neutralise one cell against spreadsheet formula injection.

    Strings starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return get a leading single quote (OWASP CSV-injection guidance); any other
    value is returned unchanged.

    Parameters
    ----------
    value : Any
        Cell value.

    Returns
    -------
    Any
        The value, quoted if needed.

    Examples
    --------
    >>> excel_safe_value("=HYPERLINK(1)"), excel_safe_value("fine"), excel_safe_value(-1)
    ("'=HYPERLINK(1)", 'fine', -1)
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def excel_safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``df`` with every string cell passed through :func:`excel_safe_value`.

    Column names (the header cells) are protected too; numeric columns are
    left alone (a negative number is not a formula).

    Parameters
    ----------
    df : pandas.DataFrame
        Table to protect.

    Returns
    -------
    pandas.DataFrame
        New frame; ``df`` is not modified.

    Examples
    --------
    >>> excel_safe_frame(pd.DataFrame({"t": ["-x", "y"]}))["t"].tolist()
    ["'-x", 'y']
    """
    out = df.copy()
    out.columns = [excel_safe_value(column) for column in out.columns]
    for position in range(out.shape[1]):
        column = out.iloc[:, position]
        if pd.api.types.is_object_dtype(column) or pd.api.types.is_string_dtype(column):
            out.isetitem(position, column.map(excel_safe_value))
    return out


def _json_value(value: Any) -> Any:
    """Turn a cell into something :func:`json.dumps` writes faithfully."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, str):
        return value
    if isinstance(value, _dt.date | _dt.time | pd.Timestamp):
        return value.isoformat()
    if isinstance(value, np.ndarray):
        return [_json_value(item) for item in value.tolist()]
    if isinstance(value, list | tuple):
        return [_json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _json_value(item) for key, item in value.items()}
    return str(value)


def _csv_cell(value: Any) -> Any:
    """A cell for the csv module: missing values empty, as pandas writes them."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return value


def _markdown_cell(value: Any) -> str:
    value = _json_value(value)
    if value is None:
        text = ""
    elif isinstance(value, float):
        text = format(value, ".6g")
    elif isinstance(value, bool):
        text = str(value).lower()
    else:
        text = str(value)
    # Escaped, so that <script> or <img onerror=...> from an article shows as
    # text in a Markdown viewer or notebook instead of running.
    text = html.escape(text, quote=False)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
    return text.replace("|", "\\|")


def _jsonl_keys(df: pd.DataFrame) -> list[str]:
    keys = [str(column) for column in df.columns]
    if len(set(keys)) != len(keys):
        raise ValueError("cannot write JSON lines: duplicate column names")
    return keys


def _jsonl_line(keys: list[str], row: Iterable[Any]) -> str:
    cells = map(_json_value, row)
    return json.dumps(dict(zip(keys, cells, strict=True)), ensure_ascii=False) + "\n"


def _to_jsonl(df: pd.DataFrame) -> str:
    keys = _jsonl_keys(df)
    return "".join(_jsonl_line(keys, row) for row in df.itertuples(index=False, name=None))


def _markdown_line(row: Iterable[Any]) -> str:
    return "| " + " | ".join(map(_markdown_cell, row)) + " |\n"


def _markdown_head(df: pd.DataFrame) -> str:
    """Header and rule lines; numeric (not boolean) columns are right-aligned."""
    rule = [
        "---:"
        if pd.api.types.is_numeric_dtype(df.iloc[:, i])
        and not pd.api.types.is_bool_dtype(df.iloc[:, i])
        else "---"
        for i in range(df.shape[1])
    ]
    return _markdown_line(str(column) for column in df.columns) + _markdown_line(rule)


def _to_markdown(df: pd.DataFrame) -> str:
    if df.shape[1] == 0:
        return ""
    rows = df.itertuples(index=False, name=None)
    return _markdown_head(df) + "".join(_markdown_line(row) for row in rows)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def format_table(df: pd.DataFrame, fmt: str, *, excel_safe: bool = False) -> str:
    """Render a table as text.

    Parameters
    ----------
    df : pandas.DataFrame
        Table; its index is not written.
    fmt : {"csv", "jsonl", "markdown"}
        ``csv``: pandas CSV with ``"\\n"`` line ends. ``jsonl``: one JSON object
        per row, keys in column order, integers as integers, NaN and infinities
        as ``null``, non-ASCII kept. ``markdown``: a GitHub pipe table (``|``
        escaped, line breaks as ``<br>``, floats to 6 significant digits,
        numeric columns right-aligned, ``<``, ``>`` and ``&`` escaped as HTML
        entities so article text cannot inject HTML into a Markdown viewer).
    excel_safe : bool, default False
        Prefix string cells and column names that start with ``=``, ``+``,
        ``-``, ``@``, tab or carriage return with ``'`` so spreadsheets do
        not run them as formulas. This alters text, so ``article[start:end] == text`` no
        longer holds for such rows; hence off by default.

    Returns
    -------
    str
        The rendered table, ending with a newline unless empty.

    Raises
    ------
    ValueError
        If ``fmt`` is not one of :data:`FORMATS`.

    Examples
    --------
    >>> print(format_table(pd.DataFrame({"a": [1], "b": ["x|y"]}), "markdown"), end="")
    | a | b |
    | ---: | --- |
    | 1 | x\\|y |
    """
    _check_format(fmt)
    if excel_safe:
        df = excel_safe_frame(df)
    if fmt == "csv":
        return df.to_csv(index=False, lineterminator=_CSV_LINE_END)
    if fmt == "jsonl":
        return _to_jsonl(df)
    return _to_markdown(df)


class TableWriter:
    """Stream a table in the bytes :func:`format_table` gives for the whole of it.

    The header is written once, then rows as they come, so a table larger than
    memory (a corpus, article by article) can be written without building it.
    JSON lines and Markdown cells go through the same functions as
    :func:`format_table`; CSV rows through the csv module in the dialect
    pandas uses, missing values empty (strings, integers, floats and missing
    values come out as pandas writes them).

    Parameters
    ----------
    handle : text file
        Where to write (e.g. from :func:`atomic_output`).
    fmt : {"csv", "jsonl", "markdown"}
        Output format.
    template : pandas.DataFrame
        A frame with the table's columns and dtypes (its rows are not
        written); Markdown right-aligns its numeric columns.
    excel_safe : bool, default False
        See :func:`format_table`.

    Raises
    ------
    ValueError
        If ``fmt`` is unknown, or for JSON lines if two columns share a name.

    Examples
    --------
    >>> import io
    >>> table = pd.DataFrame({"n": [1, 2], "text": ["=x|y", "z"]})
    >>> out = io.StringIO()
    >>> writer = TableWriter(out, "markdown", table.iloc[:0], excel_safe=True)
    >>> writer.write_header()
    >>> writer.write_rows([(1, "=x|y")])
    >>> writer.write_rows([(2, "z")])
    >>> out.getvalue() == format_table(table, "markdown", excel_safe=True)
    True
    """

    def __init__(
        self, handle: IO[str], fmt: str, template: pd.DataFrame, *, excel_safe: bool = False
    ) -> None:
        _check_format(fmt)
        self.handle = handle
        self.fmt = fmt
        self.template = template
        self.excel_safe = excel_safe
        self._keys = _jsonl_keys(template) if fmt == "jsonl" else []
        self._csv = csv.writer(handle, lineterminator=_CSV_LINE_END)

    def write_header(self) -> None:
        """Write the header: the column names (CSV), header and rule lines (Markdown)."""
        template = excel_safe_frame(self.template) if self.excel_safe else self.template
        if self.fmt == "csv":
            self._csv.writerow(str(column) for column in template.columns)
        elif self.fmt == "markdown":
            self.handle.write(_markdown_head(template))

    def write_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Write rows, each a sequence of cells in column order."""
        if self.excel_safe:
            rows = (tuple(map(excel_safe_value, row)) for row in rows)
        if self.fmt == "csv":
            self._csv.writerows(map(_csv_cell, row) for row in rows)
        elif self.fmt == "jsonl":
            self.handle.write("".join(_jsonl_line(self._keys, row) for row in rows))
        else:
            self.handle.write("".join(_markdown_line(row) for row in rows))


def _default_mode() -> int:
    # os.umask can only be read by setting it; put it straight back.
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def output_target(path: str | Path) -> Path:
    """The file writing to ``path`` changes: ``path``, or where its symbolic links lead.

    Parameters
    ----------
    path : str or Path
        An output path.

    Returns
    -------
    Path
        ``path`` itself unless it is a symbolic link; then the path the link
        (and any link it leads to) finally names, which may not exist yet.

    Raises
    ------
    InputError
        If ``path`` is a symbolic link that leads back to itself (a loop).

    Examples
    --------
    >>> output_target("out.csv")
    PosixPath('out.csv')
    """
    path = Path(path)
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    if target.is_symlink():
        raise InputError(path, "symbolic link loop")
    return target


def temporary_prefix(name: str) -> str:
    """Prefix of the temporary files and folders written for the target ``name``.

    Hidden (a leading dot) and tagged with this process's id, so that
    :func:`remove_stale_temporaries` can tell those of a killed run from
    those of a run still going.

    Examples
    --------
    >>> temporary_prefix("out.csv") == f".out.csv.{os.getpid()}."
    True
    """
    return f".{name}.{os.getpid()}."


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. PermissionError: the process exists, owned by another user
        return True
    return True


def remove_stale_temporaries(directory: str | Path, name: str) -> list[Path]:
    """Remove the temporary files and folders a killed run left for ``name`` in ``directory``.

    They are recognised by their name, ``.NAME.PID.XXXXXXXX.tmp`` (see
    :func:`temporary_prefix`), and removed only when no process ``PID`` is
    running, so concurrent runs writing the same target keep theirs.
    Problems (a folder that cannot be read, a file removed meanwhile) are
    ignored: this is housekeeping.

    Parameters
    ----------
    directory : str or Path
        Folder of the target.
    name : str
        File or folder name of the target.

    Returns
    -------
    list of Path
        What was removed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> stale = folder / ".out.csv.999999999.abcd1234.tmp"
    >>> _ = stale.write_text("half")
    >>> [p.name for p in remove_stale_temporaries(folder, "out.csv")]
    ['.out.csv.999999999.abcd1234.tmp']
    """
    lead = f".{name}."
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        if not (entry.name.startswith(lead) and entry.name.endswith(".tmp")):
            continue
        pid = entry.name[len(lead) :].split(".", 1)[0]
        if not pid.isdigit() or _process_alive(int(pid)):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


#: The signals the command line turns into an unwinding exception (Ctrl-C, SIGTERM, SIGHUP).
_UNWINDING_SIGNALS = frozenset(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back Ctrl-C, SIGTERM and SIGHUP while a temporary file or folder is made.

    A signal's handler raises in whatever Python line runs next: inside
    :mod:`tempfile`, after the file exists but before its name is returned,
    nothing would know to remove it. While held, a signal is only noted; on
    leaving, the handlers are put back and each noted signal is raised again,
    so it is handled as before, once the caller holds the name (and removes
    the file when it unwinds). Outside the main thread, where Python runs no
    handler, nothing changes.
    """
    arrived: list[int] = []

    def note(signum: int, _frame: object) -> None:
        arrived.append(signum)

    previous: dict[int, Any] = {}
    try:
        for signum in _UNWINDING_SIGNALS:
            if signal.getsignal(signum) is not None:  # None: set outside Python, left alone
                previous[signum] = signal.signal(signum, note)
    except (ValueError, OSError):  # not the main thread
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(arrived):
            signal.raise_signal(signum)


def os_problem(error: OSError) -> str:
    """An OSError in a few words, without the file name: ``"No space left on device"``.

    Examples
    --------
    >>> import errno
    >>> os_problem(OSError(errno.EROFS, "Read-only file system", "x"))
    'Read-only file system'
    """
    return error.strerror or str(error) or type(error).__name__


class AtomicWriter:
    """Context manager writing a text file atomically, or standard output.

    On entry it opens a temporary file next to ``path`` (UTF-8, ``"\\n"`` line
    ends) and returns it. On a clean exit the file is flushed, synced to disk
    and renamed over ``path``; on any exception, ``KeyboardInterrupt``
    included, the temporary file is deleted and ``path`` is left as it was.
    With ``path`` ``None`` or ``"-"`` it yields :data:`sys.stdout` and does
    nothing else.

    A symbolic link is followed: its target is replaced the same way (see
    :func:`output_target`). A path that exists and is not a regular file (a
    character device such as ``/dev/null``, a FIFO) is opened and written in
    place, like any Unix tool would, and never replaced. Temporary files a
    killed run left beside the target are removed on entry (see
    :func:`remove_stale_temporaries`).

    Parameters
    ----------
    path : str or Path or None
        Target file, or ``None``/``"-"`` for standard output.
    binary : bool, default False
        Open the file for bytes instead of text.

    Raises
    ------
    InputError
        On entry, if ``path`` is a directory, its folder does not exist or is
        not writable, or standard output is closed; on exit, if writing,
        syncing or the final rename failed (disk full, read-only file
        system, ...), naming the target.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with AtomicWriter(target) as fh:
    ...     _ = fh.write("row\\n")
    >>> target.read_text()
    'row\\n'
    """

    def __init__(self, path: str | Path | None, *, binary: bool = False) -> None:
        self.path = _file_path(path)
        self.binary = binary
        self._file: IO[Any] | None = None
        self._in_place = False
        self._target: Path | None = None

    def __enter__(self) -> IO[Any]:
        """The temporary file (text, or binary with ``binary=True``), or standard output."""
        if self.path is None:
            if sys.stdout is None:
                raise InputError("standard output", "is closed; write to a file with -o")
            return sys.stdout
        target = self._target = output_target(self.path)
        if target.is_dir():
            raise InputError(self.path, "is a directory")
        try:
            mode = os.stat(target).st_mode
        except FileNotFoundError:
            mode = None
        except OSError as error:
            raise InputError(self.path, f"cannot write: {os_problem(error)}") from None
        if mode is not None and not stat.S_ISREG(mode):
            return self._open_in_place(target)
        directory = target.parent
        if not directory.is_dir():
            raise InputError(self.path, f"output folder {str(directory)!r} does not exist")
        remove_stale_temporaries(directory, target.name)
        try:
            with _signals_held():
                self._file = tempfile.NamedTemporaryFile(
                    "wb" if self.binary else "w",
                    encoding=None if self.binary else "utf-8",
                    newline=None if self.binary else "\n",
                    dir=directory,
                    prefix=temporary_prefix(target.name),
                    suffix=".tmp",
                    delete=False,
                )
        except OSError as error:
            raise InputError(self.path, f"cannot write: {os_problem(error)}") from None
        except BaseException:
            # A signal held back while the file was made, handled on release.
            if self._file is not None:
                handle, self._file = self._file, None
                self._discard(handle, handle.name)
            raise
        return self._file

    def _open_in_place(self, target: Path) -> IO[Any]:
        """Open a device, FIFO or other non-regular file for writing, without replacing it."""
        try:
            if self.binary:
                self._file = open(target, "wb")  # noqa: SIM115 (closed in __exit__)
            else:
                self._file = open(target, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as error:
            raise InputError(self.path, f"cannot write: {os_problem(error)}") from None
        self._in_place = True
        return self._file

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.path is None:
            if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError | InputError):
                raise InputError("standard output", f"cannot write: {os_problem(exc)}") from None
            return
        if self._file is None or self._target is None:
            return
        handle, self._file = self._file, None
        try:
            if self._in_place:
                handle.close()
            elif exc_type is None:
                self._replace(handle, self._target)
                return
            else:
                self._discard(handle, handle.name)
        except OSError as error:
            if not self._in_place:
                self._discard(handle, handle.name)
            raise InputError(self.path, f"cannot write: {os_problem(error)}") from None
        except BaseException:
            if not self._in_place:
                self._discard(handle, handle.name)
            raise
        if isinstance(exc, OSError) and not isinstance(exc, InputError):
            # Disk full or a read-only file system while writing: name the file.
            raise InputError(self.path, f"cannot write: {os_problem(exc)}") from None

    @staticmethod
    def _replace(handle: IO[Any], target: Path) -> None:
        """Sync the temporary file, give it the target's mode and rename it over the target."""
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        mode = target.stat().st_mode & 0o7777 if target.exists() else None
        os.chmod(handle.name, _default_mode() if mode is None else mode)
        os.replace(handle.name, target)

    @staticmethod
    def _discard(handle: IO[Any], tmp_name: str) -> None:
        with contextlib.suppress(OSError):
            handle.close()
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)


def atomic_output(path: str | Path | None) -> AtomicWriter:
    """Open ``path`` for atomic, streamed writing (see :class:`AtomicWriter`).

    Parameters
    ----------
    path : str or Path or None
        Target file, or ``None``/``"-"`` for standard output.

    Returns
    -------
    AtomicWriter
        Use it in a ``with`` statement.

    Examples
    --------
    >>> with atomic_output("-") as fh:
    ...     _ = fh.write("to stdout\\n")
    to stdout
    """
    return AtomicWriter(path)


def write_text_atomic(path: str | Path, content: str) -> None:
    """Write ``content`` to ``path`` atomically (UTF-8, ``"\\n"`` line ends).

    The text goes to a temporary file in the same folder, is flushed and
    synced, then renamed over ``path`` with :func:`os.replace`. On any
    exception the temporary file is removed and ``path`` is untouched.

    Parameters
    ----------
    path : str or Path
        Target file.
    content : str
        Text to write.

    Raises
    ------
    InputError
        If ``path`` is a directory or its folder is missing or not writable.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> write_text_atomic(target, "a\\n1\\n")
    >>> target.read_text()
    'a\\n1\\n'
    """
    if _file_path(path) is None:
        raise ValueError("write_text_atomic needs a file path, not standard output")
    with AtomicWriter(path) as handle:
        handle.write(content)


def write_bytes_atomic(path: str | Path, content: bytes) -> None:
    """Write ``content`` to ``path`` atomically, like :func:`write_text_atomic`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "f.png"
    >>> write_bytes_atomic(target, b"PNG")
    >>> target.read_bytes()
    b'PNG'
    """
    if _file_path(path) is None:
        raise ValueError("write_bytes_atomic needs a file path, not standard output")
    with AtomicWriter(path, binary=True) as handle:
        handle.write(content)


def check_not_input(
    output_path: str | Path | None, input_paths: Iterable[str | Path | None]
) -> None:
    """Refuse an output path that is one of the input files.

    Parameters
    ----------
    output_path : str or Path or None
        Output file; ``None`` or ``"-"`` (standard output) always passes.
    input_paths : iterable of str or Path or None
        Input files; ``None`` entries are ignored.

    Raises
    ------
    InputError
        ``"refusing to overwrite the input file"`` if the output is an input
        (same file per :func:`os.path.samefile` when both exist, else the same
        resolved path).

    Examples
    --------
    >>> check_not_input("out.csv", ["article.txt"])
    >>> check_not_input("-", ["article.txt"])
    """
    output = _file_path(output_path)
    if output is None:
        return
    for input_path in input_paths:
        candidate = _file_path(input_path)
        if candidate is None:
            continue
        try:
            if output.exists() and candidate.exists():
                same = os.path.samefile(output, candidate)
            else:
                same = output.resolve() == candidate.resolve()
        except OSError:
            same = os.path.abspath(output) == os.path.abspath(candidate)
        if same:
            raise InputError(output, "refusing to overwrite the input file")


def write_table(
    df: pd.DataFrame, path: str | Path | None, fmt: str, *, excel_safe: bool = False
) -> None:
    """Render ``df`` with :func:`format_table` and write it.

    Parameters
    ----------
    df : pandas.DataFrame
        Table to write.
    path : str or Path or None
        Target file (written atomically), or ``None``/``"-"`` for standard output.
    fmt : {"csv", "jsonl", "markdown"}
        Output format.
    excel_safe : bool, default False
        See :func:`format_table`.

    Raises
    ------
    ValueError
        If ``fmt`` is unknown (raised before anything is written).
    InputError
        If the target cannot be written.

    Examples
    --------
    >>> write_table(pd.DataFrame({"a": [1, 2]}), None, "csv")
    a
    1
    2
    """
    content = format_table(df, fmt, excel_safe=excel_safe)
    with AtomicWriter(path) as handle:
        handle.write(content)
        if _file_path(path) is None:
            handle.flush()


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2`` with ``RENAME_EXCHANGE``).

    Returns ``False`` when the system cannot (another OS, an old kernel or
    file system); raises OSError on any other failure.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def _carry(source: Path, destination: Path) -> None:
    """Put a copy of ``source`` at ``destination``: hard links where possible."""
    if source.is_symlink():
        os.symlink(os.readlink(source), destination)
    elif source.is_dir():
        shutil.copytree(source, destination, symlinks=True, copy_function=_link_or_copy)
    else:
        _link_or_copy(source, destination)


def _link_or_copy(source: str | Path, destination: str | Path) -> None:
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


class AtomicFolder:
    """Context manager building a folder beside ``path`` and swapping it in at the end.

    On entry a temporary folder ``.NAME.PID.XXXXXXXX.tmp`` is made next to
    the target (its parents are created) and returned; write the files with
    :meth:`write_text`. On a clean exit, the entries of the old folder not
    written anew and not listed in ``replaces`` are carried over (hard links,
    else copies), and the new folder takes the old one's place in one step
    (``renameat2(RENAME_EXCHANGE)`` on Linux; elsewhere two renames), then
    the old one is removed. On any exception, ``KeyboardInterrupt``
    included, the temporary folder is removed and the target is left as it
    was; an interrupted run (even ``kill -9``) leaves the old folder whole or
    the new one whole, and the next run removes its temporary folder (see
    :func:`remove_stale_temporaries`).

    Parameters
    ----------
    path : str or Path
        The target folder; a symbolic link to a folder is followed.
    replaces : callable, optional
        ``old folder -> names`` of the entries of the old folder the new one
        replaces (not carried over).

    Raises
    ------
    InputError
        Naming the target, if the folder or its parents cannot be created,
        or writing, carrying over or swapping failed (disk full, read-only
        file system, permissions...).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "report"
    >>> with AtomicFolder(target) as folder:
    ...     folder.write_text("index.html", "<p>hi</p>\\n")
    >>> sorted(p.name for p in target.iterdir())
    ['index.html']
    """

    def __init__(
        self, path: str | Path, replaces: Callable[[Path], Iterable[str]] | None = None
    ) -> None:
        self.path = Path(path)
        self.replaces = replaces
        self.folder: Path | None = None
        self._target: Path | None = None

    def __enter__(self) -> AtomicFolder:
        """Make the temporary folder; returns ``self`` (see :meth:`write_text`)."""
        target = self._target = output_target(self.path)
        if target.exists() and not target.is_dir():
            raise InputError(self.path, "exists and is not a folder")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(self.path, f"cannot create folder: {os_problem(error)}") from None
        remove_stale_temporaries(target.parent, target.name)
        made: str | None = None
        try:
            with _signals_held():
                made = tempfile.mkdtemp(
                    dir=target.parent, prefix=temporary_prefix(target.name), suffix=".tmp"
                )
        except OSError as error:
            raise InputError(self.path, f"cannot create folder: {os_problem(error)}") from None
        except BaseException:
            # A signal held back while the folder was made, handled on release.
            if made is not None:
                shutil.rmtree(made, ignore_errors=True)
            raise
        self.folder = Path(made)
        return self

    def write_text(self, name: str, content: str) -> None:
        """Write one file of the new folder (UTF-8, ``"\\n"`` line ends), synced to disk."""
        if self.folder is None:
            raise RuntimeError("AtomicFolder.write_text outside its with block")
        with open(self.folder / name, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())

    def write_bytes(self, name: str, content: bytes) -> None:
        """Write one binary file of the new folder (a figure), synced to disk."""
        if self.folder is None:
            raise RuntimeError("AtomicFolder.write_bytes outside its with block")
        with open(self.folder / name, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())

    def open_text(self, name: str) -> IO[str]:
        """Open one file of the new folder for writing as a stream (UTF-8, ``"\\n"``).

        The caller closes it; it is swapped in with the folder.
        """
        if self.folder is None:
            raise RuntimeError("AtomicFolder.open_text outside its with block")
        return open(self.folder / name, "w", encoding="utf-8", newline="\n")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        folder, target = self.folder, self._target
        if folder is None or target is None:
            return
        self.folder = None
        try:
            if exc_type is None:
                self._swap(folder, target)
                return
        except OSError as error:
            shutil.rmtree(folder, ignore_errors=True)
            raise InputError(self.path, f"cannot write: {os_problem(error)}") from None
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError) and not isinstance(exc, InputError):
            raise InputError(self.path, f"cannot write: {os_problem(exc)}") from None

    def _swap(self, folder: Path, target: Path) -> None:
        """Carry the old folder's other entries over, then put ``folder`` in its place."""
        if not target.is_dir():
            os.chmod(folder, 0o777 & ~_umask())
            os.rename(folder, target)
            return
        skip = set(self.replaces(target)) if self.replaces is not None else set()
        written = {entry.name for entry in folder.iterdir()}
        for entry in target.iterdir():
            if entry.name not in written and entry.name not in skip:
                _carry(entry, folder / entry.name)
        os.chmod(folder, target.stat().st_mode & 0o7777)
        if _exchange(folder, target):
            shutil.rmtree(folder, ignore_errors=True)  # now the old report
            return
        aside = Path(
            tempfile.mkdtemp(dir=target.parent, prefix=temporary_prefix(target.name), suffix=".tmp")
        )
        os.rmdir(aside)
        os.rename(target, aside)
        try:
            os.rename(folder, target)
        except BaseException:
            os.rename(aside, target)
            raise
        shutil.rmtree(aside, ignore_errors=True)


def _umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask
