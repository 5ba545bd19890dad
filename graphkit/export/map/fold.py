"""The map's country view: people, national bodies and sector groups folded into the states they act for.

Event data is counted by dyad, state to state; this folds a graph the same way. Each actor's state comes,
in this order, from

1. the ``country`` its claim arguments carry (the state an argument acts for; the most frequent one),
2. the entity's own ``iso3`` (a country is its own state),
3. its ``belongs_to`` and ``holds_role`` claims ("the CIA" belongs to the United States, a foreign minister
   holds a role in Iran).

An actor without a state (an international organization, a group of states, a person with no known role)
stays as it is. Claims keep their evidence and the words each sentence used; the edges they then share
merge as any edges do (one per subject, predicate, object, polarity, modality). The static claims that
made the fold (a person's role in the state it is folded into) would be loops and are left out.

>>> from graphkit.types import Argument, Claim, Entity, Evidence
>>> usa, cia = Entity("country/USA", "United States", "Country", iso3="USA"), Entity("org/cia", "CIA", "Organization")
>>> ev = Evidence("a", "s", 0, 1, "test")
>>> claims = [Claim(Argument("org/cia", "the CIA"), "belongs_to", None, Argument("country/USA", "US"), ev)]
>>> states_of({e.id: e for e in (usa, cia)}, claims)
{'country/USA': 'USA', 'org/cia': 'USA'}
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from graphkit.graph.model import ClaimGraph, Edge
from graphkit.types import Argument, Claim, Entity

FOLDING = ("belongs_to", "holds_role")  # static predicates whose object is the subject's state


def states_of(entities: Mapping[str, Entity], claims: Iterable[Claim]) -> dict[str, str]:
    """``{entity id: ISO alpha-3 of its state}`` for every actor whose state is known (see the module)."""
    said: dict[str, Counter[str]] = defaultdict(Counter)  # 1. the arguments' own country
    serves: dict[str, Counter[str]] = defaultdict(Counter)  # 3. belongs_to, holds_role
    for claim in claims:
        for arg in (claim.subject, claim.object, claim.attributed_to):
            country = getattr(arg, "country", None) if arg is not None else None
            if arg is not None and isinstance(country, str) and country:
                said[arg.entity_id][country] += 1
        if claim.predicate in FOLDING and claim.polarity == "positive":
            state = entities.get(claim.object.entity_id)
            if state is not None and state.iso3:
                serves[claim.subject.entity_id][state.iso3] += 1
    states: dict[str, str] = {}
    for entity_id in [*said, *entities, *serves]:
        if entity_id in states:
            continue
        entity = entities.get(entity_id)
        if said.get(entity_id):
            states[entity_id] = _most_common(said[entity_id])
        elif entity is not None and entity.iso3:
            states[entity_id] = entity.iso3
        elif serves.get(entity_id):
            states[entity_id] = _most_common(serves[entity_id])
    return states


def _most_common(counts: Counter[str]) -> str:
    """The most frequent key; ties go to the first in alphabetical order, so the fold is stable."""
    return min(counts, key=lambda k: (-counts[k], k))


@dataclass
class Fold:
    """A graph folded into states: the folded ``graph``, ``members`` (``{state id: [actor ids folded in]}``)
    and ``sources`` (each folded claim: the index, among the edges folded, of the edge it came from)."""

    graph: ClaimGraph
    members: dict[str, list[str]]
    sources: dict[Claim, int]

    def edge_sources(self, edge: Edge) -> list[int]:
        """The indices of the edges whose claims a folded edge merges, in the order of its claims."""
        return list(dict.fromkeys(self.sources[c] for c in edge.claims))


def fold_countries(graph: ClaimGraph, edges: Iterable[Edge]) -> Fold:
    """The claims of ``edges`` with every actor replaced by its state (see the module).

    The folded graph keeps the original entities (for speakers and names) and adds a country entity for
    each state that the graph lacks, named by its code.
    """
    edges = list(edges)
    states = states_of(graph.entities, graph.claims)
    by_iso3 = {
        e.iso3: e.id for e in sorted(graph.entities.values(), key=lambda e: e.id) if e.type == "Country" and e.iso3
    }
    target: dict[str, str] = {}
    for entity_id in {i for e in edges for i in (e.key[0], e.key[2])}:
        iso3 = states.get(entity_id)
        target[entity_id] = entity_id if iso3 is None else by_iso3.get(iso3, f"country/{iso3}")
    folded = ClaimGraph()
    folded.articles = graph.articles
    stand_ins = [
        Entity(state, state.split("/", 1)[1], "Country", iso3=state.split("/", 1)[1])
        for state in sorted(set(target.values()))
        if state not in graph.entities
    ]
    folded.add([*graph.entities.values(), *stand_ins], [])
    members: dict[str, list[str]] = defaultdict(list)
    for entity_id, state in sorted(target.items()):
        if state != entity_id:
            members[state].append(entity_id)
    mentions = Counter[str]()
    for entity_id, state in target.items():
        entity = graph.entities.get(entity_id)
        if state != entity_id and entity is not None:
            mentions[state] += entity.mentions
    for state, extra in mentions.items():  # a state is as big as all that was said of what it folds in
        folded.entities[state] = replace(folded.entities[state], mentions=folded.entities[state].mentions + extra)
    sources: dict[Claim, int] = {}
    for index, edge in enumerate(edges):
        for claim in edge.claims:
            subject, obj = _moved(claim.subject, target), _moved(claim.object, target)
            moved = subject is not claim.subject or obj is not claim.object
            if claim.event_type is None and moved and subject.entity_id == obj.entity_id:
                continue  # "the CIA belongs to the United States" inside the United States
            sources.setdefault(replace(claim, subject=subject, object=obj), index)
    folded.add([], sources)
    return Fold(folded, dict(members), sources)


def _moved(arg: Argument, target: Mapping[str, str]) -> Argument:
    state = target.get(arg.entity_id, arg.entity_id)
    return arg if state == arg.entity_id else replace(arg, entity_id=state)
