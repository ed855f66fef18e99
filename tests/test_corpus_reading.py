"""Tests of narrative_compare.corpus.reading: names, loading, skipped files, totals, metadata."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from narrative_compare.corpus import (
    CORPUS_COLUMNS,
    CorpusSummary,
    Skipped,
    process_article,
    read_meta,
)
from narrative_compare.errors import InputError

# --- article files -----------------------------------------------------------------


def test_process_article_is_picklable(corpus_dir: Path) -> None:
    func = pickle.loads(pickle.dumps(process_article))
    name, rows = func(corpus_dir / "sub" / "northwire.txt", corpus_dir)
    assert name == "sub/northwire.txt" and len(rows[0]) == len(CORPUS_COLUMNS) - 1
    (corpus_dir / "empty.txt").write_bytes(b"")
    assert func(corpus_dir / "empty.txt", corpus_dir) == (
        "empty.txt",
        Skipped("empty.txt", "file is empty"),
    )


def test_describe() -> None:
    assert CorpusSummary(1, 1).describe() == "1 article, 1 statement, 0 skipped"
    skipped = tuple(Skipped(f"{i}.txt", "file is empty") for i in range(5))
    line = CorpusSummary(3, 40, skipped).describe()
    assert line.startswith("3 articles, 40 statements, 5 skipped (0.txt: file is empty; ")
    assert line.endswith("; and 2 more)") and "3.txt" not in line


# --- metadata ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("name,outlet\na.txt,X\n", "no 'article' column"),
        ("article,outlet\na.txt,X\nb.txt,Y\n./a.txt,Z\n", "listed twice"),
        ("article,outlet,outlet\na.txt,X,Y\n", "repeated column"),
        ("article,text\na.txt,X\n", "clash"),
        ("article,outlet\na.txt\n", "row 2 has 1 fields"),
        ("", "empty"),
    ],
)
def test_meta_validation_names_the_file(tmp_path: Path, content: str, problem: str) -> None:
    meta = tmp_path / "meta.csv"
    meta.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as caught:
        read_meta(meta)
    assert str(caught.value).startswith(f"{meta}: ")
