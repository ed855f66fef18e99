"""Benchmark corpus mode: throughput of the statement engine and peak memory.

In one process, on one synthetic corpus (``make_corpus.py``), it times:

(a)  scikit-learn ``TfidfVectorizer().fit_transform`` over the raw texts: the
     reference for "how fast can Python text processing go";
(b)  ``statement_rows`` over every article on one core (texts already in memory);
(b1) ``iter_corpus_rows(jobs=1)``: the same, reading the files;
(b2) ``statement_rows`` over the bundled articles themselves, each once: a
     control, since the synthetic articles reuse their paragraphs;
(c)  ``iter_corpus_rows(jobs=N)``: a pool of N worker processes;
(d)  a whole-corpus compare: ``aggregate_corpus(jobs=N)`` then log-odds and
     TF-IDF from the accumulated counts.

(``jobs=N`` stands for ``options=CorpusOptions(jobs=N)``.)

Then it measures the peak memory of ``narrative-compare statements DIR -o
out.csv`` run as a subprocess on two corpus sizes: the largest resident set of
any one process (``wait4`` rusage, like ``/usr/bin/time -v``) and the peak sum
over the process tree (sampled from ``/proc`` every 20 ms).

Usage::

    python benchmarks/run.py            # 2,000 articles; memory at 2,000 and 20,000
    python benchmarks/run.py --quick    # 300 articles; memory at 500 and 5,000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import SOURCE_GLOBS, make_corpus  # noqa: E402

import narrative_compare  # noqa: E402
from narrative_compare.corpus import (  # noqa: E402
    CorpusOptions,
    aggregate_corpus,
    iter_corpus_rows,
)
from narrative_compare.loading import iter_article_paths, load_article  # noqa: E402
from narrative_compare.statements import statement_rows  # noqa: E402
from narrative_compare.terms import log_odds_from_counts, tfidf_from_counts  # noqa: E402

#: Targets the results are reported against.
TARGET_RATIO, GOAL_RATIO, TARGET_SPEEDUP = 0.25, 0.5, 1.6
TARGET_RSS_GROWTH, TARGET_RSS_MB = 1.2, 400.0

# Runs the measured command from a small fresh interpreter. ru_maxrss keeps
# the largest image a process ever had, including the copy of its parent made
# by fork() before exec(): forked from this (large) benchmark process, the
# command would report our size, not its own.
_LAUNCHER_CODE = (
    "import os, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    os.execv(sys.argv[1], sys.argv[1:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "print(usage.ru_maxrss)\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


class Timing(NamedTuple):
    """One throughput measurement."""

    key: str
    label: str
    seconds: float
    mb_per_s: float
    cpu_seconds: float


#: The commands whose peak memory and time are measured, as the report shows them.
MEMORY_COMMANDS = ("statements", "frames")
#: Target: ``frames DIR`` takes at most this many times as long as ``statements DIR``.
TARGET_FRAMES_TIME = 2.0


class Memory(NamedTuple):
    """Peak memory of one ``statements DIR`` run."""

    articles: int
    megabytes: float
    seconds: float
    max_process_mb: float
    tree_peak_mb: float
    command: str


def machine() -> dict[str, Any]:
    """CPU, core count, memory and Python version of this machine."""
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "nproc": usable or os.cpu_count(),
        "cpu": model,
        "memory_gb": memory,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def _cpu() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def source_articles() -> list[Path]:
    """The bundled articles the synthetic corpus is made from."""
    repo = HERE.parent
    return sorted({path for pattern in SOURCE_GLOBS for path in repo.glob(pattern)})


def empty_caches() -> int:
    """Empty the engine's ``functools.lru_cache``s; return how many there were.

    Called before every timed run, so that no run profits from phrases an
    earlier one (or an earlier repeat on the same corpus) already analysed,
    and worker processes forked for (c) start as cold as (b).
    """
    import importlib
    import pkgutil

    caches = 0
    for info in pkgutil.iter_modules(narrative_compare.__path__):
        module = importlib.import_module(f"narrative_compare.{info.name}")
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
                caches += 1
    return caches


def best_time(func: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Shortest wall time of ``repeat`` calls, and the CPU time (this process and
    its finished children) of that call. Caches are emptied before each call."""
    runs = []
    for _ in range(repeat):
        empty_caches()
        cpu, start = _cpu(), time.perf_counter()
        func()
        runs.append((time.perf_counter() - start, _cpu() - cpu))
    return min(runs)


