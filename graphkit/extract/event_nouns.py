"""Which relation an event noun expresses: "sanctions", "hunger strike" (before "strike"), "a mediation effort" (a
mediation), "strikes on Gaza" (an attack, not a walkout); looked up once per noun of a Doc."""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.commitment import HOSTILE
from graphkit.extract.deps import COMPOUNDS, DIRECT_OBJECTS, NATIONALITY, NOUN_MODIFIERS, PREPOSITIONS, SUBJECTS
from graphkit.extract.lexicon import Lexicon, Relation, lexicon_of
from graphkit.extract.tree import children, hyphened_word, nominal_gerund, of_kinds, prep_objects
from graphkit.vocabulary import cue_words
from graphkit.vocabulary.sector_nouns import sector_nouns

NOUN_RELATIONS = "graphkit_noun_relations"  # the doc.user_data key of the nouns' relations
ARMED_ATTACK = "attack"  # the noun whose relation an armed sense of ``armed_nouns`` takes
BLOODLESS = cue_words("bloodless_modifiers")  # "a trade war", "a legal battle": no force
CROWDS = cue_words("crowd_nouns")  # "unions launched a strike": a walkout
JOINT = cue_words("joint_modifiers")  # "coordinated patrols", "combined exercises": listed as "joint" ones
JOINTLY = "joint"  # how the lexicon lists acts done together: "joint patrols"
FORCE = frozenset({"ASSAULT", "FIGHT"})
PROTEST = "PROTEST"
PEOPLE_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})  # names of actors: "the release of Alexei Navalny"


def noun_relation(noun: Token, lexicon: Lexicon) -> Relation | None:
    """The relation an event noun expresses; "hunger strike" is looked up before "strike", and
    "a mediation effort" is a mediation (``generic_heads``). Looked up once per noun of a Doc."""
    if noun.pos_ != "NOUN" and not nominal_gerund(noun):
        return None
    known: dict[int, Relation | None] = noun.doc.user_data.setdefault(f"{NOUN_RELATIONS}/{id(lexicon)}", {})
    if noun.i not in known:
        known[noun.i] = look_up_noun(noun, lexicon)
    return known[noun.i]


def look_up_noun(noun: Token, lexicon: Lexicon) -> Relation | None:
    modifiers = children(noun, NOUN_MODIFIERS)
    hyphened = hyphened_word(noun)
    whole = lexicon.noun(hyphened) if hyphened is not None else None
    if whole is not None:  # "cease-fire", cut in three by the tokenizer: a truce, not "fire"
        return whole
    for modifier in modifiers:  # by the modifier's lemma or word: "arms sales" ("arms" is no "arm"); a word for
        # together by the lexicon's: "coordinated patrols with Indonesia" are joint patrols
        together = (JOINTLY,) if modifier.lower_ in JOINT else ()
        for word in dict.fromkeys((modifier.lemma_.lower(), modifier.lower_, *together)):
            relation = lexicon.noun(f"{word} {noun.lemma_.lower()}")
            if relation is not None:
                return relation
    for kind in of_kinds(noun):  # "a state of siege": not a siege
        relation = lexicon.noun(kind)
        if relation is not None:
            return relation
    found = themed_sense(noun, lexicon) or lexicon.noun(noun.lemma_.lower()) or lexicon.noun(noun.lower_)
    if found is not None and found.actors_fit and found.themes and not of_people(noun, found):
        return None  # "the release of water", "the release of the report": no one set free
    if found is not None and found.event_type in FORCE and any(m.lemma_.lower() in BLOODLESS for m in modifiers):
        return None  # "a trade war between the US and China", "a legal battle with Chile"
    if found is not None and noun.lemma_.lower() in lexicon.armed_nouns and armed(noun, lexicon):
        return lexicon.noun(ARMED_ATTACK) or found
    if found is None and noun.lower_ in lexicon.generic_heads:
        inner = (lexicon.noun(m.lemma_.lower()) for m in modifiers if m.dep_ in COMPOUNDS and m.pos_ == "NOUN")
        found = next((r for r in inner if r is not None), None)
    return found


def of_people(noun: Token, relation: Relation) -> bool:
    """Whether the "of" of a noun whose relation is done to actors or its themes names such, if it has one: a name
    ("the release of Alexei Navalny"), people by their noun or their state's adjective ("of two Japanese
    nationals", "of aid workers"), or a theme ("of prisoners"); not "the release of water"."""
    things = prep_objects(noun, ("of",))
    return not things or any(
        t.ent_type_ in PEOPLE_LABELS
        or t.lemma_.lower() in relation.themes
        or t.lower_ in sector_nouns()
        or any(m.ent_type_ == NATIONALITY for m in children(t, NOUN_MODIFIERS))
        for t in things
    )


def themed_sense(noun: Token, lexicon: Lexicon) -> Relation | None:
    """The sense of a noun listed by several relations whose ``themes`` name what its "of" is: "the expulsion of two
    French journalists" is a deportation (COERCE), the expulsion of diplomats a sanction (the noun's first sense)."""
    senses = [r for r in lexicon.noun_senses(noun.lemma_.lower()) if r.themes]
    if not senses:
        return None
    things = prep_objects(noun, ("of",))
    words = {w for t in things for w in (t.lemma_.lower(), t.lower_)}
    return next((r for r in senses if words & set(r.themes)), None)


def armed(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun of ``armed_nouns`` is done "on" someone or launched ("strikes on Gaza", "launched strikes"),
    not by a crowd ("unions launched a strike on Monday": a walkout; cues ``crowd_nouns``)."""
    launched = noun.dep_ in DIRECT_OBJECTS and noun.head.lemma_.lower() in lexicon.armed_light_verbs
    by_crowd = any(s.lower_ in CROWDS for s in children(noun.head, SUBJECTS))
    return (launched and not by_crowd) or any(p.lower_ == "on" for p in children(noun, PREPOSITIONS))


def hostile_noun(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names an act of material conflict: "attack", "bombing", "invasion", "sanctions"."""
    relation = noun_relation(noun, lexicon)
    return relation is not None and relation.event_type in HOSTILE


def protest_noun(noun: Token) -> bool:
    """Whether a noun names a protest in the lexicon: "strike", "sit-in", "hunger strike" (``noun_relation``)."""
    relation = noun_relation(noun, lexicon_of(noun.doc))
    return relation is not None and relation.event_type == PROTEST
