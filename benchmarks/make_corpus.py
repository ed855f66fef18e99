"""Generate a synthetic news corpus for the corpus-mode benchmarks.

Each article recombines paragraphs of the articles bundled with the project
(``seeds/*.txt``, ``seeds/multi_source/*.txt``, ``tests/data/articles/*.txt``):
a heading from one of them, then 5 to 14 body paragraphs drawn from one to three
source articles in shuffled order, with about half of the proper names
replaced by invented ones (consistently within the article). The output is
deterministic for a given ``--seed``.

Usage::

    python benchmarks/make_corpus.py OUTDIR --n 2000 --seed 0

Files go to ``OUTDIR/part_000/article_000000.txt`` (1,000 per folder), with a
``OUTDIR/meta.csv`` listing each article's invented outlet and date.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import re
import sys
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]

#: Globs (relative to the repository) of the articles paragraphs are drawn from.
SOURCE_GLOBS: tuple[str, ...] = (
    "seeds/*.txt",
    "seeds/multi_source/*.txt",
    "tests/data/articles/*.txt",
)

#: Articles per sub-folder.
PER_FOLDER = 1000

_SYLLABLES = (
    "ka ri lo ven dar mel tor sa vi nu bel gor ar est ol min tas ra do lek fen ush "
    "pra zel mor ith un cal ber ost rin va"
).split()

# A capitalised word of 4+ letters that does not start a sentence: most likely a name.
_NAME_RE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}\b")


class Source(NamedTuple):
    """Paragraphs of one bundled article."""

    name: str
    headings: tuple[str, ...]
    paragraphs: tuple[str, ...]


def _is_heading(paragraph: str) -> bool:
    return (
        "\n" not in paragraph
        and len(paragraph) < 120
        and not paragraph.rstrip().endswith((".", '"', "”", "?", "!"))
    )


def load_sources(repo: Path = REPO) -> list[Source]:
    """Split every bundled article into headings and body paragraphs.

    Parameters
    ----------
    repo : Path
        Repository root.

    Returns
    -------
    list of Source
        Sorted by file path, so generation does not depend on the file system order.
    """
    paths = sorted({path for pattern in SOURCE_GLOBS for path in repo.glob(pattern)})
    sources = []
    for path in paths:
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
        headings = tuple(b for b in blocks if _is_heading(b))
        paragraphs = tuple(b for b in blocks if not _is_heading(b))
        if paragraphs:
            sources.append(Source(path.name, headings, paragraphs))
    if not sources:
        raise SystemExit(f"no source articles found under {repo}")
    return sources


def invented_name(rng: random.Random) -> str:
    """A pronounceable capitalised name of two or three syllables."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()


def substitute_names(text: str, rng: random.Random, share: float = 0.5) -> str:
    """Replace about ``share`` of the distinct proper names with invented ones.

    Parameters
    ----------
    text : str
        Article text.
    rng : random.Random
        Source of randomness.
    share : float, default 0.5
        Probability that a given name is replaced.

    Returns
    -------
    str
        The text; a replaced name is replaced everywhere in it.
    """
    names = sorted(set(_NAME_RE.findall(text)))
    mapping = {name: invented_name(rng) for name in names if rng.random() < share}
    if not mapping:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, mapping)) + r")\b")
    return pattern.sub(lambda match: mapping[match.group(1)], text)


def make_article(sources: list[Source], rng: random.Random) -> str:
    """Build one synthetic article.

    Parameters
    ----------
    sources : list of Source
        Bundled articles.
    rng : random.Random
        Source of randomness.

    Returns
    -------
    str
        Heading, blank line, paragraphs separated by blank lines, final newline.
    """
    picked = rng.sample(sources, k=min(len(sources), rng.randint(1, 3)))
    pool = [paragraph for source in picked for paragraph in source.paragraphs]
    body = rng.sample(pool, k=min(len(pool), rng.randint(5, 14)))
    headings = [heading for source in picked for heading in source.headings]
    parts = ([rng.choice(headings)] if headings else []) + body
    return substitute_names("\n\n".join(parts), rng) + "\n"


def article_path(outdir: Path, index: int) -> Path:
    """Where article ``index`` is written."""
    return outdir / f"part_{index // PER_FOLDER:03d}" / f"article_{index:06d}.txt"


def make_corpus(outdir: str | Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic articles (and ``meta.csv``) into ``outdir``.

    Parameters
    ----------
    outdir : str or Path
        Output folder; created if missing, must not hold articles already.
    n : int
        Number of articles.
    seed : int, default 0
        Seed of :class:`random.Random`.

    Returns
    -------
    list of Path
        The article files, in order.
    """
    outdir = Path(outdir)
    if outdir.exists() and any(outdir.iterdir()):
        raise SystemExit(f"{outdir}: folder is not empty")
    rng = random.Random(seed)
    sources = load_sources()
    outlets = [invented_name(rng) + suffix for suffix in (" Times", " Wire", " Herald", " Post")]
    start = dt.date(2025, 1, 1)
    paths = []
    outdir.mkdir(parents=True, exist_ok=True)
    with (outdir / "meta.csv").open("w", encoding="utf-8", newline="") as meta:
        writer = csv.writer(meta, lineterminator="\n")
        writer.writerow(["article", "outlet", "date"])
        for index in range(n):
            path = article_path(outdir, index)
            path.parent.mkdir(exist_ok=True)
            path.write_text(make_article(sources, rng), encoding="utf-8")
            day = start + dt.timedelta(days=rng.randrange(365))
            writer.writerow([path.relative_to(outdir).as_posix(), rng.choice(outlets), day])
            paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path, help="output folder (created; must be empty)")
    parser.add_argument("--n", type=int, default=2000, help="number of articles (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be positive")
    paths = make_corpus(args.outdir, args.n, args.seed)
    size = sum(path.stat().st_size for path in paths)
    print(f"{len(paths)} articles, {size / 1e6:.1f} MB in {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
