"""Tests of narrative_compare.output."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from narrative_compare.errors import InputError
from narrative_compare.output import (
    FORMATS,
    TableWriter,
    atomic_output,
    check_not_input,
    excel_safe_value,
    format_table,
    write_table,
    write_text_atomic,
)


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "statement_id": [1, 2, 3],
            "text": ["The ministry said “no”.", "a|b\nnext line", "=SUM(A1:A2)"],
            "score": [0.5, np.nan, -1.25],
            "camp": ["Azerbaijan", "Armenia", "-"],
        }
    )


def test_unknown_format(frame: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        format_table(frame, "xlsx")


def test_csv_round_trip(frame: pd.DataFrame) -> None:
    text = format_table(frame, "csv")
    assert "\r" not in text
    back = pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""])
    assert list(back.columns) == list(frame.columns)
    assert back["statement_id"].tolist() == frame["statement_id"].tolist()
    assert back["text"].tolist() == frame["text"].tolist()
    assert back["camp"].tolist() == frame["camp"].tolist()
    np.testing.assert_array_equal(back["score"].to_numpy(), frame["score"].to_numpy())


def test_jsonl(frame: pd.DataFrame) -> None:
    text = format_table(frame, "jsonl")
    lines = text.splitlines()
    assert len(lines) == len(frame) and text.endswith("\n")
    rows = [json.loads(line) for line in lines]
    assert [list(row) for row in rows] == [list(frame.columns)] * len(frame)
    assert [row["statement_id"] for row in rows] == [1, 2, 3]
    assert all(type(row["statement_id"]) is int for row in rows)
    assert rows[1]["score"] is None
    assert [row["text"] for row in rows] == frame["text"].tolist()
    assert "“no”" in lines[0]  # non-ASCII not escaped


def test_jsonl_nullable_and_inf() -> None:
    df = pd.DataFrame({"n": pd.array([1, None], dtype="Int64"), "f": [np.inf, 2.0]})
    rows = [json.loads(line) for line in format_table(df, "jsonl").splitlines()]
    assert rows == [{"n": 1, "f": None}, {"n": None, "f": 2.0}]


def test_markdown(frame: pd.DataFrame) -> None:
    lines = format_table(frame, "markdown").splitlines()
    assert len(lines) == len(frame) + 2
    assert lines[0] == "| statement_id | text | score | camp |"
    assert set(lines[1].replace("|", " ").split()) <= {"---", "---:"}
    assert "a\\|b<br>next line" in lines[3]
    for line in lines:
        # Every row has the same number of unescaped separators.
        assert line.replace("\\|", "").count("|") == len(frame.columns) + 1
    assert lines[3].split(" | ")[2] == ""  # NaN -> empty cell


def test_empty_frame() -> None:
    df = pd.DataFrame({"a": pd.Series([], dtype="int64"), "b": pd.Series([], dtype=object)})
    assert format_table(df, "csv") == "a,b\n"
    assert format_table(df, "jsonl") == ""
    assert format_table(df, "markdown").splitlines()[0] == "| a | b |"


def test_excel_safe(frame: pd.DataFrame) -> None:
    safe = pd.read_csv(io.StringIO(format_table(frame, "csv", excel_safe=True)))
    assert safe["text"].tolist() == [frame["text"][0], frame["text"][1], "'=SUM(A1:A2)"]
    assert safe["camp"].tolist() == ["Azerbaijan", "Armenia", "'-"]
    assert safe["score"].tolist()[2] == -1.25  # numbers are not formulas
    # The input frame is not modified, and the default leaves text alone.
    assert frame["text"][2] == "=SUM(A1:A2)"
    assert "'=" not in format_table(frame, "csv")
    rows = [json.loads(x) for x in format_table(frame, "jsonl", excel_safe=True).splitlines()]
    assert rows[2]["text"] == "'=SUM(A1:A2)"


@pytest.mark.parametrize("value", ["=1", "+1", "-1", "@cmd", "\tx", "\rx"])
def test_excel_safe_value_triggers(value: str) -> None:
    assert excel_safe_value(value) == "'" + value


@pytest.mark.parametrize("value", ["ok", "", " =1", 5, -5, None])
def test_excel_safe_value_untouched(value: object) -> None:
    assert excel_safe_value(value) == value


def _streamed(table: pd.DataFrame, fmt: str, pieces: list[slice], **kwargs) -> str:
    out = io.StringIO()
    writer = TableWriter(out, fmt, table.iloc[:0], **kwargs)
    writer.write_header()
    for piece in pieces:
        writer.write_rows(table.iloc[piece].itertuples(index=False, name=None))
    return out.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("excel_safe", [False, True])
def test_table_writer_streams_the_bytes_of_format_table(fmt: str, excel_safe: bool) -> None:
    table = pd.DataFrame(
        {
            "article": ["a.txt", "a.txt", "b|c.txt", "-d.txt"],
            "statement_id": [1, 2, 1, 1],
            "text": ["The ministry said “no”.", "a|b\nnext, line", '=SUM(A1) "q"', "@x"],
            "note": [None, "", "+1", "ok"],
            "score": [0.1 + 0.2, np.nan, -1e-7, 2.0],
        }
    )
    pieces = [slice(0, 2), slice(2, 2), slice(2, 4)]
    expected = format_table(table, fmt, excel_safe=excel_safe)
    assert _streamed(table, fmt, pieces, excel_safe=excel_safe) == expected
    header_only = format_table(table.iloc[:0], fmt)
    assert _streamed(table, fmt, []) == header_only


def test_table_writer_refuses_what_format_table_refuses(frame: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        TableWriter(io.StringIO(), "xlsx", frame)
    with pytest.raises(ValueError, match="duplicate column"):
        TableWriter(io.StringIO(), "jsonl", frame.rename(columns={"score": "text"}))


def test_write_text_atomic(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_text_atomic(target, "a\nb\n")
    write_text_atomic(target, "ü\n")
    assert target.read_bytes() == "ü\n".encode()
    assert os.listdir(tmp_path) == ["out.csv"]


def test_atomic_output_keeps_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_output(target) as fh:
        fh.write("partial\n")
        raise RuntimeError("boom")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_atomic_output_keyboard_interrupt(tmp_path: Path) -> None:
    target = tmp_path / "new.jsonl"
    with pytest.raises(KeyboardInterrupt), atomic_output(target) as fh:
        fh.write("{}\n")
        raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []


def test_atomic_output_streams(tmp_path: Path) -> None:
    target = tmp_path / "rows.txt"
    with atomic_output(target) as fh:
        for i in range(3):
            fh.write(f"{i}\n")
        assert not target.exists()  # nothing visible before the rename
    assert target.read_text() == "0\n1\n2\n"


def test_atomic_output_stdout(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for path in (None, "-"):
        with atomic_output(path) as fh:
            fh.write("hello\n")
    assert capsys.readouterr().out == "hello\nhello\n"
    assert os.listdir(tmp_path) == []


def test_write_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        write_text_atomic(tmp_path / "missing" / "out.csv", "x")
    with pytest.raises(InputError, match="is a directory"):
        write_text_atomic(tmp_path, "x")


def test_write_table(tmp_path: Path, frame: pd.DataFrame, capsys: pytest.CaptureFixture) -> None:
    for fmt in FORMATS:
        target = tmp_path / f"t.{fmt}"
        write_table(frame, target, fmt)
        assert target.read_text(encoding="utf-8") == format_table(frame, fmt)
    write_table(frame, "-", "jsonl")
    assert capsys.readouterr().out == format_table(frame, "jsonl")
    with pytest.raises(ValueError):
        write_table(frame, tmp_path / "bad", "xml")
    assert not (tmp_path / "bad").exists()


def test_check_not_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "article.txt"
    article.write_text("text")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="refusing to overwrite the input file"):
        check_not_input("article.txt", [None, article])
    with pytest.raises(InputError, match="refusing"):
        check_not_input(tmp_path / "sub" / ".." / "article.txt", [article])
    # Neither exists yet: compared by resolved path.
    with pytest.raises(InputError, match="refusing"):
        check_not_input(tmp_path / "new.csv", ["new.csv"])
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    with pytest.raises(InputError, match="refusing"):
        check_not_input(link, [article])
    check_not_input(tmp_path / "out.csv", [article])
    check_not_input("-", [article])
    check_not_input(None, [article])
