"""Write every output the engine produces, to check a refactoring changed none of them.

For every bundled, test, holdout and gold article (with its actor file when it
has one, and without), it writes the ``statements``, ``frames`` and
``compare`` (log-odds and TF-IDF) tables through the command line, run in
this process; then the same commands over a synthetic corpus of 600 articles
(``make_corpus.py``, seed 0) with and without the corpus's actor file. Every
output goes to ``OUTDIR`` and its SHA-256 into ``OUTDIR/MANIFEST``.

Run it once on the commit before a change and once after, then compare::

    git worktree add /tmp/before HEAD~1
    PYTHONPATH=/tmp/before/src python benchmarks/identical.py /tmp/out_before
    python benchmarks/identical.py /tmp/out_after --compare /tmp/out_before

The articles and the corpus come from the checkout this script is in, so both
runs read the same inputs whichever package they import. ``--compare`` prints
each output that differs and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402

from narrative_compare.cli import main  # noqa: E402

#: Folders (relative to the repository) whose ``*.txt`` files are articles.
ARTICLE_FOLDERS = ("seeds", "seeds/multi_source", "tests/data")
SHARED_SEED = REPO.parent / "shared" / "seeds"
SHARED_ACTORS = REPO.parent / "shared" / "gold" / "seed_actors.yml"

#: (output name, command-line arguments after the input) of each table.
COMMANDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("statements", ("statements",)),
    ("frames", ("frames",)),
    ("log_odds", ("compare", "--method", "log-odds")),
    ("tfidf", ("compare", "--method", "tfidf")),
)


def articles() -> Iterator[tuple[str, Path, Path | None]]:
    """(name, article, actor file or None) of every article with a file of its own."""
    for folder in ARTICLE_FOLDERS:
        for path in sorted((REPO / folder).rglob("*.txt")):
            if folder == "seeds" and path.parent != REPO / "seeds":
                continue
            name = str(path.relative_to(REPO)).replace("/", "__")
            yield name, path, _actor_file(path)
    for path in sorted(SHARED_SEED.glob("*.txt")):
        yield "shared__" + path.name, path, SHARED_ACTORS if SHARED_ACTORS.exists() else None


def _actor_file(article: Path) -> Path | None:
    own = article.with_suffix(".actors.yml")
    if own.exists():
        return own
    folder = article.parent / "actors.yml"
    return folder if folder.exists() else None


def run(argv: list[str], output: Path) -> None:
    """Run one CLI command, writing its table to ``output``; stderr is dropped."""
    with contextlib.redirect_stderr(io.StringIO()):
        status = main([*argv, "-o", str(output)])
    if status not in (0, 1):
        raise SystemExit(f"identical.py: {' '.join(argv)} exited {status}")


def write_all(outdir: Path, corpus_size: int) -> None:
    """Every output of the articles and of the synthetic corpus into ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    for name, article, actors in articles():
        variants = [("auto", ())] + ([("actors", ("--actors", str(actors)))] if actors else [])
        for variant, actor_args in variants:
            for table, command in COMMANDS:
                run([*command, str(article), *actor_args], outdir / f"{name}.{variant}.{table}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, corpus_size, seed=0)
        actors = REPO / "seeds" / "multi_source" / "actors.yml"
        for variant, actor_args in (("auto", ()), ("actors", ("--actors", str(actors)))):
            for table, command in COMMANDS:
                argv = [*command, str(corpus), *actor_args, "--jobs", "2"]
                run(argv, outdir / f"corpus.{variant}.{table}")
    manifest = [
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}"
        for path in sorted(outdir.iterdir())
        if path.name != "MANIFEST"
    ]
    (outdir / "MANIFEST").write_text("\n".join(manifest) + "\n", encoding="utf-8")


def compare(new: Path, old: Path) -> int:
    """Print outputs that differ between two runs; 0 when all are identical.

    An output only the new run has (an article added since) is listed as new
    and does not count as a difference; one only the old run has does.
    """
    before = _manifest(old)
    after = _manifest(new)
    differing = sorted(name for name in before if after.get(name) != before[name])
    added = sorted(set(after) - set(before))
    for name in differing:
        print(f"{'missing' if name not in after else 'differs'}: {name}")
    print(f"{len(before)} outputs compared, {len(differing)} differ, {len(added)} new")
    return 1 if differing else 0


def _manifest(folder: Path) -> dict[str, str]:
    lines = (folder / "MANIFEST").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split("  ", 1) for line in lines)}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="folder to write the outputs into")
    parser.add_argument("--compare", type=Path, metavar="OLD", help="an earlier run's folder")
    parser.add_argument("--n", type=int, default=600, help="synthetic articles (default 600)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    write_all(args.outdir, args.n)
    sys.exit(compare(args.outdir, args.compare) if args.compare else 0)
