"""The relation vocabulary is valid data and covers the event types the foundation promises."""

from __future__ import annotations

import pytest

from graphkit.extract.lexicon import default_lexicon, lexicon_with, merge_lexicons, parse_lexicon
from graphkit.vocabulary import event_types

PLOVER_EVENT_TYPES = event_types()


def test_shipped_lexicon_covers_the_required_types():
    lexicon = default_lexicon()
    types = {r.event_type for r in lexicon.relations}
    assert {"AID", "ASSAULT", "CONSULT", "DISAPPROVE", "SANCTION", "THREATEN"} <= types <= set(PLOVER_EVENT_TYPES)
    verbs = lexicon.by_verb()
    for verb, event_type in [
        ("supply", "AID"),
        ("provide", "AID"),
        ("give", "AID"),
        ("send", "AID"),
        ("attack", "ASSAULT"),
        ("strike", "ASSAULT"),
        ("visit", "CONSULT"),
        ("meet", "CONSULT"),
        ("accuse", "DISAPPROVE"),
        ("condemn", "DISAPPROVE"),
        ("criticize", "DISAPPROVE"),
        ("sanction", "SANCTION"),
        ("threaten", "THREATEN"),
    ]:
        assert verbs[verb].event_type == event_type


@pytest.mark.parametrize(
    ("toml", "error"),
    [
        ('[[relation]]\npredicate = "x"\nevent_type = "HUG"\nframe = "direct"\nverbs = ["hug"]', "not a PLOVER type"),
        ('[[relation]]\npredicate = "x"\nevent_type = "AID"\nframe = "sideways"\nverbs = ["x"]', "frame"),
        (
            '[[relation]]\npredicate = "aids"\nevent_type = "AID"\nframe = "direct"\nverbs = ["aid"]\n'
            '[[relation]]\npredicate = "supplies"\nevent_type = "AID"\nframe = "direct"\nverbs = ["aid"]',
            "already listed",
        ),
        ('[[relation]]\npredicate = "hugs"\nevent_type = "SUPPORT"\nframe = "direct"', "not in .*predicates.toml"),
        ('[[relation]]\npredicate = "supplies"\nevent_type = "FIGHT"\nframe = "direct"', "has AID in predicates"),
        ('[[relation]]\npredicate = "holds_role"\nevent_type = "AID"\nframe = "direct"', "no event type"),
        ('[[relation]]\npredicate = "aids"\nevent_type = "AID"\nframe = "direct"\nverbs = "aid"', "list of words"),
        ('[[relation]]\npredicate = "aids"\nevent_type = "AID"\nframe = "direct"\ncombat = "yes"', "true or false"),
        ('light_verb = ["hold"]', r"unknown top-level keys \['light_verb'\]"),
        ('cameo = ["010"]', "cameo must be a table"),
    ],
)
def test_mistakes_in_the_lexicon_are_named(toml, error):
    with pytest.raises(ValueError, match=error):
        parse_lexicon(toml)


def test_every_plover_type_has_words():
    lexicon = default_lexicon()
    assert {r.event_type for r in lexicon.relations} == set(PLOVER_EVENT_TYPES)
    for event_type in PLOVER_EVENT_TYPES:
        words = [w for r in lexicon.relations if r.event_type == event_type for w in (*r.verbs, *r.nouns)]
        assert len(words) >= 3, event_type


