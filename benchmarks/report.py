"""Measure ``narrative-compare report`` on synthetic corpora of growing size.

For each size (default 2,000 and 20,000 articles, made by ``make_corpus.py``
with their ``meta.csv``) the command runs as a subprocess, launched from a
small fresh interpreter as in ``run.py``, and this prints the wall time, the
time per 1,000 articles, the largest resident set of any one process
(``wait4`` rusage), the peak PSS of the process tree and the size of
``index.html``, then checks the targets of issue 17: peak memory at the
largest size within 1.2 times that at the smallest and below 500 MB, time
linear in the corpus (seconds per article within 1.3 times), page under
10 MB for every size.

    python benchmarks/report.py                 # 2,000 and 20,000 articles
    python benchmarks/report.py --sizes 200 2000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402
from run import peak_memory  # noqa: E402

#: Targets of issue 17.
MAX_GROWTH, MAX_MB, MAX_PAGE_MB, MAX_TIME_GROWTH = 1.2, 500.0, 10.0, 1.3


class ReportRun(NamedTuple):
    """One measured ``report DIR`` run."""

    articles: int
    seconds: float
    max_process_mb: float
    tree_peak_mb: float
    page_mb: float


def measure(root: Path, out: Path) -> tuple[float, float, float]:
    """Run ``report root --meta root/meta.csv -o out``: seconds, largest process MB, tree MB."""
    return peak_memory(root, out, "report", ["--meta", str(root / "meta.csv")])


def main(argv: list[str] | None = None) -> int:
    """Measure and print; exit 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    runs = []
    with tempfile.TemporaryDirectory(prefix="nc-report-bench-") as work:
        for size in args.sizes:
            root = Path(work) / f"corpus_{size}"
            make_corpus(root, size, args.seed)
            out = Path(work) / f"report_{size}"
            seconds, largest, tree = measure(root, out)
            page = (out / "index.html").stat().st_size / 1e6
            runs.append(ReportRun(size, seconds, largest, tree, page))
            print(
                f"{size:>6} articles: {seconds:6.1f} s ({1000 * seconds / size:.2f} s per 1,000), "
                f"largest process {largest:.0f} MB, process tree {tree:.0f} MB, "
                f"page {page:.2f} MB",
                flush=True,
            )
    small, large = runs[0], runs[-1]
    growth = large.max_process_mb / small.max_process_mb
    time_growth = (large.seconds / large.articles) / (small.seconds / small.articles)
    checks = [
        (f"peak memory growth {growth:.2f}x <= {MAX_GROWTH}x", growth <= MAX_GROWTH),
        (
            f"peak memory {large.max_process_mb:.0f} MB < {MAX_MB:.0f} MB",
            large.max_process_mb < MAX_MB,
        ),
        (
            f"time per article grows {time_growth:.2f}x <= {MAX_TIME_GROWTH}x (linear)",
            time_growth <= MAX_TIME_GROWTH,
        ),
        (
            f"largest page {max(r.page_mb for r in runs):.2f} MB < {MAX_PAGE_MB:.0f} MB",
            all(r.page_mb < MAX_PAGE_MB for r in runs),
        ),
    ]
    for text, met in checks:
        print(f"{'met' if met else 'NOT met'}: {text}")
    return 0 if all(met for _, met in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
