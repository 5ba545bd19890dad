"""Rebuild the data graphkit compiles from curated lexicons: ``python -m graphkit.compile_lexicons [LEXICON_DIR]``.

LEXICON_DIR defaults to ``../shared/lexicons`` beside the repository. Each part writes into the package,
so the compiled files are committed and shipped; a test checks they equal what this command makes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graphkit.canon.gazetteer_compiler import compile_actors

PACKAGE = Path(__file__).resolve().parent
DEFAULT_LEXICONS = PACKAGE.parent.parent / "shared" / "lexicons"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graphkit.compile_lexicons", description=__doc__.splitlines()[0])
    parser.add_argument("lexicon_dir", nargs="?", type=Path, default=DEFAULT_LEXICONS,
                        help="folder with petrarch2/ (default: %(default)s)")  # fmt: skip
    args = parser.parse_args(argv)
    if not (args.lexicon_dir / "petrarch2").is_dir():
        print(f"error: {args.lexicon_dir}/petrarch2 not found; name the lexicon folder", file=sys.stderr)
        return 2
    for path in compile_actors(args.lexicon_dir, PACKAGE / "canon"):
        print(f"wrote {path.relative_to(PACKAGE.parent)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
