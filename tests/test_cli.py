"""The command-line contract: formats, output files, help, version."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import io
import json
import subprocess
import sys

import pytest

from narrative_compare import __version__, cli
from narrative_compare.actors import load_actors
from narrative_compare.corpus import CorpusOptions
from narrative_compare.loading import DEFAULT_MAX_BYTES, seed_article_path
from narrative_compare.schema import STATEMENT_COLUMNS

ARTICLE = (
    "Harbour strike\n\n"
    "The Harbour Workers Union said the strike would go on.\n\n"
    "“We will not yield until every demand is met,” said Lina Morrow, its spokeswoman.\n\n"
    "Ships waited outside Arvel.\n"
)


def _commands() -> list[str]:
    """Subcommands the parser currently offers."""
    parser = cli.build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


ALL_COMMANDS = _commands()
TABLE_COMMANDS = [c for c in ("statements", "compare", "frames") if c in ALL_COMMANDS]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_statements_default_is_seed_csv(capsys):
    code, out, err = run(capsys, "statements")
    assert code == 0 and err == ""
    assert out.splitlines()[0] == ",".join(STATEMENT_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(out)))
    text = seed_article_path().read_text(encoding="utf-8").replace("\r\n", "\n")
    assert len(rows) > 20
    for r in rows:
        assert text[int(r["start"]) : int(r["end"])] == r["text"]
    assert {"narrator"} < {r["actor"] for r in rows}


def test_statements_on_a_file(capsys, article):
    code, out, _ = run(capsys, "statements", str(article))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["mode"] for r in rows] == ["indirect", "direct", "narration"]
    assert {r["camp"] for r in rows} == {"unassigned", "Narrator"}


def test_statements_jsonl(capsys, article):
    code, out, _ = run(capsys, "statements", str(article), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3
    assert all(list(r) == list(STATEMENT_COLUMNS) for r in records)
    assert isinstance(records[0]["start"], int)
    assert records[1]["text"].startswith("“We will not yield")


def test_statements_markdown(capsys, article):
    code, out, _ = run(capsys, "statements", str(article), "--format", "markdown")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "| " + " | ".join(STATEMENT_COLUMNS) + " |"
    assert set(lines[1].replace("|", "").split()) <= {"---", "---:"}
    assert len(lines) == 2 + 3


def test_output_file_is_complete_and_alone(capsys, article, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "statements.csv"
    code, out, err = run(capsys, "statements", str(article), "-o", str(target))
    assert code == 0 and out == ""
    _, stdout_version, _ = run(capsys, "statements", str(article))
    assert target.read_text(encoding="utf-8") == stdout_version
    assert [p.name for p in out_dir.iterdir()] == ["statements.csv"]  # no temp file left


def test_failed_run_keeps_previous_output(capsys, tmp_path):
    target = tmp_path / "statements.csv"
    target.write_text("previous\n", encoding="utf-8")
    code, _, _ = run(capsys, "statements", str(tmp_path / "missing.txt"), "-o", str(target))
    assert code == 2
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["statements.csv"]


@pytest.mark.parametrize("command", TABLE_COMMANDS)
def test_output_equal_to_input_is_refused(capsys, article, command):
    code, out, err = run(capsys, command, str(article), "-o", str(article))
    assert code == 2 and out == ""
    assert "refusing to overwrite" in err and str(article) in err
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_output_equal_to_actor_file_is_refused(capsys, article, tmp_path):
    actors = tmp_path / "actors.yml"
    content = "actors:\n  - {id: union, name: Harbour Workers Union, camp: Labour}\n"
    actors.write_text(content, encoding="utf-8")
    argv = ["statements", str(article), "--actors", str(actors), "-o", str(actors)]
    code, _, err = run(capsys, *argv)
    assert code == 2 and "refusing to overwrite" in err
    assert actors.read_text(encoding="utf-8") == content


@pytest.mark.parametrize("command", [None, *ALL_COMMANDS])
def test_help_exits_zero(capsys, command):
    argv = ["--help"] if command is None else [command, "--help"]
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: narrative-compare")


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"narrative-compare {__version__}"


def test_no_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main([])
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize("command", [c for c in ("compare", "frames") if c in ALL_COMMANDS])
def test_table_commands_default_csv(capsys, command):
    code, out, err = run(capsys, command)
    assert code == 0
    header = out.splitlines()[0].split(",")
    expected = ["camp", "term"] if command == "compare" else ["statement_id", "camp"]
    assert header[:2] == expected
    code, out, _ = run(capsys, command, "--format", "jsonl")
    assert code == 0 and all(json.loads(line) for line in out.splitlines())


@pytest.mark.skipif("report" not in ALL_COMMANDS, reason="no report command")
def test_report_writes_a_folder(capsys, article, tmp_path):
    target = tmp_path / "report"
    code, _, err = run(capsys, "report", str(article), "-o", str(target))
    assert code == 0, err
    assert (target / "index.html").is_file()
    assert (
        (target / "statements.csv")
        .read_text(encoding="utf-8")
        .startswith(",".join(STATEMENT_COLUMNS))
    )


@pytest.mark.parametrize("command", TABLE_COMMANDS + ["report"])
def test_corpus_options_from_argv(command, monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    argv = [command, "folder", "--glob", "*.md", "--jobs", "3", "--encoding", "cp1252"]
    args = cli.build_parser().parse_args([*argv, "--max-bytes", "99", "--strict"])
    options = cli._corpus_options(args)
    assert options == CorpusOptions(
        pattern="*.md", jobs=3, encoding="cp1252", max_bytes=99, strict=True
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.jobs = 1


def test_corpus_options_defaults_and_progress(monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    quiet = cli._corpus_options(cli.build_parser().parse_args(["statements", "folder"]))
    assert quiet == CorpusOptions() and quiet.max_bytes == DEFAULT_MAX_BYTES
    args = cli.build_parser().parse_args(["frames", "folder", "--dask", "local", "--progress"])
    assert cli._corpus_options(args) == CorpusOptions(dask="local", progress=True)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert cli._corpus_options(cli.build_parser().parse_args(["frames", "folder"])).progress


def test_subprocess_success_and_error():
    ok = subprocess.run(
        [sys.executable, "-m", "narrative_compare.cli", "statements", "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ok.returncode == 0 and "Traceback" not in ok.stderr
    assert ok.stdout.count("\n") > 20
    bad = subprocess.run(
        [sys.executable, "-m", "narrative_compare.cli", "statements", "no/such/file.txt"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and bad.stdout == ""
    assert "Traceback" not in bad.stderr
    assert bad.stderr.count("\n") == 1 and "no/such/file.txt" in bad.stderr


def test_report_prints_its_path_titles_the_headline_and_writes_figures(capsys, tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(
        "Port strike ends after ten days\n\nThe union said the strike was over. "
        '"We won," said Lina Morrow. The company denied any deal.\n',
        encoding="utf-8",
    )
    target = tmp_path / "out"
    code, out, err = run(capsys, "report", str(article), "-o", str(target), "--figures", "svg")
    assert code == 0, err
    assert out.strip() == str(target / "index.html")
    page = (target / "index.html").read_text(encoding="utf-8")
    assert "<title>Port strike ends after ten days</title>" in page
    assert (target / "figure-by-camp.png").read_bytes().startswith(b"\x89PNG")
    assert (target / "figure-by-camp.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    code, _, err = run(capsys, "report", str(article), "-o", str(target), "--title", "Mine")
    assert code == 0 and "<title>Mine</title>" in (target / "index.html").read_text("utf-8")
    assert not (target / "figure-by-camp.svg").exists()  # the marker listed it: replaced


def test_report_of_the_seed_is_titled_by_its_file_name_not_a_section_heading(capsys, tmp_path):
    # The seed's first line, "Azerbaijan statement", heads its first section
    # (then "Eyewitness accounts", "Russia comments", ...): it has no headline.
    target = tmp_path / "seed"
    code, _, err = run(capsys, "report", str(seed_article_path()), "-o", str(target))
    assert code == 0, err
    page = (target / "index.html").read_text(encoding="utf-8")
    stem = seed_article_path().stem
    assert f"<title>{stem}</title>" in page and f"<h1>{stem}</h1>" in page
    assert "<title>Azerbaijan statement</title>" not in page


def test_report_refuses_an_unknown_figure_format(capsys, tmp_path, article):
    code, _, err = run(
        capsys, "report", str(article), "-o", str(tmp_path / "r"), "--figures", "gif"
    )
    assert code == 2 and "gif" in err and not (tmp_path / "r").exists()


def test_actors_drafts_a_valid_actor_file(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The Harbour Workers Union said the strike goes on. "
        "Union leader Lina Morrow said talks had failed. "
        "The Arvel Port Authority said ships wait.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "The Harbour Workers Union said the port is closed. The Authority said it was open.\n",
        encoding="utf-8",
    )
    target = tmp_path / "actors.yml"
    assert cli.main(["actors", str(folder), "-o", str(target)]) == 0
    draft = target.read_text(encoding="utf-8")
    assert "camp: unassigned" in draft and "# 3 statements" in draft
    table = load_actors(target)
    assert [a.name for a in table.actors][0] == "Harbour Workers Union"
    assert cli.main(["statements", str(folder / "a.txt"), "--actors", str(target)]) == 0
    assert "harbour_workers_union,unassigned" in capsys.readouterr().out
