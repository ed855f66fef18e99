"""The ``narrative-compare`` command line.

Exit status: 0 on success, 1 when a corpus run skipped files, 2 on a usage or
input error. Data goes to standard output (or ``-o``), messages to standard
error; an error is one line naming the file and the problem, never a
traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from narrative_compare import __version__
from narrative_compare.actors import ActorTable, load_actors
from narrative_compare.corpus import (
    CorpusAggregate,
    CorpusOptions,
    CorpusSummary,
    aggregate_corpus,
    read_meta,
    write_corpus_frames,
    write_corpus_statements,
)
from narrative_compare.drafting import draft_actor_file
from narrative_compare.errors import InputError, NarrativeCompareError
from narrative_compare.loading import (
    DEFAULT_MAX_BYTES,
    Article,
    display_path,
    load_article,
    seed_actors_path,
    seed_article_path,
)
from narrative_compare.output import (
    FORMATS,
    check_not_input,
    os_problem,
    write_table,
    write_text_atomic,
)
from narrative_compare.statements import extract_statements

if TYPE_CHECKING:  # scikit-learn is imported only by the commands that compare
    from narrative_compare.terms import TermCounts

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2

_DESCRIPTION = """\
Split news articles into statements, attribute each statement to the actor
who makes it, group actors into camps and compare how the camps frame events.

With no ARTICLE, every command runs on the bundled seed article (Azerbaijan's
September 2023 offensive in Nagorno-Karabakh) and its actor file.

