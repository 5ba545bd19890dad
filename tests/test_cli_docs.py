"""Every command of the CLI, and every option and argument of each, appears in the README's "Command line"
section, as sqlite-utils checks its own documentation: the list comes from walking the click commands."""

from __future__ import annotations

import re

import click
import pytest
from conftest import ROOT

from graphkit.cli import main

README = (ROOT / "README.md").read_text("utf-8")


def section(title: str) -> str:
    """The text of the README's ``## title`` section, up to the next ``## ``."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.S | re.M)
    assert match, f"no '## {title}' section in README.md"
    return match.group(1)


CLI = section("Command line")
COMMANDS = sorted(main.commands.items())


def synopsis() -> dict[str, str]:
    """The first code block of the section, by command: ``{"graphkit build": "INPUT... --out DIR ...", ...}``.
    A line that starts with ``graphkit WORD`` starts a command's usage; indented lines continue it."""
    block = CLI.split("```", 2)[1]
    usage: dict[str, str] = {}
    current = None
    for line in block.splitlines()[1:]:
        match = re.match(r"graphkit (\w+)", line)
        if match and match.group(1) in main.commands:
            current = f"graphkit {match.group(1)}"
            usage[current] = line[len(current) :]
        elif match is None and line.startswith("graphkit"):
            current = "graphkit"
            usage[current] = usage.get(current, "") + line
        elif current and line.startswith(" "):
            usage[current] += " " + line.strip()
    return usage


def names(command: click.Command) -> list[str]:
    """How each parameter is written on the command line: ``--out`` (its long flag), ``INPUT...`` (its metavar).
    ``--help`` is left out: the synopsis says ``graphkit COMMAND --help`` once for all."""
    written = []
    for param in command.get_params(click.Context(command)):
        if isinstance(param, click.Option):
            written += [opt for opt in param.opts + param.secondary_opts if opt.startswith("--") and opt != "--help"]
        else:
            written.append(param.metavar or param.human_readable_name.upper())
    return written


def test_the_walk_finds_the_commands_and_their_options():
    assert {"build", "extract", "query"} <= dict(COMMANDS).keys()
    assert {"--out", "--workers", "--store", "INPUT..."} <= set(names(main.commands["build"]))
    assert {"--debug", "--version"} <= set(names(main))
    assert {"graphkit", "graphkit build", "graphkit extract", "graphkit query"} <= synopsis().keys()
    assert "graphkit COMMAND --help" in synopsis()["graphkit"]


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_every_command_is_documented(name):
    assert f"graphkit {name}" in synopsis(), f"graphkit {name} is not in the README's synopsis"
    assert re.search(rf"\*\*`graphkit {name}`\*\*", CLI), f"no paragraph on graphkit {name} in the README"


@pytest.mark.parametrize(
    ("command", "option"),
    [("graphkit", option) for option in names(main)]
    + [(f"graphkit {name}", option) for name, command in COMMANDS for option in names(command)],
)
def test_every_option_and_argument_is_documented(command, option):
    usage = synopsis().get(command, "")
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", usage), f"{command} {option} is not in the README"
