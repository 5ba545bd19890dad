"""Build parsed spaCy Docs by hand, so that rule tests do not depend on what a model predicts.

Each token is written ``word/POS/dep/head`` with an optional ``/ENT`` (an IOB tag such as ``B-GPE``);
``head`` is the index of the token's head (the root points at itself). Lemmas default to the lower-cased
word; ``word|lemma`` sets one, and ``POS:TAG`` a fine-grained tag (``VERB:VBG``). A ``-`` token is written
against the words on both sides ("cease-fire").

>>> doc = make_doc("Iran/PROPN/nsubj/1/B-GPE attacks|attack/VERB/ROOT/1 Russia/PROPN/dobj/1/B-GPE ./PUNCT/punct/1")
>>> [(t.text, t.lemma_, t.dep_, t.head.i) for t in doc][:2], [e.text for e in doc.ents]
([('Iran', 'iran', 'nsubj', 1), ('attacks', 'attack', 'ROOT', 1)], ['Iran', 'Russia'])
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, like_num), no model


def make_doc(spec: str) -> Doc:
    words, lemmas, pos, tags, deps, heads, ents = [], [], [], [], [], [], []
    for item in spec.split():
        word, tag, dep, head, *ent = item.split("/")
        word, _, lemma = word.partition("|")
        tag, _, fine = tag.partition(":")
        words.append(word)
        lemmas.append(lemma or word.lower())
        pos.append(tag)
        tags.append(fine)
        deps.append(dep)
        heads.append(int(head))
        ents.append(ent[0] if ent else "O")
    for start in range(len(heads)):  # the heads must form a tree: a cycle would send rules climbing forever
        node, steps = start, 0
        while heads[node] != node:
            node, steps = heads[node], steps + 1
            if steps > len(heads):
                raise ValueError(f"the heads of {spec!r} form a cycle through token {start}")
    glued = {i for i, w in enumerate(words) if w == "-"}  # a hyphen is written against both its words: "cease-fire"
    spaces = [
        not (i + 1 < len(words) and words[i + 1] in {".", ",", "'s"}) and i not in glued and i + 1 not in glued
        for i in range(len(words))
    ]
    spaces[-1] = False
    fine_tags = tags if any(tags) else None
    return Doc(
        VOCAB, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=fine_tags, deps=deps, heads=heads, ents=ents
    )
