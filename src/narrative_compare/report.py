"""Self-contained, interactive HTML report of the framing comparison.

``index.html`` is one file that works from ``file://``: its style sheet, its
script (plain JavaScript, :data:`SCRIPT`), its figures (PNG data URIs) and its
data (JSON in a ``<script type="application/json">`` block, every ``<``
escaped so article text cannot close it) are inline; it loads nothing. Every
string from the article or the actor file is HTML-escaped in the markup and
inserted with ``textContent`` by the script, never as HTML. The page has a
search box (sentences using a word or phrase, by camp and outlet), clickable
terms and labels, a statement table filtered by camp, actor, mode and outlet
and sorted by any column, the article text with an anchor per statement, and
figures drawn from the data. The tables are also written as CSV files and
every figure as PNG (and SVG on request) next to it. Output is deterministic
(same input, same bytes) and the folder is swapped in whole.

Sections are built by the functions in :data:`SECTION_BUILDERS`, in order,
each taking the :class:`ReportContext`; a new section is a function added
to that list (or passed as ``sections``).
"""

from __future__ import annotations

import base64
import html
import json
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import SubFigure

from narrative_compare.actors import ActorTable
from narrative_compare.corpus.options import CorpusOptions
from narrative_compare.corpus.reading import (
    CORPUS_COLUMNS,
    CorpusMeta,
    CorpusSummary,
    Skipped,
    optional_meta,
)
from narrative_compare.errors import InputError
from narrative_compare.frames import contested_labels, contested_pivot, extract_frames
from narrative_compare.output import AtomicFolder, TableWriter, format_table, output_target
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
from narrative_compare.schema import (
    MODES,
    NARRATOR_ACTOR,
    NARRATOR_CAMP,
    STATEMENT_COLUMNS,
    UNASSIGNED_CAMP,
)
from narrative_compare.segment import is_heading_line, is_headline, segment_text
from narrative_compare.similarity import (
    NETWORK_COLUMNS,
    accusation_network,
    camp_similarity,
    similarity_from_counts,
    statement_kind,
)
from narrative_compare.statements import StatementRows
from narrative_compare.terms import (
    Z_SIGNIFICANT,
    TermSettings,
    _term_regex,
    actor_names,
    add_examples,
    keyword_in_context,
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

#: Formats a figure file can be written in besides the embedded PNG.
FIGURE_FORMATS: tuple[str, ...] = ("png", "svg")

#: Statement rows a folder report embeds in its table (the rest are in statements.csv).
TABLE_ROWS = 500

#: Links the who-accuses-whom figure draws at most (the table lists them all).
NETWORK_EDGES_DRAWN = 40

#: The page's script, read from the package (plain JavaScript, no framework).
SCRIPT: str = (Path(__file__).with_name("report.js")).read_text(encoding="utf-8")

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 72em; color: #222;
       padding: 0 1em; }
