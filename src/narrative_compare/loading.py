"""Read articles from disk (or memory) into decoded, newline-normalised text.

Every offset the package reports (``start``, ``end`` in the statement table)
indexes the text returned here, **after** decoding and newline normalisation:
``"\\r\\n"`` and a lone ``"\\r"`` become ``"\\n"``, exactly as Python's text mode
does, so a CRLF, a CR and an LF copy of the same article give identical text and
identical offsets. Apart from that (and HTML conversion, see below) the text is
not altered: no stripping, no Unicode normalisation, so ``text[start:end]`` is
always the sentence as it stands in the article.

HTML input (a ``.html``/``.htm`` file, or text that is mostly markup, see
:func:`looks_like_html`) is converted to plain text with the standard library's
:mod:`html.parser`; offsets then index the converted text.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from narrative_compare.errors import InputError, NarrativeCompareError

#: Largest article :func:`load_article` reads by default, in bytes.
DEFAULT_MAX_BYTES = 20_000_000

#: File name stem of the bundled seed article and its actor file.
SEED_NAME = "azerbaijan_karabakh_offensive_2023"

HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm", ".xhtml"})

#: Share of non-space characters inside tags above which text counts as HTML.
HTML_MARKUP_SHARE = 0.30

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_TAG_RE = re.compile(r"<[A-Za-z/!?][^<>]*>")
_HTML_START_RE = re.compile(r"\s*(<\?xml[^>]*>\s*)?<(!doctype\s+html|html[\s>])", re.IGNORECASE)


class Article(NamedTuple):
    """An article ready for statement splitting.

    Attributes
    ----------
    text : str
        Decoded text with ``"\\n"`` line ends; offsets index this string.
    path : Path or None
        File it was read from (``None`` for in-memory text).
    name : str
        File stem, or the name given to :func:`article_from_text`.
    encoding : str
        Codec used to decode the bytes (``"utf-8"``, ``"utf-8-sig"``,
        ``"utf-16"``, ...); ``""`` for in-memory text.
    note : str
        ``""`` or a remark such as ``"converted from HTML"``.
    """

    text: str
    path: Path | None
    name: str
    encoding: str
    note: str


def normalize_newlines(text: str) -> str:
    """Turn ``"\\r\\n"`` and lone ``"\\r"`` into ``"\\n"`` (universal newlines).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The text with ``"\\n"`` line ends only.

    Examples
    --------
    >>> normalize_newlines("a\\r\\nb\\rc\\n")
    'a\\nb\\nc\\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(text: str) -> bool:
    """Guess whether decoded text is an HTML document rather than plain text.

    Text counts as HTML if it starts (after white space and an optional XML
    declaration) with ``<!doctype html`` or ``<html``, or if it holds at least
    three tags and the tags make up more than 30 % of its non-space characters.
    A tag is ``<`` followed by a letter, ``/``, ``!`` or ``?`` and running to the
    next ``>`` without another ``<``; so ``a < b`` in prose never counts.

    Parameters
    ----------
    text : str
        Decoded text.

    Returns
    -------
    bool
        True if the text should be converted with :func:`html_to_text`.

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><p>Hi</p>")
    True
    >>> looks_like_html("The ministry said 3 < 4.")
    False
    """
    if _HTML_START_RE.match(text[:1000]):
        return True
    tags = _TAG_RE.findall(text)
    if len(tags) < 3:
        return False
    markup = sum(len("".join(tag.split())) for tag in tags)
    visible = len("".join(text.split()))
    return visible > 0 and markup / visible > HTML_MARKUP_SHARE


