"""Tests of narrative_compare.plots (Agg backend, no pixel comparisons)."""

from __future__ import annotations

from collections.abc import Iterator

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from framing_fixtures import SEED_COLORS, seed_statements  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.patches import FancyArrowPatch  # noqa: E402

from narrative_compare.actors import DEFAULT_PALETTE, NARRATOR_COLOR, UNASSIGNED_COLOR  # noqa: E402
from narrative_compare.errors import InputError  # noqa: E402
from narrative_compare.plots import (  # noqa: E402
    camp_colors,
    figure_bytes,
    plot_accusation_network,
    plot_distinctive_terms,
    plot_similarity,
    plot_statements_by_camp,
    plot_timeline,
    save_figure,
    similarity_range,
)
from narrative_compare.similarity import camp_similarity  # noqa: E402
from narrative_compare.terms import log_odds_terms, tfidf_terms  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return seed_statements()


def _legend_texts(ax) -> list[str]:
    return [text.get_text() for text in ax.get_legend().get_texts()]


def test_camp_colors_fallback_is_deterministic() -> None:
    colors = camp_colors(["Russia", "Narrator", "Armenia", "unassigned"], {"Armenia": "red"})
    assert colors == {
        "Armenia": "#ff0000",
        "Narrator": NARRATOR_COLOR,
        "Russia": DEFAULT_PALETTE[0],
        "unassigned": UNASSIGNED_COLOR,
    }
    # a palette colour already given to a camp is not handed out again
    taken = camp_colors(["A", "B"], {"A": DEFAULT_PALETTE[0]})
    assert taken == {"A": DEFAULT_PALETTE[0], "B": DEFAULT_PALETTE[1]}


def test_invalid_colour_is_an_input_error() -> None:
    with pytest.raises(InputError, match="invalid colour"):
        camp_colors(["A"], {"A": "red; background: url(x)"})


def test_statements_by_camp(seed: pd.DataFrame) -> None:
    ax = plot_statements_by_camp(seed, colors=SEED_COLORS)
    assert ax.get_title() == "Statements by camp and mode"
    assert ax.get_xlabel() == "camp" and ax.get_ylabel() == "statements"
    assert _legend_texts(ax) == ["direct", "indirect", "mixed", "narration"]
    camps = [label.get_text() for label in ax.get_xticklabels()]
    assert camps == sorted(seed["camp"].unique())
    bar_colors = {to_hex(patch.get_facecolor()) for patch in ax.patches}
    assert SEED_COLORS["Azerbaijan"] in bar_colors and NARRATOR_COLOR in bar_colors
    total = sum(patch.get_height() for patch in ax.patches)
    assert total == len(seed)
    # The legend stands beside the axes, never over the bars.
    ax.figure.canvas.draw()
    legend = ax.get_legend().get_window_extent()
    assert legend.x0 >= ax.get_window_extent().x1


def test_given_axes_are_used(seed: pd.DataFrame) -> None:
    fig, ax = plt.subplots()
    assert plot_timeline(seed, ax=ax) is ax


def test_distinctive_terms(seed: pd.DataFrame) -> None:
    terms = log_odds_terms(seed)
    ax = plot_distinctive_terms(
        terms, "Azerbaijan", "Armenia", top=5, colors=SEED_COLORS, significant_only=False
    )
    assert ax.get_title() == "Distinctive terms (log-odds): Azerbaijan vs Armenia"
    assert "Azerbaijan" in ax.get_xlabel() and "Armenia" in ax.get_xlabel()
    assert _legend_texts(ax) == ["Azerbaijan", "Armenia"]
    widths = [patch.get_width() for patch in ax.patches]
    colors = [to_hex(patch.get_facecolor()) for patch in ax.patches]
    assert len(widths) == 10
    assert all(w < 0 for w in widths[:5]) and all(w > 0 for w in widths[5:])
    assert colors == [SEED_COLORS["Azerbaijan"]] * 5 + [SEED_COLORS["Armenia"]] * 5
    expected = terms[terms["camp"] == "Azerbaijan"]["term"].head(5).tolist()
    assert [t.get_text() for t in ax.get_yticklabels()][:5] == expected


def test_distinctive_terms_shows_significant_terms_by_default() -> None:
    terms = pd.DataFrame(
        {
            "camp": ["A", "A", "B"],
            "term": ["siege", "town", "operation"],
            "method": "log-odds",
            "score": [3.1, 0.4, 1.2],
            "count": [30, 2, 1],
            "significant": [True, False, False],
        }
    )
    ax = plot_distinctive_terms(terms, "A", "B")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["siege"]
    assert ax.get_title().endswith("none significant for B")
    every = plot_distinctive_terms(terms, "A", "B", significant_only=False)
    assert len(every.patches) == 3
    none = plot_distinctive_terms(terms.assign(significant=False), "A", "B")
    assert not none.patches and "too little text" in none.texts[0].get_text()


