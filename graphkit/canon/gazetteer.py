"""Known actors and sector nouns from PETRARCH-2's curated dictionaries and graphkit's own since 2014, with dated
roles.

The data ships compiled as ``gazetteer.json.gz`` (``python -m graphkit.compile_lexicons`` rebuilds it;
the dictionaries' MIT notice is ``PETRARCH2_LICENSE.txt`` beside it). An actor's codes are dated: the
article's date picks the one that held then, and an article without a date takes the latest.

>>> gaz = gazetteer()
>>> gaz.code("Barack Obama", "2012-06-01")
ActorCode(code='USAGOV', country='USA', sector='GOV', organization=None)
>>> gaz.code("Barack Obama", "2005-06-01").sector, gaz.code("Barack Obama").sector  # no date: after his office
('ELI', 'ELI')
>>> gaz.code("NATO").sector, gaz.code("the IAEA").organization, gaz.agent("riot police").sector
('IGO', 'UNO', 'COP')
>>> gaz.code("Carlos Menem").country  # the dictionary knows him as Carlos Saul Menem
'ARG'
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from rapidfuzz.distance import Levenshtein

from graphkit.canon.actor_codes import ActorCode
from graphkit.canon.countries import country_table
from graphkit.canon.places import capital_of, place
from graphkit.vocabulary import cue_words

GAZETTEER_FILE = "gazetteer.json.gz"
PLAIN_NAME = re.compile(r"[a-z]+(?: [a-z]+)+")  # a name of two words or more, in letters only
LICENSE_FILE = "PETRARCH2_LICENSE.txt"
PEOPLE_FILE, BODIES_FILE = "office_holders.txt", "movements.txt"  # graphkit's own files: people, and bodies
SURNAME_MIN = 4  # letters a surname needs to name a leader alone: not "Abe"'s "Ali" nor "Kim"
PLACE_MIN_PEOPLE = 200_000  # "Colombo" is the city, "Clinton" (36,000 people) the president
TITLE_WORDS = cue_words("role_heads") | cue_words("honorifics")  # "King", "Sheikh": a title, no one's surname
NOT_SURNAMES = cue_words("not_surnames")  # "Islam", "Easter": news writes them as themselves
NEAR_SURNAME_MIN = 5  # letters a surname needs before a one-letter slip is read as the same name ("Gbago")
OFFICE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # held, then left: a former official
FORMER = "ELI"  # PLOVER's sector of former officials
BODY_NAME_WORDS = cue_words("body_name_words")  # "Centre for ...": a body's name, no person's
BODY_HEADS = cue_words("body_heads")  # "Islamic State", "Syrian National Council": a body's name by its head
HEAD_ENDING_WORDS = cue_words("head_ending_words")  # "Islamic State of Iraq": the head comes before them


def name_key(name: str) -> str:
    """The lookup form of a name: accents, case, a leading "the", spacing and the stop after an initial do not
    matter.

    >>> name_key("  The  Kennedy Space Center’s"), name_key("Bolívar"), name_key("George W. Bush")
    ("kennedy space center's", 'bolivar', 'george w bush')
    """
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = re.sub(r"\s+", " ", name.replace("’", "'").replace("‘", "'")).strip().casefold()
    name = re.sub(r"\b(\w)\.(?= \w)", r"\1", name)  # "george w. bush": an initial before a name
    return name[4:] if name.startswith("the ") else name


def date_key(date: str | None) -> str | None:
    """An article's date as "YYYY-MM-DD" for comparisons; None when there is none to read.

    >>> date_key("2021-03-20T08:00:00Z"), date_key("2021-03"), date_key("2021"), date_key("March 2021")
    ('2021-03-20', '2021-03-01', '2021-01-01', None)
    """
    found = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date.strip()) if date else None
    if not found:
        return None
    year, month, day = found.groups()
    return f"{year}-{month or '01'}-{day or '01'}"


@dataclass(frozen=True)
class Role:
    """One code of an actor, with the span it held (None: open at that end)."""

    code: ActorCode
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class KnownActor:
    """An actor of the dictionaries: its first name there, which file it came from, its codes."""

    name: str
    source: str
    roles: tuple[Role, ...]

    def role(self, date: str | None = None) -> ActorCode | None:
        """The code that held on ``date`` (an ISO date), or the latest one when ``date`` is None.

        A dated code holding that day wins (the latest-starting one); then an undated code; a date after
        every span of an office makes a former official (ELI) of the same country.
        """
        dated = [r for r in self.roles if r.dated]
        undated = [r for r in self.roles if not r.dated]
        day = date_key(date)
        if day is None:
            current = [r for r in dated if r.end is None]
            if current:
                return max(current, key=lambda r: r.start or "").code
            if undated:
                return undated[0].code
            return former(max(dated, key=lambda r: r.end or "").code) if dated else None
        holding = [r for r in dated if r.holds_on(day)]
        if holding:
            return max(holding, key=lambda r: r.start or "").code
        if undated:
            return undated[0].code
        ended = [r for r in dated if r.end is not None and r.end < day]
        return former(max(ended, key=lambda r: r.end or "").code) if ended else None


def in_office(actor: KnownActor, day: str) -> bool:
    """Whether an actor holds a code on ``day`` (an ISO date): a dated one spanning it, or an undated one. A surname
    alone in a dated story names only such a bearer: the "Mr Sullivan" of a 2005 business story is no national
    security adviser of 2021."""
    return any(not r.dated or r.holds_on(day) for r in actor.roles)


def kind(actor: KnownActor, name: str) -> str:
    """The entity label of a dictionary actor by one of its names: PERSON for one with dated offices, unless the
    name is a body's (``body_name``) or the actor is of graphkit's file of bodies (``BODIES_FILE``: "Hayat Tahrir
    al-Sham" was a rebel group, then a government), GPE for a place coded as a country alone, else ORG."""
    if any(r.dated for r in actor.roles) and not body_name(name) and actor.source != BODIES_FILE:
        return "PERSON"
    if all(r.code.sector is None and r.code.organization is None for r in actor.roles):
        return "GPE"
    return "ORG"


def country(name: str) -> bool:
    """Whether a name is a country's, or its people's ("Belarus", "French")."""
    return country_table().lookup(name) is not None


def known_place(name: str) -> bool:
    """Whether a name is a capital's, a large city's (``PLACE_MIN_PEOPLE``), a state's or a continent's."""
    found = place(name)
    return found is not None and (
        found.population == 0 or found.population >= PLACE_MIN_PEOPLE or bool(capital_of(name))
    )


def body_name(name: str) -> bool:
    """Whether a lower-case name is a body's by its head: its last word, or the word before its first "of", "in"
    or "for" (cues ``body_heads``): "islamic state", "islamic state of iraq", "al qaeda in iraq"; not "secretary
    of state john kerry" nor "jihad azour".

    >>> body_name("islamic state of iraq"), body_name("syrian national council"), body_name("jihad azour")
    (True, True, False)
    """
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w in HEAD_ENDING_WORDS), len(words))
    return cut > 0 and words[cut - 1] in BODY_HEADS


