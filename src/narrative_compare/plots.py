"""Plots of the framing comparison (matplotlib).

Every plotting function takes its data and an optional ``ax``; without one it
creates a figure (laid out with ``tight_layout`` so labels are not clipped) and returns
the Axes it drew on. Camp colours come from a ``colors`` mapping (camp -> any
matplotlib colour, e.g. the actor file's ``camps``); camps it does not name
get colours from a fixed palette in sorted camp order, the Narrator grey.

Importing this module selects the non-interactive Agg backend only when no
backend was chosen yet and the code does not run in a Jupyter kernel, so
notebooks keep their inline backend.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib

from narrative_compare.actors import camp_color_map
from narrative_compare.errors import InputError
from narrative_compare.output import write_bytes_atomic, write_text_atomic
from narrative_compare.schema import MODES


def _backend_chosen() -> bool:
    getter = getattr(matplotlib.rcParams, "_get_backend_or_none", None)
    return bool(os.environ.get("MPLBACKEND")) or (getter is not None and getter() is not None)


if not (_backend_chosen() or "matplotlib.pyplot" in sys.modules or "ipykernel" in sys.modules):
    matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (after the backend choice)
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.text import Text  # noqa: E402

#: Hatch of each mode in :func:`plot_statements_by_camp`.
MODE_HATCHES: Mapping[str, str] = {"direct": "", "indirect": "//", "mixed": "xx", "narration": ".."}

#: Marker of each mode in :func:`plot_timeline`.
MODE_MARKERS: Mapping[str, str] = {"direct": "o", "indirect": "s", "mixed": "D", "narration": "."}

#: Salt of the SVG element ids, fixed so SVG output is byte-for-byte stable.
SVG_HASH_SALT = "narrative-compare"

#: Per-format savefig metadata dropping dates and version strings.
_STABLE_METADATA: Mapping[str, Mapping[str, None]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}


def camp_colors(camps: Iterable[str], colors: Mapping[str, str] | None = None) -> dict[str, str]:
    """Colour of every camp as ``#rrggbb``, as the rest of the package assigns them.

    ``colors`` may use any matplotlib colour spec; the assignment itself is
    :func:`narrative_compare.actors.camp_color_map` over the sorted camps
    (Narrator grey, unassigned light grey, the others their given colour or
    the next unused palette colour).

    Parameters
    ----------
    camps : iterable of str
        Camps to colour.
    colors : mapping of camp to colour, optional
        Preferred colours.

    Returns
    -------
    dict of str to str
        Camp -> lower-case hex colour, in sorted camp order.

    Raises
    ------
    InputError
        If a colour in ``colors`` is not a valid matplotlib colour.

    Examples
    --------
    >>> camp_colors(["Russia", "Narrator", "Armenia"], {"Armenia": "red"})
    {'Armenia': '#ff0000', 'Narrator': '#7f7f7f', 'Russia': '#1f77b4'}
    """
    given = {}
    for camp, value in (colors or {}).items():
        try:
            given[str(camp)] = to_hex(value)
        except (ValueError, TypeError):
            raise InputError(None, f"camp {camp!r}: invalid colour {value!r}") from None
    return camp_color_map(sorted({str(camp) for camp in camps}), given)


def _new_axes(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Axes, Figure | None]:
    """The given Axes, or those of a new figure; also that new figure (None if given)."""
    if ax is not None:
        return ax, None
    figure, ax = plt.subplots(figsize=figsize)
    return ax, figure


def _draw_literally(artist: Artist) -> None:
    """Turn mathtext off for every text of ``artist`` (camp names, terms, labels).

    Text from articles and actor files is drawn as written: a camp named
    ``$\\foo{bar$`` is not a formula. Texts made later (tick labels made
    while drawing) are covered by ``text.parse_math`` off around drawing.
    """
    for text in artist.findobj(Text):
        text.set_parse_math(False)


def _finish(ax: Axes, new_figure: Figure | None) -> Axes:
    # tight_layout runs once (unlike constrained layout, which re-runs and
    # shifts by fractions of a pixel on every draw), so saves are reproducible.
    # Only a figure made here is laid out: a caller's may hold other axes.
    _draw_literally(ax)
    if new_figure is not None:
        with matplotlib.rc_context({"text.parse_math": False}):
            new_figure.tight_layout()
    return ax


def _camp_legend(ax: Axes, palette: Mapping[str, str], **kwargs) -> None:
    handles = [Patch(facecolor=color, label=camp) for camp, color in palette.items()]
    ax.legend(handles=handles, **kwargs)


def plot_statements_by_camp(
    statements: pd.DataFrame, ax: Axes | None = None, colors: Mapping[str, str] | None = None
) -> Axes:
    """Stacked bars: statements per camp, one stack segment per mode.

    Bars take the camp colour; the mode is shown by the hatch
    (:data:`MODE_HATCHES`) and explained in the legend.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table (``camp``, ``mode``), or counts of one: with a column
        ``n``, each row stands for ``n`` statements (a corpus's counts per
        camp and mode, the same bars without a row per statement).
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure is made without one.
    colors : mapping of camp to colour, optional
        See :func:`camp_colors`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.
    """
    ax, new_figure = _new_axes(ax, (7.0, 4.0))
    camp, mode = statements["camp"].astype(str), statements["mode"].astype(str)
    if "n" in statements.columns:
        counts = pd.crosstab(camp, mode, values=statements["n"], aggfunc="sum").fillna(0)
    else:
        counts = pd.crosstab(camp, mode)
    camps = sorted(counts.index)
    modes = [m for m in MODES if m in counts.columns] + sorted(set(counts.columns) - set(MODES))
    counts = counts.reindex(index=camps, columns=modes, fill_value=0)
    palette = camp_colors(camps, colors)
    x = np.arange(len(camps))
    bottom = np.zeros(len(camps))
    for mode in modes:
        heights = counts[mode].to_numpy(dtype=float)
        ax.bar(
            x,
            heights,
            bottom=bottom,
            color=[palette[c] for c in camps],
            hatch=MODE_HATCHES.get(mode, "--"),
            edgecolor="white",
            linewidth=0.8,
            label=mode,
        )
        bottom += heights
    ax.set_xticks(x, camps, rotation=30, ha="right")
    ax.set_title("Statements by camp and mode")
    ax.set_xlabel("camp")
    ax.set_ylabel("statements")
    handles = [
        Patch(facecolor="#bbbbbb", edgecolor="white", hatch=MODE_HATCHES.get(m, "--"), label=m)
        for m in modes
    ]
    # Beside the axes: inside, it covered the tallest bar when one camp dominated.
    ax.legend(handles=handles, title="mode", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return _finish(ax, new_figure)


def _method_terms(terms: pd.DataFrame, method: str | None) -> tuple[pd.DataFrame, str]:
    methods = sorted(terms["method"].unique()) if len(terms) else []
    if method is None:
        if len(methods) > 1:
            raise ValueError(f"terms hold several methods ({', '.join(methods)}); pass method=")
        method = methods[0] if methods else ""
    return terms[terms["method"] == method], method


def plot_distinctive_terms(
    terms: pd.DataFrame,
    camp_a: str,
    camp_b: str,
    top: int = 10,
    ax: Axes | None = None,
    colors: Mapping[str, str] | None = None,
    method: str | None = None,
    significant_only: bool = True,
) -> Axes:
    """Diverging bars: ``camp_a``'s top terms to the left, ``camp_b``'s to the right.

    With a ``significant`` column (log-odds) only significant terms are drawn
    by default; a camp without any is named in the title instead of drawing
    noise.

    Parameters
    ----------
    terms : pandas.DataFrame
        Output of :func:`narrative_compare.terms.tfidf_terms` or ``log_odds_terms``
        (sorted by descending score within a camp).
    camp_a, camp_b : str
        The camps to compare.
    top : int, default 10
        Terms per camp.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on.
    colors : mapping of camp to colour, optional
        See :func:`camp_colors`.
    method : str, optional
        Method to plot when ``terms`` holds several.
    significant_only : bool, default True
        Draw only rows whose ``significant`` is true (when that column exists).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ValueError
        If ``terms`` holds several methods and ``method`` is not given.
    """
    terms, method = _method_terms(terms, method)
    if significant_only and "significant" in terms.columns:
        terms = terms[terms["significant"].astype(bool)]
    ax, new_figure = _new_axes(ax, (7.0, 0.9 + 0.32 * 2 * top))
    palette = camp_colors([camp_a, camp_b], colors)
    left = terms[terms["camp"] == camp_a].head(top)
    right = terms[terms["camp"] == camp_b].head(top)
    if left.empty and right.empty:
        ax.set_axis_off()
        ax.set_title(f"Distinctive terms ({method}): {camp_a} vs {camp_b}")
        ax.text(
            0.5,
            0.5,
            f"no significant term for {camp_a} or {camp_b}:\ntoo little text to tell them apart",
            ha="center",
            va="center",
            color="#555555",
            transform=ax.transAxes,
        )
        return _finish(ax, new_figure)
    labels = list(left["term"]) + list(right["term"])
    values = [-float(s) for s in left["score"]] + [float(s) for s in right["score"]]
    bar_colors = [palette[camp_a]] * len(left) + [palette[camp_b]] * len(right)
    y = np.arange(len(labels))
    ax.barh(y, values, color=bar_colors)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.axvline(0.0, color="black", linewidth=0.8)
    limit = max([abs(v) for v in values] + [1e-9]) * 1.05
    ax.set_xlim(-limit, limit)
    title = f"Distinctive terms ({method}): {camp_a} vs {camp_b}"
    empty = [camp for camp, side in ((camp_a, left), (camp_b, right)) if side.empty]
    if significant_only and "significant" in terms.columns and empty:
        title += f"\nnone significant for {' and '.join(empty)}"
    ax.set_title(title)
    ax.set_xlabel(f"score (\u2190 {camp_a} | {camp_b} \u2192)")
    ax.set_ylabel("term")
    _camp_legend(ax, {camp_a: palette[camp_a], camp_b: palette[camp_b]}, loc="best")
    return _finish(ax, new_figure)


def similarity_range(sim: pd.DataFrame) -> tuple[float, float]:
    """Lowest and highest similarity between different groups (the diagonal left out).

    Parameters
    ----------
    sim : pandas.DataFrame
        Similarity matrix; a cell is on the diagonal when its row and column
        labels are equal (the matrix need not be square).

    Returns
    -------
    (float, float)
        The range the colour scale spans; ``(0.0, 1.0)`` without any
        off-diagonal value, widened to at least 0.05 around a single value.

    Examples
    --------
    >>> sim = pd.DataFrame([[1.0, 0.2, 0.1], [0.2, 1.0, 0.3], [0.1, 0.3, 1.0]],
    ...     index=list("ABC"), columns=list("ABC"))
    >>> similarity_range(sim)
    (0.1, 0.3)
    """
    values = sim.to_numpy(dtype=float)[~_diagonal(sim)]
    values = values[np.isfinite(values)]
    if values.size == 0:
        return 0.0, 1.0
    low, high = float(values.min()), float(values.max())
    if high - low < 0.05:
        middle = (low + high) / 2
        low, high = max(0.0, middle - 0.025), min(1.0, max(middle + 0.025, 0.05))
    return low, high


def _diagonal(sim: pd.DataFrame) -> np.ndarray:
    rows = np.asarray([str(label) for label in sim.index], dtype=object)
    columns = np.asarray([str(label) for label in sim.columns], dtype=object)
    return rows[:, np.newaxis] == columns[np.newaxis, :]


def plot_similarity(sim: pd.DataFrame, ax: Axes | None = None, cmap: str = "Blues") -> Axes:
    """Heat map of a camp similarity matrix, values written in the cells.

    The diagonal (a camp against itself, always 1) is masked (grey, a dash),
    and the colours span the off-diagonal range (:func:`similarity_range`),
    so the differences between camps are what the colour shows. Each value is
    written in black or white, whichever stands out on its cell.

    Parameters
    ----------
    sim : pandas.DataFrame
        Output of :func:`narrative_compare.similarity.camp_similarity`, or
        any block of it (rows and columns need not be the same groups).
    ax : matplotlib.axes.Axes, optional
        Axes to draw on.
    cmap : str, default "Blues"
        Colour map.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on; the colour bar is attached to its figure.
    """
    size = 2.5 + 0.6 * max(len(sim), len(sim.columns))
    ax, new_figure = _new_axes(ax, (size + 1.2, size))
    diagonal = _diagonal(sim)
    values = np.ma.masked_array(sim.to_numpy(dtype=float), mask=diagonal)
    low, high = similarity_range(sim)
    colormap = matplotlib.colormaps[cmap].with_extremes(bad="#e6e6e6")
    image = ax.imshow(values, cmap=colormap, vmin=low, vmax=high)
    labels = [str(label) for label in sim.columns]
    ax.set_xticks(np.arange(len(labels)), labels, rotation=45, ha="right")
    ax.set_yticks(np.arange(len(sim.index)), [str(label) for label in sim.index])
    for (i, j), value in np.ndenumerate(sim.to_numpy(dtype=float)):
        if diagonal[i, j]:
            ax.text(j, i, "\u2013", ha="center", va="center", fontsize=9, color="#999999")
            continue
        shade = (value - low) / (high - low) if high > low else 0.0
        ax.text(
            j,
            i,
            f"{value:.2f}",
            ha="center",
            va="center",
            fontsize=9,
            color="white" if shade > 0.55 else "black",
        )
    ax.figure.colorbar(image, ax=ax, label="cosine similarity (diagonal left out)")
    ax.set_title("Camp similarity (TF-IDF cosine)")
    ax.set_xlabel("camp")
    ax.set_ylabel("camp")
    return _finish(ax, new_figure)


#: Line style of each kind of statement in :func:`plot_accusation_network`.
KIND_STYLES: Mapping[str, Any] = {
    "accusation": "solid",
    "rebuttal": (0.0, (5.0, 2.0)),
    "demand": (0.0, (0.5, 1.8)),
}


def plot_accusation_network(
    network: pd.DataFrame,
    ax: Axes | None = None,
    colors: Mapping[str, str] | None = None,
    kinds: Sequence[str] = ("accusation", "rebuttal", "demand"),
) -> Axes:
    """Directed graph of who accuses, rebuts or calls on whom.

    Actors sit on a circle, grouped by camp, labelled with their names and
    coloured by camp; an arrow runs from the speaker to the target in the
    speaker's camp colour, its width the number of statements, its line
    style the kind (:data:`KIND_STYLES`). Arrows in both directions between
    two actors bend apart so both stay visible.

    Parameters
    ----------
    network : pandas.DataFrame
        Output of :func:`narrative_compare.similarity.accusation_network`.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on.
    colors : mapping of camp to colour, optional
        See :func:`camp_colors`.
    kinds : sequence of str, default all three
        Kinds of statement to draw.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on; an empty network says so in the Axes.
    """
    from matplotlib.patches import FancyArrowPatch

    ax, new_figure = _new_axes(ax, (8.0, 6.5))
    edges = network[network["kind"].isin(list(kinds))]
    ax.set_title("Who accuses, rebuts or calls on whom")
    ax.set_axis_off()
    if edges.empty:
        ax.text(0.5, 0.5, "no targeted statements", ha="center", va="center", color="#666666")
        return _finish(ax, new_figure)
    nodes: dict[str, tuple[str, str]] = {}
    for _, row in edges.iterrows():
        nodes.setdefault(
            str(row["source_actor"]), (str(row["source_name"]), str(row["source_camp"]))
        )
        nodes.setdefault(str(row["target"]), (str(row["target_name"]), str(row["target_camp"])))
    order = sorted(nodes, key=lambda actor: (nodes[actor][1], nodes[actor][0]))
    palette = camp_colors({camp for _, camp in nodes.values()}, colors)
    angles = np.pi / 2 - 2 * np.pi * np.arange(len(order)) / len(order)
    position = {actor: (np.cos(a), np.sin(a)) for actor, a in zip(order, angles, strict=True)}
    widest = max(int(edges["n"].max()), 1)
    pairs = set(zip(edges["source_actor"].astype(str), edges["target"].astype(str), strict=True))
    for _, row in edges.iterrows():
        source, target = str(row["source_actor"]), str(row["target"])
        bend = 0.25 if (target, source) in pairs else 0.08
        ax.add_patch(
            FancyArrowPatch(
                position[source],
                position[target],
                connectionstyle=f"arc3,rad={bend}",
                arrowstyle="-|>",
                mutation_scale=18,
                linewidth=1.5 + 3.0 * int(row["n"]) / widest,
                linestyle=KIND_STYLES.get(str(row["kind"]), "solid"),
                color=palette[str(row["source_camp"])],
                shrinkA=14,
                shrinkB=14,
                alpha=0.85,
                capstyle="round",
                zorder=2,
            )
        )
    for actor in order:
        name, camp = nodes[actor]
        x, y = position[actor]
        ax.scatter([x], [y], s=260, color=palette[camp], edgecolor="white", zorder=3)
        ax.text(
            1.16 * x,
            1.16 * y,
            name,
            ha="left" if x > 0.2 else "right" if x < -0.2 else "center",
            va="bottom" if y > 0.2 else "top" if y < -0.2 else "center",
            fontsize=9,
            zorder=4,
        )
    ax.set_xlim(-1.9, 1.9)
    ax.set_ylim(-1.45, 1.45)
    ax.set_aspect("equal")
    handles: list[Artist] = [Patch(facecolor=c, label=camp) for camp, c in palette.items()]
    handles += [
        Line2D([], [], color="#555555", linestyle=KIND_STYLES[kind], label=kind)
        for kind in kinds
        if kind in set(edges["kind"])
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    ax.text(
        0.0,
        -0.02,
        "arrow: speaker \u2192 target; width: number of statements",
        transform=ax.transAxes,
        fontsize=8,
        color="#555555",
    )
    return _finish(ax, new_figure)


def _timeline_positions(statements: pd.DataFrame) -> pd.Series:
    """x position of each statement: its id, or a running number over articles."""
    if "article" in statements.columns:
        order = statements.sort_values(["article", "start"], kind="mergesort").index
        return pd.Series(np.arange(1, len(order) + 1), index=order).reindex(statements.index)
    return statements["statement_id"].astype(int)


def plot_timeline(
    statements: pd.DataFrame, ax: Axes | None = None, colors: Mapping[str, str] | None = None
) -> Axes:
    """Who speaks when: statement order on x, one row per camp, marker shape by mode.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table (``statement_id``, ``camp``, ``mode``; with an
        ``article`` column statements are numbered across articles).
    ax : matplotlib.axes.Axes, optional
        Axes to draw on.
    colors : mapping of camp to colour, optional
        See :func:`camp_colors`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.
    """
    camps = sorted(statements["camp"].astype(str).unique())
    ax, new_figure = _new_axes(ax, (9.0, 1.2 + 0.45 * max(len(camps), 1)))
    palette = camp_colors(camps, colors)
    row = {camp: i for i, camp in enumerate(camps)}
    x = _timeline_positions(statements)
    modes = [m for m in MODES if m in set(statements["mode"])]
    for camp in camps:
        for mode in modes:
            mask = (statements["camp"].astype(str) == camp) & (statements["mode"] == mode)
            if mask.any():
                ax.scatter(
                    x[mask],
                    [row[camp]] * int(mask.sum()),
                    color=palette[camp],
                    marker=MODE_MARKERS[mode],
                    s=48,
                    zorder=3,
                )
    ax.set_yticks(np.arange(len(camps)), camps)
    ax.set_ylim(-0.6, len(camps) - 0.4)
    ax.invert_yaxis()
    ax.grid(axis="x", linewidth=0.4, alpha=0.5)
    ax.set_title("Statements in article order")
    ax.set_xlabel("statement")
    ax.set_ylabel("camp")
    handles = [Patch(facecolor=palette[c], label=c) for c in camps] + [
        Line2D([], [], color="#555555", marker=MODE_MARKERS[m], linestyle="", label=m)
        for m in modes
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    return _finish(ax, new_figure)


def figure_bytes(fig: Figure, fmt: str = "png", dpi: float = 100) -> bytes:
    """Render a figure reproducibly: no dates or versions, fixed SVG ids.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        Figure to render.
    fmt : {"png", "svg", "pdf"}, default "png"
        Output format.
    dpi : float, default 100
        Resolution of raster output.

    Returns
    -------
    bytes
        The file content; the same figure gives the same bytes.

    Raises
    ------
    ValueError
        On an unsupported format.
    """
    if fmt not in _STABLE_METADATA:
        raise ValueError(f"unsupported format {fmt!r}; choose one of png, svg, pdf")
    buffer = io.BytesIO()
    _draw_literally(fig)
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASH_SALT, "text.parse_math": False}):
        # bbox_inches="tight" keeps legends placed outside the axes in the file.
        fig.savefig(
            buffer,
            format=fmt,
            dpi=dpi,
            metadata=dict(_STABLE_METADATA[fmt]),
            bbox_inches="tight",
            pad_inches=0.1,
        )
    return buffer.getvalue()


def save_figure(
    fig: Figure, path_stem: str | Path, formats: Sequence[str] = ("png", "svg"), dpi: float = 100
) -> list[Path]:
    """Write ``fig`` as ``<path_stem>.<format>`` for each format, atomically and reproducibly.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        Figure to save.
    path_stem : str or Path
        Target path without extension.
    formats : sequence of {"png", "svg", "pdf"}, default ("png", "svg")
        Formats to write.
    dpi : float, default 100
        Resolution of raster output.

    Returns
    -------
    list of Path
        The files written, in ``formats`` order.

    Raises
    ------
    ValueError
        On an unsupported format (before anything is written).
    InputError
        If the target folder does not exist.

    Examples
    --------
    >>> import tempfile
    >>> import tempfile
    >>> fig = Figure()
    >>> [p.suffix for p in save_figure(fig, Path(tempfile.mkdtemp()) / "empty")]
    ['.png', '.svg']
    """
    unknown = [fmt for fmt in formats if fmt not in _STABLE_METADATA]
    if unknown:
        raise ValueError(f"unsupported format {unknown[0]!r}; choose one of png, svg, pdf")
    written = []
    for fmt in formats:
        path = Path(f"{path_stem}.{fmt}")
        content = figure_bytes(fig, fmt, dpi)
        if fmt == "svg":
            write_text_atomic(path, content.decode("utf-8"))
        else:
            write_bytes_atomic(path, content)
        written.append(path)
    return written
