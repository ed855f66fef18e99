"""Is each partisan outlet's narration closer to its own side's speech? (issue 15)

Runs ``narrative-compare outlets`` on ``tests/data/frames_dev`` one event at a
time (``--glob EVENT_*.txt`` with the event's actor file), and prints for every
outlet the narration similarity to side A's and side B's camp, the voice
shares, the adopted labels, and whether a partisan outlet's narration is
closer to its own side::

    python benchmarks/outlets_frames_dev.py

Never run on ``frames_holdout``.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pandas as pd

from narrative_compare import cli

DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "frames_dev"

#: Camps of side A and side B per event (tests/data/frames_dev/README.md).
SIDES = {
    "war": ("Morvania", "Sarenia"),
    "protest": ("Government", "Opposition"),
    "strike": ("Unions", "Employers"),
    "election": ("Government", "Opposition"),
}


def outlets_of_event(event: str) -> pd.DataFrame:
    """The ``outlets`` table of one event, through the command line."""
    argv = ["outlets", str(DEV), "--glob", f"{event}_*.txt", "--meta", str(DEV / "meta.csv")]
    argv += ["--actors", str(DEV / f"{event}.actors.yml"), "--jobs", "1"]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    if code != 0:
        raise SystemExit(f"{event}: exit {code}: {err.getvalue()}")
    return pd.read_csv(io.StringIO(out.getvalue()))


def main() -> pd.DataFrame:
    """Print and return one row per outlet."""
    side_of = pd.read_csv(DEV / "meta.csv").set_index("outlet")["side"]
    rows = []
    for event, (a, b) in SIDES.items():
        table = outlets_of_event(event)
        for outlet, group in table.groupby("outlet"):
            values = group.set_index("camp")
            side = side_of[outlet]
            sim = values["narration_similarity"]
            own, other = (a, b) if side == "A" else (b, a)
            rows.append(
                {
                    "event": event,
                    "outlet": outlet,
                    "side": side,
                    "sim_A": round(float(sim.get(a, 0.0)), 3),
                    "sim_B": round(float(sim.get(b, 0.0)), 3),
                    "voice_A": round(float(values["voice_share"].get(a, 0.0)), 2),
                    "voice_B": round(float(values["voice_share"].get(b, 0.0)), 2),
                    "adopted_A": int(values["adopted_labels"].get(a, 0)),
                    "adopted_B": int(values["adopted_labels"].get(b, 0)),
                    "own_closer": ""
                    if side == "wire"
                    else bool(sim.get(own, 0) > sim.get(other, 0)),
                }
            )
    result = pd.DataFrame(rows)
    print(result.to_string(index=False))
    partisan = result[result["side"] != "wire"]
    print(
        f"\npartisan outlets closer to their own side: {int(partisan['own_closer'].sum())}"
        f" of {len(partisan)}"
    )
    return result


if __name__ == "__main__":
    main()