def test_accusation_network_graph() -> None:
    network = pd.DataFrame(
        {
            "source_actor": ["az", "arm", "ru"],
            "source_name": ["Baku", "Yerevan", "Moscow"],
            "source_camp": ["Azerbaijan", "Armenia", "Russia"],
            "target": ["arm", "az", "az"],
            "target_name": ["Yerevan", "Baku", "Baku"],
            "target_camp": ["Armenia", "Azerbaijan", "Azerbaijan"],
            "kind": ["accusation", "rebuttal", "demand"],
            "n": [3, 1, 1],
        }
    )
    ax = plot_accusation_network(network, colors=SEED_COLORS)
    labels = {t.get_text() for t in ax.texts}
    assert {"Baku", "Yerevan", "Moscow"} <= labels and "az" not in labels
    arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert len(arrows) == 3
    widths = sorted(a.get_linewidth() for a in arrows)
    assert widths[-1] > widths[0]  # three statements draw a wider arrow than one
    assert to_hex(arrows[0].get_edgecolor()) == SEED_COLORS["Azerbaijan"]
    only = plot_accusation_network(network, kinds=("demand",))
    assert len([p for p in only.patches if isinstance(p, FancyArrowPatch)]) == 1
    empty = plot_accusation_network(network.iloc[:0])
    assert [t.get_text() for t in empty.texts] == ["no targeted statements"]


def test_distinctive_terms_needs_one_method(seed: pd.DataFrame) -> None:
    both = pd.concat([tfidf_terms(seed), log_odds_terms(seed)], ignore_index=True)
    with pytest.raises(ValueError, match="several methods"):
        plot_distinctive_terms(both, "Azerbaijan", "Armenia")
    ax = plot_distinctive_terms(both, "Azerbaijan", "Armenia", method="tfidf")
    assert "tfidf" in ax.get_title()


def test_similarity_heat_map(seed: pd.DataFrame) -> None:
    sim = camp_similarity(seed)
    ax = plot_similarity(sim)
    assert ax.get_title() == "Camp similarity (TF-IDF cosine)"
    assert [t.get_text() for t in ax.get_yticklabels()] == list(sim.index)
    annotations = [t.get_text() for t in ax.texts]
    assert len(annotations) == sim.size and annotations[0] == "\u2013"
    assert len(ax.figure.axes) == 2  # the colour bar
    # The diagonal is masked; the colours span the off-diagonal values only.
    image = ax.get_images()[0]
    assert image.get_array().mask.diagonal().all() and image.get_array().mask.sum() == len(sim)
    off = sim.to_numpy()[~np.eye(len(sim), dtype=bool)]
    assert image.norm.vmin == pytest.approx(off.min()) and image.norm.vmax == pytest.approx(
        off.max()
    )
    assert off.max() < 1.0


def test_similarity_values_are_legible_on_their_cells() -> None:
    sim = pd.DataFrame(
        [[1.0, 0.1, 0.5], [0.1, 1.0, 0.3], [0.5, 0.3, 1.0]], index=list("ABC"), columns=list("ABC")
    )
    ax = plot_similarity(sim)
    colours = {t.get_text(): t.get_color() for t in ax.texts}
    assert colours["0.50"] == "white" and colours["0.10"] == "black"
    assert similarity_range(sim) == (0.1, 0.5)


def test_similarity_block_masks_only_matching_labels() -> None:
    block = pd.DataFrame([[0.2, 0.4]], index=["Narration: X"], columns=["A", "B"])
    ax = plot_similarity(block)
    assert not ax.get_images()[0].get_array().mask.any()


def test_timeline(seed: pd.DataFrame) -> None:
    ax = plot_timeline(seed, colors=SEED_COLORS)
    assert ax.get_title() == "Statements in article order"
    assert ax.get_xlabel() == "statement" and ax.get_ylabel() == "camp"
    camps = sorted(seed["camp"].unique())
    assert _legend_texts(ax) == camps + ["direct", "indirect", "mixed", "narration"]
    points = sum(len(collection.get_offsets()) for collection in ax.collections)
    assert points == len(seed)
    colors = {to_hex(c.get_facecolor()[0]) for c in ax.collections}
    assert SEED_COLORS["Russia"] in colors


def test_timeline_numbers_statements_across_articles(seed: pd.DataFrame) -> None:
    two = pd.concat([seed.assign(article="b"), seed.assign(article="a")], ignore_index=True)
    ax = plot_timeline(two)
    xs = sorted(x for c in ax.collections for x, _ in c.get_offsets())
    assert xs == list(range(1, 2 * len(seed) + 1))


def test_save_figure_is_reproducible(seed: pd.DataFrame, tmp_path) -> None:
    paths_a = save_figure(plot_statements_by_camp(seed).figure, tmp_path / "a")
    paths_b = save_figure(plot_statements_by_camp(seed).figure, tmp_path / "b")
    assert [p.name for p in paths_a] == ["a.png", "a.svg"]
    for first, second in zip(paths_a, paths_b, strict=True):
        assert first.read_bytes() == second.read_bytes()
    svg = paths_a[1].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg
    assert b"Matplotlib" not in paths_a[0].read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))


def test_save_figure_rejects_unknown_format(seed: pd.DataFrame, tmp_path) -> None:
    fig = plot_timeline(seed).figure
    with pytest.raises(ValueError, match="unsupported format"):
        save_figure(fig, tmp_path / "x", formats=("png", "bmp"))
    assert not list(tmp_path.iterdir())
    with pytest.raises(ValueError):
        figure_bytes(fig, "gif")


def test_statements_by_camp_from_counts_draws_the_same_figure(seed: pd.DataFrame, tmp_path):
    counted = seed.groupby(["camp", "mode"]).size().rename("n").reset_index()
    assert counted["n"].sum() == len(seed) and len(counted) < len(seed)
    rows = save_figure(plot_statements_by_camp(seed).figure, tmp_path / "rows")
    counts = save_figure(plot_statements_by_camp(counted).figure, tmp_path / "counts")
    for first, second in zip(rows, counts, strict=True):
        assert first.read_bytes() == second.read_bytes()