class _TextExtractor(HTMLParser):
    """Collect the visible text of an HTML document as a list of blocks."""

    SKIP = frozenset({"script", "style", "head", "nav", "footer", "noscript", "template"})
    BLOCK = frozenset(
        {
            "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl",
            "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
        }
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._pieces: list[str] = []
        self._skipping: list[str] = []

    def _break(self) -> None:
        block = " ".join("".join(self._pieces).split())
        if block:
            self.blocks.append(block)
        self._pieces = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and "head" in self._skipping:
            # <body> closes a <head> whose end tag was omitted.
            self._skipping = [t for t in self._skipping if t != "head"]
        if tag in self.SKIP:
            self._skipping.append(tag)
        elif tag in self.BLOCK and not self._skipping:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/> and friends: no content, so never enter a skipped region.
        if tag in self.BLOCK and not self._skipping:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            if tag in self._skipping:
                index = len(self._skipping) - 1 - self._skipping[::-1].index(tag)
                del self._skipping[index:]
        elif tag in self.BLOCK and not self._skipping:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._pieces.append(data)

    def close(self) -> None:
        super().close()
        self._break()


def html_to_text(html: str) -> str:
    """Convert an HTML document to plain text paragraphs.

    Content of ``script``, ``style``, ``head``, ``nav``, ``footer``,
    ``noscript`` and ``template`` is dropped. Block elements (``p``, ``div``,
    ``h1``-``h6``, ``li``, ``br``, ``tr``, ``td``, ``article``, ``section``, ...)
    end a block; blocks are joined with a blank line, so each heading becomes
    its own short paragraph. Entities are unescaped and white space inside a
    block (including in ``pre``) is collapsed to single spaces.

    Parameters
    ----------
    html : str
        Decoded HTML.

    Returns
    -------
    str
        Plain text, ``""`` if the document has no visible text.

    Examples
    --------
    >>> html_to_text("<h1>Title</h1><p>A &amp; B\\n said.</p><script>x()</script>")
    'Title\\n\\nA & B said.'
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return "\n\n".join(parser.blocks)


def _decode_error_problem(data: bytes, error: UnicodeDecodeError, encoding: str) -> str:
    byte = data[error.start] if error.start < len(data) else None
    where = f"byte 0x{byte:02x} at offset {error.start}" if byte is not None else error.reason
    if encoding == "utf-8":
        return (
            f"not valid UTF-8 ({where}); if the file is Latin-1 or Windows-1252, "
            "pass --encoding cp1252"
        )
    return f"not valid {encoding} ({where})"


def _nul_problem(data: bytes) -> str:
    offset = data.index(b"\x00")
    problem = f"binary file (NUL byte at offset {offset})"
    # UTF-16 without a BOM has a NUL in every other byte for ASCII text.
    sample = data[:4096]
    if len(sample) >= 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if max(even, odd) > 0.4 * (len(sample) // 2):
            codec = "utf-16-le" if odd > even else "utf-16-be"
            problem += f"; if it is UTF-16 without a byte-order mark, pass --encoding {codec}"
    return problem


def _decode(data: bytes, path: Path, encoding: str | None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding_used)`` or raise InputError."""
    if encoding is not None:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(path, f"unknown encoding {encoding!r}") from None
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        try:
            text = data.decode(encoding)
        except LookupError:  # a codec that does not decode bytes to str, e.g. base64
            raise InputError(path, f"{encoding!r} is not a text encoding") from None
        except UnicodeDecodeError as error:
            raise InputError(path, _decode_error_problem(data, error, encoding)) from None
        except UnicodeError as error:  # e.g. punycode, which reports no position
            raise InputError(path, f"not valid {encoding} ({error})") from None
        if "\x00" in text:
            raise InputError(path, f"binary file (NUL characters after decoding as {encoding})")
        return text, encoding

    used = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    if used == "utf-8" and b"\x00" in data:
        raise InputError(path, _nul_problem(data))
    try:
        text = data.decode(used)
    except UnicodeDecodeError as error:
        raise InputError(path, _decode_error_problem(data, error, used)) from None
    if "\x00" in text:
        raise InputError(path, "binary file (NUL characters after decoding)")
    return text, used


def load_article(
    path: str | Path,
    *,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Article:
    """Read an article file and decode it to text.

    Without ``encoding`` the bytes are decoded as UTF-8 (strictly), or by their
    byte-order mark: UTF-8 with BOM (``"utf-8-sig"``, BOM removed), UTF-16 or
    UTF-32 LE/BE (``"utf-16"``, ``"utf-32"``). Line ends are normalised with
    :func:`normalize_newlines`; HTML is converted with :func:`html_to_text`.

    Parameters
    ----------
    path : str or Path
        Article file.
    encoding : str, optional
        Codec to decode with instead of detection (e.g. ``"cp1252"``).
    max_bytes : int or None, default DEFAULT_MAX_BYTES
        Refuse larger files; ``None`` for no limit.

    Returns
    -------
    Article
        Decoded text, path, name (file stem), encoding and note.

    Raises
    ------
    InputError
        If the file is missing, a directory, too large, binary (NUL bytes, PDF),
        empty or white space only, not decodable, or HTML without text.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes(b"One.\\r\\nTwo.\\r\\n")
    >>> load_article(p).text
    'One.\\nTwo.\\n'
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(path, "is a directory")
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except OSError as error:
        raise InputError(path, f"cannot read file: {error.strerror or error}") from None
    if max_bytes is not None and size > max_bytes:
        raise InputError(
            path,
            f"file is {size:,} bytes, larger than the limit of {max_bytes:,} bytes; "
            "raise the limit with --max-bytes",
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read file: {error.strerror or error}") from None
    # The size may have changed between stat and read (or stat lied, e.g. /proc).
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(
            path,
            f"file is {len(data):,} bytes, larger than the limit of {max_bytes:,} bytes; "
            "raise the limit with --max-bytes",
        )
    if not data:
        raise InputError(path, "file is empty")
    if data.startswith(b"%PDF-"):
        raise InputError(path, "looks like a PDF, not text")

    text, used = _decode(data, path, encoding)
    if not text.strip():
        raise InputError(path, "file contains only whitespace")
    text = normalize_newlines(text)

    note = ""
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise InputError(path, "HTML file contains no text")
        note = "converted from HTML"
    return Article(text=text, path=path, name=path.stem, encoding=used, note=note)


def article_from_text(text: str, name: str = "<text>") -> Article:
    """Wrap in-memory text as an :class:`Article`.

    Line ends are normalised like :func:`load_article` does; nothing else is
    changed (no HTML conversion).

    Parameters
    ----------
    text : str
        Article text.
    name : str, default "<text>"
        Name reported for the article.

    Returns
    -------
    Article
        With ``path=None`` and ``encoding=""``.

    Raises
    ------
    InputError
        If the text is empty or white space only.

    Examples
    --------
    >>> article_from_text("A said.\\r\\nB said.", name="x").text
    'A said.\\nB said.'
    """
    if not text.strip():
        raise InputError(None, "article text is empty")
    return Article(text=normalize_newlines(text), path=None, name=name, encoding="", note="")


def seeds_dir() -> Path:
    """Folder holding the bundled seed article and its actor file.

    An installed wheel carries it inside the package (``narrative_compare/seeds``);
    a source checkout has it at the top level (``seeds/``).

    Returns
    -------
    Path
        Existing directory.

    Raises
    ------
    NarrativeCompareError
        If neither location exists.

    Examples
    --------
    >>> (seeds_dir() / f"{SEED_NAME}.txt").is_file()
    True
    """
    candidates: list[Path] = []
    try:
        packaged = resources.files("narrative_compare") / "seeds"
        candidates.append(Path(str(packaged)))
    except (ModuleNotFoundError, TypeError, ValueError):
        pass
    candidates.append(Path(__file__).resolve().parent / "seeds")
    candidates.append(Path(__file__).resolve().parents[2] / "seeds")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(str(c) for c in dict.fromkeys(candidates))
    raise NarrativeCompareError(f"bundled seeds folder not found (looked in {looked})")


def _seed_file(suffix: str) -> Path:
    path = seeds_dir() / f"{SEED_NAME}{suffix}"
    if not path.is_file():
        raise NarrativeCompareError(f"bundled seed file missing: {path}")
    return path


def seed_article_path() -> Path:
    """Path of the bundled seed article (``<SEED_NAME>.txt``).

    Returns
    -------
    Path
        Existing file.

    Raises
    ------
    NarrativeCompareError
        If the seeds folder or the file is missing.

    Examples
    --------
    >>> seed_article_path().name
    'azerbaijan_karabakh_offensive_2023.txt'
    """
    return _seed_file(".txt")


def seed_actors_path() -> Path:
    """Path of the bundled seed actor file (``<SEED_NAME>.actors.yml``).

    Returns
    -------
    Path
        Existing file.

    Raises
    ------
    NarrativeCompareError
        If the seeds folder or the file is missing.

    Examples
    --------
    >>> seed_actors_path().name
    'azerbaijan_karabakh_offensive_2023.actors.yml'
    """
    return _seed_file(".actors.yml")


def iter_article_paths(
    directory: str | Path, pattern: str = "**/*.txt", *, follow_symlinks: bool = False
) -> list[Path]:
    """List the article files under a directory.

    Hidden files and files inside hidden directories (name starting with
    ``.``) are skipped, and so are actor files (``*.actors.yml``); so are the
    entries :func:`scan_article_paths` reports as problems.

    Parameters
    ----------
    directory : str or Path
        Folder to search.
    pattern : str, default "**/*.txt"
        Glob relative to ``directory`` (``**`` also matches the folder itself).
    follow_symlinks : bool, default False
        Also read files that symbolic links lead to outside ``directory``.

    Returns
    -------
    list of Path
        Matching files, sorted by their relative POSIX path.

    Raises
    ------
    InputError
        If the directory does not exist, is not a directory, the pattern is
        invalid, or no file matches.

    Examples
    --------
    >>> [p.name for p in iter_article_paths(seeds_dir(), "*.txt")]
    ['azerbaijan_karabakh_offensive_2023.txt']
    """
    return scan_article_paths(directory, pattern, follow_symlinks=follow_symlinks)[0]


def display_path(path: str | Path) -> str:
    r"""A path as text that can always be printed and written as UTF-8.

    Bytes of a file name that are not UTF-8 are shown escaped (``\xe9``), so
    a message or an ``article`` column never fails on them.

    Examples
    --------
    >>> print(display_path(os.fsdecode(b"caf\xe9.txt")))
    caf\xe9.txt
    """
    text = str(path)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _entry_problem(match: Path, root: Path, follow_symlinks: bool) -> str | None:
    """Why a matching entry is not read as an article, ``None`` if it is; ``""`` to ignore it."""
    try:
        mode = os.stat(match).st_mode
    except FileNotFoundError:
        return "dangling symbolic link" if match.is_symlink() else "file not found"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot read file: {error.strerror or error}"
    if stat.S_ISDIR(mode):
        return ""  # a folder whose name matches the pattern: not an article, not a problem
    if not stat.S_ISREG(mode):
        return f"not a regular file ({_file_kind(mode)})"
    if not follow_symlinks:
        try:
            match.resolve().relative_to(root)
        except ValueError:
            return (
                "symbolic link leads outside the folder "
                f"(to {display_path(match.resolve())}); pass --follow-symlinks to read it"
            )
    return None


def _unreadable_folders(directory: Path) -> list[tuple[Path, str]]:
    """Folders below ``directory`` (hidden ones excepted) that cannot be listed, and why."""
    problems: list[tuple[Path, str]] = []

    def note(error: OSError) -> None:
        if error.filename is not None:
            problems.append((Path(error.filename), f"cannot read folder: {error.strerror}"))

    for _folder, subfolders, _files in os.walk(directory, onerror=note):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
    return problems


def scan_article_paths(
    directory: str | Path, pattern: str = "**/*.txt", *, follow_symlinks: bool = False
) -> tuple[list[Path], list[tuple[Path, str]]]:
    """List the article files under a directory, and the entries that cannot be read.

    Like :func:`iter_article_paths`, and besides the entries matching the
    pattern that are not read, with the reason: FIFOs, sockets and devices
    (never opened, so a FIFO cannot block the run), dangling symbolic links,
    symbolic link loops, files that symbolic links lead to outside
    ``directory`` (unless ``follow_symlinks``), and, for a pattern that
    descends into folders, folders that cannot be listed.

    Parameters
    ----------
    directory : str or Path
        Folder to search.
    pattern : str, default "**/*.txt"
        Glob relative to ``directory``.
    follow_symlinks : bool, default False
        Read files that symbolic links lead to outside ``directory`` too.

    Returns
    -------
    paths : list of Path
        Article files, sorted by their relative POSIX path.
    problems : list of (Path, str)
        Entries not read and why, sorted the same way.

    Raises
    ------
    InputError
        If the directory does not exist, is not a directory or cannot be
        listed, the pattern is invalid, or nothing matches.

    Examples
    --------
    >>> paths, problems = scan_article_paths(seeds_dir(), "*.txt")
    >>> [p.name for p in paths], problems
    (['azerbaijan_karabakh_offensive_2023.txt'], [])
    """
    directory = Path(directory)
    if not directory.exists():
        raise InputError(directory, "directory not found")
    if not directory.is_dir():
        raise InputError(directory, "is not a directory")
    try:
        os.scandir(directory).close()
    except OSError as error:
        raise InputError(directory, f"cannot read folder: {error.strerror or error}") from None
    try:
        matches = list(directory.glob(pattern))
    except (ValueError, NotImplementedError) as error:
        raise InputError(directory, f"invalid pattern {pattern!r}: {error}") from None
    root = directory.resolve()
    found: dict[str, Path] = {}
    problems: dict[str, tuple[Path, str]] = {}
    for match in matches:
        relative = match.relative_to(directory)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if match.name.endswith(".actors.yml"):
            continue
        problem = _entry_problem(match, root, follow_symlinks)
        if problem is None:
            found[relative.as_posix()] = match
        elif problem:
            problems[relative.as_posix()] = (match, problem)
    if "**" in pattern or "/" in pattern:
        for folder, problem in _unreadable_folders(directory):
            problems[folder.relative_to(directory).as_posix() + "/"] = (folder, problem)
    if not found and not problems:
        raise InputError(directory, f"no files match {pattern!r}")
    return [found[key] for key in sorted(found)], [problems[key] for key in sorted(problems)]