def former(code: ActorCode) -> ActorCode:
    """A code whose office has ended: an official becomes ELI (PLOVER's former officials)."""
    if code.sector in OFFICE_SECTORS:
        return ActorCode(code.code, code.country, FORMER, code.organization)
    return code


class Gazetteer:
    """Lookups by name into the compiled dictionaries."""

    def __init__(self, data: dict) -> None:
        self._codes = {code: ActorCode(code, *values) for code, values in data["codes"].items()}
        self._files = data["files"]
        self._actors = data["actors"]
        self._names = data["names"]
        self._agents = data["agents"]
        self._surnames = data.get("surnames", {})

    def _actor(self, index: int) -> KnownActor:
        source, name, roles = self._actors[index]
        return KnownActor(name, self._files[source], tuple(Role(self._codes[c], s, e) for c, s, e in roles))

    def actors(self, name: str) -> list[KnownActor]:
        """Every dictionary actor known by this name (several when the name is shared); a first and a last name
        also find a longer name with the same first and last words ("Carlos Menem": Carlos Saul Menem)."""
        key = name_key(name)
        found = self._names.get(key)
        if found is None and len(key.split()) == 2:
            found = self._first_last.get(key)
        if found is None:
            return []
        return [self._actor(i) for i in (found if isinstance(found, list) else [found])]

    @cached_property
    def _first_last(self) -> dict[str, list[int]]:
        """ "first last" -> the actors whose names of three words or more begin and end so (built when needed):
        people's names, not bodies' ("Action for Southern Africa" is no "action africa")."""
        index: dict[str, set[int]] = {}
        for name, found in self._names.items():
            words = name.split()
            if len(words) >= 3 and all(w.isalpha() for w in (words[0], words[-1])) and not BODY_NAME_WORDS & set(words):
                index.setdefault(f"{words[0]} {words[-1]}", set()).update(found if isinstance(found, list) else [found])
        return {key: sorted(indices) for key, indices in index.items()}

    @cached_property
    def _leading(self) -> dict[str, set[int]]:
        """ "w1 w2" -> the actors whose names of three words or more begin with those words (built when needed)."""
        index: dict[str, set[int]] = {}
        for name, found in self._names.items():
            words = name.split()
            for cut in range(2, len(words)):
                index.setdefault(" ".join(words[:cut]), set()).update(found if isinstance(found, list) else [found])
        return index

    def body_by_lead(self, name: str, date: str | None = None) -> ActorCode | None:
        """The code of the one body whose longer name begins with ``name``: NER cut "Liberation Tigers" from the
        Liberation Tigers of Tamil Eelam. None when no or several actors' names begin so."""
        key = name_key(name)
        if len(key.split()) < 2 or key in self._names:
            return None
        found = self._leading.get(key, set())
        actors = {self._actor(i).name: self._actor(i) for i in found}
        if len(actors) != 1 or not all(name_key(a.name).startswith(key) for a in actors.values()):
            return None  # none or several; or only a synonym begins so ("Supreme Court [of the United States]")
        return next(iter(actors.values())).role(date)

    def lone_surnames(self) -> list[str]:
        """The surnames, lower case, that may name a leader alone ("Trump urged ..."), which the parser tags where its
        entity recognizer missed them (``nlp/surnames.txt``): those of four letters or more that are no body's or
        country's name ("Jordan") nor the first word of a body's ("Ford Motor"), no well-known place's
        (``known_place``: "Harare", "Colombo"), no title ("King"), no word news writes as itself ("Islam", cues
        ``not_surnames``), and that people bear as a surname more often than as their first name ("Mohammed",
        "Sheikh"). Sorted."""
        given = self._first_words_of_people()
        named_alone = {  # "Sisi", "Putin": a dictionary's own name for a person known by a longer one
            key for key in self._names if key.isalpha() and all(self._surname_of(a) == key for a in self.actors(key))
        }
        found = []
        for key in sorted((set(self._surnames) | named_alone) - self._body_first_words()):
            if len(key) < SURNAME_MIN or not key.isalpha() or key in TITLE_WORDS | NOT_SURNAMES:
                continue
            if known_place(key) or country(key):
                continue
            bearers = len(self._surnames.get(key, [])) or len(self.actors(key))
            if given.get(key, 0) < bearers and all(kind(a, key) == "PERSON" for a in self.actors(key)):
                found.append(key)
        return found

    def _first_words_of_people(self) -> dict[str, int]:
        """How many people's names of two words or more begin with each word."""
        counts: dict[str, int] = {}
        for index, (_, name, _) in enumerate(self._actors):
            words = name_key(name).split()
            if len(words) > 1 and kind(self._actor(index), name_key(name)) == "PERSON":
                counts[words[0]] = counts.get(words[0], 0) + 1
        return counts

    @staticmethod
    def _surname_of(actor: KnownActor) -> str | None:
        """The last word of a person's name of two words or more."""
        words = name_key(actor.name).split()
        return words[-1] if len(words) > 1 else None

    def _body_first_words(self) -> set[str]:
        """The first words of the names of two words or more of bodies and places: "ford" of "Ford Motor"."""
        return {
            key.split()[0]
            for key, indices in self._names.items()
            if " " in key
            and any(
                kind(self._actor(i), key) != "PERSON" for i in (indices if isinstance(indices, list) else [indices])
            )
        }

    def plain_names(self) -> list[tuple[str, str]]:
        """``(name, label)`` of the names of two words or more, in letters only (a hyphen read as a space:
        "lashkar e taiba"), whose actors are all of one kind: people, who hold dated offices (PERSON), places coded
        as a country alone (GPE), or bodies (ORG). Lower case, sorted. The parser tags them where its entity
        recognizer missed them (``nlp/actor_names.tsv.gz``)."""
        found: dict[str, str] = {}
        for key, indices in self._names.items():
            # "lashkar-e-taiba" as the parser's words read it; "lord's resistance army" as the table keeps it, in
            # letters only (as ``nlp.actor_names.lookup_key`` reads a name)
            plain = " ".join(key.replace("-", " ").replace("'", "").split())
            if not PLAIN_NAME.fullmatch(plain) or (plain != key and plain in self._names):
                continue
            kinds = {kind(self._actor(i), key) for i in (indices if isinstance(indices, list) else [indices])}
            label = kinds.pop() if len(kinds) == 1 else ""
            found[plain] = label if found.get(plain, label) == label else ""  # spellings of two kinds: none
        return sorted((name, label) for name, label in found.items() if label)

    def code(self, name: str, date: str | None = None) -> ActorCode | None:
        """The code of the actor a name stands for on ``date``; None when unknown or the name is shared
        by actors of different countries; the country alone when they agree on it but not on the sector. Of one
        actor listed twice, the entry of a country wins over one of none: the dictionaries code "Moro Islamic
        Liberation Front" both PHLREB and as a Southeast Asian militant group (IMGSEAMUSASF)."""
        actors = self.actors(name)
        codes = {code for a in actors if (code := a.role(date)) is not None}
        if len({c.country for c in codes}) > 1 and len({a.name for a in actors}) == 1:
            codes = {c for c in codes if c.country is not None}
        if len({c.country for c in codes}) != 1:
            return None
        if len({c.sector for c in codes}) != 1:
            country = next(iter(codes)).country
            return ActorCode(country, country, None) if country else None
        return min(codes, key=lambda c: c.code)

    def person_by_surname(
        self, surname: str, date: str | None = None, near: frozenset[str] = frozenset()
    ) -> ActorCode | None:
        """The code of the leader a surname alone stands for ("Mugabe"), when all who bear it (in office on ``date``,
        when the story has one: ``in_office``) agree on the country (the sector only when they agree on it too).
        Bearers of several countries: the one in office on ``date`` in a country the article names (``near``):
        "Blair" in a 2005 story about Britain is Tony Blair, not a retired American admiral; a "Thomas" in a rugby
        report is no Grenadian minister."""
        day = date_key(date)
        bearers = [(a, a.role(date)) for a in map(self._actor, self._surnames.get(name_key(surname), []))]
        codes = [c for a, c in bearers if c is not None and (day is None or in_office(a, day))]
        if len({c.country for _, c in bearers if c is not None}) > 1:
            codes = [c for c in codes if c.sector in OFFICE_SECTORS and c.country in near]
        if not codes or len({c.country for c in codes}) != 1:
            return None
        if len({c.sector for c in codes}) == 1:
            return codes[0]
        return ActorCode(codes[0].code[:3], codes[0].country, None)

    @cached_property
    def _given_names(self) -> dict[str, list[tuple[str, int]]]:
        """ "given names" -> (surname, actor) of each name of two words or more (built when needed)."""
        index: dict[str, list[tuple[str, int]]] = {}
        for name, found in self._names.items():
            words = name.split()
            if len(words) >= 2 and words[-1].isalpha():
                for i in found if isinstance(found, list) else [found]:
                    index.setdefault(" ".join(words[:-1]), []).append((words[-1], i))
        return index

    def person_by_near_name(self, name: str, date: str | None = None) -> ActorCode | None:
        """The code of the person whose name differs from ``name`` by one letter of the surname, the given names
        the same: "Laurent Gbago" is Laurent Gbagbo, "Ramzan Kadirov" Ramzan Kadyrov (a slip or another
        transliteration). None when no such person, or several of different countries; a surname shorter than
        five letters never matches."""
        words = name_key(name).split()
        if len(words) < 2 or len(words[-1]) < NEAR_SURNAME_MIN:
            return None
        surname = words[-1]
        found = [
            i
            for other, i in self._given_names.get(" ".join(words[:-1]), [])
            if other != surname and Levenshtein.distance(other, surname, score_cutoff=1) <= 1
        ]
        codes = {code for i in found if (code := self._actor(i).role(date)) is not None}
        if len({c.country for c in codes}) != 1:
            return None
        return min(codes, key=lambda c: c.code) if len({c.sector for c in codes}) == 1 else None

    def agent(self, noun: str | None) -> ActorCode | None:
        """The sector a noun names ("police" -> COP, "foreign minister" -> GOV), or None."""
        code = self._agents.get(name_key(noun)) if noun else None
        return self._codes[code] if code is not None else None

    def __len__(self) -> int:
        return len(self._actors)


def load_data() -> dict:
    raw = resources.files("graphkit.canon").joinpath(GAZETTEER_FILE).read_bytes()
    return json.loads(gzip.decompress(raw))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return Gazetteer(load_data())
