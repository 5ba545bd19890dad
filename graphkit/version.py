"""graphkit's version, on the ground floor: the build report and the store record it, the CLI prints it."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

__version__ = "0.1.0"

# What turns an article into resolved claims: a store holds their output, so it is tied to their content.
CLAIM_MAKERS = ("types.py", "readers", "nlp", "extract", "canon", "vocabulary")
CLAIM_MAKER_FILES = frozenset({".py", ".toml", ".json", ".gz", ".txt", ".tsv", ".ttl"})


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the code and data that make claims (``CLAIM_MAKERS``): unlike the version, it changes with
    every change to them, so a store never serves claims that older code made."""
    root = Path(__file__).parent
    files = [root / "types.py"]
    files += [p for part in CLAIM_MAKERS[1:] for p in (root / part).rglob("*") if p.suffix in CLAIM_MAKER_FILES]
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return "sha256:" + digest.hexdigest()[:16]
