"""Tests of narrative_compare.report."""

from __future__ import annotations

import io
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from framing_fixtures import (  # noqa: E402
    SEED_COLORS,
    seed_statements,
    seed_text,
    toy_article,
    toy_statements,
)

from narrative_compare.errors import InputError  # noqa: E402
from narrative_compare.frames import extract_frames  # noqa: E402
from narrative_compare.report import CSV_FILES, html_table, write_report  # noqa: E402
from narrative_compare.terms import tfidf_terms  # noqa: E402

XSS = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "report"
    return write_report(
        seed_statements(),
        out,
        article_text=seed_text(),
        title="Azerbaijan offensive",
        colors=SEED_COLORS,
    )


def _hostile_statements() -> pd.DataFrame:
    statements = toy_statements(
        {
            "A": [f"The ministry said {XSS} was an “illegal siege”."],
            "B<i>": ["B said the “anti-terrorism operation” went as planned & well."],
            "Narrator": ["Fighting continued."],
        }
    )
    statements.loc[0, "actor"] = '"><img src=x onerror=alert(2)>'
    return statements


def test_files_written(seed_report: Path) -> None:
    assert seed_report.name == "index.html"
    for name in CSV_FILES:
        assert (seed_report.parent / name).is_file()
    assert not list(seed_report.parent.glob(".*.tmp"))


def test_report_content(seed_report: Path) -> None:
    page = seed_report.read_text(encoding="utf-8")
    assert "<h1>Azerbaijan offensive</h1>" in page
    assert "24 statements" in page
    for heading in (
        "Statements",
        "Distinctive terms",
        "Frame phrases",
        "Contested labels",
        "Camp similarity",
        "Who accuses whom",
    ):
        assert f"<h2>{heading}</h2>" in page
    assert "absolute lie" in page and "anti-terrorism operations" in page
    assert page.count('src="data:image/png;base64,') >= 4
    assert f"border-left: 6px solid {SEED_COLORS['Armenia']}" in page


#: The SVG namespace the script names when it draws a chart: an identifier, never fetched.
SVG_NAMESPACE = "http://www.w3.org/2000/svg"


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script[^>]*>", page, re.IGNORECASE)


def test_no_remote_resources(seed_report: Path) -> None:
    page = seed_report.read_text(encoding="utf-8")
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", page, re.IGNORECASE)
    rest = page.replace(SVG_NAMESPACE, "")
    assert "http://" not in rest and "https://" not in rest
    assert "<link" not in page.lower() and "import(" not in page and "fetch(" not in page
    # Two inline scripts: the data block and the page's own script, neither with a src.
    assert _scripts(page) == ['<script type="application/json" id="nc-data">', "<script>"]


def test_csv_tables_match_the_analysis(seed_report: Path) -> None:
    folder = seed_report.parent
    statements = pd.read_csv(folder / "statements.csv", keep_default_na=False)
    assert list(statements["text"]) == list(seed_statements()["text"])
    frames = pd.read_csv(folder / "frames.csv", keep_default_na=False)
    expected = extract_frames(seed_text(), seed_statements())
    assert frames["phrase"].tolist() == expected["phrase"].tolist()
    terms = pd.read_csv(folder / "terms.csv")
    assert set(terms["method"]) == {"tfidf", "log-odds"}
    tfidf = terms[terms["method"] == "tfidf"].reset_index(drop=True)
    assert tfidf["term"].tolist() == tfidf_terms(seed_statements(), top=15)["term"].tolist()
    similarity = pd.read_csv(folder / "similarity.csv")
    assert similarity.columns[0] == "camp"
    assert similarity["camp"].tolist() == similarity.columns[1:].tolist()
    assert b"\r\n" not in (folder / "network.csv").read_bytes()


def test_input_is_escaped(tmp_path: Path) -> None:
    statements = _hostile_statements()
    index = write_report(
        statements, tmp_path, article_text=toy_article(statements), title=f"T {XSS}"
    )
    page = index.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert XSS not in page and "</script>" not in page.replace("</script>\n", "", 2)
    assert len(_scripts(page)) == 2  # the data block and the page's script
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page  # in the JSON
    assert "<img src=x" not in page
    assert "B&lt;i&gt;" in page and "<i>" not in page
    assert "went as planned &amp; well" in page


def test_deterministic_bytes(tmp_path: Path) -> None:
    statements = _hostile_statements()
    article = toy_article(statements)
    first = write_report(statements, tmp_path / "one", article_text=article, title="t")
    second = write_report(statements, tmp_path / "two", article_text=article, title="t")
    for name in ("index.html", *CSV_FILES):
        assert (first.parent / name).read_bytes() == (second.parent / name).read_bytes(), name


