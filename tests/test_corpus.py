"""Tests of narrative_compare.corpus."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import pandas as pd
import pytest

from narrative_compare import corpus
from narrative_compare.actors import load_actors
from narrative_compare.corpus import (
    CORPUS_COLUMNS,
    CorpusOptions,
    CorpusSummary,
    Skipped,
    aggregate_corpus,
    iter_corpus_rows,
    process_article,
    read_meta,
    write_corpus_statements,
)
from narrative_compare.errors import InputError
from narrative_compare.loading import load_article
from narrative_compare.output import format_table
from narrative_compare.statements import extract_statements
from narrative_compare.terms import TermCounts

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "tests" / "data" / "articles"
MULTI = REPO / "seeds" / "multi_source"


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """Five articles, one in a sub-folder, plus an actor file that must be ignored."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for name in ("port_strike", "border_clash", "harbour_trial"):
        shutil.copy(ARTICLES / f"{name}.txt", root / f"{name}.txt")
    shutil.copy(ARTICLES / "port_strike.actors.yml", root / "port_strike.actors.yml")
    shutil.copy(MULTI / "northwire.txt", root / "sub" / "northwire.txt")
    shutil.copy(MULTI / "the_meridian.txt", root / "a_meridian.txt")
    return root


def _expected(root: Path, names: list[str], fmt: str, actors=None, **kwargs) -> str:
    """What the single-file command gives per article, article column first, concatenated."""
    frames = []
    for name in names:
        frame = extract_statements(load_article(root / name), actors)
        frame.insert(0, "article", name)
        frames.append(frame)
    return format_table(pd.concat(frames, ignore_index=True), fmt, **kwargs)


