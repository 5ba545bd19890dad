"""Dependency labels (ClearNLP, as spaCy's English models use them) grouped by role, and the few part-of-speech
and entity labels the rules compare with.

Every label the extract stage looks at is named here: other modules compare ``token.dep_`` with these
sets, never with a raw label, so a model with other labels needs changes in this file only.
"""

SUBJECTS = frozenset({"nsubj"})
CLAUSAL_SUBJECTS = frozenset({"csubj"})  # "Shelling by Chilean forces killed ten": a gerund as subject
PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
DIRECT_OBJECTS = frozenset({"dobj"})
DATIVES = frozenset({"dative"})
AGENTS = frozenset({"agent"})
PREPOSITIONS = frozenset({"prep"})
PREP_OBJECTS = frozenset({"pobj"})
PREP_COMPLEMENTS = frozenset({"pcomp"})  # "of seeking", "for bombing": a clause as a preposition's object
CONJUNCTS = frozenset({"conj"})
NEGATIONS = frozenset({"neg"})
AUXILIARIES = frozenset({"aux", "auxpass"})
MARKERS = frozenset({"mark"})
ADVERBS = frozenset({"advmod"})  # "when" in "when he makes a trip", as the parser often hangs it
PARTICLES = frozenset({"prt"})  # "blew up", "handed over"
# A verb that takes another verb as its complement ("refused to supply", "said that ... gave").
OPEN_COMPLEMENTS = frozenset({"xcomp"})
CLAUSAL_COMPLEMENTS = frozenset({"ccomp"})
CONTENT_CLAUSES = frozenset({"acl", "ccomp"})  # "an allegation that the NPFL took the city": a noun's content
ADJECTIVAL_COMPLEMENTS = frozenset({"acomp"})
OBJECT_PREDICATES = frozenset({"oprd"})  # "called Israel a terrorist state": what the verb says its object is
ATTRIBUTES = frozenset({"attr"})  # "is favourite to win": what a copula says its subject is
# Words that modify a noun and may name the actor behind it ("Israeli officials", "Russia's troops").
ACTOR_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
POSSESSIVES = frozenset({"poss"})
POSSESSIVE_PRONOUN_TAGS = frozenset({"PRP$", "WP$"})  # "its", "their", "whose"
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})  # "that", "which", "who": "the jets that Peru bought"
NOUN_MODIFIERS = frozenset({"compound", "amod"})  # "hunger strike", "air strike"
ADJECTIVAL_MODIFIER = "amod"  # "military" of "military ties", "Somali" of "the Somali capital"
NOUN_PHRASE_MODIFIERS = frozenset({"nmod", "compound"})  # "[the Colombian government and FARC] rebels"
QUANTIFIERS = frozenset({"nummod", "quantmod"})
APPOSITIONS = frozenset({"appos"})
ADVERBIAL_NOUNS = frozenset({"npadvmod", "tmod"})  # "Iran said Monday": a date without a preposition
ADVERBIAL_CLAUSES = frozenset({"advcl"})  # "to protest ...", "unless Baghdad accepted ...": a clause modifying a verb
CLAUSAL_MODIFIERS = frozenset({"acl"})  # "a declaration demanding ...": a clause (a participle) modifying a noun
RELATIVE_CLAUSES = frozenset({"relcl"})  # "Russia, which invaded Ukraine"
PARATAXES = frozenset({"parataxis"})  # "Iran gave drones, officials said": a clause beside the main one
NOMINAL_MODIFIERS = frozenset({"nmod"})
COMPOUNDS = frozenset({"compound"})  # "mediation effort": a noun modifying a noun
CASE_MARKERS = frozenset({"case"})  # the "'s" of a possessive: "Tehran's foreign minister"
DETERMINERS = frozenset({"det"})
PUNCTUATION = frozenset({"punct"})
ROOTS = frozenset({"ROOT"})  # the head of a sentence
NOMINALS = frozenset({"NOUN", "PROPN"})  # parts of speech of a noun phrase's head
SINGULAR_NOUN_TAGS = frozenset({"NN"})  # "hostage", not "hostages" or a name
PLURAL_NOUN_TAGS = frozenset({"NNS"})  # "hostages", "portfolio managers"
SINGULAR_TAGS = frozenset({"NN", "NNP"})  # third person singular subjects: "the army", "Peru"
GERUND = "VBG"  # "attacking", "being"
BASE_FORM = "VB"  # with its own subject and no auxiliary, a subjunctive: "insisted that Peru withdraw"
BARE_FORMS = frozenset({BASE_FORM, "VBP"})  # a bare infinitive, the tagger may take for a present: "let troops cross"
PAST_PARTICIPLE = "VBN"  # "committed by", "should have withdrawn"
PAST_TAGS = frozenset({"VBD", PAST_PARTICIPLE})  # "met", "has met": told as done
MODAL = "MD"  # "would", "could", "must"
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # "expels", "expelled": a verb with a tense
TENSED_AUXILIARY_TAGS = FINITE_VERB_TAGS | {MODAL}  # "was talking", "has met", "will meet": finite
INFINITIVE_MARKER = "TO"  # the "to" of "the first country to send aid"
TIME_LABELS = frozenset({"DATE", "TIME"})  # entity labels of when: "on Tuesday", "gave Peru two weeks"
ACTOR_LABELS = frozenset({"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC"})  # entity labels that can name an actor
PERSON_LABELS = frozenset({"PERSON"})  # the entity label of a person's name
ORGANIZATION_LABELS = frozenset({"ORG"})
VERBS = frozenset({"VERB"})  # the part of speech of an event verb
STATE_LABELS = frozenset({"GPE", "NORP"})  # entity labels of a state or a people: "Chile", "Chilean"
NATIONALITY = "NORP"  # the entity label of a people by its state's adjective: "two Japanese nationals"
TERRITORY_LABELS = frozenset({"GPE", "LOC"})  # entity labels of a country, a city or a region: "Yemen's", "Gaza's"
INSIDE = "I"  # the entity tag of a word inside a name begun before it: "Said" in "Mana Said al-Oteiba"
