"""How a corpus run reads its files and where it runs them: :class:`CorpusOptions`."""

from __future__ import annotations

import os
from dataclasses import dataclass

from narrative_compare.loading import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class CorpusOptions:
    """How a corpus is read and run: which files, on which backend, what to do with bad files.

    Attributes
    ----------
    pattern : str, default "**/*.txt"
        Glob selecting the articles, see
        :func:`~narrative_compare.loading.iter_article_paths`.
    jobs : int, optional
        Worker processes (default: the number of CPUs); 1 processes the
        articles in this process. With ``dask="local"``: the number of Dask
        workers (default 2).
    dask : str, optional
        ``"local"`` to start a local Dask cluster for the run (closed after),
        or a scheduler address such as ``"tcp://host:8786"``.
    encoding, max_bytes
        See :func:`~narrative_compare.loading.load_article`.
    progress : bool, default False
        Show a progress bar (articles per second) on standard error.
    strict : bool, default False
        Raise on the first file that cannot be read instead of skipping it.
    follow_symlinks : bool, default False
        Read files that symbolic links lead to outside the corpus folder
        (by default they are skipped with a reason).
    dask_timeout : float, default 30
        Seconds to wait for a Dask scheduler to answer when connecting.

    Raises
    ------
    ValueError
        If ``jobs`` is not a positive integer or ``None``, ``dask`` is not
        ``None`` nor a non-blank string, or ``dask_timeout`` is not positive.

    Examples
    --------
    >>> CorpusOptions(jobs=2, strict=True)  # doctest: +NORMALIZE_WHITESPACE
    CorpusOptions(pattern='**/*.txt', jobs=2, dask=None, encoding=None,
                  max_bytes=20000000, progress=False, strict=True,
                  follow_symlinks=False, dask_timeout=30.0)
    """

    pattern: str = "**/*.txt"
    jobs: int | None = None
    dask: str | None = None
    encoding: str | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES
    progress: bool = False
    strict: bool = False
    follow_symlinks: bool = False
    dask_timeout: float = 30.0

    def __post_init__(self) -> None:
        jobs, dask = self.jobs, self.dask
        if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
            raise ValueError(f"jobs must be a positive integer or None, not {jobs!r}")
        if dask is not None and (not isinstance(dask, str) or not dask.strip()):
            raise ValueError(f"dask must be 'local' or a scheduler address, not {dask!r}")
        timeout = self.dask_timeout
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
            raise ValueError(f"dask_timeout must be a positive number of seconds, not {timeout!r}")

    @property
    def workers(self) -> int:
        """Worker processes of the local pool: ``jobs``, or the number of CPUs."""
        return self.jobs if self.jobs is not None else os.cpu_count() or 1

    def workers_for(self, articles: int) -> tuple[int, str]:
        """Worker processes for ``articles`` articles, and a note when ``jobs`` was capped.

        More processes than CPUs or than articles only cost memory and
        start-up time: ``jobs`` is capped at both (the note says so; it is
        empty when nothing was capped).

        Examples
        --------
        >>> CorpusOptions(jobs=1).workers_for(10)
        (1, '')
        >>> CorpusOptions(jobs=8).workers_for(3)[0] <= 3
        True
        """
        cpus = os.cpu_count() or 1
        wanted = self.workers
        workers = max(1, min(wanted, cpus, articles))
        if self.jobs is None or workers == self.jobs:
            return workers, ""
        article_word = "article" if articles == 1 else "articles"
        cpu_word = "CPU" if cpus == 1 else "CPUs"
        return workers, (
            f"--jobs {self.jobs} capped at {workers} ({cpus} {cpu_word}, {articles} {article_word})"
        )


#: The options of a run given none: every ``*.txt`` below the folder, one process per CPU.
DEFAULT_OPTIONS = CorpusOptions()
