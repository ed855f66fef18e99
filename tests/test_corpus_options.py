"""Tests of narrative_compare.corpus.options: CorpusOptions."""

from __future__ import annotations

import dataclasses
import os

import pytest

from narrative_compare.corpus import DEFAULT_OPTIONS, CorpusOptions
from narrative_compare.loading import DEFAULT_MAX_BYTES


def test_defaults() -> None:
    assert DEFAULT_OPTIONS == CorpusOptions()
    assert (DEFAULT_OPTIONS.pattern, DEFAULT_OPTIONS.jobs, DEFAULT_OPTIONS.dask) == (
        "**/*.txt",
        None,
        None,
    )
    assert DEFAULT_OPTIONS.max_bytes == DEFAULT_MAX_BYTES
    assert not DEFAULT_OPTIONS.progress and not DEFAULT_OPTIONS.strict


def test_frozen_and_hashable() -> None:
    options = CorpusOptions(jobs=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.jobs = 3
    assert dataclasses.replace(options, strict=True) == CorpusOptions(jobs=2, strict=True)
    assert len({options, CorpusOptions(jobs=2)}) == 1


def test_workers() -> None:
    assert CorpusOptions(jobs=3).workers == 3
    assert CorpusOptions().workers == (os.cpu_count() or 1)


@pytest.mark.parametrize("jobs", [0, -1, True, 1.5, "2"])
def test_bad_jobs(jobs: object) -> None:
    with pytest.raises(ValueError, match="jobs must be a positive integer"):
        CorpusOptions(jobs=jobs)


@pytest.mark.parametrize("dask", ["", "  ", 8786])
def test_bad_dask(dask: object) -> None:
    with pytest.raises(ValueError, match="dask must be 'local' or a scheduler address"):
        CorpusOptions(dask=dask)