def test_invalid_colour_rejected(tmp_path: Path) -> None:
    statements = _hostile_statements()
    with pytest.raises(InputError, match="invalid colour"):
        write_report(
            statements,
            tmp_path,
            article_text=toy_article(statements),
            title="t",
            colors={"A": "red;background:url(https://x)"},
        )
    assert not (tmp_path / "index.html").exists()


def test_html_table_escapes_headers_and_cells() -> None:
    table = html_table(pd.DataFrame({"<h>": ["<b>"], "n": [1], "x": [0.5]}))
    assert "<th>&lt;h&gt;</th>" in table and "<td>&lt;b&gt;</td>" in table
    assert '<td class="num">1</td>' in table and '<td class="num">0.5000</td>' in table
    assert "none" in html_table(pd.DataFrame({"a": []}))


def test_report_csv_is_parseable(seed_report: Path) -> None:
    text = (seed_report.parent / "contested_labels.csv").read_text(encoding="utf-8")
    table = pd.read_csv(io.StringIO(text))
    assert {"referent", "camp", "label", "exclusivity"} <= set(table.columns)


# --- issue 14: names, evidence, significance in words ---------------------------------


@pytest.fixture(scope="module")
def real_seed_report(tmp_path_factory) -> Path:
    from narrative_compare.actors import load_actors
    from narrative_compare.loading import load_article
    from narrative_compare.statements import extract_statements

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    actors = load_actors(seeds / "azerbaijan_karabakh_offensive_2023.actors.yml")
    article = load_article(seeds / "azerbaijan_karabakh_offensive_2023.txt")
    out = tmp_path_factory.mktemp("real") / "report"
    return write_report(
        extract_statements(article, actors),
        out,
        article_text=article.text,
        title="seed",
        colors=actors.color_map(),
        actors=actors,
    )


def test_report_shows_names_and_keeps_ids_in_csv(real_seed_report: Path) -> None:
    page = real_seed_report.read_text(encoding="utf-8")
    statements_part = page[page.index("<h2>Statements") : page.index("<h2>Distinctive")]
    # The name is shown, the id only on hover (the cell's title).
    assert '<td title="az_mod">Azerbaijani Ministry of Defense</td>' in statements_part
    assert "<td>az_mod</td>" not in statements_part
    network_part = page[page.index("<h2>Who accuses whom") :]
    assert "Armenians in Nagorno-Karabakh" in network_part and "rebuttal" in network_part
    assert "<td>nk_armenians</td>" not in network_part
    assert network_part.count("<img") == 1  # the directed graph
    network = pd.read_csv(real_seed_report.parent / "network.csv")
    assert {"source_actor", "source_name", "target", "target_name", "kind"} <= set(network)
    assert ("nk_armenians", "az_mod", "rebuttal") in set(
        zip(network["source_actor"], network["target"], network["kind"], strict=True)
    )


def test_report_says_when_no_term_is_significant(real_seed_report: Path) -> None:
    page = real_seed_report.read_text(encoding="utf-8")
    terms_part = page[page.index("<h2>Distinctive") : page.index("<h2>Frame phrases")]
    assert "Too little text to find distinctive terms for Armenia" in terms_part
    assert "Too little text to find distinctive terms for Azerbaijan" in terms_part
    log_odds_part = terms_part[: terms_part.index("<h3>TF-IDF")]
    assert "<img" not in log_odds_part  # no chart of noise
    assert "<img" in terms_part[terms_part.index("<h3>TF-IDF") :]  # TF-IDF stays


def test_report_terms_carry_evidence(real_seed_report: Path) -> None:
    terms = pd.read_csv(real_seed_report.parent / "terms.csv", keep_default_na=False)
    assert {"counts_by_camp", "example_id", "example"} <= set(terms.columns)
    row = terms[(terms["camp"] == "Armenia") & (terms["term"] == "absolute lie")].iloc[0]
    assert str(row["example_id"]) == "21" and "[absolute lie]" in row["example"]
    words = {"baku", "azerbaijan", "armenia", "accused", "said", "committee"}
    assert not words & set(terms["term"])
    page = real_seed_report.read_text(encoding="utf-8")
    assert "[absolute lie]" in page


# --- issue 17: the interactive page, a folder report in bounded memory ----------------


def _page_data(page: str) -> dict:
    import json

    block = re.search(r'<script type="application/json" id="nc-data">(.*?)</script>', page, re.S)
    assert block is not None
    return json.loads(block.group(1))


