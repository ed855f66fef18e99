"""Corpus mode: the statements of many articles, in parallel, in bounded memory.

A corpus is a folder of article files (selected by a glob pattern, see
:func:`narrative_compare.loading.iter_article_paths`). Every article is
processed on its own, exactly as the single-file ``statements`` command would
process it, and its rows get an extra first column ``article``: the file's
path relative to the folder, with ``/`` separators.

- :mod:`~narrative_compare.corpus.options`: :class:`CorpusOptions`, which
  files and backend, what to do with a bad file;
- :mod:`~narrative_compare.corpus.reading`: article names, loading one
  article, skipped files, totals, the ``--meta`` file;
- :mod:`~narrative_compare.corpus.backends`: this process, a process pool or
  a Dask cluster, results in path order;
- :mod:`~narrative_compare.corpus.pipeline`: :func:`iter_corpus_rows` and the
  streaming :func:`write_corpus_statements` and :func:`write_corpus_frames`;
- :mod:`~narrative_compare.corpus.aggregate`: :func:`aggregate_corpus`, term
  counts (and statements, frames) in one pass.
"""

from narrative_compare.corpus.aggregate import CorpusAggregate, aggregate_corpus
from narrative_compare.corpus.options import DEFAULT_OPTIONS, CorpusOptions
from narrative_compare.corpus.pipeline import (
    iter_corpus_rows,
    write_corpus_frames,
    write_corpus_statements,
)
from narrative_compare.corpus.reading import (
    CORPUS_COLUMNS,
    ArticleResult,
    CorpusMeta,
    CorpusSummary,
    Skipped,
    article_name,
    process_article,
    read_meta,
)

__all__ = [
    "CORPUS_COLUMNS",
    "DEFAULT_OPTIONS",
    "ArticleResult",
    "CorpusAggregate",
    "CorpusMeta",
    "CorpusOptions",
    "CorpusSummary",
    "Skipped",
    "aggregate_corpus",
    "article_name",
    "iter_corpus_rows",
    "process_article",
    "read_meta",
    "write_corpus_frames",
    "write_corpus_frames",
    "write_corpus_statements",
]
