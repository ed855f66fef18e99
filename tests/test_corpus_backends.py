"""Tests of narrative_compare.corpus.backends: serial, pool and Dask give the same results."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
from corpus_fixtures import ARTICLES, add_bad_files, article_names

from narrative_compare.actors import load_actors
from narrative_compare.corpus import (
    CorpusOptions,
    CorpusSummary,
    backends,
    iter_corpus_rows,
    write_corpus_statements,
)

REPO = Path(__file__).resolve().parents[1]


# --- order and determinism across backends -----------------------------------------


def _write(root: Path, out: Path, **kwargs) -> tuple[CorpusSummary, bytes]:
    summary = write_corpus_statements(root, out=out, **kwargs)
    return summary, out.read_bytes()


def test_results_in_path_order(corpus_dir: Path) -> None:
    names = [name for name, _ in iter_corpus_rows(corpus_dir, options=CorpusOptions(jobs=2))]
    assert names == article_names(corpus_dir)
    assert "sub/northwire.txt" in names and not any(n.endswith(".yml") for n in names)


def test_jobs_1_and_2_give_identical_bytes(corpus_dir: Path, tmp_path: Path) -> None:
    s1, one = _write(corpus_dir, tmp_path / "one.csv", options=CorpusOptions(jobs=1))
    s2, two = _write(corpus_dir, tmp_path / "two.csv", options=CorpusOptions(jobs=2))
    _, again = _write(corpus_dir, tmp_path / "again.csv", options=CorpusOptions(jobs=2))
    assert one == two == again
    assert s1 == s2 and s1.articles == 5 and s1.statements > 5


# --- process pool ------------------------------------------------------------------


class _FakePool:
    """Synchronous stand-in for ProcessPoolExecutor that records the submissions."""

    submitted: list[int] = []

    def __init__(self, workers, initializer, initargs):
        self.workers = workers
        initializer(*initargs)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, func, paths):
        _FakePool.submitted.append(len(paths))
        future = Future()
        future.set_result(func(paths))
        return future


def test_pool_keeps_a_bounded_window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for i in range(200):
        (root / f"{i:03d}.txt").write_text(f"Item {i}. The union said so.\n", encoding="utf-8")
    monkeypatch.setattr(backends, "ProcessPoolExecutor", _FakePool)
    monkeypatch.setattr(backends, "MAX_BATCH", 4)
    monkeypatch.setattr(_FakePool, "submitted", [])
    window = 2 * backends.BATCHES_PER_WORKER * 4
    seen = 0
    for name, rows in iter_corpus_rows(root, options=CorpusOptions(jobs=2)):
        seen += 1
        assert sum(_FakePool.submitted) - seen < window
        assert name == f"{seen - 1:03d}.txt" and rows
    assert seen == 200 and sum(_FakePool.submitted) == 200


def _live_session_members(session: int) -> list[int]:
    """Processes of a session that are running (not zombies), from /proc."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_kill_9_leaves_no_truncated_output(tmp_path: Path) -> None:
    root = tmp_path / "big"
    root.mkdir()
    sources = sorted(ARTICLES.glob("*.txt"))
    for i in range(600):
        shutil.copy(sources[i % len(sources)], root / f"a{i:04d}.txt")
    out = tmp_path / "out.csv"
    code = (
        "import sys\n"
        "from narrative_compare.corpus import CorpusOptions, write_corpus_statements\n"
        "write_corpus_statements(sys.argv[1], out=sys.argv[2], options=CorpusOptions(jobs=2))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(root), str(out)], env=env, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 60
        # Kill once some rows were written (to a temporary file, or to the
        # target if writing were not atomic), i.e. mid-stream.
        while time.monotonic() < deadline and process.poll() is None:
            written = [out, *tmp_path.glob(".out.csv.*.tmp")]
            if any(p.exists() and p.stat().st_size > 4096 for p in written):
                break
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        # Orphaned pool workers notice their parent is gone and exit.
        deadline = time.monotonic() + 10
        while _live_session_members(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _live_session_members(process.pid) == []
    finally:
        # The pool workers are in the session started for the child: end them too.
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    if out.exists():  # the run finished before the kill: it must be complete
        expected = write_corpus_statements(
            root, out=tmp_path / "ref.csv", options=CorpusOptions(jobs=2)
        )
        assert out.read_bytes() == (tmp_path / "ref.csv").read_bytes()
        assert expected.articles == 600
    else:
        assert process.returncode == -signal.SIGKILL


# --- Dask --------------------------------------------------------------------------


def test_dask_local_cluster_matches_local_run(corpus_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    add_bad_files(corpus_dir)
    actors = load_actors(ARTICLES / "port_strike.actors.yml")
    local = write_corpus_statements(
        corpus_dir, actors, tmp_path / "local.csv", options=CorpusOptions(jobs=1)
    )
    remote = write_corpus_statements(
        corpus_dir, actors, tmp_path / "dask.csv", options=CorpusOptions(dask="local")
    )
    assert (tmp_path / "dask.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()
    assert remote == local and len(local.skipped) == 3
