"""Measure what compiling the statement engine with mypyc would give.

The package ships as pure Python. Measured by ``run.py``, its statement
extraction runs at about 0.19 of the ``TfidfVectorizer`` reference on one
core, short of the 0.25 target. This script shows the one way found to reach
it without changing the engine: compile its six modules, unchanged, with
mypyc (https://mypyc.readthedocs.io). It needs ``mypy`` and a C compiler,
which is why the default install does not do it: the script builds the
compiled copy in a temporary folder and never touches the installed package.

It then runs the same measurement in two fresh interpreters, one importing
the package as installed and one importing the compiled copy:

- (a) ``TfidfVectorizer().fit_transform`` over the raw texts, the reference;
- (b) ``statement_rows`` over every article on one core, caches emptied first;

prints (b)/(a) for each, and checks that both produce the same rows (a
SHA-256 of every article's rows).

Usage::

    pip install mypy
    python benchmarks/compiled.py            # 2,000 articles; about 25 seconds here
    python benchmarks/compiled.py --n 300    # a quick look
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # run.py and make_corpus.py, imported when needed
PACKAGE = HERE.parent / "src" / "narrative_compare"

#: The modules that do the per-sentence work: segmentation to attribution.
ENGINE_MODULES = ("segment", "quotes", "lexicon/__init__", "mentions", "speakers", "attribution")

# mypy, which mypyc runs first, reports two things that are right at run time:
# NamedTuple fields called ``index`` (shadowing ``tuple.index``) and
# ``.match()`` results used directly where the pattern can match the empty
# string, so it always matches.
_MYPY_FLAGS = (
    "--ignore-missing-imports",
    "--disable-error-code",
    "assignment",
    "--disable-error-code",
    "union-attr",
)


def compile_engine(build: Path) -> Path:
    """Copy the package to ``build`` and compile its engine modules there.

    Returns the folder to put first on ``PYTHONPATH``. Raises ``SystemExit``
    with mypyc's last line of output when compiling fails.
    """
    shutil.copytree(PACKAGE, build / "narrative_compare")
    sources = [f"narrative_compare/{name}.py" for name in ENGINE_MODULES]
    result = subprocess.run(
        [sys.executable, "-m", "mypyc", *_MYPY_FLAGS, *sources],
        cwd=build,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        lines = (result.stdout + result.stderr).strip().splitlines() or ["no output"]
        raise SystemExit(f"compiled.py: mypyc failed: {lines[-1]}")
    return build


def measure(corpus: Path, repeat: int) -> dict[str, object]:
    """(a) and (b) on ``corpus`` in this interpreter, with the rows' digest."""
    from run import best_time  # empties the engine's caches before each call
    from sklearn.feature_extraction.text import TfidfVectorizer

    import narrative_compare.attribution
    from narrative_compare.loading import iter_article_paths, load_article
    from narrative_compare.statements import statement_rows

    # Read as run.py reads them, so both scripts time the same texts.
    texts = [load_article(path).text for path in iter_article_paths(corpus)]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    reference, _cpu = best_time(lambda: TfidfVectorizer().fit_transform(texts), repeat)
    engine, _cpu = best_time(lambda: [statement_rows(text) for text in texts], repeat)
    digest = hashlib.sha256()
    for text in texts:
        digest.update(pickle.dumps(statement_rows(text)))
    return {
        "engine": Path(narrative_compare.attribution.__file__).name,
        "reference_mb_s": megabytes / reference,
        "engine_mb_s": megabytes / engine,
        "ratio": reference / engine,
        "rows_sha256": digest.hexdigest(),
    }


def _measure_in_child(corpus: Path, repeat: int, pythonpath: Path | None) -> dict:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(pythonpath), env.get("PYTHONPATH")]))
    command = [sys.executable, __file__, "--measure", str(corpus), "--repeat", str(repeat)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"compiled.py: measurement failed: {result.stderr.strip()}")
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    """Build the compiled copy, measure both engines, print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N timings (default 3)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure is not None:
        print(json.dumps(measure(args.measure, args.repeat)))
        return 0
    if importlib.util.find_spec("mypyc") is None:
        print("compiled.py: mypyc is not installed; run `pip install mypy` first", file=sys.stderr)
        return 2
    from make_corpus import make_corpus

    with tempfile.TemporaryDirectory(prefix="nc-compiled-") as work:
        corpus = Path(work) / "corpus"
        make_corpus(corpus, args.n, args.seed)
        started = time.perf_counter()
        build = compile_engine(Path(work) / "build")
        print(f"compiled {len(ENGINE_MODULES)} modules in {time.perf_counter() - started:.0f} s")
        results = {
            "pure Python (as installed)": _measure_in_child(corpus, args.repeat, None),
            "compiled with mypyc": _measure_in_child(corpus, args.repeat, build),
        }
    print(f"\n{args.n} synthetic articles, best of {args.repeat}:\n")
    print("| engine | attribution module | (a) MB/s | (b) MB/s | (b)/(a) |")
    print("| --- | --- | ---: | ---: | ---: |")
    for label, result in results.items():
        print(
            f"| {label} | {result['engine']} | {result['reference_mb_s']:.2f} "
            f"| {result['engine_mb_s']:.2f} | {result['ratio']:.3f} |"
        )
    digests = {result["rows_sha256"] for result in results.values()}
    print(f"\nsame rows: {'yes' if len(digests) == 1 else 'NO'}")
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