Exit status: 0 success, 1 a folder run that skipped unreadable files, 2 a usage
or input error (one line on stderr naming the file and the problem)."""

_STATEMENTS_HELP = """\
One row per sentence with the columns statement_id, section, section_title,
paragraph, clause, start, end, text, speaker, actor, camp, cue, mode, targets
and resolved_by (documented in narrative_compare.schema). The headline is a
row; a sentence with two speakers is one row per clause. For every row,
text == article[start:end] in the decoded article. mode is direct (quoted
words), indirect (reported speech), mixed (reported speech with a quoted
fragment) or narration (the journalist's own words, actor "narrator")."""


_UNASSIGNED_HINT = (
    "narrative-compare: no actor file: every camp is 'unassigned'; draft one with "
    "'narrative-compare actors ARTICLE -o actors.yml' and pass it with --actors"
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``narrative-compare`` command."""
    parser = argparse.ArgumentParser(
        prog="narrative-compare",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    statements = commands.add_parser(
        "statements",
        help="attribute every sentence to an actor and camp",
        description=_STATEMENTS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_arguments(statements)
    _add_table_output_arguments(statements)
    statements.set_defaults(run=run_statements)

    compare = commands.add_parser(
        "compare",
        help="distinctive terms of each camp (TF-IDF or log-odds)",
        description="Distinctive terms per camp, columns camp, term, method, score, count, "
        "counts_by_camp (log-odds adds freq_in_camp, freq_elsewhere, significant; a "
        "single article adds example_id and example). "
        "tfidf ranks a camp's terms by TF-IDF over camp documents; log-odds is the "
        "log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn "
        "2008), reported as a z-score, so small camps are not drowned by large ones; "
        "|z| >= 1.96 is marked significant. Speaker words, reporting cues and actor "
        "names are not counted, and overlapping n-grams are collapsed into distinct phrases.",
    )
    _add_input_arguments(compare)
    _add_by_argument(compare)
    compare.add_argument(
        "--method", choices=("tfidf", "log-odds"), default="log-odds", help="(default log-odds)"
    )
    compare.add_argument(
        "--top", type=_positive_int, default=15, metavar="N", help="terms per camp (default 15)"
    )
    compare.add_argument(
        "--no-narration", action="store_true", help="leave the journalist's narration out"
    )
    compare.add_argument(
        "--keep-speaker-words",
        action="store_true",
        help="count speaker spans, reporting cues and actor names too",
    )
    compare.add_argument(
        "--min-count",
        type=_positive_int,
        default=None,
        metavar="N",
        help="leave out terms counted fewer than N times (default: 2 for a folder, else 1)",
    )
    _add_table_output_arguments(compare)
    compare.set_defaults(run=run_compare)

    frames = commands.add_parser(
        "frames",
        help="quoted labels, scare quotes and evaluative labels per camp",
        description="Framing labels of every statement: predicate labels (described ... "
        "as, what it called, amounts to), scare quotes, and evaluative noun phrases in "
        "quotations, reported speech and the journalist's narration; columns statement_id, "
        "camp, actor, phrase, kind, start, end (offsets of phrase in the article), referent "
        "(event, claims, an actor id, party, other), label_key, cue.",
    )
    _add_input_arguments(frames)
    _add_by_argument(frames)
    _add_table_output_arguments(frames)
    frames.set_defaults(run=run_frames)

    report = commands.add_parser(
        "report",
        help="write a self-contained HTML report with tables and figures",
        description="Write DIR/index.html, one self-contained interactive page (search, "
        "clickable terms and labels, a filterable and sortable statement table, figures; "
        "no remote resources, all article text inserted as text), the same tables as CSV "
        "files and every figure as PNG (and SVG with --figures svg) beside it, and print "
        "the page's path.",
    )
    _add_input_arguments(report)
    report.add_argument(
        "-o", "--output", metavar="DIR", default="report", help="output folder (default report)"
    )
    report.add_argument(
        "--top", type=_positive_int, default=15, metavar="N", help="terms per camp (default 15)"
    )
    report.add_argument(
        "--force",
        action="store_true",
        help="write into a non-empty folder that holds no previous report (its other files "
        "are kept); without it such a folder is refused",
    )
    report.add_argument(
        "--excel-safe",
        action="store_true",
        help="prefix CSV cells (headers included) starting with = + - @ with ' so "
        "spreadsheets do not run them as formulas",
    )
    _add_by_argument(report)
    report.add_argument(
        "--title",
        metavar="TEXT",
        help="the page's title (default: the article's headline, its first line when that "
        "reads as one, else the file or folder name)",
    )
    report.add_argument(
        "--figures",
        default="png",
        metavar="FORMATS",
        help="comma-separated formats every figure is also written in beside the page: png "
        "(always written) and svg (default png)",
    )
    report.set_defaults(run=run_report)

    outlets = commands.add_parser(
        "outlets",
        help="whom each outlet quotes and whose words its narration adopts",
        description="One row per outlet x camp of a folder of articles, columns outlet, "
        "camp, statements, direct, indirect, mixed (the camp's statements in the outlet), "
        "voice_share (their share of the outlet's attributed statements), "
        "narration_similarity (cosine, TF-IDF, of the outlet's own narration, quotations "
        "cut out, to the camp's quoted and reported speech across the folder, over the "
        "words of the framing labels found in the folder; see --narration-terms) and "
        "adopted_labels (the camp's labels the outlet uses in its narration without "
        "quotation marks). --table labels lists label x outlet with adopted, quoted and "
        "scare_quoted; --table time voice share and label use per day and camp (needs a "
        "date column). outlet holds the value of the --by column.",
    )
    _add_input_arguments(outlets)
    _add_by_argument(outlets)
    outlets.add_argument(
        "--table",
        choices=("outlets", "labels", "time"),
        default="outlets",
        help="which table to write (default outlets)",
    )
    outlets.add_argument(
        "--narration-terms",
        choices=("labels", "all"),
        default="labels",
        help="terms narration_similarity compares over: the words of the framing labels "
        "found in the folder (default labels) or every counted term (all)",
    )
    _add_table_output_arguments(outlets)
    outlets.set_defaults(run=run_outlets)

    actors = commands.add_parser(
        "actors",
        help="draft an actor file from the speakers found in the text",
        description="Draft an actor file from the speakers discovered in ARTICLE (or every "
        "file matching --glob in a folder): one actor per speaker with an id, its name, the "
        "other names it was called by as aliases and its statement count as a comment, camp "
        "'unassigned'. Fill in the camps, merge or delete actors, then pass the file with "
        "--actors to the other commands. With --actors FILE, only the speakers FILE does not "
        "know yet are drafted.",
    )
    _add_input_arguments(actors)
    actors.add_argument(
        "-o", "--output", metavar="FILE.yml", help="write the draft here (default: stdout)"
    )
    actors.set_defaults(run=run_actors)
    return parser


def _add_by_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by",
        metavar="COLUMN",
        help="group articles by this column of the --meta file (default: outlet, when the "
        "file has it); each group's narration is a group of its own",
    )


def _add_input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "article",
        nargs="?",
        metavar="ARTICLE",
        help="a UTF-8 or UTF-16 text (or HTML) file, or a folder of them; "
        "default: the bundled seed article",
    )
    parser.add_argument(
        "--actors",
        metavar="FILE",
        help="YAML actor file (actors: [{id, name, camp, aliases}]); default: the seed's "
        "actor file when ARTICLE is omitted, otherwise actors are discovered from the text",
    )
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help="decode the input with this codec (e.g. cp1252) instead of UTF-8/UTF-16",
    )
    corpus = parser.add_argument_group(
        "folders of articles",
        "when ARTICLE is a folder, every file matching --glob below it is read, one at a "
        "time, and rows get an 'article' column (path relative to the folder)",
    )
    corpus.add_argument(
        "--glob",
        default="**/*.txt",
        metavar="PATTERN",
        help="files to read in a folder (default **/*.txt)",
    )
    corpus.add_argument(
        "--meta",
        metavar="FILE",
        help="CSV with an 'article' column (outlet, date, ...) joined onto rows",
    )
    corpus.add_argument(
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help="parallel processes (default: all cores; capped at the number of cores and "
        "of articles, with a note); output is the same for any N",
    )
    corpus.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a dask.distributed cluster: 'local' or tcp://HOST:PORT "
        "(needs the [dask] extra)",
    )
    corpus.add_argument(
        "--dask-timeout",
        type=_positive_float,
        default=30.0,
        metavar="SECONDS",
        help="give up connecting to the Dask scheduler after SECONDS (default 30)",
    )
    corpus.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="read files that symbolic links lead to outside the folder (default: skip "
        "them with a reason)",
    )
    corpus.add_argument(
        "--progress",
        action="store_true",
        help="show a progress bar on stderr (default: only on a terminal)",
    )
    corpus.add_argument(
        "--strict",
        action="store_true",
        help="stop at the first unreadable file instead of skipping it",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse input files larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
    )


def _add_table_output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="csv",
        help="output format (default csv, which is what scripts should read)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (atomically: complete or not at all) instead of stdout",
    )
    parser.add_argument(
        "--excel-safe",
        action="store_true",
        help="prefix cells starting with = + - @ with ' so spreadsheets do not run them "
        "as formulas (alters text, so text == article[start:end] no longer holds)",
    )


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number: {value!r}")
    return number


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return number


def resolve_inputs(args: argparse.Namespace) -> tuple[Path, Path | None]:
    """The article (or folder) and actor file to use: the seed's when ARTICLE is omitted."""
    if args.article is None:
        article = seed_article_path()
        actors = Path(args.actors) if args.actors else seed_actors_path()
        return article, actors
    return Path(args.article), Path(args.actors) if args.actors else None


def load_inputs(args: argparse.Namespace) -> tuple[Article, ActorTable | None]:
    """Load the article and the actor file named on the command line."""
    article_path, actors = _input_path_and_actors(args)
    article = load_article(article_path, encoding=args.encoding, max_bytes=args.max_bytes)
    if article.note:
        print(f"narrative-compare: {article_path}: {article.note}", file=sys.stderr)
    return article, actors


def _input_path_and_actors(args: argparse.Namespace) -> tuple[Path, ActorTable | None]:
    article_path, actors_path = resolve_inputs(args)
    if args.meta and not article_path.is_dir():
        raise InputError(args.meta, "--meta needs a folder of articles, not a single file")
    actors = load_actors(actors_path) if actors_path is not None else None
    return article_path, actors


def _is_corpus(args: argparse.Namespace) -> bool:
    return args.article is not None and Path(args.article).is_dir()


def _corpus_options(args: argparse.Namespace) -> CorpusOptions:
    """How to run over a folder, from the command line (a progress bar on a terminal)."""
    return CorpusOptions(
        pattern=args.glob,
        jobs=args.jobs,
        dask=args.dask,
        encoding=args.encoding,
        max_bytes=args.max_bytes,
        progress=args.progress or (sys.stderr is not None and sys.stderr.isatty()),
        strict=args.strict,
        follow_symlinks=args.follow_symlinks,
        dask_timeout=args.dask_timeout,
    )


def _aggregate_folder(
    args: argparse.Namespace,
    *,
    counts: TermCounts | None = None,
    keep_statements: bool = False,
    frames: bool = False,
) -> tuple[Path, ActorTable | None, CorpusAggregate]:
    """:func:`aggregate_corpus` over the folder named on the command line."""
    root, actors = _input_path_and_actors(args)
    result = aggregate_corpus(
        root,
        actors,
        counts=counts,
        keep_statements=keep_statements,
        frames=frames,
        meta=args.meta,
        options=_corpus_options(args),
    )
    return root, actors, result


def _grouping(args: argparse.Namespace) -> str | None:
    """The ``--by`` column: as given, or ``outlet`` when the meta file has it; else None.

    ``article`` (one group per article) is always a column of a corpus table.
    """
    by = getattr(args, "by", None)
    if args.meta is None:
        if by is not None:
            raise InputError(f"--by {by}", "needs --meta FILE and a folder of articles")
        return None
    meta = read_meta(args.meta)
    if by is None:
        return "outlet" if "outlet" in meta.columns else None
    if by != "article" and by not in meta.columns:
        columns = ", ".join(("article", *meta.columns))
        raise InputError(args.meta, f"--by {by}: no such column (columns: {columns})")
    return by


def _finish_corpus(summary: CorpusSummary | None) -> int:
    """Print a folder run's closing summary line; exit 1 when files were skipped.

    ``None`` (a single article) prints nothing and exits 0.
    """
    if summary is None:
        return EXIT_OK
    for skipped in summary.skipped:
        print(
            f"narrative-compare: warning: skipped {skipped.article}: {skipped.reason}",
            file=sys.stderr,
        )
    for problem in summary.meta_warnings:
        print(f"narrative-compare: warning: {problem}", file=sys.stderr)
    print(f"narrative-compare: {summary.describe()}", file=sys.stderr)
    return EXIT_PARTIAL if summary.skipped or summary.meta_warnings else EXIT_OK


def _check_output(args: argparse.Namespace) -> None:
    if getattr(args, "output", None) and args.output != "-":
        check_not_input(args.output, [p for p in resolve_inputs(args) if p is not None])


def run_statements(args: argparse.Namespace) -> int:
    """``narrative-compare statements``: print the statement table."""
    _check_output(args)
    if _is_corpus(args):
        root, actors = _input_path_and_actors(args)
        summary = write_corpus_statements(
            root,
            actors,
            args.output,
            args.format,
            meta=args.meta,
            excel_safe=args.excel_safe,
            options=_corpus_options(args),
        )
        return _finish_corpus(summary)
    article, actors = load_inputs(args)
    table = extract_statements(article, actors)
    write_table(table, args.output, args.format, excel_safe=args.excel_safe)
    if actors is None:
        print(_UNASSIGNED_HINT, file=sys.stderr)
    return EXIT_OK


def run_compare(args: argparse.Namespace) -> int:
    """``narrative-compare compare``: distinctive terms per camp."""
    # Imported here: scikit-learn is only needed by the commands that compare.
    from narrative_compare.terms import (
        TermCounts,
        TermSettings,
        actor_names,
        add_examples,
        distinctive_terms,
        log_odds_from_counts,
        tfidf_from_counts,
    )

    _check_output(args)
    corpus = _is_corpus(args)

    def settings_for(actors: ActorTable | None) -> TermSettings:
        return TermSettings(
            include_narration=not args.no_narration,
            names=actor_names(actors),
            keep_speaker_words=args.keep_speaker_words,
            min_count=args.min_count or (2 if corpus else 1),
        )

    summary = None
    by = _grouping(args) if corpus else None
    if by is not None and args.by is None:
        _say(f"note: narration grouped by the meta column {by!r} (--by)")
    if corpus:
        _, actors = _input_path_and_actors(args)
        counts = TermCounts(settings_for(actors))
        _, _, result = _aggregate_folder(args, counts=counts, keep_statements=by is not None)
        if by is not None and result.statements is not None and not args.no_narration:
            from narrative_compare.outlets import narration_counts

            counts = narration_counts(result.statements, by, counts.settings, cut_quotes=False)
        from_counts = log_odds_from_counts if args.method == "log-odds" else tfidf_from_counts
        terms, summary = from_counts(counts, top=args.top), result.summary
    else:
        article, actors = load_inputs(args)
        statements = extract_statements(article, actors)
        settings = settings_for(actors)
        terms = distinctive_terms(statements, method=args.method, top=args.top, settings=settings)
        terms = add_examples(terms, statements, settings)
    write_table(terms, args.output, args.format, excel_safe=args.excel_safe)
    return _finish_corpus(summary)


def run_frames(args: argparse.Namespace) -> int:
    """``narrative-compare frames``: frame phrases with camp and actor."""
    from narrative_compare.frames import extract_frames

    _check_output(args)
    if _is_corpus(args):
        root, actors = _input_path_and_actors(args)
        _grouping(args)  # checks --by
        summary = write_corpus_frames(
            root,
            actors,
            args.output,
            args.format,
            meta=args.meta,
            excel_safe=args.excel_safe,
            options=_corpus_options(args),
        )
        return _finish_corpus(summary)
    article, actors = load_inputs(args)
    frames = extract_frames(article.text, extract_statements(article, actors), actors=actors)
    write_table(frames, args.output, args.format, excel_safe=args.excel_safe)
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    """``narrative-compare report``: the HTML report and its CSV tables."""
    # Imported here: matplotlib is only needed by the report.
    from narrative_compare.report import (
        article_headline,
        check_figure_formats,
        check_report_folder,
        write_corpus_report,
        write_report,
    )

    output = Path(args.output)
    formats = check_figure_formats(part.strip() for part in args.figures.split(","))
    inputs = [p for p in (*resolve_inputs(args), args.meta) if p is not None]
    check_report_folder(output, inputs, force=args.force)
    by = _grouping(args) if _is_corpus(args) else None
    if _is_corpus(args):
        # Built from the aggregated counts in bounded memory, the tables streamed to CSV.
        root, actors = _input_path_and_actors(args)
        index, summary = write_corpus_report(
            root,
            output,
            actors=actors,
            title=args.title,
            colors=actors.color_map() if actors is not None else None,
            top=args.top,
            meta=args.meta,
            options=_corpus_options(args),
            excel_safe=args.excel_safe,
            force=args.force,
            inputs=inputs,
            figure_formats=formats,
            by=by,
        )
        print(display_path(index))  # the page's path on stdout, for scripts
        return _finish_corpus(summary)
    article, actors = load_inputs(args)
    index = write_report(
        extract_statements(article, actors),
        output,
        article_text=article.text,
        title=args.title or article_headline(article.text) or article.name,
        colors=actors.color_map() if actors is not None else None,
        top=args.top,
        camp_of={a.id: a.camp for a in actors.actors} if actors is not None else None,
        actors=actors,
        excel_safe=args.excel_safe,
        force=args.force,
        inputs=inputs,
        figure_formats=formats,
    )
    print(display_path(index))  # the page's path on stdout, for scripts
    return EXIT_OK


def run_outlets(args: argparse.Namespace) -> int:
    """``narrative-compare outlets``: voice, narration and label adoption per outlet x camp.

    Without ``--meta`` (or a meta file without an ``outlet`` column and no
    ``--by``), every article is an outlet of its own (``--by article``).
    """
    from narrative_compare.frames import extract_frames
    from narrative_compare.outlets import label_adoption, outlet_table, outlets_over_time
    from narrative_compare.terms import TermSettings, actor_names

    _check_output(args)
    summary = None
    if _is_corpus(args):
        by = _grouping(args) or "article"
        if by == "article" and args.by is None and args.meta is not None:
            _say("note: no 'outlet' column in --meta; every article is an outlet (--by article)")
        _, actors, result = _aggregate_folder(args, keep_statements=True, frames=True)
        statements, frames, summary = result.statements, result.frames, result.summary
        assert statements is not None and frames is not None
    else:
        by = _grouping(args) or "article"  # a single file: no --meta, one outlet
        article, actors = load_inputs(args)
        statements = extract_statements(article, actors)
        frames = extract_frames(article.text, statements, actors=actors)
        name = resolve_inputs(args)[0].name  # as a folder run names it
        statements.insert(0, "article", name)
        frames.insert(0, "article", name)
    settings = TermSettings(names=actor_names(actors), min_count=2 if summary else 1)
    if args.table == "labels":
        table = label_adoption(frames, statements, by)
    elif args.table == "time":
        if "date" not in statements.columns:
            raise InputError(args.meta or "--table time", "needs a 'date' column in --meta")
        table = outlets_over_time(statements, frames)
    else:
        table = outlet_table(statements, frames, by, settings, vocabulary=args.narration_terms)
    write_table(table, args.output, args.format, excel_safe=args.excel_safe)
    return _finish_corpus(summary)


#: Options naming a file, folder or address that must not be an empty string.
_NON_EMPTY = (
    ("article", "ARTICLE"),
    ("actors", "--actors"),
    ("meta", "--meta"),
    ("output", "--output"),
    ("dask", "--dask"),
    ("glob", "--glob"),
    ("encoding", "--encoding"),
)


def _check_not_empty(args: argparse.Namespace) -> None:
    """Refuse an empty (or blank) file name, folder or address: ``""`` is not ``.``."""
    for attribute, option in _NON_EMPTY:
        value = getattr(args, attribute, None)
        if value is not None and not value.strip():
            raise InputError(
                f"{option} {value!r}", "is empty; give a file, folder or value (or leave it out)"
            )


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C, so temporary files are removed.

    Parameters
    ----------
    signum : int
        The signal.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, _frame: FrameType | None) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def _signals_unwind() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`Terminated` while the command runs.

    Outside the main thread (where Python cannot set handlers) nothing changes.
    """
    previous: dict[int, object] = {}
    try:
        for signum in (int(signal.SIGTERM), int(signal.SIGHUP)):
            with contextlib.suppress(ValueError, OSError):
                previous[signum] = signal.signal(signum, _terminate)
        yield
    finally:
        for signum, handler in previous.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(signum, handler)  # type: ignore[arg-type]


def _say(message: str) -> None:
    """One line on standard error (if there is one)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(f"narrative-compare: {message}", file=sys.stderr)


def _describe_os_error(error: OSError) -> str:
    """An OSError that escaped the checks, as one line naming the file when known."""
    names = [display_path(n) for n in (error.filename, error.filename2) if n is not None]
    where = " -> ".join(names) if names else "a file or standard output"
    return f"{where}: {os_problem(error)}"


def run_actors(args: argparse.Namespace) -> int:
    """``narrative-compare actors``: draft an actor file from the discovered speakers."""
    _check_output(args)
    root, known = _input_path_and_actors(args)
    paths = sorted(p for p in root.glob(args.glob) if p.is_file()) if root.is_dir() else [root]
    if not paths:
        raise InputError(root, f"no file matches {args.glob!r}")
    texts, skipped = [], 0
    for path in paths:
        try:
            texts.append(load_article(path, encoding=args.encoding, max_bytes=args.max_bytes).text)
        except InputError as error:
            if args.strict or not root.is_dir():
                raise
            skipped += 1
            print(f"narrative-compare: warning: skipped {path}: {error}", file=sys.stderr)
    draft = draft_actor_file(texts, known)
    if args.output and args.output != "-":
        write_text_atomic(args.output, draft)
        print(f"narrative-compare: wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(draft)
    return EXIT_PARTIAL if skipped else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Every failure ends here as one line on standard error: an input error
    (:class:`~narrative_compare.errors.InputError`, status 2), an operating
    system error that escaped the checks (disk full, read-only file system,
    ...: status 2, naming the file), Ctrl-C, SIGTERM or SIGHUP (status 128 +
    the signal, temporary files removed), or a closed pipe (status 0).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    with _signals_unwind():
        try:
            _check_not_empty(args)
            return args.run(args)
        except NarrativeCompareError as error:
            _say(f"error: {display_path(str(error))}")
            return EXIT_ERROR
        except Terminated as stop:
            _say(f"terminated by {signal.Signals(stop.signum).name}")
            return 128 + stop.signum
        except KeyboardInterrupt:
            _say("interrupted")
            return 130
        except BrokenPipeError:
            # Output piped into `head`: not an error of ours.
            with contextlib.suppress(OSError, AttributeError):
                sys.stderr.close()
            return EXIT_OK
        except OSError as error:
            _say(f"error: {_describe_os_error(error)}")
            return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
