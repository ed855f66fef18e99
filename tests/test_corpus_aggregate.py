"""Tests of narrative_compare.corpus.aggregate: corpus-level counts, statements and frames."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_fixtures import add_bad_files, article_names, expected_table

from narrative_compare.corpus import CorpusOptions, Skipped, aggregate, aggregate_corpus
from narrative_compare.loading import load_article
from narrative_compare.output import format_table
from narrative_compare.terms import TermCounts, TermSettings

# --- aggregation -------------------------------------------------------------------


def test_aggregate_counts_equal_whole_table_counts(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(aggregate, "COUNT_BUFFER_ROWS", 7)  # force several partial adds
    settings = TermSettings(ngram_range=(1, 2), direct_weight=2.0)
    result = aggregate_corpus(
        corpus_dir,
        counts=TermCounts(settings),
        keep_statements=True,
        options=CorpusOptions(jobs=2),
    )
    whole = TermCounts(settings).add(result.statements)
    assert result.counts.counts == whole.counts
    assert result.summary.articles == 5 and result.frames is None
    expected = expected_table(corpus_dir, article_names(corpus_dir), "csv")
    assert format_table(result.statements, "csv") == expected


def test_aggregate_frames_have_article_offsets(corpus_dir: Path) -> None:
    result = aggregate_corpus(corpus_dir, frames=True, options=CorpusOptions(jobs=1))
    frames = result.frames
    assert result.statements is None and not frames.empty
    assert frames.columns[0] == "article"
    for row in frames.itertuples():
        text = load_article(corpus_dir / row.article).text
        assert text[row.start : row.end] == row.phrase


def test_on_article_sees_every_file_in_order(corpus_dir: Path) -> None:
    add_bad_files(corpus_dir)
    seen: list[tuple[str, bool]] = []
    result = aggregate_corpus(
        corpus_dir,
        on_article=lambda name, rows: seen.append((name, isinstance(rows, Skipped))),
        options=CorpusOptions(jobs=2),
    )
    assert [name for name, _ in seen] == article_names(corpus_dir)
    assert [name for name, skipped in seen if skipped] == [
        s.article for s in result.summary.skipped
    ]
    assert result.summary.articles == 5 and len(result.summary.skipped) == 3
