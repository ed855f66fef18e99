"""Check that statement extraction stays linear on pathological input.

Each kind of hostile text (no punctuation at all, endless commas, thousands
of quotations in one sentence, thousands of short lines, a reporting verb
repeated without a subject, thousands of "she said" paragraphs, quotations
whose speaker is never found, one quotation running over thousands of
sentences) is generated at 1 MB and 5 MB; the script prints
the seconds for each and the ratio. Linear processing gives a ratio near 5;
catastrophic regex backtracking or a quadratic loop gives 25 or more.

    python benchmarks/pathological.py            # 1 MB and 5 MB
    python benchmarks/pathological.py --small    # 0.2 MB and 1 MB
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

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


def seconds(text: str) -> float:
    """Wall time of one statement_rows call on ``text``."""
    start = time.perf_counter()
    statement_rows(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="0.2 MB and 1 MB instead")
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