h1 { margin-bottom: 0.2em; }
nav a { margin-right: 0.8em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
th button.sort { font: inherit; font-weight: bold; background: none; border: 0; padding: 0;
                 cursor: pointer; }
th[aria-sort=ascending] button.sort::after { content: " \\25B2"; }
th[aria-sort=descending] button.sort::after { content: " \\25BC"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: #555; padding-bottom: 0.3em; }
table.pivot td { line-height: 1.8; }
button.term { font: inherit; background: #eef4fb; border: 1px solid #b9cde4; border-radius: 3px;
              cursor: pointer; padding: 0 0.3em; text-align: left; }
button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible,
.point:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.chip { display: inline-block; padding: 0.1em 0.6em; margin: 0 0.3em 0.3em 0;
        border-left: 0.9em solid; background: #f7f7f7; }
.controls { display: flex; flex-wrap: wrap; gap: 0.5em 1.2em; align-items: end; margin: 0.5em 0; }
.controls label { display: flex; flex-direction: column; font-size: 0.85em; }
#nc-search { font-size: 1.1em; width: 24em; max-width: 100%; }
#nc-results ul { margin: 0.2em 0 1em; }
#nc-results .who { font-weight: 600; }
#nc-results .meta { color: #666; font-size: 0.85em; }
mark { background: #ffe066; }
#nc-statements td.text { min-width: 22em; }
.article-text { white-space: pre-wrap; line-height: 1.5; max-width: 50em; }
.article-text .st:target { background: #ffe066; outline: 2px solid #e0a800; }
.point { cursor: pointer; }
#nc-point { min-height: 1.5em; background: #f7f7f7; padding: 0.3em 0.6em; }
figure { margin: 1em 0; }
img { max-width: 100%; height: auto; }
details.static summary { cursor: pointer; color: #444; }
.noscript-hide { display: none; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  nav, form, .controls, #search, .interactive, .goto, #nc-point { display: none !important; }
  tr[hidden] { display: table-row !important; }
  details.static > summary { display: none; }
  section { break-inside: auto; }
  figure, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _escape(value: object) -> str:
    return html.escape(str(value), quote=True)


def _cell(value: object, button: bool = False) -> str:
    if isinstance(value, float):
        return f'<td class="num">{"" if math.isnan(value) else f"{value:.4f}"}</td>'
    if isinstance(value, int) and not isinstance(value, bool):
        return f'<td class="num">{value}</td>'
    text = _escape("" if pd.isna(value) else value)
    if button and text:
        return f'<td><button type="button" class="term">{text}</button></td>'
    return f"<td>{text}</td>"


def html_table(
    df: pd.DataFrame,
    row_style: Callable[[Mapping[str, object]], str] | None = None,
    empty: str = "none",
    *,
    buttons: Iterable[str] = (),
    sortable: bool = False,
    caption: str | None = None,
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
    buttons : iterable of str, optional
        Columns whose cells are buttons that search the statements for their
        text (terms, labels).
    sortable : bool, default False
        Headers are buttons that sort the table by their column (the page's script).
    caption : str, optional
        The table's caption (escaped).

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
    clickable = set(buttons)
    if sortable:
        header = "".join(
            f'<th scope="col"><button type="button" class="sort">{_escape(column)}</button></th>'
            for column in df.columns
        )
    else:
        header = "".join(f"<th>{_escape(column)}</th>" for column in df.columns)
    flags = [column in clickable for column in df.columns]
    rows = []
    for values in df.itertuples(index=False, name=None):
        record = dict(zip(df.columns, values, strict=True))
        style = f' style="{_escape(row_style(record))}"' if row_style else ""
        cells = "".join(
            _cell(value.item() if hasattr(value, "item") else value, flag)
            for value, flag in zip(values, flags, strict=True)
        )
        rows.append(f"<tr{style}>{cells}</tr>")
    body = "\n".join(rows)
    opening = '<table class="sortable">' if sortable else "<table>"
    if caption:
        opening += f"<caption>{_escape(caption)}</caption>"
    return f"{opening}<thead><tr>{header}</tr></thead><tbody>\n{body}\n</tbody></table>"


def json_for_html(value: object) -> str:
    """JSON text safe inside ``<script type="application/json">``.

    Every ``<``, ``>`` and ``&`` is written as a ``\\u`` escape, so text such
    as ``</script>`` or ``<!--`` in an article cannot end the block; the JSON
    value is unchanged.

    Parameters
    ----------
    value : object
        Anything :func:`json.dumps` takes.

    Returns
    -------
    str
        Compact JSON.

    Examples
    --------
    >>> json_for_html({"text": "</script><b>&"})
    '{"text":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_HEADLINE_END = re.compile(r"[.,;:!?\u2026\"\u201d\u2019')\]]\s*$")


def article_headline(text: str, max_length: int = 160) -> str | None:
    """The article's first line when it reads as a headline, else ``None``.

    A headline is a first non-blank line of at most ``max_length`` characters
    and at most 25 words that does not end like a sentence (``.``, ``,``,
    ``;``, ``:``, ``!``, ``?``, a closing quotation mark) and is followed by
    more text. In an article divided into sections by heading lines, a
    first line that the segmenter reads as a label rather than a headline
    (fewer than three words, see :func:`~narrative_compare.segment.is_headline`)
    is the first section's heading, not the article's headline:
    "Azerbaijan statement" above a paragraph, followed later by
    "Eyewitness accounts" and "Russia comments", gives ``None``.

    Parameters
    ----------
    text : str
        The decoded article.
    max_length : int, default 160
        Longest headline.

    Returns
    -------
    str or None
        The headline with its spaces normalised.

    Examples
    --------
    >>> article_headline("Port strike ends after ten days\\n\\nWorkers returned on Monday.")
    'Port strike ends after ten days'
    >>> article_headline("Workers returned on Monday. The strike ended.\\n\\nMore.") is None
    True
    >>> article_headline("Port statement\\n\\nIt said so.\\n\\nUnion reply\\n\\nNo.") is None
    True
    """
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    first = " ".join(first.split())
    if not first or not rest.strip() or len(first) > max_length or len(first.split()) > 25:
        return None
    if _HEADLINE_END.search(first):
        return None
    if is_heading_line(first) and not is_headline(first) and segment_text(rest).headings:
        return None  # the first of the article's section headings
    return first


class ReportFigure(NamedTuple):
    """A figure of the report: its file stem, caption and files.

    Attributes
    ----------
    name : str
        File stem (``figure-timeline``).
    caption : str
        Caption and alternative text.
    files : dict of str to bytes
        Format (``png``, ``svg``) -> file content; ``png`` is always there.
    """

    name: str
    caption: str
    files: dict[str, bytes]


def _render_figure(
    ax: Axes, name: str, caption: str, formats: Iterable[str] = ("png",)
) -> ReportFigure:
    """Render the figure of ``ax`` as PNG (and the other ``formats``) and close it."""
    fig = ax.figure
    if isinstance(fig, SubFigure):  # a subfigure is saved and closed with its figure
        fig = fig.figure
    try:
        files = {fmt: figure_bytes(fig, fmt) for fmt in ("png", *formats) if fmt}
    finally:
        plt.close(fig)
    return ReportFigure(f"figure-{name}", caption, files)


def _figure_html(figure: ReportFigure | None, static: bool = False) -> str:
    """A figure embedded as a PNG data URI, with links to its files beside the page.

    ``static`` puts it in a ``<details>`` under an interactive version (it is
    opened for printing).
    """
    if figure is None:
        return ""
    data = base64.b64encode(figure.files["png"]).decode("ascii")
    links = " ".join(
        f'<a href="{_escape(figure.name)}.{fmt}" download>{fmt.upper()}</a>'
        for fmt in sorted(figure.files)
    )
    body = (
        f'<figure><img alt="{_escape(figure.caption)}" src="data:image/png;base64,{data}">'
        f"<figcaption>{_escape(figure.caption)} ({links})</figcaption></figure>"
    )
    if static:
        return (
            '<details class="static"><summary>Static figure (PNG for papers)</summary>'
            f"{body}</details>"
        )
    return body


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


def _display_names(names: Mapping[str, str], value: object) -> str:
    """``;``-joined actor ids as their display names."""
    ids = [part.strip() for part in str("" if pd.isna(value) else value).split(";")]
    return "; ".join(names.get(i, i) for i in ids if i)


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


@dataclass
class ReportContext:
    """Everything a section builder may show.

    Attributes
    ----------
    title : str
        The page title (headline, ``--title`` or file name).
    statements : pandas.DataFrame
        The statements the page embeds: every statement of one article, or
        a bounded selection of a folder's (see :attr:`statements_total`).
    statements_total : int
        Statements in the whole input (``statements.csv`` holds them all).
    tables : dict of str to pandas.DataFrame
        The report's tables (``terms_tfidf``, ``terms_log-odds``, ``frames``,
        ``contested_labels``, ``contested_pivot``, ``similarity``, ``network``, ...).
    figures : dict of str to ReportFigure
        The rendered figures by key (``by_camp``, ``timeline``, ``terms_tfidf``, ...).
    palette : dict of str to str
        Camp -> colour.
    names : dict of str to str
        Actor id -> display name.
    pair : tuple of str or None
        The two camps the term charts compare.
    article_text : str
        The article (empty for a folder).
    summary : str
        The one-line description under the title.
    folder : bool
        A folder of articles (an ``article`` column) rather than one article.
    extra : dict
        Room for further sections' data (e.g. outlet tables).
    """

    title: str
    statements: pd.DataFrame
    statements_total: int
    tables: dict[str, pd.DataFrame]
    figures: dict[str, ReportFigure]
    palette: dict[str, str]
    names: dict[str, str]
    pair: tuple[str, str] | None
    article_text: str = ""
    summary: str = ""
    folder: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    def camp_border(self, row: Mapping[str, object]) -> str:
        """The row style of a table row with a ``camp`` column: a bar in the camp's colour."""
        return f"border-left: 6px solid {self.palette.get(str(row['camp']), '#cccccc')}"


#: A section builder: the context in, the section's HTML out ("" leaves it out).
SectionBuilder = Callable[[ReportContext], str]


def section_html(heading: str, *parts: str, anchor: str | None = None) -> str:
    """A ``<section>`` with an escaped ``<h2>`` heading and the given HTML parts.

    Parameters
    ----------
    heading : str
        Heading text.
    *parts : str
        HTML fragments (already escaped).
    anchor : str, optional
        The section's ``id`` (for the navigation links).

    Returns
    -------
    str
        HTML.

    Examples
    --------
    >>> section_html("A <b>", "<p>x</p>", anchor="a")
    '<section id="a">\\n<h2>A &lt;b&gt;</h2>\\n<p>x</p>\\n</section>'
    """
    opening = f'<section id="{_escape(anchor)}">' if anchor else "<section>"
    return f"{opening}\n<h2>{_escape(heading)}</h2>\n" + "\n".join(parts) + "\n</section>"


def _header_section(ctx: ReportContext) -> str:
    chips = "".join(
        f'<span class="chip" style="border-left-color: {color}">{_escape(camp)}</span>'
        for camp, color in ctx.palette.items()
    )
    links = [
        ("search", "Search"),
        ("who-speaks", "Who speaks"),
        ("statements", "Statements"),
        ("terms", "Distinctive terms"),
        ("labels", "Contested labels"),
    ]
    if ctx.article_text:
        links.append(("article", "Article text"))
    nav = "".join(f'<a href="#{anchor}">{_escape(text)}</a>' for anchor, text in links)
    return (
        f"<header>\n<h1>{_escape(ctx.title)}</h1>\n<p>{_escape(ctx.summary)}</p>\n"
        f'<p>{chips}</p>\n<nav aria-label="Sections">{nav}</nav>\n</header>'
    )


def _search_section(ctx: ReportContext) -> str:
    scope = (
        f"It searches the {len(ctx.statements):,} statements this page holds (the examples "
        f"behind every term and label and the first rows of the table) out of "
        f"{ctx.statements_total:,}; statements.csv holds them all."
        if ctx.folder and ctx.statements_total > len(ctx.statements)
        else f"It searches all {ctx.statements_total} statements."
    )
    by = "camp and outlet" if ctx.folder else "camp"
    return section_html(
        "Search the statements",
        f"<p>Type a word or phrase to see the sentences that use it, by {by}; clicking a "
        f"term or a label in the tables below does the same. {_escape(scope)}</p>",
        '<form id="nc-search-form" role="search" class="controls">'
        '<label for="nc-search">Word or phrase'
        '<input type="search" id="nc-search" autocomplete="off"></label></form>',
        '<p id="nc-search-status" aria-live="polite"></p>',
        '<div id="nc-results"></div>',
        anchor="search",
    )


def _who_speaks_section(ctx: ReportContext) -> str:
    timeline = ""
    if not ctx.folder and "timeline" in ctx.figures:
        timeline = (
            '<div id="nc-timeline" class="interactive"></div>'
            '<p id="nc-point" aria-live="polite">Hover over a dot to read its sentence, '
            "click it (or press Enter) to show it here.</p>"
            + _figure_html(ctx.figures["timeline"], static=True)
        )
    return section_html(
        "Who speaks", _figure_html(ctx.figures.get("by_camp")), timeline, anchor="who-speaks"
    )


def _filter_select(key: str, label: str, options: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<option value="{_escape(value)}">{_escape(text)}</option>' for value, text in options
    )
    return (
        f'<label for="nc-filter-{key}">{_escape(label)}'
        f'<select id="nc-filter-{key}" class="nc-filter" data-key="{key}">'
        f'<option value="">all</option>{items}</select></label>'
    )


def _statement_rows(ctx: ReportContext) -> pd.DataFrame:
    """The rows the statement table shows: all of an article, the first of a folder."""
    if ctx.folder:
        return (
            ctx.statements[ctx.statements["_in_table"]]
            if "_in_table" in ctx.statements
            else (ctx.statements.head(TABLE_ROWS))
        )
    return ctx.statements


def _statements_section(ctx: ReportContext) -> str:
    rows = _statement_rows(ctx)
    has_outlet = "outlet" in rows.columns
    columns = ["#"] + (["article"] if ctx.folder else []) + (["outlet"] if has_outlet else [])
    columns += ["camp", "actor", "speaker", "cue", "mode", "targets", "text"]
    if ctx.article_text:
        columns.append("in the article")
    header = "".join(
        f'<th scope="col"><button type="button" class="sort">{_escape(c)}</button></th>'
        for c in columns
    )
    body = []
    for row in rows.to_dict("records"):
        actor = str(row["actor"])
        outlet = "" if not has_outlet or pd.isna(row["outlet"]) else str(row["outlet"])
        camp = str(row["camp"])
        attrs = (
            f' data-camp="{_escape(camp)}" data-actor="{_escape(actor)}"'
            f' data-mode="{_escape(row["mode"])}" data-outlet="{_escape(outlet)}"'
            f' style="{_escape(ctx.camp_border(row))}"'
        )
        cells = [f'<td class="num">{int(row["statement_id"])}</td>']
        if ctx.folder:
            cells.append(f"<td>{_escape(row['article'])}</td>")
        if has_outlet:
            cells.append(f"<td>{_escape(outlet)}</td>")
        cells.append(f"<td>{_escape(camp)}</td>")
        cells.append(f'<td title="{_escape(actor)}">{_escape(ctx.names.get(actor, actor))}</td>')
        for column in ("speaker", "cue", "mode"):
            value = row.get(column, "")
            cells.append(f"<td>{_escape('' if pd.isna(value) else value)}</td>")
        targets = row.get("targets", "")
        ids = "" if pd.isna(targets) else str(targets)
        cells.append(
            f'<td title="{_escape(ids)}">{_escape(_display_names(ctx.names, targets))}</td>'
        )
        cells.append(f'<td class="text">{_escape(row["text"])}</td>')
        if ctx.article_text:
            sid = int(row["statement_id"])
            cells.append(
                f'<td><a class="goto" href="#s-{sid}" aria-label="statement {sid} in the '
                f'article">\u00a7{sid}</a></td>'
            )
        body.append(f"<tr{attrs}>{''.join(cells)}</tr>")
    actors = sorted(
        {str(a) for a in rows["actor"]}, key=lambda a: (str(ctx.names.get(a, a)).lower(), a)
    )
    selects = [
        _filter_select("camp", "Camp", [(c, c) for c in sorted(set(rows["camp"].astype(str)))]),
        _filter_select("actor", "Actor", [(a, ctx.names.get(a, a)) for a in actors]),
        _filter_select("mode", "Mode", [(m, m) for m in MODES]),
    ]
    if has_outlet:
        outlets = sorted({str(o) for o in rows["outlet"] if not pd.isna(o) and str(o)})
        selects.append(_filter_select("outlet", "Outlet", [(o, o) for o in outlets]))
    selects.append(
        '<label for="nc-filter-text">Text contains'
        '<input type="search" id="nc-filter-text" autocomplete="off"></label>'
    )
    shown = len(rows)
    if ctx.statements_total > shown:
        note = (
            f"This table shows the first {shown:,} of {ctx.statements_total:,} statements; "
            "statements.csv beside this page holds them all."
        )
    else:
        note = f"All {shown} statements."
    table = (
        f'<table id="nc-statements" class="sortable"><caption>{_escape(note)} Actor names are '
        "shown; hover over one for its id.</caption>"
        f"<thead><tr>{header}</tr></thead><tbody>\n" + "\n".join(body) + "\n</tbody></table>"
    )
    if not body:
        table = "<p><em>none</em></p>"
    return section_html(
        "Statements",
        f'<div class="controls" role="group" aria-label="Filter the statements">'
        f"{''.join(selects)}</div>",
        '<p id="nc-table-status" aria-live="polite"></p>',
        table,
        anchor="statements",
    )


def _terms_section(ctx: ReportContext) -> str:
    terms = {"tfidf": ctx.tables["terms_tfidf"], "log-odds": ctx.tables["terms_log-odds"]}
    speaking = sorted(set(terms["log-odds"]["camp"].astype(str)))
    thin = _thin_evidence(terms["log-odds"], list(ctx.pair) if ctx.pair else speaking)

    def chart(method: str) -> str:
        figure = ctx.figures.get(f"terms_{method}")
        if figure is None:
            return ""
        return (
            f'<div id="nc-terms-{method}" class="interactive" aria-label="Interactive chart: '
            f'click a term to search for it"></div>' + _figure_html(figure, static=True)
        )

    return section_html(
        "Distinctive terms",
        "<p>Speaker names, reporting verbs and actor names are not counted; overlapping "
        "n-grams are merged into distinct phrases. Each row gives the term's count in "
        "every camp and an example statement. Click a term to see every sentence "
        "that uses it.</p>",
        "<h3>Log-odds with informative Dirichlet prior (z-scores)</h3>",
        f"<p>Significant: |z| \u2265 {Z_SIGNIFICANT}; the chart shows significant terms only.</p>",
        thin,
        chart("log-odds"),
        html_table(
            _terms_view(terms["log-odds"]), ctx.camp_border, buttons=["term"], sortable=True
        ),
        "<h3>TF-IDF</h3>",
        chart("tfidf"),
        html_table(_terms_view(terms["tfidf"]), ctx.camp_border, buttons=["term"], sortable=True),
        anchor="terms",
    )


def _frames_section(ctx: ReportContext) -> str:
    frames = ctx.tables["frames"]
    note = ""
    if (
        ctx.folder
        and "frames_total" in ctx.extra
        and int(str(ctx.extra["frames_total"])) > len(frames)
    ):
        note = (
            f"<p>The first {len(frames)} of {ctx.extra['frames_total']} frame phrases; "
            "frames.csv holds them all.</p>"
        )
    return section_html(
        "Frame phrases",
        note,
        html_table(frames, ctx.camp_border, buttons=["phrase"], sortable=True),
        anchor="frames",
    )


def _capped(table: pd.DataFrame, what: str, csv: str) -> tuple[pd.DataFrame, str]:
    """The first :data:`TABLE_ROWS` rows of ``table`` and a note saying so, if cut."""
    if len(table) <= TABLE_ROWS:
        return table, ""
    return table.head(TABLE_ROWS), (
        f"<p>The first {TABLE_ROWS:,} of {len(table):,} {_escape(what)}; "
        f"{_escape(csv)} holds them all.</p>"
    )


def contested_pivot_html(table: pd.DataFrame, sep: str = "; ") -> str:
    """The wide contested-labels table as HTML, every label a search button.

    The rows, columns and cell text are those of
    :func:`~narrative_compare.frames.contested_pivot` (one row per referent,
    one column per camp, a label's count after it when above one); each
    label is a ``<button class="term">`` whose text is the label, so the
    page's script searches the statements for it on a click, Enter or
    Space, as it does for the terms of the distinctive-terms tables.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`~narrative_compare.frames.contested_labels`.
    sep : str, default "; "
        Separator of the labels in a cell.

    Returns
    -------
    str
        HTML (every label and header escaped).

    Examples
    --------
    >>> table = contested_labels(pd.DataFrame({"camp": ["A", "B", "B"],
    ...     "phrase": ["anti-terrorism operation", "<siege>", "<siege>"]}))
    >>> print(contested_pivot_html(table).split("<tbody>")[1].strip())
    <tr><th scope="row">event</th><td><button type="button" class="term">anti-terrorism \
operation</button></td><td><button type="button" class="term">&lt;siege&gt;</button> (2)</td></tr>
    </tbody></table>
    """
    if table.empty:
        return "<p><em>none</em></p>"
    camps = sorted(table["camp"].astype(str).unique())
    header = '<th scope="col">referent</th>' + "".join(
        f'<th scope="col">{_escape(camp)}</th>' for camp in camps
    )
    cells: dict[str, dict[str, list[str]]] = {}
    for referent, camp, label, count in zip(
        table["referent"].astype(str),
        table["camp"].astype(str),
        table["label"].astype(str),
        table["count"],
        strict=True,
    ):
        button = f'<button type="button" class="term">{_escape(label)}</button>'
        cells.setdefault(referent, {}).setdefault(camp, []).append(
            button if int(count) == 1 else f"{button} ({int(count)})"
        )
    rows = []
    for referent, by_camp in cells.items():
        row = "".join(f"<td>{_escape(sep).join(by_camp.get(camp, []))}</td>" for camp in camps)
        rows.append(f'<tr><th scope="row">{_escape(referent)}</th>{row}</tr>')
    return (
        '<table class="pivot"><caption>Labels by referent (rows) and camp (columns)</caption>'
        f"<thead><tr>{header}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
    )


def _labels_section(ctx: ReportContext) -> str:
    labels = ctx.tables["contested_labels"]
    if ctx.folder:  # the labels several camps use, then the most used
        labels = labels.sort_values(
            ["n_camps", "count"], ascending=[False, False], kind="mergesort"
        )
    shown, note = _capped(labels, "labels", "contested_labels.csv")
    pivot_source = ctx.tables["contested_labels"]
    if ctx.folder:
        pivot_source = pivot_source.loc[shown.index]
    return section_html(
        "Contested labels",
        "<p>Click a label to see the sentences that use it.</p>",
        contested_pivot_html(pivot_source),
        note,
        html_table(shown, ctx.camp_border, buttons=["label"], sortable=True),
        anchor="labels",
    )


def _similarity_section(ctx: ReportContext) -> str:
    return section_html(
        "Camp similarity",
        _figure_html(ctx.figures.get("similarity")),
        html_table(_similarity_flat(ctx.tables["similarity"])),
        anchor="similarity",
    )


def _network_section(ctx: ReportContext) -> str:
    network = ctx.tables["network"]
    if ctx.folder:
        network = network.sort_values("n", ascending=False, kind="mergesort")
    shown, note = _capped(network, "links", "network.csv")
    return section_html(
        "Who accuses whom",
        _figure_html(ctx.figures.get("network")),
        note,
        html_table(_network_view(shown), sortable=True),
        anchor="network",
    )


def _article_section(ctx: ReportContext) -> str:
    """The article text, every statement a ``<span id="s-N">`` the table links to."""
    if not ctx.article_text:
        return ""
    text = ctx.article_text
    parts, position = [], 0
    ordered = ctx.statements.sort_values("start", kind="mergesort")
    for sid, start, end in zip(
        ordered["statement_id"], ordered["start"], ordered["end"], strict=True
    ):
        start, end = int(start), int(end)
        if start < position or end > len(text):
            continue
        parts.append(_escape(text[position:start]))
        parts.append(f'<span class="st" id="s-{int(sid)}">{_escape(text[start:end])}</span>')
        position = end
    parts.append(_escape(text[position:]))
    return section_html(
        "Article text",
        '<div class="article-text">' + "".join(parts) + "</div>",
        anchor="article",
    )


#: The sections of the page, in order. A new section is a function of the
#: :class:`ReportContext` returning HTML, inserted here (or passed to
#: :func:`render_report` as ``sections``).
SECTION_BUILDERS: list[SectionBuilder] = [
    _header_section,
    _search_section,
    _who_speaks_section,
    _statements_section,
    _terms_section,
    _frames_section,
    _labels_section,
    _similarity_section,
    _network_section,
    _article_section,
]


def _figures(
    statements: pd.DataFrame,
    terms: Mapping[str, pd.DataFrame],
    similarity: pd.DataFrame,
    colors: Mapping[str, str],
    top: int,
    pair: tuple[str, str] | None,
    network: pd.DataFrame | None = None,
    formats: Iterable[str] = (),
    timeline: bool = True,
) -> dict[str, ReportFigure]:
    if statements.empty:
        return {}
    formats = tuple(formats)
    network = network if network is not None else pd.DataFrame()
    figures = {
        "by_camp": _render_figure(
            plot_statements_by_camp(statements, colors=colors),
            "by-camp",
            "Statements by camp and mode",
            formats,
        )
    }
    if timeline:
        figures["timeline"] = _render_figure(
            plot_timeline(statements, colors=colors),
            "timeline",
            "Statements in article order",
            formats,
        )
    for method, table in terms.items():
        if pair is None or table.empty:
            continue
        if "significant" in table.columns:
            shown = table[table["camp"].isin(pair) & table["significant"].astype(bool)]
            if shown.empty:  # nothing to draw but noise; the text says so
                continue
        ax = plot_distinctive_terms(table, *pair, top=min(top, 10), colors=colors)
        figures[f"terms_{method}"] = _render_figure(
            ax, f"terms-{method}", f"Distinctive terms ({method}): {pair[0]} vs {pair[1]}", formats
        )
    if len(similarity):
        figures["similarity"] = _render_figure(
            plot_similarity(similarity), "similarity", "Camp similarity", formats
        )
    if len(network):
        drawn, caption = network, "Who accuses, rebuts or calls on whom"
        if len(network) > NETWORK_EDGES_DRAWN:  # a corpus: the strongest links stay readable
            drawn = network.sort_values(
                ["n", "source_actor", "target", "kind"],
                ascending=[False, True, True, True],
                kind="mergesort",
            ).head(NETWORK_EDGES_DRAWN)
            caption += f" (the {NETWORK_EDGES_DRAWN} strongest of {len(network)} links)"
        figures["network"] = _render_figure(
            plot_accusation_network(drawn, colors=colors), "network", caption, formats
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


def _summary_line(statements: pd.DataFrame, article_text: str) -> str:
    modes = statements["mode"].value_counts()
    mode_text = ", ".join(f"{int(modes.get(mode, 0))} {mode}" for mode in MODES)
    if "article" in statements.columns:
        size = f"{statements['article'].nunique()} articles"
    else:
        size = f"{len(article_text)} characters"
    return (
        f"{size}, {len(statements)} statements ({mode_text}), "
        f"{statements['actor'].nunique()} actors, {statements['camp'].nunique()} camps."
    )


def _term_rows(terms: pd.DataFrame) -> list[dict[str, object]]:
    rows = []
    for row in terms.to_dict("records"):
        item: dict[str, object] = {
            "camp": str(row["camp"]),
            "term": str(row["term"]),
            "score": float(row["score"]),
            "count": float(row["count"]),
            "example": str(row.get("example", "") or ""),
        }
        if "significant" in row:
            item["significant"] = bool(row["significant"])
        rows.append(item)
    return rows


def _page_data(ctx: ReportContext) -> dict[str, object]:
    """The JSON the page's script reads."""
    statements = ctx.statements
    has_outlet = "outlet" in statements.columns
    records = []
    for row in statements.to_dict("records"):
        actor = str(row["actor"])
        outlet = row.get("outlet", "") if has_outlet else ""
        records.append(
            [
                int(row["statement_id"]),
                str(row.get("article", "")) if ctx.folder else "",
                str(row["camp"]),
                actor,
                ctx.names.get(actor, actor),
                str(row["mode"]),
                "" if pd.isna(outlet) else str(outlet),
                str(row["text"]),
            ]
        )
    # The interactive term charts stand where a static chart is drawn.
    shown = {
        method: _term_rows(ctx.tables[f"terms_{method}"])
        for method in ("log-odds", "tfidf")
        if f"terms_{method}" in ctx.figures
    }
    return {
        "folder": ctx.folder,
        "article_text": bool(ctx.article_text),
        "colors": dict(ctx.palette),
        "pair": list(ctx.pair) if ctx.pair else None,
        "statements": records,
        "statements_total": ctx.statements_total,
        "terms": shown,
    }


def render_page(ctx: ReportContext, sections: Iterable[SectionBuilder] | None = None) -> str:
    """The HTML page of a report context.

    Parameters
    ----------
    ctx : ReportContext
        What the page shows.
    sections : iterable of SectionBuilder, optional
        The sections in order; default :data:`SECTION_BUILDERS`.

    Returns
    -------
    str
        The content of ``index.html``: one file with its style, script and data inline.
    """
    builders = SECTION_BUILDERS if sections is None else list(sections)
    body = "\n".join(part for part in (build(ctx) for build in builders) if part)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_escape(ctx.title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + body
        + '\n<script type="application/json" id="nc-data">'
        + json_for_html(_page_data(ctx))
        + "</script>\n<script>\n"
        + SCRIPT
        + "</script>\n</body>\n</html>\n"
    )


def _figure_files(figures: Mapping[str, ReportFigure]) -> dict[str, bytes]:
    return {
        f"{figure.name}.{fmt}": content
        for figure in figures.values()
        for fmt, content in sorted(figure.files.items())
    }


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
    figure_formats: Iterable[str] = (),
    sections: Iterable[SectionBuilder] | None = None,
) -> tuple[str, dict[str, str | bytes]]:
    """Build the report without writing it.

    Parameters
    ----------
    statements, article_text, title, colors, top, camp_of, frames, actors
    statements, article_text, title, colors, top, camp_of, frames, excel_safe
    figure_formats, sections
        See :func:`write_report`.

    Returns
    -------
    html : str
        Content of ``index.html``.
    files : dict of str to str or bytes
        File name -> content of the other files: the CSV tables
        (:data:`CSV_FILES`) and the figures (``figure-*.png``, ``.svg``).
    """
    formats = check_figure_formats(figure_formats)
    if camp_of is None and actors is not None:
        camp_of = {actor.id: actor.camp for actor in actors}
    names = {actor.id: actor.name for actor in actors} if actors is not None else {}
    palette = camp_colors(statements["camp"].astype(str), colors)
    tables = _tables(statements, article_text, top, frames, actors, camp_of)
    terms = {"tfidf": tables["terms_tfidf"], "log-odds": tables["terms_log-odds"]}
    pair = _compared_pair(statements, camp_of) if not statements.empty else None
    folder = "article" in statements.columns
    figures = _figures(
        statements,
        terms,
        tables["similarity"],
        palette,
        top,
        pair,
        tables["network"],
        formats,
        timeline=not folder,
    )
    ctx = ReportContext(
        title=title,
        statements=statements,
        statements_total=len(statements),
        tables=tables,
        figures=figures,
        palette=palette,
        names=names,
        pair=pair,
        article_text="" if folder else article_text,
        summary=_summary_line(statements, article_text),
        folder=folder,
    )
    document = render_page(ctx, sections)
    csv_tables = {
        "statements.csv": statements,
        "terms.csv": tables["terms"],
        "frames.csv": tables["frames"],
        "contested_labels.csv": tables["contested_labels"],
        "similarity.csv": _similarity_flat(tables["similarity"]),
        "network.csv": tables["network"],
    }
    files: dict[str, str | bytes] = {
        name: format_table(df, "csv", excel_safe=excel_safe) for name, df in csv_tables.items()
    }
    files.update(_figure_files(figures))
    return document, files


def check_figure_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """The figure formats to write besides PNG, checked.

    Parameters
    ----------
    formats : iterable of str
        Names from :data:`FIGURE_FORMATS` (``png`` is always written).

    Returns
    -------
    tuple of str
        The formats other than ``png``, without repeats.

    Raises
    ------
    InputError
        On an unknown format.

    Examples
    --------
    >>> check_figure_formats(["png", "svg", "svg"])
    ('svg',)
    """
    chosen = tuple(dict.fromkeys(f for f in formats if f and f != "png"))
    for fmt in chosen:
        if fmt not in FIGURE_FORMATS:
            choices = ", ".join(FIGURE_FORMATS)
            raise InputError(f"--figures {fmt}", f"unknown figure format; choose from {choices}")
    return chosen


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
    figure_formats: Iterable[str] = (),
    sections: Iterable[SectionBuilder] | None = None,
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
        The page's title and heading (the headline, see :func:`article_headline`).
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
    figure_formats : iterable of str, optional
        Formats (:data:`FIGURE_FORMATS`) every figure is written in besides
        the PNG, which is always written (``figure-NAME.png``).
    sections : iterable of SectionBuilder, optional
        The page's sections; default :data:`SECTION_BUILDERS`.

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
    document, files = render_report(
        statements,
        article_text=article_text,
        title=title,
        colors=colors,
        top=top,
        camp_of=camp_of,
        frames=frames,
        actors=actors,
        excel_safe=excel_safe,
        figure_formats=figure_formats,
        sections=sections,
    )
    written = (*files, "index.html", MARKER_FILE)
    with AtomicFolder(out_dir, replaces=_marked_files) as folder:
        for name, content in files.items():
            if isinstance(content, bytes):
                folder.write_bytes(name, content)
            else:
                folder.write_text(name, content)
        folder.write_text("index.html", document)
        folder.write_text(MARKER_FILE, _MARKER_HEAD + "".join(f"{n}\n" for n in written))
    return Path(out_dir) / "index.html"


#: Example statements a folder report embeds for each term and each label.
EXAMPLES_PER_ITEM = 3

#: Statement rows read back at a time when a folder report looks for examples.
_CHUNK_ROWS = 20_000

_WORD = re.compile(r"[\w'’-]+")


class _CorpusTotals:
    """What a folder report keeps while the articles stream past: counts, never rows.

    Memory is bounded by the number of camps, actors, labels and network
    edges, plus the first :data:`TABLE_ROWS` statements and frame phrases.
    """

    def __init__(self, metadata: CorpusMeta, names: Mapping[str, str]) -> None:
        self.metadata = metadata
        self.names = names
        self.modes: Counter[tuple[str, str]] = Counter()
        self.actor_camp: dict[str, str] = {}  # every actor seen: its camp
        self.labels: Counter[tuple[str, str, str]] = Counter()
        self.edges: Counter[tuple[str, str, str, str]] = Counter()
        self.first_rows: list[tuple] = []
        self.first_frames: list[tuple] = []
        self.frames_total = 0

    def add(self, name: str, rows: StatementRows, frames: pd.DataFrame) -> list[tuple]:
        """Count one article; returns its statement rows as written (article, row, metadata)."""
        extra = self.metadata.values(name)
        written = [(name, *row, *extra) for row in rows]
        if len(self.first_rows) < TABLE_ROWS:
            self.first_rows.extend(written[: TABLE_ROWS - len(self.first_rows)])
        pick = [STATEMENT_COLUMNS.index(c) for c in ("actor", "camp", "mode", "targets")]
        text_at, cue_at = STATEMENT_COLUMNS.index("text"), STATEMENT_COLUMNS.index("cue")
        for row in rows:
            actor, camp, mode, targets = (str(row[i]) for i in pick)
            self.modes[(camp, mode)] += 1
            self.actor_camp[actor] = camp
            named = {t.strip() for t in targets.split(";")} - {""}
            if named:
                kind = statement_kind(str(row[text_at]), str(row[cue_at] or ""))
                for target in named:
                    self.edges[(actor, camp, target, kind)] += 1
        self.frames_total += len(frames)
        if len(frames):
            for referent, camp, phrase in zip(
                frames["referent"].astype(str),
                frames["camp"].astype(str),
                frames["phrase"].astype(str),
                strict=True,
            ):
                self.labels[(referent, camp, phrase)] += 1
            if len(self.first_frames) < TABLE_ROWS:
                room = TABLE_ROWS - len(self.first_frames)
                self.first_frames.extend(
                    (name, *row) for row in frames.head(room).itertuples(index=False, name=None)
                )
        return written

    def statements_by_camp_and_mode(self) -> pd.DataFrame:
        """Statements per ``camp`` and ``mode``, one row each with its count ``n`` (bar chart)."""
        keys = sorted(self.modes)
        return pd.DataFrame(
            {
                "camp": [k[0] for k in keys],
                "mode": [k[1] for k in keys],
                "n": np.array([self.modes[key] for key in keys], dtype=np.int64),
            }
        )

    def network(self, camp_of: Mapping[str, str] | None) -> pd.DataFrame:
        """The who-accuses-whom table of :func:`accusation_network`, from the counted edges."""
        camps = dict(camp_of or {})
        camps.update(self.actor_camp)
        rows = [
            (
                source,
                self.names.get(source, source),
                camp,
                target,
                self.names.get(target, target),
                camps.get(target, ""),
                kind,
                n,
            )
            for (source, camp, target, kind), n in sorted(self.edges.items())
        ]
        return pd.DataFrame(rows, columns=list(NETWORK_COLUMNS)).astype({"n": "int64"})

    def contested(self) -> pd.DataFrame:
        """:func:`contested_labels` of every frame phrase, from the counted labels."""
        keys = sorted(self.labels)
        counts = [self.labels[key] for key in keys]
        frames = pd.DataFrame(
            {
                "referent": _repeated([k[0] for k in keys], counts),
                "camp": _repeated([k[1] for k in keys], counts),
                "phrase": _repeated([k[2] for k in keys], counts),
            }
        )
        return contested_labels(frames)


def _repeated(values: list[str], counts: list[int]) -> pd.Categorical:
    """``values[i]`` repeated ``counts[i]`` times, as categorical codes (bytes, not objects)."""
    categories = sorted(set(values))
    position = {value: i for i, value in enumerate(categories)}
    codes = np.repeat(np.array([position[v] for v in values], dtype=np.int32), counts)
    return pd.Categorical.from_codes(codes, categories=categories)


def _pair_from_network(
    network: pd.DataFrame, modes: Mapping[tuple[str, str], int]
) -> tuple[str, str] | None:
    """:func:`_compared_pair` from the counted network and statements per camp."""
    speaking: Counter[str] = Counter()
    for (camp, _), n in modes.items():
        if camp not in (NARRATOR_CAMP, UNASSIGNED_CAMP):
            speaking[camp] += n
    edges: Counter[tuple[str, str]] = Counter()
    for camp, other, n in zip(
        network["source_camp"], network["target_camp"], network["n"], strict=True
    ):
        if other and other != camp and camp in speaking:
            a, b = sorted((str(camp), str(other)))
            edges[(a, b)] += int(n)
    if edges:
        return min(edges, key=lambda pair: (-edges[pair], pair))
    ranked = sorted(speaking, key=lambda camp: (-speaking[camp], camp))
    return (ranked[0], ranked[1]) if len(ranked) >= 2 else None


def _find_examples(
    statements_csv: Path,
    wanted: Mapping[str, Iterable[str]],
    per_item: int = EXAMPLES_PER_ITEM,
) -> tuple[pd.DataFrame, dict[tuple[str, str], list[int]]]:
    """The first statements of each camp that use each of its terms or labels.

    ``statements_csv`` is read back in chunks, and only until every
    (camp, phrase) has ``per_item`` examples; a statement is tested with the
    phrase's pattern (its words, up to three words between them) only when
    it holds the phrase's first word.

    Returns
    -------
    rows : pandas.DataFrame
        The example statements (every column of the file, as text).
    found : dict
        (camp, phrase) -> row positions in ``rows``.
    """
    # camp -> first word -> {phrase: (pattern, other words)}: a statement is only
    # tested for the phrases whose first word it holds, so the time per statement
    # does not grow with the number of terms and labels still looking for
    # examples. Many labels share a first word ("the", "as", "illegal"), so the
    # pattern is only run when each other word is in the text too (found by
    # itself, case-insensitively, once per statement: a match of the pattern
    # implies it).
    needs: dict[str, dict[str, dict[str, tuple[re.Pattern[str], tuple[str, ...]]]]] = {}
    literal: dict[str, re.Pattern[str]] = {}
    for camp, phrases in wanted.items():
        for phrase in phrases:
            words = _WORD.findall(phrase.lower())
            if words:
                others = tuple(sorted(set(words[1:]), key=lambda w: (-len(w), w)))
                for word in others:
                    literal.setdefault(word, re.compile(re.escape(word), re.IGNORECASE))
                by_first = needs.setdefault(camp, {}).setdefault(words[0], {})
                by_first[phrase] = (_term_regex(" ".join(words)), others)
    found: dict[tuple[str, str], list[int]] = {}
    kept: list[pd.DataFrame] = []
    position = 0
    if not needs:
        return pd.DataFrame(), found
    reader = pd.read_csv(statements_csv, dtype=str, keep_default_na=False, chunksize=_CHUNK_ROWS)
    with reader:
        for chunk in reader:
            picked: list[object] = []
            for index, camp, text in zip(chunk.index, chunk["camp"], chunk["text"], strict=True):
                open_items = needs.get(camp)
                if not open_items:
                    continue
                hit = False
                seen: dict[str, bool] = {}  # word -> in this text
                for first in set(_WORD.findall(text.lower())) & open_items.keys():
                    phrases = open_items[first]
                    for phrase, (pattern, others) in list(phrases.items()):
                        missing = False
                        for word in others:
                            known = seen.get(word)
                            if known is None:
                                known = seen[word] = literal[word].search(text) is not None
                            if not known:
                                missing = True
                                break
                        if missing:
                            continue
                        if pattern.search(text):
                            refs = found.setdefault((camp, phrase), [])
                            refs.append(position + len(picked))
                            hit = True
                            if len(refs) >= per_item:
                                del phrases[phrase]
                    if not phrases:
                        del open_items[first]
                if not open_items:
                    del needs[camp]
                if hit:
                    picked.append(index)
            if picked:
                kept.append(chunk.loc[picked])
                position += len(picked)
            if not needs:
                break
    rows = pd.concat(kept, ignore_index=True) if kept else pd.DataFrame()
    return rows, found


def _examples_of(
    terms: pd.DataFrame, rows: pd.DataFrame, found: Mapping[tuple[str, str], list[int]]
) -> pd.DataFrame:
    """``terms`` with ``example_id`` and ``example`` from the first example found."""
    ids, snippets = [], []
    for camp, term in zip(terms["camp"].astype(str), terms["term"].astype(str), strict=True):
        refs = found.get((camp, term))
        if not refs:
            ids.append("")
            snippets.append("")
            continue
        row = rows.iloc[refs[0]]
        ids.append(f"{row['article']}:{row['statement_id']}")
        snippets.append(keyword_in_context(str(row["text"]), term))
    result = terms.copy()
    result["example_id"] = ids
    result["example"] = snippets
    return result


def write_corpus_report(
    root: str | Path,
    out_dir: str | Path,
    *,
    actors: ActorTable | None = None,
    title: str | None = None,
    colors: Mapping[str, str] | None = None,
    top: int = 15,
    meta: str | Path | None = None,
    options: CorpusOptions | None = None,
    excel_safe: bool = False,
    force: bool = False,
    inputs: Iterable[str | Path] = (),
    figure_formats: Iterable[str] = (),
    sections: Iterable[SectionBuilder] | None = None,
    by: str | None = None,
) -> tuple[Path, CorpusSummary]:
    """Write the report of a folder of articles in memory that does not grow with it.

    The articles stream past once: their statements and frame phrases go
    straight to ``statements.csv`` and ``frames.csv`` (the bytes of the
    ``statements`` and ``frames`` commands), while the term counts of
    ``compare`` (:func:`~narrative_compare.corpus.aggregate_corpus`, into a
    :class:`~narrative_compare.terms.SpillingTermCounts` that moves them to
    sorted runs on disk as they grow and merges back only the terms the
    tables can show), statements per camp and mode, labels per camp and
    who-accuses-whom edges are counted. The page embeds those aggregated
    views and a bounded, deterministic selection of statements: the first
    :data:`TABLE_ROWS` (the table says how many of how many, and that
    ``statements.csv`` has the rest) and the first :data:`EXAMPLES_PER_ITEM`
    statements using each term and each contested label, found by reading
    ``statements.csv`` back in chunks.

    Parameters
    ----------
    root : str or Path
        Corpus folder.
    out_dir : str or Path
        Output folder (see :func:`check_report_folder`).
    actors : ActorTable, optional
        One actor table for the whole corpus.
    title : str, optional
        Page title; default the folder's name.
    colors, top, excel_safe, force, inputs, figure_formats, sections
        See :func:`write_report`.
    meta : str or Path, optional
        Metadata CSV joined onto the statements (an ``outlet`` column groups
        the search results and filters the table).
    options : CorpusOptions, optional
        Files, backend and bad files.
    by : str, optional
        A metadata column (``outlet``) to compare the outlets by: adds the
        *Outlets* section (:func:`narrative_compare.outlets.outlets_section_html`).
        It reads the streamed statements back in chunks for its term counts
        (kept to the framing vocabulary) and a few short columns of the
        statements and frames whole, so with it memory grows slowly with the
        corpus (a pointer per statement and column).

    Returns
    -------
    (Path, CorpusSummary)
        The path of ``index.html`` and the corpus totals.

    Raises
    ------
    InputError
        As :func:`write_report` and :func:`~narrative_compare.corpus.aggregate_corpus`.
    """
    from narrative_compare.corpus import DEFAULT_OPTIONS, aggregate_corpus
    from narrative_compare.corpus.pipeline import empty_corpus_frame
    from narrative_compare.frames import actor_names as frame_names
    from narrative_compare.frames import frames_table, phrases_of_rows
    from narrative_compare.terms import (
        SpillingTermCounts,
        log_odds_from_counts,
        tfidf_from_counts,
    )

    root = Path(root)
    inputs = list(inputs)
    formats = check_figure_formats(figure_formats)
    check_report_folder(out_dir, inputs, force=force)
    metadata = optional_meta(meta)
    names = {actor.id: actor.name for actor in actors} if actors is not None else {}
    camp_of = {actor.id: actor.camp for actor in actors} if actors is not None else None
    settings = TermSettings(names=actor_names(actors), min_count=2)
    totals = _CorpusTotals(metadata, names)
    columns = [*CORPUS_COLUMNS, *metadata.columns]
    frame_template = frames_table([])
    frame_template.insert(0, "article", pd.Series([], dtype=object))
    label_names = frame_names(actors)  # built once, not once per article
    with AtomicFolder(out_dir, replaces=_marked_files) as folder:
        assert folder.folder is not None
        with (
            SpillingTermCounts(settings) as streamed,
            folder.open_text("statements.csv") as statements_file,
            folder.open_text("frames.csv") as frames_file,
        ):
            statements_writer = TableWriter(
                statements_file, "csv", empty_corpus_frame(columns), excel_safe=excel_safe
            )
            frames_writer = TableWriter(frames_file, "csv", frame_template, excel_safe=excel_safe)
            statements_writer.write_header()
            frames_writer.write_header()

            def on_article(name: str, rows: StatementRows | Skipped) -> None:
                if isinstance(rows, Skipped):
                    return
                frames = frames_table(phrases_of_rows(rows, label_names))
                statements_writer.write_rows(totals.add(name, rows, frames))
                frames_writer.write_rows(
                    (name, *row) for row in frames.itertuples(index=False, name=None)
                )

            summary = aggregate_corpus(
                root,
                actors,
                counts=streamed,
                meta=meta,
                on_article=on_article,
                options=options or DEFAULT_OPTIONS,
            ).summary
            # The same tables from a fraction of the vocabulary (most phrases
            # occur once, and went to disk as the articles streamed past).
            counts = streamed.without_rare_phrases()
        terms = {
            "tfidf": tfidf_from_counts(counts, top=top),
            "log-odds": log_odds_from_counts(counts, top=top),
        }
        similarity = similarity_from_counts(counts)
        del counts  # the term tables and the similarity are all the page needs of them
        palette = camp_colors(sorted({camp for camp, _ in totals.modes}), colors)
        # First of what reads the CSV files back: it needs the most memory, and
        # what comes after reuses it.
        outlet_figures: dict[str, ReportFigure] = {}
        outlets_html = (
            _outlets_html(folder.folder, by, settings, palette, formats, outlet_figures)
            if by is not None
            else ""
        )
        contested = totals.contested()
        wanted: dict[str, set[str]] = {}
        for table in (*terms.values(), contested.rename(columns={"label": "term"})):
            for camp, term in zip(
                table["camp"].astype(str), table["term"].astype(str), strict=True
            ):
                wanted.setdefault(camp, set()).add(term)
        examples, found = _find_examples(folder.folder / "statements.csv", wanted)
        terms = {method: _examples_of(table, examples, found) for method, table in terms.items()}
        first = pd.DataFrame(totals.first_rows, columns=columns)
        first["_in_table"] = True
        if len(examples):
            examples = examples.astype({"statement_id": "int64"})
            examples["_in_table"] = False
        shown = pd.concat([first, examples], ignore_index=True) if len(examples) else first
        shown = shown.drop_duplicates(["article", "statement_id"], keep="first")
        shown = shown.sort_values(["article", "statement_id"], kind="mergesort")
        shown = shown.reset_index(drop=True)
        network = totals.network(camp_of)
        by_mode = totals.statements_by_camp_and_mode()
        pair = _pair_from_network(network, totals.modes)
        figures = _figures(
            by_mode, terms, similarity, palette, top, pair, network, formats, timeline=False
        )
        tables = {
            "terms_tfidf": terms["tfidf"],
            "terms_log-odds": terms["log-odds"],
            "terms": pd.concat([terms["tfidf"], terms["log-odds"]], ignore_index=True),
            "frames": pd.DataFrame(totals.first_frames, columns=list(frame_template.columns)),
            "contested_labels": contested,
            "contested_pivot": contested_pivot(contested),
            "similarity": similarity,
            "network": network,
        }
        modes: Counter[str] = Counter()
        for (_, mode), n in totals.modes.items():
            modes[mode] += n
        mode_text = ", ".join(f"{modes.get(mode, 0)} {mode}" for mode in MODES)
        camps = {camp for camp, _ in totals.modes}
        ctx = ReportContext(
            title=title or root.name,
            statements=shown,
            statements_total=summary.statements,
            tables=tables,
            figures=figures,
            palette=palette,
            names=names,
            pair=pair,
            summary=f"{summary.articles} articles, {summary.statements} statements "
            f"({mode_text}), {len(totals.actor_camp)} actors, {len(camps)} camps.",
            folder=True,
            extra={"frames_total": totals.frames_total},
        )
        files: dict[str, str | bytes] = {
            name: format_table(tables[stem], "csv", excel_safe=excel_safe)
            for name, stem in (("terms.csv", "terms"), ("contested_labels.csv", "contested_labels"))
        }
        files["similarity.csv"] = format_table(
            _similarity_flat(similarity), "csv", excel_safe=excel_safe
        )
        files["network.csv"] = format_table(network, "csv", excel_safe=excel_safe)
        builders = list(SECTION_BUILDERS if sections is None else sections)
        if by is not None:
            builders.insert(min(3, len(builders)), lambda _ctx: outlets_html)
            figures.update(outlet_figures)
        files.update(_figure_files(figures))
        for name, content in files.items():
            if isinstance(content, bytes):
                folder.write_bytes(name, content)
            else:
                folder.write_text(name, content)
        folder.write_text("index.html", render_page(ctx, builders))
        written = ("statements.csv", "frames.csv", *files, "index.html", MARKER_FILE)
        folder.write_text(MARKER_FILE, _MARKER_HEAD + "".join(f"{n}\n" for n in written))
    return Path(out_dir) / "index.html", summary


def _outlets_html(
    folder: Path,
    by: str,
    settings: TermSettings,
    palette: Mapping[str, str],
    formats: tuple[str, ...],
    figures: dict[str, ReportFigure],
) -> str:
    """The Outlets section of a folder report, from its streamed CSV files.

    Memory does not hold the statements' text: the narration and speech term
    counts are read from ``statements.csv`` in chunks
    (:func:`~narrative_compare.outlets.narration_counts_of_chunks`) and kept
    to the framing vocabulary of the frame phrases, the only terms the
    section compares; the voice and label tables get the few short columns
    they read, each distinct value stored once.
    """
    from narrative_compare.outlets import (
        framing_vocabulary,
        narration_counts_of_chunks,
        outlets_section_html,
    )

    statements_csv = folder / "statements.csv"
    frames = _short_columns(
        folder / "frames.csv", ["article", "camp", "kind", "label_key", "phrase"]
    )
    vocabulary = framing_vocabulary(frames, settings)
    chunks = pd.read_csv(statements_csv, keep_default_na=False, dtype=str, chunksize=_CHUNK_ROWS)
    with chunks:
        narration = narration_counts_of_chunks(chunks, by, settings, vocabulary=vocabulary)
    header = pd.read_csv(statements_csv, nrows=0).columns
    wanted = {"article", "camp", "actor", "mode", by, "date"}
    # The section reads the actor only to tell narration apart (is_narration).
    flags = {"actor": NARRATOR_ACTOR} if "actor" not in (by, "date") else {}
    statements = _short_columns(statements_csv, [c for c in header if c in wanted], flags)
    return outlets_section_html(
        statements,
        frames,
        by,
        settings=settings,
        colors=dict(palette),
        formats=formats,
        figures=figures,
        narration=narration,
    )


def _short_columns(
    path: Path, columns: list[str], flags: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """``columns`` of a CSV file as text, read in chunks, each distinct value one object.

    A column of ``flags`` keeps only whether a cell is the value given for
    it: that value, else ``""`` (for a reader that tests nothing else).
    """
    flags = flags or {}
    shared: dict[str, str] = {}
    parts = []
    reader = pd.read_csv(
        path, usecols=columns, keep_default_na=False, dtype=str, chunksize=_CHUNK_ROWS
    )
    with reader:
        for chunk in reader:
            for column in chunk.columns:
                if column in flags:
                    kept = flags[column]
                    chunk[column] = [kept if v == kept else "" for v in chunk[column]]
                else:
                    chunk[column] = [shared.setdefault(v, v) for v in chunk[column]]
            parts.append(chunk)
    if not parts:
        return pd.read_csv(path, usecols=columns, keep_default_na=False, dtype=str)
    return pd.concat(parts, ignore_index=True)[columns]
