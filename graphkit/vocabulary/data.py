"""The vocabulary's TOML files, read once per process: ``load_data("plover")`` is ``plover.toml`` parsed."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed TOML file ``{name}.toml`` of this package, read once per process (do not modify it)."""
    return tomllib.loads(resources.files("graphkit.vocabulary").joinpath(f"{name}.toml").read_text("utf-8"))
