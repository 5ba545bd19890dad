"""A store is tied to the code that made its claims, not only to graphkit's version number."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import graphkit
from graphkit.errors import InputError
from graphkit.version import CLAIM_MAKER_FILES, CLAIM_MAKERS, code_digest


def test_a_store_made_by_other_code_is_refused(tmp_path):
    corpus = tmp_path / "a.txt"
    corpus.write_text("Ruritania expelled two Moldovan diplomats on Monday.", "utf-8")
    store = tmp_path / "graph.sqlite"
    graphkit.build(corpus, store=store)
    with sqlite3.connect(store) as db:
        recorded = dict(db.execute("SELECT key, value FROM meta").fetchall())
        assert recorded["code"] == code_digest() and recorded["graphkit"] == graphkit.__version__
        # as a store written by an earlier build of the same version, before a rule changed, would say
        db.execute("UPDATE meta SET value = 'sha256:0000000000000000' WHERE key = 'code'")
    with pytest.raises(InputError, match=r"built with code 'sha256:0{16}', not 'sha256:[0-9a-f]{16}'.*new --store"):
        graphkit.build(corpus, store=store)


def test_every_file_of_the_code_that_makes_claims_is_in_its_digest():
    # the parser's name tables (nlp/*.tsv) make claims as much as the rules do: editing one must retire a store
    root = Path(graphkit.__file__).parent
    files = [
        p for part in CLAIM_MAKERS for p in (root / part).rglob("*") if p.is_file() and "__pycache__" not in p.parts
    ]
    assert {p.suffix for p in files} <= CLAIM_MAKER_FILES
    assert any(p.suffix == ".tsv" for p in files)  # the tables are where the walk looks