@pytest.mark.parametrize(
    ("word", "kind", "event_type"),
    [
        ("blow up", "verb", "COERCE"),
        ("buy", "verb", "AID"),
        ("urge", "verb", "DEMAND"),
        ("reject", "verb", "REJECT"),
        ("withdraw", "verb", "RETREAT"),
        ("invasion", "noun", "FIGHT"),
        ("hunger strike", "noun", "PROTEST"),
        ("sanctions", "noun", "SANCTION"),
        ("arms ban", "noun", "SANCTION"),  # a ban on a state's trade, not a coercion ("ban" alone)
        ("ban", "noun", "COERCE"),
        ("talks", "noun", "CONSULT"),
        ("investigation", "noun", "INVESTIGATE"),
        ("cyberattack", "noun", "COERCE"),  # PLOVER COERCE, mode cyber
        ("seizure", "noun", "COERCE"),
    ],
)
def test_words_map_to_their_plover_type(word, kind, event_type):
    lexicon = default_lexicon()
    relation = lexicon.verb(word) if kind == "verb" else lexicon.noun(word)
    assert relation is not None and relation.event_type == event_type


def test_light_verbs_and_armed_forces():
    lexicon = default_lexicon()
    sanctions = lexicon.noun("sanctions")
    assert lexicon.is_light("impose", sanctions) and lexicon.is_light("slap", sanctions)
    assert not lexicon.is_light("praise", sanctions)
    attack = lexicon.verb("kill")
    assert lexicon.military(attack, "troops").event_type == "FIGHT"
    assert lexicon.military(attack, "gunmen") is attack


@pytest.mark.parametrize(
    ("toml", "error"),
    [
        (
            '[[relation]]\npredicate = "x"\nevent_type = "AID"\nframe = "direct"\nverbs = ["x"]\nverb = ["y"]',
            "unknown keys",
        ),
        (
            '[[relation]]\npredicate = "x"\nevent_type = "AID"\nframe = "direct"\nverbs = ["x"]\ncomplement = "z"',
            "complement",
        ),
        (
            '[[relation]]\npredicate = "aids"\nevent_type = "AID"\nframe = "direct"\nverbs = ["a"]\nnouns = ["aid"]\n'
            '[[relation]]\npredicate = "aids"\nevent_type = "AID"\nframe = "direct"\nverbs = ["b"]\nnouns = ["aid"]',
            "noun 'aid' is already listed",
        ),
    ],
)
def test_more_mistakes_are_named(toml, error):
    with pytest.raises(ValueError, match=error):
        parse_lexicon(toml)


def test_themes_combat_and_generic_heads_are_read():
    lexicon = parse_lexicon(
        'generic_heads = ["effort"]\n[[relation]]\npredicate = "mobilizes_against"\nevent_type = "MOBILIZE"\n'
        'frame = "direct"\nverbs = ["deploy"]\nthemes = ["troops"]\nthemes_only = true\n[[relation]]\n'
        'predicate = "attacks"\nevent_type = "ASSAULT"\nframe = "direct"\nverbs = ["attack"]\ncombat = true\n'
        "public = true\n"
    )
    mobilize, attack = lexicon.relations
    assert mobilize.themes == ("troops",) and not mobilize.combat and attack.combat
    assert mobilize.themes_only and not attack.themes_only
    assert attack.public and not mobilize.public
    assert lexicon.generic_heads == ("effort",)
    assert default_lexicon().verb("torture").combat is False and default_lexicon().verb("kill").combat is True


def test_receiving_verbs_and_actors_fit_are_read_and_joined_with_a_users():
    lexicon = parse_lexicon(
        'receiving_verbs = ["pocket"]\n[[relation]]\npredicate = "meets"\nevent_type = "CONSULT"\nframe = "direct"\n'
        'verbs = ["greet"]\nthemes = ["crowd"]\nactors_fit = true\n[[relation]]\npredicate = "supplies"\n'
        'event_type = "AID"\nframe = "transfer"\nverbs = ["barter"]\ncommercial = true\n'
    )
    assert lexicon.relations[0].actors_fit and lexicon.receiving_verbs == ("pocket",)
    assert lexicon.relations[1].commercial and not lexicon.relations[0].commercial
    merged = merge_lexicons(default_lexicon(), lexicon)
    assert "pocket" in merged.receiving_verbs and "win" in merged.receiving_verbs
    with pytest.raises(ValueError, match="receiving_verbs"):
        parse_lexicon('receiving_verbs = "win"')
    with pytest.raises(ValueError, match="commercial must be true or false"):
        parse_lexicon(
            '[[relation]]\npredicate = "supplies"\nevent_type = "AID"\nframe = "transfer"\nverbs = ["x"]\n'
            'commercial = "yes"'
        )


