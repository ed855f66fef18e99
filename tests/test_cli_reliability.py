"""Outputs that never destroy, and one line with exit status 2 for every failure.

Every case runs through the command line (``cli.main`` in this process, or the
installed command in a subprocess where a signal or a closed descriptor is
needed) and checks the exit status, the one-line message naming the file, that
no traceback reached the user, and what is left on disk.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
import threading
import time
import unicodedata
from pathlib import Path

import pytest

from narrative_compare import cli, output
from narrative_compare.report import MARKER_FILE

ARTICLE = "The union said the strike would go on. Ships waited.\n"


def run(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def one_line_error(capsys, argv: list[str], culprit: str) -> str:
    code, out, err = run(capsys, argv)
    assert code == 2, (code, err)
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert culprit in lines[0], (culprit, err)
    return lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def no_temporaries(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


# --- 1. output paths -----------------------------------------------------------------


def test_symlink_target_is_replaced_and_link_kept(capsys, tmp_path, article):
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    code, _, err = run(capsys, ["statements", str(article), "-o", str(link)])
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith("statement_id,")
    assert no_temporaries(tmp_path)


def test_device_node_is_written_in_place_not_replaced(capsys, tmp_path, article):
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # like /dev/null
    code, _, err = run(capsys, ["statements", str(article), "-o", str(null)])
    assert code == 0, err
    assert stat.S_ISCHR(null.stat().st_mode)
    assert no_temporaries(tmp_path)


def test_fifo_is_written_in_place(capsys, tmp_path, article):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, _, err = run(capsys, ["statements", str(article), "-o", str(fifo)])
    reader.join(10)
    assert code == 0, err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received and received[0].startswith(b"statement_id,")


def test_full_device_is_one_line(capsys, tmp_path, article):
    full = tmp_path / "full"
    os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # like /dev/full: ENOSPC
    message = one_line_error(capsys, ["statements", str(article), "-o", str(full)], str(full))
    assert "No space left on device" in message
    assert stat.S_ISCHR(full.stat().st_mode)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EIO, errno.EDQUOT])
def test_write_failure_is_one_line_and_keeps_old_file(capsys, tmp_path, article, monkeypatch, code):
    target = tmp_path / "out.csv"
    target.write_text("old\n")

    def failing_fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(output.os, "fsync", failing_fsync)
    message = one_line_error(capsys, ["statements", str(article), "-o", str(target)], str(target))
    assert os.strerror(code) in message
    assert target.read_text() == "old\n"
    assert no_temporaries(tmp_path)


def test_final_rename_failure_is_one_line(capsys, tmp_path, article, monkeypatch):
    target = tmp_path / "out.csv"
    target.write_text("old\n")

    def failing_replace(*args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(output.os, "replace", failing_replace)
    one_line_error(capsys, ["statements", str(article), "-o", str(target)], str(target))
    assert target.read_text() == "old\n"
    assert no_temporaries(tmp_path)


def test_stale_temporaries_of_a_killed_run_are_removed(capsys, tmp_path, article):
    target = tmp_path / "out.csv"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".out.csv.{dead.pid}.abcd1234.tmp"
    stale.write_text("half a file")
    alive = tmp_path / f".out.csv.{os.getppid()}.abcd1234.tmp"  # a running process
    alive.write_text("another writer")
    code, _, err = run(capsys, ["statements", str(article), "-o", str(target)])
    assert code == 0, err
    assert not stale.exists() and alive.exists()


# --- 2. report folders ------------------------------------------------------------------


def report_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_report_refuses_to_write_over_its_input(capsys, tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    source = folder / "index.html"
    source.write_text("<p>" + ARTICLE + "</p>", encoding="utf-8")
    one_line_error(capsys, ["report", str(source), "-o", str(folder)], str(folder))
    assert source.read_text(encoding="utf-8").startswith("<p>The union")
    assert [p.name for p in folder.iterdir()] == ["index.html"]


def test_report_refuses_foreign_folder_unless_forced(capsys, tmp_path, article):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "index.html").write_text("my own page")
    (folder / "notes.txt").write_text("keep me")
    message = one_line_error(capsys, ["report", str(article), "-o", str(folder)], str(folder))
    assert "--force" in message
    assert (folder / "index.html").read_text() == "my own page"
    code, _, err = run(capsys, ["report", str(article), "-o", str(folder), "--force"])
    assert code == 0, err
    assert (folder / "notes.txt").read_text() == "keep me"
    assert (folder / MARKER_FILE).exists()
    assert "statements.csv" in os.listdir(folder)
    assert no_temporaries(tmp_path)


def test_report_replaces_a_previous_report_whole(capsys, tmp_path, article):
    folder = tmp_path / "report"
    assert run(capsys, ["report", str(article), "-o", str(folder)])[0] == 0
    (folder / "old_extra.csv").write_text("x")  # not listed in the marker: kept
    other = tmp_path / "other.txt"
    other.write_text("The ministry said talks had failed.\n", encoding="utf-8")
    assert run(capsys, ["report", str(other), "-o", str(folder)])[0] == 0
    assert "ministry" in (folder / "statements.csv").read_text()
    assert (folder / "old_extra.csv").exists()
    assert no_temporaries(tmp_path)


def test_report_failure_at_the_swap_keeps_the_old_report(capsys, tmp_path, article, monkeypatch):
    folder = tmp_path / "report"
    assert run(capsys, ["report", str(article), "-o", str(folder)])[0] == 0
    before = report_files(folder)

    def failing(*args: object) -> bool:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(output, "_exchange", failing)
    other = tmp_path / "other.txt"
    other.write_text("The ministry said talks had failed.\n", encoding="utf-8")
    one_line_error(capsys, ["report", str(other), "-o", str(folder)], str(folder))
    assert report_files(folder) == before
    assert no_temporaries(tmp_path)


def test_report_disk_full_mid_way_keeps_the_old_report(capsys, tmp_path, article, monkeypatch):
    folder = tmp_path / "report"
    assert run(capsys, ["report", str(article), "-o", str(folder)])[0] == 0
    before = report_files(folder)
    calls = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", fsync)
    message = one_line_error(capsys, ["report", str(article), "-o", str(folder)], str(folder))
    assert "No space left" in message
    assert report_files(folder) == before
    assert no_temporaries(tmp_path)


def test_report_into_a_folder_that_cannot_be_created(capsys, tmp_path, article):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    target = blocker / "report"
    one_line_error(capsys, ["report", str(article), "-o", str(target)], str(target))
    assert blocker.read_text() == "x"


def test_report_excel_safe_covers_headers_and_cells(capsys, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("=HYPERLINK(1) said the union. Ships waited.\n", encoding="utf-8")
    folder = tmp_path / "report"
    assert run(capsys, ["report", str(source), "-o", str(folder), "--excel-safe"])[0] == 0
    text = (folder / "statements.csv").read_text()
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


KILLED_RUN = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from narrative_compare import output, cli
    ready = Path(sys.argv[1])
    original = output.AtomicFolder.write_text
    def slow(self, name, content):
        original(self, name, content)
        if name == "terms.csv":
            ready.write_text("writing")
            time.sleep(60)
    output.AtomicFolder.write_text = slow
    sys.exit(cli.main(sys.argv[2:]))
    """
)


