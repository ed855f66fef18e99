"""Score attribution and frames on folders of gold articles, pooled per folder.

Runs the shared scorers (``../shared/tools/eval_attribution.py`` and
``eval_frames.py``, the ones used on the hidden sets) on every ``NAME.txt``
that has ``NAME.gold.csv`` and ``NAME.actors.yml`` beside it, and prints one
line per article and a pooled line per folder: actor, camp, cue and mode
accuracy over all sentences, the same without actor files (``--auto``), and
frames recall and precision over all labels.

    python benchmarks/score_sets.py tests/data/frames_dev tests/data/holdout9
    python benchmarks/score_sets.py tests/data/frames_dev --frames-only

It runs the installed ``narrative-compare`` command, as the scorers do.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOOLS = REPO.parent / "shared" / "tools"
_ATTRIBUTION = re.compile(r"actor=(\d+)% camp=(\d+)% cue=(\d+)% mode=(\d+)% \(n=(\d+)\)")
_FRAMES = re.compile(r"recall=(\d+)/(\d+) precision=(\d+)/(\d+)")


def last_line(args: list[str]) -> str:
    """The last line a scorer prints (its summary)."""
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=REPO, check=False
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines:
        raise SystemExit(f"score_sets.py: {args[0]} failed: {done.stderr.strip()[-300:]}")
    return lines[-1]


def score_folder(folder: Path, frames_only: bool) -> None:
    """Print per-article and pooled scores of one folder."""
    pooled = {"actors": [0.0] * 5, "auto": [0.0] * 5, "frames": [0] * 4}
    for article in sorted(folder.glob("*.txt")):
        gold, actors = article.with_suffix(".gold.csv"), article.with_suffix(".actors.yml")
        if not (gold.exists() and actors.exists()):
            continue
        files = [str(article), str(gold), str(actors)]
        frames = last_line([str(TOOLS / "eval_frames.py"), *files])
        print(frames)
        pooled["frames"] = [
            a + int(b) for a, b in zip(pooled["frames"], _found(_FRAMES, frames), strict=True)
        ]
        if frames_only:
            continue
        for variant, extra in (("actors", []), ("auto", ["--auto"])):
            line = last_line([str(TOOLS / "eval_attribution.py"), *files, *extra])
            print(line)
            *percentages, n = (int(x) for x in _found(_ATTRIBUTION, line))
            weighted = [p * n / 100 for p in percentages] + [n]
            pooled[variant] = [a + b for a, b in zip(pooled[variant], weighted, strict=True)]
    recall, labels, precise, rows = pooled["frames"]
    print(f"== {folder}: frames recall={recall}/{labels} precision={precise}/{rows}")
    for variant in ("actors", "auto") if not frames_only else ():
        *sums, n = pooled[variant]
        shares = " ".join(
            f"{name}={100 * s / n:.1f}%"
            for name, s in zip(("actor", "camp", "cue", "mode"), sums, strict=True)
        )
        print(f"== {folder}: {variant} {shares} (n={n:.0f})")


def _found(pattern: re.Pattern[str], line: str) -> tuple[str, ...]:
    match = pattern.search(line)
    if match is None:
        raise SystemExit(f"score_sets.py: no score in {line!r}")
    return match.groups()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders of gold articles")
    parser.add_argument("--frames-only", action="store_true", help="skip attribution scores")
    args = parser.parse_args(argv)
    for folder in args.folders:
        score_folder(folder, args.frames_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
