"""Cue words are data (cues.toml): every list is used, each is there once, and no word list hides in the code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import graphkit.vocabulary.cues as cues
from graphkit.extract.context import CONDITIONAL_MARKERS, INTENDED_AUX
from graphkit.extract.mentions import POSSESSIVE_ENDINGS
from graphkit.vocabulary import cue_sequence, cue_words

PACKAGE = Path(cues.__file__).resolve().parent.parent
# Module-level tuples and sets of lower-case strings that are not English words of the text: the lexicon's
# and the alias file's own keys.
NOT_WORDS = {("extract/lexicon.py", "FRAMES"), ("extract/lexicon.py", "COMPLEMENTS"), ("extract/lexicon.py", "KEYS")}
NOT_WORDS |= {("canon/aliases.py", "SECTIONS")}


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name != "cues.py")  # the vocabulary reads cue lists too


def rule_files() -> list[Path]:
    """The modules of the rules that read the text; dependency labels (``deps.py``) are the parser's, not words."""
    return [p for p in source_files() if p.parent.name in ("extract", "canon") and p.name != "deps.py"]


def test_every_cue_list_is_used_by_the_code():
    code = "\n".join(p.read_text("utf-8") for p in source_files())
    named = set(re.findall(r"cue_(?:words|sequence)\(\"([a-z_]+)\"\)", code))
    assert named == set(cues.cue_lists())


def test_each_list_is_there_once():
    lists = {name: frozenset(words) for name, words in cues.cue_lists().items()}
    twins = [(a, b) for a in lists for b in lists if a < b and lists[a] == lists[b]]
    assert twins == []


def test_lists_once_twice_in_the_code_now_share_one_list():
    from graphkit.canon.roles import LINK_WORDS
    from graphkit.extract.commitment import FUTURE, THREAT_CONDITIONS
    from graphkit.extract.words import TITLE_LINKS

    assert FUTURE is INTENDED_AUX and THREAT_CONDITIONS is CONDITIONAL_MARKERS
    assert TITLE_LINKS | set(POSSESSIVE_ENDINGS[:2]) == LINK_WORDS and "’s" in LINK_WORDS


def string_collection(node: ast.expr) -> list[str] | None:
    """The strings of a tuple, list, set or frozenset({...}) literal of strings, else None."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "frozenset" and node.args:
        node = node.args[0]
    if not isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return None
    values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return values if len(values) == len(node.elts) else None


def test_no_module_holds_a_list_of_english_words():
    found = []
    for path in rule_files():
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                words = string_collection(node.value)
                where = (path.relative_to(PACKAGE).as_posix(), node.targets[0].id)
                if words and len(words) > 1 and all(w == w.lower() and w.isalpha() for w in words):
                    found.append(where)
    assert sorted(set(found) - NOT_WORDS) == []


def test_words_are_read_as_sets_or_in_their_order():
    assert cue_sequence("honorifics")[:2] == ("president", "vice president")
    assert cue_words("negating") >= {"refuse", "deny", "reluctant"}
    assert POSSESSIVE_ENDINGS == ("'s", "’s", "'", "’")


@pytest.mark.parametrize(
    ("toml", "error"),
    [
        ('[negating]\nwords = ["refuse"]\nmatch = "lemma"', "one key, words"),
        ("[negating]\nwords = []", "non-empty list"),
        ('[negating]\nwords = ["Refuse"]', "lower-case"),
        ('[negating]\nwords = ["refuse", "refuse"]', "listed twice"),
        ('negating = ["refuse"]', "must be a table"),
    ],
)
def test_a_malformed_cue_file_is_named(monkeypatch, toml, error):
    import tomllib

    monkeypatch.setattr("graphkit.vocabulary.cues.load_data", lambda name: tomllib.loads(toml))
    cues.cue_lists.cache_clear()
    try:
        with pytest.raises(ValueError, match=error):
            cues.cue_lists()
    finally:
        cues.cue_lists.cache_clear()


def test_no_module_binds_a_name_twice_at_its_top():
    # a constant bound twice keeps only its second value: a cue list named like another module-level list
    # silently replaces it (the linter does not flag rebinding a plain name)
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        bound: list[str] = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = (
                node.targets
                if isinstance(node, ast.Assign)
                else [node.target]
                if isinstance(node, ast.AnnAssign)
                else []
            )
            bound += [t.id for t in targets if isinstance(t, ast.Name)]
        twice += [(path.relative_to(PACKAGE).as_posix(), name) for name in sorted(set(bound)) if bound.count(name) > 1]
    assert twice == []