def test_kill_9_in_the_middle_of_report_leaves_the_previous_report(capsys, tmp_path, article):
    folder = tmp_path / "report"
    assert run(capsys, ["report", str(article), "-o", str(folder)])[0] == 0
    before = report_files(folder)
    other = tmp_path / "other.txt"
    other.write_text("The ministry said talks had failed.\n", encoding="utf-8")
    ready = tmp_path / "ready"
    argv = [sys.executable, "-c", KILLED_RUN, str(ready), "report", str(other), "-o", str(folder)]
    process = subprocess.Popen(argv, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not ready.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert ready.exists(), process.stderr.read() if process.stderr else ""
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".report.")]  # mid-way
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert report_files(folder) == before
    # The next run removes the killed run's temporary folder and writes the new report.
    assert run(capsys, ["report", str(other), "-o", str(folder)])[0] == 0
    assert no_temporaries(tmp_path)
    assert "ministry" in (folder / "statements.csv").read_text()


# --- 4. one line, exit 2 -------------------------------------------------------------------


def test_mathtext_camp_name_is_drawn_literally(capsys, tmp_path, article):
    actors = tmp_path / "actors.yml"
    actors.write_text(
        "actors:\n  - {id: union, name: The union, camp: '$\\foo{bar$'}\n", encoding="utf-8"
    )
    folder = tmp_path / "report"
    code, _, err = run(capsys, ["report", str(article), "--actors", str(actors), "-o", str(folder)])
    assert code == 0, err
    assert "$\\foo{bar$" in (folder / "statements.csv").read_text()


