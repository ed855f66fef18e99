"""Where the articles of a corpus are processed: in this process, a pool, or a Dask cluster.

:func:`run_backend` picks one of three from the :class:`CorpusOptions`:

- ``jobs=1``: in this process, one article after the other;
- ``jobs>1`` (default: one per CPU): a pool of worker processes; the actor
  table is sent to each worker once, articles travel as paths in small batches
  and at most a few batches per worker are in flight, so memory does not grow
  with the corpus;
- ``dask="local"`` or ``dask="tcp://host:8786"``: a Dask distributed cluster.
  The articles are read here and their text is sent to the workers, so the
  workers need no access to the files (but need narrative-compare installed).

Results always come back in the order of the paths given, so the output is
byte-identical whatever the number of jobs or the backend.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from narrative_compare.actors import ActorTable
from narrative_compare.corpus.options import CorpusOptions
from narrative_compare.corpus.reading import (
    ArticleResult,
    Skipped,
    extract_rows,
    load_text,
    process_article,
)
from narrative_compare.errors import NarrativeCompareError
from narrative_compare.statements import StatementRows

#: Largest number of articles sent to a worker in one task.
MAX_BATCH = 32

#: Batches in flight per worker: enough to keep the workers busy, few enough
#: that memory does not depend on the size of the corpus.
BATCHES_PER_WORKER = 3

#: How often a pool worker checks that its parent process is still alive.
PARENT_CHECK_SECONDS = 0.5

#: An article loaded here for a Dask worker: its name and text, or why it was skipped.
_Loaded = tuple[str, "str | Skipped"]

_Task = TypeVar("_Task")


def run_backend(
    paths: Sequence[Path], root: Path, actors: ActorTable | None, options: CorpusOptions
) -> Generator[ArticleResult, None, None]:
    """Per-article results of ``paths``, in their order, on the backend ``options`` choose.

    Nothing runs until the first result is asked for; closing the generator
    stops the workers.

    Examples
    --------
    >>> from narrative_compare.loading import seeds_dir
    >>> paths = [seeds_dir() / "multi_source" / "northwire.txt"]
    >>> [name for name, rows in run_backend(paths, seeds_dir(), None, CorpusOptions(jobs=1))]
    ['multi_source/northwire.txt']
    """
    if options.dask is not None:
        address = options.dask.strip()
        workers = options.jobs or 2
        if address == "local":
            workers, note = options.workers_for(len(paths)) if options.jobs else (2, "")
            _note(note)
        return _iter_dask(paths, root, actors, options, address, workers)
    workers, note = options.workers_for(len(paths))
    _note(note)
    if workers == 1 or len(paths) < 2:
        return _iter_serial(paths, root, actors, options)
    return _iter_pool(paths, root, actors, options, workers)


def _note(note: str) -> None:
    """Tell the user on standard error (e.g. that ``--jobs`` was capped)."""
    if note and sys.stderr is not None:
        print(f"narrative-compare: note: {note}", file=sys.stderr)


def _process(
    path: str | Path, root: str | Path, actors: ActorTable | None, options: CorpusOptions
) -> ArticleResult:
    return process_article(
        path, root, actors, encoding=options.encoding, max_bytes=options.max_bytes
    )


def _batches(paths: Sequence[Path], workers: int) -> Iterator[list[Path]]:
    size = max(1, min(MAX_BATCH, len(paths) // (workers * 4)))
    for start in range(0, len(paths), size):
        yield list(paths[start : start + size])


def _in_window(tasks: Iterable[_Task], window: int, pending: deque[_Task]) -> Iterator[_Task]:
    """The tasks in order, each handed out once ``window`` of them are started.

    A task is started when it is taken from ``tasks``, so at most ``window``
    are in flight; those left in ``pending`` when the consumer stops are the
    caller's to cancel.
    """
    for task in tasks:
        pending.append(task)
        if len(pending) >= window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


# --- in this process -----------------------------------------------------------------


def _iter_serial(
    paths: Sequence[Path], root: Path, actors: ActorTable | None, options: CorpusOptions
) -> Generator[ArticleResult, None, None]:
    for path in paths:
        yield _process(path, root, actors, options)


# --- process pool ------------------------------------------------------------------

#: What a pool worker needs for every batch, set once by :func:`_init_worker`.
_WORKER_STATE: dict[str, Any] = {}


def _init_worker(root: str, actors: ActorTable | None, options: CorpusOptions) -> None:
    # Ctrl-C reaches the whole process group: let the parent handle it alone.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_STATE.update(root=root, actors=actors, options=options)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    # A pool worker waits for tasks forever; if the parent is killed (kill -9)
    # nobody would end it, so it watches the parent itself.
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _process_batch(paths: list[str]) -> list[ArticleResult]:
    root, actors, options = (_WORKER_STATE[key] for key in ("root", "actors", "options"))
    return [_process(path, root, actors, options) for path in paths]


def _iter_pool(
    paths: Sequence[Path],
    root: Path,
    actors: ActorTable | None,
    options: CorpusOptions,
    jobs: int,
) -> Generator[ArticleResult, None, None]:
    batches = list(_batches(paths, jobs))
    workers = min(jobs, len(batches))
    initargs = (str(root), actors, options)
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=initargs) as pool:
        tasks = (pool.submit(_process_batch, [str(path) for path in batch]) for batch in batches)
        pending: deque[Future[list[ArticleResult]]] = deque()
        try:
            for future in _in_window(tasks, workers * BATCHES_PER_WORKER, pending):
                yield from future.result()
        finally:
            for future in pending:
                future.cancel()


# --- Dask --------------------------------------------------------------------------


def _dask_client(address: str, workers: int, timeout: float) -> tuple[Any, Any]:
    """Connect to (or start) a Dask cluster; return ``(client, cluster_or_None)``.

    Connecting to a scheduler is bounded by ``timeout`` seconds whatever is
    listening at the address: a server that is not Dask or never answers
    gives a :class:`NarrativeCompareError` instead of a hang.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise NarrativeCompareError(
            "the dask option needs dask[distributed]: pip install 'narrative-compare[dask]'"
        ) from None
    if address == "local":
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        try:
            return Client(cluster), cluster
        except BaseException:
            cluster.close()
            raise
    outcome: dict[str, Any] = {}

    def connect() -> None:
        try:
            outcome["client"] = Client(address, timeout=f"{timeout}s")
        except Exception as error:  # anything a non-Dask server makes the client raise
            outcome["error"] = error

    # The client's own timeout does not bound the handshake with a server that
    # accepts the connection and never speaks Dask: wait in a daemon thread.
    thread = threading.Thread(target=connect, name="dask-connect", daemon=True)
    thread.start()
    thread.join(timeout)
    where = f"Dask scheduler at {address}"
    if "client" in outcome:
        return outcome["client"], None
    if "error" in outcome:
        error = outcome["error"]
        detail = " ".join(str(error).split()) or type(error).__name__
        raise NarrativeCompareError(f"cannot connect to the {where}: {detail}")
    raise NarrativeCompareError(
        f"cannot connect to the {where}: no Dask answer within {timeout:g} s "
        "(is it a Dask scheduler? raise the limit with --dask-timeout)"
    )


