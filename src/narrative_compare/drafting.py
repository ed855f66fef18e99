"""Draft an actor file from the speakers discovered in articles.

Without an actor file every actor is discovered from the text and every camp
is ``unassigned``, so camps cannot be compared. :func:`draft_actor_file`
turns the discovered speakers of one or more articles into the YAML of an
actor file: one actor per discovered speaker, with an id, its name, the
other names it was called by as aliases, its statement count as a comment,
and camp ``unassigned`` for the user to fill. The draft is valid input for
``--actors`` as it stands.

Examples
--------
>>> text = "The Harbour Workers Union said the strike goes on. The Harbour Workers Union left."
>>> print(draft_actor_file([text]).split("actors:")[1].strip())
- id: harbour_workers_union  # 1 statement
    name: "Harbour Workers Union"
    camp: unassigned
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable

from narrative_compare.actors import ActorTable
from narrative_compare.attribution import COLLECTIVE_ACTOR, attribute
from narrative_compare.lexicon.english import ARTICLES, PRONOUNS
from narrative_compare.mentions import GROUP_WORDS, ORG_WORDS, name_keys
from narrative_compare.schema import NARRATOR_ACTOR, UNASSIGNED_CAMP

_NOT_ID = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['’]s?$")
# "Authority", "Ministry": a word for a kind of body names no one as an alias.
_GENERIC_KEYS = name_keys(" ".join(sorted(ORG_WORDS | GROUP_WORDS)))
# An alias is a name: capitalised words, without a clause ("Dorin, who ...").
_NAME_LIKE = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|de|al|[A-Z][\w'’.-]*))*")


class _Draft:
    """What the articles said about one discovered actor."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.statements = 0
        self.variants: Counter[str] = Counter()


def draft_actor_file(texts: Iterable[str], known: ActorTable | None = None) -> str:
    """The YAML of an actor file drafted from the speakers discovered in ``texts``.

    Parameters
    ----------
    texts : iterable of str
        Decoded articles.
    known : ActorTable, optional
        An actor file already written: only speakers it does not know are drafted.

    Returns
    -------
    str
        An actor file (``actors:`` list, most frequent speaker first), each
        actor with camp ``unassigned`` and its statement count as a comment.
    """
    drafts: dict[str, _Draft] = {}
    known_ids = {actor.id for actor in known.actors} if known is not None else set()
    articles = 0
    for text in texts:
        articles += 1
        for row in attribute(text, known):
            if row.actor in (NARRATOR_ACTOR, COLLECTIVE_ACTOR) or row.actor in known_ids:
                continue
            draft = drafts.setdefault(row.actor, _Draft(row.actor))
            draft.statements += 1
            variant = _as_name(row.speaker)
            if variant:
                draft.variants[variant] += 1
    return _yaml(sorted(drafts.values(), key=lambda d: (-d.statements, d.name)), articles)


def _as_name(speaker: str) -> str:
    """The name a speaker phrase calls its actor by, or "" (a pronoun, a description)."""
    words = speaker.split(",")[0].split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    if not words or words[0].lower() in PRONOUNS:
        return ""
    match = _NAME_LIKE.match(" ".join(words))
    return _POSSESSIVE.sub("", match.group(0)).strip() if match else ""


def _yaml(drafts: list[_Draft], articles: int) -> str:
    """Write the drafts as an actor file; no alias is claimed twice."""
    lines = [
        f"# Actor file drafted by narrative-compare actors from {articles} article(s).",
        f"# Fill in each camp (now {UNASSIGNED_CAMP}), merge actors that are one, delete",
        "# the ones that are not actors, then pass the file with --actors.",
        "actors:",
    ]
    claimed: set[frozenset[str]] = {name_keys(d.name) for d in drafts}
    ids: set[str] = set()
    for draft in drafts:
        actor_id = _unique_id(draft.name, ids)
        aliases = []
        for variant, _count in draft.variants.most_common():
            keys = name_keys(variant)
            if keys and keys not in claimed and not keys <= _GENERIC_KEYS:
                claimed.add(keys)
                aliases.append(variant)
        plural = "" if draft.statements == 1 else "s"
        lines += [
            f"  - id: {actor_id}  # {draft.statements} statement{plural}",
            f"    name: {json.dumps(draft.name, ensure_ascii=False)}",
            f"    camp: {UNASSIGNED_CAMP}",
        ]
        if aliases:
            quoted = ", ".join(json.dumps(a, ensure_ascii=False) for a in aliases)
            lines.append(f"    aliases: [{quoted}]")
    return "\n".join(lines) + "\n"


def _unique_id(name: str, taken: set[str]) -> str:
    """A lowercase id from ``name`` ("Harbour Workers Union" -> harbour_workers_union)."""
    base = _NOT_ID.sub("_", name.lower()).strip("_") or "actor"
    if base == NARRATOR_ACTOR:
        base = "actor_" + base
    actor_id, number = base, 2
    while actor_id in taken:
        actor_id, number = f"{base}_{number}", number + 1
    taken.add(actor_id)
    return actor_id