def _names(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt"))


def _write(root: Path, out: Path, **kwargs) -> tuple[CorpusSummary, bytes]:
    summary = write_corpus_statements(root, out=out, **kwargs)
    return summary, out.read_bytes()


# --- order, determinism, byte identity ---------------------------------------------


def test_results_in_path_order(corpus_dir: Path) -> None:
    names = [name for name, _ in iter_corpus_rows(corpus_dir, options=CorpusOptions(jobs=2))]
    assert names == _names(corpus_dir)
    assert "sub/northwire.txt" in names and not any(n.endswith(".yml") for n in names)


def test_jobs_1_and_2_give_identical_bytes(corpus_dir: Path, tmp_path: Path) -> None:
    s1, one = _write(corpus_dir, tmp_path / "one.csv", options=CorpusOptions(jobs=1))
    s2, two = _write(corpus_dir, tmp_path / "two.csv", options=CorpusOptions(jobs=2))
    _, again = _write(corpus_dir, tmp_path / "again.csv", options=CorpusOptions(jobs=2))
    assert one == two == again
    assert s1 == s2 and s1.articles == 5 and s1.statements > 5


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "markdown"])
def test_bytes_equal_single_file_output(corpus_dir: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    summary = write_corpus_statements(corpus_dir, out=out, fmt=fmt, options=CorpusOptions(jobs=2))
    expected = _expected(corpus_dir, _names(corpus_dir), fmt)
    assert out.read_text(encoding="utf-8") == expected
    assert summary.articles == 5 and summary.skipped == ()


def test_bytes_equal_with_actors_and_excel_safe(corpus_dir: Path, tmp_path: Path) -> None:
    (corpus_dir / "-dash.txt").write_text(
        '"=1+1 is not a formula," the union said.\n\n@home, the ministry said, all was calm.\n',
        encoding="utf-8",
    )
    actors = load_actors(ARTICLES / "port_strike.actors.yml")
    out = tmp_path / "out.csv"
    write_corpus_statements(corpus_dir, actors, out, excel_safe=True, options=CorpusOptions(jobs=2))
    expected = _expected(corpus_dir, _names(corpus_dir), "csv", actors, excel_safe=True)
    assert out.read_text(encoding="utf-8") == expected
    assert "'-dash.txt" in expected


def test_summary_counts_rows(corpus_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = write_corpus_statements(
        corpus_dir, out=out, fmt="jsonl", options=CorpusOptions(jobs=1)
    )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.statements == len(rows) > 0
    assert summary.articles == len({row["article"] for row in rows}) == 5
    assert list(rows[0]) == list(CORPUS_COLUMNS)


def test_stdout_when_out_is_none(corpus_dir: Path, capsys: pytest.CaptureFixture) -> None:
    write_corpus_statements(corpus_dir, out=None, options=CorpusOptions(jobs=1))
    assert capsys.readouterr().out == _expected(corpus_dir, _names(corpus_dir), "csv")


# --- bad files ---------------------------------------------------------------------


def _add_bad_files(root: Path) -> None:
    (root / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary junk")
    (root / "empty.txt").write_bytes(b"")
    (root / "sub" / "latin1.txt").write_bytes(b"The caf\xe9 owner said it was closed.")


def test_bad_files_are_skipped_and_listed(corpus_dir: Path, tmp_path: Path) -> None:
    good = _names(corpus_dir)
    _add_bad_files(corpus_dir)
    out = tmp_path / "out.csv"
    summary = write_corpus_statements(corpus_dir, out=out, options=CorpusOptions(jobs=2))
    assert [s.article for s in summary.skipped] == ["binary.txt", "empty.txt", "sub/latin1.txt"]
    reasons = dict(summary.skipped)
    assert "binary" in reasons["binary.txt"] and "empty" in reasons["empty.txt"]
    assert "UTF-8" in reasons["sub/latin1.txt"]
    assert summary.articles == len(good)
    assert out.read_text(encoding="utf-8") == _expected(corpus_dir, good, "csv")
    line = summary.describe()
    assert "\n" not in line and line.startswith(f"{len(good)} articles, ")
    assert "3 skipped (binary.txt: " in line


def test_iter_yields_skipped(corpus_dir: Path) -> None:
    _add_bad_files(corpus_dir)
    results = dict(iter_corpus_rows(corpus_dir, options=CorpusOptions(jobs=1)))
    assert isinstance(results["empty.txt"], Skipped)
    assert isinstance(results["port_strike.txt"], list) and results["port_strike.txt"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_strict_raises_and_writes_nothing(corpus_dir: Path, tmp_path: Path, jobs: int) -> None:
    _add_bad_files(corpus_dir)
    out = tmp_path / "out.csv"
    with pytest.raises(InputError) as caught:
        write_corpus_statements(corpus_dir, out=out, options=CorpusOptions(strict=True, jobs=jobs))
    assert caught.value.path == str(corpus_dir / "binary.txt")
    assert not out.exists() and list(tmp_path.glob(".out.csv*")) == []


def test_describe() -> None:
    assert CorpusSummary(1, 1).describe() == "1 article, 1 statement, 0 skipped"
    skipped = tuple(Skipped(f"{i}.txt", "file is empty") for i in range(5))
    line = CorpusSummary(3, 40, skipped).describe()
    assert line.startswith("3 articles, 40 statements, 5 skipped (0.txt: file is empty; ")
    assert line.endswith("; and 2 more)") and "3.txt" not in line


# --- metadata ----------------------------------------------------------------------


def test_meta_join(corpus_dir: Path, tmp_path: Path) -> None:
    meta = tmp_path / "meta.csv"
    meta.write_text(
        "outlet,article,date\nDock News,port_strike.txt,2025-01-02\n"
        "Wire,./sub/northwire.txt,2025-01-03\nGhost,missing.txt,2025-01-04\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    write_corpus_statements(corpus_dir, out=out, meta=meta, options=CorpusOptions(jobs=2))
    table = pd.read_csv(out, keep_default_na=False, dtype=str)
    assert list(table.columns) == [*CORPUS_COLUMNS, "outlet", "date"]
    by_article = table.groupby("article")[["outlet", "date"]].agg(set)
    assert by_article.loc["port_strike.txt", "outlet"] == {"Dock News"}
    assert by_article.loc["sub/northwire.txt", "date"] == {"2025-01-03"}
    assert by_article.loc["border_clash.txt", "outlet"] == {""}
    # The statement columns are the same as without metadata.
    write_corpus_statements(corpus_dir, out=tmp_path / "plain.csv", options=CorpusOptions(jobs=1))
    plain = pd.read_csv(tmp_path / "plain.csv", keep_default_na=False, dtype=str)
    pd.testing.assert_frame_equal(table[list(CORPUS_COLUMNS)], plain)


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


def test_bad_meta_fails_before_writing(corpus_dir: Path, tmp_path: Path) -> None:
    meta = tmp_path / "meta.csv"
    meta.write_text("file,outlet\nx,y\n", encoding="utf-8")
    with pytest.raises(InputError, match="meta.csv"):
        write_corpus_statements(
            corpus_dir, out=tmp_path / "out.csv", meta=meta, options=CorpusOptions(jobs=1)
        )
    assert not (tmp_path / "out.csv").exists()


# --- interruption ------------------------------------------------------------------


class Boom(Exception):
    pass


@pytest.mark.parametrize("error", [Boom, KeyboardInterrupt])
def test_interrupted_write_leaves_nothing(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type
) -> None:
    real = corpus.statement_rows
    calls = []

    def failing(text, actors=None):
        calls.append(1)
        if len(calls) == 3:
            raise error("stop")
        return real(text, actors)

    monkeypatch.setattr(corpus, "statement_rows", failing)
    out = tmp_path / "out" / "statements.csv"
    out.parent.mkdir()
    with pytest.raises(error):
        write_corpus_statements(corpus_dir, out=out, options=CorpusOptions(jobs=1))
    assert len(calls) == 3
    assert list(out.parent.iterdir()) == []


def test_interrupted_write_keeps_previous_file(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "statements.csv"
    out.write_text("previous\n", encoding="utf-8")

    def failing(text, actors=None):
        raise Boom("engine bug")

    monkeypatch.setattr(corpus, "statement_rows", failing)
    with pytest.raises(Boom) as caught:
        write_corpus_statements(corpus_dir, out=out, options=CorpusOptions(jobs=1))
    assert any("a_meridian.txt" in note for note in getattr(caught.value, "__notes__", []))
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "statements.csv"]


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


# --- backends ----------------------------------------------------------------------


def test_dask_local_cluster_matches_local_run(corpus_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    _add_bad_files(corpus_dir)
    actors = load_actors(ARTICLES / "port_strike.actors.yml")
    local = write_corpus_statements(
        corpus_dir, actors, tmp_path / "local.csv", options=CorpusOptions(jobs=1)
    )
    remote = write_corpus_statements(
        corpus_dir, actors, tmp_path / "dask.csv", options=CorpusOptions(dask="local")
    )
    assert (tmp_path / "dask.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()
    assert remote == local and len(local.skipped) == 3


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
    monkeypatch.setattr(corpus, "ProcessPoolExecutor", _FakePool)
    monkeypatch.setattr(corpus, "MAX_BATCH", 4)
    monkeypatch.setattr(_FakePool, "submitted", [])
    window = 2 * corpus.BATCHES_PER_WORKER * 4
    seen = 0
    for name, rows in iter_corpus_rows(root, options=CorpusOptions(jobs=2)):
        seen += 1
        assert sum(_FakePool.submitted) - seen < window
        assert name == f"{seen - 1:03d}.txt" and rows
    assert seen == 200 and sum(_FakePool.submitted) == 200


def test_progress_bar_on_stderr(corpus_dir: Path, capsys: pytest.CaptureFixture) -> None:
    list(iter_corpus_rows(corpus_dir, options=CorpusOptions(jobs=1, progress=True)))
    captured = capsys.readouterr()
    assert "article" in captured.err and captured.out == ""


def test_process_article_is_picklable(corpus_dir: Path) -> None:
    func = pickle.loads(pickle.dumps(process_article))
    name, rows = func(corpus_dir / "sub" / "northwire.txt", corpus_dir)
    assert name == "sub/northwire.txt" and len(rows[0]) == len(CORPUS_COLUMNS) - 1
    (corpus_dir / "empty.txt").write_bytes(b"")
    assert func(corpus_dir / "empty.txt", corpus_dir) == (
        "empty.txt",
        Skipped("empty.txt", "file is empty"),
    )


def test_argument_errors(corpus_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="jobs"):
        iter_corpus_rows(corpus_dir, options=CorpusOptions(jobs=0))
    with pytest.raises(InputError, match="directory not found"):
        iter_corpus_rows(tmp_path / "nowhere")
    with pytest.raises(InputError, match="no files match"):
        write_corpus_statements(
            corpus_dir, out=tmp_path / "x.csv", options=CorpusOptions(pattern="*.md")
        )
    with pytest.raises(InputError, match="refusing to overwrite"):
        write_corpus_statements(
            corpus_dir, out=corpus_dir / "border_clash.txt", options=CorpusOptions(jobs=1)
        )
    with pytest.raises(ValueError, match="unknown format"):
        write_corpus_statements(corpus_dir, out=tmp_path / "x", fmt="xlsx")


# --- aggregation -------------------------------------------------------------------


def test_aggregate_counts_equal_whole_table_counts(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus, "COUNT_BUFFER_ROWS", 7)  # force several partial adds
    settings = {"ngram_range": (1, 2), "direct_weight": 2.0}
    result = aggregate_corpus(
        corpus_dir,
        counts=TermCounts(**settings),
        keep_statements=True,
        options=CorpusOptions(jobs=2),
    )
    whole = TermCounts(**settings).add(result.statements)
    assert result.counts.counts == whole.counts
    assert result.summary.articles == 5 and result.frames is None
    expected = _expected(corpus_dir, _names(corpus_dir), "csv")
    assert format_table(result.statements, "csv") == expected


def test_aggregate_frames_have_article_offsets(corpus_dir: Path) -> None:
    result = aggregate_corpus(corpus_dir, frames=True, options=CorpusOptions(jobs=1))
    frames = result.frames
    assert result.statements is None and not frames.empty
    assert frames.columns[0] == "article"
    for row in frames.itertuples():
        text = load_article(corpus_dir / row.article).text
        assert text[row.start : row.end] == row.phrase
