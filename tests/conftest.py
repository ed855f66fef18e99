"""Shared fixtures of the attribution, CLI, corpus and repository tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from corpus_fixtures import make_corpus_dir
from hypothesis import settings

from narrative_compare.actors import actors_from_records
from narrative_compare.statements import extract_statements

REPO = Path(__file__).resolve().parents[1]

# The suite tries the same property-test examples on every run, so a red
# build means a change broke something, not that a random search turned up
# an old bug. HYPOTHESIS_PROFILE=explore searches fresh random examples.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session")
def repo() -> Path:
    """The project checkout."""
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``shared`` folder beside the checkout (gold files, eval tool)."""
    return REPO.parent / "shared"


@pytest.fixture
def statements() -> Callable[..., pd.DataFrame]:
    """``statements(text, actors=None)``: the statement table of a small text.

    ``actors`` may be a list of ``{id, name, camp, aliases}`` mappings.
    """

    def run(text: str, actors: list[dict] | None = None) -> pd.DataFrame:
        table = actors_from_records(actors) if actors is not None else None
        return extract_statements(text, table)

    return run


def row_of(df: pd.DataFrame, fragment: str) -> pd.Series:
    """The one row of ``df`` whose text contains ``fragment``."""
    rows = df[df["text"].str.contains(fragment, regex=False)]
    assert len(rows) == 1, f"{len(rows)} rows contain {fragment!r}: {df['text'].tolist()}"
    return rows.iloc[0]


@pytest.fixture
def row() -> Callable[[pd.DataFrame, str], pd.Series]:
    """``row(df, fragment)``: the one row whose text contains ``fragment``."""
    return row_of


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A corpus folder: five articles, one in a sub-folder, and an actor file to ignore."""
    return make_corpus_dir(tmp_path / "corpus")
