"""The shipped alias table, ``aliases.toml``, read once: canon's names (``aliases.Aliases``), the country names the
parser tags (``countries.standalone_names``) and the short names it tags (``aliases.parser_names``) all come from it.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

ALIASES_FILE = "aliases.toml"


@lru_cache(maxsize=1)
def shipped_alias_table() -> dict[str, Any]:
    """``aliases.toml`` as parsed TOML (read only: callers must not change it)."""
    return tomllib.loads(resources.files("graphkit.canon").joinpath(ALIASES_FILE).read_text("utf-8"))


def body_tables(data: dict[str, Any]) -> list[dict[str, list[str]]]:
    """The tables of ``data`` (an alias table) that name bodies and groups: organizations, groups of states, groups
    and each state's national bodies (label -> other names)."""
    return [*(data.get(s, {}) for s in ("organizations", "groups_of_states", "groups")),
            *data.get("national_bodies", {}).values()]  # fmt: skip


def people_tables(data: dict[str, Any]) -> list[dict[str, list[str]]]:
    """The tables of ``data`` that name peoples within one state, one per state."""
    return list(data.get("national_groups", {}).values())


def names_in(tables: list[dict[str, list[str]]]) -> list[str]:
    """Every name of the tables: each label and its other names."""
    return [name for table in tables for label, others in table.items() for name in (label, *others)]
