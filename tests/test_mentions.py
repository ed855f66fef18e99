"""Name keys, entity kinds and matching speaker phrases to actors."""

from __future__ import annotations

import pytest

from narrative_compare.actors import actors_from_records
from narrative_compare.mentions import (
    ActorResolver,
    entity_kind,
    is_collective,
    name_keys,
    slug,
    stem,
    words_of,
)
from narrative_compare.schema import UNASSIGNED_CAMP

TABLE = actors_from_records(
    [
        {
            "id": "val_mod",
            "name": "Valdorian Ministry of Defence",
            "camp": "Valdoria",
            "aliases": ["Valdorian Defence Ministry"],
        },
        {"id": "val_gov", "name": "Government of Valdoria", "camp": "Valdoria"},
        {
            "id": "kes_mfa",
            "name": "Kestrani Foreign Ministry",
            "camp": "Kestran",
            "aliases": ["Ilka Serin"],
        },
        {"id": "residents", "name": "Residents of Dornic", "camp": "Civilians"},
    ]
)


@pytest.mark.parametrize(
    "country, demonym",
    [("armenia", "armenians"), ("azerbaijan", "azerbaijani"), ("valdoria", "valdorian")],
)
def test_stem_folds_demonyms(country, demonym):
    assert stem(country) == stem(demonym)


def test_stem_irregular_demonyms_and_spelling():
    assert stem("french") == stem("france")
    assert stem("defence") == stem("defense")


def test_words_of_drops_possessives_and_splits_hyphens():
    assert words_of("Valdoria’s pro-Kestrani allies") == ("valdoria", "pro", "kestrani", "allies")


def test_name_keys_equivalent_forms():
    a = name_keys("the Valdorian Defence Ministry")
    assert a == name_keys("Ministry of Defense of Valdoria")
    assert a == name_keys("Valdoria's defence ministry")
    assert a != name_keys("Valdorian Foreign Ministry")


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("Defence Minister Oren Halvik", "person"),
        ("Lina Morrow", "person"),
        ("Chief executive Mara Lind", "person"),
        ("residents", "group"),
        ("Kestranis", "group"),
        ("the Valdorian Defence Ministry", "org"),
        ("Harbour Workers Union", "org"),
        ("", "org"),
    ],
)
def test_entity_kind(phrase, kind):
    assert entity_kind(phrase) == kind


def test_is_collective():
    assert is_collective("Both sides") and is_collective("the two  countries")
    assert not is_collective("the ministry") and not is_collective("both ministers")


def test_slug():
    assert slug("the Valdorian Defence Ministry's") == "Valdorian Defence Ministry"
    assert slug("A spokesperson.") == "spokesperson"


def test_resolver_alias_containment_picks_most_specific_name():
    resolver = ActorResolver(TABLE)
    assert resolver.match_name("Valdorian Defence Ministry spokesman Aro Venn").actor == "val_mod"
    assert resolver.match_name("the Valdorian Ministry of Defence").actor == "val_mod"
    assert resolver.match_name("Kestrani Foreign Ministry spokeswoman Ilka Serin").actor == (
        "kes_mfa"
    )
    assert resolver.match_name("the Government of Valdoria").actor == "val_gov"
    assert resolver.match_name("Morvania") is None


def test_resolver_description_prefers_recent_actor():
    resolver = ActorResolver(TABLE)
    assert resolver.match_description("the ministry", ["kes_mfa", "val_mod"]).actor == "kes_mfa"
    assert resolver.match_description("the ministry", ["val_mod"]).actor == "val_mod"
    # Two ministries, neither recently active: ambiguous.
    assert resolver.match_description("the ministry", []) is None
    assert resolver.match_description("the government", []).actor == "val_gov"


def test_resolver_remember_alias_enables_description():
    resolver = ActorResolver(TABLE)
    assert resolver.match_description("the spokeswoman", ["kes_mfa"]) is None
    resolver.remember_alias("kes_mfa", "spokeswoman")
    assert resolver.match_description("the spokeswoman", ["kes_mfa"]).actor == "kes_mfa"
    # A description never becomes a name.
    assert resolver.match_name("spokeswoman") is None


def test_resolver_discovery_without_table():
    resolver = ActorResolver()
    found = resolver.discover("the Valdorian Defence Ministry")
    assert (found.actor, found.camp, found.kind) == (
        "Valdorian Defence Ministry",
        UNASSIGNED_CAMP,
        "org",
    )
    assert resolver.discover("Valdorian Defence Ministry").actor == found.actor
    assert resolver.match_description("the ministry", [found.actor]).actor == found.actor
    # The country is not the ministry, nor its foreign ministry.
    assert resolver.match_name("Valdoria") is None or resolver.match_name("Valdoria").kind != "org"
    assert resolver.match_name("the Valdorian Foreign Ministry") is None


def test_resolver_bystanders():
    resolver = ActorResolver(TABLE)
    assert resolver.bystanders("a farmer from the valley").actor == "residents"
    assert resolver.bystanders("the mayor") is None


def test_a_discovered_name_equal_to_an_actor_id_is_that_actor() -> None:
    table = actors_from_records(
        [{"id": "dockers", "name": "dock workers", "camp": "Witnesses", "aliases": []}]
    )
    resolver = ActorResolver(table)
    found = resolver.discover("dockers", "group")
    assert (found.actor, found.camp) == ("dockers", "Witnesses")
    assert resolver.discovered == []


def test_group_head_reads_the_noun_and_its_names():
    from narrative_compare.mentions import group_head, name_keys

    assert (
        group_head("Dozens of truck drivers waiting at the gate").noun == group_head("driver").noun
    )
    assert (
        group_head("Several doctors, who asked not to be named").noun == group_head("doctors").noun
    )
    found = group_head("Angry Tavorian farmers")
    assert found.modifiers == name_keys("Tavorian")
    assert found.opening == name_keys("Angry")
    assert group_head("Lisa Harrow") is None  # a name, not a group


def test_a_role_word_discovered_alone_does_not_take_in_a_longer_name():
    from narrative_compare.mentions import ActorResolver

    resolver = ActorResolver()
    bare = resolver.discover("minister", "person")
    assert resolver.match_name("minister") == bare
    assert resolver.match_name("Water Minister Hassan Ode") is None


def test_known_named_with_reads_names_in_file_order() -> None:
    resolver = ActorResolver(
        actors_from_records(
            [
                {"id": "university", "name": "University of Lorvenna", "camp": "U"},
                {"id": "prosecutor", "name": "Lorvenna prosecutor's office", "camp": "J"},
            ]
        )
    )
    found = resolver.known_named_with(name_keys("prosecutors"))
    assert [actor.actor for actor in found] == ["prosecutor"]
    lorvenna = resolver.known_named_with(name_keys("Lorvenna"))
    assert [actor.actor for actor in lorvenna] == ["university", "prosecutor"]
    assert resolver.known_named_with(name_keys("spokesman")) == []
    assert resolver.known_named_with(frozenset()) == []
