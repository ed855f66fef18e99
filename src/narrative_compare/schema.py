"""Column names of the tables this package produces.

The statement table is the contract between the stages: attribution writes
it, the framing analysis, the notebooks and the corpus mode read it. Columns
are documented here once and the CLI writes them in this order.
"""

from __future__ import annotations

#: Columns of the statement table, in output order.
#:
#: statement_id  1-based position of the statement in the article
#: section       0-based index of the section (0: before the first heading)
#: section_title heading line of the section ("" before the first heading)
#: paragraph     0-based index of the paragraph in the article
#: clause        0 for a whole sentence; 1, 2 for the clauses of a sentence split
#:               because each has a speaker of its own ("X called it ..., while Y ...")
#: start, end    character offsets in the decoded article: ``text == article[start:end]``
#: text          the sentence as it stands in the article
#: speaker       surface words naming the speaker in this sentence ("" if none)
#: actor         actor id (from the actor file) or discovered actor name; "narrator" for narration
#: camp          camp of the actor; "Narrator" for narration, "unassigned" without actor file
#: cue           lemma of the reporting cue ("say", "accuse", "according to", ...), "" for narration
#: mode          direct | indirect | mixed | narration
#: targets       ";"-joined actor ids an accusation, demand or call is aimed at
#: resolved_by   how the actor was found: name, apposition, role, pronoun, definite,
#:               quotation, continuation, statement, collective, group member,
#:               discovered, unresolved
STATEMENT_COLUMNS: tuple[str, ...] = (
    "statement_id",
    "section",
    "section_title",
    "paragraph",
    "clause",
    "start",
    "end",
    "text",
    "speaker",
    "actor",
    "camp",
    "cue",
    "mode",
    "targets",
    "resolved_by",
)

NARRATOR_ACTOR = "narrator"
NARRATOR_CAMP = "Narrator"
UNASSIGNED_CAMP = "unassigned"
MODES: tuple[str, ...] = ("direct", "indirect", "mixed", "narration")

#: Columns of the distinctive-terms table (``compare``).
TERM_COLUMNS: tuple[str, ...] = ("camp", "term", "method", "score", "count")

#: Columns of the frame-phrase table (``frames``).
FRAME_COLUMNS: tuple[str, ...] = (
    "statement_id",
    "camp",
    "actor",
    "phrase",
    "kind",
    "start",
    "end",
    "referent",
)