def test_article_headline_and_json_escaping() -> None:
    from narrative_compare.report import article_headline, json_for_html

    assert article_headline("Siege lifted\n\nTroops left.") == "Siege lifted"
    assert article_headline("Troops left the town.\n\nMore.") is None
    assert article_headline("Only a line") is None
    # A short first line above sections headed the same way is the first
    # section's heading (the seed article: "Azerbaijan statement", then
    # "Eyewitness accounts", "Russia comments", ...), not a headline.
    sections = "Siege lifted\n\nTroops left.\n\nRussia comments\n\nMoscow said so.\n"
    assert article_headline(sections) is None
    assert article_headline("Army lifts siege of Tarn\n\n" + sections) == "Army lifts siege of Tarn"
    assert article_headline(seed_text()) is None
    text = json_for_html({"t": "</script><script>x()</script>"})
    assert "<" not in text and ">" not in text


def test_page_links_every_statement_to_the_article_text(real_seed_report: Path) -> None:
    page = real_seed_report.read_text(encoding="utf-8")
    data = _page_data(page)
    assert len(data["statements"]) == 24 and data["folder"] is False
    article = page[page.index('<section id="article">') :]
    for sid in range(1, 25):
        assert f'href="#s-{sid}"' in page and f'id="s-{sid}"' in article
    assert '<button type="button" class="term">absolute lie</button>' in page


def test_sections_are_a_list_of_builders(tmp_path: Path) -> None:
    from narrative_compare.report import SECTION_BUILDERS, section_html

    def extra(ctx) -> str:
        return section_html("Outlets", f"<p>{len(ctx.statements)} rows</p>", anchor="outlets")

    statements = _hostile_statements()
    index = write_report(
        statements,
        tmp_path,
        article_text=toy_article(statements),
        title="t",
        sections=[*SECTION_BUILDERS[:2], extra],
    )
    page = index.read_text(encoding="utf-8")
    assert '<section id="outlets">' in page and "<h2>Outlets</h2>" in page
    assert "<h2>Statements</h2>" not in page


def test_folder_report_streams_tables_and_embeds_a_bounded_selection(tmp_path, monkeypatch):
    from narrative_compare import report
    from narrative_compare.actors import load_actors
    from narrative_compare.corpus import CorpusOptions, write_corpus_frames, write_corpus_statements
    from narrative_compare.loading import seeds_dir

    folder = seeds_dir() / "multi_source"
    actors = load_actors(folder / "actors.yml")
    options = CorpusOptions(jobs=1)
    monkeypatch.setattr(report, "TABLE_ROWS", 10)
    index, summary = report.write_corpus_report(
        folder, tmp_path / "r", actors=actors, meta=folder / "meta.csv", options=options
    )
    assert summary.articles == 7
    write_corpus_statements(
        folder, actors, tmp_path / "s.csv", meta=folder / "meta.csv", options=options
    )
    write_corpus_frames(folder, actors, tmp_path / "f.csv", options=options)
    out = index.parent
    assert (out / "statements.csv").read_bytes() == (tmp_path / "s.csv").read_bytes()
    assert (out / "frames.csv").read_bytes() == (tmp_path / "f.csv").read_bytes()
    page = index.read_text(encoding="utf-8")
    assert f"first 10 of {summary.statements} statements" in page
    data = _page_data(page)
    assert data["folder"] is True and data["statements_total"] == summary.statements
    assert 10 < len(data["statements"]) < summary.statements  # table rows plus examples
    embedded = {(row[1], row[0]) for row in data["statements"]}
    terms = pd.read_csv(out / "terms.csv", keep_default_na=False)
    for example in terms["example_id"]:
        if example:
            article, sid = example.rsplit(":", 1)
            assert (article, int(sid)) in embedded
    assert {"Valdorian National News Agency"} <= {row[6] for row in data["statements"]}
    assert 'id="nc-filter-outlet"' in page
    for name in CSV_FILES:
        assert (out / name).is_file()


def test_contested_pivot_html_shows_the_pivot_with_every_label_a_button() -> None:
    from narrative_compare.frames import contested_labels, contested_pivot
    from narrative_compare.report import contested_pivot_html

    frames = pd.DataFrame(
        {
            "camp": ["A", "B", "B", "B", "A"],
            "phrase": ["sweep", "<b>siege</b>", "<b>siege</b>", "lie", "terror"],
        }
    )
    table = contested_labels(frames)
    page = contested_pivot_html(table)
    assert "<b>" not in page and page.count('<button type="button" class="term">') == len(table)
    cells = [
        re.sub(r"<[^>]+>", "", cell).replace("&lt;", "<").replace("&gt;", ">")
        for cell in re.findall(r"<td>(.*?)</td>", page)
    ]
    pivot = contested_pivot(table)
    assert cells == [str(v) for row in pivot.drop(columns="referent").values for v in row]
    assert contested_pivot_html(table.head(0)) == "<p><em>none</em></p>"


