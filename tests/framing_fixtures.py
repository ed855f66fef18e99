"""Hand-built statement tables for the framing tests.

The attribution engine is developed separately, so these tables are written by
hand. Offsets are found with ``str.find`` in the article text so that
``article[start:end] == text`` holds as in the real statement table.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from narrative_compare.schema import STATEMENT_COLUMNS

SEED_PATH = Path(__file__).resolve().parents[1] / "seeds" / "azerbaijan_karabakh_offensive_2023.txt"

SEED_HEADINGS = (
    "Azerbaijan statement",
    "Eyewitness accounts",
    "Russia comments",
    "6 people killed",
    "Red Cross shipment",
    "Disruption of a passenger plane",
    "Background on the conflict in the region",
)

SEED_COLORS = {
    "Azerbaijan": "#1f77b4",
    "Armenia": "#d62728",
    "Russia": "#2ca02c",
    "ICRC": "#9467bd",
    "Media": "#8c564b",
}

N = ("narrator", "Narrator", "", "narration", "")

# (first words of the sentence, last words, speaker, actor, camp, cue, mode, targets)
SEED_ROWS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    (
        "The Ministry of Defense of Azerbaijan issued",
        "inside Nagorno-Karabakh.",
        "The Ministry of Defense of Azerbaijan",
        "az_mod",
        "Azerbaijan",
        "confirm",
        "mixed",
        "",
    ),
    (
        "The ministry stressed",
        "civilian infrastructure.",
        "The ministry",
        "az_mod",
        "Azerbaijan",
        "stress",
        "indirect",
        "",
    ),
    (
        "She stressed that",
        "Azerbaijan army.",
        "She",
        "az_mod",
        "Azerbaijan",
        "stress",
        "indirect",
        "",
    ),
    ("The command of the Russian", "in the territory.", "", *N),
    (
        "It later announced",
        "high-precision weapons.",
        "It",
        "az_mod",
        "Azerbaijan",
        "announce",
        "indirect",
        "",
    ),
    (
        "Azerbaijan demanded",
        "from the region.",
        "Azerbaijan",
        "az_gov",
        "Azerbaijan",
        "demand",
        "mixed",
        "arm_gov",
    ),
    (
        "Agence France-Presse reported",
        "Azerbaijani army.",
        "Agence France-Presse",
        "afp",
        "Media",
        "report",
        "indirect",
        "",
    ),
    (
        "The pro-Armenian authorities",
        "“heavy gunfire.”",
        "The pro-Armenian authorities in Nagorno-Karabakh",
        "nk_authorities",
        "Armenia",
        "announce",
        "mixed",
        "az_gov",
    ),
    (
        "Russia called on",
        "in Nagorno-Karabakh.",
        "Russia",
        "russia",
        "Russia",
        "call on",
        "mixed",
        "az_gov;arm_gov",
    ),
    (
        "Russian Foreign Ministry spokeswoman",
        "work in the region.",
        "Maria Zakharova",
        "russia",
        "Russia",
        "say",
        "indirect",
        "",
    ),
    (
        "Azerbaijan announced earlier",
        "of planting them.",
        "Azerbaijan",
        "az_gov",
        "Azerbaijan",
        "accuse",
        "mixed",
        "nk_authorities",
    ),
    (
        "She explained that four",
        "according to Reuters.",
        "Reuters",
        "reuters",
        "Media",
        "according to",
        "indirect",
        "",
    ),
    (
        "She added that another",
        "also in a truck.",
        "She",
        "reuters",
        "Media",
        "add",
        "indirect",
        "",
    ),
    ("The two incidents occurred", "simultaneously.", "", *N),
    ("The move was seen", "hopes for calm.", "", *N),
    (
        "The International Committee of the Red Cross reported",
        "towards the northeast.",
        "The International Committee of the Red Cross",
        "icrc",
        "ICRC",
        "report",
        "indirect",
        "",
    ),
    (
        "“We are very relieved",
        "Europe and Central Asia.",
        "Ariane Power",
        "icrc",
        "ICRC",
        "say",
        "direct",
        "",
    ),
    ("She continued:", "hours for bread.", "She", "icrc", "ICRC", "continue", "direct", ""),
    (
        "They urgently need",
        "humanitarian shipments.”",
        "She",
        "icrc",
        "ICRC",
        "continue",
        "direct",
        "",
    ),
    (
        "The Azerbaijani Ministry of Defense on Tuesday",
        "to Baku.",
        "The Azerbaijani Ministry of Defense",
        "az_mod",
        "Azerbaijan",
        "accuse",
        "mixed",
        "nk_authorities",
    ),
    (
        "Armenians in Nagorno-Karabakh described",
        "of the region.",
        "Armenians in Nagorno-Karabakh",
        "nk_armenians",
        "Armenia",
        "describe",
        "mixed",
        "az_mod;az_gov",
    ),
    ("This was a reference", "smuggle weapons.", "", *N),
    (
        "The Armenian Foreign Ministry said",
        "military escalation.",
        "The Armenian Foreign Ministry",
        "arm_mfa",
        "Armenia",
        "say",
        "indirect",
        "az_gov",
    ),
    (
        "Both sides say",
        "peace agreement.",
        "Both sides",
        "Both sides",
        "unassigned",
        "say",
        "indirect",
        "",
    ),
)


def seed_text() -> str:
    """Return the seed article."""
    return SEED_PATH.read_text(encoding="utf-8")


def _paragraph_index(article: str, start: int) -> int:
    """0-based index of the blank-line separated block holding ``start``."""
    return sum(1 for block in article[:start].split("\n\n")[:-1] if block.strip())


def _section(article: str, start: int, headings: tuple[str, ...]) -> tuple[int, str]:
    section, title = 0, ""
    for number, heading in enumerate(headings, start=1):
        position = article.find(heading + "\n")
        if 0 <= position < start:
            section, title = number, heading
    return section, title


def build_statements(
    article: str,
    rows: tuple[tuple[str, ...], ...],
    headings: tuple[str, ...] = (),
) -> pd.DataFrame:
    """Statement table from ``(first words, last words, speaker, actor, camp, cue, mode, targets)``.

    Each sentence runs from its first words to the end of its last words;
    both are searched for in article order with ``str.find``.
    """
    records, cursor = [], 0
    for number, (head, tail, speaker, actor, camp, cue, mode, targets) in enumerate(rows, 1):
        start = article.find(head, cursor)
        end = article.find(tail, start) + len(tail)
        assert start >= 0 and end >= len(tail) and end > start, (head, tail)
        cursor = end
        section, title = _section(article, start, headings)
        records.append(
            {
                "statement_id": number,
                "section": section,
                "section_title": title,
                "paragraph": _paragraph_index(article, start),
                "start": start,
                "end": end,
                "text": article[start:end],
                "speaker": speaker,
                "actor": actor,
                "camp": camp,
                "cue": cue,
                "mode": mode,
                "targets": targets,
                "resolved_by": "narration" if mode == "narration" else "name",
            }
        )
    return pd.DataFrame(records, columns=list(STATEMENT_COLUMNS))


def seed_statements() -> pd.DataFrame:
    """Hand-attributed statement table of the seed article."""
    return build_statements(seed_text(), SEED_ROWS, SEED_HEADINGS)


def toy_statements(texts_by_camp: dict[str, list[str]], mode: str = "indirect") -> pd.DataFrame:
    """Small statement table: one statement per text, laid out as one article.

    Returns the table; the article is the texts joined by single spaces.
    """
    records, cursor, number = [], 0, 0
    for camp, texts in texts_by_camp.items():
        for text in texts:
            number += 1
            narration = camp == "Narrator"
            records.append(
                {
                    "statement_id": number,
                    "section": 0,
                    "section_title": "",
                    "paragraph": number - 1,
                    "start": cursor,
                    "end": cursor + len(text),
                    "text": text,
                    "speaker": "" if narration else camp,
                    "actor": "narrator" if narration else camp.lower(),
                    "camp": camp,
                    "cue": "" if narration else "say",
                    "mode": "narration" if narration else mode,
                    "targets": "",
                    "resolved_by": "narration" if narration else "name",
                }
            )
            cursor += len(text) + 1
    return pd.DataFrame(records, columns=list(STATEMENT_COLUMNS))


def toy_article(statements: pd.DataFrame) -> str:
    """Article text matching :func:`toy_statements`."""
    return " ".join(statements["text"])
