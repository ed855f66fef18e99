"""Helpers of the corpus tests: bad files, and what the single-file command gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from narrative_compare.loading import load_article
from narrative_compare.output import format_table
from narrative_compare.statements import extract_statements

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "tests" / "data" / "articles"
MULTI = REPO / "seeds" / "multi_source"


def make_corpus_dir(root: Path) -> Path:
    """Five articles, one in a sub-folder, plus an actor file that must be ignored."""
    (root / "sub").mkdir(parents=True)
    for name in ("port_strike", "border_clash", "harbour_trial"):
        shutil.copy(ARTICLES / f"{name}.txt", root / f"{name}.txt")
    shutil.copy(ARTICLES / "port_strike.actors.yml", root / "port_strike.actors.yml")
    shutil.copy(MULTI / "northwire.txt", root / "sub" / "northwire.txt")
    shutil.copy(MULTI / "the_meridian.txt", root / "a_meridian.txt")
    return root


def expected_table(root: Path, names: list[str], fmt: str, actors=None, **kwargs) -> str:
    """What the single-file command gives per article, article column first, concatenated."""
    frames = []
    for name in names:
        frame = extract_statements(load_article(root / name), actors)
        frame.insert(0, "article", name)
        frames.append(frame)
    return format_table(pd.concat(frames, ignore_index=True), fmt, **kwargs)


def article_names(root: Path) -> list[str]:
    """The ``*.txt`` files below ``root`` as corpus mode names them, sorted."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt"))


def add_bad_files(root: Path) -> None:
    """A binary, an empty and a Latin-1 file, which corpus mode must skip."""
    (root / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary junk")
    (root / "empty.txt").write_bytes(b"")
    (root / "sub" / "latin1.txt").write_bytes(b"The caf\xe9 owner said it was closed.")