def test_folder_report_outlets_section_equals_the_one_of_the_whole_tables(tmp_path) -> None:
    """The Outlets section counts from chunks and short columns, as from the whole tables."""
    from narrative_compare import report
    from narrative_compare.actors import load_actors
    from narrative_compare.corpus import CorpusOptions
    from narrative_compare.loading import seeds_dir
    from narrative_compare.outlets import outlets_section_html
    from narrative_compare.terms import TermSettings, actor_names

    folder = seeds_dir() / "multi_source"
    actors = load_actors(folder / "actors.yml")
    index, _ = report.write_corpus_report(
        folder,
        tmp_path / "r",
        actors=actors,
        meta=folder / "meta.csv",
        options=CorpusOptions(jobs=1),
        by="outlet",
    )
    page = index.read_text(encoding="utf-8")
    shown = page[page.index('<section id="outlets">') :]
    shown = shown[: shown.index("</section>")]
    statements = pd.read_csv(index.parent / "statements.csv", keep_default_na=False, dtype=str)
    frames = pd.read_csv(index.parent / "frames.csv", keep_default_na=False, dtype=str)
    palette = report.camp_colors(sorted(set(statements["camp"])), actors.color_map())
    whole = outlets_section_html(
        statements,
        frames,
        "outlet",
        settings=TermSettings(names=actor_names(actors), min_count=2),
        colors=dict(palette),
    )
    whole = whole[: whole.index("</section>")]

    def text(html: str) -> str:  # the figures' pixels aside
        return re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", html)

    assert text(shown) == text(whole)
    assert "Narration-to-camp similarity" in shown and "<h3>Label adoption</h3>" in shown


def test_folder_report_bytes_do_not_depend_on_jobs(tmp_path) -> None:
    from narrative_compare import report
    from narrative_compare.actors import load_actors
    from narrative_compare.corpus import CorpusOptions
    from narrative_compare.loading import seeds_dir

    folder = seeds_dir() / "multi_source"
    actors = load_actors(folder / "actors.yml")
    files = []
    for jobs in (1, 2):
        index, _ = report.write_corpus_report(
            folder,
            tmp_path / f"jobs{jobs}",
            actors=actors,
            meta=folder / "meta.csv",
            options=CorpusOptions(jobs=jobs),
            by="outlet",
        )
        files.append({p.name: p.read_bytes() for p in sorted(index.parent.iterdir())})
    assert files[0] == files[1]


def test_folder_report_bytes_do_not_depend_on_spilling_term_counts(tmp_path, monkeypatch):
    """Term counts moved to disk every few entries and merged back give the same report."""
    from narrative_compare import report, terms
    from narrative_compare.actors import load_actors
    from narrative_compare.corpus import CorpusOptions, aggregate
    from narrative_compare.loading import seeds_dir

    folder = seeds_dir() / "multi_source"
    actors = load_actors(folder / "actors.yml")
    spills = []
    spill = terms.SpillingTermCounts.spill

    def counted_spill(self):
        spills.append(self.runs)
        spill(self)

    monkeypatch.setattr(terms.SpillingTermCounts, "spill", counted_spill)
    monkeypatch.setattr(terms.tempfile, "tempdir", str(tmp_path))  # where the runs go
    files = []
    for entries in (10**9, 25):
        monkeypatch.setattr(terms, "SPILL_ENTRIES", entries)
        monkeypatch.setattr(report, "_CHUNK_ROWS", 25)  # statements.csv read back in pieces
        monkeypatch.setattr(aggregate, "COUNT_BUFFER_ROWS", 10)  # counted a few rows at a time
        index, _ = report.write_corpus_report(
            folder,
            tmp_path / f"spill{entries}",
            actors=actors,
            meta=folder / "meta.csv",
            options=CorpusOptions(jobs=1),
            by="outlet",
        )
        files.append({p.name: p.read_bytes() for p in sorted(index.parent.iterdir())})
    assert files[0] == files[1]
    assert len(spills) > 2  # the small threshold spilled, and more than once
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spill1000000000", "spill25"]
