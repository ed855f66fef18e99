"""The ``narrative-compare`` command line.

Exit status: 0 on success, 1 when a corpus run skipped files, 2 on a usage or
input error. Data goes to standard output (or ``-o``), messages to standard
error; an error is one line naming the file and the problem, never a
traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from narrative_compare import __version__
from narrative_compare.actors import ActorTable, load_actors
from narrative_compare.corpus import (
    CorpusAggregate,
    CorpusOptions,
    CorpusSummary,
    aggregate_corpus,
    write_corpus_statements,
)
from narrative_compare.drafting import draft_actor_file
from narrative_compare.errors import InputError, NarrativeCompareError
from narrative_compare.loading import (
    DEFAULT_MAX_BYTES,
    Article,
    load_article,
    seed_actors_path,
    seed_article_path,
)
from narrative_compare.output import FORMATS, check_not_input, write_table
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
        description="Distinctive terms per camp, columns camp, term, method, score, count. "
        "tfidf ranks a camp's terms by TF-IDF over camp documents; log-odds is the "
        "log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn "
        "2008), reported as a z-score, so small camps are not drowned by large ones.",
    )
    _add_input_arguments(compare)
    compare.add_argument(
        "--method", choices=("tfidf", "log-odds"), default="log-odds", help="(default log-odds)"
    )
    compare.add_argument(
        "--top", type=_positive_int, default=15, metavar="N", help="terms per camp (default 15)"
    )
    compare.add_argument(
        "--no-narration", action="store_true", help="leave the journalist's narration out"
    )
    _add_table_output_arguments(compare)
    compare.set_defaults(run=run_compare)

    frames = commands.add_parser(
        "frames",
        help="quoted labels, scare quotes and evaluative labels per camp",
        description="Frame phrases: short quoted labels and scare quotes inside reported "
        "speech or narration, and evaluative labels (described ... as, what it called), "
        "columns statement_id, camp, actor, phrase, kind, start, end (offsets of phrase "
        "in the article).",
    )
    _add_input_arguments(frames)
    _add_table_output_arguments(frames)
    frames.set_defaults(run=run_frames)

    report = commands.add_parser(
        "report",
        help="write a self-contained HTML report with tables and figures",
        description="Write DIR/index.html (figures embedded, no remote resources, all "
        "article text escaped) and the same tables as CSV files beside it.",
    )
    _add_input_arguments(report)
    report.add_argument(
        "-o", "--output", metavar="DIR", default="report", help="output folder (default report)"
    )
    report.add_argument(
        "--top", type=_positive_int, default=15, metavar="N", help="terms per camp (default 15)"
    )
    report.set_defaults(run=run_report)

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
        help="parallel processes (default: all cores); output is the same for any N",
    )
    corpus.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a dask.distributed cluster: 'local' or tcp://HOST:PORT "
        "(needs the [dask] extra)",
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
        progress=args.progress or sys.stderr.isatty(),
        strict=args.strict,
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
    print(f"narrative-compare: {summary.describe()}", file=sys.stderr)
    return EXIT_PARTIAL if summary.skipped else EXIT_OK


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
        distinctive_terms,
        log_odds_from_counts,
        tfidf_from_counts,
    )

    _check_output(args)
    settings = TermSettings(include_narration=not args.no_narration)
    summary = None
    if _is_corpus(args):
        _, _, result = _aggregate_folder(args, counts=TermCounts(settings))
        from_counts = log_odds_from_counts if args.method == "log-odds" else tfidf_from_counts
        terms, summary = from_counts(result.counts, top=args.top), result.summary
    else:
        article, actors = load_inputs(args)
        statements = extract_statements(article, actors)
        terms = distinctive_terms(statements, method=args.method, top=args.top, settings=settings)
    write_table(terms, args.output, args.format, excel_safe=args.excel_safe)
    return _finish_corpus(summary)


def run_frames(args: argparse.Namespace) -> int:
    """``narrative-compare frames``: frame phrases with camp and actor."""
    from narrative_compare.frames import extract_frames

    _check_output(args)
    summary = None
    if _is_corpus(args):
        _, _, result = _aggregate_folder(args, frames=True)
        frames, summary = result.frames, result.summary
    else:
        article, actors = load_inputs(args)
        frames = extract_frames(article.text, extract_statements(article, actors))
    write_table(frames, args.output, args.format, excel_safe=args.excel_safe)
    return _finish_corpus(summary)


def run_report(args: argparse.Namespace) -> int:
    """``narrative-compare report``: the HTML report and its CSV tables."""
    # Imported here: matplotlib is only needed by the report.
    from narrative_compare.report import write_report

    output = Path(args.output)
    if output.exists() and not output.is_dir():
        raise InputError(output, "exists and is not a folder")
    summary = None
    if _is_corpus(args):
        root, actors, result = _aggregate_folder(args, keep_statements=True, frames=True)
        statements, frames, text, title = result.statements, result.frames, "", root.name
        summary = result.summary
    else:
        article, actors = load_inputs(args)
        statements, frames = extract_statements(article, actors), None
        text, title = article.text, article.name
    index = write_report(
        statements,
        output,
        article_text=text,
        title=title,
        colors=actors.color_map() if actors is not None else None,
        top=args.top,
        camp_of={a.id: a.camp for a in actors.actors} if actors is not None else None,
        frames=frames,
    )
    print(f"narrative-compare: wrote {index}", file=sys.stderr)
    return _finish_corpus(summary)


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
        Path(args.output).write_text(draft, encoding="utf-8")
        print(f"narrative-compare: wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(draft)
    return EXIT_PARTIAL if skipped else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except InputError as error:
        print(f"narrative-compare: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except NarrativeCompareError as error:
        print(f"narrative-compare: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("narrative-compare: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head`: not an error of ours.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