def control_run(texts: list[str], repeat: int, passes: int = 20) -> Timing:
    """(b2): ``statement_rows`` over distinct articles, caches emptied before each pass.

    The bundled articles are few, so they are timed ``passes`` times (each
    pass as cold as the first) and the times added up.
    """
    megabytes = passes * sum(len(text.encode("utf-8")) for text in texts) / 1e6
    totals = []
    for _ in range(repeat):
        runs = [best_time(lambda: [statement_rows(t) for t in texts], 1) for _ in range(passes)]
        totals.append((sum(wall for wall, _ in runs), sum(cpu for _, cpu in runs)))
    seconds, cpu = min(totals)
    label = f"statement_rows on the {len(texts)} bundled articles, cold caches (control)"
    return Timing("b2", label, seconds, megabytes / seconds, cpu)


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_capacity(jobs: int, n: int = 10_000_000) -> float:
    """Cores this benchmark really gets: ``jobs`` x (time of one CPU-bound task) /
    (time of ``jobs`` such tasks on ``jobs`` processes). About ``jobs`` on an idle
    machine; lower when other programs compete for the CPUs, which caps the
    speedup (c) can show."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_burn, [1000] * jobs))  # start the workers outside the clock
        start = time.perf_counter()
        _burn(n)
        one = time.perf_counter() - start
        start = time.perf_counter()
        list(pool.map(_burn, [n] * jobs))
        many = time.perf_counter() - start
    return jobs * one / many


def _consume(iterator) -> int:
    return sum(len(rows) for _, rows in iterator if isinstance(rows, list))


def throughput(root: Path, jobs: int, repeat: int) -> tuple[list[Timing], int]:
    """Time (a), (b), (b1), (c) and (d) on the corpus under ``root``."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [load_article(path).text for path in iter_article_paths(root)]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    bundled = [load_article(path).text for path in source_articles()]
    # Warm up caches (compiled patterns, lru caches, imports) outside the clock.
    for text in texts[:20]:
        statement_rows(text)
    TfidfVectorizer().fit_transform(texts[:50])

    def compare() -> None:
        counts = aggregate_corpus(root, options=CorpusOptions(jobs=jobs)).counts
        log_odds_from_counts(counts)
        tfidf_from_counts(counts)

    runs = [
        ("a", "TfidfVectorizer().fit_transform (reference)",
         lambda: TfidfVectorizer().fit_transform(texts)),
        ("b", "statement_rows, 1 core, texts in memory",
         lambda: [statement_rows(text) for text in texts]),
        ("b1", "iter_corpus_rows(jobs=1), reading files",
         lambda: _consume(iter_corpus_rows(root, options=CorpusOptions(jobs=1)))),
        ("c", f"iter_corpus_rows(jobs={jobs})",
         lambda: _consume(iter_corpus_rows(root, options=CorpusOptions(jobs=jobs)))),
        ("d", f"corpus compare: aggregate_corpus(jobs={jobs}) + log-odds + tf-idf", compare),
    ]  # fmt: skip
    timings = []
    capacity = parallel_capacity(jobs)
    print(f"  cores available to {jobs} processes: {capacity:.2f}", flush=True)
    for key, label, func in runs:
        seconds, cpu = best_time(func, repeat)
        timings.append(Timing(key, label, seconds, megabytes / seconds, cpu))
        if key == "b":
            timings.append(control_run(bundled, repeat))
            control = timings[-1]
            print(
                f"  ({control.key}) {control.label}: {control.seconds:.2f} s, "
                f"{control.mb_per_s:.2f} MB/s",
                flush=True,
            )
        print(
            f"  ({key}) {label}: {seconds:.2f} s ({cpu:.2f} s CPU), {megabytes / seconds:.2f} MB/s",
            flush=True,
        )
    capacity = min(capacity, parallel_capacity(jobs))
    return timings, len(texts), capacity


