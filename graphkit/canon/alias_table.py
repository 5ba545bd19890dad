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
