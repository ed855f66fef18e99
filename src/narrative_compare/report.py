"""Self-contained HTML report of the framing comparison of one article.

``index.html`` embeds its figures as PNG data URIs and its style sheet
inline: it loads nothing from the network and runs no script. Every string
that comes from the article or the actor file is HTML-escaped. The tables
are also written as CSV files next to it. Output is deterministic (same input,
same bytes) and every file is written atomically.
"""

from __future__ import annotations

import base64
import html
import math
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import SubFigure

from narrative_compare.actors import ActorTable
from narrative_compare.errors import InputError
from narrative_compare.frames import contested_labels, contested_pivot, extract_frames
from narrative_compare.output import AtomicFolder, format_table, output_target
from narrative_compare.plots import (
    camp_colors,
    figure_bytes,
    plot_accusation_network,
    plot_distinctive_terms,
    plot_similarity,
    plot_statements_by_camp,
    plot_timeline,
    plt,  # pyplot as imported after the plots module chose a backend
)
from narrative_compare.schema import MODES, NARRATOR_CAMP, UNASSIGNED_CAMP
from narrative_compare.similarity import accusation_network, camp_similarity
from narrative_compare.terms import (
    Z_SIGNIFICANT,
    TermSettings,
    actor_names,
    add_examples,
    log_odds_terms,
    tfidf_terms,
)

if TYPE_CHECKING:
    from narrative_compare.actors import ActorTable

#: CSV files written next to ``index.html``.
CSV_FILES: tuple[str, ...] = (
    "statements.csv",
    "terms.csv",
    "frames.csv",
    "contested_labels.csv",
    "similarity.csv",
    "network.csv",
)

#: The file that marks a folder as holding a report of this program; it lists the
#: files the report wrote, which the next report into the folder replaces.
MARKER_FILE = ".narrative-compare-report"

