"""Canonical entities, without a model: countries by any name, people by surname, stable ids."""

from __future__ import annotations

from dataclasses import replace

import pytest

from graphkit.canon import ArticleResolver, country_table, entity_id, resolve_article
from graphkit.types import Article, Entity, Evidence, Extraction, Mention, RawClaim


def mention(text: str, label: str, start: int = 0) -> Mention:
    return Mention("a1", start, start + len(text), text, label)


class Resolver:
    """The article resolver of an article with these mentions; ``entity`` is what a mention names."""

    def __init__(self, mentions=()) -> None:
        self.resolver = ArticleResolver(Extraction(Article("a1", "text"), tuple(mentions), ()))

    def entity(self, m: Mention):
        return self.resolver.resolve(m).entity


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Iran", "IRN"),
        ("Tehran", "IRN"),
        ("Iranian", "IRN"),
        ("Iranians", "IRN"),
        ("Moscow", "RUS"),
        ("the Russian Federation", "RUS"),
        ("Russians", "RUS"),
        ("Washington", "USA"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("the United States", "USA"),
        ("American", "USA"),
        ("UK", "GBR"),
        ("UAE", "ARE"),
        ("Emirati", "ARE"),
        ("Israelis", "ISR"),
        ("Beijing", "CHN"),
        ("Chinese", "CHN"),
        ("Côte d'Ivoire", "CIV"),
        ("Jordanian", "JOR"),
        ("Riyadh", "SAU"),
    ],
)
def test_country_names(name, iso3):
    assert country_table().lookup(name) == iso3


def test_table_covers_every_iso_state_and_is_not_fooled_by_lower_case_words():
    table = country_table()
    assert len(table) >= 249
    assert table.lookup("us") is None and table.lookup("in") is None
    assert table.lookup("Western") is None and table.lookup("Texas") is None


def test_countries_carry_iso3_and_geonames():
    entity = Resolver().entity(mention("Tehran", "GPE"))
    assert (entity.id, entity.label, entity.type, entity.iso3) == ("country/IRN", "Iran", "Country", "IRN")
    assert entity.same_as == ("https://sws.geonames.org/130758/",)
    assert entity.aliases == ("Tehran",)


def test_surname_is_the_person_of_the_article_never_a_place():
    mentions = (mention("Lloyd Austin", "PERSON"), mention("Austin", "GPE", 50), mention("Austin", "PERSON", 80))
    resolver = Resolver(mentions)
    ids = {resolver.entity(m).id for m in mentions}
    assert ids == {"person/lloyd-austin"}


def test_titles_are_not_part_of_the_name():
    resolver = Resolver((mention("President Xi Jinping", "PERSON"),))
    assert resolver.entity(mention("Xi", "PERSON")).label == "Xi Jinping"


def test_groups_organizations_and_places():
    resolver = Resolver()
    assert resolver.entity(mention("Western", "NORP")).id == "group/western-countries"
    assert resolver.entity(mention("the CIA", "ORG")).id == "org/central-intelligence-agency"
    assert resolver.entity(mention("the Party of Tomorrow", "ORG")).id == "org/party-of-tomorrow"
    assert resolver.entity(mention("Tel Aviv", "GPE")).type == "Location"


def test_ids_are_safe_and_stable():
    assert entity_id("person", "Hossein-Amir Abdollahian") == "person/hossein-amir-abdollahian"
    assert entity_id("org", '"><script>alert(1)</script>') == entity_id("org", '"><script>alert(1)</script>')
    assert "/" not in entity_id("org", "a/b/../c").split("/", 1)[1]
    assert entity_id("person", "Абдоллахиан").startswith("person/")


def test_two_sectors_of_one_country_make_a_claim_and_one_sector_does_not():
    text = "Kenyan police dispersed Kenyan protesters; Kenyan police thanked Kenyan police."
    police = Mention("a1", 0, 6, "Kenyan", "NORP", "police")
    protesters = Mention("a1", 24, 30, "Kenyan", "NORP", "protesters")
    ev = Evidence("a1", text, 0, len(text), "test")
    apart = RawClaim(police, "coerces", "COERCE", protesters, ev)
    same = RawClaim(police, "supports", "SUPPORT", replace(police, start=57, end=63), ev)
    extraction = Extraction(Article("a1", text), (police, protesters), (apart, same))
    _, claims = resolve_article(extraction)
    assert [(c.subject.sector, c.event_type, c.object.sector) for c in claims] == [("COP", "COERCE", "CVL")]


def test_claim_between_an_actor_and_itself_is_dropped():
    ev = Evidence("a1", "Tehran accused Iran.", 0, 20, "test")
    raw = RawClaim(mention("Tehran", "GPE"), "accuses", "DISAPPROVE", mention("Iran", "GPE", 15), ev)
    extraction = Extraction(Article("a1", "Tehran accused Iran."), (raw.subject, raw.object), (raw,))
    entities, claims = resolve_article(extraction)
    assert claims == [] and {e.id for e in entities} == {"country/IRN"}


def test_a_title_known_with_its_country_is_one_role():
    bare = Entity("person/x", "X", "Person", roles=("National Security Advisor",))
    full = Entity("person/x", "X", "Person", roles=("National Security Advisor (United States)", "Envoy"))
    assert bare.merged(full).roles == ("Envoy", "National Security Advisor (United States)")