def _iter_dask(
    paths: Sequence[Path],
    root: Path,
    actors: ActorTable | None,
    options: CorpusOptions,
    address: str,
    workers: int,
) -> Generator[ArticleResult, None, None]:
    client, cluster = _dask_client(address, workers, options.dask_timeout)
    pending: deque[tuple[Any, list[_Loaded]]] = deque()
    try:
        shared_actors = client.scatter(actors, broadcast=True) if actors is not None else None
        window = max(2, len(client.scheduler_info().get("workers", {})) * BATCHES_PER_WORKER)
        batches = _batches(paths, max(workers, 1))
        tasks = (_submit_dask(client, batch, root, options, shared_actors) for batch in batches)
        for future, loaded in _in_window(tasks, window, pending):
            yield from _merge_dask(future, loaded)
    finally:
        if pending:
            client.cancel([future for future, _ in pending])
        client.close()
        if cluster is not None:
            cluster.close()


def _submit_dask(
    client: Any, batch: list[Path], root: Path, options: CorpusOptions, shared_actors: Any
) -> tuple[Any, list[_Loaded]]:
    """Load a batch here and send the texts that loaded to a worker: ``(future, loaded)``."""
    encoding, max_bytes = options.encoding, options.max_bytes
    loaded = [load_text(path, root, encoding=encoding, max_bytes=max_bytes) for path in batch]
    items = [(name, text) for name, text in loaded if isinstance(text, str)]
    return client.submit(_extract_batch, items, shared_actors, pure=False), loaded


def _extract_batch(
    items: list[tuple[str, str]], actors: ActorTable | None
) -> list[tuple[str, StatementRows]]:
    """Dask task: rows of already loaded articles ``(name, text)``."""
    return [(name, extract_rows(name, text, actors)) for name, text in items]


def _merge_dask(future: Any, loaded: list[_Loaded]) -> Iterator[ArticleResult]:
    """Put the rows computed by a worker back between the batch's skipped files."""
    computed = iter(future.result())
    for name, text in loaded:
        yield (name, text) if isinstance(text, Skipped) else next(computed)
