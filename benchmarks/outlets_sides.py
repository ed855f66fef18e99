"""Is each partisan outlet's narration closer to its own side's speech? (issue 15)

Runs ``narrative-compare outlets`` on a set of partisan and wire articles one
event at a time (``--glob EVENT_*`` with the event's actor file), and prints
for every outlet the narration similarity to side A's and side B's camp, the
voice shares, the adopted labels, and whether a partisan outlet's narration is
closer to its own side::

    python benchmarks/outlets_sides.py            # tests/data/frames_dev (tuned on)
    python benchmarks/outlets_sides.py holdout    # tests/data/frames_holdout (held out)
    python benchmarks/outlets_sides.py dev --pooled   # all events in one run
    python benchmarks/outlets_sides.py dev --narration-terms all   # other options

``--pooled`` runs the command once over the whole folder with one actor file
merged from the events' files (a camp name such as ``Government`` then pools
the speech of several events), as a user with one folder of coverage would.

``frames_holdout`` is a held-out set: measure on it, never change anything
because of what it shows.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from narrative_compare import cli

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


@dataclass(frozen=True)
class SideSet:
    """A folder of partisan and wire articles, the camps of each event's sides."""

    folder: Path
    sides: dict[str, tuple[str, str]]
    actors: str  # actor file of an event, "{event}" replaced

    def actor_file(self, event: str) -> Path:
        return self.folder / self.actors.format(event=event)


#: Camps of side A and side B per event (the sets' README files).
SETS = {
    "dev": SideSet(
        DATA / "frames_dev",
        {
            "war": ("Morvania", "Sarenia"),
            "protest": ("Government", "Opposition"),
            "strike": ("Unions", "Employers"),
            "election": ("Government", "Opposition"),
        },
        "{event}.actors.yml",
    ),
    "holdout": SideSet(
        DATA / "frames_holdout",
        {
            "health": ("Government", "Critics"),
            "land": ("Government", "Teshani"),
            "press": ("Government", "Critics"),
        },
        "{event}_pro_a.actors.yml",
    ),
}


def merged_actors(data: SideSet, into: Path) -> Path:
    """One actor file with the actors of every event (ids made unique by the event)."""
    actors, seen = [], set()
    for event in data.sides:
        for actor in yaml.safe_load(data.actor_file(event).read_text(encoding="utf-8"))["actors"]:
            if actor["id"] in seen:
                actor["id"] = f"{event}_{actor['id']}"
            seen.add(actor["id"])
            actors.append(actor)
    path = into / "actors.yml"
    path.write_text(yaml.safe_dump({"actors": actors}), encoding="utf-8")
    return path


def outlets_table(
    data: SideSet, pattern: str, actors: Path, meta: Path, extra: tuple[str, ...] = ()
) -> pd.DataFrame:
    """The ``outlets`` table of the articles matching ``pattern``, through the command line."""
    argv = ["outlets", str(data.folder), "--glob", pattern]
    argv += ["--meta", str(meta), "--actors", str(actors), "--jobs", "1", *extra]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    if code != 0:
        raise SystemExit(f"{pattern}: exit {code}: {err.getvalue()}")
    return pd.read_csv(io.StringIO(out.getvalue()))


def side_table(
    name: str = "dev", extra: tuple[str, ...] = (), *, pooled: bool = False
) -> pd.DataFrame:
    """One row per outlet of set ``name``: similarity, voice and labels of both sides."""
    data = SETS[name]
    meta = pd.read_csv(data.folder / "meta.csv")
    side_of = meta.set_index("outlet")["side"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        meta_path = data.folder / "meta.csv"
        if pooled:
            everything = outlets_table(
                data, "*.txt", merged_actors(data, Path(tmp)), meta_path, extra
            )
            tables = {event: everything for event in data.sides}
        else:
            tables = {
                event: outlets_table(
                    data, f"{event}_*.txt", data.actor_file(event), meta_path, extra
                )
                for event in data.sides
            }
    for event, (a, b) in data.sides.items():
        table = tables[event]
        outlets = set(meta.loc[meta["article"].str.startswith(f"{event}_"), "outlet"])
        for outlet, group in table[table["outlet"].isin(outlets)].groupby("outlet"):
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
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> pd.DataFrame:
    """Print and return one row per outlet; ``argv``: set name, then extra options."""
    args = sys.argv[1:] if argv is None else argv
    name = args[0] if args else "dev"
    pooled = "--pooled" in args
    result = side_table(name, tuple(a for a in args[1:] if a != "--pooled"), pooled=pooled)
    print(result.to_string(index=False))
    partisan = result[result["side"] != "wire"]
    print(
        f"\n{name}{' (pooled)' if pooled else ''}: partisan outlets closer to their own side: "
        f"{int(partisan['own_closer'].sum())} of {len(partisan)}"
    )
    return result


if __name__ == "__main__":
    main()
