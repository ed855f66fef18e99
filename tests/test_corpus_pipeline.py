"""Tests of narrative_compare.corpus.pipeline: iter_corpus_rows and the streaming writer."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from corpus_fixtures import ARTICLES, add_bad_files, article_names, expected_table

from narrative_compare.actors import load_actors
from narrative_compare.corpus import (
    CORPUS_COLUMNS,
    CorpusOptions,
    Skipped,
    iter_corpus_rows,
    reading,
    write_corpus_statements,
)
from narrative_compare.errors import InputError

# --- byte identity with the single-file command ------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "markdown"])
def test_bytes_equal_single_file_output(corpus_dir: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    summary = write_corpus_statements(corpus_dir, out=out, fmt=fmt, options=CorpusOptions(jobs=2))
    expected = expected_table(corpus_dir, article_names(corpus_dir), fmt)
    assert out.read_text(encoding="utf-8") == expected
    assert summary.articles == 5 and summary.skipped == ()


def test_bytes_equal_with_actors_and_excel_safe(corpus_dir: Path, tmp_path: Path) -> None:
    (corpus_dir / "-dash.txt").write_text(
        '"=1+1 is not a formula," the union said.\n\n@home, the ministry said, all was calm.\n',
        encoding="utf-8",
    )
    actors = load_actors(ARTICLES / "port_strike.actors.yml")
    out = tmp_path / "out.csv"
    write_corpus_statements(corpus_dir, actors, out, excel_safe=True, options=CorpusOptions(jobs=2))
    expected = expected_table(corpus_dir, article_names(corpus_dir), "csv", actors, excel_safe=True)
    assert out.read_text(encoding="utf-8") == expected
    assert "'-dash.txt" in expected


def test_summary_counts_rows(corpus_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = write_corpus_statements(
        corpus_dir, out=out, fmt="jsonl", options=CorpusOptions(jobs=1)
    )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.statements == len(rows) > 0
    assert summary.articles == len({row["article"] for row in rows}) == 5
    assert list(rows[0]) == list(CORPUS_COLUMNS)


def test_stdout_when_out_is_none(corpus_dir: Path, capsys: pytest.CaptureFixture) -> None:
    write_corpus_statements(corpus_dir, out=None, options=CorpusOptions(jobs=1))
    assert capsys.readouterr().out == expected_table(corpus_dir, article_names(corpus_dir), "csv")


# --- bad files ---------------------------------------------------------------------


def test_bad_files_are_skipped_and_listed(corpus_dir: Path, tmp_path: Path) -> None:
    good = article_names(corpus_dir)
    add_bad_files(corpus_dir)
    out = tmp_path / "out.csv"
    summary = write_corpus_statements(corpus_dir, out=out, options=CorpusOptions(jobs=2))
    assert [s.article for s in summary.skipped] == ["binary.txt", "empty.txt", "sub/latin1.txt"]
    reasons = dict(summary.skipped)
    assert "binary" in reasons["binary.txt"] and "empty" in reasons["empty.txt"]
    assert "UTF-8" in reasons["sub/latin1.txt"]
    assert summary.articles == len(good)
    assert out.read_text(encoding="utf-8") == expected_table(corpus_dir, good, "csv")
    line = summary.describe()
    assert "\n" not in line and line.startswith(f"{len(good)} articles, ")
    assert "3 skipped (binary.txt: " in line


def test_iter_yields_skipped(corpus_dir: Path) -> None:
    add_bad_files(corpus_dir)
    results = dict(iter_corpus_rows(corpus_dir, options=CorpusOptions(jobs=1)))
    assert isinstance(results["empty.txt"], Skipped)
    assert isinstance(results["port_strike.txt"], list) and results["port_strike.txt"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_strict_raises_and_writes_nothing(corpus_dir: Path, tmp_path: Path, jobs: int) -> None:
    add_bad_files(corpus_dir)
    out = tmp_path / "out.csv"
    with pytest.raises(InputError) as caught:
        write_corpus_statements(corpus_dir, out=out, options=CorpusOptions(strict=True, jobs=jobs))
    assert caught.value.path == str(corpus_dir / "binary.txt")
    assert not out.exists() and list(tmp_path.glob(".out.csv*")) == []


# --- metadata ----------------------------------------------------------------------


def test_meta_join(corpus_dir: Path, tmp_path: Path) -> None:
    meta = tmp_path / "meta.csv"
    meta.write_text(
        "outlet,article,date\nDock News,port_strike.txt,2025-01-02\n"
        "Wire,./sub/northwire.txt,2025-01-03\nGhost,missing.txt,2025-01-04\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    write_corpus_statements(corpus_dir, out=out, meta=meta, options=CorpusOptions(jobs=2))
    table = pd.read_csv(out, keep_default_na=False, dtype=str)
    assert list(table.columns) == [*CORPUS_COLUMNS, "outlet", "date"]
    by_article = table.groupby("article")[["outlet", "date"]].agg(set)
    assert by_article.loc["port_strike.txt", "outlet"] == {"Dock News"}
    assert by_article.loc["sub/northwire.txt", "date"] == {"2025-01-03"}
    assert by_article.loc["border_clash.txt", "outlet"] == {""}
    # The statement columns are the same as without metadata.
    write_corpus_statements(corpus_dir, out=tmp_path / "plain.csv", options=CorpusOptions(jobs=1))
    plain = pd.read_csv(tmp_path / "plain.csv", keep_default_na=False, dtype=str)
    pd.testing.assert_frame_equal(table[list(CORPUS_COLUMNS)], plain)


def test_bad_meta_fails_before_writing(corpus_dir: Path, tmp_path: Path) -> None:
    meta = tmp_path / "meta.csv"
    meta.write_text("file,outlet\nx,y\n", encoding="utf-8")
    with pytest.raises(InputError, match="meta.csv"):
        write_corpus_statements(
            corpus_dir, out=tmp_path / "out.csv", meta=meta, options=CorpusOptions(jobs=1)
        )
    assert not (tmp_path / "out.csv").exists()


# --- interruption ------------------------------------------------------------------


class Boom(Exception):
    pass


@pytest.mark.parametrize("error", [Boom, KeyboardInterrupt])
def test_interrupted_write_leaves_nothing(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type
) -> None:
    real = reading.statement_rows
    calls = []

    def failing(text, actors=None):
        calls.append(1)
        if len(calls) == 3:
            raise error("stop")
        return real(text, actors)

    monkeypatch.setattr(reading, "statement_rows", failing)
    out = tmp_path / "out" / "statements.csv"
    out.parent.mkdir()
    with pytest.raises(error):
        write_corpus_statements(corpus_dir, out=out, options=CorpusOptions(jobs=1))
    assert len(calls) == 3
    assert list(out.parent.iterdir()) == []


def test_interrupted_write_keeps_previous_file(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "statements.csv"
    out.write_text("previous\n", encoding="utf-8")

    def failing(text, actors=None):
        raise Boom("engine bug")

    monkeypatch.setattr(reading, "statement_rows", failing)
    with pytest.raises(Boom) as caught:
        write_corpus_statements(corpus_dir, out=out, options=CorpusOptions(jobs=1))
    assert any("a_meridian.txt" in note for note in getattr(caught.value, "__notes__", []))
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "statements.csv"]


# --- progress and arguments --------------------------------------------------------


def test_progress_bar_on_stderr(corpus_dir: Path, capsys: pytest.CaptureFixture) -> None:
    list(iter_corpus_rows(corpus_dir, options=CorpusOptions(jobs=1, progress=True)))
    captured = capsys.readouterr()
    assert "article" in captured.err and captured.out == ""


def test_argument_errors(corpus_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="jobs"):
        iter_corpus_rows(corpus_dir, options=CorpusOptions(jobs=0))
    with pytest.raises(InputError, match="directory not found"):
        iter_corpus_rows(tmp_path / "nowhere")
    with pytest.raises(InputError, match="no files match"):
        write_corpus_statements(
            corpus_dir, out=tmp_path / "x.csv", options=CorpusOptions(pattern="*.md")
        )
    with pytest.raises(InputError, match="refusing to overwrite"):
        write_corpus_statements(
            corpus_dir, out=corpus_dir / "border_clash.txt", options=CorpusOptions(jobs=1)
        )
    with pytest.raises(ValueError, match="unknown format"):
        write_corpus_statements(corpus_dir, out=tmp_path / "x", fmt="xlsx")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "markdown"])
def test_frames_stream_the_same_bytes_for_any_jobs(
    corpus_dir: Path, tmp_path: Path, fmt: str
) -> None:
    from narrative_compare.corpus import write_corpus_frames
    from narrative_compare.frames import extract_frames
    from narrative_compare.loading import load_article
    from narrative_compare.output import format_table
    from narrative_compare.statements import extract_statements

    outputs = []
    for jobs in (1, 2):
        out = tmp_path / f"frames_{jobs}.{fmt}"
        write_corpus_frames(corpus_dir, out=out, fmt=fmt, options=CorpusOptions(jobs=jobs))
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    tables = []
    for name in article_names(corpus_dir):
        article = load_article(corpus_dir / name)
        table = extract_frames(article.text, extract_statements(article))
        table.insert(0, "article", name)
        tables.append(table)
    assert outputs[0] == format_table(pd.concat(tables, ignore_index=True), fmt)
