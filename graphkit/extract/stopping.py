"""Acts stopped or given in to: what "suspended sanctions on Belarus", "called off talks with Peru", "the embargo
ended" or "accepted the demands of the strikers" make.

Stopping a restriction or a hostile act concedes; stopping a cooperative one sanctions (``stopping_verbs`` in
cues.toml). The act stopped is then no claim of its own: "lifted UN sanctions on Peru" is no UN sanction.
Accepting or meeting a demand, or giving in to it, concedes to whoever made it (``acceding_verbs``,
``yielding_verbs``, ``acceded_things``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graphkit.extract.actors import names_actor
from graphkit.extract.arguments import authors, counted_thing, is_theme, whole_of
from graphkit.extract.commitment import COOPERATIVE
from graphkit.extract.deps import DIRECT_OBJECTS, PASSIVE_SUBJECTS, SUBJECTS
from graphkit.extract.event_nouns import PROTEST, noun_relation
from graphkit.extract.lexicon import Lexicon, Relation
from graphkit.extract.tree import children, is_passive, prep_objects
from graphkit.extract.verbs import verb_keys
from graphkit.vocabulary import cue_words

AGREE = "AGREE"
CONCEDE = "concede"  # the lexicon's verb whose relation stopping a restriction takes ("suspended the curfew")
REMOVE = "remove"  # the lexicon's verb whose themes are the restrictions a state can take away
SUSPEND = "suspend"  # the lexicon's verb whose relation stopping a cooperative act takes ("called off talks")
STOPPING = cue_words("stopping_verbs")
FINISHING = cue_words("finishing_verbs")  # "ended his tour": finished, not broken off
ACCEDING = cue_words("acceding_verbs")
ACCEDED = cue_words("acceded_things")
YIELDING = cue_words("yielding_verbs")  # "bowed to the demands of the miners": given in to through a preposition
YIELDED_PREPS = ("to",)  # "gave in to the demands"
YIELDED_ASKS = cue_words("yielded_asks")  # "acceded to Sweden's request": given in to, not agreed with
CONSENTING = cue_words("consenting_verbs")  # "agreed to the demands": given in to; not "agreed to a request"
RESTRAINTS = frozenset({"SANCTION", "PROTEST", "COERCE", "THREATEN"})  # acts whose stopping concedes
ARMED_ACTS = frozenset({"FIGHT", "ASSAULT", "MOBILIZE"})  # acts of force whose stopping retreats (CAMEO 087)
WITHDRAW = "withdraw"  # the lexicon's verb whose relation stopping an act of force takes
BREAK_UP = "break up"  # the lexicon's verb whose relation stopping another's protest takes


def stopping(verb: Token, keys: tuple[str, ...], lexicon: Lexicon) -> Relation | None:
    """The relation of a verb that stops an act (``stopping_verbs``), by the act it stops: a concession for a
    restriction or a hostile act ("froze tariffs on", "called off a strike against"), sanctions eased for economic
    sanctions ("suspended sanctions on Belarus", ``removed_as``), a sanction for a cooperative one ("called off
    talks with", "suspended aid to"); None for anything else; a retreat for an act of force of one's own ("halted
    its offensive against Peru")."""
    if keys[0] not in STOPPING:
        return None
    retreat = lexicon.verb(WITHDRAW)
    stopped = children(verb, PASSIVE_SUBJECTS) or children(verb, DIRECT_OBJECTS)  # "aid to Peru was suspended"
    if not stopped and not is_passive(verb):
        stopped = children(verb, SUBJECTS)  # "the embargo ended", "talks stopped"
    for thing in (counted_thing(whole_of(o)) for o in stopped):  # "cancelled $300 million in aid to": the aid
        act = noun_relation(thing, lexicon)  # "suspended military operations against X": an act of force
        if act is not None and act.event_type == PROTEST and others_act(thing):
            return lexicon.verb(BREAK_UP)  # "police stopped a march by Peruvian activists": repressed, not called off
        removed = removed_as(thing, lexicon)  # "suspended sanctions": eased (RETREAT); "froze tariffs": CONCEDE
        if (act is not None and act.event_type in RESTRAINTS) or removed is not None:
            return removed or lexicon.verb(CONCEDE)
        if act is not None and act.event_type in COOPERATIVE | {AGREE} and keys[0] not in FINISHING:
            return lexicon.verb(SUSPEND)
        # "halted its offensive against Peru": a retreat from whom the act was aimed at; not "halted the Chilean
        # offensive", another's, which it fought off, nor "the clashes ended", fought and over
        own_halted = thing.dep_ not in SUBJECTS and not names_actor(thing)
        if act is not None and act.event_type in ARMED_ACTS and retreat is not None and own_halted:
            return replace(retreat, preps_only=False)
    return None


def others_act(thing: Token) -> bool:
    """Whether an act names who does it, so that one who stops it stops another's: "a march by Peruvian
    activists", "Peruvian activists' march", "a rally staged by students"."""
    return names_actor(thing) or bool(authors(thing))


def stopped_by(noun: Token, lexicon: Lexicon) -> tuple[Token, Relation] | None:
    """The verb that stops or takes away what an event noun names, and the act that makes: "lifted [UN sanctions
    on Peru]", "[UN sanctions on Peru] were lifted", "[talks with Peru] were suspended", "[the embargo] ended"."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb is noun:
        return None
    keys = verb_keys(verb)
    taken = noun.dep_ in DIRECT_OBJECTS or (noun.dep_ in PASSIVE_SUBJECTS and is_passive(verb))
    ended = noun.dep_ in SUBJECTS and not children(verb, DIRECT_OBJECTS)  # "the embargo ended"
    if not (taken or ended):
        return None
    made = stopping(verb, keys, lexicon)
    removals = lexicon.verb_senses(REMOVE)
    if made is None and taken and removals and any(lexicon.verb(k) in removals for k in keys):
        made = removed_as(noun, lexicon) or removals[-1]  # "lifted", "scrapped": a restriction taken away
    return (verb, made) if made is not None else None


def removed_as(thing: Token, lexicon: Lexicon) -> Relation | None:
    """The sense in which a restriction is taken away, by what it is: economic sanctions eased (RETREAT, CAMEO
    085), a curfew or a ban lifted (CONCEDE); None for a thing no sense of the lexicon's "remove" takes."""
    return next((r for r in lexicon.verb_senses(REMOVE) if is_theme(thing, r)), None)


def acceding(verb: Token, keys: tuple[str, ...], lexicon: Lexicon) -> Relation | None:
    """A concession, for a verb that accepts, meets or grants a demand: "accepted the demands of the miners",
    "the strikers' demands were met", "bowed to ECOWAS demands", "acceded to Sweden's request", "agreed to the
    opposition's demands"; None otherwise ("met the deadline", "accepted the offer", "bowed to the crowd", "agreed
    to Peru's request")."""
    if keys[0] not in ACCEDING | YIELDING | CONSENTING:
        return None
    taken = children(verb, PASSIVE_SUBJECTS) if is_passive(verb) else children(verb, DIRECT_OBJECTS)
    accepted = keys[0] in ACCEDING and any(whole_of(t).lemma_.lower() in ACCEDED for t in taken)
    given_in = [whole_of(t).lemma_.lower() for t in prep_objects(verb, YIELDED_PREPS)]
    yielded = keys[0] in YIELDING and any(t in ACCEDED | YIELDED_ASKS for t in given_in)
    consented = keys[0] in CONSENTING and any(t in ACCEDED for t in given_in)  # "agreed to the miners' demands"
    return lexicon.verb(CONCEDE) if accepted or yielded or consented else None
