"""Outlets (issue 15): voice, narration similarity and label adoption per outlet x camp.

The bundled ``seeds/multi_source`` set's documented findings (its README,
"Expected findings") are asserted here through the API and the CLI.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from narrative_compare import cli
from narrative_compare.actors import load_actors
from narrative_compare.corpus import CorpusOptions, aggregate_corpus
from narrative_compare.errors import InputError
from narrative_compare.loading import seeds_dir
from narrative_compare.outlets import (
    OUTLET_COLUMNS,
    camp_labels,
    check_by,
    closest_camp,
    framing_vocabulary,
    label_adoption,
    narration_counts,
    narration_counts_of_chunks,
    narration_similarity,
    outlet_table,
    outlet_voice,
    outlets_over_time,
    outlets_section_html,
    own_words,
    plot_narration_similarity,
    plot_over_time,
    plot_voice_share,
)
from narrative_compare.terms import TermSettings, actor_names

SEED = seeds_dir() / "multi_source"
META = SEED / "meta.csv"
ACTORS = SEED / "actors.yml"
VALDORIAN = ("Valdorian National News Agency", "Arvel Herald")
KESTRANI = ("Tavrin Daily",)
QUOTING = ("Northwire", "The Meridian", "Harbour Gazette")
DEV = Path(__file__).parent / "data" / "frames_dev"
#: Camps of side A and side B per event of frames_dev (its README).
DEV_SIDES = {
    "war": ("Morvania", "Sarenia"),
    "protest": ("Government", "Opposition"),
    "strike": ("Unions", "Employers"),
    "election": ("Government", "Opposition"),
}


@pytest.fixture(scope="module")
def seed():
    actors = load_actors(ACTORS)
    result = aggregate_corpus(
        SEED, actors, keep_statements=True, frames=True, meta=META, options=CorpusOptions(jobs=1)
    )
    settings = TermSettings(names=actor_names(actors), min_count=2)
    return result, outlet_table(result.statements, result.frames, "outlet", settings)


def cell(table: pd.DataFrame, outlet: str, camp: str, column: str):
    row = table[(table["outlet"] == outlet) & (table["camp"] == camp)]
    assert len(row) == 1, (outlet, camp)
    return row[column].iloc[0]


def run(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


# --- the seed's documented findings, through the API ------------------------------------


def test_seed_has_six_outlets_over_two_dates():
    meta = pd.read_csv(META)
    assert meta["outlet"].nunique() >= 6
    assert meta["date"].nunique() == 2


def test_seed_table_columns_and_one_row_per_outlet_and_camp(seed):
    _, table = seed
    assert tuple(table.columns) == OUTLET_COLUMNS
    assert not table.duplicated(["outlet", "camp"]).any()
    assert table["outlet"].nunique() == 7


def test_seed_partisan_outlets_adopt_their_sides_labels(seed):
    _, table = seed
    for outlet in VALDORIAN:
        assert cell(table, outlet, "Valdoria", "adopted_labels") >= 1, outlet
        assert cell(table, outlet, "Kestran", "adopted_labels") == 0, outlet
    for outlet in KESTRANI:
        assert cell(table, outlet, "Kestran", "adopted_labels") >= 1, outlet
        assert cell(table, outlet, "Valdoria", "adopted_labels") == 0, outlet


def test_seed_quoting_outlets_adopt_no_label(seed):
    _, table = seed
    for outlet in QUOTING:
        assert table[table["outlet"] == outlet]["adopted_labels"].sum() == 0, outlet


def test_seed_narration_closer_to_own_side(seed):
    _, table = seed
    sides = closest_camp(table, ["Valdoria", "Kestran"])
    assert [sides[o] for o in VALDORIAN] == ["Valdoria", "Valdoria"]
    assert sides["Tavrin Daily"] == "Kestran"
    # The documented exception: the Kestran Free Press attributes its labels.
    assert sides["Kestran Free Press"] == "Valdoria"


def test_seed_voice(seed):
    _, table = seed
    assert cell(table, "Valdorian National News Agency", "Kestran", "statements") == 0
    assert cell(table, "Tavrin Daily", "Kestran", "voice_share") > 0.8
    assert cell(table, "Northwire", "Kestran", "statements") >= 1
    assert cell(table, "Northwire", "Valdoria", "statements") >= 1
    shares = table[table["camp"] != "unassigned"].groupby("outlet")["voice_share"].sum()
    assert shares.round(9).eq(1.0).all()


def test_seed_label_table_separates_adopted_from_quoted(seed):
    result, _ = seed
    labels = label_adoption(result.frames, result.statements)
    gazette = labels[(labels["outlet"] == "Harbour Gazette")].set_index("label")
    assert gazette.loc["counter-terrorism operation", "scare_quoted"] == 1
    assert gazette["adopted"].sum() == 0
    assert gazette.loc["invasion", "quoted"] >= 1
    herald = labels[labels["outlet"] == "Arvel Herald"].set_index("label")
    assert herald.loc["counter-terrorism operation", "adopted"] == 3  # the headline too


def test_seed_over_time_two_days(seed):
    result, _ = seed
    over_time = outlets_over_time(result.statements, result.frames)
    assert sorted(set(over_time["date"])) == ["2025-04-08", "2025-04-09"]
    day = over_time.groupby("date")["voice_share"].sum()
    assert day.round(9).eq(1.0).all()
    adopted = over_time.set_index(["date", "camp"])["labels_adopted"]
    assert adopted[("2025-04-09", "Kestran")] > adopted[("2025-04-08", "Kestran")]


# --- the pieces --------------------------------------------------------------------------


def test_own_words_cuts_quotations_not_apostrophes():
    assert (
        own_words("Vaida called them 'agitators' on Monday.") == "Vaida called them \n on Monday."
    )
    assert own_words("Marek's party won.") == "Marek's party won."
    assert own_words("“We won,” Marek said.") == "\n Marek said."


def test_camp_labels_belong_to_the_camp_using_them_most():
    frames = pd.DataFrame(
        {
            "camp": ["Kestran", "Kestran", "Valdoria", "Narrator"],
            "kind": ["quoted_label", "evaluative_np", "predicate_label", "narration_label"],
            "label_key": ["invasion", "invasion", "invasion", "invasion"],
            "phrase": ["invasion"] * 4,
        }
    )
    assert camp_labels(frames)["camp"].tolist() == ["Kestran"]


def test_narration_similarity_ignores_words_in_quotes():
    table = pd.DataFrame(
        {
            "article": ["a"] * 3,
            "outlet": ["X"] * 3,
            "text": [
                "A brutal invasion of the valley.",
                "A security operation in the valley.",
                "They call it a 'brutal invasion'; the security operation goes on.",
            ],
            "camp": ["A", "B", "Narrator"],
            "actor": ["a", "b", "narrator"],
            "mode": ["indirect", "indirect", "narration"],
        }
    )
    similarity = narration_similarity(table)
    assert similarity.loc["X", "B"] > similarity.loc["X", "A"]


def test_framing_vocabulary_is_the_label_ngrams():
    frames = pd.DataFrame({"phrase": ["the illegal stoppage", None, "scabs"]})
    settings = TermSettings(ngram_range=(1, 2))
    assert framing_vocabulary(frames, settings) == {
        "illegal",
        "stoppage",
        "illegal stoppage",
        "scabs",
    }
    assert framing_vocabulary(pd.DataFrame({"other": ["x"]})) == frozenset()


def scene_table() -> pd.DataFrame:
    """Side B describes the scene; side A's label is the narration's only loaded word."""
    return pd.DataFrame(
        {
            "article": ["a"] * 3,
            "outlet": ["X"] * 3,
            "text": [
                "An illegal blockade by the strike-breakers.",
                "Pickets stood at the dock gate at dawn on the sixth day.",
                "Pickets stood at the dock gate at dawn as the strike-breakers came.",
            ],
            "camp": ["A", "B", "Narrator"],
            "actor": ["a", "b", "narrator"],
            "mode": ["indirect", "indirect", "narration"],
        }
    )


def test_narration_similarity_over_framing_words_not_the_shared_scene():
    table = scene_table()
    frames = pd.DataFrame({"phrase": ["illegal blockade", "strike-breakers"]})
    every_term = narration_similarity(table, frames=frames, vocabulary="all")
    assert every_term.loc["X", "B"] > every_term.loc["X", "A"]  # the scene decides
    framing = narration_similarity(table, frames=frames)
    assert framing.loc["X", "A"] > 0 and framing.loc["X", "B"] == 0
    assert narration_similarity(table).equals(every_term)  # no frames: every term
    with pytest.raises(ValueError, match="vocabulary must be one of labels, all"):
        narration_similarity(table, frames=frames, vocabulary="labelz")


def test_counts_kept_to_the_framing_vocabulary_give_the_same_similarity(seed):
    result, _ = seed
    statements, frames = result.statements, result.frames
    settings = TermSettings(names=actor_names(load_actors(ACTORS)), min_count=2)
    vocabulary = framing_vocabulary(frames, settings)
    chunks = [statements.iloc[i : i + 7] for i in range(0, len(statements), 7)]
    kept = narration_counts_of_chunks(chunks, "outlet", settings, vocabulary=vocabulary)
    full = narration_counts(statements, "outlet", settings)
    assert list(kept.counts) == list(full.counts)  # every group, even if left empty
    assert kept.counts == {
        group: Counter({t: n for t, n in counter.items() if t in vocabulary})
        for group, counter in full.counts.items()
    }
    assert 0 < sum(map(len, kept.counts.values())) < sum(map(len, full.counts.values()))
    pd.testing.assert_frame_equal(
        narration_similarity(statements, "outlet", settings, frames=frames, counts=kept),
        narration_similarity(statements, "outlet", settings, frames=frames),
        check_exact=True,
    )


def test_voice_share_leaves_unassigned_out_of_the_denominator():
    table = pd.DataFrame(
        {
            "article": ["a"] * 3,
            "outlet": ["X"] * 3,
            "camp": ["A", "unassigned", "B"],
            "actor": ["a", "?", "b"],
            "mode": ["direct", "indirect", "mixed"],
        }
    )
    voice = outlet_voice(table).set_index("camp")
    assert voice.loc["A", "voice_share"] == 0.5
    assert voice.loc["B", "mixed"] == 1


def test_check_by_names_the_column():
    with pytest.raises(InputError, match="--by side: no such column"):
        check_by(pd.DataFrame({"article": []}), "side")


def test_plots_take_ax_and_return_it(seed):
    result, table = seed
    over_time = outlets_over_time(result.statements, result.frames)
    for draw, data in (
        (plot_voice_share, table),
        (plot_narration_similarity, table),
        (plot_over_time, over_time),
    ):
        fig, ax = plt.subplots()
        assert draw(data, ax=ax) is ax
        plt.close(fig)
    ax = plot_voice_share(table)
    assert len(ax.get_yticklabels()) == 7
    plt.close(ax.figure)


def test_section_html_escapes_and_holds_figures(seed):
    result, _ = seed
    statements = result.statements.copy()
    statements.loc[statements.index[0], "outlet"] = "<b>Evil</b>"
    html = outlets_section_html(statements, result.frames)
    assert "<b>Evil</b>" not in html and "&lt;b&gt;Evil" in html
    assert html.count("<img") == 3 and "Label adoption" in html


# --- the CLI -----------------------------------------------------------------------------


def seed_args(*extra: str) -> list[str]:
    return ["outlets", str(SEED), "--meta", str(META), "--actors", str(ACTORS), "--jobs", "1"]


def test_cli_outlets_gives_the_documented_findings(capsys):
    code, out, err = run(capsys, seed_args())
    assert code == 0, err
    table = pd.read_csv(io.StringIO(out))
    assert tuple(table.columns) == OUTLET_COLUMNS
    assert cell(table, "Arvel Herald", "Valdoria", "adopted_labels") >= 1
    assert cell(table, "Tavrin Daily", "Kestran", "adopted_labels") >= 1
    assert cell(table, "Tavrin Daily", "Valdoria", "adopted_labels") == 0
    sides = closest_camp(table, ["Valdoria", "Kestran"])
    assert sides["Arvel Herald"] == "Valdoria" and sides["Tavrin Daily"] == "Kestran"


def test_cli_outlets_labels_and_time_tables(capsys):
    code, out, _ = run(capsys, [*seed_args(), "--table", "labels"])
    assert code == 0
    labels = pd.read_csv(io.StringIO(out))
    assert list(labels.columns) == ["label", "camps", "outlet", "adopted", "quoted", "scare_quoted"]
    code, out, _ = run(capsys, [*seed_args(), "--table", "time"])
    assert code == 0
    assert sorted(set(pd.read_csv(io.StringIO(out))["date"])) == ["2025-04-08", "2025-04-09"]


def test_cli_by_another_column(capsys):
    code, out, _ = run(capsys, [*seed_args(), "--by", "country"])
    assert code == 0
    table = pd.read_csv(io.StringIO(out))
    assert set(table["outlet"]) == {"Valdoria", "Kestran", "Estmark", "Corvalia"}


def test_cli_by_missing_column_is_an_error(capsys):
    code, out, err = run(capsys, [*seed_args(), "--by", "side"])
    assert code == 2 and out == ""
    assert "--by side: no such column" in err and "meta.csv" in err


def test_cli_outlets_without_meta_makes_every_article_an_outlet(capsys):
    code, out, err = run(capsys, ["outlets", str(SEED), "--jobs", "1"])
    assert code == 0, err
    assert "tavrin_daily.txt" in set(pd.read_csv(io.StringIO(out))["outlet"])
    code, out, err = run(capsys, ["outlets", str(SEED / "northwire.txt")])
    assert code == 0, err
    assert set(pd.read_csv(io.StringIO(out))["outlet"]) == {"northwire.txt"}
    code, _, err = run(capsys, ["outlets", str(SEED / "northwire.txt"), "--by", "outlet"])
    assert code == 2 and "needs --meta" in err


def test_cli_meta_without_outlet_column(capsys, tmp_path):
    meta = tmp_path / "meta.csv"
    frame = pd.read_csv(META).drop(columns="outlet")
    frame.to_csv(meta, index=False)
    code, out, err = run(capsys, ["outlets", str(SEED), "--meta", str(meta), "--jobs", "1"])
    assert code == 0 and "every article is an outlet (--by article)" in err
    assert "arvel_herald.txt" in set(pd.read_csv(io.StringIO(out))["outlet"])
    code, _, err = run(
        capsys, ["outlets", str(SEED), "--meta", str(meta), "--by", "country", "--jobs", "1"]
    )
    assert code == 0, err


# --- meta checks -------------------------------------------------------------------------


def write_meta(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_meta_row_for_a_missing_file_warns_with_row_and_exits_1(capsys, tmp_path):
    meta = write_meta(tmp_path / "meta.csv", META.read_text() + "gone.txt,Gone,2025-04-09,X\n")
    code, out, err = run(capsys, ["outlets", str(SEED), "--meta", str(meta), "--jobs", "1"])
    assert code == 1 and out
    assert "warning: " in err and "meta.csv row 9: article 'gone.txt' is not in the folder" in err
    assert "1 metadata row matching no article" in err


def test_file_without_meta_row_warns_naming_it_and_exits_1(capsys, tmp_path):
    lines = META.read_text().splitlines(keepends=True)
    meta = write_meta(
        tmp_path / "meta.csv", "".join(line for line in lines if "tavrin" not in line)
    )
    code, out, err = run(capsys, ["outlets", str(SEED), "--meta", str(meta), "--jobs", "1"])
    assert code == 1 and out
    assert "tavrin_daily.txt: no row in" in err
    assert "1 article with no metadata row" in err
    assert "" in set(pd.read_csv(io.StringIO(out), keep_default_na=False)["outlet"])


def test_meta_may_name_articles_without_their_extension(capsys, tmp_path):
    frame = pd.read_csv(META)
    frame["article"] = frame["article"].str.removesuffix(".txt")
    frame.to_csv(tmp_path / "meta.csv", index=False)
    meta = tmp_path / "meta.csv"
    code, out, err = run(capsys, ["outlets", str(SEED), "--meta", str(meta), "--jobs", "1"])
    assert code == 0 and "warning" not in err
    assert "Tavrin Daily" in set(pd.read_csv(io.StringIO(out))["outlet"])
    argv = ["outlets", str(SEED), "--meta", str(meta), "--glob", "tavrin*.txt", "--jobs", "1"]
    code, out, err = run(capsys, argv)  # rows for files the glob left out: no warning
    assert code == 0 and "warning" not in err
    assert set(pd.read_csv(io.StringIO(out))["outlet"]) == {"Tavrin Daily"}


def test_duplicate_meta_rows_are_an_error(capsys, tmp_path):
    meta = write_meta(
        tmp_path / "meta.csv", META.read_text() + "northwire.txt,Other,2025-04-09,X\n"
    )
    code, out, err = run(capsys, ["outlets", str(SEED), "--meta", str(meta), "--jobs", "1"])
    assert code == 2 and out == ""
    assert "'northwire.txt' is listed twice (rows 4 and 9)" in err


def test_missing_article_column_is_an_error(capsys, tmp_path):
    meta = write_meta(tmp_path / "meta.csv", "file,outlet\nnorthwire.txt,Northwire\n")
    code, out, err = run(capsys, ["outlets", str(SEED), "--meta", str(meta), "--jobs", "1"])
    assert code == 2 and out == ""
    assert "no 'article' column" in err


# --- --by on the other commands ----------------------------------------------------------


def test_compare_by_outlet_gives_each_outlets_narration_a_group(capsys):
    argv = ["compare", str(SEED), "--meta", str(META), "--actors", str(ACTORS), "--jobs", "1"]
    code, out, err = run(capsys, [*argv, "--by", "outlet"])
    assert code == 0, err
    camps = set(pd.read_csv(io.StringIO(out))["camp"])
    assert "Narration: Tavrin Daily" in camps and "Narrator" not in camps
    code, out, _ = run(capsys, ["compare", str(SEED), "--actors", str(ACTORS), "--jobs", "1"])
    assert "Narrator" in set(pd.read_csv(io.StringIO(out))["camp"])


def test_frames_carry_article_and_meta_columns(capsys):
    argv = ["frames", str(SEED), "--meta", str(META), "--actors", str(ACTORS), "--jobs", "1"]
    code, out, err = run(capsys, argv)
    assert code == 0, err
    frames = pd.read_csv(io.StringIO(out))
    assert frames.columns[0] == "article" and "outlet" in frames.columns
    assert set(frames[frames["article"] == "tavrin_daily.txt"]["outlet"]) == {"Tavrin Daily"}
    code, _, err = run(capsys, [*argv, "--by", "side"])
    assert code == 2 and "--by side" in err


def test_report_has_outlets_section_and_article_columns(capsys, tmp_path):
    out_dir = tmp_path / "report"
    argv = ["report", str(SEED), "--meta", str(META), "--actors", str(ACTORS), "--jobs", "1"]
    code, _, err = run(capsys, [*argv, "-o", str(out_dir)])
    assert code == 0, err
    html = (out_dir / "index.html").read_text(encoding="utf-8")
    assert "<h2>Outlets</h2>" in html and "Label adoption" in html
    statements = html[html.index("<h2>Statements</h2>") :]
    header = statements[: statements.index("</thead>")]
    assert 'class="sort">article</button>' in header and 'class="sort">outlet</button>' in header


# --- frames_dev: four events, a partisan outlet on each side and a wire -------------------


def dev_own_side(tables: dict[str, pd.DataFrame]) -> dict[str, bool]:
    """Partisan outlet -> is its narration closer to its own side's speech than the other's."""
    side_of = pd.read_csv(DEV / "meta.csv").set_index("outlet")["side"]
    result = {}
    for event, table in tables.items():
        a, b = DEV_SIDES[event]
        for outlet, group in table.groupby("outlet"):
            if side_of[outlet] == "wire":
                continue
            similarity = group.set_index("camp")["narration_similarity"]
            own, other = (a, b) if side_of[outlet] == "A" else (b, a)
            result[outlet] = bool(similarity.get(own, 0.0) > similarity.get(other, 0.0))
    return result


def dev_args(event: str, *extra: str) -> list[str]:
    return [
        "outlets",
        str(DEV),
        "--glob",
        f"{event}_*.txt",
        "--meta",
        str(DEV / "meta.csv"),
        "--actors",
        str(DEV / f"{event}.actors.yml"),
        "--jobs",
        "1",
        *extra,
    ]


@pytest.fixture(scope="module")
def dev_tables():
    tables = {}
    for event in DEV_SIDES:
        actors = load_actors(DEV / f"{event}.actors.yml")
        result = aggregate_corpus(
            DEV,
            actors,
            keep_statements=True,
            frames=True,
            meta=DEV / "meta.csv",
            options=CorpusOptions(jobs=1, pattern=f"{event}_*.txt"),
        )
        tables[event] = (result, TermSettings(names=actor_names(actors), min_count=2))
    return tables


def test_dev_narration_closer_to_own_side_over_framing_words(dev_tables):
    """README, Outlets: 7 of 8 partisan outlets over the framing words, 7 of 8 over every term."""
    own = {}
    for vocabulary in ("labels", "all"):
        tables = {
            event: outlet_table(r.statements, r.frames, "outlet", s, vocabulary=vocabulary)
            for event, (r, s) in dev_tables.items()
        }
        own[vocabulary] = dev_own_side(tables)
    assert sum(own["labels"].values()) == 7
    assert [o for o, closer in own["labels"].items() if not closer] == ["Morvan Dispatch"]
    assert sum(own["all"].values()) == 7
    assert sorted(o for o, closer in own["all"].items() if not closer) == ["Nova Belmaria"]


def test_cli_dev_narration_closer_to_own_side(capsys):
    tables = {}
    for event in DEV_SIDES:
        code, out, err = run(capsys, dev_args(event))
        assert code == 0, err
        tables[event] = pd.read_csv(io.StringIO(out))
    assert sum(dev_own_side(tables).values()) == 7
    code, out, err = run(capsys, dev_args("election", "--narration-terms", "all"))
    assert code == 0, err
    assert not dev_own_side({"election": pd.read_csv(io.StringIO(out))})["Nova Belmaria"]
    with pytest.raises(SystemExit) as exit_info:
        cli.main(dev_args("strike", "--narration-terms", "some"))
    assert exit_info.value.code == 2 and "--narration-terms" in capsys.readouterr().err


def test_over_time_plot_of_many_days_labels_a_dozen_dates():
    # Hundreds of daily labels print over each other: a folder of many days
    # gets about a dozen labelled dates and no markers; two days keep both.
    dates = [f"2024-{month:02d}-{day:02d}" for month in range(1, 11) for day in range(1, 29)]
    many = pd.DataFrame({"date": dates, "camp": "A", "voice_share": 1.0})
    ax = plot_over_time(many)
    assert len(ax.get_xticks()) <= 12 and ax.get_lines()[0].get_marker() in (None, "None")
    few = plot_over_time(many.head(2))
    assert len(few.get_xticks()) == 2 and few.get_lines()[0].get_marker() == "o"