def _tree_rss_kb(root_pid: int, include_root: bool = True) -> int:
    """Summed PSS of the descendants of ``root_pid`` (and of itself), from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root_pid}, [root_pid]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    if not include_root:
        tree.discard(root_pid)
    return sum(_pss_kb(pid) for pid in tree)


def _pss_kb(pid: int) -> int:
    """Proportional set size of a process (pages shared by n processes count 1/n each),
    or its resident set size where the kernel does not report PSS."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(key):
                    return int(line.split()[1])
        except OSError:
            continue
    return 0


def peak_memory(
    root: Path, out: Path, name: str = "statements", extra: Sequence[str] = ()
) -> tuple[float, float, float]:
    """Run ``NAME DIR [EXTRA] -o out``; return seconds, largest process MB, tree peak MB."""
    command = [sys.executable, "-m", "narrative_compare.cli", name, str(root)]
    command += [*extra, "-o", str(out)]
    peak = [0]
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", _LAUNCHER_CODE, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.02):
            peak[0] = max(peak[0], _tree_rss_kb(process.pid, include_root=False))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{name} run failed ({process.returncode}): {stderr.strip()}")
    # Linux reports ru_maxrss in KiB; the largest of the command and its workers.
    max_rss_kb = int(stdout.split()[-1])
    return seconds, max_rss_kb / 1024, peak[0] / 1024


def memory_runs(sizes: list[int], work: Path, seed: int) -> list[Memory]:
    """Generate corpora of each size under ``work``; measure each command of MEMORY_COMMANDS."""
    results = []
    for size in sizes:
        root = work / f"corpus_{size}"
        paths = make_corpus(root, size, seed)
        megabytes = sum(path.stat().st_size for path in paths) / 1e6
        for name in MEMORY_COMMANDS:
            seconds, largest, tree = peak_memory(root, work / f"{name}_{size}.csv", name)
            command = f"narrative-compare {name} DIR -o out.csv"
            results.append(Memory(size, megabytes, seconds, largest, tree, command))
            print(
                f"  {name} {size:>6} articles ({megabytes:.1f} MB): {seconds:.1f} s, largest "
                f"process {largest:.0f} MB, process tree {tree:.0f} MB",
                flush=True,
            )
    return results


def _verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def _memory_lines(memory: list[Memory]) -> list[str]:
    """The peak-memory table of one command, and its growth against the targets."""
    lines = [
        "",
        f"Peak memory of `{memory[0].command}` (default jobs):",
        "",
        "| articles | MB of text | seconds | largest process RSS, MB | process tree PSS, MB |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {m.articles:,} | {m.megabytes:.1f} | {m.seconds:.1f} | "
        f"{m.max_process_mb:.0f} | {m.tree_peak_mb:.0f} |"
        for m in memory
    ]
    if len(memory) >= 2:
        growth = memory[-1].max_process_mb / memory[0].max_process_mb
        tree_growth = memory[-1].tree_peak_mb / memory[0].tree_peak_mb
        ok = growth <= TARGET_RSS_GROWTH and memory[-1].max_process_mb < TARGET_RSS_MB
        lines += [
            "",
            f"- growth {memory[0].articles:,} -> {memory[-1].articles:,} articles: "
            f"{growth:.2f}x largest process, {tree_growth:.2f}x process tree (target <= "
            f"{TARGET_RSS_GROWTH}x and < {TARGET_RSS_MB:.0f} MB): {_verdict(ok)}",
        ]
    return lines


