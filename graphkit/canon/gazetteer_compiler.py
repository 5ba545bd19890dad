"""Compile PETRARCH-2's actor and agent dictionaries into the gazetteer graphkit ships.

Reads, from a lexicon folder (``petrarch2/`` inside it):

- ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt``:
  actors by name. A name line starts an entry (``BARACK_OBAMA``), ``+`` lines add synonyms, and ``[CODE]``
  or ``[CODE DATES]`` give its codes, on the name's line or on lines of their own. ``_`` joins words,
  ``#`` starts a comment. Dates are ``YYMMDD`` or ``YYYYMMDD``: ``090120-170120`` a span, ``>090120``
  from then on, ``<090120`` until then; an undated code holds whenever no dated one does.
- ``Phoenix.agents.txt``: sector nouns (``POLICE {} [~COP]``), with substitution sets
  (``!MINIST! = MINISTER, MINISTRY``) and plurals (``{}`` none, ``{MEN}`` these, else regular ones).

and graphkit's own files beside this module, in the actor files' format, for the years since the dictionaries
(of 2014): ``office_holders.txt``, the people in office or at the head of a movement, and ``movements.txt``, the
armed groups, parties, movements and bodies. Where both speak of an actor, graphkit's entry wins: the dictionaries'
entry of that name is dropped and its other names join graphkit's.

and writes ``gazetteer.json.gz`` (plain lists and dicts, deterministic bytes) and the dictionaries' MIT
notice beside it. ``python -m graphkit.compile_lexicons`` calls :func:`compile_actors`.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path

from graphkit.canon.actor_codes import decode, tables
from graphkit.canon.aliases import parser_names
from graphkit.canon.gazetteer import BODIES_FILE, GAZETTEER_FILE, LICENSE_FILE, PEOPLE_FILE, Gazetteer, name_key
from graphkit.vocabulary.sector_nouns import SECTOR_NOUNS_FILE, sector_noun_lines

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENTS_FILE = "Phoenix.agents.txt"
CODE = re.compile(r"\[([^\]]*)\]")
PIVOT = 30  # two-digit years below this are 20YY, the rest 19YY (the dictionaries date from 2014)
OPEN = "9999-12-31"  # the start of an undated office: any of the dictionaries' that ended comes before it
OWN_DIR = Path(__file__).parent
OWN_FILES = {PEOPLE_FILE: True, BODIES_FILE: False}  # graphkit's own files: are all entries people?


@dataclass
class Entry:
    names: list[str]
    roles: list[list[str | None]] = field(default_factory=list)  # [code, start, end]
    person: bool = False  # a leader from CountryInfo (marked so in a comment): its surname finds it too


def petrarch_dir(lexicon_dir: Path) -> Path:
    """The folder holding the Phoenix files: ``lexicon_dir/petrarch2`` or ``lexicon_dir`` itself."""
    inner = Path(lexicon_dir) / "petrarch2"
    return inner if inner.is_dir() else Path(lexicon_dir)


def iso_date(text: str) -> str | None:
    """ "090120" -> "2009-01-20", "19270101" -> "1927-01-01"; None for a malformed date.

    >>> iso_date("090120"), iso_date("320101"), iso_date("19270101"), iso_date("2004017")
    ('2009-01-20', '1932-01-01', '1927-01-01', None)
    """
    text = text.strip()
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < PIVOT else 1900 + year}{text[2:]}"
    month, day = int(text[4:6]), int(text[6:8])
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def parse_code(inside: str) -> list[str | None] | None:
    """``USAGOV 090120-170120`` -> ["USAGOV", "2009-01-20", "2017-01-20"]; None for ``---`` or bad dates.

    >>> parse_code("USAGOV >090120"), parse_code("HTIOPPMED <061231"), parse_code("---")
    (['USAGOV', '2009-01-20', None], ['HTIOPPMED', None, '2006-12-31'], None)
    """
    parts = inside.split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z][A-Z0-9]*", parts[0]):
        return None
    code, dates = parts[0], (parts[1].replace(" ", "") if len(parts) > 1 else "")
    if not dates:
        return [code, None, None]
    if dates.startswith(">"):
        start = iso_date(dates[1:])
        return [code, start, None] if start else None
    if dates.startswith("<"):
        end = iso_date(dates[1:])
        return [code, None, end] if end else None
    if "-" in dates:
        first, _, last = dates.partition("-")
        start, end = iso_date(first), iso_date(last)
        return [code, start, end] if start and end else None
    start = iso_date(dates)
    return [code, start, start] if start else None


def actor_name(text: str) -> list[str]:
    """The names a dictionary name stands for: "ANIMAL_LIBERATION_FRONT_(ALF)_" -> the name and "ALF"."""
    text = text.replace("_", " ").strip()
    found = re.findall(r"\(([^()]+)\)", text)
    base = re.sub(r"\([^()]*\)", " ", text)
    return [n for n in (" ".join(base.split()), *(" ".join(f.split()) for f in found)) if n]


def parse_actors(text: str, people: bool = False) -> list[Entry]:
    """The entries of one actor file, in file order; entries without a code are dropped. ``people``: every entry
    is a person (graphkit's office holders), not only those a comment marks so."""
    entries: list[Entry] = []
    current: Entry | None = None
    for raw in text.splitlines():
        line, _, comment = raw.partition("#")
        line = line.strip()
        if not line:
            continue
        name_part = CODE.split(line)[0].strip() if not line.startswith("[") else ""
        codes = [c for c in (parse_code(m) for m in CODE.findall(line)) if c]
        if name_part.startswith("+"):
            if current is not None:
                current.names.extend(actor_name(name_part[1:]))
        elif name_part:
            current = Entry(actor_name(name_part), person=people or "CountryInfo" in comment)
            entries.append(current)
        if current is not None:
            current.roles.extend(codes)
    return [e for e in entries if e.roles and e.names]


def regular_plurals(word: str) -> list[str]:
    """PETRARCH's regular plurals of a sector noun's last word (upper case)."""
    if word.endswith("S") and not word.endswith("SS"):  # already plural: MINISTRIES, FORCES
        return []
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return [word + "ES"]
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return [word[:-1] + "IES"]
    if word.endswith("MAN"):
        return [word[:-3] + "MEN"]
    return [word + "S"]


def parse_agents(text: str) -> dict[str, str]:
    """Sector nouns (keys as :func:`name_key` makes them) -> their raw agent code ("~GOV", "IGO~")."""
    substitutions: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        set_def = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if set_def:
            substitutions[set_def.group(1)] = [w.strip() for w in set_def.group(2).split(",") if w.strip()]
            continue
        found = CODE.search(line)
        if not found or not line:
            continue
        code = found.group(1).strip()
        phrase = line[: found.start()]
        plurals: list[str] | None = None
        if "{" in phrase:
            phrase, _, braces = phrase.partition("{")
            plurals = [p.strip() for p in braces.partition("}")[0].split(",") if p.strip()]
        forms = [phrase.strip()]
        for marker, words in substitutions.items():
            forms = [f.replace(marker, w) for f in forms for w in words] if any(marker in f for f in forms) else forms
        if plurals is None:
            plurals = [f[: len(f) - len(last)] + p for f in forms if (last := re.split(r"[ _]", f)[-1])
                       for p in regular_plurals(last)]  # fmt: skip
        for form in [*forms, *plurals]:
            key = name_key(form.replace("_", " "))
            if key:
                out.setdefault(key, code)
    return out


def superseded(theirs: list[tuple[int, Entry]], ours: list[Entry]) -> list[tuple[int, Entry]]:
    """The dictionaries' entries less what graphkit's own entries say: an entry whose first name is one of ours is
    the same person, dropped, its other names joining ours ("Secretary-General Kofi Annan") and its offices that
    ended before our first began (an open office of 2014 may have ended since); a name of ours leaves any other
    entry that has it as a synonym."""
    own = {name_key(name): entry for entry in ours for name in entry.names}
    began = {id(entry): min((str(r[1]) for r in entry.roles if r[1]), default=OPEN) for entry in ours}
    kept = []
    for source, entry in theirs:
        mine = own.get(name_key(entry.names[0]))
        if mine is not None:
            known = {name_key(name) for name in mine.names}
            mine.names.extend(name for name in entry.names if name_key(name) not in known)
            earlier = [role for role in entry.roles if role[2] is not None and str(role[2]) <= began[id(mine)]]
            mine.roles[:0] = [role for role in earlier if role not in mine.roles]
            continue
        names = [name for name in entry.names if name_key(name) not in own]
        if names:
            kept.append((source, replace(entry, names=names)))
    return kept


def compile_gazetteer(lexicon_dir: Path, own_dir: Path | None = OWN_DIR) -> dict:
    """The gazetteer as plain data, from the dictionaries in ``lexicon_dir`` and graphkit's own files (``OWN_FILES``)
    in ``own_dir`` (None: the dictionaries alone)."""
    folder = petrarch_dir(lexicon_dir)
    entries: list[tuple[int, Entry]] = []
    for source, name in enumerate(ACTOR_FILES):
        entries.extend((source, e) for e in parse_actors((folder / name).read_text("utf-8")))
    if own_dir is not None:
        ours = [(len(ACTOR_FILES) + index, entry) for index, (name, people) in enumerate(OWN_FILES.items())
                for entry in parse_actors((Path(own_dir) / name).read_text("utf-8"), people)]  # fmt: skip
        entries = superseded(entries, [entry for _, entry in ours]) + ours
    agents = parse_agents((folder / AGENTS_FILE).read_text("utf-8"))
    codes = sorted({str(role[0]) for _, e in entries for role in e.roles} | set(agents.values()))
    decoded = {}
    for code in codes:
        actor = decode(code)
        decoded[code] = [actor.country, actor.sector, actor.organization]
    names: dict[str, list[int]] = {}
    for index, (_, entry) in enumerate(entries):
        for name in entry.names:
            key = name_key(name)
            if key and index not in names.setdefault(key, []):
                names[key].append(index)
    surnames: dict[str, list[int]] = {}
    for index, (_, entry) in enumerate(entries):
        words = entry.names[0].split() if entry.person else []
        if len(words) >= 2 and len(words[-1]) >= 3 and words[-1].replace("-", "").isalpha():
            surnames.setdefault(name_key(words[-1]), []).append(index)
    return {
        "format": 1,
        "surnames": dict(sorted(surnames.items())),
        "source": f"openeventdata/petrarch2 Phoenix dictionaries (MIT; see {LICENSE_FILE}) and graphkit's "
        f"{' and '.join(OWN_FILES)}",
        "codes": decoded,
        "actors": [[source, entry.names[0], entry.roles] for source, entry in entries],
        "files": [*ACTOR_FILES, *OWN_FILES],
        "names": {k: v[0] if len(v) == 1 else v for k, v in sorted(names.items())},
        "agents": dict(sorted(agents.items())),
    }


def write_sector_nouns(lexicon_dir: Path, folder: Path) -> Path:
    """Write the agents dictionary's one-word nouns as ``sector_nouns.txt`` into ``folder`` (the vocabulary's):
    what extraction reads as people of a sector, but for the sectors ``actor_codes.toml`` leaves out; the path
    written."""
    agents = parse_agents((petrarch_dir(Path(lexicon_dir)) / AGENTS_FILE).read_text("utf-8"))
    left_out = tables().unread_sectors  # "investors", "bosses": business news more often than events
    read = [noun for noun, code in agents.items() if decode(code).sector not in left_out]
    path = Path(folder) / SECTOR_NOUNS_FILE
    path.write_text(sector_noun_lines(read), encoding="utf-8")
    return path


def compile_actors(lexicon_dir: Path, out_dir: Path) -> list[Path]:
    """Write ``gazetteer.json.gz`` and the MIT notice into ``out_dir``; the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = json.dumps(compile_gazetteer(Path(lexicon_dir)), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    target = out_dir / GAZETTEER_FILE
    with open(target, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(data.encode("utf-8"))
    notice = out_dir / LICENSE_FILE
    shutil.copyfile(petrarch_dir(Path(lexicon_dir)) / "LICENSE", notice)
    return [target, notice]


ACTOR_NAMES_FILE = "actor_names.tsv.gz"
SURNAMES_FILE = "surnames.txt"  # read by nlp/surnames.py


def write_surnames(gazetteer_dir: Path, out_dir: Path) -> Path:
    """Write ``surnames.txt`` (the compiled gazetteer's surnames that may name a leader alone, but for the alias
    table's one-word names) into ``out_dir``, from the ``gazetteer.json.gz`` in ``gazetteer_dir``; returns its path."""
    data = json.loads(gzip.decompress((Path(gazetteer_dir) / GAZETTEER_FILE).read_bytes()))
    taken = {name.lower() for name, _ in parser_names()}  # "Hamas", "Nato": the alias table's
    lines = ["# surnames that may name a leader alone, lower case; python -m graphkit.compile_lexicons"]
    lines += [name for name in Gazetteer(data).lone_surnames() if name not in taken]
    target = Path(out_dir) / SURNAMES_FILE
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def write_actor_names(gazetteer_dir: Path, out_dir: Path) -> Path:
    """Write ``actor_names.tsv.gz`` (the compiled gazetteer's plain names and their labels) into ``out_dir``, from
    the ``gazetteer.json.gz`` in ``gazetteer_dir``; returns its path."""
    data = json.loads(gzip.decompress((Path(gazetteer_dir) / GAZETTEER_FILE).read_bytes()))
    lines = [
        "# names of the gazetteer's actors (PETRARCH-2's and graphkit's own), lower case; "
        "python -m graphkit.compile_lexicons"
    ]
    lines += [f"{name}\t{label}" for name, label in Gazetteer(data).plain_names()]
    target = Path(out_dir) / ACTOR_NAMES_FILE
    with open(target, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return target
