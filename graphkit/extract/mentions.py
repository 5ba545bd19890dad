"""Actor mentions: the named entities that can do or undergo an event, as plain ``Mention`` records."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from graphkit.extract.context import INDEFINITE, SPEECH, TRANSFER, message_author
from graphkit.extract.deps import (
    ACTOR_LABELS,
    ACTOR_MODIFIERS,
    ADVERBIAL_CLAUSES,
    BASE_FORM,
    CLAUSAL_COMPLEMENTS,
    CLAUSAL_MODIFIERS,
    COMPOUNDS,
    CONJUNCTS,
    CONTENT_CLAUSES,
    DATIVES,
    DIRECT_OBJECTS,
    GERUND,
    INSIDE,
    NOMINAL_MODIFIERS,
    NOMINALS,
    NOUN_MODIFIERS,
    OPEN_COMPLEMENTS,
    PASSIVE_SUBJECTS,
    PLURAL_NOUN_TAGS,
    POSSESSIVE_PRONOUN_TAGS,
    POSSESSIVES,
    PREP_COMPLEMENTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    RELATIVE_PRONOUN_TAGS,
    SINGULAR_NOUN_TAGS,
    SUBJECTS,
    TERRITORY_LABELS,
)
from graphkit.extract.doc_index import Candidate, doc_index
from graphkit.extract.event_nouns import FORCE  # the types of acts of force, whose striker owns not what is struck
from graphkit.extract.lexicon import lexicon_of
from graphkit.extract.tree import children, glued_hyphen, prep_objects
from graphkit.extract.words import (
    GROUP_NOUNS,
    GROUP_POSSESSIVES,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PRONOUNS_THING,
    RELATIVE_POSSESSIVES,
    RELATIVE_PRONOUNS,
    ROLE_HEADS,
    THE,
    THING_POSSESSIVES,
)
from graphkit.nlp.country_names import country_names
from graphkit.types import ROLE, Mention
from graphkit.vocabulary import cue_sequence, cue_words
from graphkit.vocabulary.sector_nouns import sector_nouns

POSSESSIVE_ENDINGS = (*cue_sequence("possessive_clitics"), *cue_sequence("possessive_apostrophes"))
BODY = "ORG"  # the label of a body's name: "Congress", "the Senate"
COUNTRY_LABELS = frozenset({"GPE", "NORP"})  # the labels of a country's name or its people's: "Peru's", "Peruvian"
MODIFIER_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC"})  # "Israeli officials", "UN peacekeepers"
NORP = "NORP"  # the label of a people's name: "Chilean", "Shiites"
ATTITUDES = cue_words("attitude_prefixes")  # "pro-Moscow", "anti-American": a stance, not the actor
CURRENCIES = cue_words("currencies")  # "a Canadian dollar bond": a currency, not Canada
ORGANIZATION = "ORG"  # "the group": a body named before
NEWS_AGENCIES = cue_words("news_agencies")  # a pronoun never stands for the agency that reports
LED_BODIES = cue_words("led_bodies")  # "the Bush administration": a government named after its leader
THING_LABELS = frozenset({"GPE", "ORG"})  # what "it" may stand for
COUNTERPARTS = cue_words("counterpart_nouns")  # "its Peruvian allies": Peru's
RELATED_PEOPLE = cue_words("related_people")  # "a son of X", "X's son": X's kin, not X
PROXIES = cue_words("proxy_nouns")  # "Israel's militia ally": acts for Israel
POSTED = cue_words("posted_nouns")  # "its U.N. envoy": its own, posted to the body
BODY_LABELS = frozenset({"ORG"})  # a body one is posted to, not a country one is of
ORGANIZATION_NOUNS = cue_words("organization_nouns")  # "the militant group al-Shabaab": the group, not Somalia
REGION_NOUNS = cue_words("region_nouns")  # "its Darfur region": Darfur
WATERS = cue_words("water_words")  # "the Black Sea", "the Gulf of Oman": water, where things happen, no actor
SHORE_STATES = cue_words("shore_states")  # "the Persian Gulf states": the states, not the water
SEAS = cue_words("sea_names")  # "the eastern Mediterranean": a water named alone
PLACE = "LOC"  # the label of a region's or a water's name
COUNTRY_OR_CITY = "GPE"  # the label of a country's or a city's name
DOER_SHARING = ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS | CONJUNCTS  # "met Putin, urging him": Macron urges
THING_WORDS = PRONOUNS_THING | THING_POSSESSIVES  # "it", "its": a country or an organization
GROUP_WORDS = PRONOUNS_GROUP | GROUP_POSSESSIVES  # "they", "their": a country, a people or an organization
OWNER_PRONOUNS = THING_POSSESSIVES | GROUP_POSSESSIVES | RELATIVE_POSSESSIVES
OWNERS = OWNER_PRONOUNS | PRONOUNS_PERSON  # its, their, whose; his, her
WHOLE_COUNTRY = cue_words("whole_country_nouns")  # "the country's main rebel group": the state named before
OPENING, CLOSING = "<", ">"  # Reuters' brackets around company names and tickers
ANGLE_BRACKETS = frozenset({OPENING, CLOSING})
NESTED_MODIFIERS = NOUN_MODIFIERS | NOMINAL_MODIFIERS  # "South Korean army officers": South Korean modifies "army"


def trim(span: Span) -> Span | None:
    """The span without a leading article or a trailing possessive; None when nothing is left.

    NER often takes the possessive in ("Lloyd Austin’s"), or the article of the noun it modifies ("a Human Rights
    Watch report"); the name is what lies between.
    """
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or edge_mark(doc[start]) or indefinite_article(doc[start])):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE_ENDINGS or edge_mark(doc[end - 1])):
        end -= 1
    if start >= end or ticker(doc[start:end]) or common_noun(doc[start:end]) or national_body(doc[start:end]):
        return None
    if water(doc[start:end]):
        return None
    trimmed = doc[start:end]
    for ending in POSSESSIVE_ENDINGS[:2]:  # "Austin’s" as one token
        if trimmed.text.endswith(ending) and len(trimmed.text) > len(ending):
            chars = trimmed.doc.char_span(trimmed.start_char, trimmed.end_char - len(ending), alignment_mode="contract")
            return chars if chars is not None and len(chars) else None
    return trimmed


def indefinite_article(token: Token) -> bool:
    """Whether a token is "a" or "an" as an article, in lower case (not "A Coruña" at a sentence's start)."""
    return token.lower_ in INDEFINITE and token.tag_ == "DT" and token.text.islower()


def water(span: Span) -> bool:
    """Whether a place's name is a water's ("the Black Sea grain deal", "a tanker in the Gulf of Oman"): where
    things happen, never who acts or receives; a sea named alone too ("the eastern Mediterranean", cues
    ``sea_names``). Not "the Gulf" alone (the Gulf states), "Gulf Arab" (its head is no water), nor a water naming
    the states on its shores ("the Persian Gulf states", cues ``shore_states``)."""
    root = span.root
    named = root.lower_ in SEAS  # "the eastern Mediterranean"
    if root.ent_type_ != PLACE or not (named or (len(span) > 1 and root.lower_ in WATERS)):
        return False
    return not (root.head.i >= span.end and root.head.lower_ in SHORE_STATES)


def common_noun(span: Span) -> bool:
    """Whether NER took lower-case common words for a name: "navy" in "Chile's navy seized", whose actor is the
    possessor; "east coast" in "moved missile launchers to its east coast", tagged as a proper noun, where the
    sentence writes names with capitals (a sentence in lower case may write its names so: "iran attacked iraq"); not
    a people or a creed, which news writes in lower case too ("contra rebels", "communist parties")."""
    if not all(t.is_lower and t.is_alpha for t in span):
        return False
    proper = span.root.ent_type_ != NORP and any(t.is_title for t in span.sent[1:])  # "contra rebels" are Contras
    return span.root.pos_ == "NOUN" or proper


def national_body(span: Span) -> bool:
    """Whether NER took a body's noun, written in capitals, for a name of its own where a country's name before it
    says whose body it is: "Peru's Congress", "the Philippine Senate" are no US Congress; the actor is the
    country's (its modifier), the noun a qualifier, as for "Chile's navy"."""
    if len(span) != 1 or span[0].ent_type_ != BODY or span[0].lower_ not in sector_nouns():
        return False  # a people is a group of its own: "UK Muslims", "Iraqi Kurds"
    noun = span[0]
    return any(c.dep_ in ACTOR_MODIFIERS and c.i < noun.i and c.ent_type_ in COUNTRY_LABELS for c in noun.children)


def ticker(span: Span) -> bool:
    """Whether a name is a stock ticker in angle brackets, as Reuters writes one after a company's name
    ("Norfolk Southern Corp <NSC>"): one upper-case word, no actor ("NSC" is not the National Security Council)."""
    doc = span.doc
    enclosed = (
        span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == OPENING and doc[span.end].text == CLOSING
    )
    return enclosed and len(span) == 1 and span.text.isupper()


def edge_mark(token: Token) -> bool:
    """Punctuation, space or an angle bracket at a name's edge: Reuters wraps company names in them
    ("<Versatile Corp>"), and NER takes the closing one in."""
    return token.is_punct or token.is_space or token.text in ANGLE_BRACKETS


def to_mention(span: Span, article_id: str, label: str | None = None, qualifier: str | None = None) -> Mention:
    """The span as a Mention; its qualifier is the noun it modifies ("officials" in "Israeli officials"), or the
    one the caller found ("rebels" in "rebels in Darfur", "officials" for "Romanian" in "Hungarian and Romanian
    officials")."""
    if qualifier is None:
        head = span.root.head
        modifies_noun = span.root.dep_ in ACTOR_MODIFIERS and head.i >= span.end and head.pos_ in NOMINALS
        qualifier = described(head, span) if modifies_noun and entity_of(head) is None else None
    return Mention(article_id, span.start_char, span.end_char, span.text, label or span.label_, qualifier)


def described(noun: Token, actor: Span) -> str:
    """The noun with the words before it that say who acts, without the actor's own: "riot police" in "Israeli
    riot police", "army officers" in "South Korean army officers", "civilian advisers"."""
    modifiers = [c for c in noun.children if c.dep_ in NOUN_MODIFIERS and c.i < noun.i and entity_of(c) is None]
    modifiers += [m for c in modifiers for m in c.children if m.dep_ in NOUN_MODIFIERS and entity_of(m) is None]
    start = min((m.i for m in modifiers if m.i < noun.i), default=noun.i)  # "foreign aid workers" too
    words = [t.text for t in noun.doc[start : noun.i + 1] if not actor.start <= t.i < actor.end and not t.is_punct]
    return " ".join(words)


def actor_entities(doc: Doc) -> Iterator[Span]:
    """The doc's named entities that can be actors, trimmed; multi-line spans are NER noise."""
    for start, end, label, _ in doc_index(doc).candidates(ACTOR_LABELS, trim):
        yield labelled(doc[start:end], actor_label(doc, start, end, label))


def actor_label(doc: Doc, start: int, end: int, label: str) -> str:
    """The label of an actor entity: NER's, but a place's for a one-word name after "the" that NER took for a
    person's ("the Sahel" is a region, no one's surname)."""
    if label != "PERSON" or end - start != 1 or start == 0:
        return label
    before = doc[start - 1]
    return PLACE if before.lower_ == "the" and before.head.i == start else label


def labelled(span: Span, label: str) -> Span:
    span.label_ = label
    return span


def actor_mentions(doc: Doc, article_id: str) -> list[Mention]:
    """Every actor mention of the doc, in text order."""
    return [to_mention(span, article_id) for span in actor_entities(doc)]


def entity_of(token: Token) -> Span | None:
    """The actor entity the token is part of, if any."""
    if token.ent_iob_ == "O" or token.ent_type_ not in ACTOR_LABELS:
        return None
    found = doc_index(token.doc).entity(token.i, trim)
    return None if found is None else labelled(token.doc[found[0] : found[1]], actor_label(token.doc, *found[:3]))


def actor_of(token: Token) -> tuple[Span, str | None] | None:
    """The actor a noun phrase headed by ``token`` names, with the rest of the phrase as a qualifier.

    "Iran" -> (Iran, None); "Israeli officials" -> (Israeli, "officials"); "the Defense Secretary" -> a
    ROLE span that canon resolves to the person holding it ("the president of Armenia" is left to
    ``actors.actors``, which reads it as Armenia like "the Armenian president"); a pronoun -> its antecedent when one
    rule finds it unambiguously; anything else -> None.
    """
    span = entity_of(token)
    if span is not None:
        return span, None
    if token.lower_ in OWNER_PRONOUNS or token.tag_ in POSSESSIVE_PRONOUN_TAGS:
        return None  # "its", "his" alone name nothing: what they own may (``pronoun_owner``, ``owner_of``)
    if token.pos_ == "PRON" or token.tag_ in RELATIVE_PRONOUN_TAGS:
        itself = speaker_itself(token)
        if itself is not None:
            return itself
        antecedent = antecedent_of(token)
        return (antecedent, None) if antecedent is not None else None
    if token.pos_ not in NOMINALS:
        return None
    modifier = None if owned_thing(token) else actor_modifier(token)
    posted = modifier is not None and modifier.label_ in BODY_LABELS and token.lemma_.lower() in POSTED
    if (modifier is None and not owned_thing(token)) or posted:  # "its U.N. envoy" is its envoy to the UN
        modifier = pronoun_owner(token) or state_owner(token) or modifier
    if modifier is not None and possessed_relation(token, modifier):
        return None  # "President Garcia's son", "Chile's allies": someone related to Garcia or Chile, not them
    if modifier is not None:
        return modifier, described(token, modifier)
    body = named_body(token)  # "Hezbollah's leader warned that the group would strike Cyprus": Hezbollah
    if body is not None:
        return body, None
    # "the chief of Israel's militia ally" is Israel's, like "the president of Armenia": left to ``actors.actors``
    of_actor = any(
        c.lower_ == "of" and any(entity_of(o) or actor_modifier(o) or placed_region(o) for o in c.children)
        for c in token.children
    )
    if token.lemma_.lower() in ROLE_HEADS and any(c.lower_ == "the" for c in token.children) and not of_actor:
        start = min(c.i for c in token.children if c.lower_ == "the") + 1
        role = token.doc[start : token.i + 1]
        role.label_ = ROLE
        # "the leader of the main opposition party": the head of a body named by its noun says whose side he is
        bodies = [
            described(o, role[:0]) for o in prep_objects(token, ("of",)) if o.lemma_.lower() in ORGANIZATION_NOUNS
        ]
        return role, (bodies[0] if bodies else None)
    return None


def named_body(noun: Token) -> Span | None:
    """The one body named before "the group", "the movement" or "the militia" in its sentence, that the noun, with
    "the" alone, stands for (cues ``organization_nouns``): "Hezbollah's leader warned that the group would strike";
    None where two are named, or none (a group the sentence before told of may be no body named: "a group of MPs")."""
    if noun.lemma_.lower() not in ORGANIZATION_NOUNS or [c.lower_ for c in noun.children] != [THE]:
        return None
    start = doc_index(noun.doc).sentence_start[noun.i]
    bodies = [
        e for e in noun.doc.ents
        if start <= e.start and e.end <= noun.i and e.label_ == ORGANIZATION and e.text.lower() not in NEWS_AGENCIES
    ]  # fmt: skip  # a body named; not a people's adjective ("the Islamic militant group of Zarqawi")
    return bodies[0] if bodies and len({e.text for e in bodies}) == 1 else None


def placed_region(noun: Token) -> bool:
    """Whether a noun is a region's said to be in a country or a city: "a town in Colombia" (cues ``region_nouns``)."""
    return noun.lemma_.lower() in REGION_NOUNS and any(
        o.ent_type_ == COUNTRY_OR_CITY for p in noun.children if p.lower_ == "in" for o in p.children
    )


def group_of_place(noun: Token) -> bool:
    """Whether a noun names people, a body or forces of a place's, whose name may follow the place's possessive
    ("Yemen's Houthi rebels"); not a state's body, whatever party leads it ("Israel's Likud government"), nor a
    part of the place or a thing in it ("Saudi Arabia's Jizan region", "Bangkok's Suvarnabhumi airport"), nor one
    titled person ("Italy's Interior Minister")."""
    lemma = noun.lemma_.lower()
    if lemma in LED_BODIES or lemma in ROLE_HEADS or noun.lower_ in ROLE_HEADS:
        return False  # "Italy's Interior Minister": a word of the title, not a body
    return people_or_forces(noun) or noun.lower_ in sector_nouns()


def possessed_relation(noun: Token, owner: Span) -> bool:
    """Whether a noun names someone by his relation to the possessor that modifies it, who is not that possessor:
    "Garcia's son", "Chile's neighbours", "Peru's rival"; "his Peruvian counterpart" is Peru's, an adjective saying
    whose he is."""
    return relative_noun(noun) and any(t.dep_ in POSSESSIVES and t.head.i == noun.i for t in owner)


def relative_noun(noun: Token) -> bool:
    """Whether a noun names people by their relation to another who do not act for him (cues ``related_people``,
    ``counterpart_nouns``): "son", "rival", "neighbours"; not a proxy (``proxy_nouns``): "Israel's militia ally"
    fights for Israel."""
    words = (RELATED_PEOPLE | COUNTERPARTS) - PROXIES
    return noun.lower_ in words or noun.lemma_.lower() in words


def actor_modifier(token: Token) -> Span | None:
    """The actor named by a modifier of the noun, or by a modifier of that modifier.

    "Israeli officials" -> Israeli; "Panamanian army officers" -> Panamanian (through "army");
    "Putin's envoy" -> Putin (a person only as a possessor, or leading a government: "the Bush administration";
    "a Putin ally" names no actor).
    """
    modifiers = [c for c in token.children if c.dep_ in ACTOR_MODIFIERS and c.i < token.i]
    people = []
    place = None
    for child in modifiers:
        span = entity_of(child)
        if span is not None and (attitude_of(span) or of_currency(span)):
            continue  # "a pro-Moscow regime" is no Russian body, "a Canadian dlr bond" no Canadian one
        if span is not None and place is not None:  # "Yemen's Houthi rebels", "Somalia's al-Shabaab militants": the
            # group's, in the place; "Sri Lanka's Buddhist monks" stay the place's
            if span.label_ in BODY_LABELS and child.dep_ not in POSSESSIVES:
                return span
            continue
        if span is not None and span.label_ in MODIFIER_LABELS:
            if child.dep_ in POSSESSIVES and span.label_ in TERRITORY_LABELS and group_of_place(token):
                place = place or span  # a group of the place's may be named after it
                continue
            return span
        if span is not None and span.label_ == "PERSON" and child.dep_ in POSSESSIVES:
            people.append(span)
        if span is not None and span.label_ == "PERSON" and token.lemma_.lower() in LED_BODIES:
            return span  # "the Bush administration" (canon reads it as the state he leads)
        if span is None and child.pos_ in NOMINALS and child.dep_ not in POSSESSIVES:
            inner = next((g for g in child.children if g.dep_ in NESTED_MODIFIERS and g.i < child.i), None)
            found = entity_of(inner) if inner is not None else None
            if found is not None and found.label_ in MODIFIER_LABELS and not of_currency(found):
                return found
    return place or (people[0] if people else None)  # "Osama bin Laden's al-Qaeda network" is al-Qaeda's


def of_currency(span: Span) -> bool:
    """Whether a country's adjective names a currency: "Canadian" in "a Canadian dlr eurobond"."""
    return span.end < len(span.doc) and span.doc[span.end].lemma_.lower() in CURRENCIES


def attitude_of(span: Span) -> bool:
    """Whether a name is the object of an attitude written against it: "pro-Moscow", "anti-American", with the
    prefix outside the name or, as the recognizer takes it now and then, inside ("[pro-Russian] activists")."""
    doc = span.doc
    inside = len(span) > 2 and doc[span.start].lower_ in ATTITUDES and glued_hyphen(doc[span.start + 1])
    return inside or (span.start >= 2 and glued_hyphen(doc[span.start - 1]) and doc[span.start - 2].lower_ in ATTITUDES)


def owned(noun: Token) -> bool:
    """Whether a possessive pronoun says whose the noun's referent is: "his men", "its aid", "their weapons"."""
    return any(c.dep_ in POSSESSIVES and (c.tag_ in POSSESSIVE_PRONOUN_TAGS or c.pos_ == "PRON") for c in noun.children)


def owned_thing(noun: Token) -> bool:
    """Whether a possessive pronoun says whose a thing is, so that no modifier does: in "donated to his own Senate
    campaign" the campaign is his, not the Senate's. People, forces and regions keep their modifier ("its Iraqi
    allies", "his Democratic challenger", "its Darfur region")."""
    return owned(noun) and not people_or_forces(noun) and noun.lemma_.lower() not in REGION_NOUNS


def people_or_forces(noun: Token) -> bool:
    """A noun for people, a body or armed forces: "troops", "allies", "officials", "navy"."""
    lemma = noun.lemma_.lower()
    people = GROUP_NOUNS | COUNTERPARTS
    return noun.lower_ in people or lemma in people | ROLE_HEADS or noun.lower_ in lexicon_of(noun.doc).military_nouns


def pronoun_owner(noun: Token) -> Span | None:
    """The actor whose people or forces the noun names, by the possessive pronoun before it: "Chile said its troops
    ..." (the speaker), "Peru, whose army ..." (the noun the clause modifies), else the one actor "its" or "their"
    can stand for."""
    pronoun = owner_pronoun(noun)
    if pronoun is None or not people_or_forces(noun):
        return None  # "its troops", "their navy"; not "its aid": a thing is no actor
    if noun.dep_ not in SUBJECTS:
        return None  # "reduce the number of its troops in Iraq": its own, not a target
    if pronoun.lower_ in RELATIVE_POSSESSIVES:
        found = actor_of(noun.head.head) if noun.head.dep_ in RELATIVE_CLAUSES else None
        return found[0] if found and found[1] is None else None
    itself = speaker_itself(pronoun, noun)
    return itself[0] if itself is not None else antecedent_of(pronoun)


def state_owner(noun: Token) -> Span | None:
    """The state "the country's" before people or forces stands for: the one state named before it in the sentence
    (cues ``whole_country_nouns``): "Sudan's army clashed with the country's main rebel group"; none where two are
    named."""
    owner = next((p for p in children(noun, POSSESSIVES) if p.lemma_.lower() in WHOLE_COUNTRY), None)
    if owner is None or not any(d.lower_ == THE for d in owner.children) or not people_or_forces(noun):
        return None
    named = [
        e for e in noun.doc.ents
        if noun.sent.start <= e.start and e.end <= owner.i and e.label_ in COUNTRY_LABELS
        and e.text.lower() in country_names()
    ]  # fmt: skip
    return named[0] if named and len({e.text.lower() for e in named}) == 1 else None


def owner_of(thing: Token) -> Span | None:
    """The actor a possessive pronoun before a thing stands for, when exactly one fits: "Madrid backed his
    allegations" (the one person named before), "rejected their proposal"."""
    pronoun = owner_pronoun(thing)
    return antecedent_of(pronoun) if pronoun is not None else None


def owner_pronoun(noun: Token) -> Token | None:
    """The possessive pronoun before a noun that says whose it is: "its" in "its troops", "his" in "his
    allegations"."""
    return next(
        (c for c in noun.children if c.tag_ in POSSESSIVE_PRONOUN_TAGS and c.lower_ in OWNERS and c.i < noun.i),
        None,
    )


def speaker_itself(pronoun: Token, subject: Token | None = None) -> tuple[Span, str | None] | None:
    """The speaker a pronoun subject of what it says stands for, when they agree: "the Chilean government
    announced that it will ...", "Chile says it will ...", "the Peruvian president said he would ...", "rebel
    leaders said they had ...". The speaker keeps its qualifier (the government: GOV). ``subject``: the subject
    the pronoun owns ("Chile said its troops ...")."""
    speaker = sole_speaker(subject if subject is not None else pronoun)
    if speaker is None:
        return None
    found = actor_of(speaker)
    if found is None:
        return None
    span, qualifier = found
    word = pronoun.lower_
    person = span.label_ in ("PERSON", ROLE) or speaker.lemma_.lower() in ROLE_HEADS
    person = person or last_word(span.text) in known_people(pronoun.doc)  # "Abdollahian", tagged ORG once
    if word in PRONOUNS_PERSON:
        agrees = person
    elif person:
        agrees = False
    elif word in THING_WORDS:
        agrees = span.label_ in THING_LABELS if qualifier is None else speaker.tag_ == "NN"
    else:
        agrees = word in GROUP_WORDS and (qualifier is None or speaker.tag_ in PLURAL_NOUN_TAGS)
    return found if agrees else None


def group_speaker(pronoun: Token) -> Token | None:
    """The group a "they" subject of what it says stands for when no name is its: "Rebels said they attacked
    the army", "Militants loyal to Zarqawi said they ..."; the caller reads the group as it reads any noun."""
    speaker = sole_speaker(pronoun) if pronoun.lower_ in PRONOUNS_GROUP else None
    return speaker if speaker is not None and speaker.tag_ in PLURAL_NOUN_TAGS else None


def sole_speaker(subject: Token) -> Token | None:
    """The one speaker, not a pronoun, of what ``subject`` is the subject of: "Chile" in "Chile said it will"."""
    teller = telling(subject)
    speakers = children(teller, SUBJECTS) if teller is not None else []
    return speakers[0] if len(speakers) == 1 and speakers[0].pos_ != "PRON" else None


def known_people(doc: Doc) -> set[str]:
    """The last words of the doc's person names: a name NER also calls a person elsewhere ("Abdollahian" tagged ORG
    once) is a person, not a country (computed once per Doc)."""
    index = doc_index(doc)
    entities = index.candidates(ACTOR_LABELS, trim)
    return index.memo("people", lambda: {last_word(text) for _, _, label, text in entities if label == "PERSON"})


def antecedent_of(pronoun: Token) -> Span | None:
    """The actor a pronoun stands for, or None unless exactly one candidate fits.

    A relative pronoun ("Russia, which invaded") takes the noun its clause modifies. "he"/"she" take the
    only person named earlier in the sentence, else in the sentence before; "it"/"they" the only country,
    group or organization named there. An object pronoun never stands for the subject of its clause, which is left
    out ("Macron called Putin, urging him to": Putin). Two candidates, or none, and the pronoun stays unresolved: a
    dropped claim is better than one pinned on the wrong actor.
    """
    word = pronoun.lower_
    if word in RELATIVE_PRONOUNS and pronoun.head.dep_ in RELATIVE_CLAUSES:
        found = actor_of(pronoun.head.head)
        return found[0] if found and found[1] is None else None
    if word in PRONOUNS_PERSON:
        labels = {"PERSON"}
    elif word in THING_WORDS | GROUP_WORDS:
        labels = {"GPE", "ORG"} if word in THING_WORDS else {"GPE", "NORP", "ORG"}
    else:
        return None
    holder = new_holder(pronoun) or participle_object(pronoun) or conjunct_object(pronoun) or earlier_people(pronoun)
    if holder is not None:
        return holder
    index = doc_index(pronoun.doc)
    entities = index.candidates(ACTOR_LABELS, trim)
    people = known_people(pronoun.doc)

    def fits(candidate: Candidate) -> bool:
        _, _, label, text = candidate
        return label in labels if label == "PERSON" or last_word(text) not in people else "PERSON" in labels

    def name(candidate: Candidate) -> str:
        return last_word(candidate[3]) if candidate[2] == "PERSON" else candidate[3]

    # The candidates that fit, earlier in the sentence, else in the sentence before, in runs of one name:
    # looked up, not scanned, so that a long sentence of many pronouns costs no more than its length.
    runs = index.runs(("antecedent", *sorted(labels)), entities, fits, name)
    start = index.sentence_start[pronoun.i]
    doer = clause_doer(pronoun)  # "Macron called Putin, urging him to": not Macron, who urges
    # nor the accuser, in what it charges; nor who strikes the thing "its" owns ("accused Armenia of shelling its
    # positions": the accuser's)
    not_it = [t for t in (doer, *accusers(pronoun), striker(pronoun)) if t is not None]
    # the doer's name, or the name before its noun ("Irish police arrested three men and questioned them": not Irish)
    doers = {name(c) for c in entities for t in not_it if c[0] <= t.i < c[1] or named_before(t, c[0])}

    def only(low: int, high: int) -> Candidate | None:
        """The one name of positions ``[low, high)`` but the doer's."""
        if not doers:
            return runs.only_name(low, high)
        others = [c for c in runs.items[low:high] if name(c) not in doers]
        return others[-1] if others and len({name(c) for c in others}) == 1 else None

    low, high = runs.between(start, pronoun.i, pronoun.i)
    if high <= low and start > 0:
        low, high = runs.between(index.sentence_start[start - 1], start, pronoun.i)
    chosen = only(low, high)
    if chosen is None or (chosen[2] == NORP and one_of(pronoun.doc[chosen[1] - 1])):
        return None  # "an unidentified Chilean hostage, who they threatened": one hostage is no "they"
    if told_to(pronoun, chosen[0]):
        return None  # "Bat told the BBC that it had not negotiated": the teller, whom graphkit cannot name
    if thing_between(pronoun, chosen[1]) or (doer is not None and thing_between(pronoun, doer.i)):
        return None  # "Spitzer sued the company, accusing it of ...": "it" is the company, no actor
    if chosen[3].lower() in NEWS_AGENCIES:
        return None  # "... told Reuters. They back OPEC's statements": the agency reports; it is not "they"
    return labelled(pronoun.doc[chosen[0] : chosen[1]], chosen[2])


def named_before(noun: Token, at: int) -> bool:
    """Whether the name at token ``at`` stands before a common noun in its phrase: "Irish" of "Irish police"."""
    return noun.pos_ == "NOUN" and noun.left_edge.i <= at < noun.i


def striker(pronoun: Token) -> Token | None:
    """Who uses force on the thing a possessive pronoun says whose it is, never its owner: Armenia in "accused
    Armenia of shelling its positions", "said Israel struck its positions" (the lexicon's ASSAULT and FIGHT verbs);
    the subject of the verb, or the one an accusation charges with it."""
    thing, verb = pronoun.head, pronoun.head.head
    if pronoun.dep_ not in POSSESSIVES or thing.dep_ not in DIRECT_OBJECTS or verb.pos_ != "VERB":
        return None
    relation = lexicon_of(pronoun.doc).verb(verb.lemma_.lower())
    if relation is None or relation.event_type not in FORCE:
        return None
    subject = next(iter(children(verb, SUBJECTS)), None)
    of = verb.head if verb.dep_ in PREP_COMPLEMENTS else None  # "accused Armenia [of shelling]"
    charged = children(of.head, DIRECT_OBJECTS) if of is not None and of.head.pos_ == "VERB" else []
    return subject or next(iter(charged), None)


def accusers(pronoun: Token) -> list[Token]:
    """Who makes the accusation whose content clause a subject pronoun opens, never the accused: India in "India's
    accusations that it harbours militants"."""
    clause = pronoun.head
    noun = clause.head
    if pronoun.dep_ not in SUBJECTS or clause.dep_ not in CONTENT_CLAUSES or noun.pos_ != "NOUN":
        return []
    relation = lexicon_of(noun.doc).noun(noun.lemma_.lower())
    if relation is None or not relation.proposition:
        return []
    return [c for c in noun.children if c.dep_ in POSSESSIVES | COMPOUNDS] + prep_objects(noun, ("by",))


def clause_doer(pronoun: Token) -> Token | None:
    """The subject of the clause an object pronoun is in, or of the clause a participle or infinitive without
    one hangs on ("Macron called Putin, urging him to ..."): who is never the one "him" stands for. None for a
    pronoun that is no object, or a clause with no subject found."""
    if pronoun.dep_ not in DIRECT_OBJECTS | DATIVES | PREP_OBJECTS:
        return None
    node = pronoun.head.head if pronoun.dep_ in PREP_OBJECTS else pronoun.head
    while not children(node, SUBJECTS) and node.dep_ in DOER_SHARING and node.head.i != node.i:
        bidden = children(node.head, DIRECT_OBJECTS) if node.dep_ in OPEN_COMPLEMENTS else []
        if bidden:  # "Macron asked Putin to meet him": Putin is to meet, "him" may be Macron
            return bidden[0]
        node = node.head
    if not children(node, SUBJECTS) and node.dep_ in CLAUSAL_MODIFIERS:
        return message_author(node.head)  # "rejected an Amnesty report accusing it of ...": not Amnesty
    return next(iter(children(node, SUBJECTS)), None)


def thing_between(pronoun: Token, after: int) -> bool:
    """Whether a thing a verb acts on stands between a name and the object "it" after it, which may be that thing:
    "the company" in "New York's attorney general sued the company, accusing it of fraud". A singular
    common noun, object of a verb, that names no actor. Not a subject "it", which news gives the actor named
    before ("Congress passed a bill, but it ...", "said it asked the department")."""
    if pronoun.lower_ not in PRONOUNS_THING or pronoun.dep_ not in DIRECT_OBJECTS | PREP_OBJECTS:
        return False
    clause = pronoun.head
    speaking = clause.head if clause.dep_ in CLAUSAL_MODIFIERS and message_author(clause.head) else None
    return any(
        t.pos_ == "NOUN" and t.tag_ in SINGULAR_NOUN_TAGS and t.dep_ in DIRECT_OBJECTS and not t.ent_type_
        for t in pronoun.doc[after : pronoun.i]
        if t != speaking  # "rejected a UN report accusing it": the report accuses, and is not accused
    )


def telling(subject: Token) -> Token | None:
    """The verb of saying whose content clause ``subject`` is the subject of: "said" in "Chile said it will ..."."""
    clause = subject.head
    if subject.dep_ not in SUBJECTS or clause.dep_ not in CLAUSAL_COMPLEMENTS:
        return None
    if clause.head.ent_iob_ == INSIDE:  # "Oil Minister Mana Said al-Oteiba": a word of a name, no verb of saying
        return None
    return clause.head if clause.head.lemma_.lower() in SPEECH else None


def told_to(pronoun: Token, at: int) -> bool:
    """Whether the name at token ``at`` is whom a speaker tells what the pronoun, its subject, does: not who "it"
    is in "Bat told the BBC that it had not negotiated with the STMC"."""
    teller = telling(pronoun)
    if teller is None or not children(teller, SUBJECTS):
        return False
    told = [c for c in teller.children if c.dep_ in DIRECT_OBJECTS | DATIVES]
    return any(t.left_edge.i <= at <= t.right_edge.i for t in told)


def one_of(modifier: Token) -> bool:
    """Whether a people's name modifies a singular noun: "a Chilean hostage" is one person, no group."""
    return modifier.dep_ in ACTOR_MODIFIERS and modifier.head.tag_ in SINGULAR_NOUN_TAGS


def participle_object(pronoun: Token) -> Span | None:
    """The actor the clause before a participle acted on, for the participle's object pronoun: "expelled the
    Chilean ambassador, accusing him of spying" (Chile's), "arrested two Peruvian activists, accusing them of
    plotting" (Peru's), "suspended the broadcasts of two French stations, accusing them of bias" (whose the thing
    acted on is); only when that clause acted on one actor."""
    participle = pronoun.head
    if pronoun.dep_ not in DIRECT_OBJECTS or participle.tag_ != GERUND or participle.dep_ not in ADVERBIAL_CLAUSES:
        return None
    clause = participle.head
    if participle.i < clause.i:
        return None
    objects = children(clause, DIRECT_OBJECTS)
    found = [a for a in (actor_of(o) for o in objects) if a is not None]
    if not found:
        found = [a for a in (actor_of(h) for o in objects for h in prep_objects(o, ("of",))) if a is not None]
    return found[0][0] if len(found) == 1 else None


def conjunct_object(pronoun: Token) -> Span | None:
    """The actor the verb before acted on, for the object pronoun of a verb joined to it with no subject of its own:
    "convicted the activist and sentenced her to two years", "arrested two Peruvian students and deported them"
    (the activist's country, Peru's); only when that verb acted on one actor."""
    verb = pronoun.head
    if pronoun.dep_ not in DIRECT_OBJECTS or verb.dep_ not in CONJUNCTS or verb.head.i > verb.i:
        return None
    if children(verb, SUBJECTS | PASSIVE_SUBJECTS):
        return None  # "police arrested the man and a court jailed him": whoever the court jailed, maybe
    found = [a for a in (actor_of(o) for o in children(verb.head, DIRECT_OBJECTS)) if a is not None]
    return found[0][0] if len(found) == 1 else None


def earlier_people(pronoun: Token) -> Span | None:
    """The people the clause before told of, for an object "them" in the clause joined to it: "Kenyan teachers
    marched on parliament, and police arrested dozens of them", "thousands of Serbians rallied as riot police fired
    tear gas at them" (Kenya's, Serbia's); only when that clause's subject is people of one actor, named by their
    noun (not "Peru expelled them")."""
    if pronoun.dep_ not in DIRECT_OBJECTS | PREP_OBJECTS or pronoun.lower_ not in PRONOUNS_GROUP:
        return None
    verb = pronoun.head
    while verb.pos_ != "VERB" and verb.dep_ in PREPOSITIONS | PREP_OBJECTS | DIRECT_OBJECTS and verb.head is not verb:
        verb = verb.head  # "arrested dozens of them", "fired tear gas at them"
    while verb.dep_ in OPEN_COMPLEMENTS or (verb.dep_ in ADVERBIAL_CLAUSES and verb.tag_ == BASE_FORM):
        verb = verb.head  # "fired into the air to disperse them": the clause of the firing
    if verb.pos_ != "VERB" or verb.dep_ not in CONJUNCTS | ADVERBIAL_CLAUSES or verb.head.i > verb.i:
        return None
    if verb.dep_ in CONJUNCTS and not children(verb, SUBJECTS | PASSIVE_SUBJECTS):
        return None  # "police arrested three men and questioned them": the police question, so are no "them"
    clause = verb.head
    if any(o.tag_ in PLURAL_NOUN_TAGS for o in children(clause, DIRECT_OBJECTS)):
        return None  # "miners blocked roads until soldiers cleared them": the roads, maybe
    people = [s for s in children(clause, SUBJECTS) if s.pos_ in ("NOUN", "NUM") and entity_of(s) is None]
    counted = [o for s in people for o in prep_objects(s, ("of",))]  # "thousands of Serbians": those counted
    found = [a for s in (*people, *counted) if (a := actor_of(s)) is not None]
    return found[0][0] if len({a[0].text for a in found}) == 1 else None


def new_holder(pronoun: Token) -> Span | None:
    """The recipient of a transfer, for the pronoun subject of a clause on the thing transferred: in "Tehran has
    provided Moscow with drones, which it has used to attack ...", "it" is Moscow, who now holds the drones."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS or clause.dep_ not in RELATIVE_CLAUSES:
        return None
    thing, giver = clause.head, clause.head.head
    if thing.dep_ in PREP_OBJECTS and giver.lower_ == "with":
        giver = giver.head
        recipients = [c for c in giver.children if c.dep_ in DIRECT_OBJECTS]  # "provided Moscow with drones"
    elif thing.dep_ in DIRECT_OBJECTS:  # "gave Russia drones", "sold drones to Russia"
        recipients = [c for c in giver.children if c.dep_ in DATIVES and c.lower_ not in ("to", "for")]
        recipients += [o for p in giver.children if p.dep_ in DATIVES | PREPOSITIONS and p.lower_ in ("to", "for")
                       for o in p.children if o.dep_ in PREP_OBJECTS]  # fmt: skip
    else:
        return None
    relation = lexicon_of(giver.doc).verb(giver.lemma_.lower()) if giver.pos_ == "VERB" else None
    if relation is None or relation.frame != TRANSFER or len(recipients) != 1:
        return None
    return entity_of(recipients[0])


def last_word(name: str) -> str:
    """The last word of a name: the surname of most names in news text ("Lloyd Austin" -> "Austin")."""
    return name.split()[-1] if name.split() else name