def report(
    info: dict[str, Any],
    n: int,
    timings: list[Timing],
    memory: list[Memory],
    capacity: float,
    jobs: int,
) -> str:
    """Markdown summary of the run, with the targets."""
    by_key = {t.key: t for t in timings}
    ratio = by_key["b"].mb_per_s / by_key["a"].mb_per_s
    speedup = by_key["b"].seconds / by_key["c"].seconds
    speedup_files = by_key["b1"].seconds / by_key["c"].seconds
    lines = [
        f"Machine: {info['nproc']} CPUs ({info['cpu']}), {info['memory_gb']} GB RAM, "
        f"Python {info['python']}, {info['platform']}; 1-min load average at start "
        f"{info['load_average'][0] if info['load_average'] else 'n/a'}",
        "",
        f"Throughput on {n:,} synthetic articles:",
        "",
        "| run | what | wall s | CPU s | MB/s |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    lines += [
        f"| ({t.key}) | {t.label} | {t.seconds:.2f} | {t.cpu_seconds:.2f} | {t.mb_per_s:.2f} |"
        for t in timings
    ]
    lines += [
        "",
        f"- (b)/(a) = {ratio:.3f} (target >= {TARGET_RATIO}, goal {GOAL_RATIO}): "
        f"{_verdict(ratio >= TARGET_RATIO)}",
        f"- jobs={jobs} over one job, (c) vs (b1) = {speedup_files:.2f}x "
        f"(target >= {TARGET_SPEEDUP}x): {_verdict(speedup_files >= TARGET_SPEEDUP)}; "
        f"(c) vs (b) = {speedup:.2f}x",
        f"- cores actually available to {jobs} processes during the run (CPU-bound "
        f"calibration, lower of before/after): {capacity:.2f}; CPU overhead of (c) over "
        f"(b): {by_key['c'].cpu_seconds / by_key['b'].cpu_seconds - 1:+.0%}",
    ]
    for command in dict.fromkeys(m.command for m in memory):
        lines += _memory_lines([m for m in memory if m.command == command])
    statements = [m for m in memory if " statements " in m.command]
    frames = [m for m in memory if " frames " in m.command]
    if statements and frames:
        ratios = [f.seconds / s.seconds for s, f in zip(statements, frames, strict=True)]
        worst = max(ratios)
        lines += [
            "",
            "- frames DIR time over statements DIR: "
            + ", ".join(f"{r:.2f}x" for r in ratios)
            + f" (target <= {TARGET_FRAMES_TIME}x): {_verdict(worst <= TARGET_FRAMES_TIME)}",
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small corpora, for a smoke test")
    parser.add_argument("--n", type=int, help="articles for the throughput runs (default 2000)")
    parser.add_argument(
        "--rss-sizes",
        help="comma-separated corpus sizes for the memory runs (default 2000,20000; '' for none)",
    )
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for (c), (d)")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--workdir", type=Path, help="keep the corpora here (default: temp)")
    args = parser.parse_args(argv)
    n = args.n or (300 if args.quick else 2000)
    default_sizes = "500,5000" if args.quick else "2000,20000"
    sizes_text = default_sizes if args.rss_sizes is None else args.rss_sizes
    sizes = [int(size) for size in sizes_text.split(",") if size.strip()]

    info = machine()
    print(f"machine: {info}", flush=True)
    with tempfile.TemporaryDirectory(prefix="nc-bench-") as temporary:
        work = args.workdir or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        root = work / f"throughput_{n}"
        make_corpus(root, n, args.seed)
        print(f"throughput, {n} articles:", flush=True)
        timings, count, capacity = throughput(root, args.jobs, args.repeat)
        print("peak memory:", flush=True)
        memory = memory_runs(sizes, work, args.seed) if sizes else []
    text = report(info, count, timings, memory, capacity, args.jobs)
    print()
    print(text, end="")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": info,
                    "articles": count,
                    "timings": [t._asdict() for t in timings],
                    "parallel_capacity": capacity,
                    "memory": [m._asdict() for m in memory],
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