_MARKER_HEAD = (
    "# Written by narrative-compare report. The next `narrative-compare report -o`\n"
    "# into this folder replaces the files listed below (and keeps any others).\n"
)

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 72em; color: #222; }
h1 { margin-bottom: 0.2em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.chip { display: inline-block; padding: 0.1em 0.6em; margin: 0 0.3em 0.3em 0;
        border-left: 0.9em solid; background: #f7f7f7; }
figure { margin: 1em 0; }
img { max-width: 100%; height: auto; }
"""


def _escape(value: object) -> str:
    return html.escape(str(value), quote=True)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f'<td class="num">{"" if math.isnan(value) else f"{value:.4f}"}</td>'
    if isinstance(value, int) and not isinstance(value, bool):
        return f'<td class="num">{value}</td>'
    return f"<td>{_escape('' if pd.isna(value) else value)}</td>"


def html_table(
    df: pd.DataFrame,
    row_style: Callable[[Mapping[str, object]], str] | None = None,
    empty: str = "none",
) -> str:
    """Render a DataFrame as an HTML table, every header and cell escaped.

    Parameters
    ----------
    df : pandas.DataFrame
        Table; the index is not shown.
    row_style : callable, optional
        ``{column: value} -> CSS`` for the row's ``style`` attribute (escaped).
    empty : str, default "none"
        Text shown instead of a table without rows.

    Returns
    -------
    str
        HTML.

    Examples
    --------
    >>> html_table(pd.DataFrame({"a<": ["<b>"]}))
    '<table><thead><tr><th>a&lt;</th></tr></thead><tbody>\\n<tr><td>&lt;b&gt;</td></tr>\\n</tbody></table>'
    """
    if df.empty:
        return f"<p><em>{_escape(empty)}</em></p>"
    header = "".join(f"<th>{_escape(column)}</th>" for column in df.columns)
    rows = []
    for values in df.itertuples(index=False, name=None):
        record = dict(zip(df.columns, values, strict=True))
        style = f' style="{_escape(row_style(record))}"' if row_style else ""
        cells = "".join(
            _cell(value.item() if hasattr(value, "item") else value) for value in values
        )
        rows.append(f"<tr{style}>{cells}</tr>")
    body = "\n".join(rows)
    return f"<table><thead><tr>{header}</tr></thead><tbody>\n{body}\n</tbody></table>"


def _figure_html(ax: Axes, caption: str) -> str:
    """Embed the figure of ``ax`` as a PNG data URI and close it."""
    fig = ax.figure
    if isinstance(fig, SubFigure):  # a subfigure is saved and closed with its figure
        fig = fig.figure
    try:
        data = base64.b64encode(figure_bytes(fig, "png")).decode("ascii")
    finally:
        plt.close(fig)
    return (
        f'<figure><img alt="{_escape(caption)}" src="data:image/png;base64,{data}">'
        f"<figcaption>{_escape(caption)}</figcaption></figure>"
    )


def _compared_pair(
    statements: pd.DataFrame, camp_of: Mapping[str, str] | None = None
) -> tuple[str, str] | None:
    """The two camps the diverging term chart compares.

    The pair of camps that aim most accusations, demands and calls at each
    other (``targets``, mapped to camps with ``camp_of`` and the speakers'
    own camps), ties broken by name; without such edges, the two speaking
    camps with most statements.
    """
    speaking = statements.loc[
        ~statements["camp"].isin([NARRATOR_CAMP, UNASSIGNED_CAMP]), ["actor", "camp"]
    ].astype(str)
    camps_of_actor = dict(zip(speaking["actor"], speaking["camp"], strict=True))
    camps_of_actor.update(camp_of or {})
    edges: dict[tuple[str, str], int] = {}
    for camp, targets in zip(statements["camp"], statements["targets"].fillna(""), strict=True):
        for target in filter(None, str(targets).split(";")):
            other = camps_of_actor.get(target)
            if other and other != camp and camp in set(speaking["camp"]):
                key = tuple(sorted((str(camp), other)))
                edges[key] = edges.get(key, 0) + 1
    if edges:
        return min(edges, key=lambda pair: (-edges[pair], pair))
    counts = speaking["camp"].value_counts()
    ranked = sorted(counts.index, key=lambda camp: (-counts[camp], camp))
    return (ranked[0], ranked[1]) if len(ranked) >= 2 else None


def _header_html(
    statements: pd.DataFrame, title: str, article_text: str, palette: Mapping[str, str]
) -> str:
    modes = statements["mode"].value_counts()
    mode_text = ", ".join(f"{int(modes.get(mode, 0))} {mode}" for mode in MODES)
    chips = "".join(
        f'<span class="chip" style="border-left-color: {color}">{_escape(camp)}</span>'
        for camp, color in palette.items()
    )
    if "article" in statements.columns:
        size = f"{statements['article'].nunique()} articles"
    else:
        size = f"{len(article_text)} characters"
    return (
        f"<h1>{_escape(title)}</h1>\n"
        f"<p>{size}, {len(statements)} statements ({mode_text}), "
        f"{statements['actor'].nunique()} actors, {statements['camp'].nunique()} camps.</p>\n"
        f"<p>{chips}</p>"
    )


def _display_names(names: Mapping[str, str], value: object) -> str:
    """``;``-joined actor ids as their display names."""
    ids = [part.strip() for part in str("" if pd.isna(value) else value).split(";")]
    return "; ".join(names.get(i, i) for i in ids if i)


def _statement_view(
    statements: pd.DataFrame, names: Mapping[str, str], by: str | None = None
) -> pd.DataFrame:
    """The statement table as a person reads it: actor and target names, not ids."""
    columns = ["statement_id", "camp", "actor", "speaker", "cue", "mode", "targets", "text"]
    columns = ["article", by or "outlet", *columns]  # a folder's rows (issue 15)
    view = statements[[c for c in columns if c in statements.columns]].copy()
    for column in ("actor", "targets"):
        if column in view.columns:
            view[column] = [_display_names(names, value) for value in view[column]]
    return view


def _network_view(network: pd.DataFrame) -> pd.DataFrame:
    columns = {"source_name": "speaker", "source_camp": "camp", "kind": "kind"}
    columns |= {"target_name": "target", "target_camp": "target camp", "n": "statements"}
    return network[list(columns)].rename(columns=columns)


def _terms_view(terms: pd.DataFrame) -> pd.DataFrame:
    drop = [c for c in ("method", "freq_in_camp", "freq_elsewhere") if c in terms.columns]
    return terms.drop(columns=drop)


def _thin_evidence(terms: pd.DataFrame, camps: list[str]) -> str:
    """Says in words which camps have no significant log-odds term, with the figures."""
    notes = []
    for camp in camps:
        listed = terms[terms["camp"] == camp]
        if listed.empty or listed["significant"].astype(bool).any():
            continue
        best = listed.iloc[0]
        notes.append(
            f"Too little text to find distinctive terms for {camp}: no term reaches "
            f"|z| \u2265 {Z_SIGNIFICANT} (the strongest, \u201c{best['term']}\u201d, has "
            f"z = {float(best['score']):.2f} from {best['count']} "
            f"use{'' if best['count'] == 1 else 's'}). "
            "The terms below are listed as evidence, not as findings."
        )
    return "".join(f"<p><em>{_escape(note)}</em></p>" for note in notes)


def _figures_html(
    statements: pd.DataFrame,
    terms: Mapping[str, pd.DataFrame],
    similarity: pd.DataFrame,
    colors: Mapping[str, str],
    top: int,
    camp_of: Mapping[str, str] | None = None,
    network: pd.DataFrame | None = None,
) -> dict[str, str]:
    if statements.empty:
        return {}
    network = network if network is not None else pd.DataFrame()
    figures = {
        "by_camp": _figure_html(
            plot_statements_by_camp(statements, colors=colors), "Statements by camp and mode"
        ),
        "timeline": _figure_html(
            plot_timeline(statements, colors=colors), "Statements in article order"
        ),
    }
    pair = _compared_pair(statements, camp_of)
    for method, table in terms.items():
        if pair is None or table.empty:
            continue
        if "significant" in table.columns:
            shown = table[table["camp"].isin(pair) & table["significant"].astype(bool)]
            if shown.empty:  # nothing to draw but noise; the text says so
                continue
        ax = plot_distinctive_terms(table, *pair, top=min(top, 10), colors=colors)
        figures[f"terms_{method}"] = _figure_html(
            ax, f"Distinctive terms ({method}): {pair[0]} vs {pair[1]}"
        )
    if len(similarity):
        figures["similarity"] = _figure_html(plot_similarity(similarity), "Camp similarity")
    if len(network):
        figures["network"] = _figure_html(
            plot_accusation_network(network, colors=colors), "Who accuses, rebuts or calls on whom"
        )
    return figures


def _tables(
    statements: pd.DataFrame,
    article_text: str,
    top: int,
    frames: pd.DataFrame | None = None,
    actors: ActorTable | None = None,
    camp_of: Mapping[str, str] | None = None,
) -> dict[str, pd.DataFrame]:
    """Every table of the report, keyed by CSV file stem."""
    # A corpus (an article column) leaves out terms used only once in all.
    settings = TermSettings(
        names=actor_names(actors), min_count=2 if "article" in statements.columns else 1
    )
    terms = {
        "tfidf": add_examples(tfidf_terms(statements, settings, top=top), statements, settings),
        "log-odds": add_examples(
            log_odds_terms(statements, settings, top=top), statements, settings
        ),
    }
    if frames is None:
        frames = extract_frames(article_text, statements, actors=actors)
    contested = contested_labels(frames)
    similarity = camp_similarity(statements, replace(settings, ngram_range=(1, 1), min_count=1))
    names = {actor.id: actor.name for actor in actors} if actors is not None else {}
    return {
        "statements": statements,
        "terms_tfidf": terms["tfidf"],
        "terms_log-odds": terms["log-odds"],
        "terms": pd.concat([terms["tfidf"], terms["log-odds"]], ignore_index=True),
        "frames": frames,
        "contested_labels": contested,
        "contested_pivot": contested_pivot(contested),
        "similarity": similarity,
        "network": accusation_network(statements, names, camp_of),
    }


def _similarity_flat(similarity: pd.DataFrame) -> pd.DataFrame:
    flat = similarity.copy()
    flat.insert(0, "camp", [str(label) for label in flat.index])
    return flat.reset_index(drop=True)


def _section(heading: str, *parts: str) -> str:
    return f"<section>\n<h2>{_escape(heading)}</h2>\n" + "\n".join(parts) + "\n</section>"


def render_report(
    statements: pd.DataFrame,
    *,
    article_text: str,
    title: str,
    colors: Mapping[str, str] | None = None,
    top: int = 15,
    camp_of: Mapping[str, str] | None = None,
    frames: pd.DataFrame | None = None,
    actors: ActorTable | None = None,
    excel_safe: bool = False,
    by: str | None = None,
) -> tuple[str, dict[str, str]]:
    """Build the report without writing it.

    Parameters
    ----------
    statements, article_text, title, colors, top, camp_of, frames, actors
    statements, article_text, title, colors, top, camp_of, frames, excel_safe, by
        See :func:`write_report`.

    Returns
    -------
    html : str
        Content of ``index.html``.
    csv : dict of str to str
        File name (:data:`CSV_FILES`) -> CSV content.
    """
    if camp_of is None and actors is not None:
        camp_of = {actor.id: actor.camp for actor in actors}
    names = {actor.id: actor.name for actor in actors} if actors is not None else {}
    palette = camp_colors(statements["camp"].astype(str), colors)
    tables = _tables(statements, article_text, top, frames, actors, camp_of)
    terms = {"tfidf": tables["terms_tfidf"], "log-odds": tables["terms_log-odds"]}
    figures = _figures_html(
        statements, terms, tables["similarity"], palette, top, camp_of, tables["network"]
    )
    similarity = _similarity_flat(tables["similarity"])
    pair = _compared_pair(statements, camp_of) if not statements.empty else None
    speaking = sorted(set(terms["log-odds"]["camp"].astype(str)))
    thin = _thin_evidence(terms["log-odds"], list(pair) if pair else speaking)

    def camp_border(row: Mapping[str, object]) -> str:
        return f"border-left: 6px solid {palette.get(str(row['camp']), '#cccccc')}"

    sections = [
        _header_html(statements, title, article_text, palette),
        _section("Who speaks", figures.get("by_camp", ""), figures.get("timeline", "")),
        _section("Statements", html_table(_statement_view(statements, names, by), camp_border)),
        _section(
            "Distinctive terms",
            "<p>Speaker names, reporting verbs and actor names are not counted; overlapping "
            "n-grams are merged into distinct phrases. Each row gives the term's count in "
            "every camp and an example statement.</p>",
            "<h3>Log-odds with informative Dirichlet prior (z-scores)</h3>",
            f"<p>Significant: |z| \u2265 {Z_SIGNIFICANT}; "
            "the chart shows significant terms only.</p>",
            thin,
            figures.get("terms_log-odds", ""),
            html_table(_terms_view(terms["log-odds"]), camp_border),
            "<h3>TF-IDF</h3>",
            figures.get("terms_tfidf", ""),
            html_table(_terms_view(terms["tfidf"]), camp_border),
        ),
        _section("Frame phrases", html_table(tables["frames"], camp_border)),
        _section(
            "Contested labels",
            html_table(tables["contested_pivot"]),
            html_table(tables["contested_labels"], camp_border),
        ),
        _section("Camp similarity", figures.get("similarity", ""), html_table(similarity)),
        _section(
            "Who accuses whom",
            figures.get("network", ""),
            html_table(_network_view(tables["network"])),
        ),
    ]
    if by is not None:  # issue 15: the Outlets section is built in narrative_compare.outlets
        from narrative_compare.outlets import outlets_section_html

        names_only = TermSettings(names=actor_names(actors), min_count=2)
        outlets = outlets_section_html(
            statements, tables["frames"], by, settings=names_only, colors=dict(palette)
        )
        sections.insert(3, outlets)
    document = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(sections)
        + "\n</body>\n</html>\n"
    )
    csv_tables = {
        "statements.csv": statements,
        "terms.csv": tables["terms"],
        "frames.csv": tables["frames"],
        "contested_labels.csv": tables["contested_labels"],
        "similarity.csv": similarity,
        "network.csv": tables["network"],
    }
    csv = {name: format_table(df, "csv", excel_safe=excel_safe) for name, df in csv_tables.items()}
    return document, csv


def _marked_files(folder: Path) -> list[str]:
    """The files a previous report listed in its marker (none without a marker)."""
    try:
        lines = (folder / MARKER_FILE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return []
    return [line for line in lines if line and not line.startswith("#") and "/" not in line]


def check_report_folder(
    out_dir: str | Path, inputs: Iterable[str | Path] = (), *, force: bool = False
) -> None:
    """Refuse a report folder that writing would damage, before any work is done.

    A report goes into a new or empty folder, or one holding a previous
    report (it has :data:`MARKER_FILE`); any other non-empty folder is
    refused unless ``force`` (its files are then kept beside the report).
    A folder holding one of the inputs is always refused, since the report
    replaces the folder.

    Parameters
    ----------
    out_dir : str or Path
        The report folder (a symbolic link to a folder is followed).
    inputs : iterable of str or Path
        The article or corpus folder, actor file and metadata file.
    force : bool, default False
        Accept a non-empty folder without a previous report.

    Raises
    ------
    InputError
        Naming the folder: it is a file, a symbolic link loop, holds an
        input, is a non-empty folder without a report (and not ``force``),
        or cannot be created (its nearest existing parent is a file or not
        writable).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "notes.txt").write_text("mine")
    >>> check_report_folder(folder)
    Traceback (most recent call last):
    ...
    narrative_compare.errors.InputError: ...: folder is not empty and holds no previous report ...
    >>> check_report_folder(folder, force=True)
    """
    shown = Path(out_dir)
    target = output_target(shown)
    if target.exists() and not target.is_dir():
        raise InputError(shown, "exists and is not a folder")
    resolved = target.resolve()
    for source in inputs:
        source_path = Path(source).resolve()
        if source_path == resolved or resolved in source_path.parents:
            raise InputError(
                shown, f"holds the input {source}; refusing to replace it, choose another folder"
            )
        if resolved.parents and source_path in resolved.parents and source_path.is_file():
            raise InputError(shown, f"is below the input file {source}")
    if target.is_dir():
        try:
            entries = [entry.name for entry in target.iterdir()]
        except OSError as error:
            raise InputError(shown, f"cannot read folder: {error.strerror or error}") from None
        if entries and MARKER_FILE not in entries and not force:
            raise InputError(
                shown,
                "folder is not empty and holds no previous report (no "
                f"{MARKER_FILE} file); pass --force to write into it (its files are "
                "kept), or choose another folder",
            )
        return
    existing = resolved.parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise InputError(shown, f"cannot create folder: {existing} is not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise InputError(shown, f"cannot create folder: {existing} is not writable")


def write_report(
    statements: pd.DataFrame,
    out_dir: str | Path,
    *,
    article_text: str,
    title: str,
    colors: Mapping[str, str] | None = None,
    top: int = 15,
    camp_of: Mapping[str, str] | None = None,
    frames: pd.DataFrame | None = None,
    actors: ActorTable | None = None,
    excel_safe: bool = False,
    force: bool = False,
    inputs: Iterable[str | Path] = (),
    by: str | None = None,
) -> Path:
    """Write ``out_dir/index.html`` and the report's tables as CSV files.

    The report is built in a temporary folder beside ``out_dir`` and swapped
    in whole at the end (:class:`~narrative_compare.output.AtomicFolder`):
    an error, Ctrl-C or ``kill -9`` leaves the previous report whole or the
    new one whole. The folder gets :data:`MARKER_FILE`, which lets the next
    report replace it; see :func:`check_report_folder` for the folders
    refused.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table of one article.
    out_dir : str or Path
        Output folder, created if missing.
    article_text : str
        The article the statement offsets refer to.
    title : str
        Article name shown in the header.
    colors : mapping of camp to colour, optional
        Camp colours (see :func:`narrative_compare.plots.camp_colors`).
    top : int, default 15
        Distinctive terms per camp and method.
    camp_of : mapping of actor id to camp, optional
        Camps of the actor file, so that targets which never speak count when
        choosing the two camps the term chart compares.
    frames : pandas.DataFrame, optional
        Frame phrases computed already (a corpus, whose statements come from
        many articles); by default they are extracted from ``article_text``.
    actors : ActorTable, optional
        The actor file: its names and aliases are not counted as terms,
        tables and figures show actor names where a person reads (the CSV
        files keep the ids), a label for a party refers to the actor it names
        (see :func:`narrative_compare.frames.extract_frames`), and ``camp_of``
        defaults to its camps.
    excel_safe : bool, default False
        Protect the CSV files' cells, headers included, against spreadsheet
        formula injection (see :func:`narrative_compare.output.format_table`).
    force : bool, default False
        Write into a non-empty folder that holds no previous report (its
        other files are kept).
    inputs : iterable of str or Path
        Input files and folders, never replaced.
    by : str, optional
        A corpus's grouping column (``outlet``): adds the *Outlets* section
        (:func:`narrative_compare.outlets.outlets_section_html`).

    Returns
    -------
    Path
        The path of ``index.html``.

    Raises
    ------
    InputError
        On an invalid colour, statements not matching the article, or a
        folder that is refused or cannot be written.
    """
    inputs = list(inputs)
    check_report_folder(out_dir, inputs, force=force)
    document, csv = render_report(
        statements,
        article_text=article_text,
        title=title,
        colors=colors,
        top=top,
        camp_of=camp_of,
        frames=frames,
        actors=actors,
        excel_safe=excel_safe,
        by=by,
    )
    written = (*CSV_FILES, "index.html", MARKER_FILE)
    with AtomicFolder(out_dir, replaces=_marked_files) as folder:
        for name in CSV_FILES:
            folder.write_text(name, csv[name])
        folder.write_text("index.html", document)
        folder.write_text(MARKER_FILE, _MARKER_HEAD + "".join(f"{n}\n" for n in written))
    return Path(out_dir) / "index.html"
