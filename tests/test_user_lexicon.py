"""A user lexicon (--lexicon FILE) adds and overrides words in real builds on every engine, is checked before any
parse, and a store remembers it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

import graphkit
from graphkit.engines.work import extract_batch
from graphkit.errors import InputError
from graphkit.extract.lexicon import lexicon_with, read_user_lexicon
from graphkit.options import MAX_ARTICLE_CHARS
from graphkit.types import Article

# "ferry" is a word of neither the shipped lexicon nor the CAMEO dictionary (the shipped rules read it only for relief
# ferried: "ferried tents"); "snub" is a lexicon word (REJECT),
# which this file makes a criticism.
USER_LEXICON = """
[[relation]]
predicate = "supplies"
event_type = "AID"
frame = "transfer"
verbs = ["ferry"]

[[relation]]
predicate = "criticizes"
event_type = "DISAPPROVE"
frame = "direct"
verbs = ["snub"]
"""
ARTICLES = {
    "generators.txt": "Norway ferried generators to Chad on Tuesday.",
    "summit.txt": "Canada snubbed Peru at the summit.",
}
COMPARED = ("claims.jsonl", "entities.jsonl", "graph.ttl")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("user_lexicon")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    return folder


@pytest.fixture(scope="module")
def lexicon_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("lexicon") / "my_words.toml"
    path.write_text(USER_LEXICON, "utf-8")
    return path


def triples(graph: graphkit.KnowledgeGraph) -> set[tuple[str, str, str]]:
    return {(c.subject.entity_id, c.predicate, c.object.entity_id) for c in graph.claims}


def saved(graph: graphkit.KnowledgeGraph, out: Path) -> dict[str, bytes]:
    graph.save(out)
    return {name: (out / name).read_bytes() for name in COMPARED}


@pytest.fixture(scope="module")
def local(corpus, lexicon_file, tmp_path_factory) -> tuple[graphkit.KnowledgeGraph, dict[str, bytes]]:
    graph = graphkit.build(corpus, lexicon=lexicon_file)
    return graph, saved(graph, tmp_path_factory.mktemp("local"))


def test_a_user_verb_makes_claims_and_wins_over_the_shipped_entry(corpus, local, lexicon_file):
    plain = graphkit.build(corpus)
    assert triples(plain) == {("country/CAN", "rejects", "country/PER")}
    graph, _ = local
    assert triples(graph) == {("country/NOR", "supplies", "country/TCD"), ("country/CAN", "criticizes", "country/PER")}
    supply = next(c for c in graph.claims if c.predicate == "supplies")
    assert (supply.event_type, supply.theme, supply.modality) == ("AID", "generators", "actual")
    assert graph.report.to_dict()["lexicon"] == str(lexicon_file)


def test_the_worker_side_gets_the_lexicon_as_text():
    article = Article("a1", "Norway ferried generators to Chad on Tuesday.")
    result = extract_batch([article], None, MAX_ARTICLE_CHARS, lexicon_text=USER_LEXICON)
    (claim,) = result.extractions[0].claims
    assert (claim.subject.text, claim.predicate, claim.object.text) == ("Norway", "supplies", "Chad")
    assert extract_batch([article], None, MAX_ARTICLE_CHARS).extractions[0].claims == ()


@pytest.mark.processes
def test_two_worker_processes_use_the_user_lexicon(corpus, local, lexicon_file, tmp_path):
    graph = graphkit.build(corpus, lexicon=lexicon_file, workers=2)
    assert saved(graph, tmp_path) == local[1]


@pytest.mark.dask
def test_dask_workers_use_the_user_lexicon(corpus, local, lexicon_file, tmp_path):
    graph = graphkit.build(corpus, lexicon=lexicon_file, engine="dask", workers=2)
    assert saved(graph, tmp_path) == local[1]


@pytest.mark.processes
def test_extract_claims_and_the_cli_take_a_lexicon(lexicon_file):
    (record,) = graphkit.extract_claims("Norway ferried generators to Chad.", lexicon=lexicon_file)
    assert (record["subject"]["iso3"], record["predicate"], record["object"]["iso3"]) == ("NOR", "supplies", "TCD")
    result = subprocess.run(
        [sys.executable, "-m", "graphkit.cli", "extract", "-", "--lexicon", str(lexicon_file)],
        input="Canada snubbed Peru at the summit.",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (printed,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (printed["predicate"], printed["event_type"]) == ("criticizes", "DISAPPROVE")


BAD = [
    ('[[relation]]\npredicate = "supplies"\nevent_type = "AID"\nframe = "transfer"\nverb = ["fly"]', "unknown keys"),
    ('[[relation]]\npredicate = "supplies"\nevent_type = "GIFT"\nframe = "transfer"', "'GIFT' is not a PLOVER type"),
    ('[[relation]]\npredicate = "supplies"\nevent_type = "AID"\nframe = "sideways"', "frame must be one of"),
    ('[[relation]]\npredicate = "gifts"\nevent_type = "AID"\nframe = "transfer"', "'gifts' is not in"),
    ('[relations]\npredicate = "supplies"', "unknown top-level keys ['relations']"),
    ("[[relation]\n", "is not valid TOML"),
]


@pytest.mark.parametrize(("toml", "error"), BAD)
def test_a_bad_user_lexicon_fails_before_any_parse(toml, error, corpus, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(toml, "utf-8")
    with pytest.raises(InputError) as raised:  # before the model loads: its error would come first otherwise
        graphkit.build(corpus, lexicon=bad, model="no_such_pipeline", workers=2)
    assert error in str(raised.value) and str(bad) in str(raised.value)
    assert "\n" not in str(raised.value)
    with pytest.raises(InputError, match="cannot read lexicon file"):
        graphkit.extract_claims("Iran supplies Russia.", lexicon=tmp_path / "missing.toml")


@pytest.mark.processes
def test_the_cli_names_the_bad_lexicon_in_one_line_and_exits_2(corpus, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD[3][0], "utf-8")
    command = [sys.executable, "-m", "graphkit.cli", "build", str(corpus), "--out", str(tmp_path / "out")]
    result = subprocess.run([*command, "--lexicon", str(bad)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and str(bad) in result.stderr and "relation #1 (gifts)" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_store_remembers_its_lexicon_and_refuses_another(corpus, lexicon_file, tmp_path):
    store = tmp_path / "graph.sqlite"
    first = graphkit.build(corpus, lexicon=lexicon_file, store=store)
    assert triples(first) == triples(graphkit.build(corpus, lexicon=lexicon_file))
    changed = tmp_path / "changed.toml"
    changed.write_text(USER_LEXICON.replace('"snub"', '"snub", "scold"'), "utf-8")
    with pytest.raises(InputError, match=r"built with lexicon 'sha256:[0-9a-f]{16}', not 'sha256:.*new --store"):
        graphkit.build(corpus, lexicon=changed, store=store)
    with pytest.raises(InputError, match=r"built with lexicon 'sha256:[0-9a-f]{16}', not none"):
        graphkit.build(corpus, store=store)
    again = graphkit.build(corpus, lexicon=lexicon_file, store=store)
    assert again.report.articles == [] and triples(again) == triples(first)
    plain = tmp_path / "plain.sqlite"
    graphkit.build(corpus, store=plain)
    with pytest.raises(InputError, match="built with lexicon none, not 'sha256:"):
        graphkit.build(corpus, lexicon=lexicon_file, store=plain)


def test_the_readme_example_is_a_valid_user_lexicon(tmp_path):
    readme = (ROOT / "README.md").read_text("utf-8")
    start = readme.index("Add or override the words of events")
    example = readme[readme.index("```toml\n", start) + len("```toml\n") : readme.index("```\n", start + 1)]
    path = tmp_path / "words.toml"
    path.write_text(example, "utf-8")
    lexicon = lexicon_with(read_user_lexicon(path))
    assert lexicon.verb("ferry").predicate == "supplies" and lexicon.verb("snub").predicate == "criticizes"


def test_a_user_lexicon_adds_arms_of_war(tmp_path):
    text = "Peru fired rockets at Chilean border posts."
    (shipped,) = [c for c in graphkit.extract_claims(text) if c["event_type"]]
    path = tmp_path / "arms.toml"
    path.write_text('military_arms = ["rocket"]\n', encoding="utf-8")
    (armed,) = [c for c in graphkit.extract_claims(text, lexicon=path) if c["event_type"]]
    assert (shipped["event_type"], armed["event_type"]) == ("ASSAULT", "FIGHT")