def test_encoding_punycode_is_one_line(capsys, tmp_path, article):
    message = one_line_error(
        capsys, ["statements", str(article), "--encoding", "punycode"], str(article)
    )
    assert "punycode" in message


@pytest.mark.parametrize("option", [["ARTICLE"], ["--dask"], ["--actors"], ["-o"]])
def test_empty_arguments_are_usage_errors(capsys, tmp_path, article, option):
    argv = ["statements", "" if option == ["ARTICLE"] else str(article)]
    if option != ["ARTICLE"]:
        argv += [option[0], ""]
    one_line_error(capsys, argv, "is empty")


def test_closed_stdout_is_one_line(article):
    command = [sys.executable, "-m", "narrative_compare.cli", "statements", str(article)]
    done = subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1)
    )
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert "standard output" in err


def corpus(tmp_path: Path, count: int = 2) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i}.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_dask_non_dask_server_times_out_with_one_line(capsys, tmp_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    address = f"tcp://127.0.0.1:{listener.getsockname()[1]}"
    try:
        started = time.monotonic()
        argv = ["statements", str(corpus(tmp_path)), "--dask", address, "--dask-timeout", "1"]
        argv += ["-o", str(tmp_path / "out.csv")]
        message = one_line_error(capsys, argv, address)
        assert time.monotonic() - started < 20
        assert "--dask-timeout" in message
    finally:
        listener.close()
    assert not (tmp_path / "out.csv").exists()


# --- 6. Markdown ---------------------------------------------------------------------------


def test_markdown_escapes_html(capsys, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text('The union said <img src=x onerror="alert(1)"> so.\n', encoding="utf-8")
    code, out, _ = run(capsys, ["statements", str(source), "--format", "markdown"])
    assert code == 0
    assert "<img" not in out and "&lt;img" in out


def test_excel_safe_covers_header_cells(capsys, tmp_path):
    folder = corpus(tmp_path)
    meta = tmp_path / "meta.csv"
    meta.write_text("article,=cmd\na0.txt,x\na1.txt,y\n", encoding="utf-8")
    argv = ["statements", str(folder), "--meta", str(meta), "--excel-safe", "--jobs", "1"]
    code, out, err = run(capsys, argv)
    assert code == 0, err
    assert out.splitlines()[0].endswith(",'=cmd")


# --- 7. Unicode normalisation ---------------------------------------------------------------


@pytest.mark.parametrize("actor_form,text_form", [("NFC", "NFD"), ("NFD", "NFC")])
def test_names_match_whatever_their_normalisation(capsys, tmp_path, actor_form, text_form):
    text = unicodedata.normalize(text_form, "The Café Workers Union said the strike went on.\n")
    source = tmp_path / "a.txt"
    source.write_text(text, encoding="utf-8")
    actors = tmp_path / "actors.yml"
    name = unicodedata.normalize(actor_form, "Café Workers Union")
    actors.write_text(f"actors:\n  - {{id: cafe, name: {name}, camp: Labour}}\n", "utf-8")
    code, out, err = run(capsys, ["statements", str(source), "--actors", str(actors)])
    assert code == 0, err
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["actor"] == "cafe"
    start, end = int(row["start"]), int(row["end"])
    assert text[start:end] == row["text"]


# --- 8. jobs, signals -------------------------------------------------------------------------


def test_jobs_capped_with_a_note(capsys, tmp_path):
    code, _, err = run(capsys, ["statements", str(corpus(tmp_path, 2)), "--jobs", "40"])
    assert code == 0, err
    assert "--jobs 40 capped at" in err


#: Runs the command line, pausing mid-write: after the first article's rows
#: are in the temporary file it says so (argv[1]) and sleeps, so the signal
#: lands while the run is writing, whatever the load of the machine.
PAUSED_RUN = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from narrative_compare import cli, output
    ready = Path(sys.argv[1])
    original = output.TableWriter.write_rows
    def paused(self, rows):
        original(self, rows)
        if not ready.exists():
            ready.write_text("writing")
            time.sleep(60)
    output.TableWriter.write_rows = paused
    sys.exit(cli.main(sys.argv[2:]))
    """
)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_remove_temporary_files(tmp_path, signum):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i:03}.txt").write_text(ARTICLE * 30, encoding="utf-8")
    out = tmp_path / "out.csv"
    ready = tmp_path / "ready"
    command = ["statements", str(folder), "--jobs", "1", "-o", str(out)]
    argv = [sys.executable, "-c", PAUSED_RUN, str(ready), *command]
    process = subprocess.Popen(argv, stderr=subprocess.PIPE)
    # Wait for the child to say it is mid-write (no fixed sleep: the signal
    # is sent only once the handler is installed and the temporary file open).
    deadline = time.monotonic() + 120
    while not ready.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    assert ready.exists(), process.stderr.read().decode() if process.stderr else ""
    assert not no_temporaries(tmp_path)  # mid-write
    process.send_signal(signum)
    process.wait(60)
    err = process.stderr.read().decode() if process.stderr else ""
    assert process.returncode == 128 + signum, err
    assert "Traceback" not in err
    assert no_temporaries(tmp_path) and not out.exists()


#: Runs the command line with ``signal`` sent to itself the moment its
#: temporary file (or report folder) exists, before tempfile returns its name.
SIGNAL_AT_CREATION = textwrap.dedent(
    """
    import os, signal, sys, tempfile
    from narrative_compare import cli
    signum = int(sys.argv[1])
    make_file, make_folder = tempfile._mkstemp_inner, tempfile.mkdtemp
    def file_made(*args):
        made = make_file(*args)
        os.kill(os.getpid(), signum)
        return made
    def folder_made(*args, **kwargs):
        made = make_folder(*args, **kwargs)
        os.kill(os.getpid(), signum)
        return made
    tempfile._mkstemp_inner, tempfile.mkdtemp = file_made, folder_made
    sys.exit(cli.main(sys.argv[2:]))
    """
)


@pytest.mark.parametrize("command", ["statements", "report"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_signal_as_the_temporary_is_made_leaves_nothing(tmp_path, article, command, signum):
    out = tmp_path / ("out.csv" if command == "statements" else "report")
    argv = [sys.executable, "-c", SIGNAL_AT_CREATION, str(int(signum)), command, str(article)]
    process = subprocess.run([*argv, "-o", str(out)], capture_output=True, timeout=120)
    err = process.stderr.decode()
    assert process.returncode == 128 + signum, err
    assert "Traceback" not in err
    assert no_temporaries(tmp_path) and not out.exists()


# --- 9. corpus entries -----------------------------------------------------------------------


def test_corpus_odd_entries_are_skipped_with_a_reason(capsys, tmp_path):
    folder = corpus(tmp_path)
    os.mkfifo(folder / "fifo.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text(ARTICLE, encoding="utf-8")
    (folder / "outside.txt").symlink_to(outside)
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.csv"
    code, _, err = run(capsys, ["statements", str(folder), "--jobs", "1", "-o", str(out)])
    assert code == 1, err
    for name, reason in [
        ("fifo.txt", "FIFO"),
        ("dangling.txt", "dangling"),
        ("loop.txt", "loop"),
        ("outside.txt", "--follow-symlinks"),
    ]:
        assert any(name in line and reason in line for line in err.splitlines()), (name, err)
    table = out.read_text(encoding="utf-8")
    assert "caf\\xe9.txt" in table and "secret" not in table
    assert "4 skipped" in err
    code, _, err = run(
        capsys, ["statements", str(folder), "--jobs", "1", "--follow-symlinks", "-o", str(out)]
    )
    assert "outside.txt" in out.read_text(encoding="utf-8")


def test_unreadable_folder_is_skipped_with_a_reason(capsys, tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    locked = folder / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # root reads every folder: make this one unreadable
        if Path(os.fspath(path)) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, _, err = run(
        capsys, ["statements", str(folder), "--jobs", "1", "-o", str(tmp_path / "o")]
    )
    assert code == 1, err
    assert any("locked" in line and "Permission denied" in line for line in err.splitlines())


def test_meta_rows_matching_no_article_are_warned_about(capsys, tmp_path):
    folder = corpus(tmp_path)
    meta = tmp_path / "meta.csv"
    meta.write_text("article,outlet\na0.txt,A\ntypo.txt,B\n", encoding="utf-8")
    code, _, err = run(capsys, ["statements", str(folder), "--meta", str(meta), "--jobs", "1"])
    assert code == 1, err  # issue 15: a metadata problem is a warning with exit 1
    assert "meta.csv row 3: article 'typo.txt' is not in the folder" in err
    assert "1 metadata row matching no article" in err
