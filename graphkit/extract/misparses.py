"""Misparses of news that the rules after would read wrong, repaired in place before they read the Doc.

- An infinitive hung as a purpose where it is a complement: in "the militia threatened on Sunday to attack American
  forces", spaCy sometimes reads "to attack" as an adverbial clause of purpose (advcl), as if the militia
  threatened in order to attack; so the attack was told as done and the threat had no target. Such an infinitive
  is relabelled the open complement (xcomp) it is, when its verb takes one (cues ``infinitive_taking_verbs``:
  "threaten", "vow", "refuse", "vote"), has no object or particle of its own ("offered aid to Turkey to assist",
  "set up a team to investigate" keep their purposes), and the infinitive follows it.
- "Declared two Chilean diplomats persona non grata": the parser makes the diplomats the subject of a clause
  "persona non grata"; they are the object of "declared", and "persona" its predicate (cues
  ``unwelcome_phrases``), as "declared the ambassador an enemy" is parsed.
- Two titled names coordinated: in "Serbian President Aleksandar Vucic and Croatian Prime Minister Andrej Plenkovic
  met", spaCy often hangs the first name as a modifier of the second and the second title as its conjunct
  ("[Vucic and Minister] Plenkovic"), so only one of the two met. The first name is made the head and the second its
  conjunct, with its title; and a demonym leading the second title, hung on the first name as a conjunct of its
  own ("Boric and [Bolivian] Defence Minister Edmundo Novillo"), is the title's.
- What follows the second of two coordinated nouns hung on the first: in "Mozambique's government and the former
  rebel movement Renamo signed" the name in apposition, and in "the Indonesian government and rebels of the Free
  Aceh Movement" the "of" phrase, were made the government's, so the rebels were nobody's. The name right after the
  second noun is its own; so is the "of" phrase right after it when the first noun's modifier already says whose
  the first is ("the president and prime minister of France" keep theirs).
- An event noun of two words whose second the tagger took for a verb: in "imposed asset freezes and travel bans on
  21 officials", "freezes" was a verb with "asset" its subject; a noun and a verb that together are a noun of the
  lexicon ("asset freeze") are that noun.
- A participle that tells what a thing is for, read as the thing's verb: in "held talks with Peru on Monday focused
  on trade", spaCy sometimes makes "talks" the subject of "focused", so "held" has no object and no talks were
  held. When the verb that governs such a clause has no object, the noun is made its object and the participle a
  modifier of the noun (cues ``noun_participles``).
- A participle after a preposition's object read as that object's verb: in "granted asylum to five Panamanian
  officers holed up in a residence", spaCy makes "officers" the subject of "holed" and leaves "to" with no object,
  so no one was granted asylum. A preposition with no object, right before a noun whose verb follows it at once,
  a past form with no auxiliary, takes the noun back as its object, and the verb is a participle on it.
- A noun that sums up its clause read as a second object: in "Albright met Kim Jong Il in Pyongyang on Monday, the
  highest-level American visit ever", spaCy makes "visit" a second object of "met", and no one was met in the
  sense of the entry. A direct object after a comma, where the verb has one before it, is an adverbial noun.
- A crowd's participle read as a gerund with an object: in "Tehran caved in to striking truckers", spaCy makes
  "striking" a gerund under "to" with "truckers" its object, so Tehran struck the truckers. Such a participle (cues
  ``crowd_participles``: "striking", "protesting") right before the bare noun it would take as object is the
  noun's adjective, and the noun the preposition's object.
- A verb's result read as the verb of the object: in "a gunman shot dead a police officer", spaCy sometimes makes
  "dead" a preposition whose object is the officer, or an adjective that takes him as its own object, so no one was
  shot. The adjective of a result (cues ``result_adjectives``: "dead") right after the verb it is hung on gives
  the verb back the nouns it took.
- A list of countries read as a name and its apposition: in "Saudi Arabia, the United Arab Emirates, Bahrain and
  Egypt severed ties with Qatar", spaCy makes the Emirates an apposition of Saudi Arabia, and Bahrain and Egypt the
  Emirates' conjuncts, so only Saudi Arabia severed ties. A country's or a city's name in apposition to another,
  right after its comma and itself the first of a list that goes on, is the first name's conjunct.
- People acted on read as the subject of their own participle: in "police dispersed students marching on
  parliament", spaCy makes "students marching" a clause of its own, so no one was dispersed. After a verb of an act
  done where people are (the lexicon's ``local_types``) that has no object, a bare present participle's noun
  subject is the verb's object and the participle its modifier.
- An object put after what it is called: in "rejected as unacceptable a French call", spaCy makes "call" the noun
  of "as" with "unacceptable" its adjective; the noun is the verb's object.
- A "by" of whom a thing is, hung on the verb: in "banned a march by the opposition" spaCy makes "by" the agent of
  the active verb (or its own preposition); on a verb with a subject and an object before it, it is the object's.
- A sentence read as one noun phrase: in "Georgia jailed journalist Nino Beridze" spaCy makes "jailed" an adjective
  of the name and "Georgia" a modifier, and in "India relaxed visa rules for ..." it takes "rules" for the verb.
  A past form the lexicon lists as a verb, right after the name the sentence starts with, is the verb, the name its
  subject and the noun root its object.
- A crowd's protest read as a noun phrase: in "Hundreds of nurses protested in Ottawa" spaCy sometimes makes
  "Hundreds" the root and "protested" a reduced relative on it, so no one protested. In a sentence with no finite
  verb, a past form of a verb of protest (the lexicon's PROTEST verbs, which take no object to be passive of) on
  the root noun is the verb, and the noun its subject. So too a strike's idiom read as an adjective and its noun
  ("Nurses in Zimbabwe [downed tools]", cues ``strike_idioms``): the verb, with the root its subject.
- Whose border a "with" names, hung on the verb: in "sent additional troops to its Arctic border with Russia" spaCy
  makes "with Russia" the verb's (as if sent with Russia), so the troops faced no one. A "with" right after the
  noun of a border or a standoff (cues ``facing_nouns``) that is where the verb sends, puts or takes something
  (cues ``sending_preps``: "to", "along", "from") is the noun's.
- A verb's particle read as its object's modifier: in "began pulling back troops from their shared frontier" spaCy
  makes "back" an adjective of "troops", so the troops were pulled (as a trigger is) and not pulled back. A word
  tagged a particle right after a verb, hung on the noun that follows it, is the verb's particle.
- A name read as an adverb: in "Nauru severed diplomatic ties with Peru" spaCy makes "Nauru" an adverb of a verb
  with no subject; a named actor that starts the sentence is that verb's subject.
- A sentence read as a noun phrase whose noun heads a clause: in "Pakistan scrambled fighter jets after Indian
  aircraft crossed the line" spaCy makes "scrambled" an adjective of the jets and the jets the subject of
  "crossed"; the past form is the verb (as for headline verbs above), and the clause ("after ...", "to
  intercept ...") its own.
- A word that begins a clause read as a preposition: in "placed its forces on alert as a Turkish ship sailed into
  disputed waters" spaCy makes the ship the object of "as" and "sailed" a clause on it; the finite verb is the
  clause "as" begins (cues ``clause_markers``), the ship its subject.
- A purpose read as a relative clause of the object: in "banged pots and pans to protest against the decree"
  spaCy makes "to protest" a clause on "pans"; an infinitive of protest, demand or criticism on a thing that takes
  no infinitive of its own is the verb's purpose.
- A modifier read as a verb of its own: in "Azerbaijan began snap military exercises near the border" spaCy makes
  "snap" a bare infinitive under "began" with the exercises its object, so nothing was begun. A bare verb hung as
  the complement of a verb that takes no bare infinitive (cues ``bare_infinitive_verbs``), with no "to" and no
  subject, right before the noun phrase it took as object, is the noun's adjective, and the noun the first verb's
  object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphkit.extract.actors import is_group
from graphkit.extract.arguments import intangible
from graphkit.extract.context import BARE_INFINITIVE_VERBS, infinitive
from graphkit.extract.deps import (
    ACTOR_LABELS,
    ACTOR_MODIFIERS,
    ADJECTIVAL_MODIFIER,
    ADVERBIAL_CLAUSES,
    ADVERBIAL_NOUNS,
    ADVERBS,
    APPOSITIONS,
    AUXILIARIES,
    BARE_FORMS,
    CLAUSAL_COMPLEMENTS,
    CLAUSAL_MODIFIERS,
    COMPOUNDS,
    CONJUNCTS,
    DATIVES,
    DETERMINERS,
    DIRECT_OBJECTS,
    FINITE_VERB_TAGS,
    GERUND,
    INFINITIVE_MARKER,
    MARKERS,
    NOMINALS,
    NOUN_MODIFIERS,
    NOUN_PHRASE_MODIFIERS,
    OPEN_COMPLEMENTS,
    ORGANIZATION_LABELS,
    PARTICLES,
    PASSIVE_SUBJECTS,
    PAST_PARTICIPLE,
    PERSON_LABELS,
    PREP_COMPLEMENTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    ROOTS,
    STATE_LABELS,
    SUBJECTS,
    VERBS,
)
from graphkit.extract.doc_index import value_positions
from graphkit.extract.facing import FACING_NOUNS, WITH
from graphkit.extract.lexicon import Lexicon
from graphkit.extract.mentions import COUNTRY_OR_CITY, ORGANIZATION_NOUNS
from graphkit.extract.protests import STRIKE_IDIOMS
from graphkit.extract.tree import children
from graphkit.extract.verbs import verb_keys
from graphkit.extract.words import ROLE_HEADS, THE
from graphkit.vocabulary import cue_words

INFINITIVE_TAKING = cue_words("infinitive_taking_verbs")
UNWELCOME = cue_words("unwelcome_phrases")  # "declared two Chilean diplomats persona non grata"
BURNING_IDIOMS = cue_words("burning_idioms")  # "set fire to a church": the church burned
BURNING = "torch"  # the lexicon's verb of burning places, whose themes say what may be burned
DECLARING = cue_words("declaring_verbs")
VERDICTS = cue_words("verdict_words")  # "found two officers guilty": the officers the object of "found"
FINDING = cue_words("verdict_verbs")
DESTINATIONS = cue_words("sending_preps")  # where a verb sends or takes forces: "to its border with Russia"
SEATED = cue_words("seated_officials")  # "accused officials in Nairobi": Kenya's officials
IN = "in"
NOUN_PARTICIPLES = cue_words("noun_participles")  # "talks focused on trade", "an offensive aimed at the rebels"
CAPTIVITY_PARTICIPLES = cue_words("captivity_participles")  # "freed four soldiers held hostage"
PROTEST = "PROTEST"  # the type of the verbs a crowd's clause may be misread around ("Hundreds of nurses protested")
RELEASE = "RETREAT"  # the type of the verbs whose captives a participle of captivity follows
LETTING = cue_words("letting_verbs")  # "allowed IAEA inspectors back into Yongbyon"
CROWD_PARTICIPLES = cue_words("crowd_participles")  # "caved in to striking truckers"
RESULT_ADJECTIVES = cue_words("result_adjectives")  # "shot dead a police officer"
ADJECTIVE_COMPLEMENT = "acomp"
ADJECTIVE_POS, ADJECTIVE_TAG = "ADJ", "JJ"
ADVERB_OF_PLACE = "advmod"
ADVERBIAL_CLAUSE = "advcl"
PURPOSE_TYPES = frozenset({"PROTEST", "DEMAND", "DISAPPROVE"})  # acts a crowd's deed may be done for
CLAUSE_MARKERS = cue_words("clause_markers")  # "on alert [as] a Turkish ship sailed into disputed waters"
MARKER, SUBORDINATOR = "mark", "SCONJ"
INTO = "into"
AS = frozenset({"as"})  # "rejected as unacceptable a French call"
HEADLINE_VERB_TAGS = frozenset({"VBD", "VBN", "JJ"})  # "Georgia [jailed] journalist ...": read as an adjective
# the name a sentence starts with, read as a modifier of the noun after the verb, or as an adverbial noun
HEADLINE_SUBJECT_DEPS = NOUN_MODIFIERS | NOUN_PHRASE_MODIFIERS | ADVERBIAL_NOUNS
SUBJECT = "nsubj"
ADVERBIAL_DEPS = ADVERBS | ADVERBIAL_NOUNS  # "[Nauru] severed ties": a name read as an adverb
CLAUSAL_MODIFIER = "acl"
ABSOLUTE_PREPS = cue_words("absolute_preps")  # "with its minister calling ...": a circumstance, no object
PREP_OBJECT = "pobj"
PAST_FORMS = frozenset({"VBD", "VBN"})  # "holed", a participle the tagger may take for a past tense
PRESENT_PARTICIPLES = frozenset({GERUND})  # "students marching on parliament"
OPEN_COMPLEMENT = "xcomp"
DIRECT_OBJECT = "dobj"
PARTICLE, PARTICLE_TAG = "prt", "RP"  # "pulling [back] troops": the verb's particle
UNATTACHED = "dep"  # a word the repair leaves no role: "fire" of "set fire to"
CONJUNCT = "conj"
NOUN = "NOUN"
PLURAL_NOUN = "NNS"
PRESENT_THIRD_PERSON = frozenset({"VBZ"})  # "freezes", a plural noun the tagger may take for a verb
COMPOUND = "compound"
OBJECT_PREDICATE = "oprd"
AGENT = "agent"
AGENTS = frozenset({AGENT})  # "by" of a passive
PREPOSITION = "prep"
APPOSITION = "appos"
ADPOSITION = "ADP"
BY = "by"
BY_WORDS = frozenset({BY})
OF = "of"
ADVERBIAL_NOUN = "npadvmod"
ORIGIN_WORDS = cue_words("affiliation_preps")  # "troops from Nigeria and Cameroon": whose the people are
VERB_COMPOUNDS = cue_words("verb_compounds")  # "riot police": a noun, not a verb and its object
ROOT = "ROOT"
SINGULAR_NOUN = "NN"


def repair_misparses(doc: Doc, lexicon: Lexicon) -> Doc:
    """The doc with the misparses this module knows repaired (``lexicon`` knows the nouns of two words)."""
    repair_complements(doc)
    repair_unwelcome(doc)
    repair_verdicts(doc)
    repair_burning(doc)
    repair_coordinated_names(doc)
    repair_conjunct_attachments(doc)
    repair_origin_conjuncts(doc)
    repair_split_nouns(doc, lexicon)
    repair_verbs_as_objects(doc, lexicon)
    repair_adjectives_as_nouns(doc)
    repair_seated_officials(doc)
    repair_noun_participles(doc, lexicon)
    repair_acted_on_participles(doc, lexicon)
    repair_stranded_objects(doc)
    repair_listed_appositions(doc)
    repair_summary_objects(doc)
    repair_let_in(doc)
    repair_crowd_participles(doc)
    repair_gerund_subjects(doc)
    repair_results(doc)
    repair_shifted_objects(doc)
    repair_stranded_agents(doc)
    repair_headline_verbs(doc, lexicon)
    repair_adverbial_subjects(doc)
    repair_crowd_roots(doc, lexicon)
    repair_idiom_roots(doc)
    repair_border_partners(doc)
    repair_stray_particles(doc)
    repair_coordinated_prepositions(doc)
    repair_double_subjects(doc)
    repair_verb_compounds(doc)
    repair_clause_markers(doc)
    repair_purpose_relatives(doc, lexicon)
    repair_verbs_as_modifiers(doc)
    return doc


def repair_verbs_as_modifiers(doc: Doc) -> Doc:
    """The doc with "began snap military exercises" read with "snap" an adjective of "exercises", the object of
    "began": a bare verb under a verb that takes no bare infinitive, with no "to" and no subject, right before the
    noun phrase it took as object."""
    for verb in with_values(doc, "TAG", BARE_FORMS):
        head = verb.head
        if verb.dep_ not in OPEN_COMPLEMENTS or head.i >= verb.i or head.pos_ != "VERB":
            continue
        if head.lemma_.lower() in BARE_INFINITIVE_VERBS or children(head, DIRECT_OBJECTS):
            continue
        if any(c.dep_ in AUXILIARIES | MARKERS | SUBJECTS or c.i < verb.i for c in verb.children):
            continue
        noun = next((c for c in verb.children if c.dep_ in DIRECT_OBJECTS and c.pos_ == NOUN), None)
        # "began [snap] military exercises"; not "to force open the Japanese market": an object with its article
        if noun is None or noun.left_edge.i != verb.i + 1 or any(t.dep_ in DETERMINERS for t in noun.subtree):
            continue
        for child in [c for c in verb.children if c.i > noun.i]:  # "near the border": the first verb's
            child.head = head
        noun.head, noun.dep_ = head, DIRECT_OBJECT
        verb.head, verb.dep_, verb.pos_, verb.tag_ = noun, ADJECTIVAL_MODIFIER, ADJECTIVE_POS, ADJECTIVE_TAG
    return doc


def repair_verb_compounds(doc: Doc) -> Doc:
    """The doc with "deployed gendarmes and riot police" parsed with "riot police" one noun (cues
    ``verb_compounds``), where the tagger made "riot" a verb with "police" its object: the noun takes the verb's place
    in the tree, and the verb becomes its compound."""
    for verb in with_values(doc, "POS", frozenset({"VERB"})):
        noun = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if noun is None or noun.head != verb or noun.dep_ not in DIRECT_OBJECTS:
            continue
        if f"{verb.lower_} {noun.lower_}" not in VERB_COMPOUNDS:
            continue
        head, dep = (noun, ROOT) if verb.head == verb else (verb.head, verb.dep_)
        # "deployed gendarmes and riot police across Dakar": a conjunct of the object before it, and what else the
        # false verb had is the true verb's
        objects = [o for o in children(head, DIRECT_OBJECTS) if o.i < verb.i] if dep in CONJUNCTS else []
        for child in list(verb.children):
            if child != noun:
                child.head = head if objects else noun
        if objects:
            head = objects[-1]
        noun.head, noun.dep_ = head, dep
        verb.head, verb.dep_, verb.pos_, verb.tag_ = noun, COMPOUND, NOUN, SINGULAR_NOUN
    return doc


def repair_gerund_subjects(doc: Doc) -> Doc:
    """The doc with "opened fire on protesters marching through Nairobi" parsed with the protesters the object of
    "on" and "marching" a participle on them, where the parser made them the subject of a gerund the preposition
    takes. Only people ("protesters", "villagers": ``is_group``): "in response to North Korea testing missiles"
    answers an act; and not after "with" or "without", whose noun and gerund tell a circumstance ("with its
    information minister calling the reports fabrications")."""
    for gerund in with_values(doc, "DEP", PREP_COMPLEMENTS):
        preposition = gerund.head
        if gerund.tag_ != GERUND or preposition.dep_ not in PREPOSITIONS or preposition.lower_ in ABSOLUTE_PREPS:
            continue  # "with its minister calling the reports fabrications": a clause of its own
        people = [
            s
            for s in children(gerund, SUBJECTS)
            if s.left_edge.i == preposition.i + 1 and s.right_edge.i == gerund.i - 1 and s.pos_ == NOUN
        ]
        if len(people) != 1 or not is_group(people[0]):
            continue
        people[0].head, people[0].dep_ = preposition, PREP_OBJECT
        gerund.head, gerund.dep_ = people[0], CLAUSAL_MODIFIER
    return doc


def repair_results(doc: Doc) -> Doc:
    """The doc with "shot dead a police officer" parsed with the officer the object of "shot" and "dead" its
    adjective of result, where the parser made "dead" a preposition or an adjective that takes him as object."""
    for result in with_values(doc, "LOWER", RESULT_ADJECTIVES):
        verb = result.head
        if verb.i != result.i - 1 or verb.pos_ != "VERB":
            continue
        taken = [c for c in result.children if c.dep_ in DIRECT_OBJECTS | PREP_OBJECTS and c.i > result.i]
        for noun in taken:
            noun.head, noun.dep_ = verb, DIRECT_OBJECT
        if taken:
            result.dep_, result.pos_, result.tag_ = ADJECTIVE_COMPLEMENT, ADJECTIVE_POS, ADJECTIVE_TAG
    return doc


def repair_shifted_objects(doc: Doc) -> Doc:
    """The doc with "rejected as unacceptable a French call" parsed with "call" the object of "rejected" and
    "unacceptable" what it was called, where the parser made the object the noun of "as" with the adjective on it."""
    for as_ in with_values(doc, "LOWER", AS):
        verb = as_.head
        if as_.dep_ not in PREPOSITIONS or verb.pos_ != "VERB" or children(verb, DIRECT_OBJECTS):
            continue
        noun = next((o for o in children(as_, PREP_OBJECTS) if o.pos_ in NOMINALS), None)
        if noun is None:
            continue
        judged = doc[as_.i + 1]
        if judged.head.i != noun.i or judged.pos_ != ADJECTIVE_POS or judged.dep_ != ADJECTIVAL_MODIFIER:
            continue
        noun.head, noun.dep_ = verb, DIRECT_OBJECT
        judged.head, judged.dep_ = as_, PREP_OBJECT
    return doc


def repair_stranded_agents(doc: Doc) -> Doc:
    """The doc with "banned a march by the opposition" parsed with "by" on "march", where the parser made it the agent
    of an active verb that has a subject and an object, or the verb's own "by" of whom ("broke up a sit-in by
    teachers"; not "by firing", how)."""
    for by in with_values(doc, "LOWER", BY_WORDS):
        verb = by.head
        if by.dep_ not in AGENTS | PREPOSITIONS or not children(by, PREP_OBJECTS):
            continue
        objects = [o for o in children(verb, DIRECT_OBJECTS) if o.i < by.i and o.pos_ == NOUN]
        active = verb.tag_ == "VBD" and any(c.dep_ in SUBJECTS for c in verb.children)
        if objects and active and not any(c.dep_ in AUXILIARIES for c in verb.children):
            by.head, by.dep_ = objects[-1], PREPOSITION
    return doc


def repair_headline_verbs(doc: Doc, lexicon: Lexicon) -> Doc:
    """The doc with "Georgia jailed journalist Nino Beridze", "India relaxed visa rules for Chinese technicians"
    parsed as a name that does something to a noun phrase, where the parser made the verb an adjective of the noun
    and the name a modifier of it (or took the noun for the verb): a name starting the sentence, a past form the
    lexicon lists as a verb, and a sentence whose root is that noun, or whose root says it ("Azerbaijan massed troops
    near its border, the ministry said", the noun the complement of "said")."""
    for verb in with_values(doc, "DEP", NOUN_MODIFIERS):
        done = headline_verb(verb, lexicon)
        if done is None:
            continue
        sentence, doer, root = verb.sent, doc[verb.i - 1], clause_noun(verb)
        for t in doc[sentence.start : doer.i]:
            if t.head.i >= verb.i or t.head.i == t.i:
                t.head = doer  # "Egyptian President Abdel Fattah al-Sisi hosted ...": one name
        clause = root.head if subordinate_subject(root) else None
        if clause is not None:
            # "... fighter jets [after Indian aircraft crossed]", "... jets [to intercept]": the verb's clause
            head, dep = (verb, ROOT) if clause.head.i == clause.i else (clause.head, clause.dep_)
            clause.head, clause.dep_ = verb, ADVERBIAL_CLAUSE
        else:
            head, dep = (verb, ROOT) if root.head.i == root.i else (root.head, root.dep_)
        verb.head, verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = head, dep, "VERB", "VBD", done
        doer.head, doer.dep_ = verb, SUBJECT
        if root.tag_ in PRESENT_THIRD_PERSON:
            root.pos_, root.tag_ = NOUN, PLURAL_NOUN  # "rules", taken for the verb
        root.head, root.dep_ = verb, DIRECT_OBJECT
        for clause in children(root, ADVERBIAL_CLAUSES):
            clause.head = verb  # "... after Sudanese fighters crossed into Chadian territory": the verb's
    return doc


def clause_noun(verb: Token) -> Token:
    """The noun a past form read as its adjective heads a clause with: the sentence's root, the complement of the
    root that says it ("[Azerbaijan massed troops] ..., the ministry said"), or the noun it is hung on where that is
    the subject of a clause that is the verb's own ("Pakistan scrambled jets after Indian aircraft crossed")."""
    root = verb.sent.root
    if subordinate_subject(verb.head):
        return verb.head
    complement = verb.head if verb.head.dep_ in CLAUSAL_COMPLEMENTS and verb.head.head.i == root.i else None
    return complement if complement is not None and verb.head.i < root.i else root


def subordinate_subject(noun: Token) -> bool:
    """Whether a noun is the subject of a clause that a marker ("after", "as") or an infinitive's "to" after the
    noun makes subordinate: "[jets] after Indian aircraft crossed", "[jets] to intercept Indian aircraft"; the
    parser made the noun that clause's subject where a past form before it is the sentence's verb."""
    clause = noun.head
    if noun.dep_ not in SUBJECTS or clause.pos_ not in VERBS or clause.i < noun.i:
        return False
    ties = [c for c in clause.children if noun.i < c.i < clause.i]
    return any(c.dep_ in MARKERS or (c.dep_ in AUXILIARIES and c.tag_ == INFINITIVE_MARKER) for c in ties)


def repair_adverbial_subjects(doc: Doc) -> Doc:
    """The doc with "Nauru severed diplomatic ties with Taiwan" parsed with "Nauru" the subject, where the parser
    made the name that starts the sentence an adverb of a finite verb that has no subject."""
    for name in with_values(doc, "DEP", ADVERBIAL_DEPS):
        verb = name.head
        if name.i != name.sent.start or name.ent_type_ not in ACTOR_LABELS:  # "Tonga", tagged an adverb too
            continue
        if verb.i <= name.i or verb.tag_ not in FINITE_VERB_TAGS or children(verb, SUBJECTS | PASSIVE_SUBJECTS):
            continue
        if any(t.head.i != name.i for t in doc[name.i + 1 : verb.i]):
            continue  # only the name's own words between it and the verb
        name.dep_ = SUBJECT
    return doc


def repair_crowd_roots(doc: Doc, lexicon: Lexicon) -> Doc:
    """The doc with "Hundreds of nurses protested in Ottawa" parsed with "protested" the verb and "Hundreds" its
    subject, where the parser made the noun the root and the verb a reduced relative on it."""
    for verb in with_values(doc, "DEP", frozenset({CLAUSAL_MODIFIER})):
        crowd = verb.head
        if crowd.dep_ != ROOT or crowd.pos_ != NOUN or verb.tag_ not in PAST_FORMS or verb.i < crowd.i:
            continue
        relation = lexicon.verb(verb.lemma_.lower())
        if relation is None or relation.event_type != PROTEST or any(t.tag_ in FINITE_VERB_TAGS for t in verb.sent):
            continue
        crowd_verb(verb, crowd)
    return doc


def repair_idiom_roots(doc: Doc) -> Doc:
    """The doc with "Nurses in Zimbabwe downed tools over pay" parsed with "downed" the verb, "Nurses" its subject
    and "tools" its object (cues ``strike_idioms``), where the parser made the sentence a noun phrase with "downed"
    an adjective of "tools"."""
    for verb in with_values(doc, "TAG", PAST_FORMS):
        thing, crowd = verb.head, verb.head.head
        if verb.dep_ != ADJECTIVAL_MODIFIER or thing.i != verb.i + 1 or crowd.dep_ != ROOT or crowd.i > verb.i:
            continue
        if crowd.pos_ != NOUN or f"{verb.lemma_.lower()} {thing.lemma_.lower()}" not in STRIKE_IDIOMS:
            continue
        if any(t.tag_ in FINITE_VERB_TAGS for t in verb.sent if t.i != verb.i):
            continue
        crowd_verb(verb, crowd)
        thing.head, thing.dep_ = verb, DIRECT_OBJECT
    return doc


def crowd_verb(verb: Token, crowd: Token) -> None:
    """Make a past form the sentence's verb, and the root noun the parser hung it on its subject: what follows the
    verb on the noun (the full stop) is the verb's."""
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, ROOT, "VERB", "VBD"
    crowd.head, crowd.dep_ = verb, SUBJECT
    for c in [c for c in crowd.children if c.i > verb.i]:
        c.head = verb


def repair_border_partners(doc: Doc) -> Doc:
    """The doc with "sent troops to its Arctic border with Russia" parsed with "with Russia" the border's, where the
    parser hung it on the verb."""
    for with_ in with_values(doc, "LOWER", frozenset({WITH})):
        verb = with_.head
        if with_.dep_ != PREPOSITION or verb.pos_ != "VERB" or with_.i == 0:
            continue
        noun = doc[with_.i - 1]
        place = noun.head
        if noun.lemma_.lower() not in FACING_NOUNS or noun.dep_ != PREP_OBJECT or place.lower_ not in DESTINATIONS:
            continue
        if place.head.i == verb.i:
            with_.head = noun
        elif place.head.dep_ in DIRECT_OBJECTS and place.head.head.i == verb.i:
            place.head, with_.head = verb, noun  # "pulled back troops [from the border] with Azerbaijan"
    return doc


def repair_stray_particles(doc: Doc) -> Doc:
    """The doc with "pulling back troops" parsed with "back" the verb's particle, where the parser hung it on the
    noun after it."""
    for particle in with_values(doc, "TAG", frozenset({PARTICLE_TAG})):
        verb, noun = doc[particle.i - 1] if particle.i else particle, particle.head
        if particle.dep_ in PARTICLES or verb.pos_ != "VERB" or noun.i <= particle.i or noun.pos_ != NOUN:
            continue
        if noun.head.i == verb.i:
            particle.head, particle.dep_ = verb, PARTICLE
    return doc


def repair_double_subjects(doc: Doc) -> Doc:
    """The doc with "Indonesia's anti-graft agency KPK named ..." parsed with the name in apposition to the noun
    before it, where the parser made both subjects of the verb: an organization's name right after a noun for one
    (cues ``organization_nouns``) that is the same verb's subject is that noun's name (not "a charge Kigali
    rejected": a clause on the noun)."""
    for name in with_values(doc, "DEP", SUBJECTS):
        if name.pos_ != "PROPN" or name.ent_type_ not in ORGANIZATION_LABELS or not name.left_edge.i:
            continue
        noun = doc[name.left_edge.i - 1]
        if noun.lemma_.lower() not in ORGANIZATION_NOUNS:
            continue
        if noun.pos_ != NOUN or noun.dep_ not in SUBJECTS or noun.head.i != name.head.i:
            continue
        name.head, name.dep_ = noun, APPOSITION
    return doc


def repair_purpose_relatives(doc: Doc, lexicon: Lexicon) -> Doc:
    """The doc with "opposition supporters banged pots and pans to protest against the result" parsed with "to
    protest" the verb's purpose, where the parser made it a relative clause of the object ("pans to protest"): an
    infinitive hung on a verb's object (or the object's conjunct), whose verb the lexicon reads as a protest, a
    demand or a criticism (``PURPOSE_TYPES``), on a thing that takes no infinitive of its own (not a thing said, a
    chance or leave: "a call to protest", "the right to protest"; nor an event noun: "a strike to protest")."""
    for clause in with_values(doc, "DEP", RELATIVE_CLAUSES | CLAUSAL_MODIFIERS):
        thing = clause.head
        if not infinitive(clause) or clause.i < thing.i:
            continue
        first = thing.head if thing.dep_ in CONJUNCTS else thing
        verb = first.head
        if first.dep_ not in DIRECT_OBJECTS or verb.pos_ != "VERB" or not children(verb, SUBJECTS):
            continue
        types = {r.event_type for k in verb_keys(clause) if (r := lexicon.verb(k)) is not None}
        if not types & PURPOSE_TYPES or intangible(thing) or lexicon.noun(thing.lemma_.lower()) is not None:
            continue
        clause.head, clause.dep_ = verb, ADVERBIAL_CLAUSE
    return doc


def repair_clause_markers(doc: Doc) -> Doc:
    """The doc with "placed its forces on alert as a Turkish survey ship sailed into disputed waters" parsed as a
    clause "as" begins, where the parser made "as" a preposition whose object the ship is, and "sailed" a clause on
    the ship: a word that may begin a clause (cues ``clause_markers``), hung on a verb, whose object has a finite past
    verb right after it, begins that verb's clause, the object its subject."""
    for marker in with_values(doc, "LOWER", CLAUSE_MARKERS):
        if marker.dep_ not in PREPOSITIONS or marker.head.pos_ not in VERBS:
            continue
        for noun in children(marker, PREP_OBJECTS):
            told = [c for c in children(noun, CLAUSAL_MODIFIERS) if c.tag_ in FINITE_VERB_TAGS and c.i > noun.i]
            if told and not children(told[0], SUBJECTS):
                verb = told[0]
                verb.head, verb.dep_ = marker.head, ADVERBIAL_CLAUSE
                noun.head, noun.dep_ = verb, SUBJECT
                marker.head, marker.dep_, marker.pos_ = verb, MARKER, SUBORDINATOR
    return doc


def repair_coordinated_prepositions(doc: Doc) -> Doc:
    """The doc with "marched in support of the president and against the IMF" parsed with "against" the verb's,
    where the parser coordinated it with the "of" inside the verb's first phrase: another preposition after "and"
    is a second phrase of the verb (one of the same word, "of women and of children", stays where it is)."""
    for second in with_values(doc, "DEP", CONJUNCTS):
        first = second.head
        if second.pos_ != ADPOSITION or first.dep_ != PREPOSITION or second.lower_ == first.lower_:
            continue
        top = first.head.head if first.head.dep_ == PREP_OBJECT else None  # "in" of "in support of"
        if top is not None and top.dep_ == PREPOSITION and top.head.pos_ in VERBS and top.lower_ != second.lower_:
            second.head, second.dep_ = top.head, PREPOSITION
    return doc


def headline_verb(verb: Token, lexicon: Lexicon) -> str | None:
    """The lemma of a past form the parser read as an adjective of the sentence's root noun, right after the name the
    sentence starts with (see ``repair_headline_verbs``), or None."""
    if verb.tag_ not in HEADLINE_VERB_TAGS or not verb.lower_.endswith("ed") or verb.i == 0:
        return None
    sentence, doer, root = verb.sent, verb.doc[verb.i - 1], clause_noun(verb)
    # the name read as a modifier of the noun, or as the subject of the verb the parser hung on the noun
    own_subject = doer.dep_ in SUBJECTS and doer.head.i == verb.i
    named = doer.ent_type_ in ACTOR_LABELS and (doer.dep_ in HEADLINE_SUBJECT_DEPS or own_subject)
    noun_root = root.pos_ in NOMINALS or (root.tag_ in PRESENT_THIRD_PERSON and not children(root, SUBJECTS))
    prefix = sentence[: doer.i - sentence.start + 1]
    if not named or not noun_root or root.i <= verb.i or any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") for t in prefix):
        return None
    word = verb.lower_
    stems = [verb.lemma_.lower(), word[:-1], word[:-2], word[:-3]]  # "relaxed", "hosted", "banned"
    return next((s for s in stems if lexicon.verb(s) is not None), None)


def repair_crowd_participles(doc: Doc) -> Doc:
    """The doc with "caved in to striking truckers" parsed with "truckers" the object of "to" and "striking" their
    adjective, where the parser made "striking" a gerund that takes them as object."""
    for gerund in with_values(doc, "DEP", PREP_COMPLEMENTS):
        if gerund.lower_ not in CROWD_PARTICIPLES or gerund.head.dep_ not in PREPOSITIONS:
            continue
        noun = next((o for o in children(gerund, DIRECT_OBJECTS) if o.left_edge.i == gerund.i + 1), None)
        if noun is None or noun.pos_ != NOUN:
            continue
        noun.head, noun.dep_ = gerund.head, PREP_OBJECT
        gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = noun, ADJECTIVAL_MODIFIER, ADJECTIVE_POS, ADJECTIVE_TAG
    return doc


def repair_complements(doc: Doc) -> Doc:
    """The doc with each infinitive misread as the purpose of an infinitive-taking verb made its complement."""
    for token in with_values(doc, "DEP", ADVERBIAL_CLAUSES):
        verb = token.head
        if (
            token.i > verb.i
            and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() in INFINITIVE_TAKING
            and infinitive(token)
            and not any(c.dep_ in DIRECT_OBJECTS | DATIVES | PARTICLES for c in verb.children)
        ):
            token.dep_ = OPEN_COMPLEMENT
    return doc


def with_values(doc: Doc, attr: str, values: frozenset[str]) -> list[Token]:
    """The tokens whose ``attr`` is one of ``values``, read from the Doc's array as it is now (not the memo of
    ``doc_index``, which a repair would leave stale)."""
    return [doc[i] for i in value_positions(doc, attr, values)]


def repair_unwelcome(doc: Doc) -> Doc:
    """The doc with "declared X persona non grata" parsed with X the object of "declared" (cues
    ``unwelcome_phrases``)."""
    for phrase in UNWELCOME:
        words = phrase.split()
        for token in with_values(doc, "LOWER", frozenset(words[:1])):
            end = token.i + len(words)
            if end > len(doc) or [t.lower_ for t in doc[token.i : end]] != words:
                continue
            verb = token.head
            if verb.lemma_.lower() not in DECLARING or verb.i > token.i:
                continue  # "declared ... persona non grata" (not "a persona non grata in Lima")
            declared = [s for s in token.children if s.dep_ in SUBJECTS and s.i < token.i]
            for person in declared:  # "declared [two Chilean diplomats persona] non grata": a clause's subject
                person.head, person.dep_ = verb, DIRECT_OBJECT
            token.dep_ = OBJECT_PREDICATE
            for by in [c for c in token.children if c.dep_ in PREPOSITIONS and c.lower_ == BY]:
                by.head, by.dep_ = verb, AGENT  # "were declared persona non grata by Bolivia"
    return doc


def repair_verdicts(doc: Doc) -> Doc:
    """The doc with "found two police officers guilty of murder" parsed with the officers the object of "found" and
    "guilty" read with the verb as its particle (cues ``verdict_words``, ``verdict_verbs``), where the parser made
    them a clause."""
    for verdict in with_values(doc, "LOWER", VERDICTS):
        verb = verdict.head
        if verdict.dep_ not in CLAUSAL_COMPLEMENTS or verb.lemma_.lower() not in FINDING or verb.i > verdict.i:
            continue
        for person in [s for s in verdict.children if s.dep_ in SUBJECTS and s.i < verdict.i]:
            person.head, person.dep_ = verb, DIRECT_OBJECT
        verdict.dep_ = next(iter(PARTICLES))  # read with its verb: "find guilty", the lexicon's conviction
    return doc


def repair_burning(doc: Doc) -> Doc:
    """The doc with "set fire to X" parsed as "torched X": X the verb's object, the verb read as the lexicon's verb
    of burning (cues ``burning_idioms``), so only the places that verb burns are attacked."""
    for idiom in BURNING_IDIOMS:
        verb_word, noun_word, prep_word = idiom.split()
        for noun in with_values(doc, "LOWER", frozenset({noun_word})):
            verb = noun.head
            if noun.dep_ not in DIRECT_OBJECTS or verb.lemma_.lower() != verb_word or noun.i != verb.i + 1:
                continue
            targets = [
                o for p in (*verb.children, *noun.children) if p.lower_ == prep_word for o in children(p, PREP_OBJECTS)
            ]
            if len(targets) != 1:
                continue
            targets[0].head, targets[0].dep_ = verb, DIRECT_OBJECT
            noun.dep_ = UNATTACHED
            verb.lemma_ = BURNING
    return doc


def repair_coordinated_names(doc: Doc) -> Doc:
    """The doc with "[A and Title] B" (the first name a modifier of the second, a word of the second's title its
    conjunct) parsed as "A and [Title B]"."""
    for first in with_values(doc, "DEP", NOUN_PHRASE_MODIFIERS):
        second = first.head
        while second.dep_ in COMPOUNDS and second.head.i > second.i:
            second = second.head  # "[President Lula and Defense] Minister Jose Mucio"
        if not (
            first.ent_type_ in PERSON_LABELS
            and second.dep_ not in ROOTS
            and second.i > first.i + 1
            and doc[first.i + 1].ent_iob_ != "I"  # the first name ends there
            and titled_name(second)
        ):
            continue
        joined = [c for c in first.children if c.dep_ in CONJUNCTS and c.i < second.i]
        if not joined:
            continue
        first.head, first.dep_ = second.head, second.dep_
        second.head, second.dep_ = first, CONJUNCT
        for word in joined:
            word.head, word.dep_ = second, COMPOUND
    for stray in with_values(doc, "DEP", CONJUNCTS):  # "Boric and [Bolivian] Defence Minister Edmundo Novillo"
        title = doc[stray.i + 1] if stray.i + 1 < len(doc) else None
        if stray.ent_type_ in STATE_LABELS and title is not None and title.dep_ in COMPOUNDS:
            name = title
            while name.dep_ in COMPOUNDS and name.head.i > name.i:
                name = name.head
            if name.dep_ in CONJUNCTS and name.head == stray.head and titled_name(name):
                stray.head, stray.dep_ = title, COMPOUND
    return doc


def repair_conjunct_attachments(doc: Doc) -> Doc:
    """The doc with the name in apposition or the "of" phrase right after the second of two coordinated nouns hung
    on it rather than on the first."""
    for second in with_values(doc, "DEP", CONJUNCTS):
        first = second.head
        if second.pos_ not in NOMINALS or first.pos_ not in NOMINALS or first.i > second.i:
            continue
        after = doc[second.i + 1] if second.i + 1 < len(doc) else None
        if after is None or after.ent_iob_ == "I":
            continue  # the second noun's own name goes on
        named = doc[after.i : entity_end(after)] if after.ent_iob_ == "B" else None
        for child in [c for c in first.children if c.i > second.i]:
            if child.dep_ in APPOSITIONS and named is not None and child in named and named.root == child:
                child.head = second  # "the government and the rebel movement Renamo"
            elif child.i == after.i and of_actor(child) and owned_by_name(first):
                child.head = second  # "the Indonesian government and rebels of the Free Aceh Movement"
    return doc


def repair_origin_conjuncts(doc: Doc) -> Doc:
    """The doc with "troops from Nigeria and Cameroon" parsed with Cameroon coordinated with Nigeria, where the parser
    coordinated the name with the noun whose "from", "of" or "in" phrase names the first: both are whose the people
    are (a common noun is no name's conjunct of the same kind)."""
    for second in with_values(doc, "DEP", CONJUNCTS):
        noun = second.head
        if second.ent_type_ not in STATE_LABELS or noun.pos_ != NOUN or noun.i > second.i:
            continue
        firsts = [
            o for p in children(noun, PREPOSITIONS) if p.lower_ in ORIGIN_WORDS for o in children(p, PREP_OBJECTS)
        ]
        first = next((o for o in firsts if o.ent_type_ == second.ent_type_ and o.i < second.i), None)
        if first is not None and all(t.dep_ in ("cc", "punct") for t in doc[first.i + 1 : second.i]):
            second.head = first  # both the "from" phrase's
    return doc


def of_actor(preposition: Token) -> bool:
    """Whether a token is an "of" whose object is a name: "of the Free Aceh Movement"."""
    if preposition.dep_ not in PREPOSITIONS or preposition.lower_ != OF:
        return False
    return any(o.ent_type_ in ACTOR_LABELS for o in preposition.children if o.dep_ in PREP_OBJECTS)


def owned_by_name(noun: Token) -> bool:
    """Whether a named actor before a noun modifies it: "the Indonesian government", "Mozambique's government"."""
    return any(c.i < noun.i and c.dep_ in ACTOR_MODIFIERS and c.ent_type_ in ACTOR_LABELS for c in noun.children)


def repair_split_nouns(doc: Doc, lexicon: Lexicon) -> Doc:
    """The doc with "asset freezes" (a noun and a verb the lexicon knows as one noun) read as that noun."""
    for verb in with_values(doc, "TAG", PRESENT_THIRD_PERSON):
        first = doc[verb.i - 1] if verb.i > 0 else None
        if first is None or first.pos_ != NOUN or first.head != verb or first.dep_ not in SUBJECTS:
            continue
        if lexicon.noun(f"{first.lemma_.lower()} {verb.lemma_.lower()}") is None:
            continue
        verb.pos_, verb.tag_ = NOUN, PLURAL_NOUN
        first.head, first.dep_ = verb, COMPOUND
        if verb.dep_ in CLAUSAL_COMPLEMENTS:
            verb.dep_ = DIRECT_OBJECT  # "imposed [asset freezes]"
    return doc


def repair_verbs_as_objects(doc: Doc, lexicon: Lexicon) -> Doc:
    """The doc with "held air force drills" read with "drills" a plural noun: a word the tagger took for a verb in the
    third person where it stands as an object, one the lexicon knows as an event noun."""
    for verb in with_values(doc, "TAG", PRESENT_THIRD_PERSON):
        if verb.dep_ not in DIRECT_OBJECTS | PREP_OBJECTS or children(verb, SUBJECTS):
            continue
        if lexicon.noun(verb.lemma_.lower()) is not None:
            verb.pos_, verb.tag_ = NOUN, PLURAL_NOUN
    return doc


def repair_adjectives_as_nouns(doc: Doc) -> Doc:
    """The doc with "arrested a Chilean national accused of spying" read with "national" a noun: an adjective the
    tagger gave a noun's place (an object or a subject) and an article of its own."""
    for word in with_values(doc, "POS", frozenset({ADJECTIVE_POS})):
        if word.dep_ in DIRECT_OBJECTS | SUBJECTS | PREP_OBJECTS and any(c.dep_ in DETERMINERS for c in word.children):
            word.pos_, word.tag_ = NOUN, SINGULAR_NOUN
    return doc


def repair_seated_officials(doc: Doc) -> Doc:
    """The doc with "accused officials in Nairobi of backing the rebels" parsed with "in Nairobi" on "officials" (cues
    ``seated_officials``), where the parser hung it on the verb: the capital says whose officials they are."""
    for noun in with_values(doc, "LOWER", SEATED):
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if noun.dep_ not in DIRECT_OBJECTS or after is None or after.lower_ != IN or after.head.i != noun.head.i:
            continue
        if any(o.ent_type_ in STATE_LABELS for o in children(after, PREP_OBJECTS)):
            after.head = noun
    return doc


def repair_noun_participles(doc: Doc, lexicon: Lexicon) -> Doc:
    """The doc with "held talks with Peru on Monday focused on trade" parsed with "talks" the object of "held" and
    "focused" a participle on it (cues ``noun_participles``), where the parser made "talks focused" a clause of its
    own, the verb left with no object; so too "freed four soldiers held hostage", a participle of captivity after
    a verb of release (cues ``captivity_participles``)."""
    for verb in with_values(doc, "LEMMA", NOUN_PARTICIPLES | CAPTIVITY_PARTICIPLES):
        noun = next((s for s in verb.children if s.dep_ in SUBJECTS and s.pos_ in NOMINALS), None)
        clause = verb.head
        if noun is None or verb.dep_ not in CLAUSAL_COMPLEMENTS or clause.pos_ != "VERB" or clause.i > noun.i:
            continue
        captive = verb.tag_ in PAST_FORMS and released(clause, lexicon)  # "held", "detained"; not "to hold rallies"
        if verb.lemma_.lower() not in NOUN_PARTICIPLES and not captive:
            continue
        if noun.pos_ != NOUN and verb.lemma_.lower() in NOUN_PARTICIPLES:
            continue
        if any(c.dep_ in DIRECT_OBJECTS for c in clause.children) or children_between(clause, noun):
            continue
        noun.head, noun.dep_ = clause, DIRECT_OBJECT
        verb.head, verb.dep_, verb.tag_ = noun, CLAUSAL_MODIFIER, PAST_PARTICIPLE
    return doc


def repair_acted_on_participles(doc: Doc, lexicon: Lexicon) -> Doc:
    """The doc with "dispersed students marching on parliament" parsed with "students" the object of "dispersed" and
    "marching" a participle on them, where the parser made "students marching" a clause of its own: after a verb the
    lexicon reads as an act done where people are (``local_types``: force, coercion, a release), left with no
    object; not "said Tehran was supplying", a clause with its auxiliary."""
    local = set(lexicon.local_types)
    for participle in with_values(doc, "TAG", PRESENT_PARTICIPLES):
        clause = participle.head
        noun = next((s for s in participle.children if s.dep_ in SUBJECTS and s.pos_ == NOUN), None)
        clausal = participle.dep_ in CLAUSAL_COMPLEMENTS | ADVERBIAL_CLAUSES
        if noun is None or not clausal or clause.pos_ != "VERB" or clause.i > noun.i:
            continue
        relation = lexicon.verb(clause.lemma_.lower())
        if relation is None or relation.event_type not in local or relation.proposition:
            continue
        if any(c.dep_ in AUXILIARIES | MARKERS for c in participle.children):
            continue
        if any(c.dep_ in DIRECT_OBJECTS for c in clause.children) or children_between(clause, noun):
            continue
        noun.head, noun.dep_ = clause, DIRECT_OBJECT
        participle.head, participle.dep_ = noun, CLAUSAL_MODIFIER
    return doc


def released(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the lexicon reads a verb as letting people go: "freed", "released"."""
    return any(r.event_type == RELEASE for r in lexicon.verb_senses(verb.lemma_.lower()))  # not "released funds"


def repair_let_in(doc: Doc) -> Doc:
    """The doc with "allowed IAEA inspectors back into Yongbyon", "let UN investigators into Rakhine" parsed with the
    people let in the object of the verb of letting (cues ``letting_verbs``), where the parser made them, or them
    and "back", a clause with no verb."""
    for clause in with_values(doc, "DEP", CLAUSAL_COMPLEMENTS):
        verb = clause.head
        if verb.lemma_.lower() not in LETTING or clause.pos_ in ("VERB", "AUX") or clause.i < verb.i:
            continue
        if any(c.dep_ in DIRECT_OBJECTS for c in verb.children):
            continue
        if clause.pos_ in NOMINALS:  # "let [UN investigators into Rakhine]"; not "allow UN agencies access to"
            if any(c.lower_ == INTO for c in clause.children):
                clause.dep_ = DIRECT_OBJECT
                for name in (c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i):
                    name.dep_ = COMPOUND  # "[African Union] monitors": whose they are, no clause's subject
            continue
        people = next((c for c in clause.children if c.dep_ in SUBJECTS and c.pos_ in NOMINALS), None)
        if people is not None:  # "allowed [inspectors back] into": the people the object, "back" the verb's
            people.head, people.dep_ = verb, DIRECT_OBJECT
            clause.dep_ = ADVERB_OF_PLACE
    return doc


def repair_stranded_objects(doc: Doc) -> Doc:
    """The doc with "granted asylum to five officers holed up in a residence" parsed with "officers" the object of
    "to" and "holed" a participle on them, where the parser made them a clause of their own."""
    for prep in with_values(doc, "DEP", PREPOSITIONS):
        if any(c.dep_ in PREP_OBJECTS for c in prep.children) or prep.i + 1 >= len(doc):
            continue
        noun = next((t for t in doc[prep.i + 1 :] if t.dep_ in SUBJECTS), None)
        if noun is None or noun.pos_ not in NOMINALS or noun.left_edge.i != prep.i + 1:
            continue
        verb = noun.head
        past = verb.tag_ in PAST_FORMS and verb.i == noun.right_edge.i + 1 and not verb.is_ancestor(prep)
        if not past or any(c.dep_ in AUXILIARIES | SUBJECTS and c.i != noun.i for c in verb.children):
            continue
        noun.head, noun.dep_ = prep, PREP_OBJECT
        verb.head, verb.dep_, verb.tag_ = noun, CLAUSAL_MODIFIER, PAST_PARTICIPLE
    return doc


def repair_listed_appositions(doc: Doc) -> Doc:
    """The doc with "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt" parsed as a list of four, where the
    parser made the second name an apposition of the first and the rest its conjuncts."""
    for second in with_values(doc, "DEP", APPOSITIONS):
        first = second.head
        if first.ent_type_ != COUNTRY_OR_CITY or second.ent_type_ != COUNTRY_OR_CITY or first.i > second.i:
            continue
        between = [t for t in doc[first.i + 1 : second.left_edge.i] if t.ent_iob_ != "I"]
        if [t.lower_ for t in between] not in ([","], [",", THE]):
            continue
        if any(c.dep_ in CONJUNCTS and c.ent_type_ == COUNTRY_OR_CITY for c in second.children):
            second.dep_ = CONJUNCT  # "Saudi Arabia, the Emirates, Bahrain and Egypt"; not "Basra, Iraq"
    return doc


def repair_summary_objects(doc: Doc) -> Doc:
    """The doc with "met Kim Jong Il on Monday, the highest-level visit ever" parsed with the noun after the comma
    an adverbial noun that sums up the clause, not a second object of its verb."""
    for noun in with_values(doc, "DEP", DIRECT_OBJECTS):
        start = noun.left_edge.i
        if start == 0 or doc[start - 1].lower_ != "," or noun.pos_ != NOUN or not children(noun, DETERMINERS):
            continue  # "received the UAE ambassador, Abdulridha Khori, to discuss": a name, in apposition; "will
            # offer low fare, night-time service": one object the parser split
        verb = noun.head
        before = [o for o in children(verb, DIRECT_OBJECTS) if o.i < noun.i]
        if before and doc[start - 1].head in (verb, *before):
            noun.dep_ = ADVERBIAL_NOUN
    return doc


def children_between(verb: Token, noun: Token) -> bool:
    """Whether words other than the noun's own determiners and modifiers come between a verb and a noun."""
    return any(t.head.i != noun.i and t.i != noun.i for t in verb.doc[verb.i + 1 : noun.i])


def entity_end(token: Token) -> int:
    """The index after the entity that begins at ``token``."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end


def titled_name(token: Token) -> bool:
    """Whether a token ends a name with a title right before it ("Prime Minister Albin Kurti", which NER may take
    for an organization)."""
    if token.ent_type_ not in PERSON_LABELS | ORGANIZATION_LABELS:
        return False
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    before = token.doc[start - 1] if start > 0 else None
    return before is not None and (before.lemma_.lower() in ROLE_HEADS or before.lower_ in ROLE_HEADS)


def declared_unwelcome(verb: Token) -> bool:
    """Whether a verb declares its object unwelcome, an expulsion: "declared two Chilean diplomats persona non
    grata" (as repaired by ``repair_unwelcome``)."""
    if verb.lemma_.lower() not in DECLARING:
        return False
    doc = verb.doc
    for predicate in (c for c in verb.children if c.dep_ == OBJECT_PREDICATE):
        if any(doc[predicate.i : predicate.i + len(p.split())].text.lower() == p for p in UNWELCOME):
            return True
    return False
