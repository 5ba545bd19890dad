"""The user's data files (``--aliases``) are loaded and checked before anything is parsed: a mistake is one line,
exit status 2, never a traceback half-way through the articles."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS

import graphkit
from graphkit.api import UserFiles, load_user_files
from graphkit.errors import InputError

BROKEN = [
    ('[countries]\nXXX = ["Atlantis"]\n', "'XXX' is not an ISO 3166-1 alpha-3 country code"),
    ('[national_bodies.ZZZ]\n"Secret Police" = ["the SP"]\n', "'ZZZ' is not an ISO 3166-1 alpha-3"),
    ("national_bodies = 3\n", "one table per country"),
    ('[national_bodies]\nUSA = ["CIA"]\n', "[national_bodies] must hold one table per country"),
    ('[national_groups.ZZZ]\n"Gagauz" = []\n', "'ZZZ' is not an ISO 3166-1 alpha-3"),
    ("national_groups = 3\n", "[national_groups] must hold one table per country"),
    ('countries = ["Chile"]\n', "[countries] must map each name to a list of strings"),
    ('[countries]\nCHL = [""]\n', "none empty"),
    ("[countries]\nCHL = [1, 2]\n", "list of strings"),
    ('[people]\n"Ana" = "Ana Lopez"\n', "[people] must map each name to a list of strings"),
    ("[sectors]\nMIL = [[]]\n", "[sectors] must map"),
    ("x = " + "[" * 5000 + "\n", "not valid TOML"),
    ("[countries\n", "not valid TOML"),
    ("[cities]\nLima = []\n", "unknown section"),
]


@pytest.mark.parametrize(("content", "message"), BROKEN)
def test_a_broken_aliases_file_fails_before_the_model_loads(tmp_path, content, message):
    aliases = tmp_path / "aliases.toml"
    aliases.write_text(content, "utf-8")
    with pytest.raises(InputError) as caught:
        graphkit.build(SEEDS, aliases=aliases, model="no_such_pipeline")  # the model would fail next
    assert message in str(caught.value) and str(aliases) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_aliases_that_are_not_utf8_or_missing_are_clear(tmp_path):
    latin = tmp_path / "latin.toml"
    latin.write_bytes('[countries]\nPER = ["Perú"]\n'.encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_user_files(aliases=latin)
    with pytest.raises(InputError, match="cannot read aliases file"):
        load_user_files(aliases=tmp_path / "missing.toml")


@pytest.mark.processes
def test_the_command_line_says_it_in_one_line_and_writes_nothing(tmp_path):
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[countries]\nXXX = ["Atlantis"]\n', "utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "graphkit.cli",
            "build",
            str(SEEDS),
            "--out",
            str(tmp_path / "out"),
            "--aliases",
            str(aliases),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"graphkit: error: {aliases}: [countries] 'XXX' is not an ISO 3166-1 alpha-3 country code (such as RUS, USA)"
    ]
    assert not (tmp_path / "out").exists()


def test_loaded_user_files_are_what_the_build_uses(tmp_path):
    assert load_user_files() == UserFiles(aliases=None)
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[countries]\nchl = ["the Andean republic"]\n', "utf-8")  # codes in any case
    user = load_user_files(aliases=aliases)
    assert user.aliases is not None and user.aliases.country("the Andean republic") == "CHL"
    assert user.aliases.digest == hashlib.sha256(aliases.read_bytes()).hexdigest()[:16]  # a store's setting
