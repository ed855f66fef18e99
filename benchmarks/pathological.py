"""Check that statement extraction stays linear on pathological input.

Each kind of hostile text (no punctuation at all, endless commas, thousands
of quotations in one sentence, thousands of short lines, a reporting verb
repeated without a subject, thousands of "she said" paragraphs, quotations
whose speaker is never found, one quotation running over thousands of
sentences) is generated at 1 MB and 5 MB; the script prints
the seconds for each and the ratio. Linear processing gives a ratio near 5;
catastrophic regex backtracking or a quadratic loop gives 25 or more.

Then an actor file with 1k, 10k and 50k aliases (one person listed under
many spellings, half of them surnames standing alone, and as many actors
each with its surname) is matched against a short article: the script
prints the seconds for building the table and extracting the statements,
the growth ratio of each step, and that ratio scaled to 4x input
(``ratio ** (log 4 / log growth)``); linear is 4, the aim at most 5.

    python benchmarks/pathological.py            # 1 MB and 5 MB
    python benchmarks/pathological.py --small    # 0.2 MB and 1 MB
"""

from __future__ import annotations

import argparse
import math
import string
import time
from collections.abc import Callable

from narrative_compare.actors import ActorTable, actors_from_records
from narrative_compare.statements import statement_rows

KINDS: dict[str, Callable[[int], str]] = {
    "no punctuation": lambda n: "word " * (n // 5),
    "commas": lambda n: "Lina Morrow, a spokeswoman, " * (n // 28) + "said so.",
    "quotes in one sentence": lambda n: '"a" ' * (n // 4),
    "short lines": lambda n: "Short line\n" * (n // 11),
    "repeated verb": lambda n: "said " * (n // 5),
    "nested quotes": lambda n: "“«„‘" * (n // 8) + "’“»”" * (n // 8),
    # Pronouns resolved against a long discourse history.
    "she said paragraphs": lambda n: (
        "Ann Lee, a spokeswoman for the union, said so.\n\n"
        + "“We stay,” she said. Police watched.\n\n" * (n // 38)
    ),
    # Quotations whose speaker is searched for and never found.
    "unattributed quotes": lambda n: "“We stay.”\n\nPolice watched.\n\n" * (n // 29),
    "one long quotation": lambda n: "“" + "We stay here. " * (n // 14) + "”",
}


#: Alias counts of the actor-file cases.
ALIAS_COUNTS = (1_000, 10_000, 50_000)

#: The article the alias cases match against.
ALIAS_ARTICLE = (
    "Aurel Danescu said the strike would go on. Danescu said so.\n\n"
    "Zorbaaa, a spokesman for the union, said talks had failed.\n\n"
) * 20


def _surname(number: int) -> str:
    letters = "".join(string.ascii_lowercase[(number // 26**i) % 26] for i in range(4))
    return "Zor" + letters


def alias_tables(count: int) -> dict[str, Callable[[], ActorTable]]:
    """Builders of two actor tables with ``count`` aliases in all."""
    surnames = [_surname(i) for i in range(count)]
    one_person = [
        {
            "id": "danescu",
            "name": "Aurel Danescu",
            "camp": "Labour",
            "aliases": ["Danescu", *(f"Aurel {s}" for s in surnames[::2]), *surnames[1::2]],
        }
    ]
    many_people = [
        {"id": f"p{i}", "name": f"Aurel {s}", "camp": "Labour", "aliases": [s]}
        for i, s in enumerate(surnames)
    ]
    return {
        "aliases of one actor": lambda: actors_from_records(one_person),
        "one alias per actor": lambda: actors_from_records(many_people),
    }


def seconds(text: str, make_table: Callable[[], ActorTable] | None = None) -> float:
    """Wall time of building the actor table (if any) and one statement_rows call."""
    start = time.perf_counter()
    statement_rows(text, make_table() if make_table is not None else None)
    return time.perf_counter() - start


def per_four_times(ratio: float, growth: float) -> float:
    """A time ratio for ``growth`` times the input, scaled to 4 times the input."""
    return ratio ** (math.log(4) / math.log(growth)) if ratio > 0 else 0.0


def alias_cases() -> None:
    """Print the alias cases: seconds per size, growth ratios, ratios scaled to 4x."""
    low, mid, high = ALIAS_COUNTS
    print()
    print(
        f"| actor file | {low:,} s | {mid:,} s | {high:,} s "
        f"| ratio {mid // low}x (4x scaled) | ratio {high // mid}x (4x scaled) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    tables = {count: alias_tables(count) for count in ALIAS_COUNTS}
    for name in tables[low]:
        times = [seconds(ALIAS_ARTICLE, tables[count][name]) for count in ALIAS_COUNTS]
        first = times[1] / times[0]
        second = times[2] / times[1]
        print(
            f"| {name} | {times[0]:.2f} | {times[1]:.2f} | {times[2]:.2f} "
            f"| {first:.1f} ({per_four_times(first, mid / low):.1f}) "
            f"| {second:.1f} ({per_four_times(second, high / mid):.1f}) |",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="0.2 MB and 1 MB instead")
    parser.add_argument("--aliases-only", action="store_true", help="only the actor-file cases")
    args = parser.parse_args()
    if args.aliases_only:
        alias_cases()
        return
    small, large = (200_000, 1_000_000) if args.small else (1_000_000, 5_000_000)
    header = (
        f"| input | {small / 1e6:g} MB s | {large / 1e6:g} MB s "
        f"| ratio (linear: {large / small:g}) |"
    )
    print(header)
    print("| --- | ---: | ---: | ---: |")
    for name, make in KINDS.items():
        low, high = seconds(make(small)), seconds(make(large))
        print(f"| {name} | {low:.2f} | {high:.2f} | {high / low:.1f} |", flush=True)
    alias_cases()


if __name__ == "__main__":
    main()