def test_the_cameo_table_is_read_and_its_predicates_must_be_graphkits():
    lexicon = parse_lexicon('[cameo]\nreciprocal = ["CONSULT"]\n[cameo.predicates]\n"042" = "visits"\n')
    assert lexicon.cameo.predicates == {"042": "visits"} and lexicon.cameo.reciprocal == {"CONSULT"}
    with pytest.raises(ValueError, match=r"\[cameo.predicates\]: tours not in predicates.toml"):
        parse_lexicon('[cameo.predicates]\n"042" = "tours"\n')
    user = parse_lexicon('[cameo.retype]\n"haggle" = "REJECT"\n[cameo.predicates]\n"042" = "meets"\n')
    merged = merge_lexicons(default_lexicon(), user).cameo
    assert merged.retype["haggle"] == "REJECT" and merged.predicates["042"] == "meets"
    assert merged.patterns_only == default_lexicon().cameo.patterns_only and len(merged.retype) > 1


def test_a_user_lexicon_adds_words_and_its_words_win():
    user = parse_lexicon(
        'light_verbs = ["wage"]\n'
        '[[relation]]\npredicate = "supplies"\nevent_type = "AID"\nframe = "transfer"\nverbs = ["parachute"]\n'
        '[[relation]]\npredicate = "criticizes"\nevent_type = "DISAPPROVE"\nframe = "direct"\nverbs = ["snub"]'
    )
    shipped = default_lexicon()
    merged = merge_lexicons(shipped, user)
    assert shipped.verb("parachute") is None and merged.verb("parachute").frame == "transfer"
    assert shipped.verb("snub").predicate == "rejects" and merged.verb("snub").predicate == "criticizes"
    assert all("snub" not in r.verbs for r in merged.relations if r.predicate == "rejects")
    assert merged.verb("reject").predicate == "rejects"  # the rest of the shipped entry stays
    assert "wage" in merged.light_verbs and set(shipped.light_verbs) <= set(merged.light_verbs)
    assert lexicon_with(None) is shipped


def test_a_verb_may_be_listed_again_after_a_listing_for_its_themes():
    fight = '[[relation]]\npredicate = "fights"\nevent_type = "FIGHT"\nframe = "direct"\nverbs = ["breach"]\n'
    reject = '[[relation]]\npredicate = "rejects"\nevent_type = "REJECT"\nframe = "direct"\nverbs = ["breach"]\n'
    truce = 'themes = ["truce"]\n'
    lexicon = parse_lexicon(fight + truce + reject)
    assert [r.event_type for r in lexicon.verb_senses("breach")] == ["FIGHT", "REJECT"]
    assert lexicon.verb("breach").event_type == "REJECT"  # the last, most general sense: with no object
    with pytest.raises(ValueError, match="already listed"):
        parse_lexicon(reject + fight + truce)  # a listing for any object leaves no other sense
    # so may a noun, by what its "of" names; and not after a listing for anything
    senses = parse_lexicon(fight + truce + 'nouns = ["breach"]\n' + reject + 'nouns = ["breach"]\n')
    assert [r.event_type for r in senses.noun_senses("breach")] == ["FIGHT", "REJECT"]
    assert senses.noun("breach").event_type == "REJECT"
    untyped = reject.replace('verbs = ["breach"]', "verbs = []") + 'nouns = ["breach"]\n'
    with pytest.raises(ValueError, match="noun 'breach' is already listed"):
        parse_lexicon(untyped + fight.replace('["breach"]', "[]") + truce + 'nouns = ["breach"]\n')
